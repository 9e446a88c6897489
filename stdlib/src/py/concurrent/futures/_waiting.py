"""wait() and as_completed() for a single-threaded interpreter.

Nothing can complete a future while we are blocked, so "waiting" means:
look at the futures, and if the condition is not met yet, sleep out the
timeout (or refuse to wait forever) and look again.  Completion order is
recovered from the ticket each future takes when it settles.
"""

import collections
import time

from ._core import SETTLED, _HOME, _block_until, never_ends

# the accepted values of wait()'s return_when
_CONDITIONS = FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done', module=_HOME)


def _split(futures):
    done = {f for f in futures if f._phase in SETTLED}
    return DoneAndNotDoneFutures(done, futures - done)


def _has_failure(futures):
    for f in futures:
        if not f.cancelled() and f.exception() is not None:
            return True
    return False


def _condition_met(split, total, return_when):
    if split.done:
        if return_when == FIRST_COMPLETED:
            return True
        if return_when == FIRST_EXCEPTION and _has_failure(split.done):
            return True
    return len(split.done) == total


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Return DoneAndNotDoneFutures(done, not_done) for the futures in fs.

    If return_when is not yet satisfied, this sleeps for ``timeout`` seconds
    (nothing can change meanwhile in a single-threaded interpreter) and
    returns the split as it then is.  With ``timeout=None`` an unsatisfied
    wait raises RuntimeError instead of hanging forever.
    """
    futures = set(fs)
    split = _split(futures)
    if _condition_met(split, len(futures), return_when):
        return split
    if return_when not in _CONDITIONS:
        raise ValueError(f'Invalid return condition: {return_when!r}')
    _block_until(timeout, 'wait()')
    return _split(futures)


def _by_ticket(fut):
    return fut._ticket


def _partition(futures):
    """Split a list of futures into (settled, the others)."""
    settled, others = [], []
    for f in futures:
        (settled if f._phase in SETTLED else others).append(f)
    return settled, others


def as_completed(fs, timeout=None):
    """Yield the futures of fs (duplicates once) as they complete.

    Futures already complete come first; the others are yielded when code
    run between two iterations completes them, in completion order.  When
    none is left to yield: with a timeout, the remaining time is slept and
    TimeoutError raised; without one, RuntimeError is raised, since in a
    single-threaded interpreter the wait could never end.
    """
    if timeout is not None:
        deadline = timeout + time.monotonic()
    outstanding = list(dict.fromkeys(fs))
    total = len(outstanding)

    ready, outstanding = _partition(outstanding)
    yield from ready

    while outstanding:
        if timeout is not None:
            left = deadline - time.monotonic()
            if left < 0:
                raise TimeoutError(
                    f'{len(outstanding)} (of {total}) futures unfinished')
        ready, outstanding = _partition(outstanding)
        if not ready:
            if timeout is None:
                raise never_ends('as_completed()')
            _block_until(left, 'as_completed()')
            continue
        ready.sort(key=_by_ticket)
        yield from ready
