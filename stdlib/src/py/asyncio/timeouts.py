"""asyncio.timeout() and asyncio.timeout_at() (written for pyrs).

A Timeout cancels the task that entered it when its deadline passes; on the way out it
turns the resulting CancelledError into TimeoutError. Cancellations coming from
elsewhere are told apart with Task.cancelling() / Task.uncancel().
"""

from types import TracebackType
from typing import Optional, Type, final

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')

# life cycle of a Timeout (the words appear in its repr)
_CREATED = 'created'
_ACTIVE = 'active'
_EXPIRING = 'expiring'    # deadline passed, the task was cancelled, exit not reached yet
_EXPIRED = 'expired'
_FINISHED = 'finished'


@final
class Timeout:
    """Async context manager that cancels its block once the loop clock reaches
    `when` (None: no deadline). Make it with timeout() or timeout_at()."""

    def __init__(self, when: Optional[float]) -> None:
        self._state = _CREATED
        self._when = when
        self._timer = None
        self._task = None
        self._cancels_before = 0

    def when(self) -> Optional[float]:
        """The deadline, in loop.time() units, or None."""
        return self._when

    def reschedule(self, when: Optional[float]) -> None:
        """Move the deadline to `when` (None removes it). Only inside the block."""
        if self._state != _ACTIVE:
            if self._state == _CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is None:
            return
        loop = events.get_running_loop()
        if when <= loop.time():
            self._timer = loop.call_soon(self._fire)
        else:
            self._timer = loop.call_at(when, self._fire)

    def expired(self) -> bool:
        """True once the deadline has passed and the task was cancelled for it."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self) -> str:
        shown = f'<Timeout [{self._state}]'
        if self._state == _ACTIVE:
            deadline = 'None' if self._when is None else f'{self._when:.3f}'
            shown += f' when={deadline}'
        return shown + '>'

    async def __aenter__(self) -> 'Timeout':
        if self._state != _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._task = task
        self._state = _ACTIVE
        # cancellations already requested are not ours to turn into TimeoutError
        self._cancels_before = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type: Optional[Type[BaseException]],
                        exc_val: Optional[BaseException],
                        exc_tb: Optional[TracebackType]) -> Optional[bool]:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            left = self._task.uncancel()
            if left <= self._cancels_before and exc_type is exceptions.CancelledError:
                # the cancellation was our own: report it as a timeout
                raise TimeoutError from exc_val
        elif self._state == _ACTIVE:
            self._state = _FINISHED
        return None

    def _fire(self) -> None:
        self._task.cancel()
        self._state = _EXPIRING
        self._timer = None


def timeout(delay: Optional[float]) -> Timeout:
    """A Timeout that fires `delay` seconds after it is entered (None: never).

    Use it as `async with asyncio.timeout(10): ...`; a block still running when the
    time is up is cancelled and TimeoutError raised from the `async with`."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when: Optional[float]) -> Timeout:
    """A Timeout that fires when loop.time() reaches `when` (None: never)."""
    return Timeout(when)
