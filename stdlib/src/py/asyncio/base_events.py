"""The event loop of asyncio for pyrs (written for pyrs).

WASI has no threads, sockets, signals or child processes, so the loop only runs
callbacks: a list of ready handles, and a binary heap of timers ordered by
(when, sequence number). When only timers are left, the loop sleeps with
time.sleep() until the first of them is due.
"""

import sys
import time

from . import events
from . import exceptions
from . import futures
from . import tasks

__all__ = ('BaseEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy')

_MAX_WAIT = 24 * 3600        # never sleep longer than this in one go
_MIN_CANCELLED_TIMERS = 100  # cancelled timers are swept when they are this many and
                             # more than half of all the scheduled ones


# --- binary heap of (when, seq, handle) entries ----------------------------------------------

def _heap_push(heap, entry):
    heap.append(entry)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if entry < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = entry


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    size = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= size:
            break
        if child + 1 < size and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < last:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = last
    return top


def _heap_rebuild(entries):
    entries.sort()      # a sorted list is a valid heap
    return entries


# --- the loop ---------------------------------------------------------------------------------

def _stop_when_done(fut):
    # done callback of the future run_until_complete() runs: stops the loop, except when
    # the future ended with SystemExit/KeyboardInterrupt (those propagate by themselves)
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):
    """A single-threaded event loop: call_soon/call_later/call_at callbacks, futures and
    tasks, run_forever/run_until_complete/stop/close."""

    def __init__(self):
        self._closed = False
        self._stopping = False
        self._running = False
        self._ready = []
        self._scheduled = []
        self._timer_seq = 0
        self._timer_cancelled_count = 0
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._unretrieved = []
        self._unretrieved_limit = 256

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
        set_hooks = getattr(sys, 'set_asyncgen_hooks', None)
        old_hooks = None
        if get_hooks is not None and set_hooks is not None:
            old_hooks = get_hooks()
            set_hooks(firstiter=self._asyncgen_firstiter_hook,
                      finalizer=self._asyncgen_finalizer_hook)
        self._running = True
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            if old_hooks is not None:
                set_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a task) is done; return its
        result or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop run_forever() once the callbacks already ready have run."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Close the loop (pending callbacks are dropped). Not allowed while running."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        self._report_unretrieved()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def time(self):
        return time.monotonic()

    # scheduling

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        _heap_push(self._scheduled, (when, self._timer_seq, timer))
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if futures.isfuture(callback) or tasks.iscoroutine(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One turn: move the timers that are due to the ready list (sleeping first when
        nothing is ready), then run the callbacks that were ready at that point."""
        scheduled = self._scheduled
        if (self._timer_cancelled_count > _MIN_CANCELLED_TIMERS
                and self._timer_cancelled_count * 2 > len(scheduled)):
            kept = []
            for entry in scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    kept.append(entry)
            self._scheduled = scheduled = _heap_rebuild(kept)
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                _heap_pop(scheduled)[2]._scheduled = False

        if not self._ready and not self._stopping:
            if scheduled:
                wait = scheduled[0][0] - self.time()
                if wait > 0:
                    time.sleep(min(wait, _MAX_WAIT))
            else:
                raise RuntimeError('the event loop would wait forever: nothing is ready or '
                                   'scheduled (pyrs has no I/O or threads to wake it)')

        end = self.time() + self._clock_resolution
        ready = self._ready
        while scheduled and not scheduled[0][0] >= end:
            timer = _heap_pop(scheduled)[2]
            timer._scheduled = False
            ready.append(timer)

        self._ready = []
        position = 0
        try:
            for handle in ready:
                position += 1
                if not handle._cancelled:
                    handle._run()
        except BaseException:
            self._ready[0:0] = ready[position:]
            raise

    # executors (no threads: the function runs at once, in this thread)

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        fut = self.create_future()
        try:
            result = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)
        return fut

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True

    # asynchronous generators
    #
    # CPython's loop keeps a weak set of the asynchronous generators it has seen start, to
    # aclose() those still alive at shutdown. pyrs has no weak references, and a strong
    # list would keep an abandoned generator (a `break` out of `async for`) alive until
    # shutdown, where CPython closes it as soon as it is dropped. So the loop remembers
    # none: the finalizer hook, called when an unfinished generator is dropped, schedules
    # its aclose() as CPython's does; a generator still referenced when the loop shuts
    # down is not closed.

    def _asyncgen_firstiter_hook(self, agen):
        pass

    def _asyncgen_finalizer_hook(self, agen):
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close the asynchronous generators this loop has seen start and not finish."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous '
                               f'generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context's message, its other entries and the exception's traceback
        to stderr (what CPython's asyncio logger prints)."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        sys.stderr.write('\n'.join(lines) + '\n')
        exc = context.get('exception')
        if exc is not None:
            events._print_exception(exc, sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')

    def _note_unretrieved(self, fut):
        noted = self._unretrieved
        noted.append(fut)
        if len(noted) > self._unretrieved_limit:
            noted[:] = [f for f in noted if f._log_traceback]
            self._unretrieved_limit = max(256, 2 * len(noted))

    def _report_unretrieved(self):
        # CPython reports a future whose exception nobody looked at when the future is
        # garbage-collected; pyrs reports them when the loop closes.
        pending = self._unretrieved
        self._unretrieved = []
        for fut in pending:
            if fut._log_traceback and fut._exception is not None:
                fut._log_traceback = False
                self.call_exception_handler({
                    'message': f'{type(fut).__name__} exception was never retrieved',
                    'exception': fut._exception,
                    'future': fut,
                })


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default event loop (named as CPython's on Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = SelectorEventLoop


# --- shutdown helper used by asyncio.run -------------------------------------------------------

def _cancel_all_tasks(loop):
    pending = tasks.all_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
