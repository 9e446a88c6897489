"""asyncio.Future for pyrs (written for pyrs, after CPython 3.12's documented behaviour).

A Future is a box that is filled once: with a result, with an exception, or by being
cancelled. Code awaiting it is parked until then; done callbacks are queued on the
event loop (never called directly) once the box is filled.

pyrs reports "exception was never retrieved" when the loop closes rather than when the
future is garbage-collected: a future that stores an exception registers itself with
the loop (BaseEventLoop._note_unretrieved) and the loop checks `_log_traceback` later.
"""

import contextvars
import sys
from types import GenericAlias

from . import events
from . import exceptions

__all__ = ('Future', 'wrap_future', 'isfuture')

# The three values of Future._state (CPython exposes the same strings).
_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


def isfuture(obj):
    """True for asyncio-compatible futures: objects whose class declares the
    `_asyncio_future_blocking` marker (and whose instance value is not None)."""
    if not hasattr(type(obj), '_asyncio_future_blocking'):
        return False
    return obj._asyncio_future_blocking is not None


def _get_loop(fut):
    """The event loop a future-like object belongs to."""
    getter = getattr(fut, 'get_loop', None)
    if getter is None:
        return fut._loop
    return getter()


def _callbacks_text(entries):
    # cb=[...] part of a repr: the first and last callbacks, the middle ones counted
    shown = [events._callback_source(fn, ()) for fn, _ in entries]
    if len(shown) > 2:
        shown = [shown[0], f'<{len(shown) - 2} more>', shown[-1]]
    return 'cb=[' + ', '.join(shown) + ']'


def _stack_here(frame):
    # The call stack ending at `frame`, oldest first, as extract_stack() gives it.
    try:
        import traceback
        return traceback.extract_stack(frame)
    except Exception:
        return None


class Future:
    """A result that will be available later; awaiting it waits for that moment."""

    # Set to True while a task is parked on this future (see __await__); its presence
    # on the class is what isfuture() looks for.
    _asyncio_future_blocking = False

    __class_getitem__ = classmethod(GenericAlias)

    # Fields that most futures never change are class-level defaults: a future only
    # gets its own entry once a value is stored (fewer attributes to set and to keep).
    _result = _exception = _exception_tb = None
    _cancel_message = _cancelled_exc = None
    _source_traceback = None
    _unseen_error = False       # an exception is stored and nobody looked yet

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._state = _PENDING
        self._callbacks = []           # (function, context) pairs, in order
        if loop.get_debug():
            # debug mode: remember where the future was made, for its repr
            self._source_traceback = _stack_here(sys._getframe(1))

    @property
    def _log_traceback(self):
        # True while a stored exception has not been looked at (the loop reports
        # such futures); outside code may only clear it.
        return self._unseen_error

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._unseen_error = False

    # --- description ---------------------------------------------------------------------

    def _describe(self):
        """The words between the class name and '>' in the repr."""
        words = [self._state.lower()]
        if self._state is _FINISHED:
            failure = self._exception
            words.append('result=' + events._short_repr(self._result) if failure is None
                         else 'exception=' + repr(failure))
        if self._callbacks:
            words.append(_callbacks_text(self._callbacks))
        origin = self._source_traceback
        if origin:
            words.append('created at %s:%s' % tuple(origin[-1])[:2])
        return words

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._describe()))

    # --- state queries -------------------------------------------------------------------

    def get_loop(self):
        """The event loop this future is bound to."""
        return self._loop

    def done(self):
        """True once a result or exception was set, or the future was cancelled."""
        return self._state is not _PENDING

    def cancelled(self):
        """True if the future was cancelled."""
        return self._state is _CANCELLED

    def _make_cancelled_error(self):
        # The CancelledError to raise for this future: the one a task's coroutine raised is
        # handed out once; every other time a fresh one carries the cancel message.
        kept, self._cancelled_exc = self._cancelled_exc, None
        if kept is not None:
            return kept
        text = self._cancel_message
        return exceptions.CancelledError() if text is None else exceptions.CancelledError(text)

    def _outcome_error(self, pending_text):
        # The stored exception of a finished future (None after a plain result). Raises
        # CancelledError / InvalidStateError for cancelled / pending ones. Reading the
        # outcome counts as having looked at the exception.
        if self._state is _CANCELLED:
            raise self._make_cancelled_error()
        if self._state is _PENDING:
            raise exceptions.InvalidStateError(pending_text)
        self._unseen_error = False
        return self._exception

    def result(self):
        """The result; raises the stored exception, CancelledError, or
        InvalidStateError while the future is still pending."""
        failure = self._outcome_error('Result is not set.')
        if failure is not None:
            raise failure.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The stored exception (None after a plain result); raises CancelledError
        or InvalidStateError like result()."""
        return self._outcome_error('Exception is not set.')

    # --- callbacks -------------------------------------------------------------------------

    def add_done_callback(self, fn, *, context=None):
        """Arrange for fn(future) to be called (via the loop) once the future is done."""
        if context is None:
            context = contextvars.copy_context()
        if self._state is _PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn, /):
        """Forget every registration of fn; return how many there were."""
        before = len(self._callbacks)
        position = 0
        while position < len(self._callbacks):
            if self._callbacks[position][0] == fn:
                del self._callbacks[position]
            else:
                position += 1
        return before - len(self._callbacks)

    def _enter_state(self, state):
        # Leave the pending state; the registered callbacks go to the loop's queue.
        self._state = state
        registered = self._callbacks
        if registered:
            self._callbacks = []
            call_soon = self._loop.call_soon
            for fn, context in registered:
                call_soon(fn, self, context=context)

    # --- settling --------------------------------------------------------------------------

    def cancel(self, msg=None):
        """Cancel the future if it is still pending; True when that happened."""
        self._unseen_error = False
        if self._state is not _PENDING:
            return False
        self._cancel_message = msg
        self._enter_state(_CANCELLED)
        return True

    def _settle_result(self, value):
        self._result = value
        self._enter_state(_FINISHED)

    def _settle_exception(self, error):
        self._exception, self._exception_tb = error, error.__traceback__
        self._enter_state(_FINISHED)
        self._unseen_error = True
        # pyrs: the loop reports it at close time if nobody retrieves it by then
        remember = getattr(self._loop, '_note_unretrieved', None)
        if remember is not None:
            remember(self)

    def set_result(self, result, /):
        """Fill the future with a result (InvalidStateError if it is already done)."""
        if self._state is not _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._enter_state(_FINISHED)

    def set_exception(self, exception, /):
        """Fill the future with an exception (an exception class is instantiated)."""
        if self._state is not _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        error = exception() if isinstance(exception, type) else exception
        if not isinstance(error, BaseException):
            raise TypeError('invalid exception object')
        if type(error) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot '
                            'be raised into a Future')
        self._settle_exception(error)

    # --- awaiting --------------------------------------------------------------------------

    def __await__(self):
        if self._state is _FINISHED and self._exception is None:
            # already has its result: a generator that returns it at once is the
            # cheapest awaitable (no exception can come out of it)
            return _finished(self._result)
        return _FutureIter(self)

    __iter__ = __await__


def _finished(result):
    # The iterator of `await future` for a future that already has a result.
    return result
    yield


class _FutureIter:
    """The iterator behind `await future`: it hands the pending future to the task
    driving the coroutine once, and ends with the future's result when resumed.

    Like CPython's C iterator, it reads the outcome with Future.result itself, not
    with an override of result() in a subclass.

    It deliberately has no throw(): the task throws a failed future's exception into
    the coroutine, and without throw() here it is raised right at the `await`, so no
    frame of ours shows up in the traceback (as with CPython's C iterator)."""

    __slots__ = ('_future', '_handed_out')

    def __init__(self, future):
        self._future = future
        self._handed_out = False

    def __iter__(self):
        return self

    def __next__(self):
        fut = self._future
        if fut._state is _PENDING:
            if self._handed_out:
                raise RuntimeError("await wasn't used with future")
            self._handed_out = True
            fut._asyncio_future_blocking = True
            return fut
        raise StopIteration(Future.result(fut))

    def send(self, value):
        # (the body of __next__ again: one call less on every resumption)
        fut = self._future
        state = fut._state
        if state is _PENDING:
            if self._handed_out:
                raise RuntimeError("await wasn't used with future")
            self._handed_out = True
            fut._asyncio_future_blocking = True
            return fut
        if state is _FINISHED and fut._exception is None:
            raise StopIteration(fut._result)      # (what Future.result() gives)
        raise StopIteration(Future.result(fut))


def wrap_future(future, *, loop=None):
    """Return an asyncio future for `future`. pyrs has no concurrent.futures (no
    threads), so only asyncio futures are accepted; they are returned unchanged."""
    if isfuture(future):
        return future
    raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
