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

_sentinel = object()


class scheduler:
    """Run callables at given times, ordered by (time, priority, sequence)."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc, self.delayfunc = timefunc, delayfunc
        self._sequence_generator = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at absolute time; return the Event."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            order = next(self._sequence_generator)
            event = Event(time, priority, order, action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action delay time units from now; return the Event."""
        when = self.timefunc() + delay
        return self.enterabs(when, priority, action, argument, kwargs)

    def cancel(self, event):
        """Drop a pending event; ValueError if it is not queued."""
        with self._lock:
            pending = self._queue
            pending.remove(event)
            heapq.heapify(pending)

    def empty(self):
        """True when nothing is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run due events, waiting for later ones unless blocking is false.

        Without blocking, returns the delay until the next pending event
        (None when the queue is empty) once no event is due.
        """
        pending = self._queue
        while True:
            with self._lock:
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
        with self._lock:
            snapshot = list(self._queue)
        return [heapq.heappop(snapshot) for _ in range(len(snapshot))]
