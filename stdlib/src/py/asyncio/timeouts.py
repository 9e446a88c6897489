"""Time limits for a block of code in a task: `async with asyncio.timeout(delay):`
(written for pyrs).

When the limit passes, the task is cancelled; leaving the block turns that
cancellation into TimeoutError. Cancellations from elsewhere pass through unchanged,
which Task.cancelling()/uncancel() let the block tell apart.
"""

from types import TracebackType
from typing import Optional, Type

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')


class Timeout:
    """An asynchronous context manager cancelling the current task at loop time
    `when` (None: no limit). Made by timeout() and timeout_at().

    Its stage is one of 'created', 'active' (inside the block), 'expiring' (the limit
    passed, the block has not ended yet), 'expired' and 'finished'."""

    def __init__(self, when: Optional[float]) -> None:
        self._stage = 'created'
        self._deadline = when
        self._timer = None
        self._task = None
        self._cancels_at_entry = 0

    def __repr__(self) -> str:
        shown = f' when={self._deadline}' if self._stage == 'active' else ''
        return f'<Timeout [{self._stage}]{shown}>'

    def when(self) -> Optional[float]:
        """The deadline, in loop time (None: none)."""
        return self._deadline

    def expired(self) -> bool:
        """True once the deadline has passed (and cancelled the task)."""
        return self._stage in ('expiring', 'expired')

    def reschedule(self, when: Optional[float]) -> None:
        """Move the deadline (None removes it); only inside the block."""
        if self._stage == 'created':
            raise RuntimeError('Timeout has not been entered')
        if self._stage != 'active':
            raise RuntimeError(f'Cannot change state of {self._stage} Timeout')
        self._deadline = when
        self._disarm()
        if when is None:
            return
        running = events.get_running_loop()
        if when <= running.time():
            self._timer = running.call_soon(self._expire)
        else:
            self._timer = running.call_at(when, self._expire)

    def _disarm(self):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expire(self):
        self._timer = None
        self._task.cancel()
        self._stage = 'expiring'

    async def __aenter__(self) -> 'Timeout':
        if self._stage != 'created':
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._task = task
        self._cancels_at_entry = task.cancelling()
        self._stage = 'active'
        self.reschedule(self._deadline)
        return self

    async def __aexit__(
            self, exc_type: Optional[Type[BaseException]], exc_val: Optional[BaseException],
            exc_tb: Optional[TracebackType]) -> Optional[bool]:
        self._disarm()
        if self._stage == 'active':
            self._stage = 'finished'
            return None
        if self._stage == 'expiring':
            self._stage = 'expired'
            ours = self._task.uncancel() <= self._cancels_at_entry
            if ours and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        return None


def timeout(delay: Optional[float]) -> Timeout:
    """A Timeout expiring `delay` seconds from now (None: never)."""
    if delay is None:
        return Timeout(None)
    return Timeout(events.get_running_loop().time() + delay)


def timeout_at(when: Optional[float]) -> Timeout:
    """A Timeout expiring at loop time `when` (None: never)."""
    return Timeout(when)
