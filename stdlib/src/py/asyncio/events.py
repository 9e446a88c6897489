"""Event-loop interfaces for pyrs's asyncio: callback handles, the abstract loop and
policy classes, and the functions that find the current and the running loop.

pyrs runs a single thread, so "the current loop" and "the running loop" are plain
module state here rather than per-thread storage.
"""

import contextvars
import functools
import os
import reprlib
import sys
import types

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_child_watcher',
           'set_child_watcher', '_set_running_loop', 'get_running_loop',
           '_get_running_loop')

# How many frames a debug-mode handle remembers about where it was made.
_ORIGIN_DEPTH = 10

# Modules whose frames are left out of a handle's origin: the loop machinery itself.
_LOOP_MODULES = (__name__, __package__ + '.base_events')


def _package_prefix():
    # How the file names of this package's code begin, for warnings' skip_file_prefixes.
    # (A frozen pyrs module has no __file__, and its code is named '<frozen pkg.mod>'.)
    here = _package_prefix.__code__.co_filename
    if here.startswith('<frozen '):
        return f'<frozen {__package__}.'
    return os.path.dirname(here) + os.sep


# --- describing callbacks and coroutines --------------------------------------------------

def _short_repr(value):
    """The repr of `value`, abbreviated with reprlib's standard limits."""
    return reprlib.repr(value)


def _is_partial(obj):
    """True for functools.partial objects (whose .func is the real callable)."""
    return isinstance(obj, functools.partial)


def _paren_args(args, kwargs):
    shown = [reprlib.repr(item) for item in args or ()]
    if kwargs:
        shown.extend(f'{key}={reprlib.repr(val)}' for key, val in kwargs.items())
    return '(' + ', '.join(shown) + ')'


def _call_text(func, args):
    """'name(args)' for a callback; each partial layer adds its own argument list."""
    groups = [_paren_args(args, None)]
    while _is_partial(func):
        groups.append(_paren_args(func.args, func.keywords))
        func = func.func
    label = (getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
             or repr(func))
    groups.reverse()
    return label + ''.join(groups)


def _definition_site(func):
    """(filename, first line) of the Python function behind `func`, else None."""
    for _ in range(100):
        inner = getattr(func, '__wrapped__', None)
        while inner is not None:
            func = inner
            inner = getattr(func, '__wrapped__', None)
        if isinstance(func, types.FunctionType):
            code = func.__code__
            return code.co_filename, code.co_firstlineno
        if _is_partial(func) or isinstance(func, functools.partialmethod):
            func = func.func
            continue
        return None
    return None


def _callback_source(func, args):
    """How a callback is shown in reprs: 'f(1, 2) at file.py:10'."""
    text = _call_text(func, args)
    site = _definition_site(func)
    if site is not None:
        text = f'{text} at {site[0]}:{site[1]}'
    return text


def _first_attr(obj, *names):
    for name in names:
        try:
            return getattr(obj, name)
        except AttributeError:
            pass
    return None


def _format_coroutine(coro):
    """'name() running at file:line' or 'name() done, defined at file:line'."""
    label = _first_attr(coro, '__qualname__') or _first_attr(coro, '__name__')
    if not label:
        label = f'<{type(coro).__name__} without __name__>'
    label += '()'
    code = _first_attr(coro, 'cr_code', 'gi_code')
    if code is None:
        if _first_attr(coro, 'cr_running', 'gi_running'):
            return label + ' running'
        return label
    where = code.co_filename or '<empty co_filename>'
    frame = _first_attr(coro, 'cr_frame', 'gi_frame')
    running = _first_attr(coro, 'cr_running', 'gi_running')
    if frame is None and running:
        # pyrs hides the frame of a coroutine while it executes: look for it on the
        # stack, and failing that, show the definition line.
        frame = _executing_frame(code)
        if frame is None:
            return f'{label} running at {where}:{code.co_firstlineno}'
    if frame is None:
        return f'{label} done, defined at {where}:{code.co_firstlineno}'
    if running or _first_attr(coro, 'cr_suspended', 'gi_suspended') is not False:
        line = frame.f_lineno
    else:
        line = code.co_firstlineno      # not started yet: shown at its definition
    return f'{label} running at {where}:{line}'


def _executing_frame(code):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code is not code:
        frame = frame.f_back
    return frame


def _origin_stack():
    """The caller's stack (innermost last), starting outside the loop's own files."""
    import traceback
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get('__name__') in _LOOP_MODULES:
        frame = frame.f_back
    if frame is None:
        return None
    stack = traceback.StackSummary.extract(traceback.walk_stack(frame),
                                           limit=_ORIGIN_DEPTH, lookup_lines=False)
    stack.reverse()
    return stack


# --- handles ------------------------------------------------------------------------------

_PASS_THROUGH = (SystemExit, KeyboardInterrupt)   # never turned into handler reports


class Handle:
    """A callback queued on an event loop, with its arguments and context.
    cancel() keeps it from running."""

    __slots__ = ['_loop', '_callback', '_args', '_context', '_cancelled', '_repr',
                 '_source_traceback', '__weakref__']

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._loop, self._context = loop, context
        self._callback, self._args = callback, args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None
        if loop.get_debug():
            self._source_traceback = _origin_stack()

    def _repr_info(self):
        words = [type(self).__name__]
        if self._cancelled:
            words.append('cancelled')
        func = self._callback
        if func is not None:
            words.append(_callback_source(func, self._args))
        stack = self._source_traceback
        if stack:
            last = stack[-1]
            words.append(f'created at {last.filename}:{last.lineno}')
        return words

    def __repr__(self):
        frozen = self._repr
        if frozen is not None:
            return frozen
        return '<%s>' % ' '.join(self._repr_info())

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            # keep describing the callback after it is dropped below
            self._repr = repr(self)
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        func, args = self._callback, self._args
        try:
            self._context.run(func, *args)
        except _PASS_THROUGH:
            raise
        except BaseException as failure:
            details = {'message': f'Exception in callback {_callback_source(func, args)}',
                       'exception': failure,
                       'handle': self}
            stack = self._source_traceback
            if stack:
                details['source_traceback'] = stack
            self._loop.call_exception_handler(details)


class TimerHandle(Handle):
    """A Handle due at a given loop time; timers order by that time."""

    __slots__ = ['_when', '_scheduled']

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False     # sitting in the loop's timer heap

    def _repr_info(self):
        words = Handle._repr_info(self)
        slot = 2 if self._cancelled else 1
        words[slot:slot] = [f'when={self._when}']
        return words

    def _fields(self):
        return self._when, self._callback, self._args, self._cancelled

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return self._fields() == other._fields()
        return NotImplemented

    # Timers order by due time; <= and >= also accept equal timers.
    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return other._when < self._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self == other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return other._when < self._when or self == other
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            # lets the loop count the dead entries left in its heap
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        """The loop time this timer is due at."""
        return self._when


# --- abstract interfaces --------------------------------------------------------------------
#
# The interfaces are long lists of methods that do nothing but fail, so they are written as
# tables of signatures; _methods_from_table() turns each row into a real function (with that
# signature, and a coroutine function for rows marked "async").

def _methods_from_table(owner, table, body, env=None):
    """Add to class `owner` one method per row of `table`. Rows are signatures,
    'name(params)', optionally prefixed with 'async'; indented lines continue the row
    above. `body` is the method body, where {name} stands for the method's name."""
    rows = []
    for line in table.splitlines():
        if not line.strip():
            continue
        if line[0].isspace() and rows:
            rows[-1] += ' ' + line.strip()
        else:
            rows.append(line.strip())
    chunks = []
    for row in rows:
        kind, _, rest = row.partition(' ')
        if kind != 'async':
            kind, rest = '', row
        name = rest.split('(', 1)[0]
        chunks.append(f'{kind} def {rest}:\n    {body.format(name=name)}\n'.lstrip())
    scope = {'__name__': __name__}
    if env:
        scope.update(env)
    made = {}
    exec(compile(''.join(chunks), f'<{owner.__name__} methods>', 'exec'), scope, made)
    for name, func in made.items():
        func.__qualname__ = f'{owner.__qualname__}.{name}'
        setattr(owner, name, func)


class AbstractServer:
    """Interface of the server objects create_server() would return."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


_methods_from_table(AbstractServer, """
close(self)
get_loop(self)
is_serving(self)
async start_serving(self)
async serve_forever(self)
async wait_closed(self)
""", 'raise NotImplementedError')


class AbstractEventLoop:
    """Interface every event loop offers; each of its methods only raises
    NotImplementedError."""


_methods_from_table(AbstractEventLoop, """
run_forever(self)
run_until_complete(self, future)
stop(self)
is_running(self)
is_closed(self)
close(self)
async shutdown_asyncgens(self)
async shutdown_default_executor(self)
_timer_handle_cancelled(self, handle)
call_soon(self, callback, *args, context=None)
call_later(self, delay, callback, *args, context=None)
call_at(self, when, callback, *args, context=None)
time(self)
create_future(self)
create_task(self, coro, *, name=None, context=None)
call_soon_threadsafe(self, callback, *args, context=None)
run_in_executor(self, executor, func, *args)
set_default_executor(self, executor)
async getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0)
async getnameinfo(self, sockaddr, flags=0)
async create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, family=0,
    proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
    ssl_handshake_timeout=None, ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
    interleave=None)
async create_server(self, protocol_factory, host=None, port=None, *, family=0, flags=1,
    sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None,
    ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True)
async sendfile(self, transport, file, offset=0, count=None, *, fallback=True)
async start_tls(self, transport, protocol, sslcontext, *, server_side=False,
    server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)
async create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
    server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None)
async create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
    ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True)
async connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
    ssl_handshake_timeout=None, ssl_shutdown_timeout=None)
async create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None,
    *, family=0, proto=0, flags=0, reuse_address=None, reuse_port=None,
    allow_broadcast=None, sock=None)
async connect_read_pipe(self, protocol_factory, pipe)
async connect_write_pipe(self, protocol_factory, pipe)
async subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1,
    **kwargs)
async subprocess_exec(self, protocol_factory, *args, stdin=-1, stdout=-1, stderr=-1,
    **kwargs)
add_reader(self, fd, callback, *args)
remove_reader(self, fd)
add_writer(self, fd, callback, *args)
remove_writer(self, fd)
async sock_recv(self, sock, nbytes)
async sock_recv_into(self, sock, buf)
async sock_recvfrom(self, sock, bufsize)
async sock_recvfrom_into(self, sock, buf, nbytes=0)
async sock_sendall(self, sock, data)
async sock_sendto(self, sock, data, address)
async sock_connect(self, sock, address)
async sock_accept(self, sock)
async sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=None)
add_signal_handler(self, sig, callback, *args)
remove_signal_handler(self, sig)
set_task_factory(self, factory)
get_task_factory(self)
get_exception_handler(self)
set_exception_handler(self, handler)
default_exception_handler(self, context)
call_exception_handler(self, context)
get_debug(self)
set_debug(self, enabled)
""", 'raise NotImplementedError')


class AbstractEventLoopPolicy:
    """Interface of the object that decides which event loop is current."""


_methods_from_table(AbstractEventLoopPolicy, """
get_event_loop(self)
set_event_loop(self, loop)
new_event_loop(self)
get_child_watcher(self)
set_child_watcher(self, watcher)
""", 'raise NotImplementedError')


def _require_instance(value, cls, role):
    # None is always accepted: it means "no loop" / "the default policy"
    if value is None or isinstance(value, cls):
        return
    raise TypeError(f"{role} must be an instance of {cls.__name__} or None, "
                    f"not '{type(value).__name__}'")


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The usual policy: one current loop, made on demand (with a
    DeprecationWarning) the first time it is asked for, unless set_event_loop()
    has been called. Subclasses name the loop class in _loop_factory."""

    _loop_factory = None

    def __init__(self):
        self._current = None
        self._chosen = False      # set_event_loop() has been called

    def get_event_loop(self):
        if self._current is None:
            if self._chosen:
                import threading
                where = threading.current_thread().name
                raise RuntimeError(f'There is no current event loop in thread {where!r}.')
            import warnings
            warnings.warn('There is no current event loop', DeprecationWarning,
                          stacklevel=2, skip_file_prefixes=(_package_prefix(),))
            made = self.new_event_loop()
            self.set_event_loop(made)
        return self._current

    def set_event_loop(self, loop):
        self._chosen = True
        _require_instance(loop, AbstractEventLoop, 'loop')
        self._current = loop

    def new_event_loop(self):
        make = self._loop_factory
        return make()


# --- the running loop and the policy ----------------------------------------------------------

# Module state (one thread): the loop inside run_forever() now, and the policy.
_state = {'running': None, 'policy': None}


def _get_running_loop():
    """The loop running right now, or None (no error when there is none)."""
    return _state['running']


def _set_running_loop(loop, /):
    """Record `loop` as running (None: no loop runs). Used by the loops themselves."""
    _state['running'] = loop


def get_running_loop():
    """The running event loop; RuntimeError when no loop is running."""
    found = _state['running']
    if found is None:
        raise RuntimeError('no running event loop')
    return found


def get_event_loop():
    """The running loop if there is one, else the policy's current loop."""
    found = _state['running']
    if found is None:
        found = get_event_loop_policy().get_event_loop()
    return found


def _init_event_loop_policy():
    if _state['policy'] is None:
        from .base_events import DefaultEventLoopPolicy
        _state['policy'] = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """The policy in use (a default one is created the first time)."""
    _init_event_loop_policy()
    return _state['policy']


def set_event_loop_policy(policy):
    """Install `policy`; None goes back to a fresh default policy."""
    _require_instance(policy, AbstractEventLoopPolicy, 'policy')
    _state['policy'] = policy


def set_event_loop(loop):
    """Make `loop` the current loop of the policy."""
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    """A new loop made by the policy."""
    policy = get_event_loop_policy()
    return policy.new_event_loop()


def _deprecated_watcher_call(name, *args):
    import warnings
    warnings.warn(f"{name!r} is deprecated as of Python 3.12 and will be removed in "
                  f"Python 3.14.", DeprecationWarning, stacklevel=3)
    policy = get_event_loop_policy()
    return getattr(policy, name)(*args)


def get_child_watcher():
    """Deprecated: the policy's child watcher (pyrs has no child processes)."""
    return _deprecated_watcher_call('get_child_watcher')


def set_child_watcher(watcher):
    """Deprecated: give the policy a child watcher."""
    return _deprecated_watcher_call('set_child_watcher', watcher)
