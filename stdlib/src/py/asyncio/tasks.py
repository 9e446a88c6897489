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

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        origin = self._source_traceback
        if origin:
            # drop this __init__ and the frame that called it, which is what
            # CPython's debug mode shows ("created at" the caller's caller)
            del origin[-2:]
        if not iscoroutine(coro):
            self._log_destroy_pending = False   # nothing to warn about later
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        # only unnamed tasks use up a number of the Task-N sequence
        self._task_name = f'Task-{_next_task_number()}' if name is None else str(name)
        self._coro, self._fut_waiter = coro, None   # _fut_waiter: what we are parked on
        self._step_context = context if context is not None else contextvars.copy_context()
        self._cancel_later = False       # cancel() came while nothing was awaited
        self._cancel_requests = 0        # cancel() calls not taken back by uncancel()
        if not eager_start or not self._loop.is_running():
            self._loop.call_soon(self._resume, context=self._step_context)
            _register_task(self)
        else:
            self._start_eagerly()

    # --- description ---------------------------------------------------------------------

    def _describe(self):
        words = super()._describe()
        if self._cancel_requests and not self.done():
            words[0] = 'cancelling'
        detail = ['name=' + repr(self._task_name)]
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
        return self._task_name

    def set_name(self, value, /):
        """Rename the task (the value is converted with str())."""
        self._task_name = f'{value}'

    def set_result(self, result, /):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception, /):
        raise RuntimeError('Task does not support set_exception operation')

    # --- cancellation --------------------------------------------------------------------

    def cancel(self, msg=None):
        """Ask the task to stop: a CancelledError is thrown into the coroutine at its
        next step. Returns False when the task is already done."""
        if self.done():
            self._unseen_error = False     # counts as having looked at the outcome
            return False
        self._cancel_requests += 1
        waiter = self._fut_waiter
        delivered = waiter is not None and waiter.cancel(msg=msg)
        if not delivered:
            # nothing to interrupt right now: the next step throws it in
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

    def _start_eagerly(self):
        # Run the first step right now, inside the creator's call, with this task as
        # the current one; an unfinished task then goes on like any other.
        loop = self._loop
        creator = _swap_current_task(loop, self)   # the task calling create_task()
        _eager_now.add(self)
        try:
            self._step_context.run(self._drive, None)
        finally:
            _eager_now.discard(self)
            _swap_current_task(loop, creator)
        if self.done():
            self._coro = None
        else:
            _register_task(self)

    def _resume(self, exc=None):
        # One step, run by the loop in the task's context.
        if self.done():
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._cancel_later:
            # a cancel() is owed: deliver it now unless a CancelledError already comes
            self._cancel_later = False
            owed = isinstance(exc, exceptions.CancelledError)
            exc = exc if owed else self._make_cancelled_error()
        loop = self._loop
        self._fut_waiter = None
        _enter_task(loop, self)
        try:
            self._drive(exc)
        finally:
            _leave_task(loop, self)

    def _drive(self, exc):
        # Send into (or throw into) the coroutine and act on what comes out.
        try:
            if exc is not None:
                yielded = self._coro.throw(exc)
            else:
                yielded = self._coro.send(None)
        except BaseException as outcome:
            self._conclude(outcome)
            return
        if yielded is None:
            # a bare yield (asyncio.sleep(0)): take another step on the next turn
            self._loop.call_soon(self._resume, context=self._step_context)
            return
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
        _unregister_task(self)
        if isinstance(outcome, StopIteration):
            if not self._cancel_later:
                self._settle_result(outcome.value)
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
        if type(fut).result is not futures.Future.result:
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
    extra = {} if context is None else {'context': context}
    made = events.get_running_loop().create_task(coro, **extra)
    _set_task_name(made, name)
    return made


def create_eager_task_factory(custom_task_constructor):
    """A task factory (for loop.set_task_factory) making tasks whose first step runs
    at once, inside create_task()."""

    def factory(loop, coro, *, name=None, context=None):
        options = dict(loop=loop, name=name, context=context, eager_start=True)
        return custom_task_constructor(coro, **options)

    return factory


eager_task_factory = create_eager_task_factory(Task)


# --- sleeping ----------------------------------------------------------------------------------------

@types.coroutine
def _yield_once():
    # A bare yield: the task takes its next step on the next loop turn.
    yield


def _finish_nap(alarm, value):
    if not alarm.done():
        alarm.set_result(value)


async def sleep(delay, result=None):
    """Suspend the calling task for `delay` seconds, then return `result`."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, _finish_nap, alarm, result)
    try:
        await alarm
    finally:
        timer.cancel()
    return alarm.result()


# --- ensure_future / gather / shield ------------------------------------------------------------------

def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: futures are returned as they are, coroutines and
    other awaitables are wrapped in a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is None or loop is futures._get_loop(obj):
            return obj
        raise ValueError('The future belongs to a different loop than the one '
                         'specified as the loop argument')
    if iscoroutine(obj):
        coro, close_on_error = obj, True
    elif inspect.isawaitable(obj):
        async def _wrap_awaitable(awaitable):
            return await awaitable
        coro, close_on_error = _wrap_awaitable(obj), False
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    target = events.get_event_loop() if loop is None else loop
    try:
        return target.create_task(coro)
    except RuntimeError:
        if close_on_error:
            coro.close()
        raise


class _GatheringFuture(futures.Future):
    """The future gather() returns; cancelling it cancels the gathered children."""

    def __init__(self, children, *, loop):
        futures.Future.__init__(self, loop=loop)
        self._children, self._cancel_requested = children, False

    def cancel(self, msg=None):
        if self._state is not _PENDING:
            return False
        # every child is asked, even after one of them accepted
        accepted = sum(1 for child in self._children if child.cancel(msg=msg))
        if accepted:
            self._cancel_requested = True
        return bool(accepted)


class _Gathering:
    # The shared state of one gather() call; `child_done` is each child's callback.

    def __init__(self, outer, distinct, return_exceptions):
        self.outer = outer
        self.left = distinct
        self.keep_errors = return_exceptions

    @staticmethod
    def entry(child):
        # What a child contributes to the result list with return_exceptions.
        if child.cancelled():
            note = child._cancel_message
            return exceptions.CancelledError('' if note is None else note)
        failure = child.exception()
        return child.result() if failure is None else failure

    def child_done(self, child):
        self.left -= 1
        outer = self.outer
        if outer.done():
            if not child.cancelled():
                child.exception()      # consider its exception seen
            return
        if not self.keep_errors:
            failure = (child._make_cancelled_error() if child.cancelled()
                       else child.exception())
            if failure is not None:
                outer.set_exception(failure)
                return
        if self.left > 0:
            return
        if not outer._cancel_requested:
            outer.set_result([self.entry(each) for each in outer._children])
            return
        # gather() itself was cancelled and every child has now stopped
        outer.set_exception(child._make_cancelled_error())


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; the returned future's result is the list of
    their results, in argument order. Without return_exceptions the first failure
    (or cancellation) of a child becomes the future's exception."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    loop = None
    by_argument = {}       # an awaitable passed twice is run once
    for arg in coros_or_futures:
        if arg not in by_argument:
            child = ensure_future(arg, loop=loop)
            loop = loop or futures._get_loop(child)
            if child is not arg:
                child._log_destroy_pending = False
            by_argument[arg] = child

    children = [by_argument[arg] for arg in coros_or_futures]
    outer = _GatheringFuture(children, loop=loop)
    state = _Gathering(outer, len(by_argument), return_exceptions)
    for child in by_argument.values():
        child.add_done_callback(state.child_done)
    return outer


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


class _Shield:
    # Links a shielded inner future to the outer future shield() returns.

    def __init__(self, inner, outer):
        self.inner, self.outer = inner, outer
        inner.add_done_callback(self.inner_done)
        outer.add_done_callback(self.outer_done)

    def inner_done(self, inner):
        if self.outer.cancelled():
            # nobody will look at the inner outcome: mark its exception as seen
            inner.cancelled() or inner.exception()
        else:
            _copy_outcome(inner, self.outer)

    def outer_done(self, outer):
        if not self.inner.done():
            self.inner.remove_done_callback(self.inner_done)


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the returned future (or the
    task awaiting it) leaves the inner task running."""
    inner = ensure_future(arg)
    if not inner.done():
        outer = futures._get_loop(inner).create_future()
        _Shield(inner, outer)
        return outer
    return inner


# --- wait / wait_for / as_completed ------------------------------------------------------------------

def _wake(waiter, *ignored):
    if not waiter.done():
        waiter.set_result(None)


def _reject_single(fs, what):
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect {what} of futures, not {type(fs).__name__}')


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks of the iterable `fs`; return the (done, pending)
    sets. `return_when` is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED; nothing
    is cancelled when the timeout passes."""
    _reject_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    watched = set(fs)
    if any(map(iscoroutine, watched)):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(watched, timeout, return_when, events.get_running_loop())


async def _wait(fs, timeout, return_when, loop):
    bell = loop.create_future()
    timer = loop.call_later(timeout, _wake, bell) if timeout is not None else None
    count = [len(fs)]

    def _check(fut):
        count[0] -= 1
        if return_when == FIRST_EXCEPTION:
            satisfied = not fut.cancelled() and fut.exception() is not None
        else:
            satisfied = return_when == FIRST_COMPLETED
        if satisfied or count[0] <= 0:
            if timer is not None:
                timer.cancel()
            _wake(bell)

    for fut in fs:
        fut.add_done_callback(_check)
    try:
        await bell
    finally:
        if timer is not None:
            timer.cancel()
        for fut in fs:
            fut.remove_done_callback(_check)
    finished = {fut for fut in fs if fut.done()}
    return finished, fs - finished


async def wait_for(fut, timeout):
    """Await `fut` but give up after `timeout` seconds (None: no limit): it is then
    cancelled and TimeoutError raised."""
    if timeout is None or not timeout <= 0:
        from . import timeouts
        async with timeouts.timeout(timeout):
            return await fut
    # No time at all: only an already finished future can deliver; anything else
    # is cancelled, and once it has stopped it counts as timed out.
    target = ensure_future(fut)
    if target.done():
        return target.result()
    target.cancel()
    await _wait({target}, None, ALL_COMPLETED, events.get_running_loop())
    try:
        return target.result()
    except exceptions.CancelledError as exc:
        raise TimeoutError from exc


class _Arrivals:
    # Delivers the futures given to as_completed() in the order they finish; after
    # the timeout, None stands for each one still unfinished.

    def __init__(self, loop, todo, timeout):
        from .queues import Queue
        self.todo = todo        # not finished (nor timed out) yet
        self.queue = Queue()
        self.timer = None
        for fut in todo:
            fut.add_done_callback(self.arrived)
        if todo and timeout is not None:
            self.timer = loop.call_later(timeout, self.expire)

    def arrived(self, fut):
        if fut not in self.todo:
            return
        self.todo.discard(fut)
        self.queue.put_nowait(fut)
        if not self.todo and self.timer is not None:
            self.timer.cancel()

    def expire(self):
        late, self.todo = self.todo, set()
        for fut in late:
            fut.remove_done_callback(self.arrived)
            self.queue.put_nowait(None)

    async def next_result(self):
        fut = await self.queue.get()
        if fut is None:
            raise exceptions.TimeoutError
        return fut.result()


def as_completed(fs, *, timeout=None):
    """Yield awaitables that give the results of `fs` in the order they finish;
    TimeoutError from those still waiting when `timeout` passes."""
    _reject_single(fs, 'an iterable')
    home = events.get_event_loop()
    arrivals = _Arrivals(home, {ensure_future(each, loop=home) for each in set(fs)},
                         timeout)
    for _ in range(len(arrivals.todo)):
        yield arrivals.next_result()


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
