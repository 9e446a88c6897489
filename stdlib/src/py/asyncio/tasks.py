"""Tasks and the functions that combine awaitables (written for pyrs): Task, create_task,
sleep, gather, shield, wait, wait_for, as_completed, ensure_future, current_task,
all_tasks, plus the coroutine tests iscoroutine / iscoroutinefunction."""

import contextvars
import sys
import types

from . import events
from . import exceptions
from . import futures
from .futures import Future, isfuture, _get_loop

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
           'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks',
           'create_eager_task_factory', 'eager_task_factory', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task', 'to_thread',
           'iscoroutine', 'iscoroutinefunction')


# --- coroutine tests ------------------------------------------------------------------------

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_is_coroutine = object()   # the marker old-style coroutine functions carried


def _type_has(kind, names):
    for name in names:
        if getattr(kind, name, None) is None:
            return False
    return True


def iscoroutine(obj):
    """True for coroutine objects (those of async def, or any object with send, throw,
    close and __await__, as collections.abc.Coroutine accepts)."""
    if types.CoroutineType is not None and type(obj) is types.CoroutineType:
        return True
    return _type_has(type(obj), ('__await__', 'send', 'throw', 'close'))


def _isawaitable(obj):
    if iscoroutine(obj) or getattr(type(obj), '__await__', None) is not None:
        return True
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    return False


def iscoroutinefunction(func):
    """True for functions defined with async def (also through functools.partial and
    bound methods), and for functions marked as coroutine functions."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    while True:
        if hasattr(func, '__func__'):
            func = func.__func__
        elif events._is_partial(func):
            func = func.func
        else:
            break
    if getattr(func, '_is_coroutine_marker', None) is not None:
        return True
    code = getattr(func, '__code__', None)
    if code is None or type(func).__name__ != 'function':
        return False
    return bool(code.co_flags & _CO_COROUTINE)


# --- the task registry ----------------------------------------------------------------------

_all_tasks = set()        # tasks not yet done (strong references: pyrs has no weakref)
_eager_tasks = set()
_current_tasks = {}       # loop -> the task it is running right now
_task_count = 0


def _next_task_name():
    global _task_count
    _task_count += 1
    return f'Task-{_task_count}'


def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task '
                           f'{current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task '
                           f'{current!r}.')
    del _current_tasks[loop]


def _swap_current_task(loop, task):
    previous = _current_tasks.get(loop)
    if task is None:
        _current_tasks.pop(loop, None)
    else:
        _current_tasks[loop] = task
    return previous


def current_task(loop=None):
    """The task the loop (default: the running one) is running now, or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    found = set()
    for task in list(_all_tasks) + list(_eager_tasks):
        if _get_loop(task) is loop and not task.done():
            found.add(task)
    return found


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            return
        set_name(name)


# --- Task -----------------------------------------------------------------------------------

class Task(Future):
    """Runs a coroutine in the event loop: each step sends into the coroutine until it
    yields a future to wait for, then resumes once that future is done."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = _next_task_name() if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        # Each task runs in its own copy of the context it was created in.
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        if eager_start and self._loop.is_running():
            self._eager_start()
        else:
            self._loop.call_soon(self._step, context=context)
            _register_task(self)

    def _repr_info(self):
        info = futures._future_repr_info(self)
        if self._num_cancels_requested > 0 and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        if self._fut_waiter is not None:
            info.insert(2, f'wait_for={self._fut_waiter!r}')
        if self._coro:
            info.insert(2, f'coro=<{events._format_coroutine(self._coro)}>')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        return None

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine at the next
        step. False when the task is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _eager_start(self):
        previous = _swap_current_task(self._loop, self)
        try:
            _eager_tasks.add(self)
            try:
                self._context.run(self._run_step, None)
            finally:
                _eager_tasks.discard(self)
        finally:
            _swap_current_task(self._loop, previous)
            if self.done():
                self._coro = None   # as CPython: a task finished eagerly drops its coro
            else:
                _register_task(self)

    def _step(self, exc=None):
        if self._state != futures._PENDING:
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            self._run_step(exc)
        finally:
            _leave_task(loop, self)

    def _run_step(self, exc):
        coro = self._coro
        try:
            if exc is None:
                yielded = coro.send(None)
            else:
                yielded = coro.throw(exc)
        except StopIteration as stop:
            _unregister_task(self)
            if self._must_cancel:
                # cancel() came while the coroutine was finishing
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancelled:
            _unregister_task(self)
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            _unregister_task(self)
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            _unregister_task(self)
            Future.set_exception(self, error)
        else:
            self._handle_yield(yielded)

    def _handle_yield(self, yielded):
        loop = self._loop
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if _get_loop(yielded) is not loop:
                problem = RuntimeError(f'Task {self!r} got Future {yielded!r} attached to '
                                       f'a different loop')
            elif not blocking:
                problem = RuntimeError(f'yield was used instead of yield from in task '
                                       f'{self!r} with {yielded!r}')
            elif yielded is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif yielded is None:
            # a bare yield (asyncio.sleep(0)): give the other callbacks one turn
            loop.call_soon(self._step, context=self._context)
            return
        elif isinstance(yielded, types.GeneratorType):
            problem = RuntimeError(f'yield was used instead of yield from for generator in '
                                   f'task {self!r} with {yielded!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {yielded!r}')
        loop.call_soon(self._step, problem, context=self._context)

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task of the running loop and return the task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def eager_task_factory(loop, coro, *, name=None, context=None):
    return Task(coro, loop=loop, name=name, context=context, eager_start=True)


def create_eager_task_factory(custom_task_constructor):
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)
    return factory


# --- waiting ----------------------------------------------------------------------------------

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class _YieldOnce:
    """`await _YieldOnce()` gives the loop one turn (a bare yield to the task)."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend the current task for `delay` seconds; return `result`."""
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A future or task for the argument: futures as they are, coroutines and other
    awaitables wrapped in a new Task."""
    obj = coro_or_future
    if isfuture(obj):
        if loop is not None and loop is not _get_loop(obj):
            raise ValueError('The future belongs to a different loop than the one '
                             'specified as the loop argument')
        return obj
    close_on_error = True
    if not iscoroutine(obj):
        if _isawaitable(obj):
            obj = _wrap_awaitable(obj)
            close_on_error = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if close_on_error:
            obj.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def release(_):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await `fut` at most `timeout` seconds (None: no limit); on timeout it is cancelled
    and TimeoutError raised."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    from .timeouts import timeout as _timeout
    async with _timeout(timeout):
        return await fut


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in `fs`; return the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines; awaiting the n-th gives the n-th result to be ready.
    TimeoutError when `timeout` seconds pass first."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    loop = events.get_event_loop()
    todo = set()
    for f in set(fs):
        todo.add(ensure_future(f, loop=loop))
    finished = Queue()
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    return _as_completed_iter(wait_for_one, len(todo))


def _as_completed_iter(make, count):
    for _ in range(count):
        yield make()


# --- gather and shield ------------------------------------------------------------------------

class _GatheringFuture(Future):
    """The future gather() returns: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the awaitables, in argument order. The first
    exception propagates, unless return_exceptions puts exceptions among the results."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    outer = None
    children = []
    count = 0
    finished = 0

    def child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()   # mark the exception as retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == count:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    results.append(exceptions.CancelledError('' if msg is None else msg))
                else:
                    res = child.exception()
                    results.append(child.result() if res is None else res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    seen = {}
    already_done = []
    loop = None
    for arg in coros_or_futures:
        fut = seen.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            count += 1
            seen[arg] = fut
            if fut.done():
                already_done.append(fut)
            else:
                fut.add_done_callback(child_done)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    for fut in already_done:
        child_done(fut)
    return outer


def shield(arg):
    """A future for `arg` whose cancellation does not cancel `arg` itself."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise RuntimeError('run_coroutine_threadsafe() needs threads, which pyrs on WASI '
                       'does not have')


async def to_thread(func, /, *args, **kwargs):
    """Run `func` (in this thread: WASI has no others) and return its result."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
