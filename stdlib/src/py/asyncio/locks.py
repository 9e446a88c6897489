"""Synchronisation primitives for tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier (written for pyrs).

None of them is thread-safe; they coordinate tasks of one event loop. Every waiting
task parks on a future of its own, kept in a FIFO line; waking a task means giving
its future a result, after which it runs at the next loop iteration. An object is tied
to the loop that was running when its first future was made.
"""

import collections
import itertools

from . import events
from . import exceptions

__all__ = ('Lock', 'Event', 'Condition',
           'Semaphore', 'BoundedSemaphore', 'Barrier')


def _described(obj, state, line=()):
    # '<asyncio.locks.Lock object at 0x...>' with '[state, waiters:N]' inserted
    if line:
        state = f'{state}, waiters:{len(line)}'
    plain = object.__repr__(obj)
    return f'{plain[:-1]} [{state}]>'


class _LoopBound:
    """Base of objects whose waiting tasks belong to one event loop."""

    _loop = None

    def _new_waiter(self, line):
        """A new future of the loop, appended to `line` (a deque)."""
        running = events._get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        fut = running.create_future()
        line.append(fut)
        return fut

    async def _wait_in(self, line):
        # Park in `line` until woken; the future leaves the line however this ends.
        fut = self._new_waiter(line)
        try:
            return await fut
        finally:
            line.remove(fut)


class _Guarded:
    """`async with obj:` acquires obj and releases it at the end."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_Guarded, _LoopBound):
    """A mutual-exclusion lock for tasks. Waiters get it in the order they asked;
    a task asking while others wait joins the end of the line."""

    def __init__(self):
        self._held = False
        self._line = collections.deque()

    def __repr__(self):
        return _described(self, 'locked' if self._held else 'unlocked', self._line)

    def locked(self):
        """True while some task holds the lock."""
        return self._held

    def _hand_over(self):
        # Wake the task at the head of the line (if it was not woken already).
        if self._line and not self._line[0].done():
            self._line[0].set_result(True)

    async def acquire(self):
        """Wait until the lock is free, then take it; returns True."""
        free = not self._held and all(fut.cancelled() for fut in self._line)
        if not free:
            try:
                await self._wait_in(self._line)
            except exceptions.CancelledError:
                if not self._held:
                    self._hand_over()      # we may have been the one woken
                raise
        self._held = True
        return True

    def release(self):
        """Free the lock and wake the next waiting task. RuntimeError if not held."""
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._hand_over()


class Event(_LoopBound):
    """A flag tasks can wait for: set() wakes every waiting task."""

    def __init__(self):
        self._flag = False
        self._line = collections.deque()

    def __repr__(self):
        return _described(self, 'set' if self._flag else 'unset', self._line)

    def is_set(self):
        """True once set() was called (and clear() not since)."""
        return self._flag

    def set(self):
        """Raise the flag and wake all waiting tasks."""
        if self._flag:
            return
        self._flag = True
        for fut in self._line:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Lower the flag: wait() blocks again."""
        self._flag = False

    async def wait(self):
        """Return True once the flag is set (at once if it already is)."""
        if not self._flag:
            await self._wait_in(self._line)
        return True


class Condition(_Guarded, _LoopBound):
    """A lock (the given one, or a new Lock) plus a line of tasks waiting to be
    notified. acquire(), release() and locked() are those of the lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        for verb in ('locked', 'acquire', 'release'):
            setattr(self, verb, getattr(lock, verb))
        self._line = collections.deque()

    def __repr__(self):
        return _described(self, 'locked' if self.locked() else 'unlocked', self._line)

    async def wait(self):
        """Release the lock, wait for a notify, and take the lock back before
        returning True (also when cancelled: the cancellation comes after)."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._wait_in(self._line)
            return True
        finally:
            await self._take_back()

    async def _take_back(self):
        # Reacquire the lock, retrying through cancellations; the last one is raised
        # once the lock is held.
        cancelled = None
        while True:
            try:
                await self.acquire()
            except exceptions.CancelledError as exc:
                cancelled = exc
                continue
            break
        if cancelled is not None:
            raise cancelled

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its value."""
        verdict = predicate()
        while not verdict:
            await self.wait()
            verdict = predicate()
        return verdict

    def notify(self, n=1):
        """Wake up to n waiting tasks (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        sleeping = (fut for fut in self._line if not fut.done())
        for fut in itertools.islice(sleeping, max(n, 0)):
            fut.set_result(False)

    def notify_all(self):
        """Wake every waiting task (the lock must be held)."""
        self.notify(len(self._line))


class Semaphore(_Guarded, _LoopBound):
    """A counter of free slots: acquire() takes one (waiting while there is none),
    release() gives one back. Slots go to waiting tasks in the order they asked."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._line = collections.deque()

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _described(self, state, self._line)

    def locked(self):
        """True when acquire() would have to wait."""
        return self._value == 0 or any(not fut.cancelled() for fut in self._line)

    def _grant_one(self):
        # Give one free slot to the oldest waiter still without one.
        for fut in self._line:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False

    async def acquire(self):
        """Take a slot, waiting for one if needed; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        fut = self._new_waiter(self._line)
        try:
            await fut
        except exceptions.CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1      # a slot was granted to us: give it back
            raise
        finally:
            self._line.remove(fut)
            while self._value > 0 and self._grant_one():
                pass
        return True

    def release(self):
        """Give a slot back (to the oldest waiting task, if any)."""
        self._value += 1
        self._grant_one()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._ceiling = value
        super().__init__(value)

    def release(self):
        if self._value >= self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(_LoopBound):
    """Make `parties` tasks wait for each other: wait() returns (an index from 0 to
    parties - 1) once that many tasks are waiting.

    Phases: 'filling' (tasks gather), 'draining' (the released tasks leave; newcomers
    wait at the door), 'resetting' (reset() with tasks inside; they fail with
    BrokenBarrierError), 'broken' (after abort())."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._phase = 'filling'
        self._inside = 0                      # tasks between arrival and leaving
        self._line = collections.deque()      # every parked task, door or inside

    def __repr__(self):
        if self._phase == 'broken':
            return _described(self, 'broken')
        return _described(self, f'{self._phase}, waiters:{self.n_waiting}/{self._parties}')

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    def _wake_everyone(self):
        for fut in self._line:
            if not fut.done():
                fut.set_result(False)

    async def _park_while(self, phases):
        while self._phase in phases:
            await self._wait_in(self._line)

    async def wait(self):
        """Wait until `parties` tasks are here; return this task's arrival index.
        BrokenBarrierError when the barrier is aborted or reset meanwhile."""
        await self._park_while(('draining', 'resetting'))
        if self._phase == 'broken':
            raise exceptions.BrokenBarrierError('Barrier aborted')
        index = self._inside
        self._inside += 1
        try:
            if index + 1 == self._parties:
                self._phase = 'draining'       # the last one in lets everybody go
                self._wake_everyone()
            else:
                await self._park_while(('filling',))
                if self._phase in ('broken', 'resetting'):
                    raise exceptions.BrokenBarrierError('Abort or reset of barrier')
            return index
        finally:
            self._inside -= 1
            if not self._inside and self._phase in ('draining', 'resetting'):
                self._phase = 'filling'        # the last one out reopens the door
                self._wake_everyone()

    async def reset(self):
        """Back to the initial state; tasks waiting inside get BrokenBarrierError."""
        self._phase = 'resetting' if self._inside else 'filling'
        self._wake_everyone()

    async def abort(self):
        """Break the barrier: present and future wait() calls fail."""
        self._phase = 'broken'
        self._wake_everyone()

    @property
    def parties(self):
        """How many tasks must wait() for the barrier to open."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks wait for the barrier to fill (0 outside the filling phase)."""
        return self._inside if self._phase == 'filling' else 0

    @property
    def broken(self):
        """True after abort()."""
        return self._phase == 'broken'
