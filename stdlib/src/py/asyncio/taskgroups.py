"""asyncio.TaskGroup (written for pyrs): structured concurrency for tasks.

    async with asyncio.TaskGroup() as group:
        group.create_task(first())
        group.create_task(second())
    # here every task of the group is done

When a child fails, the group cancels the other children and the task running the
`async with` block; once everything has stopped, the failures are raised together in an
ExceptionGroup (SystemExit and KeyboardInterrupt are raised as they are).
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ('TaskGroup',)


def _is_fatal(exc):
    # errors that are re-raised bare rather than wrapped in an exception group
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager that owns the tasks made with its create_task() and
    does not let the block end before all of them are done."""

    def __init__(self):
        self._evloop = None
        self._owner = None            # the task running the `async with` block
        self._in_use = False          # __aenter__ has run
        self._closing = False         # __aexit__ has started
        self._stopping = False        # the children are being cancelled
        self._owner_poked = False     # we cancelled the owner task ourselves
        self._children = set()        # tasks not finished yet
        self._failures = []
        self._fatal = None            # first SystemExit / KeyboardInterrupt seen
        self._idle = None             # future the exiting owner sleeps on

    def __repr__(self):
        text = '<TaskGroup'
        if self._children:
            text += f' tasks={len(self._children)}'
        if self._failures:
            text += f' errors={len(self._failures)}'
        if self._stopping:
            text += ' cancelling'
        elif self._in_use:
            text += ' entered'
        return text + '>'

    async def __aenter__(self):
        if self._in_use:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._evloop = self._evloop or events.get_running_loop()
        owner = tasks.current_task(self._evloop)
        if owner is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._owner = owner
        self._in_use = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._closing = True
        body_error = exc if et is not None else None
        if body_error is not None and _is_fatal(body_error) and self._fatal is None:
            self._fatal = body_error

        # A cancellation of the owner to re-raise at the end, if any.
        reraise = body_error if et is exceptions.CancelledError else None
        if self._owner_poked and self._owner.uncancel() == 0:
            # The block was interrupted by our own request only (now taken back):
            # its CancelledError is not passed on.
            reraise = None
        if body_error is not None:
            self._stop_children()

        outside = await self._wait_for_children()
        if outside is not None:
            reraise = outside

        if self._fatal is not None:
            raise self._fatal
        collected = self._failures
        if body_error is not None and et is not exceptions.CancelledError:
            collected.append(body_error)
        if collected:
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', collected) from None
            finally:
                self._failures = collected = None
        if reraise is not None:
            raise reraise
        return None

    async def _wait_for_children(self):
        # Sleep until no child is left. Returns the CancelledError of an outside
        # cancellation of the owner that came meanwhile (it also stops the children).
        outside = None
        while self._children:
            self._idle = self._evloop.create_future()
            try:
                await self._idle
            except exceptions.CancelledError as cancel:
                if not self._stopping:
                    outside = cancel
                    self._stop_children()
            finally:
                self._idle = None
        return outside

    def create_task(self, coro, *, name=None, context=None):
        """Start `coro` as a task belonging to the group and return the task."""
        if not self._in_use:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._closing and not self._children:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._stopping:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        extra = {} if context is None else {'context': context}
        child = self._evloop.create_task(coro, **extra)
        tasks._set_task_name(child, name)
        if child.done():
            # an eager task may have run to its end already
            self._child_done(child)
        else:
            self._children.add(child)
            child.add_done_callback(self._child_done)
        return child

    def _stop_children(self):
        if self._stopping:
            return
        self._stopping = True
        for child in self._children:
            if not child.done():
                child.cancel()

    def _child_done(self, child):
        self._children.discard(child)
        idle = self._idle
        if idle is not None and not idle.done() and not self._children:
            idle.set_result(True)

        error = None if child.cancelled() else child.exception()
        if error is None:
            return
        self._failures.append(error)
        if _is_fatal(error) and self._fatal is None:
            self._fatal = error

        owner = self._owner
        if owner.done():
            # nobody left to raise it to: report it to the loop
            self._evloop.call_exception_handler({
                'message': f'Task {child!r} has errored out but its parent '
                           f'task {owner} is already completed',
                'exception': error,
                'task': child,
            })
        elif not self._stopping and not self._owner_poked:
            # First failure: stop the siblings, and interrupt the owner's block so
            # that it reaches __aexit__ (which takes this cancellation back).
            self._stop_children()
            self._owner_poked = True
            owner.cancel()
