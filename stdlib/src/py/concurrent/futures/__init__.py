"""Execute computations asynchronously using threads or processes."""

# pyrs version: a single-threaded design (see _core.py).  The pool
# executors are imported on first use, as in CPython.

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from ._core import (
    CancelledError, TimeoutError, InvalidStateError, BrokenExecutor, Future)
from ._waiting import FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
from ._waiting import wait, as_completed
from ._executor import Executor
from . import _base

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

# attribute name -> submodule defining it, loaded on first access
_ON_DEMAND = {
    'ThreadPoolExecutor': 'thread',
    'ProcessPoolExecutor': 'process',
}


def __dir__():
    return [*__all__, '__author__', '__doc__']


def __getattr__(name):
    where = _ON_DEMAND.get(name)
    if where is None:
        raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
    import importlib
    value = getattr(importlib.import_module('.' + where, __name__), name)
    globals()[name] = value
    return value
