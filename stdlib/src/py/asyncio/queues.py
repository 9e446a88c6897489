"""FIFO, LIFO and priority queues for tasks (written for pyrs).

put() waits while a bounded queue is full and get() while it is empty; the *_nowait
variants raise QueueFull / QueueEmpty instead. task_done() and join() track how many
of the items put have been fully processed.
"""

import collections
import heapq
import types

from . import locks

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() found no item in the queue."""


class QueueFull(Exception):
    """put_nowait() found no room in the queue."""


def _wake_first(waiters):
    # Wake the oldest waiter that is still waiting (the others were cancelled).
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(locks._LoopBound):
    """A first-in, first-out queue for producer and consumer tasks.

    maxsize <= 0 means unbounded; otherwise put() blocks while `maxsize` items are
    waiting to be taken."""

    def __init__(self, maxsize=0):
        self._limit = maxsize
        self._blocked_gets = collections.deque()   # futures of tasks waiting in get()
        self._blocked_puts = collections.deque()   # futures of tasks waiting in put()
        self._open_items = 0                       # items put and not yet task_done()
        self._drained = locks.Event()              # set while _open_items is 0
        self._drained.set()
        self._init(maxsize)

    # Storage: subclasses change these three to change the order items come out in.

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    # reprs

    def _summary(self):
        text = f'maxsize={self._limit!r}'
        held = getattr(self, '_queue', None)
        if held:
            text += f' _queue={list(held)!r}'
        if self._blocked_gets:
            text += f' _getters[{len(self._blocked_gets)}]'
        if self._blocked_puts:
            text += f' _putters[{len(self._blocked_puts)}]'
        if self._open_items:
            text += f' tasks={self._open_items}'
        return text

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._summary()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._summary()}>'

    __class_getitem__ = classmethod(types.GenericAlias)

    # size

    def qsize(self):
        """How many items the queue holds now."""
        return len(self._queue)

    @property
    def maxsize(self):
        """The bound given at creation (0 or less: unbounded)."""
        return self._limit

    def empty(self):
        """True when the queue holds no item."""
        return not self._queue

    def full(self):
        """True when a bounded queue holds `maxsize` items (never for unbounded)."""
        return not self._limit <= 0 and self.qsize() >= self._limit

    async def _await_turn(self, line, blocked):
        # Queue up in `line` until woken. A task that leaves the line with an
        # exception (a cancellation) although it had been woken, while the condition it
        # waited for still holds, passes its turn to the next one in line.
        turn = self._new_waiter(line)
        try:
            await turn
        except:
            turn.cancel()
            if turn in line:
                line.remove(turn)
            if not turn.cancelled() and not blocked():
                _wake_first(line)
            raise

    # putting

    async def put(self, item):
        """Put `item` in the queue, first waiting for room if it is full."""
        while self.full():
            await self._await_turn(self._blocked_puts, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put `item` in the queue at once; QueueFull when there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._open_items += 1
        self._drained.clear()
        _wake_first(self._blocked_gets)

    # getting

    async def get(self):
        """Take the next item, first waiting for one if the queue is empty."""
        while self.empty():
            await self._await_turn(self._blocked_gets, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Take the next item at once; QueueEmpty when there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._blocked_puts)
        return item

    # completion tracking

    def task_done(self):
        """Mark one item taken from the queue as fully processed; join() returns once
        every item put has been marked."""
        if self._open_items <= 0:
            raise ValueError('task_done() called too many times')
        self._open_items -= 1
        if not self._open_items:
            self._drained.set()

    async def join(self):
        """Wait until every item put in the queue has been marked with task_done()."""
        if self._open_items:
            await self._drained.wait()


class PriorityQueue(Queue):
    """A Queue that hands out its smallest item first (entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that hands out the item put most recently first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
