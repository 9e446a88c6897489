"""Future objects, the Executor base class and the wait helpers."""

import collections
import logging
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
# Private policy used by as_completed(): wake up on every completion.
_EACH = '_AS_COMPLETED'

# Life cycle of a future.  The names are visible in InvalidStateError texts.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_REPR_WORD = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}
# States after which nothing may be stored in the future any more.
_SEALED = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED))
# States that wait()/as_completed() report as "done".
_REPORTED = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))

_log = logging.getLogger("concurrent.futures")


class Error(Exception):
    """Root of the exceptions defined by this package."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is in a state that does not allow the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer accept or run work."""


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


class _Watch:
    """Collects completions of a group of futures for one waiting caller."""

    def __init__(self, policy, outstanding):
        self.policy = policy
        self.outstanding = outstanding
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.landed = []

    def notify(self, future, how):
        # how is 'result', 'exception' or 'cancelled'
        with self.lock:
            self.landed.append(future)
            if self.policy in (FIRST_COMPLETED, _EACH):
                wake = True
            elif self.policy == FIRST_EXCEPTION and how == 'exception':
                wake = True
            else:
                self.outstanding -= 1
                wake = self.outstanding <= 0
            if wake:
                self.event.set()

    def take(self):
        """Return (and forget) the futures that landed since the last call."""
        with self.lock:
            got, self.landed = self.landed, []
            self.event.clear()
        return got


class _Locked:
    """Hold the conditions of several futures, in a fixed global order."""

    def __init__(self, futures):
        self._conds = [f._cv for f in sorted(futures, key=id)]

    def __enter__(self):
        for cond in self._conds:
            cond.acquire()

    def __exit__(self, *exc):
        for cond in reversed(self._conds):
            cond.release()


def _attach(futures, policy):
    pending = sum(1 for f in futures if f._phase not in _REPORTED)
    if policy not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _EACH):
        raise ValueError("Invalid return condition: %r" % policy)
    watch = _Watch(policy, pending)
    for f in futures:
        f._watchers.append(watch)
    return watch


def _detach(futures, watch):
    for f in futures:
        with f._cv:
            f._watchers.remove(watch)


def as_completed(fs, timeout=None):
    """Yield the given futures as they finish (cancelled ones included).

    Raises TimeoutError when *timeout* seconds pass first.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    group = set(fs)
    total = len(group)
    with _Locked(group):
        ready = [f for f in group if f._phase in _REPORTED]
        remaining = group.difference(ready)
        watch = _attach(group, _EACH)
    try:
        while True:
            # Hand out what is ready, dropping our own references as we go.
            while ready:
                fut = ready.pop()
                remaining.discard(fut)
                yield fut
                del fut
            if not remaining:
                return
            if deadline is None:
                budget = None
            else:
                budget = deadline - time.monotonic()
                if budget < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(remaining), total))
            watch.event.wait(budget)
            ready = watch.take()
            ready.reverse()
    finally:
        _detach(group, watch)


def _has_failure(futures):
    for f in futures:
        if not f.cancelled() and f.exception() is not None:
            return True
    return False


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until the futures satisfy *return_when* or *timeout* runs out.

    Returns DoneAndNotDoneFutures(done, not_done), two sets.
    """
    group = set(fs)
    with _Locked(group):
        done = {f for f in group if f._phase in _REPORTED}
        early = len(done) == len(group)
        if done and not early:
            if return_when == FIRST_COMPLETED:
                early = True
            elif return_when == FIRST_EXCEPTION:
                early = _has_failure(done)
        if early:
            return DoneAndNotDoneFutures(done, group - done)
        watch = _attach(group, return_when)
    watch.event.wait(timeout)
    _detach(group, watch)
    done.update(watch.landed)
    return DoneAndNotDoneFutures(done, group - done)


class Future(object):
    """The eventual outcome of a call, filled in by whoever runs it."""

    def __init__(self):
        """Create a pending future (executors do this, not users)."""
        self._cv = threading.Condition()
        self._phase = PENDING
        self._value = None
        self._error = None
        self._watchers = []
        self._callbacks = []

    def _fire_callbacks(self):
        for fn in self._callbacks:
            self._call_safely(fn)

    def _call_safely(self, fn):
        try:
            fn(self)
        except Exception:
            _log.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._cv:
            head = '<%s at %#x state=%s' % (
                type(self).__name__, id(self), _REPR_WORD[self._phase])
            if self._phase == FINISHED:
                if self._error:
                    tail = ' raised %s>' % type(self._error).__name__
                else:
                    tail = ' returned %s>' % type(self._value).__name__
            else:
                tail = '>'
        return head + tail

    def cancel(self):
        """Try to cancel; True unless the call is running or has finished."""
        with self._cv:
            state = self._phase
            if state in (RUNNING, FINISHED):
                return False
            if state == PENDING:
                self._phase = CANCELLED
                self._cv.notify_all()
            else:
                return True
        self._fire_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._cv:
            return self._phase in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True while the call is executing."""
        with self._cv:
            return self._phase == RUNNING

    def done(self):
        """True once the future was cancelled or has an outcome."""
        with self._cv:
            return self._phase in _SEALED

    def _outcome(self):
        # Caller holds the condition.
        state = self._phase
        if state == FINISHED:
            if self._error:
                raise self._error
            return self._value
        if state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        raise TimeoutError()

    def _settle_within(self, timeout):
        # Caller holds the condition; sleeps until sealed or timed out.
        if self._phase not in _SEALED:
            self._cv.wait(timeout)

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (now, if it already is).

        Exceptions raised by fn are logged and otherwise ignored.
        """
        with self._cv:
            if self._phase not in _SEALED:
                self._callbacks.append(fn)
                return
        self._call_safely(fn)

    def result(self, timeout=None):
        """Return the call's value, waiting up to *timeout* seconds.

        Raises CancelledError, TimeoutError, or the call's own exception.
        """
        try:
            with self._cv:
                self._settle_within(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception raised by the call (None if it returned).

        Raises CancelledError or TimeoutError like result() does.
        """
        with self._cv:
            self._settle_within(timeout)
            if self._phase == FINISHED:
                return self._error
            self._outcome()

    # The methods below are meant for Executor implementations.

    def set_running_or_notify_cancel(self):
        """Mark the future running; return False if it had been cancelled.

        Must be called by an executor right before running the call.
        """
        with self._cv:
            state = self._phase
            if state == PENDING:
                self._phase = RUNNING
                return True
            if state == CANCELLED:
                self._phase = CANCELLED_AND_NOTIFIED
                for watch in self._watchers:
                    watch.notify(self, 'cancelled')
                return False
            _log.critical('Future %s in unexpected state: %s', id(self), state)
            raise RuntimeError('Future in unexpected state')

    def _seal(self, attr, value, how):
        with self._cv:
            if self._phase in _SEALED:
                raise InvalidStateError('{}: {!r}'.format(self._phase, self))
            setattr(self, attr, value)
            self._phase = FINISHED
            for watch in self._watchers:
                watch.notify(self, how)
            self._cv.notify_all()
        self._fire_callbacks()

    def set_result(self, result):
        """Store the call's return value (executor use)."""
        self._seal('_value', result, 'result')

    def set_exception(self, exception):
        """Store the exception the call raised (executor use)."""
        self._seal('_error', exception, 'exception')

    __class_getitem__ = classmethod(types.GenericAlias)


def _finish_one(fut, budget=None):
    """Return fut's result; whatever happens, cancel it afterwards."""
    try:
        return fut.result(budget)
    finally:
        fut.cancel()


class Executor(object):
    """Base class for objects that run calls asynchronously."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for it."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls are submitted right away.

        Results come back in order; TimeoutError is raised from the
        iterator if a result is not ready *timeout* seconds after this call.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        queued = [self.submit(fn, *args) for args in zip(*iterables)]
        queued.reverse()

        def results():
            try:
                while queued:
                    if deadline is None:
                        yield _finish_one(queued.pop())
                    else:
                        yield _finish_one(queued.pop(),
                                          deadline - time.monotonic())
            finally:
                for leftover in queued:
                    leftover.cancel()

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; later submits fail."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
