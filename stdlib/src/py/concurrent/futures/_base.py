"""Compatibility view: CPython keeps these names in concurrent.futures._base,
and some code (and pickles) refer to them there."""

from ._core import (
    LOGGER, Error, CancelledError, InvalidStateError, BrokenExecutor,
    TimeoutError, Future, PENDING, RUNNING, CANCELLED,
    CANCELLED_AND_NOTIFIED, FINISHED)
from ._waiting import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, DoneAndNotDoneFutures,
    wait, as_completed)
from ._executor import Executor
