"""Execute computations asynchronously using threads or processes."""

# Credit for the original design of this API.
__author__ = ('Brian Quinlan'
              ' (brian@sweetapp.com)')

from concurrent.futures._core import (
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    CancelledError,
    TimeoutError,
    InvalidStateError,
    BrokenExecutor,
    Future,
    Executor,
    wait,
    as_completed,
)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)

# The pool classes live in a submodule that is only imported on first use.
_LAZY_NAMES = frozenset({'ThreadPoolExecutor', 'ProcessPoolExecutor'})


def __dir__():
    return list(__all__) + ['__author__', '__doc__']


def __getattr__(name):
    if name in _LAZY_NAMES:
        from concurrent.futures import _pools
        value = getattr(_pools, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
