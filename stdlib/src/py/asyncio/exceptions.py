"""The exception classes asyncio raises (written for pyrs).

asyncio.TimeoutError is simply the built-in TimeoutError, as in CPython 3.11+.
"""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

TimeoutError = TimeoutError   # re-exported under the asyncio name


class CancelledError(BaseException):
    """Raised inside a task (and by result()) once its future or task is cancelled."""


class InvalidStateError(Exception):
    """A future was asked for something its current state does not permit."""


class SendfileNotAvailableError(RuntimeError):
    """No sendfile() system call can serve this transfer."""


class BrokenBarrierError(RuntimeError):
    """A barrier wait failed because the barrier was aborted or reset."""


class IncompleteReadError(EOFError):
    """The stream ended before the expected number of bytes arrived.

    `partial` holds the bytes that were read, `expected` the count asked for
    (None when unknown)."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, f'{len(partial)} bytes read on a total of '
                                f'{wanted} expected bytes')
        self.partial, self.expected = partial, expected

    def __reduce__(self):
        return self.__class__, (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found within the buffer limit; `consumed` tells how
    many bytes may be dropped."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed

    def __reduce__(self):
        return self.__class__, (self.args[0], self.consumed)
