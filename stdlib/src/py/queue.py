"""Synchronised queues (CPython's queue module, written for pyrs).

pyrs runs a single thread, so a call that would have to wait for another
thread to put or get an item can never succeed: waiting without a timeout
raises RuntimeError, waiting with a timeout sleeps and then gives up.
"""

import threading
from collections import deque
import heapq as _heapq
from time import monotonic as _clock
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Raised when an item is wanted from an empty queue.'


Empty.__module__ = '_queue'


class Full(Exception):
    'Raised when an item is offered to a full queue.'


def _bad_timeout():
    return ValueError("'timeout' must be a non-negative number")


def _wait_until(cond, ok, timeout, failure, stuck):
    """Wait on `cond` until `ok()` holds; raise `failure` once `timeout` ends.

    Without a timeout, waiting could only end through another thread, so
    the `stuck` (what, remedy) pair describes the RuntimeError raised then.
    """
    if timeout is None:
        if not ok():
            raise threading._deadlock(*stuck)
        return
    if timeout < 0:
        raise _bad_timeout()
    deadline = _clock() + timeout
    while not ok():
        left = deadline - _clock()
        if left <= 0:
            raise failure
        cond.wait(left)


class Queue:
    '''A first-in, first-out queue holding at most `maxsize` items
    (no limit when `maxsize` is zero or negative).'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock shared by the three conditions callers may wait on.
        lock = self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(lock) for _ in range(3))
        self.unfinished_tasks = 0

    def task_done(self):
        '''Record that one item taken with get() has been fully handled.'''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if not left:
                self.all_tasks_done.notify_all()

    def join(self):
        '''Wait until every item put has been matched by a task_done() call.'''
        with self.all_tasks_done:
            if self.unfinished_tasks:
                raise threading._deadlock(
                    "Queue.join() with unfinished tasks",
                    "call task_done()")

    def qsize(self):
        '''How many items are waiting in the queue.'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Whether no item is waiting.'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Whether the queue holds its maximum number of items.'''
        with self.mutex:
            return self.maxsize > 0 and self._qsize() >= self.maxsize

    def _has_room(self):
        return self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        '''Add `item` at the back.  A full queue makes this raise Full at
        once (block false) or wait for room, up to `timeout` seconds.'''
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if not self._has_room():
                        raise Full
                else:
                    _wait_until(self.not_full, self._has_room, timeout, Full(),
                                ("Queue.put() on a full queue", "get an item"))
            self._put(item)
            self.unfinished_tasks = self.unfinished_tasks + 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Take the next item out.  An empty queue makes this raise Empty at
        once (block false) or wait for an item, up to `timeout` seconds.'''
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            else:
                _wait_until(self.not_empty, self._qsize, timeout, Empty(),
                            ("Queue.get() on an empty queue", "put an item"))
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''put() that never waits.'''
        self.put(item, False)

    def get_nowait(self):
        '''get() that never waits.'''
        return self.get(False)

    # Storage hooks that subclasses override.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        items = self.queue
        return items.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    '''A Queue handing out its smallest item first (kept as a heap).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    '''A Queue handing out the item put last first (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''An unbounded first-in, first-out queue without task tracking.'''

    __slots__ = ('_items', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if cls is SimpleQueue:
            if args:
                raise TypeError('SimpleQueue() takes no positional arguments')
            if kwargs:
                raise TypeError('SimpleQueue() takes no keyword arguments')
        self = object.__new__(cls)
        self._items = deque()
        return self

    def put(self, item, block=True, timeout=None):
        '''Add `item` at the back; there is always room.'''
        self._items.append(item)

    def put_nowait(self, item):
        '''put() that never waits.'''
        self._items.append(item)

    def get(self, block=True, timeout=None):
        '''Take the next item out (see Queue.get).'''
        if block and timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError(f"'{type(timeout).__name__}' object cannot be "
                                "interpreted as an integer")
            if timeout < 0:
                raise _bad_timeout()
        if self._items:
            return self._items.popleft()
        if not block:
            raise Empty
        if timeout is None:
            raise threading._deadlock("SimpleQueue.get() on an empty queue "
                                      "without a timeout", "put an item")
        threading._sleep(timeout)
        raise Empty

    def get_nowait(self):
        '''get() that never waits.'''
        return self.get(False)

    def empty(self):
        '''Whether no item is waiting.'''
        return not self._items

    def qsize(self):
        '''How many items are waiting in the queue.'''
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = '_queue'
