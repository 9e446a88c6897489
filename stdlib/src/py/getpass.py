"""Password prompting and user name lookup for pyrs.

WASI offers no terminal control, so getpass() cannot turn echo off: it
warns with GetPassWarning and reads the line from sys.stdin, exactly as
CPython does on platforms without termios or msvcrt.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def unix_getpass(prompt='Password: ', stream=None):
    # No /dev/tty and no termios here: behave like CPython's fallback.
    return fallback_getpass(prompt, stream)


def win_getpass(prompt='Password: ', stream=None):
    return fallback_getpass(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            enc = getattr(stream, 'encoding', None) or 'ascii'
            prompt = prompt.encode(enc, 'replace').decode(enc)
            stream.write(prompt)
    stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """Return the login name from LOGNAME, USER, LNAME or USERNAME."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    # Last resort, as in CPython 3.12: the password database.  WASI has
    # no pwd module, so this raises ModuleNotFoundError.
    import pwd
    return pwd.getpwuid(os.getuid())[0]


try:
    import termios
    termios.tcgetattr, termios.tcsetattr
except (ImportError, AttributeError):
    getpass = fallback_getpass
else:
    getpass = fallback_getpass
