"""Subprocess management (CPython's subprocess); WASI has no processes, so nothing can be started. Written for pyrs."""

import errno as _errno

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3


def _no_processes():
    return OSError(_errno.ENOTSUP,
                   "WASI has no processes: subprocess is not available")


class SubprocessError(Exception):
    pass


def _signal_text(signum):
    """How CPython names a signal number: '<Signals.SIGKILL: 9>', or None."""
    import signal
    name = signal._signal_name(signum)
    if name is None:
        return None
    return f"<Signals.{name}: {signum}>"


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call(), check_output() or run(check=True)
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _signal_text(-self.returncode)
            if name is not None:
                return f"Command '{self.cmd}' died with {name}."
            return (f"Command '{self.cmd}' died with unknown signal "
                    f"{-self.returncode}.")
        return ("Command '%s' returned non-zero exit status %d."
                % (self.cmd, self.returncode))

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as returned by run()."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        if self.stdout is not None:
            parts.append(f"stdout={self.stdout!r}")
        if self.stderr is not None:
            parts.append(f"stderr={self.stderr!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


class Popen:
    """A child process: WASI has no processes, so creating one raises OSError."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        raise _no_processes()


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run a command and return a CompletedProcess (not possible on WASI)."""
    if input is not None and kwargs.get('stdin') is not None:
        raise ValueError('stdin and input arguments may not both be used.')
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
    raise _no_processes()


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status (not possible on WASI)."""
    raise _no_processes()


def check_call(*popenargs, **kwargs):
    """Run a command, raising CalledProcessError on failure (not possible on WASI)."""
    raise _no_processes()


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output (not possible on WASI)."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(f'{name} argument not allowed, '
                             'it will be overridden.')
    return run(*popenargs, timeout=timeout, **kwargs)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of running cmd in a shell (not possible on WASI)."""
    raise _no_processes()


def getoutput(cmd, *, encoding=None, errors=None):
    """Return the output of running cmd in a shell (not possible on WASI)."""
    raise _no_processes()


def _quote_arg(arg):
    """Quotes one argument by the MS C runtime rules."""
    if arg and not any(c in ' \t' for c in arg):
        needs_quotes = False
    else:
        needs_quotes = True
    out = []
    backslashes = 0
    for char in arg:
        if char == '\\':
            backslashes += 1
            continue
        if char == '"':
            # Backslashes before a quote are doubled, and the quote escaped.
            out.append('\\' * (backslashes * 2 + 1))
        elif backslashes:
            out.append('\\' * backslashes)
        backslashes = 0
        out.append(char)
    if needs_quotes:
        # Trailing backslashes are doubled so the closing quote stays one.
        out.append('\\' * (backslashes * 2))
        return '"' + ''.join(out) + '"'
    out.append('\\' * backslashes)
    return ''.join(out)


def _fsdecode(arg):
    if hasattr(arg, '__fspath__'):
        arg = arg.__fspath__()
    if isinstance(arg, bytes):
        return arg.decode('utf-8', 'surrogateescape')
    if isinstance(arg, str):
        return arg
    raise TypeError("expected str, bytes or os.PathLike object, not "
                    f"{type(arg).__name__}")


def list2cmdline(seq):
    """Translate a sequence of arguments into a Windows command line string."""
    return ' '.join(_quote_arg(_fsdecode(arg)) for arg in seq)
