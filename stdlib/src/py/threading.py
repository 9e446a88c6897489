"""Thread objects and synchronisation primitives (pyrs's threading).

pyrs runs on WASI, where a program has exactly one thread, as with CPython
built for WASI: Thread objects can be made and their run() called, but
start() fails with RuntimeError("can't start new thread").  Since nothing
else can run while we wait, a wait that no timeout bounds and that only
another thread could end raises RuntimeError rather than hanging; a wait
with a timeout just lets the time pass and reports failure.
"""

import sys as _sys
from collections import deque as _deque
from _thread import (
    start_new_thread as _start_new_thread,
    allocate_lock as _allocate_lock,
    allocate_lock as Lock,
    RLock as _CRLock,
    _set_sentinel,
    daemon_threads_allowed as _daemon_threads_allowed,
    _is_main_interpreter,
    get_ident,
    get_native_id,
    stack_size,
    error as ThreadError,
    TIMEOUT_MAX,
    _local as local,
    _ExceptHookArgs as ExceptHookArgs,
    _excepthook as excepthook,
    _excepthook as __excepthook__,
    # Shared with queue: how impossible waits fail, how timed ones pass.
    _deadlock,
    _sleep,
)

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

_HAVE_THREAD_NATIVE_ID = True
_PyRLock = _RLock = _CRLock


def RLock(*args, **kwargs):
    """Return a new reentrant lock."""
    return _CRLock(*args, **kwargs)


def _deprecated(old, advice):
    import warnings
    warnings.warn(f'{old}() is deprecated, {advice}',
                  DeprecationWarning, stacklevel=3)


def _where(obj):
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__} at {id(obj):#x}"


# --- tracing and profiling hooks for new threads -------------------------------------
# Kept for threads started later, which never happens on pyrs.

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Set the trace function installed in threads started from now on."""
    _hooks['trace'] = func


def gettrace():
    """The function set by settrace(), or None."""
    return _hooks['trace']


def setprofile(func):
    """Set the profile function installed in threads started from now on."""
    _hooks['profile'] = func


def getprofile():
    """The function set by setprofile(), or None."""
    return _hooks['profile']


def _apply_everywhere(kind, func):
    _hooks[kind] = func
    # The running thread is the only other one there is.
    installer = getattr(_sys, 'set' + kind, None)
    if installer is not None:
        installer(func)


def settrace_all_threads(func):
    """settrace(func), also applied to the (only) running thread."""
    _apply_everywhere('trace', func)


def setprofile_all_threads(func):
    """setprofile(func), also applied to the (only) running thread."""
    _apply_everywhere('profile', func)


# --- condition variables -----------------------------------------------------------------

class Condition:
    """A condition variable over a lock (a new RLock unless one is given).

    With a single thread nobody can ever notify a waiter, so wait() only
    returns, with False, once its timeout has run out.
    """

    def __init__(self, lock=None):
        lock = RLock() if lock is None else lock
        self._lock, self.acquire, self.release = lock, lock.acquire, lock.release
        # Locks that know their owner (RLock) lend us their own helpers.
        for helper in ('_is_owned', '_release_save', '_acquire_restore'):
            borrowed = getattr(lock, helper, None)
            if borrowed is not None:
                setattr(self, helper, borrowed)
        self._waiters = _deque()

    def __enter__(self):
        return type(self._lock).__enter__(self._lock)

    def __exit__(self, *args):
        return type(self._lock).__exit__(self._lock, *args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        # A plain lock cannot say who holds it: held at all counts as ours.
        free = self._lock.acquire(False)
        if free:
            self._lock.release()
        return not free

    def _release_save(self):
        return self.release()

    def _acquire_restore(self, saved):
        self.acquire()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def _check_owner(self, verb):
        if not self._is_owned():
            raise RuntimeError(f"cannot {verb} on un-acquired lock")

    def wait(self, timeout=None):
        """Release the lock, wait for a notification or the timeout, then
        take the lock back.  Returns False on timeout."""
        self._check_owner('wait')
        if timeout is None:
            raise _deadlock("Condition.wait() without a timeout", "notify it")
        saved = self._release_save()
        try:
            if timeout > 0:
                _sleep(timeout)
        finally:
            self._acquire_restore(saved)
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout is over; return the
        predicate's last value."""
        outcome = predicate()
        if not outcome:
            # One wait uses up the whole timeout (and one without a timeout
            # can never end), so the predicate gets a single second look.
            self.wait(timeout)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to n waiters (there never are any here)."""
        self._check_owner('notify')
        woken = 0
        while self._waiters and woken < n:
            self._waiters.popleft().release()
            woken += 1

    def notify_all(self):
        """Wake up every waiter."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Old name of notify_all()."""
        _deprecated('notifyAll', 'use notify_all() instead')
        self.notify_all()


class _Guarded:
    """Base of the primitives built on a condition over a plain lock."""

    def __init__(self):
        self._cond = Condition(_allocate_lock())

    def _block(self, timeout, what, unblock='release it'):
        # Wait for a change only another thread could make.
        if timeout is None:
            raise _deadlock(what, unblock)
        self._cond.wait(timeout)


# --- semaphores ---------------------------------------------------------------------------

class Semaphore(_Guarded):
    """A counter that acquire() decrements and release() increments; it
    never goes below zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        super().__init__()
        self._value = value

    def __repr__(self):
        return f"<{_where(self)}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; return False if none came within the timeout (or
        at once when not blocking)."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value <= 0 and blocking:
                self._block(timeout, f"{type(self).__name__}.acquire() without "
                                     "a timeout on a zero semaphore")
            got = self._value > 0
            if got:
                self._value -= 1
            return got

    __enter__ = acquire

    def _check_count(self, n):
        if n < 1:
            raise ValueError('n must be one or more')

    def release(self, n=1):
        """Give back n units."""
        self._check_count(n)
        with self._cond:
            self._put_back(n)

    def _put_back(self, n):
        self._value = self._value + n
        self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return f"<{_where(self)}: value={self._value}/{self._initial_value}>"

    def release(self, n=1):
        """Give back n units; too many is a ValueError."""
        self._check_count(n)
        with self._cond:
            if self._initial_value - self._value < n:
                raise ValueError("Semaphore released too many times")
            self._put_back(n)


# --- events -------------------------------------------------------------------------------

class Event(_Guarded):
    """A flag that wait() waits for until someone calls set()."""

    def __init__(self):
        super().__init__()
        self._raised = False

    def __repr__(self):
        return f"<{_where(self)}: {'set' if self._raised else 'unset'}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Whether the flag is up."""
        return self._raised

    def isSet(self):
        """Old name of is_set()."""
        _deprecated('isSet', 'use is_set() instead')
        return self._raised

    def _store(self, up):
        with self._cond:
            self._raised = up
            if up:
                self._cond.notify_all()

    def set(self):
        """Raise the flag, waking all waiters."""
        self._store(True)

    def clear(self):
        """Lower the flag."""
        self._store(False)

    def wait(self, timeout=None):
        """Wait for the flag (at most `timeout` seconds); return its value."""
        with self._cond:
            if not self._raised:
                self._block(timeout, "Event.wait() without a timeout on an "
                                     "unset event", "set it")
            return self._raised


# --- barriers -----------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


class Barrier(_Guarded):
    """Lets `parties` threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        super().__init__()
        self._settings = (parties, action, timeout)
        self._arrived = 0       # parties currently waiting
        self._is_broken = False

    def __repr__(self):
        if self._is_broken:
            return f"<{_where(self)}: broken>"
        return f"<{_where(self)}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait for the other parties; return this party's arrival index."""
        parties, action, default_timeout = self._settings
        with self._cond:
            if self._is_broken:
                raise BrokenBarrierError
            index = self._arrived
            if index + 1 != parties:
                # The others would have to be other threads.
                self._arrived += 1
                try:
                    self._block(default_timeout if timeout is None else timeout,
                                "Barrier.wait() without a timeout",
                                "reach the barrier")
                finally:
                    self._arrived -= 1
                self._is_broken = True
                raise BrokenBarrierError
            # Everyone is here: run the action once, then begin a new cycle.
            try:
                if action is not None:
                    action()
            except BaseException:
                self._is_broken = True
                raise
            self._arrived = 0
            self._cond.notify_all()
            return index

    def reset(self):
        """Bring the barrier back to its empty, unbroken state."""
        with self._cond:
            self._arrived, self._is_broken = 0, False

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._is_broken = True
            self._cond.notify_all()

    parties = property(lambda self: self._settings[0],
                       doc="How many parties must arrive to trip the barrier.")
    n_waiting = property(lambda self: 0 if self._is_broken else self._arrived,
                         doc="How many parties are currently waiting.")
    broken = property(lambda self: self._is_broken,
                      doc="Whether the barrier is broken.")


# --- threads ------------------------------------------------------------------------------

_name_numbers = [0]


def _newname(name_template="Thread-%d"):
    _name_numbers[0] += 1
    return name_template % _name_numbers[0]


_active, _limbo = {}, {}    # ident -> running Thread; Thread -> Thread starting
_active_limbo_lock = RLock()
_SHUTTING_DOWN = False
_threading_atexits = []

# Life stages of a Thread.
_INITIAL, _RUNNING, _ENDED = 'initial', 'started', 'stopped'


class Thread:
    """A thread of control; subclasses usually override run().

    On pyrs a thread cannot be started, but run() may be called directly.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if not name:
            name = _newname()
            label = getattr(target, '__name__', None)
            if target is not None and label is not None:
                name += f" ({label})"
        self._target, self._args = target, args
        self._kwargs = kwargs if kwargs is not None else {}
        self._label = str(name)
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ids = (None, None)        # (ident, native id) once running
        self._stage = _INITIAL
        self._stderr = _sys.stderr
        self._initialized = True

    def _usable(self):
        assert self._initialized, "Thread.__init__() not called"
        return self

    def _require_init(self):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        details = [self._stage]
        if self._daemonic:
            details.append("daemon")
        if self._ids[0] is not None:
            details.append(str(self._ids[0]))
        return "<%s(%s, %s)>" % (type(self).__name__, self._label,
                                 " ".join(details))

    def start(self):
        """Run the thread's activity in a new thread: impossible here."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._stage != _INITIAL:
            raise RuntimeError("threads can only be started once")
        _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        finally:
            del _limbo[self]

    def _bootstrap(self):
        # What a new thread would run; kept for completeness.
        self._ids = (get_ident(), get_native_id())
        _active[self._ids[0]] = self
        self._stage = _RUNNING
        try:
            self.run()
        except BaseException:
            excepthook(ExceptHookArgs((*_sys.exc_info(), self)))
        finally:
            self._stage = _ENDED
            _active.pop(self._ids[0], None)

    def run(self):
        """The thread's activity: call the target given to the constructor."""
        target = self._target
        try:
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # Drop the references so the arguments can be freed.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread ends."""
        self._require_init()
        if self._stage == _INITIAL:
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")

    # The getters below check for __init__() themselves rather than through
    # _usable(): logging reads current_thread().name for every record.

    def _rename(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._label = str(name)

    def _get_name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._label

    def _get_ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ids[0]

    def _get_native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ids[1]

    name = property(_get_name, _rename,
                    doc="The thread's name, used only to identify it.")
    ident = property(_get_ident,
                     doc="The thread identifier, or None before it starts.")
    native_id = property(_get_native_id,
                         doc="The system's id for the thread, or None.")

    def is_alive(self):
        """Whether the thread has started and not finished."""
        assert self._initialized, "Thread.__init__() not called"
        return self._stage == _RUNNING

    def _set_daemon(self, daemonic):
        self._require_init()
        if self._stage != _INITIAL:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def _get_daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    daemon = property(_get_daemon, _set_daemon,
                      doc="Whether this is a daemon thread.")

    def isDaemon(self):
        """Old getter of the daemon attribute."""
        _deprecated('isDaemon', 'get the daemon attribute instead')
        return self._usable()._daemonic

    def setDaemon(self, daemonic):
        """Old setter of the daemon attribute."""
        _deprecated('setDaemon', 'set the daemon attribute instead')
        self._set_daemon(daemonic)

    def getName(self):
        """Old getter of the name attribute."""
        _deprecated('getName', 'get the name attribute instead')
        return self._usable()._label

    def setName(self, name):
        """Old setter of the name attribute."""
        _deprecated('setName', 'set the name attribute instead')
        self._rename(name)


class Timer(Thread):
    """Calls function(*args, **kwargs) once `interval` seconds have passed,
    unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        self.args = list(()) if args is None else args
        self.kwargs = dict() if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        done = self.finished
        if not done.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        done.set()


class _MainThread(Thread):
    """The thread the program started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ids = (get_ident(), get_native_id())
        self._stage = _RUNNING
        _active[self._ids[0]] = self


class _DummyThread(Thread):
    """Stands for a thread not started by this module (none exist here)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ids = (get_ident(), get_native_id())
        self._stage = _RUNNING

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


_main_thread = _MainThread()


def main_thread():
    """The main Thread object."""
    return _main_thread


_thread_get_ident = get_ident
_main_ident = _main_thread._ids[0]


def current_thread():
    """The Thread object of the caller: always the main thread here."""
    # _thread.get_ident() always answers _main_ident: skip calling it unless
    # someone replaced this module's get_ident.
    ident = _main_ident if get_ident is _thread_get_ident else get_ident()
    try:
        return _active[ident]
    except KeyError:
        return _main_thread


def currentThread():
    """Old name of current_thread()."""
    _deprecated('currentThread', 'use current_thread() instead')
    return current_thread()


def _enumerate():
    return [*_active.values(), *_limbo.values()]


def enumerate():
    """A list of the Thread objects that are alive."""
    return _enumerate()


def active_count():
    """How many Thread objects are alive."""
    return len(_enumerate())


def activeCount():
    """Old name of active_count()."""
    _deprecated('activeCount', 'use active_count() instead')
    return active_count()


# --- uncaught exceptions and shutdown ------------------------------------------------------

def _print_thread_exception(args):
    """The work of excepthook(): report an exception that ended a thread."""
    if type(args) is not ExceptHookArgs:
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type is SystemExit:
        return  # a thread calling sys.exit() ends quietly
    thread = args.thread
    stream = _sys.stderr
    if stream is None:
        stream = getattr(thread, '_stderr', None)
        if stream is None:
            return
    who = get_ident() if thread is None else thread.name
    stream.write(f"Exception in thread {who}:\n")
    value = args.exc_value
    if isinstance(value, BaseException):
        import traceback
        traceback.print_exception(args.exc_type, value, args.exc_traceback,
                                  file=stream)
    else:
        stream.write("TypeError: print_exception(): Exception expected for "
                     f"value, {type(value).__name__} found\n")
    stream.flush()


def _register_atexit(func, *arg, **kwargs):
    """Have func(*arg, **kwargs) called when the interpreter shuts down."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    if not _threading_atexits:
        import atexit
        atexit.register(_shutdown)
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    """Run the _register_atexit() callbacks, most recent first."""
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    while _threading_atexits:
        func, arg, kwargs = _threading_atexits.pop()
        func(*arg, **kwargs)
    _main_thread._stage = _ENDED
