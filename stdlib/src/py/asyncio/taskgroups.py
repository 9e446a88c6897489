"""asyncio.TaskGroup (written for pyrs from the documented behaviour of 3.12).

A group owns the child tasks started inside its `async with` block and waits
for all of them when the block ends.  The first child failure stops the other
children and interrupts the owning task; the failures then leave the block
together as one (Base)ExceptionGroup.
"""

from . import events
from . import exceptions
from . import futures
from . import tasks

__all__ = ('TaskGroup',)

_FINISHED = futures._FINISHED
_GROUP_MESSAGE = 'unhandled errors in a TaskGroup'
_FATAL = (KeyboardInterrupt, SystemExit)


class _GroupState:
    """Everything a TaskGroup knows about itself (see DESIGN.txt)."""

    __slots__ = ('stage', 'halted', 'owner', 'loop', 'children', 'failures',
                 'fatal', 'poked', 'interrupt', 'drained')

    def __init__(self):
        self.stage = 'idle'         # idle -> body -> joining -> closed
        self.halted = False
        self.owner = None
        self.loop = None
        self.children = set()
        self.failures = []
        self.fatal = None
        self.poked = False
        self.interrupt = None
        self.drained = None

    def words(self):
        shown = []
        if self.children:
            shown.append(f'tasks={len(self.children)}')
        if self.failures:
            shown.append(f'errors={len(self.failures)}')
        if self.halted:
            shown.append('cancelling')
        elif self.stage != 'idle':
            shown.append('entered')
        return shown

    def refusal(self):
        if self.stage == 'idle':
            return 'has not been entered'
        if self.stage == 'closed' or (self.stage == 'joining' and not self.children):
            return 'is finished'
        return 'is shutting down' if self.halted else None

    def stop_children(self):
        self.halted = True
        for child in list(self.children):
            if not child.done():
                child.cancel()

    def watch(self, child, on_end):
        """Follow a new child; one already over (an eager task) is settled now."""
        if child.done():
            on_end(child)
            return
        self.children.add(child)
        child.add_done_callback(on_end)

    def release(self, child):
        """Drop a finished child; the last one wakes a waiting __aexit__."""
        self.children.discard(child)
        waiting = self.drained
        if waiting is not None and not waiting.done() and not self.children:
            waiting.set_result(None)

    def record(self, failure):
        """Keep a child's failure; True when it is the one that stops the group."""
        self.failures.append(failure)
        self.note_fatal(failure)
        return not self.halted

    def note_fatal(self, error):
        if self.fatal is None and isinstance(error, _FATAL):
            self.fatal = error

    def outcome(self, body_cancel):
        """The exception __aexit__ ends with, or None; the first rule that
        applies wins."""
        if self.fatal is not None:
            return self.fatal
        if self.failures:
            group = BaseExceptionGroup(_GROUP_MESSAGE, self.failures)
            self.failures = []
            return group
        return body_cancel or self.interrupt


class TaskGroup:
    """Run child tasks inside an `async with` block and wait for all of them
    when it ends; any failure stops the rest and is re-raised in an
    exception group."""

    def __init__(self):
        self._st = _GroupState()

    def __repr__(self):
        return '<TaskGroup' + ''.join(' ' + word for word in self._st.words()) + '>'

    async def __aenter__(self):
        st = self._st
        if st.stage != 'idle':
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        owner = tasks.current_task()
        if owner is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        st.owner = owner
        st.loop = events.get_running_loop()
        st.stage = 'body'
        return self

    def create_task(self, coro, *, name=None, context=None):
        """Start `coro` as a child task of this group and return the task."""
        st = self._st
        if st.stage != 'body' or st.halted:
            why = st.refusal()
            if why is not None:
                raise RuntimeError(f'TaskGroup {self!r} {why}')
        if context is None:
            child = st.loop.create_task(coro)
        else:
            child = st.loop.create_task(coro, context=context)
        if name is not None:
            tasks._set_task_name(child, name)
        if (type(child) is tasks.Task and child._state is _FINISHED
                and child._exception is None):
            # an eager child that returned at once: _settled() would only release it
            st.release(child)
        else:
            st.watch(child, self._settled)
        return child

    def _settled(self, child):
        # A child is over: forget it, and let its failure (not a cancellation) stop
        # the group.
        st = self._st
        st.release(child)
        if (type(child) is tasks.Task and child._state is _FINISHED
                and child._exception is None):
            return          # it returned: nothing more to look at
        failure = None if child.cancelled() else child.exception()
        if failure is not None and st.record(failure):
            st.stop_children()
            st.owner.cancel()
            st.poked = True

    async def _wait_children(self):
        st = self._st
        st.drained = st.loop.create_future()
        while not st.drained.done():
            try:
                await tasks.shield(st.drained)
            except exceptions.CancelledError as stop:
                if st.interrupt is None:
                    st.interrupt = stop
                if not st.halted:
                    st.stop_children()

    async def __aexit__(self, et, exc, tb):
        st = self._st
        st.stage = 'joining'
        if st.poked:
            st.owner.uncancel()
        body_cancel = body_error = None
        if exc is not None:
            if isinstance(exc, exceptions.CancelledError):
                body_cancel = exc
            elif isinstance(exc, _FATAL):
                st.note_fatal(exc)
            else:
                body_error = exc
            if not st.halted:
                st.stop_children()
        if st.children:
            await self._wait_children()
        st.stage = 'closed'
        if body_error is not None:
            st.failures.append(body_error)
        verdict = st.outcome(body_cancel)
        if verdict is None:
            return None
        if isinstance(verdict, BaseExceptionGroup):
            raise verdict from None
        raise verdict
