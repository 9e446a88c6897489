"""ThreadPoolExecutor for pyrs.

pyrs targets WASI, where threads cannot be started: submit() tries to start
a worker thread for the call and lets the platform's error propagate, which
is how CPython built for WASI behaves too (RuntimeError "can't start new
thread").  The call is then not accepted, and the executor stays usable.
Where a thread does start, it runs that one call.
"""

import itertools
import threading

from ._core import LOGGER, BrokenExecutor, Future
from ._executor import (
    Executor, cpu_total, optional_callable, positive_workers)


class BrokenThreadPool(BrokenExecutor):
    """A worker's initializer failed, so the thread pool is unusable."""


_INIT_FAILED = ('A thread initializer failed, the thread pool is not '
                'usable anymore')


def _default_size():
    return min(cpu_total() + 4, 32)


class ThreadPoolExecutor(Executor):
    """Run calls in worker threads (which WASI cannot provide)."""

    # numbers the default thread-name prefixes
    _serial = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _default_size()
        self._max_workers = positive_workers(max_workers)
        self._initializer = optional_callable(initializer)
        if not thread_name_prefix:
            thread_name_prefix = f'ThreadPoolExecutor-{self._serial()}'
        self._thread_name_prefix = thread_name_prefix
        self._initargs = initargs
        self._shutdown = False
        self._broken = False
        self._started = []

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        job = Future()
        worker = threading.Thread(
            name=f'{self._thread_name_prefix}_{len(self._started)}',
            target=self._perform, args=(job, fn, args, kwargs))
        worker.start()          # raises on WASI: no thread, no job
        self._started.append(worker)
        return job

    submit.__doc__ = Executor.submit.__doc__

    def _perform(self, job, fn, args, kwargs):
        # Body of a worker thread, on platforms that have threads.
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                LOGGER.critical('Exception in initializer:', exc_info=True)
                self._broken = _INIT_FAILED
                job.set_exception(BrokenThreadPool(_INIT_FAILED))
                return
        if not job.set_running_or_notify_cancel():
            return
        try:
            value = fn(*args, **kwargs)
        except BaseException as exc:
            job.set_exception(exc)
        else:
            job.set_result(value)

    def shutdown(self, wait=True, *, cancel_futures=False):
        # Calls are never queued (each needs its own thread at submit
        # time), so cancel_futures has nothing to cancel.
        self._shutdown = True
        if wait:
            for worker in self._started:
                worker.join()

    shutdown.__doc__ = Executor.shutdown.__doc__
