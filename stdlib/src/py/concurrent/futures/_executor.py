"""The Executor base class."""

import collections
import os
import time

from ._core import _homed


# -- argument checks shared by the pool executors ----------------------------

def cpu_total():
    return os.cpu_count() or 1


def positive_workers(count):
    if count <= 0:
        raise ValueError("max_workers must be greater than 0")
    return count


def optional_callable(fn):
    if fn is None or callable(fn):
        return fn
    raise TypeError("initializer must be a callable")


def _results_in_order(pending, deadline):
    # Hand out results in submission order.  If the consumer stops early
    # (error, timeout, close) every future not yet handed out is cancelled:
    # the one being waited on first, then the rest from the newest back.
    try:
        while pending:
            fut = pending.popleft()
            try:
                if deadline is None:
                    value = fut.result()
                else:
                    value = fut.result(deadline - time.monotonic())
            except BaseException:
                fut.cancel()
                raise
            yield value
    finally:
        for fut in reversed(pending):
            fut.cancel()


@_homed
class Executor(object):
    """Base class for objects that run calls and hand back futures."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but each call goes through submit().

        All calls are submitted at once; the returned iterator yields their
        results in order, raising a call's exception when reaching it, or
        TimeoutError once ``timeout`` seconds from this call have passed.
        ``chunksize`` is only meaningful to ProcessPoolExecutor.
        """
        deadline = None if timeout is None else timeout + time.monotonic()
        pending = collections.deque()
        for args in zip(*iterables):
            pending.append(self.submit(fn, *args))
        return _results_in_order(pending, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; no new work is accepted."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
