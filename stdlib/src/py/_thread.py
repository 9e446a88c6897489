"""Low-level threading primitives (CPython's _thread) for single-threaded WASI, written for pyrs."""

import time as _time

error = RuntimeError

# Largest timeout accepted by lock.acquire(), as in CPython on 64-bit builds.
TIMEOUT_MAX = 9223372036.0

# The one thread there is.
_MAIN_IDENT = 1

_stack_size = 0


def _sleep(seconds):
    """Waits `seconds`: nothing else can happen meanwhile in a single thread."""
    if seconds <= 0:
        return
    sleep = getattr(_time, 'sleep', None)
    if sleep is not None:
        sleep(seconds)
        return
    end = _time.monotonic() + seconds
    while _time.monotonic() < end:
        pass


def _deadlock(what, unblock='release it'):
    """The error raised instead of waiting for another thread that cannot exist."""
    return RuntimeError(f"{what} would block forever "
                        f"(WASI has no other thread to {unblock})")


def _check_timeout(blocking, timeout):
    """Validates acquire()'s arguments as CPython's lock objects do."""
    if not isinstance(timeout, (int, float)):
        raise TypeError(f"'{type(timeout).__name__}' object cannot be "
                        "interpreted as an integer")
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        if isinstance(timeout, float):
            raise OverflowError("timestamp out of range for platform time_t")
        raise OverflowError("timestamp too large to convert to C _PyTime_t")


def _address(obj):
    return f"0x{id(obj):x}"


class lock:
    """A non-recursive lock (the type of allocate_lock()'s result)."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_thread.lock' instances")

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; return True on success, False on timeout."""
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            raise _deadlock("acquiring a lock already held by the only thread")
        _sleep(timeout)
        return False

    def release(self):
        """Release the lock; it must be locked."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        """Return whether the lock is held."""
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {_address(self)}>"


LockType = lock


def allocate_lock():
    """Create a new lock object, initially unlocked."""
    new = object.__new__(lock)
    new._locked = False
    return new


def allocate():
    """An old name of allocate_lock()."""
    return allocate_lock()


class RLock:
    """A reentrant lock: the thread holding it may acquire it again."""

    def __init__(self, *args, **kwargs):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, incrementing the recursion level."""
        _check_timeout(blocking, timeout)
        # Held or not, the only thread owns it, so this never waits.
        self._owner = get_ident()
        self._count += 1
        return True

    def release(self):
        """Release the lock, decrementing the recursion level."""
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = 0

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._count = 0
        self._owner = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={self._owner} "
                f"count={self._count} at {_address(self)}>")


class _local:
    """Thread-local data: with one thread, a plain attribute namespace."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)


def get_ident():
    """Return a non-zero integer identifying the current thread."""
    return _MAIN_IDENT


def get_native_id():
    """Return the native integral thread ID of the current thread."""
    return _MAIN_IDENT


def start_new_thread(function, args, kwargs=None):
    """Start a new thread: impossible on WASI, raises RuntimeError."""
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def exit():
    """Exit the current thread by raising SystemExit."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Simulate the arrival of signal `signum` (default SIGINT) in the main thread."""
    import signal
    handler = signal.getsignal(signum)
    if handler not in (signal.SIG_DFL, signal.SIG_IGN, None):
        handler(signum, None)


def stack_size(size=0):
    """Return the thread stack size used for new threads; optionally set it."""
    global _stack_size
    if not isinstance(size, int):
        raise TypeError(f"'{type(size).__name__}' object cannot be "
                        "interpreted as an integer")
    if size < 0:
        raise ValueError("size must be 0 or a positive value")
    if size != 0 and size < 32768:
        raise ValueError(f"size not valid: {size} bytes")
    old = _stack_size
    _stack_size = size
    return old


def _count():
    """Return the number of threads started by start_new_thread() still running."""
    return 0


def daemon_threads_allowed():
    """Return True: daemon threads are allowed in this interpreter."""
    return True


def _is_main_interpreter():
    return True


def _set_sentinel():
    return allocate_lock()


class _ExceptHookArgs:
    """Arguments of threading.excepthook(): a 4-field named sequence."""

    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __init__(self, sequence):
        values = tuple(sequence)
        if len(values) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(values)}-sequence given)")
        self._values = values
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = values

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return 4

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, _ExceptHookArgs):
            return self._values == other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        parts = ", ".join(f"{name}={value!r}"
                          for name, value in zip(self._fields, self._values))
        return f"_thread._ExceptHookArgs({parts})"


def _excepthook(args):
    """Print an exception raised by Thread.run() (see threading.excepthook)."""
    import threading
    threading._print_thread_exception(args)
