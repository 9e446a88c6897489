"""Thread objects and synchronisation primitives (CPython's threading) for single-threaded WASI, written for pyrs."""

import sys as _sys
import _thread
from time import monotonic as _time
from _thread import _deadlock, _sleep

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Thread', 'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'setprofile_all_threads', 'settrace_all_threads', 'get_native_id']

Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local
stack_size = _thread.stack_size
ExceptHookArgs = _thread._ExceptHookArgs
_HAVE_THREAD_NATIVE_ID = True

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """Set a trace function for all threads (here: new ones and this one)."""
    settrace(func)
    if hasattr(_sys, 'settrace'):
        _sys.settrace(func)


def gettrace():
    """Get the trace function set by settrace()."""
    return _trace_hook


def setprofile(func):
    """Set a profile function for threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """Set a profile function for all threads (here: new ones and this one)."""
    setprofile(func)
    if hasattr(_sys, 'setprofile'):
        _sys.setprofile(func)


def getprofile():
    """Get the profile function set by setprofile()."""
    return _profile_hook


def RLock(*args, **kwargs):
    """Return a new reentrant lock."""
    return _CRLock(*args, **kwargs)


def _type_name(obj):
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _check_wait_timeout(timeout, what, unblock):
    """With no other thread to wake us, waiting without a timeout never ends."""
    if timeout is None:
        raise _deadlock(what, unblock)


class Condition:
    """A condition variable: with one thread, nobody can notify a waiter."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        # Whoever holds a plain lock, it is the only thread.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until the timeout expires (always the latter)."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        _check_wait_timeout(timeout, "Condition.wait() without a timeout",
                            "notify it")
        _sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until `predicate()` is true or the timeout expires."""
        result = predicate()
        end = None
        remaining = timeout
        while not result:
            if remaining is not None:
                if end is None:
                    end = _time() + remaining
                else:
                    remaining = end - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to `n` waiting threads (there are none)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        """Wake up all waiting threads (there are none)."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter: acquire() decrements it, release() increments it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return (f"<{_type_name(self)} at 0x{id(self):x}: "
                f"value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter; with it at zero, wait (only for a timeout)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        _check_wait_timeout(timeout, f"{type(self).__name__}.acquire() "
                            "without a timeout on a zero semaphore",
                            "release it")
        _sleep(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by `n`."""
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may not exceed its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return (f"<{_type_name(self)} at 0x{id(self):x}: "
                f"value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by `n`, refusing to go past the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        state = "set" if self._flag else "unset"
        return f"<{_type_name(self)} at 0x{id(self):x}: {state}>"

    def _at_fork_reinit(self):
        self._flag = False

    def is_set(self):
        """Return True if and only if the flag is set."""
        return self._flag

    isSet = is_set

    def set(self):
        """Set the flag."""
        self._flag = True

    def clear(self):
        """Reset the flag."""
        self._flag = False

    def wait(self, timeout=None):
        """Return the flag, waiting first (only for a timeout) if it is unset."""
        if self._flag:
            return True
        _check_wait_timeout(timeout, "Event.wait() without a timeout "
                            "on an unset event", "set it")
        _sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other: only parties=1 can pass here."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._broken = False

    def __repr__(self):
        if self._broken:
            return f"<{_type_name(self)} at 0x{id(self):x}: broken>"
        return (f"<{_type_name(self)} at 0x{id(self):x}: "
                f"waiters={self._count}/{self._parties}>")

    def wait(self, timeout=None):
        """Wait for the other parties; return this party's index."""
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        if index + 1 != self._parties:
            _check_wait_timeout(timeout, "Barrier.wait() without a timeout",
                                "reach the barrier")
            _sleep(timeout)
            self._broken = True
            raise BrokenBarrierError
        try:
            if self._action:
                self._action()
        except BaseException:
            self._broken = True
            raise
        self._count = 0
        return index

    def reset(self):
        """Return the barrier to its initial, unbroken state."""
        self._count = 0
        self._broken = False

    def abort(self):
        """Put the barrier into the broken state."""
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread of control: it can be built and run() directly, never started on WASI."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name is not None:
                    name += f" ({target_name})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        """Start the thread: WASI has no threads, so this raises RuntimeError."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        raise RuntimeError("can't start new thread")

    def run(self):
        """The thread's activity: calls the target; may be called directly."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread terminates."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    """The thread the interpreter runs in: the only one."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()


class _DummyThread(Thread):
    """A thread not created by this module (never the case here)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    """Call a function after a number of seconds; run() waits in place."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    """Return the current Thread object (always the main thread)."""
    return _main_thread


def main_thread():
    """Return the main Thread object."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive (always 1)."""
    return 1


def enumerate():
    """Return a list of all Thread objects currently alive."""
    return [_main_thread]


currentThread = current_thread
activeCount = active_count


_main_thread = _MainThread()


def _print_thread_exception(args):
    stderr = _sys.stderr
    if stderr is None:
        return
    thread = args.thread
    name = thread.name if thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


def _print_exception(exc_type, exc_value, exc_traceback, stderr):
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        traceback.print_exception(exc_type, exc_value, exc_traceback,
                                  file=stderr)
    else:
        print(f"{exc_type.__name__}: {exc_value}", file=stderr)


def excepthook(args):
    """Handle an exception raised by Thread.run(): print it to stderr."""
    if args.exc_type is SystemExit:
        return
    _print_thread_exception(args)


__excepthook__ = excepthook


def _shutdown():
    """Called at interpreter exit: there are no other threads to wait for."""
