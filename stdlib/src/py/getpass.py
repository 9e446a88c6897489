"""Prompt for a password, and find out the login name of the user.

WASI offers no terminal control, so characters typed in answer to
getpass() cannot be hidden: the prompt warns about that and reads a line
from standard input.
"""

import os
import sys
import warnings

__all__ = "getpass getuser GetPassWarning".split()


class GetPassWarning(UserWarning):
    pass


def _show_prompt(prompt, stream):
    # A stream that cannot encode some prompt characters gets '?' instead.
    try:
        print(prompt, end='', file=stream, flush=True)
    except UnicodeError:
        codec = stream.encoding
        print(prompt.encode(codec, 'replace').decode(codec), end='',
              file=stream, flush=True)


def _raw_input(prompt='', stream=None, input=None):
    """Write prompt to stream (default stderr) and return one line read
    from input (default stdin) without its newline; EOFError at end."""
    text = str(prompt)
    if text:
        _show_prompt(text, stream or sys.stderr)
    reply = (input or sys.stdin).readline()
    if not reply:
        raise EOFError
    return reply[:-1] if reply[-1:] == '\n' else reply


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password with echo left on, after warning that it shows."""
    notice = GetPassWarning("Can not control echo on the terminal.")
    warnings.warn(notice, stacklevel=2)
    out = stream or sys.stderr
    out.write("Warning: Password input may be echoed.\n")
    return _raw_input(prompt, out)


# Nothing better exists here: no termios, no console API.
getpass = fallback_getpass


def getuser():
    """The login name: LOGNAME, USER, LNAME or USERNAME from the
    environment (first non-empty one), else the password database."""
    candidates = [os.environ.get(key) for key in
                  ('LOGNAME', 'USER', 'LNAME', 'USERNAME')]
    for name in filter(None, candidates):
        return name
    import pwd
    return pwd.getpwuid(os.getuid()).pw_name
