"""Thread and process pool executors.

Both pools start helper threads lazily, on the first submit().  On a
platform without threads (WASI) starting that thread raises RuntimeError,
which submit() lets through unchanged.
"""

import itertools
import operator
import os
import queue
import sys
import threading
import weakref

from concurrent.futures import _core


class BrokenThreadPool(_core.BrokenExecutor):
    """A worker thread's initializer failed; the pool is unusable."""


class BrokenProcessPool(_core.BrokenExecutor):
    """A worker process died or failed; the pool is unusable."""


class _Job:
    """One submitted call together with the future that receives it."""

    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def execute(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(value)


def _cancel_queued(q):
    """Drain a job queue, cancelling every future found in it."""
    while True:
        try:
            job = q.get_nowait()
        except queue.Empty:
            return
        if job is not None:
            job.future.cancel()


def _worker_count(requested, fallback):
    """Validate max_workers, substituting *fallback* for None."""
    if requested is None:
        return fallback
    if requested <= 0:
        raise ValueError("max_workers must be greater than 0")
    return requested


def _require_callable(fn):
    if fn is None or callable(fn):
        return fn
    raise TypeError("initializer must be a callable")


class _PoolBase(_core.Executor):
    """Shared bookkeeping: shutdown flag, broken flag and a guard lock."""

    _broken_type = _core.BrokenExecutor

    def _check_open(self):
        # Caller holds self._guard.
        if self._broken_why:
            raise self._broken_type(self._broken_why)
        if self._closed:
            raise RuntimeError('cannot schedule new futures after shutdown')


def _thread_worker(pool_ref, jobs, initializer, initargs, idle):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _core._log.critical('Exception in initializer:', exc_info=True)
            pool = pool_ref()
            if pool is not None:
                pool._mark_broken()
            return
    while True:
        job = jobs.get(block=True)
        if job is not None:
            job.execute()
            del job
            idle.release()
            continue
        # None is the wake-up sentinel put by shutdown(): pass it on so the
        # other workers see it too, and quit if the pool is going away.
        pool = pool_ref()
        if pool is None or pool._closed:
            jobs.put(None)
            return
        del pool


class ThreadPoolExecutor(_PoolBase):
    """Executor that runs calls on a pool of up to max_workers threads."""

    _broken_type = BrokenThreadPool
    # Numbers the default thread name prefixes of successive pools.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Create the pool.

        max_workers defaults to min(32, cpu_count + 4); initializer(*initargs)
        runs at the start of every worker thread.
        """
        cpus = os.cpu_count() or 1
        self._max_workers = _worker_count(max_workers, min(cpus + 4, 32))
        self._init_fn = _require_callable(initializer)
        self._jobs = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._workers = set()
        self._broken_why = False
        self._closed = False
        self._guard = threading.Lock()
        self._thread_name_prefix = (
            thread_name_prefix
            or 'ThreadPoolExecutor-%d' % self._counter())
        self._init_args = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._guard:
            self._check_open()
            fut = _core.Future()
            self._jobs.put(_Job(fut, fn, args, kwargs))
            self._adjust_thread_count()
            return fut
    submit.__doc__ = _core.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # Reuse an idle worker when there is one.
        if self._idle.acquire(timeout=0):
            return
        count = len(self._workers)
        if count >= self._max_workers:
            return
        jobs = self._jobs

        def forget(_, q=jobs):
            q.put(None)

        worker = threading.Thread(
            name='%s_%d' % (self._thread_name_prefix or self, count),
            target=_thread_worker,
            args=(weakref.ref(self, forget), jobs, self._init_fn,
                  self._init_args, self._idle))
        worker.start()
        self._workers.add(worker)

    def _mark_broken(self):
        with self._guard:
            self._broken_why = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job.future.set_exception(BrokenThreadPool(self._broken_why))

    _initializer_failed = _mark_broken

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._guard:
            self._closed = True
            if cancel_futures:
                _cancel_queued(self._jobs)
            self._jobs.put(None)
        if wait:
            for worker in list(self._workers):
                worker.join()
    shutdown.__doc__ = _core.Executor.shutdown.__doc__


class ProcessPoolExecutor(_PoolBase):
    """Executor that runs calls in up to max_workers worker processes."""

    _broken_type = BrokenProcessPool

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        """Create the pool.

        max_workers defaults to the number of CPUs; max_tasks_per_child
        limits how many calls one worker process serves.
        """
        on_windows = sys.platform == 'win32'
        cpus = os.cpu_count() or 1
        count = _worker_count(max_workers, min(cpus, 61) if on_windows else cpus)
        if on_windows and count > 61:
            raise ValueError(f"max_workers must be <= {61}")
        self._max_workers = count
        self._mp_context = mp_context
        self._init_fn = _require_callable(initializer)
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            method = getattr(mp_context, 'get_start_method', None)
            if method is not None and method(allow_none=False) == 'fork':
                raise ValueError(
                    "max_tasks_per_child is incompatible with the 'fork' "
                    "multiprocessing start method; supply a different "
                    "mp_context.")
        self._max_tasks_per_child = max_tasks_per_child
        self._init_args = initargs
        # Sizing of the call queue needs a true integer.
        self._queue_size = operator.index(count) + 1
        self._pending = queue.SimpleQueue()
        self._manager = None
        self._broken_why = False
        self._closed = False
        self._guard = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):
        with self._guard:
            self._check_open()
            fut = _core.Future()
            self._pending.put(_Job(fut, fn, args, kwargs))
            self._start_executor_manager_thread()
            return fut
    submit.__doc__ = _core.Executor.submit.__doc__

    def _start_executor_manager_thread(self):
        if self._manager is not None:
            return
        manager = threading.Thread(target=self._drain, daemon=True)
        manager.start()
        self._manager = manager

    def _drain(self):
        # No worker processes exist on this platform: the manager thread
        # runs the calls itself, one after another.
        while True:
            job = self._pending.get()
            if job is None:
                return
            job.execute()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like Executor.map; chunksize must be at least 1."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._guard:
            self._closed = True
            if cancel_futures:
                _cancel_queued(self._pending)
            self._pending.put(None)
        manager = self._manager
        if wait and manager is not None:
            manager.join()
    shutdown.__doc__ = _core.Executor.shutdown.__doc__
