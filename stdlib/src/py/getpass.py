"""Prompt for a password without echoing it, and find the login name.

getpass(prompt='Password: ', stream=None) reads one line with terminal
echo switched off when that is possible; otherwise (no terminal, or no
termios module as under WASI) it falls back to a plain, echoing read from
standard input after issuing a GetPassWarning.  getuser() returns the
login name from the environment, or from the password database as a last
resort.
"""

import contextlib
import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


_DEFAULT_PROMPT = 'Password: '
_NO_ECHO_CONTROL = "Can not control echo on the terminal."
_ECHO_NOTICE = "Warning: Password input may be echoed."
_LOGIN_VARIABLES = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')


def _raw_input(prompt='', stream=None, input=None):
    """Show prompt on stream (stderr by default) and read one line from
    input (stdin by default), dropping its trailing newline."""
    out = stream or sys.stderr
    source = input or sys.stdin
    text = str(prompt)
    if text:
        try:
            out.write(text)
        except UnicodeEncodeError:
            # The stream cannot represent some characters: degrade to '?'.
            enc = out.encoding
            out.write(text.encode(enc, 'replace').decode(enc))
        out.flush()
    line = source.readline()
    if not line:
        raise EOFError
    if line[-1:] == '\n':
        line = line[:-1]
    return line


def fallback_getpass(prompt=_DEFAULT_PROMPT, stream=None):
    """Read a password with echo left on, warning that it may be visible."""
    warnings.warn(_NO_ECHO_CONTROL, GetPassWarning, stacklevel=2)
    out = stream or sys.stderr
    print(_ECHO_NOTICE, file=out)
    return _raw_input(prompt, out)


def unix_getpass(prompt=_DEFAULT_PROMPT, stream=None):
    """Read a password from the controlling terminal with echo disabled.

    The prompt goes to stream (default: the terminal itself).  When no
    terminal can be put into no-echo mode, fallback_getpass() is used.
    """
    with contextlib.ExitStack() as owned:
        try:
            reader = owned.enter_context(open('/dev/tty', 'r'))
            writer = stream or owned.enter_context(open('/dev/tty', 'w'))
        except OSError:
            reader, writer = sys.stdin, stream or sys.stderr
        saved = None
        if termios is not None:
            try:
                fd = reader.fileno()
                saved = termios.tcgetattr(fd)
            except (AttributeError, OSError, ValueError, termios.error):
                saved = None
        if saved is None:
            writer.flush()
            return fallback_getpass(prompt, writer)
        # Index 3 of the attribute list holds the local-mode flags.
        silent = list(saved)
        silent[3] = silent[3] & ~termios.ECHO
        when = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
        try:
            termios.tcsetattr(fd, when, silent)
            answer = _raw_input(prompt, writer, input=reader)
        finally:
            termios.tcsetattr(fd, when, saved)
            writer.flush()
        writer.write('\n')
        return answer


def win_getpass(prompt=_DEFAULT_PROMPT, stream=None):
    """Read a password from the Windows console with echo disabled."""
    if msvcrt is None or sys.stdin is not sys.__stdin__:
        # Not the real console (or not Windows): echo cannot be suppressed.
        return fallback_getpass(prompt=prompt, stream=stream)
    for ch in prompt:
        msvcrt.putwch(ch)
    typed = []
    while True:
        ch = msvcrt.getwch()
        if ch in '\r\n':
            break
        if ch == '\003':
            raise KeyboardInterrupt
        if ch == '\b':
            if typed:
                typed.pop()
        else:
            typed.append(ch)
    msvcrt.putwch('\r')
    msvcrt.putwch('\n')
    return ''.join(typed)


def getuser():
    """Return the login name of the user.

    The environment variables LOGNAME, USER, LNAME and USERNAME are tried
    in that order; the first non-empty one wins.  Otherwise the password
    database is consulted through the pwd module.
    """
    for var in _LOGIN_VARIABLES:
        name = os.environ.get(var)
        if name:
            return name
    import pwd
    entry = pwd.getpwuid(os.getuid())
    return entry.pw_name


# Choose the implementation behind getpass() for this platform.
try:
    import termios
except ImportError:
    termios = None
else:
    if not all(hasattr(termios, f) for f in ('tcgetattr', 'tcsetattr')):
        termios = None
try:
    import msvcrt
except ImportError:
    msvcrt = None

if termios is not None:
    getpass = unix_getpass
elif msvcrt is not None:
    getpass = win_getpass
else:
    getpass = fallback_getpass
