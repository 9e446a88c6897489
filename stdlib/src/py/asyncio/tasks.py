"""asyncio tasks for pyrs (written for pyrs, after CPython 3.12's documented behaviour).

A Task is a Future that runs a coroutine. Each "step" sends a value into (or throws an
exception into) the coroutine until it yields the next future it waits for; the task
then parks on that future and takes the next step from its done callback. The module
also holds the helpers built on tasks (sleep, gather, wait, wait_for, as_completed,
shield, ensure_future, to_thread), the eager task factory of 3.12, and the coroutine
tests that CPython keeps in asyncio.coroutines (asyncio.coroutines is this module).

Bookkeeping: which task runs now on each loop (`_running_task_of`) and the unfinished
tasks (`_live_tasks`, plus `_eager_now` for those in their first eager step).
"""

import collections
import collections.abc
import contextvars
import functools
import inspect
import itertools
import sys
import types
import warnings

from . import events
from . import exceptions
from . import futures

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
           'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks',
           'create_eager_task_factory', 'eager_task_factory', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task', 'iscoroutine',
           'iscoroutinefunction', 'to_thread')

# return_when values of wait() (the same strings as concurrent.futures uses)
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

_PENDING = futures._PENDING
_CANCELLED = futures._CANCELLED
_FINISHED = futures._FINISHED
_CoroutineType = types.CoroutineType


def _loop_or_running(loop):
    return events.get_running_loop() if loop is None else loop


# --- coroutine tests (CPython's asyncio.coroutines) -------------------------------------------

# marker a function may carry as its `_is_coroutine` attribute to count as async
_is_coroutine = type('_CoroutineMarker', (), {'__slots__': ()})()


def iscoroutine(obj):
    """True for coroutine objects (anything registered as collections.abc.Coroutine)."""
    return type(obj) is types.CoroutineType or isinstance(obj, collections.abc.Coroutine)


def iscoroutinefunction(func):
    """True for `async def` functions (and functions carrying the coroutine marker)."""
    marked = getattr(func, '_is_coroutine', None) is _is_coroutine
    return marked or inspect.iscoroutinefunction(func)


# --- task bookkeeping ----------------------------------------------------------------------------

_live_tasks = set()       # tasks created and not finished yet
_eager_now = set()      # tasks inside their eager first step
_running_task_of = {}       # loop -> the task whose step is running on it
_next_task_number = itertools.count(1).__next__


def _register_task(task):
    """Make `task` known to all_tasks()."""
    _live_tasks.add(task)


def _unregister_task(task):
    """Forget `task` (all_tasks() no longer lists it)."""
    _live_tasks.discard(task)


def _enter_task(loop, task):
    """Record `task` as the one running on `loop`."""
    busy = _running_task_of.setdefault(loop, task)
    if busy is not task:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task '
                           f'{busy!r} is being executed.')


def _leave_task(loop, task):
    """Undo _enter_task(loop, task)."""
    busy = _running_task_of.get(loop)
    if busy is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task '
                           f'{busy!r}.')
    _running_task_of.pop(loop)


def _swap_current_task(loop, task):
    # Make `task` (None: no task) the current one of `loop`; return the previous one.
    previous = _running_task_of.pop(loop, None)
    if task is not None:
        _running_task_of[loop] = task
    return previous


def current_task(loop=None):
    """The task running on `loop` (default: the running loop), or None."""
    return _running_task_of.get(_loop_or_running(loop))


def all_tasks(loop=None):
    """The set of unfinished tasks of `loop` (default: the running loop)."""
    wanted = _loop_or_running(loop)
    candidates = list(_live_tasks) + list(_eager_now)
    return {each for each in candidates
            if not each.done() and futures._get_loop(each) is wanted}


def _set_task_name(task, name):
    # Name a task made by a task factory (which may not know the name argument).
    if name is None:
        return
    setter = getattr(task, 'set_name', None)
    if setter is not None:
        setter(name)
        return
    warnings.warn('Task.set_name() was added in Python 3.8, the method support will '
                  'be mandatory for third-party task implementations since 3.13.',
                  DeprecationWarning, stacklevel=3)


def _trimmed(error):
    # Drop the first traceback entry (the task's own frame that called send/throw),
    # so that stored tracebacks start in the coroutine as CPython's do.
    tb = error.__traceback__
    if tb is not None:
        try:
            error.__traceback__ = tb.tb_next
        except Exception:
            pass
    return error


def _complaint(task, yielded):
    # Why `yielded` (not None) cannot be waited on by `task`; None when it can.
    marker = getattr(yielded, '_asyncio_future_blocking', None)
    if marker is None:
        if inspect.isgenerator(yielded):
            return (f'yield was used instead of yield from for generator in task '
                    f'{task!r} with {yielded!r}')
        return f'Task got bad yield: {yielded!r}'
    if futures._get_loop(yielded) is not task._loop:
        return f'Task {task!r} got Future {yielded!r} attached to a different loop'
    if not marker:
        return f'yield was used instead of yield from in task {task!r} with {yielded!r}'
    if yielded is task:
        return f'Task cannot await on itself: {task!r}'
    return None


# --- Task ------------------------------------------------------------------------------------------

class Task(futures.Future):
    """A Future that runs a coroutine on the event loop, one step per wake-up."""

    _log_destroy_pending = True

    # Class-level defaults, as in Future: an instance only stores what differs.
    _fut_waiter = None          # the future the coroutine is parked on
    _cancel_requests = 0        # cancel() calls not taken back by uncancel()
    _cancel_later = False       # a cancel() waits for the next step

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        if loop is not None and type(self) is Task and not loop.get_debug():
            # (Future.__init__ written out, for the plain class outside debug mode)
            self._loop = loop
            self._state = _PENDING
            self._callbacks = []
        else:
            super().__init__(loop=loop)
            if self._source_traceback:
                self._source_traceback.pop()      # our own frame: start at the creator
            loop = self._loop
        if type(coro) is not _CoroutineType and not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        # A default name is kept as its number and spelled 'Task-N' when first asked for.
        self._task_name = _next_task_number() if name is None else str(name)
        self._coro = coro
        if context is None:
            context = contextvars.copy_context()
        self._step_context = context
        if eager_start and loop.is_running():
            # Run the first step right now, inside the creator's call, with this task
            # as the current one; an unfinished task then goes on like any other.
            creator = _running_task_of.pop(loop, None)    # the task calling create_task()
            _running_task_of[loop] = self
            _eager_now.add(self)
            try:
                context.run(self._drive)
            finally:
                _eager_now.discard(self)
                # (_swap_current_task(loop, creator) written out)
                if creator is None:
                    _running_task_of.pop(loop, None)
                else:
                    _running_task_of[loop] = creator
            if self._state is _PENDING:
                _live_tasks.add(self)
            else:
                self._coro = None
            return
        loop.call_soon(self._resume, context=context)
        _live_tasks.add(self)

    # --- description ---------------------------------------------------------------------

    def _describe(self):
        words = super()._describe()
        if self._cancel_requests and not self.done():
            words[0] = 'cancelling'
        detail = ['name=' + repr(self.get_name())]
        if self._coro is not None:
            detail.append('coro=<%s>' % events._format_coroutine(self._coro))
        if self._fut_waiter is not None:
            detail.append('wait_for=' + repr(self._fut_waiter))
        return words[:1] + detail + words[1:]

    # --- accessors -----------------------------------------------------------------------

    def get_coro(self):
        """The coroutine this task runs (None once an eager task finished at once)."""
        return self._coro

    def get_context(self):
        """The contextvars.Context the coroutine's steps run in."""
        return self._step_context

    def get_name(self):
        """The task's name (Task-N unless one was given)."""
        name = self._task_name
        if type(name) is int:
            name = self._task_name = f'Task-{name}'
        return name

    def set_name(self, value, /):
        """Rename the task (the value is converted with str())."""
        self._task_name = f'{value}'

    def set_result(self, result, /):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception, /):
        raise RuntimeError('Task does not support set_exception operation')

    # --- cancellation --------------------------------------------------------------------

    def cancel(self, /, msg=None):
        """Ask the task to stop: the coroutine gets CancelledError at its next step
        (it may catch it). False only when the task is already done."""
        self._unseen_error = False
        if self.done():
            return False
        self._cancel_requests += 1
        parked_on = self._fut_waiter
        if parked_on is None or not parked_on.cancel(msg=msg):
            # nothing to forward to: deliver it when the task next runs
            self._cancel_later = True
            self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellation requests are pending (cancel() minus uncancel())."""
        return self._cancel_requests

    def uncancel(self):
        """Take back one cancellation request; return how many are left."""
        self._cancel_requests = max(0, self._cancel_requests - 1)
        return self._cancel_requests

    # --- stack inspection ------------------------------------------------------------------

    def get_stack(self, *, limit=None):
        """Frames of the suspended coroutine (oldest first; the newest `limit` of
        them), or of the traceback of the exception it ended with (the oldest)."""
        budget = float('inf') if limit is None else limit
        frames = []
        top = None
        for attr in ('cr_frame', 'gi_frame', 'ag_frame'):
            top = getattr(self._coro, attr, None)
            if top is not None:
                break
        if top is not None:
            while top is not None and len(frames) < budget:
                frames.insert(0, top)
                top = top.f_back
            return frames
        if self._exception is not None:
            entry = self._exception.__traceback__
            while entry is not None and len(frames) < budget:
                frames.append(entry.tb_frame)
                entry = entry.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack() like a traceback (to stderr by default)."""
        import linecache
        import traceback
        out = sys.stderr if file is None else file
        lines = []
        for frame in self.get_stack(limit=limit):
            code, lineno = frame.f_code, frame.f_lineno
            linecache.checkcache(code.co_filename)
            lines.append(f'  File "{code.co_filename}", line {lineno}, in {code.co_name}\n')
            source = linecache.getline(code.co_filename, lineno, frame.f_globals).strip()
            if source:
                lines.append(f'    {source}\n')
        failure = self._exception
        if not lines:
            out.write(f'No stack for {self!r}\n')
        else:
            kind = 'Stack' if failure is None else 'Traceback'
            out.write(f'{kind} for {self!r} (most recent call last):\n')
            out.write(''.join(lines))
        if failure is not None:
            out.write(''.join(traceback.format_exception_only(type(failure), failure)))

    # --- running the coroutine ------------------------------------------------------------

    def _resume(self, exc=None):
        # One step, run by the loop in the task's context. (Like CPython's C tasks, the
        # state and the current-task record are handled here directly, without going
        # through done() or _enter_task()/_leave_task().)
        if self._state is not _PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._cancel_later:
            # a cancel() is owed: deliver it now unless a CancelledError already comes
            self._cancel_later = False
            owed = isinstance(exc, exceptions.CancelledError)
            exc = exc if owed else self._make_cancelled_error()
        loop = self._loop
        if self._fut_waiter is not None:
            self._fut_waiter = None
        busy = _running_task_of.setdefault(loop, self)
        if busy is not self:
            raise RuntimeError(f'Cannot enter into task {self!r} while another task '
                               f'{busy!r} is being executed.')
        try:
            self._drive(exc)
        finally:
            if _running_task_of.get(loop) is not self:
                _leave_task(loop, self)     # (raises the mismatch error)
            del _running_task_of[loop]

    def _drive(self, exc=None):
        # Send into (or throw into) the coroutine and act on what comes out.
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as outcome:
            if self._cancel_later:
                self._conclude(outcome)
                return
            # (the usual ending of _conclude() written out)
            _live_tasks.discard(self)
            self._result = outcome.value
            if self._callbacks:
                self._enter_state(_FINISHED)
            else:
                self._state = _FINISHED
            return
        except BaseException as outcome:
            self._conclude(outcome)
            return
        if yielded is None:
            # a bare yield (asyncio.sleep(0)): take another step on the next turn
            self._loop.call_soon(self._resume, context=self._step_context)
            return
        if (type(yielded) in _PLAIN_FUTURES and yielded._asyncio_future_blocking
                and yielded._loop is self._loop and yielded is not self):
            # One of our own future classes, used properly: park on it directly.
            yielded._asyncio_future_blocking = False
            if yielded._state is _PENDING:
                yielded._callbacks.append((self.task_wakeup, self._step_context))
            else:
                yielded.add_done_callback(self.task_wakeup, context=self._step_context)
        else:
            problem = _complaint(self, yielded)
            if problem is not None:
                self._loop.call_soon(self._resume, RuntimeError(problem),
                                     context=self._step_context)
                return
            # Park on the future until its done callback wakes us.
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self.task_wakeup, context=self._step_context)
        self._fut_waiter = yielded
        if self._cancel_later and yielded.cancel(msg=self._cancel_message):
            self._cancel_later = False

    def _conclude(self, outcome):
        # The coroutine ended: `outcome` is the StopIteration or exception it raised.
        _live_tasks.discard(self)
        if isinstance(outcome, StopIteration):
            if not self._cancel_later:
                self._result = outcome.value
                self._enter_state(_FINISHED)
                return
            # cancel() was called during this last step: the task ends cancelled
            self._cancel_later = False
            futures.Future.cancel(self, msg=self._cancel_message)
        elif isinstance(outcome, exceptions.CancelledError):
            self._cancelled_exc = _trimmed(outcome)
            futures.Future.cancel(self)
        else:
            self._settle_exception(_trimmed(outcome))
            if isinstance(outcome, (KeyboardInterrupt, SystemExit)):
                raise outcome

    def task_wakeup(self, fut):
        # Done callback of the awaited future: take the next step with its outcome.
        failure = None
        if type(fut) in _PLAIN_FUTURES:
            # one of our own classes: read the outcome directly, so that no frames of
            # ours join its traceback
            state = fut._state
            if state is _CANCELLED:
                failure = fut._make_cancelled_error()
            elif fut._exception is not None:
                fut._unseen_error = False
                failure = fut._exception.with_traceback(fut._exception_tb)
        elif type(fut).result is not futures.Future.result:
            # a foreign future, or one with its own result(): ask it
            try:
                fut.result()
            except BaseException as exc:
                failure = exc
        elif fut.cancelled():
            failure = fut._make_cancelled_error()
        else:
            # read the outcome directly, so no frames of ours join its traceback
            fut._unseen_error = False
            if fut._exception is not None:
                failure = fut._exception.with_traceback(fut._exception_tb)
        self._resume(failure)


def create_task(coro, *, name=None, context=None):
    """Schedule `coro` as a Task on the running loop and return the task."""
    loop = events.get_running_loop()
    if context is None:
        made = loop.create_task(coro)
    else:
        made = loop.create_task(coro, context=context)
    if name is not None:
        _set_task_name(made, name)
    return made


def create_eager_task_factory(custom_task_constructor):
    """A task factory (for loop.set_task_factory) making tasks whose first step runs
    at once, inside create_task()."""

    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)

    return factory


eager_task_factory = create_eager_task_factory(Task)


# --- sleeping ----------------------------------------------------------------------------------------

@types.coroutine
def _one_turn():
    """Awaitable that hands the loop one turn: the task sees a bare yield and simply
    schedules its next step. (A generator-based coroutine: cheaper to make and to
    await than an object with __await__.)"""
    yield


async def sleep(delay, result=None):
    """Suspend the current task for `delay` seconds (just one loop turn when delay <= 0)
    and return `result`."""
    if delay <= 0:
        await _one_turn()
        return result
    loop = events.get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, _wake, alarm)
    try:
        await alarm
    finally:
        timer.cancel()
    return result


# --- ensure_future / gather / shield ------------------------------------------------------------------

async def _drive_awaitable(awaitable):
    # gives a task something to run for an awaitable that is not a coroutine
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: a future is returned as it is (it must belong to
    `loop` when one is given); a coroutine or other awaitable is wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and futures._get_loop(coro_or_future) is not loop:
            raise ValueError('The future belongs to a different loop than the one '
                             'specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        coro = coro_or_future
    elif inspect.isawaitable(coro_or_future):
        coro = _drive_awaitable(coro_or_future)
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    home = events.get_event_loop() if loop is None else loop
    try:
        return home.create_task(coro)
    except BaseException:
        coro.close()        # it will never run: don't leave it un-awaited
        raise


def _as_listed(child):
    # What gather(return_exceptions=True) lists for one finished child.
    if type(child) in _PLAIN_FUTURES and child._state is _FINISHED:
        if child._exception is None:
            return child._result        # (nothing to mark as seen)
    if child.cancelled():
        note = child._cancel_message
        return exceptions.CancelledError('' if note is None else note)
    failure = child.exception()
    return child.result() if failure is None else failure


class _GatheringFuture(futures.Future):
    """The future gather() returns. It is the done callback of each of its children
    and settles once their outcomes decide it."""

    _cancel_reached = False         # cancel() reached a child

    def __init__(self, parts, distinct, keep_errors, loop):
        if type(self) is _GatheringFuture and not loop.get_debug():
            # (Future.__init__ written out, outside debug mode)
            self._loop = loop
            self._state = _PENDING
            self._callbacks = []
        else:
            super().__init__(loop=loop)
        self._parts = parts                   # children in argument order
        self._keep_errors = keep_errors       # return_exceptions
        self._left = len(distinct)            # children not reported finished yet
        settled = self._child_settled
        context = None
        for child in distinct:
            if type(child) in _PLAIN_FUTURES:
                state = child._state
                if state is _PENDING:
                    # Our own future classes run the callback without looking at the
                    # context, so one copy serves all of them.
                    if context is None:
                        context = contextvars.copy_context()
                    child._callbacks.append((settled, context))
                elif (state is _FINISHED and child._exception is None
                        and self._state is _PENDING):
                    # e.g. an eager task that returned at once: _child_settled()
                    # would only count it
                    self._left -= 1
                    if not self._left:
                        self._settle_from_children()
                else:
                    self._child_settled(child)
            elif child.done():
                self._child_settled(child)      # e.g. an eager task: no loop turn
            else:
                child.add_done_callback(settled)

    def cancel(self, msg=None):
        """Cancel the children; True if at least one of them could be cancelled."""
        if self.done():
            return False
        reached = [child.cancel(msg=msg) for child in self._parts]
        if any(reached):
            self._cancel_reached = True
            return True
        return False

    def _child_settled(self, child):
        self._left -= 1
        if self._state is not _PENDING:
            # the gather already has its outcome; a late error is not left unseen
            if not child.cancelled():
                child.exception()
            return
        if type(child) in _PLAIN_FUTURES and child._state is _FINISHED:
            # one of our own classes with a result: nothing to look at but the count
            if child._exception is None:
                if not self._left:
                    self._settle_from_children()
                return
        if not self._keep_errors:
            if child.cancelled():
                self.set_exception(child._make_cancelled_error())
                return
            failure = child.exception()
            if failure is not None:
                self.set_exception(failure)
                return
        if not self._left:
            self._settle_from_children()

    def _settle_from_children(self):
        listed = []
        for child in self._parts:
            if (type(child) in _PLAIN_FUTURES and child._state is _FINISHED
                    and child._exception is None):
                listed.append(child._result)      # (what _as_listed() gives for it)
            else:
                listed.append(_as_listed(child))
        if self._cancel_reached:
            # a cancelled gather ends in CancelledError, whatever return_exceptions says
            self.set_exception(self._parts[-1]._make_cancelled_error())
        else:
            self.set_result(listed)


_PLAIN_FUTURES = frozenset((futures.Future, Task, _GatheringFuture))


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; a future of the list of their results, in
    argument order. The first error is passed on unless `return_exceptions`, which
    lists errors among the results instead."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty
    loop = None
    known = {}           # id(argument) -> its future, so repeats share one child
    parts = []
    distinct = []
    for item in coros_or_futures:
        key = id(item)
        child = known.get(key)
        if child is None:
            if type(item) is _CoroutineType:
                # (what ensure_future() does for a coroutine)
                home = events.get_event_loop() if loop is None else loop
                try:
                    child = home.create_task(item)
                except BaseException:
                    item.close()
                    raise
            else:
                child = ensure_future(item, loop=loop)
            if child is not item:
                child._log_destroy_pending = False
            if loop is None:
                loop = futures._get_loop(child)
            known[key] = child
            distinct.append(child)
        parts.append(child)
    return _GatheringFuture(parts, distinct, return_exceptions, loop)


def _copy_outcome(source, target):
    # Give `target` the outcome (result, exception or cancellation) of `source`.
    if source.cancelled():
        target.cancel()
        return
    failure = source.exception()
    if failure is None:
        target.set_result(source.result())
    else:
        target.set_exception(failure)


class _ShieldLink:
    """The done callback of both sides of a shield(). The inner future's outcome is
    copied to the outer one; an outer future finishing first (it was cancelled) lets
    go of the inner one, which carries on unobserved."""

    __slots__ = ('inner', 'outer')

    def __init__(self, inner, outer):
        self.inner, self.outer = inner, outer

    def __call__(self, finished):
        inner, outer = self.inner, self.outer
        if finished is outer:
            if not inner.done():
                inner.remove_done_callback(self)
        elif not outer.cancelled():
            _copy_outcome(inner, outer)
        elif not inner.cancelled():
            inner.exception()       # nobody is left to receive it


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the returned future leaves
    the inner task running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()
    link = _ShieldLink(inner, outer)
    inner.add_done_callback(link)
    outer.add_done_callback(link)
    return outer


# --- wait / wait_for / as_completed ------------------------------------------------------------------

def _wake(waiter, *ignored):
    if not waiter.done():
        waiter.set_result(None)


def _reject_single(fs, what):
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect {what} of futures, not {type(fs).__name__}')


class _WaitRound:
    """Done callback of the futures of one wait() call: counts them in and wakes the
    caller once `return_when` is satisfied."""

    def __init__(self, count, return_when, waiter):
        self._left = count
        self._rule = return_when
        self._waiter = waiter

    def _enough(self, fut):
        if self._left == 0 or self._rule == FIRST_COMPLETED:
            return True
        if self._rule == FIRST_EXCEPTION and not fut.cancelled():
            return fut.exception() is not None
        return False

    def __call__(self, fut):
        self._left -= 1
        if self._enough(fut):
            _wake(self._waiter)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks of the iterable `fs` until `return_when`
    (FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED) holds or `timeout` seconds
    pass; return the sets (done, pending). Nothing is cancelled."""
    _reject_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    watched = set(fs)
    if any(iscoroutine(each) for each in watched):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _wake, waiter)
    counter = _WaitRound(len(watched), return_when, waiter)
    for each in watched:
        each.add_done_callback(counter)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for each in watched:
            each.remove_done_callback(counter)
    done = {each for each in watched if each.done()}
    return done, watched - done


async def wait_for(fut, timeout):
    """Await `fut` with a time limit; TimeoutError (after cancelling it) when the
    limit passes. timeout=None means no limit; a limit <= 0 cancels at once anything
    not already done."""
    if timeout is None or not timeout <= 0:
        from .timeouts import timeout as time_limit
        async with time_limit(timeout):
            return await fut
    job = ensure_future(fut)
    if job.done():
        return job.result()
    job.cancel()
    await wait([job])
    try:
        return job.result()
    except exceptions.CancelledError as exc:
        raise TimeoutError from exc


class _FinishLine:
    """The futures of one as_completed() call in the order they finish, and the
    coroutines it handed out that wait for the next one."""

    def __init__(self, loop, pending):
        self._loop = loop
        self._pending = pending                  # futures not finished yet
        self._finished = collections.deque()
        self._parked = collections.deque()       # waiters of coroutines asking early
        self._expired = False
        self.timer = None

    def _wake_next(self):
        while self._parked:
            turn = self._parked.popleft()
            if not turn.done():
                turn.set_result(None)
                return

    def arrive(self, fut):
        if self._expired:
            return
        self._pending.discard(fut)
        self._finished.append(fut)
        self._wake_next()
        if not self._pending and self.timer is not None:
            self.timer.cancel()

    def expire(self):
        # time is up: the remaining coroutines raise TimeoutError
        self._expired = True
        for fut in self._pending:
            fut.remove_done_callback(self.arrive)
        self._pending.clear()
        while self._parked:
            _wake(self._parked.popleft())

    async def next_result(self):
        while not self._finished and not self._expired:
            turn = self._loop.create_future()
            self._parked.append(turn)
            try:
                await turn
            except BaseException:
                if turn in self._parked:
                    self._parked.remove(turn)
                elif self._finished:
                    self._wake_next()       # we were woken for nothing: pass it on
                raise
        if not self._finished:
            raise TimeoutError
        return self._finished.popleft().result()


def as_completed(fs, *, timeout=None):
    """Iterate over coroutines that give the results of the awaitables in `fs` in the
    order they finish; after `timeout` seconds the remaining ones raise TimeoutError."""
    _reject_single(fs, 'an iterable')
    loop = events.get_event_loop()
    pending = {ensure_future(each, loop=loop) for each in set(fs)}
    line = _FinishLine(loop, set(pending))
    for each in pending:
        each.add_done_callback(line.arrive)
    if pending and timeout is not None:
        line.timer = loop.call_later(timeout, line.expire)
    for _ in range(len(pending)):
        yield line.next_result()


# --- threads ---------------------------------------------------------------------------------------------

def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to a loop running in another thread. pyrs on WASI has a
    single thread, so there is never another thread's loop to submit to."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    coro.close()
    raise RuntimeError('run_coroutine_threadsafe() needs threads, which pyrs on WASI '
                       'does not have')


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) through the loop's default executor, in a copy of the
    current context (pyrs has no threads: the executor runs it in place)."""
    snapshot = contextvars.copy_context()
    job = functools.partial(snapshot.run, func, *args, **kwargs)
    return await events.get_running_loop().run_in_executor(None, job)
