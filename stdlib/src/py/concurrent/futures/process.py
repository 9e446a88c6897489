"""ProcessPoolExecutor for pyrs.

WASI offers no way to create processes, so the executor can be built (its
arguments are checked exactly as CPython checks them), used as a context
manager and shut down, but any attempt to run a call raises
NotImplementedError.  (NotImplementedError is a RuntimeError, the error a
thread pool raises here when it cannot start a thread.)
"""

import itertools
import operator

from ._core import BrokenExecutor
from ._executor import (
    Executor, cpu_total, optional_callable, positive_workers)


class BrokenProcessPool(BrokenExecutor):
    """A worker process ended abruptly; the process pool is unusable."""


_C_INT_MAX = 2 ** 31 - 1


def _check_queue_capacity(slots):
    # CPython sizes a semaphore-backed call queue with max_workers + 1
    # slots; reproduce the errors that construction raises.
    if operator.index(slots) > _C_INT_MAX:
        raise OverflowError('Python int too large to convert to C int')


def _check_task_limit(limit, method):
    if limit is None:
        return
    if not isinstance(limit, int):
        raise TypeError("max_tasks_per_child must be an integer")
    if limit < 1:
        raise ValueError("max_tasks_per_child must be >= 1")
    if method == 'fork':
        raise ValueError("max_tasks_per_child is incompatible with the 'fork' "
                         "multiprocessing start method; supply a different "
                         "mp_context.")


class ProcessPoolExecutor(Executor):
    """Run calls in worker processes (which WASI cannot provide)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        size = cpu_total() if max_workers is None else positive_workers(
            max_workers)
        # CPython asks the context for its start method at this point.
        method = (None if mp_context is None
                  else mp_context.get_start_method(allow_none=False))
        self._initializer = optional_callable(initializer)
        _check_task_limit(max_tasks_per_child, method)
        _check_queue_capacity(size + 1)
        self._max_workers = size
        self._mp_context = mp_context
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        raise NotImplementedError(
            'ProcessPoolExecutor cannot run calls on this platform: '
            'WASI has no way to start worker processes')

    submit.__doc__ = Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Executor.map(); the chunk size is checked, the calls go through submit()."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        # The size must also suit itertools.islice, which would cut the chunks.
        itertools.islice((), chunksize)
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    shutdown.__doc__ = Executor.shutdown.__doc__
