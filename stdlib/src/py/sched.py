"""A general-purpose event scheduler (CPython's sched module, written for pyrs).

A scheduler keeps a priority queue of events and runs each one when the
clock given by timefunc reaches its time, waiting with delayfunc between
them.  Both functions are supplied by the caller, so "time" can be any
monotonically increasing numeric quantity.
"""

import heapq
import itertools
import threading
import time
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', ['time', 'priority', 'sequence', 'action', 'argument', 'kwargs'])
Event.__module__ = 'sched'

_NO_KWARGS = object()


class scheduler:
    """Run callables at given times, ordered by (time, priority, sequence)."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._events = []
        self._guard = threading.RLock()
        self.timefunc, self.delayfunc = timefunc, delayfunc
        self._ticket = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at absolute time; return the Event."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._guard:
            order = next(self._ticket)
            event = Event(time, priority, order, action, argument, kwargs)
            heapq.heappush(self._events, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action delay time units from now; return the Event."""
        when = self.timefunc() + delay
        return self.enterabs(when, priority, action, argument, kwargs)

    def cancel(self, event):
        """Drop a pending event; ValueError if it is not queued."""
        with self._guard:
            pending = self._events
            pending.remove(event)
            heapq.heapify(pending)

    def empty(self):
        """True when nothing is scheduled."""
        with self._guard:
            return not self._events

    def run(self, blocking=True):
        """Run due events, waiting for later ones unless blocking is false.

        Without blocking, returns the delay until the next pending event
        (None when the queue is empty) once no event is due.
        """
        pending = self._events
        while True:
            with self._guard:
                if not pending:
                    return None
                head = pending[0]
                now = self.timefunc()
                wait = head.time > now
                if not wait:
                    heapq.heappop(pending)
            if wait:
                if not blocking:
                    return head.time - now
                self.delayfunc(head.time - now)
            else:
                head.action(*head.argument, **head.kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        """The pending events as a list, in the order they will run."""
        with self._guard:
            snapshot = list(self._events)
        return [heapq.heappop(snapshot) for _ in range(len(snapshot))]
