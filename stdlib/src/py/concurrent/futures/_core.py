"""Exceptions and the Future object of concurrent.futures (pyrs edition).

pyrs is a single-threaded interpreter (WASI has no threads), so this Future
needs no locking: every state change happens on the one thread that exists,
synchronously, inside the call that causes it.  Blocking operations can only
ever sleep for their timeout; without a timeout they would block forever, and
they raise RuntimeError instead (see ``_block_until``).
"""

import itertools
import logging
import time
import types

LOGGER = logging.getLogger('concurrent.futures')

# The public classes report this module name, the one CPython users and
# pickles expect; concurrent/futures/_base.py re-exports them under it.
_HOME = 'concurrent.futures._base'


def _homed(cls):
    cls.__module__ = _HOME
    return cls


# -- errors ------------------------------------------------------------------

@_homed
class Error(Exception):
    """Root of the errors defined by concurrent.futures."""


@_homed
class CancelledError(Error):
    """Raised when asking a cancelled future for its outcome."""


@_homed
class InvalidStateError(Error):
    """Raised when a future cannot take the requested transition."""


@_homed
class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer run work."""


TimeoutError = TimeoutError     # the builtin, as in CPython 3.11+


# -- lifecycle phases ----------------------------------------------------------
# The names are observable: they appear in InvalidStateError messages and in
# the log record of set_running_or_notify_cancel().

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                      # cancelled, nobody told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

# phase -> word used by repr()
_SHOWN_AS = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}
_OVER = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED))
_WAS_CANCELLED = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED))
# Phases that wait() and as_completed() count as "completed".  A future that
# is CANCELLED but not yet notified still counts as outstanding there.
SETTLED = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))

# Each future gets a ticket from here when it becomes SETTLED, so that
# as_completed() can report completions in the order they happened.
_tickets = itertools.count(1)


def never_ends(what):
    """The error for a wait that nothing could ever satisfy."""
    return RuntimeError(
        f'{what} would block forever: this interpreter has a single thread, '
        f'so nothing can complete a future while it waits (pass a timeout, '
        f'or complete the future first)')


def _block_until(timeout, what):
    """Stand-in for blocking: sleep out a timeout, refuse an endless wait."""
    if timeout is None:
        raise never_ends(what)
    if timeout > 0:
        time.sleep(timeout)


@_homed
class Future(object):
    """The eventual outcome (value, exception or cancellation) of a call.

    Differences from a threaded implementation: result() and exception()
    on an unfinished future sleep for ``timeout`` seconds and then raise
    TimeoutError; with ``timeout=None`` they raise RuntimeError at once,
    because no other thread exists that could ever finish the future.
    """

    def __init__(self):
        self._phase = PENDING
        self._value = None
        self._error = None
        self._ticket = 0
        self._done_callbacks = []

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        word = _SHOWN_AS[self._phase]
        if self._phase == FINISHED:
            if self._error:
                word += ' raised ' + type(self._error).__name__
            else:
                word += ' returned ' + type(self._value).__name__
        return f'<{type(self).__name__} at {id(self):#x} state={word}>'

    # -- queries ---------------------------------------------------------

    def cancelled(self):
        """True if the future was cancelled."""
        return self._phase in _WAS_CANCELLED

    def running(self):
        """True while the call is being executed."""
        return self._phase == RUNNING

    def done(self):
        """True once the future was cancelled or got its outcome."""
        return self._phase in _OVER

    def _outcome(self):
        # Only valid for a finished future.
        if self._error:
            raise self._error
        return self._value

    def result(self, timeout=None):
        """Return the call's value (or raise its exception).

        Raises CancelledError if cancelled, TimeoutError if still unfinished
        after ``timeout`` seconds, RuntimeError if unfinished and ``timeout``
        is None (the wait could never end in a single-threaded interpreter).
        """
        if self._phase not in _OVER:
            _block_until(timeout, 'Future.result()')
        if self._phase in _WAS_CANCELLED:
            raise CancelledError()
        if self._phase == FINISHED:
            return self._outcome()
        raise TimeoutError()

    def exception(self, timeout=None):
        """Return the call's exception, or None if it returned normally.

        Waiting rules are those of result().
        """
        if self._phase not in _OVER:
            _block_until(timeout, 'Future.exception()')
        if self._phase in _WAS_CANCELLED:
            raise CancelledError()
        if self._phase == FINISHED:
            return self._error
        raise TimeoutError()

    # -- callbacks -------------------------------------------------------

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _fire_callbacks(self):
        for fn in self._done_callbacks:
            self._call_back(fn)

    def add_done_callback(self, fn):
        """Arrange for fn(future) to run when the future is done.

        If it is already done, fn runs immediately.  Exceptions raised by fn
        are logged and swallowed.
        """
        if self._phase in _OVER:
            self._call_back(fn)
        else:
            self._done_callbacks.append(fn)

    # -- transitions -----------------------------------------------------

    def _move_to(self, phase):
        self._phase = phase
        if phase in SETTLED:
            self._ticket = next(_tickets)

    def cancel(self):
        """Cancel unless running or finished; return whether it is cancelled."""
        if self._phase in (RUNNING, FINISHED):
            return False
        if self._phase == PENDING:
            self._move_to(CANCELLED)
            self._fire_callbacks()
        return True

    def set_running_or_notify_cancel(self):
        """For executors: claim a pending future before running its call.

        Returns True (now RUNNING) for a pending future and False for a
        cancelled one; any other phase is logged and raises RuntimeError.
        """
        phase = self._phase
        if phase == PENDING:
            self._move_to(RUNNING)
            return True
        if phase == CANCELLED:
            self._move_to(CANCELLED_AND_NOTIFIED)
            return False
        LOGGER.critical('Future %s in unexpected state: %s', id(self), phase)
        raise RuntimeError('Future in unexpected state')

    def _finish(self, value, error):
        if self._phase in _OVER:
            raise InvalidStateError(f'{self._phase}: {self!r}')
        self._value = value
        self._error = error
        self._move_to(FINISHED)
        self._fire_callbacks()

    def set_result(self, result):
        """For executors: record the call's return value."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors: record the exception raised by the call."""
        self._finish(None, exception)
