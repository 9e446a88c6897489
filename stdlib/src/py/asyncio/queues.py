"""Queues between tasks (written for pyrs): Queue (FIFO), LifoQueue, PriorityQueue."""

from . import events
from .locks import Event, _LoopBound, _remove

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue at its maxsize."""


class Queue(_LoopBound):
    """A FIFO queue for tasks. With maxsize > 0, put() waits while the queue is full;
    get() waits while it is empty. task_done()/join() count the unfinished items."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # the storage; subclasses change these three
    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _get(self):
        queue = self._queue
        item = queue[self._head]
        queue[self._head] = None
        self._head += 1
        if self._head * 2 >= len(queue):
            del queue[:self._head]
            self._head = 0
        return item

    def _put(self, item):
        self._queue.append(item)

    def _items(self):
        return self._queue[self._head:]

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        items = self._items()
        if items:
            text += f' _queue={items!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def qsize(self):
        return len(self._queue) - self._head

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put the item in the queue, waiting first while the queue is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                _remove(self._putters, putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting first while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                _remove(self._getters, getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Count one item taken with get() as processed (join() waits for all)."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put in the queue has been marked with task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """get() returns the smallest item first (a binary heap, as heapq orders it)."""

    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _put(self, item):
        heap = self._queue
        heap.append(item)
        pos = len(heap) - 1
        while pos > 0:
            parent = (pos - 1) >> 1
            if item < heap[parent]:
                heap[pos] = heap[parent]
                pos = parent
            else:
                break
        heap[pos] = item

    def _get(self):
        heap = self._queue
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        # heapq's pop: move the hole down to a leaf along the smaller children, then
        # bubble `last` up from there (this fixes the order of equal items)
        size = len(heap)
        pos = 0
        child = 1
        while child < size:
            right = child + 1
            if right < size and not heap[child] < heap[right]:
                child = right
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        while pos > 0:
            parent = (pos - 1) >> 1
            if last < heap[parent]:
                heap[pos] = heap[parent]
                pos = parent
            else:
                break
        heap[pos] = last
        return top

    def _items(self):
        return list(self._queue)


class LifoQueue(Queue):
    """get() returns the most recently put item first."""

    def _get(self):
        return self._queue.pop()

    def _items(self):
        return list(self._queue)
