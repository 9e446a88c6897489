"""Signal numbers and handlers (CPython's signal); WASI delivers no signals, only raise_signal() can. Written for pyrs."""

import errno as _errno

# Signal numbers are Linux's, as pyrs reports Linux errno values too.
SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGIOT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGSTKFLT = 16
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGXCPU = 24
SIGXFSZ = 25
SIGVTALRM = 26
SIGPROF = 27
SIGWINCH = 28
SIGIO = 29
SIGPOLL = 29
SIGPWR = 30
SIGSYS = 31
SIGRTMIN = 34
SIGRTMAX = 64
NSIG = 65

SIG_DFL = 0
SIG_IGN = 1

SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2

ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

# Canonical names, in number order (aliases such as SIGIOT and SIGCLD left out).
_NAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP',
    6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1',
    11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM',
    15: 'SIGTERM', 16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT',
    19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG',
    24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF',
    28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS',
    34: 'SIGRTMIN', 64: 'SIGRTMAX',
}

# strsignal() texts (glibc's).
_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
    16: 'Stack fault', 17: 'Child exited', 18: 'Continued',
    19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
    26: 'Virtual timer expired', 27: 'Profiling timer expired',
    28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}

# What SIG_DFL does, for the signals whose default is not to terminate.
_DEFAULT_IGNORED = (SIGCHLD, SIGCONT, SIGURG, SIGWINCH)
_DEFAULT_STOP = (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU)
_DEFAULT_CORE = (SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV,
                 SIGXCPU, SIGXFSZ, SIGSYS)


class Signals:
    """The signal numbers by name (CPython's IntEnum; here plain ints).

    Signals(n) checks n and returns it."""

    def __new__(cls, value):
        if value not in _NAMES:
            raise ValueError(f"{value!r} is not a valid Signals")
        return value


for _num, _name in _NAMES.items():
    setattr(Signals, _name, _num)
Signals.SIGIOT = SIGIOT
Signals.SIGCLD = SIGCLD
Signals.SIGPOLL = SIGPOLL
del _num, _name


class Handlers:
    """The special handler values (CPython's IntEnum; here plain ints)."""
    SIG_DFL = SIG_DFL
    SIG_IGN = SIG_IGN


class Sigmasks:
    """pthread_sigmask()'s `how` values (CPython's IntEnum; here plain ints)."""
    SIG_BLOCK = SIG_BLOCK
    SIG_UNBLOCK = SIG_UNBLOCK
    SIG_SETMASK = SIG_SETMASK


class itimer_error(OSError):
    pass


ItimerError = itimer_error


def _signal_name(signalnum):
    """The canonical name of a signal number ('SIGKILL'), or None."""
    return _NAMES.get(signalnum)


def _no_signals(what):
    return OSError(_errno.ENOTSUP, f"WASI delivers no signals: {what}")


def _int(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        "interpreted as an integer")
    if not -(1 << 31) <= value < 1 << 31:
        raise OverflowError("Python int too large to convert to C int")
    return int(value)


def _signum(signalnum):
    """Checks a signal number as CPython does; returns it as an int."""
    signalnum = _int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _reserved(signalnum):
    """The C library keeps 32 and 33 for itself: they are not valid signals."""
    return signalnum in (32, 33)


def default_int_handler(*args):
    """The default handler for SIGINT: raises KeyboardInterrupt."""
    if len(args) != 2:
        raise TypeError("default_int_handler expected 2 arguments, "
                        f"got {len(args)}")
    raise KeyboardInterrupt


# CPython ignores SIGPIPE and SIGXFSZ at start-up and handles SIGINT itself.
_handlers = {SIGINT: default_int_handler, SIGPIPE: SIG_IGN, SIGXFSZ: SIG_IGN}
_blocked = set()
_pending = set()
_wakeup_fd = -1


def getsignal(signalnum):
    """Return the current handler of a signal (None: not set from Python)."""
    signalnum = _signum(signalnum)
    if _reserved(signalnum):
        return None
    return _handlers.get(signalnum, SIG_DFL)


def signal(signalnum, handler):
    """Set the handler of a signal and return the previous one.

    SIG_DFL, SIG_IGN and default_int_handler are accepted; a Python function
    could never be called, since WASI delivers no signals, so it raises OSError."""
    signalnum = _signum(signalnum)
    if handler == SIG_IGN:
        handler = SIG_IGN
    elif handler == SIG_DFL:
        handler = SIG_DFL
    elif not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, "
                        "signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP) or _reserved(signalnum):
        raise OSError(_errno.EINVAL, "Invalid argument")
    if handler not in (SIG_DFL, SIG_IGN) and handler is not default_int_handler:
        raise _no_signals("handlers written in Python cannot be installed")
    previous = getsignal(signalnum)
    _handlers[signalnum] = handler
    return previous


def strsignal(signalnum):
    """Return the system's description of a signal, or None if it has none."""
    signalnum = _signum(signalnum)
    if signalnum >= SIGRTMIN:
        return f"Real-time signal {signalnum - SIGRTMIN}"
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """Return the set of valid signal numbers."""
    return set(range(1, 32)) | set(range(SIGRTMIN, NSIG))


def _default_action(signalnum):
    """SIG_DFL: ignore, (cannot) stop, or end the program at once, as wasi-libc's raise() does."""
    if signalnum in _DEFAULT_IGNORED or signalnum in _DEFAULT_STOP:
        return
    import sys
    kind = "fatal" if signalnum in _DEFAULT_CORE else "termination"
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    if sys.stderr is not None:
        sys.stderr.write(f"Program received {kind} signal: "
                         f"{strsignal(signalnum)}\n")
        sys.stderr.flush()
    # A shell reports a process killed by a signal as 128 + signum, but WASI
    # runtimes (wasmtime's proc_exit) only accept exit statuses below 126.
    status = 1
    try:
        import os
        exit_now = os._exit
    except (ImportError, AttributeError):
        raise SystemExit(status)
    exit_now(status)


def _deliver(signalnum):
    handler = getsignal(signalnum)
    if handler == SIG_IGN:
        return
    if handler == SIG_DFL or handler is None:
        _default_action(signalnum)
        return
    handler(signalnum, None)


def raise_signal(signalnum):
    """Send a signal to the program itself: runs its handler or default action."""
    signalnum = _int(signalnum)
    if signalnum == 0:
        return
    if not 1 <= signalnum < NSIG:
        raise OSError(_errno.EINVAL, "Invalid argument")
    if signalnum in _blocked:
        _pending.add(signalnum)
        return
    _deliver(signalnum)


def _sigset(signals):
    result = set()
    for signalnum in signals:
        signalnum = _int(signalnum)
        if not 1 <= signalnum < NSIG:
            raise ValueError(f"signal number {signalnum} out of range "
                             f"[1; {NSIG - 1}]")
        result.add(signalnum)
    return result


def pthread_sigmask(how, mask):
    """Fetch and/or change the set of blocked signals; return the old set."""
    global _blocked
    how = _int(how)
    signals = _sigset(mask)
    if how not in (SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK):
        raise OSError(_errno.EINVAL, "Invalid argument")
    old = set(_blocked)
    if how == SIG_BLOCK:
        new = old | signals
    elif how == SIG_UNBLOCK:
        new = old - signals
    else:
        new = signals
    _blocked = {s for s in new
                if s not in (SIGKILL, SIGSTOP) and not _reserved(s)}
    for signalnum in sorted(_pending - _blocked):
        _pending.discard(signalnum)
        _deliver(signalnum)
    return old


def sigpending():
    """Return the set of signals raised while blocked and not yet delivered."""
    return set(_pending)


def sigwait(sigset):
    """Wait for one of `sigset`'s signals to be pending and return it."""
    wanted = _sigset(sigset)
    for signalnum in sorted(_pending & wanted):
        _pending.discard(signalnum)
        return signalnum
    raise _no_signals("sigwait() would wait forever")


def sigwaitinfo(sigset):
    """Wait for a signal (not possible: WASI delivers no signals)."""
    _sigset(sigset)
    raise _no_signals("sigwaitinfo() would wait forever")


def sigtimedwait(sigset, timeout):
    """Wait for a signal (not possible: WASI delivers no signals)."""
    _sigset(sigset)
    raise _no_signals("sigtimedwait() is not available")


def siginterrupt(signalnum, flag):
    """Change system call restart behaviour (nothing to change on WASI)."""
    _signum(signalnum)


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    """Set the fd written to when a signal arrives; return the previous one."""
    global _wakeup_fd
    fd = _int(fd)
    previous = _wakeup_fd
    _wakeup_fd = fd
    return previous


def alarm(seconds):
    """Arrange for SIGALRM in `seconds` seconds (only alarm(0), cancelling, works)."""
    seconds = _int(seconds)
    if seconds == 0:
        return 0
    raise _no_signals("alarm() is not available")


def pause():
    """Wait for a signal (not possible: WASI delivers no signals)."""
    raise _no_signals("pause() would wait forever")


def _which(which):
    which = _int(which)
    if which not in (ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF):
        raise itimer_error(_errno.EINVAL, "Invalid argument")
    return which


def getitimer(which):
    """Return (delay, interval) of an interval timer: never set on WASI."""
    _which(which)
    return (0.0, 0.0)


def setitimer(which, seconds, interval=0.0):
    """Set an interval timer (only disarming it, seconds=0, works)."""
    _which(which)
    if seconds == 0:
        return (0.0, 0.0)
    raise _no_signals("setitimer() is not available")


def pthread_kill(thread_id, signalnum):
    """Send a signal to a thread (not available on WASI)."""
    _int(signalnum)
    raise _no_signals("pthread_kill() is not available")


def pidfd_send_signal(pidfd, sig, siginfo=None, flags=0):
    """Send a signal to a process (not available on WASI)."""
    raise _no_signals("pidfd_send_signal() is not available")
