"""Run callables at chosen moments, driven by pluggable clock and sleep functions.

A scheduler keeps its pending events in time/priority order; run() waits for
each one (through delayfunc) and calls its action.
"""

import time as _clock
import threading as _threading
from bisect import insort as _insort
from collections import namedtuple as _namedtuple

__all__ = ["scheduler"]

Event = _namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__module__ = __name__
Event.time.__doc__ = "When the event is due, in the units of the scheduler's timefunc."
Event.priority.__doc__ = "Orders events due at the same time; lower runs first."
Event.sequence.__doc__ = "Insertion number; orders events with equal time and priority."
Event.action.__doc__ = "Callable invoked when the event fires."
Event.argument.__doc__ = "Positional arguments for the action."
Event.kwargs.__doc__ = "Keyword arguments for the action."


class scheduler:
    """Event queue bound to a clock (timefunc) and a way to wait (delayfunc)."""

    def __init__(self, timefunc=_clock.monotonic, delayfunc=_clock.sleep):
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._pending = []          # kept sorted; the head is the next event
        self._guard = _threading.RLock()  # timefunc may call back in
        self._issued = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=None):
        """Schedule action(*argument, **kwargs) at absolute `time`; return the Event."""
        if kwargs is None:
            kwargs = {}
        with self._guard:
            event = Event(time, priority, self._issued, action, argument, kwargs)
            self._issued += 1
            _insort(self._pending, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=None):
        """Like enterabs(), with a time relative to now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Drop a pending event; ValueError if it is not queued."""
        with self._guard:
            self._pending.remove(event)

    def empty(self):
        """True when nothing is scheduled."""
        with self._guard:
            return len(self._pending) == 0

    def _due(self):
        """Under the lock, settle what run() must do next.

        Returns (event, None) with the event already unqueued when it is due,
        (None, wait) when the earliest event lies `wait` ahead, and
        (None, None) when the queue is empty.
        """
        with self._guard:
            if not self._pending:
                return None, None
            now = self.timefunc()
            head = self._pending[0]
            if head.time > now:
                return None, head.time - now
            del self._pending[0]
            return head, None

    def run(self, blocking=True):
        """Fire events as they fall due until none is left.

        With blocking false, fire only what is already due and return the
        delay until the next event (None when the queue is empty).
        """
        while True:
            event, wait = self._due()
            if event is not None:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)       # give other threads a turn
            elif wait is None:
                return None
            elif blocking:
                self.delayfunc(wait)
            else:
                return wait

    @property
    def queue(self):
        """Snapshot list of the pending events, earliest first."""
        with self._guard:
            return list(self._pending)
