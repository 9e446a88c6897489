"""The exceptions of asyncio (written for pyrs)."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

# asyncio.TimeoutError has been the built-in TimeoutError since 3.11.
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """Raised inside a cancelled task, and by result() of a cancelled future."""


class InvalidStateError(Exception):
    """A future was asked for something its current state does not allow."""


class SendfileNotAvailableError(RuntimeError):
    """No sendfile support (never raised on pyrs: there are no sockets)."""


class IncompleteReadError(EOFError):
    """A stream ended before the number of bytes asked for."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A stream read hit its buffer limit before finding the separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """The barrier was aborted or reset while tasks were waiting."""
