"""The event loop pyrs's asyncio runs on.

One thread, no selector: a loop iteration takes the callbacks that are ready, adds the
timers that have come due (sleeping first if nothing is ready and a timer is pending),
and runs them in order. Because nothing outside the loop can ever wake it (no I/O, no
other threads, no signals), an iteration with no ready callback and no pending timer
raises RuntimeError instead of blocking forever.

Sockets, pipes, subprocesses and signal handlers are not available on WASI; the loop
methods for them raise OSError(EOPNOTSUPP). run_in_executor() runs the function in
this thread and hands its outcome back through the loop.
"""

import contextvars
import errno
import heapq
import os
import sys
import time
import warnings
import weakref

from . import events
from . import futures
from . import tasks

__all__ = ('BaseEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy')

_IDLE_ERROR = ('the event loop would wait forever: nothing is ready or scheduled '
               '(pyrs has no I/O or threads to wake it)')

# Cancelled timers stay in the heap until they reach its top, unless they come to
# outnumber the live ones in a big heap: then the heap is rebuilt without them.

_PASS_THROUGH = events._PASS_THROUGH
_Handle = events.Handle
_new_object = object.__new__


def _logger():
    import logging
    return logging.getLogger('asyncio')


def _debug_by_default():
    # -X dev, or PYTHONASYNCIODEBUG (ignored under -E), switch new loops to debug mode
    flags = sys.flags
    if flags.dev_mode:
        return True
    return not flags.ignore_environment and bool(os.environ.get('PYTHONASYNCIODEBUG'))


def _unsupported(method):
    if method.startswith('subprocess_'):
        lacking = 'has no processes'
    elif 'signal' in method:
        lacking = 'delivers no signals'
    else:
        lacking = 'has no sockets'
    return OSError(errno.EOPNOTSUPP, f'WASI {lacking}: loop.{method}() is not available')


def _run_until_complete_cb(fut):
    # The done-callback run_until_complete() hangs on its future. It stops the loop,
    # except for SystemExit/KeyboardInterrupt, which reach run_forever() by themselves.
    fatal = not fut.cancelled() and isinstance(fut.exception(), _PASS_THROUGH)
    if not fatal:
        futures._get_loop(fut).stop()


def _cancel_all_tasks(loop):
    """Cancel the loop's unfinished tasks, let them wind down, and report those that
    ended with an exception other than the cancellation."""
    victims = tasks.all_tasks(loop)
    if not victims:
        return
    for victim in victims:
        victim.cancel()
    waiting = tasks.gather(*victims, return_exceptions=True)
    loop.run_until_complete(waiting)
    for victim in victims:
        error = None if victim.cancelled() else victim.exception()
        if error is None:
            continue
        loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': error,
            'task': victim,
        })


def _pass_exception(fut, exc):
    if not fut.cancelled():
        fut.set_exception(exc)


def _pass_result(fut, value):
    if not fut.cancelled():
        fut.set_result(value)


# --- exceptions nobody retrieved ----------------------------------------------------------
#
# CPython reports them from Future.__del__. pyrs's futures tell the loop when they get an
# exception (_note_unretrieved); the loop then watches the future through a weak
# reference and, when it is freed with the exception still unretrieved, reports it,
# passing the handler a copy of the freed future.

_watching = {}


def _on_future_freed(key, loop, cls, fields):
    del _watching[key]
    if not fields.get('_unseen_error'):
        return
    label = 'Task' if issubclass(cls, tasks.Task) else cls.__name__
    try:
        ghost = object.__new__(cls)
        ghost.__dict__.update(fields)
    except Exception:
        ghost = None
    report = {'message': f'{label} exception was never retrieved',
              'exception': fields.get('_exception'),
              'future': ghost}
    loop.call_exception_handler(report)


# --- reporting helpers ----------------------------------------------------------------------

def _home_context(report):
    # The contextvars.Context a custom handler runs in: the one of the task, future
    # or handle the report is about (the first of those keys present).
    for key in ('task', 'future', 'handle'):
        subject = report.get(key)
        if subject is None:
            continue
        getter = getattr(subject, 'get_context', None)
        return None if getter is None else getter()
    return None


def _shown_value(key, value):
    if key not in ('source_traceback', 'handle_traceback'):
        return repr(value)
    import traceback
    who = 'Object' if key == 'source_traceback' else 'Handle'
    frames = ''.join(traceback.format_list(value)).rstrip()
    return f'{who} created at (most recent call last):\n{frames}'


def _slow_handle_name(handle):
    # A task's step is named after the task.
    owner = getattr(handle._callback, '__self__', None)
    return repr(owner) if isinstance(owner, tasks.Task) else str(handle)


class _RunSession:
    """The span of run_forever(): the loop is the running one and owns the
    asynchronous-generator hooks; both are restored on the way out."""

    def __init__(self, loop):
        self._loop = loop
        self._saved_hooks = None

    def __enter__(self):
        loop = self._loop
        self._saved_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=loop._on_agen_start,
                               finalizer=loop._on_agen_dropped)
        loop._running = True
        events._set_running_loop(loop)

    def __exit__(self, *exc_info):
        loop = self._loop
        loop._stopping = loop._running = False
        events._set_running_loop(None)
        sys.set_asyncgen_hooks(*self._saved_hooks)


class _StopWhenDone:
    """The span of run_until_complete(): the future finishing stops the loop. When
    the loop dies of an exception, a task we made ourselves has its error marked as
    seen (it propagates anyway)."""

    def __init__(self, fut, ours):
        self._fut = fut
        self._ours = ours

    def __enter__(self):
        self._fut.add_done_callback(_run_until_complete_cb)

    def __exit__(self, exc_type, exc, tb):
        fut = self._fut
        fut.remove_done_callback(_run_until_complete_cb)
        if exc_type is not None and self._ours and fut.done() and not fut.cancelled():
            fut.exception()


class BaseEventLoop(events.AbstractEventLoop):
    """The loop itself: a queue of ready handles plus a heap of timers."""

    def __init__(self):
        self._queue = []                      # handles to run at the next pass
        self._timers = []                     # heap of TimerHandle, earliest first
        self._dead_timers = 0                 # cancelled entries still in the heap
        self._tick = time.get_clock_info('monotonic').resolution
        self._active = None                   # handle being run (debug mode only)
        self._running = self._stopping = self._closed = False
        self._debug = _debug_by_default()
        # get_debug() not overridden: it says what _debug says (see call_soon())
        self._debug_is_flag = type(self).get_debug is BaseEventLoop.get_debug
        self.slow_callback_duration = 0.1
        self._error_hook = None
        self._make_task = None
        self._executor = None
        self._executor_closed = False
        # the asynchronous generators started in this loop, for shutdown_asyncgens()
        self._agen_refs = weakref.WeakSet()
        self._agens_closed = False

    def __repr__(self):
        name = type(self).__name__
        return (f'<{name} running={self.is_running()} closed={self.is_closed()} '
                f'debug={self.get_debug()}>')

    # --- state ---

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _check_callback(self, callback, method):
        looks_async = tasks.iscoroutine(callback) or tasks.iscoroutinefunction(callback)
        if looks_async:
            raise TypeError(f'coroutines cannot be used with {method}()')
        if callable(callback):
            return
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        """The loop clock (time.monotonic())."""
        return time.monotonic()

    # --- futures and tasks ---

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wrap the coroutine in a task (made by the task factory, if one is set)."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        factory = self._make_task
        if factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            made = factory(self, coro)
        else:
            made = factory(self, coro, context=context)
        if name is not None:
            tasks._set_task_name(made, name)
        return made

    def set_task_factory(self, factory):
        if factory is None or callable(factory):
            self._make_task = factory
            return
        raise TypeError('task factory must be a callable or None')

    def get_task_factory(self):
        return self._make_task

    def _note_unretrieved(self, fut):
        # Called by futures.Future.set_exception(); see the comment above _watching.
        try:
            fields = vars(fut)
        except TypeError:
            return
        key, cls, loop = id(fut), type(fut), self

        def freed(_ref):
            _on_future_freed(key, loop, cls, fields)
        try:
            _watching[key] = weakref.ref(fut, freed)
        except TypeError:
            pass

    # --- scheduling ---

    def _enqueue(self, method, callback, args, context):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, method)
        handle = events.Handle(callback, args, self, context)
        self._queue.append(handle)
        return handle

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) at the next loop iteration; returns its Handle."""
        # (_enqueue() written out: this is the busiest path of the loop)
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        elif self._debug_is_flag and events.Handle is _Handle:
            # Handle(callback, args, self, context) written out: with debug mode off,
            # filling the slots here is much cheaper than the call to __init__
            handle = _new_object(_Handle)
            handle._loop = self
            handle._callback = callback
            handle._args = args
            handle._context = contextvars.copy_context() if context is None else context
            handle._cancelled = False
            handle._repr = None
            handle._source_traceback = None
            self._queue.append(handle)
            return handle
        handle = events.Handle(callback, args, self, context)
        self._queue.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() (there is only one thread)."""
        return self._enqueue('call_soon_threadsafe', callback, args, context)

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) `delay` seconds from now; returns its TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        due = self.time() + delay
        return self.call_at(due, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) once loop.time() reaches `when`."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._timers, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        # TimerHandle.cancel() tells us: a cancelled timer still in the heap is dead weight
        if handle._scheduled:
            self._dead_timers += 1

    # --- one iteration ---

    def _prune_timers(self):
        # A cancelled timer leaves the heap when it comes to the top. Only when very many
        # are waiting inside (over a thousand) is the heap rebuilt without them, so
        # memory stays bounded however many timers are cancelled.
        heap = self._timers
        if self._dead_timers > 1024:
            live = []
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            self._timers = heap = live
            heapq.heapify(heap)
            self._dead_timers = 0
        while heap and heap[0]._cancelled:
            heapq.heappop(heap)._scheduled = False
            self._dead_timers -= 1

    def _wait_for_timer(self):
        # Nothing is ready: sleep until the earliest timer (there is no I/O to poll).
        if not self._timers:
            raise RuntimeError(_IDLE_ERROR)
        left = self._timers[0]._when - self.time()
        if left > 0:
            time.sleep(left)

    def _release_due_timers(self):
        heap = self._timers
        limit = self.time() + self._tick
        while heap and not heap[0]._when >= limit:    # (a NaN due time counts as due)
            timer = heapq.heappop(heap)
            timer._scheduled = False
            if timer._cancelled:
                self._dead_timers -= 1
                continue
            self._queue.append(timer)

    def _turn(self):
        # One iteration: run what was ready when it began (callbacks queued meanwhile
        # wait for the next iteration).
        if self._timers:
            self._prune_timers()
        if not self._queue and not self._stopping:
            self._wait_for_timer()
        if self._timers:
            self._release_due_timers()
        batch = self._queue
        self._queue = []
        batch.reverse()             # popped from the end, so in the queued order
        try:
            while batch:
                handle = batch.pop()
                if handle._cancelled:
                    continue
                if self._debug:
                    self._run_watched(handle)
                else:
                    handle._run()
        finally:
            if batch:
                # SystemExit/KeyboardInterrupt escaped a callback: keep the rest
                batch.reverse()
                batch.extend(self._queue)
                self._queue = batch

    def _run_watched(self, handle):
        # debug mode: remember the handle for the error reports, and time it
        self._active = handle
        try:
            start = self.time()
            handle._run()
            spent = self.time() - start
        finally:
            self._active = None
        if spent >= self.slow_callback_duration:
            _logger().warning('Executing %s took %.3f seconds',
                              _slow_handle_name(handle), spent)

    # --- running and stopping ---

    def run_forever(self):
        """Run loop iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        with _RunSession(self):
            while True:
                self._turn()
                if self._stopping:
                    return

    def run_until_complete(self, future):
        """Run the loop until `future` (a coroutine is wrapped in a task) is done and
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        ours = not futures.isfuture(future)
        target = tasks.ensure_future(future, loop=self)
        if ours:
            target._log_destroy_pending = False
        with _StopWhenDone(target, ours):
            self.run_forever()
        if target.done():
            return target.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Make run_forever() return after the callbacks already queued have run."""
        self._stopping = True

    def close(self):
        """Drop everything still queued and refuse further use. Not while running."""
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            _logger().debug('Close %r', self)
        self._closed = True
        self._queue.clear()
        self._timers.clear()
        self._dead_timers = 0
        self._retire_executor(wait=False)

    # --- asynchronous generators ---

    def _on_agen_start(self, agen):
        # firstiter hook while the loop runs: remember the generator for shutdown
        if self._agens_closed:
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._agen_refs.add(agen)

    def _on_agen_dropped(self, agen):
        # finalizer hook: a generator freed before finishing is closed by a task
        self._agen_refs.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close the asynchronous generators still open; new ones draw a warning."""
        self._agens_closed = True
        victims = list(self._agen_refs)
        self._agen_refs.clear()
        if not victims:
            return
        closing = tasks.gather(*(agen.aclose() for agen in victims), return_exceptions=True)
        for agen, outcome in zip(victims, await closing):
            if not isinstance(outcome, Exception):
                continue
            self.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': outcome,
                'asyncgen': agen,
            })

    # --- executors (no threads: the function runs here) ---

    def run_in_executor(self, executor, func, *args):
        """Call func(*args) now, in this thread; the returned future gets the outcome
        at the next loop iteration, as if a worker thread had produced it."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None and self._executor_closed:
            raise RuntimeError('Executor shutdown has been called')
        pending = self.create_future()
        try:
            value = func(*args)
        except BaseException as failure:
            self.call_soon(_pass_exception, pending, failure)
        else:
            self.call_soon(_pass_result, pending, value)
        return pending

    def set_default_executor(self, executor):
        self._executor = executor

    def _retire_executor(self, wait):
        self._executor_closed = True
        retired, self._executor = self._executor, None
        shutdown = getattr(retired, 'shutdown', None)
        if shutdown is not None:
            shutdown(wait=wait)

    async def shutdown_default_executor(self, timeout=None):
        """Refuse further run_in_executor(None, ...) calls."""
        self._retire_executor(wait=True)

    # --- errors ---

    def get_exception_handler(self):
        return self._error_hook

    def set_exception_handler(self, handler):
        """Route call_exception_handler() to handler(loop, context); None restores
        the default handler."""
        if handler is None or callable(handler):
            self._error_hook = handler
            return
        raise TypeError(f'A callable object or None is expected, got {handler!r}')

    def default_exception_handler(self, context):
        """Log the context on the 'asyncio' logger: the message, then each other key
        sorted by name, then the exception's traceback."""
        shown = dict(context)
        text = [shown.pop('message', None) or 'Unhandled exception in event loop']
        error = shown.pop('exception', None)
        active = self._active
        if 'source_traceback' not in shown and active is not None:
            if active._source_traceback:
                shown['handle_traceback'] = active._source_traceback
        text.extend(f'{key}: {_shown_value(key, shown[key])}' for key in sorted(shown))
        exc_info = False
        if error is not None:
            exc_info = (type(error), error, error.__traceback__)
        _logger().error('\n'.join(text), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Report an error: to the custom handler (run in the context of the task,
        future or handle concerned) or else the default handler. Neither may raise."""
        hook = self._error_hook
        if hook is not None:
            home = _home_context(context)
            try:
                if home is None:
                    hook(self, context)
                else:
                    home.run(hook, self, context)
            except _PASS_THROUGH:
                raise
            except BaseException as failure:
                self._handler_failed(failure, context)
            return
        try:
            self.default_exception_handler(context)
        except _PASS_THROUGH:
            raise
        except BaseException:
            _logger().error('Exception in default exception handler', exc_info=True)

    def _handler_failed(self, failure, context):
        # the custom handler raised: report that through the default handler
        try:
            self.default_exception_handler({'message': 'Unhandled error in exception handler',
                                            'exception': failure,
                                            'context': context})
        except _PASS_THROUGH:
            raise
        except BaseException:
            _logger().error('Exception in default exception handler while handling an '
                            'unexpected error in custom exception handler', exc_info=True)

    def remove_reader(self, fd):
        return False    # nothing can have been registered

    def remove_writer(self, fd):
        return False

    def remove_signal_handler(self, sig):
        return False


# What WASI cannot do: each of these raises OSError(EOPNOTSUPP) (the coroutine methods
# when awaited, as their errors would surface in CPython).
events._methods_from_table(BaseEventLoop, """
async getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0)
async getnameinfo(self, sockaddr, flags=0)
async create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, family=0,
    proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
    ssl_handshake_timeout=None, ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
    interleave=None, all_errors=False)
async create_server(self, protocol_factory, host=None, port=None, *, family=0, flags=1,
    sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None,
    ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True)
async create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
    server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)
async create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
    ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True)
async connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
    ssl_handshake_timeout=None, ssl_shutdown_timeout=None)
async create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None,
    *, family=0, proto=0, flags=0, reuse_port=None, allow_broadcast=None, sock=None)
async sendfile(self, transport, file, offset=0, count=None, *, fallback=True)
async start_tls(self, transport, protocol, sslcontext, *, server_side=False,
    server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)
async sock_recv(self, sock, nbytes)
async sock_recv_into(self, sock, buf)
async sock_recvfrom(self, sock, bufsize)
async sock_recvfrom_into(self, sock, buf, nbytes=0)
async sock_sendall(self, sock, data)
async sock_sendto(self, sock, data, address)
async sock_connect(self, sock, address)
async sock_accept(self, sock)
async sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True)
async connect_read_pipe(self, protocol_factory, pipe)
async connect_write_pipe(self, protocol_factory, pipe)
async subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1,
    universal_newlines=False, shell=True, bufsize=0, encoding=None, errors=None,
    text=None, **kwargs)
async subprocess_exec(self, protocol_factory, program, *args, stdin=-1, stdout=-1,
    stderr=-1, universal_newlines=False, shell=False, bufsize=0, encoding=None,
    errors=None, text=None, **kwargs)
add_reader(self, fd, callback, *args)
add_writer(self, fd, callback, *args)
add_signal_handler(self, sig, callback, *args)
""", "raise _unsupported('{name}')", {'_unsupported': _unsupported})


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop class new_event_loop() makes (named as CPython's is; there is no
    selector behind it)."""

    def __init__(self, selector=None):
        super().__init__()


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """The default policy: loops are _UnixSelectorEventLoop."""

    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None

    def get_child_watcher(self):
        return self._watcher

    def set_child_watcher(self, watcher):
        self._watcher = watcher


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
