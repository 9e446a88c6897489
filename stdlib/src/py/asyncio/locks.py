"""Synchronisation primitives for tasks (written for pyrs): Lock, Event, Condition,
Semaphore, BoundedSemaphore and Barrier.

None of them is thread-safe; they coordinate tasks of one event loop. Every primitive
attaches itself to the loop that first makes it wait, and refuses to be used from another.
Waiting tasks sit on futures kept in FIFO lists, so the one waiting longest goes first.
"""

from . import events
from . import exceptions

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


class _LoopBound:
    """Remembers the event loop the primitive is used with."""

    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running

    def _new_waiter(self, queue):
        """A fresh future of our loop, appended to `queue`."""
        fut = self._get_loop().create_future()
        queue.append(fut)
        return fut


def _described(obj, state, waiters):
    # "<asyncio.locks.Lock object at 0x... [locked, waiters:2]>"
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    plain = object.__repr__(obj)
    return f'{plain[:-1]} [{state}]>'


class _AcquireOnEnter:
    """`async with x:` runs `await x.acquire()` on the way in and `x.release()` on the
    way out; the `as` target gets None."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


# --- Lock -------------------------------------------------------------------------------------

class Lock(_AcquireOnEnter, _LoopBound):
    """A mutual-exclusion lock for tasks: acquire() waits while another task holds it.

    Waiters are served in the order they started waiting; a task arriving while others
    wait queues behind them even if the lock is momentarily free."""

    def __init__(self):
        self._sleepers = []
        self._held = False

    def __repr__(self):
        return _described(self, 'locked' if self._held else 'unlocked', self._sleepers)

    def locked(self):
        """True while some task holds the lock."""
        return self._held

    def _queue_is_live(self):
        for fut in self._sleepers:
            if not fut.cancelled():
                return True
        return False

    async def acquire(self):
        """Wait until the lock is free, take it and return True."""
        if not self._held and not self._queue_is_live():
            self._held = True
            return True
        ticket = self._new_waiter(self._sleepers)
        got_it = False
        try:
            await ticket
            got_it = True
        finally:
            self._sleepers.remove(ticket)
            if not got_it and not self._held:
                # we were (perhaps) handed the lock but give up: pass it along
                self._hand_over()
        self._held = True
        return True

    def release(self):
        """Free the lock and let the longest waiter have it next."""
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._hand_over()

    def _hand_over(self):
        if self._sleepers:
            head = self._sleepers[0]
            if not head.done():
                head.set_result(True)


# --- Event ------------------------------------------------------------------------------------

class Event(_LoopBound):
    """A flag tasks can wait for: set() wakes every waiter, clear() lowers it again."""

    def __init__(self):
        self._sleepers = []
        self._flag = False

    def __repr__(self):
        return _described(self, 'set' if self._flag else 'unset', self._sleepers)

    def is_set(self):
        """True when the flag is raised."""
        return self._flag

    def set(self):
        """Raise the flag and wake all the tasks waiting for it."""
        if self._flag:
            return
        self._flag = True
        for fut in self._sleepers:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Lower the flag; later wait() calls block again."""
        self._flag = False

    async def wait(self):
        """Return True once the flag is raised (at once when it already is)."""
        if self._flag:
            return True
        fut = self._new_waiter(self._sleepers)
        try:
            await fut
        finally:
            self._sleepers.remove(fut)
        return True


# --- Condition --------------------------------------------------------------------------------

class Condition(_AcquireOnEnter, _LoopBound):
    """A condition variable: tasks holding the underlying lock wait() until another task
    notifies them. Give `lock` to share an existing Lock; a new one is made otherwise."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self._sleepers = []
        # the lock's own methods serve as ours
        for name in ('locked', 'acquire', 'release'):
            setattr(self, name, getattr(self._lock, name))

    def __repr__(self):
        return _described(self, 'locked' if self.locked() else 'unlocked', self._sleepers)

    async def wait(self):
        """Release the lock, sleep until notified, take the lock back; return True.

        The lock is held again when this returns or raises, even on cancellation."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._new_waiter(self._sleepers)
            try:
                await fut
            finally:
                self._sleepers.remove(fut)
            return True
        finally:
            await self._take_back()

    async def _take_back(self):
        # Reacquire whatever happens; a cancellation arriving meanwhile is delayed and
        # raised once the lock is ours again.
        interrupted = False
        while True:
            try:
                await self.acquire()
            except exceptions.CancelledError:
                interrupted = True
                continue
            break
        if interrupted:
            raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its last value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to `n` of the waiting tasks (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._sleepers:
            if woken >= n:
                break
            if not fut.done():
                fut.set_result(False)
                woken += 1

    def notify_all(self):
        """Wake every waiting task (the lock must be held)."""
        self.notify(len(self._sleepers))


# --- Semaphore --------------------------------------------------------------------------------

class Semaphore(_AcquireOnEnter, _LoopBound):
    """A counter of free slots: acquire() takes one (waiting while none is free),
    release() gives one back. Waiters are served first come, first served."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._free = value
        self._sleepers = None   # created on first wait

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = f'unlocked, value:{self._free}'
        return _described(self, state, self._sleepers)

    def locked(self):
        """True when acquire() would have to wait."""
        if self._free == 0:
            return True
        for fut in self._sleepers or ():
            if not fut.cancelled():
                return True
        return False

    async def acquire(self):
        """Take a slot, waiting for one if needed; return True."""
        if not self.locked():
            self._free -= 1
            return True
        if self._sleepers is None:
            self._sleepers = []
        ticket = self._new_waiter(self._sleepers)
        try:
            try:
                await ticket
            finally:
                self._sleepers.remove(ticket)
        except exceptions.CancelledError:
            if ticket.done() and not ticket.cancelled():
                # a slot was reserved for us; give it back
                self._free += 1
            raise
        finally:
            # slots may be free while others queued behind us: wake as many as fit
            while self._free > 0 and self._wake_one():
                pass
        return True

    def release(self):
        """Return a slot and wake the longest waiter, if any."""
        self._free += 1
        self._wake_one()

    def _wake_one(self):
        # Reserve a slot for the first waiter still waiting; False when there is none.
        for fut in self._sleepers or ():
            if not fut.done():
                self._free -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to raise the count above its start value."""

    def __init__(self, value=1):
        self._ceiling = value
        super().__init__(value)

    def release(self):
        if self._free >= self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# --- Barrier ----------------------------------------------------------------------------------

_FILLING = 'filling'      # parties are arriving
_DRAINING = 'draining'    # the last party came: everyone is leaving
_RESETTING = 'resetting'  # reset() while parties waited: they leave with an error
_BROKEN = 'broken'        # abort(): every wait fails


class Barrier(_LoopBound):
    """Holds tasks in wait() until `parties` of them have arrived, then lets all of them
    go together. Each gets a distinct index in range(parties)."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._guard = Condition()
        self._phase = _FILLING
        self._inside = 0   # tasks between arriving and leaving

    def __repr__(self):
        state = self._phase
        if state != _BROKEN:
            state += f', waiters:{self.n_waiting}/{self._parties}'
        return _described(self, state, None)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the other parties; return this task's arrival index.

        BrokenBarrierError when the barrier is aborted or reset meanwhile."""
        guard = self._guard
        async with guard:
            # while the previous round is still leaving, newcomers wait
            await guard.wait_for(lambda: self._phase not in (_DRAINING, _RESETTING))
            if self._phase == _BROKEN:
                raise exceptions.BrokenBarrierError('Barrier aborted')
            my_index = self._inside
            self._inside += 1
            try:
                if my_index == self._parties - 1:
                    self._phase = _DRAINING
                    guard.notify_all()
                else:
                    await guard.wait_for(lambda: self._phase != _FILLING)
                    if self._phase in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                return my_index
            finally:
                self._inside -= 1
                if self._inside == 0 and self._phase in (_DRAINING, _RESETTING):
                    # the last one out opens the barrier for the next round
                    self._phase = _FILLING
                    guard.notify_all()

    async def reset(self):
        """Return to the empty state; tasks waiting now get BrokenBarrierError."""
        async with self._guard:
            if self._inside == 0:
                self._phase = _FILLING
            elif self._phase != _RESETTING:
                self._phase = _RESETTING
            self._guard.notify_all()

    async def abort(self):
        """Break the barrier: current and future wait() calls fail."""
        async with self._guard:
            self._phase = _BROKEN
            self._guard.notify_all()

    @property
    def parties(self):
        """How many tasks must arrive to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks wait in the current filling round."""
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        """True once abort() broke the barrier."""
        return self._phase == _BROKEN
