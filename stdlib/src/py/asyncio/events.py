"""Event-loop plumbing of asyncio (written for pyrs): which loop is running, the loop
policy, the callback handles the loop queues, and the small repr helpers that futures,
tasks and handles share (so their reprs read as CPython's).

WASI gives pyrs one thread, so "the running loop of this thread" is a module global.
"""

import contextvars
import sys

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_child_watcher',
           'set_child_watcher', '_set_running_loop', 'get_running_loop',
           '_get_running_loop')


# --- short reprs (the rules of reprlib's defaults: strings cut to 30 characters, ...) -----

def _cut(text, limit):
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _sorted_if_possible(items):
    items = list(items)
    try:
        return sorted(items)
    except Exception:
        return items


def _short_seq(items, total, level, left, right, limit, one_comma=False):
    if total == 0:
        return left + right
    if level <= 0:
        return left + '...' + right
    parts = [_short_repr(item, level - 1) for item in items[:limit]]
    if total > limit:
        parts.append('...')
    text = ', '.join(parts)
    if one_comma and total == 1:
        text += ','
    return left + text + right


def _short_repr(obj, level=6):
    kind = type(obj).__name__
    if kind == 'str':
        return _cut(repr(obj[:30]), 30)
    if kind == 'int':
        return _cut(repr(obj), 40)
    if kind == 'list':
        return _short_seq(obj, len(obj), level, '[', ']', 6)
    if kind == 'tuple':
        return _short_seq(obj, len(obj), level, '(', ')', 6, True)
    if kind in ('set', 'frozenset'):
        if not obj:
            return kind + '()'
        items = _sorted_if_possible(obj)
        if kind == 'set':
            return _short_seq(items, len(obj), level, '{', '}', 6)
        return _short_seq(items, len(obj), level, 'frozenset({', '})', 6)
    if kind == 'dict':
        if not obj:
            return '{}'
        if level <= 0:
            return '{...}'
        parts = []
        for key in _sorted_if_possible(obj)[:4]:
            parts.append(_short_repr(key, level - 1) + ': ' + _short_repr(obj[key], level - 1))
        if len(obj) > 4:
            parts.append('...')
        return '{' + ', '.join(parts) + '}'
    try:
        text = repr(obj)
    except Exception:
        return '<%s instance at %#x>' % (type(obj).__name__, id(obj))
    return _cut(text, 30)


# --- callbacks and coroutines as CPython's asyncio shows them -----------------------------

def _call_args(args, kwargs=None):
    parts = [_short_repr(arg) for arg in (args or ())]
    if kwargs:
        parts.extend(f'{key}={_short_repr(value)}' for key, value in kwargs.items())
    return '(' + ', '.join(parts) + ')'


def _is_partial(func):
    return (type(func).__name__ == 'partial' and hasattr(func, 'func')
            and hasattr(func, 'args') and hasattr(func, 'keywords'))


def _callback_text(func, args, kwargs=None, suffix=''):
    if _is_partial(func):
        return _callback_text(func.func, func.args, func.keywords,
                              _call_args(args, kwargs) + suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if not name:
        name = repr(func)
    return name + _call_args(args, kwargs) + suffix


def _function_source(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if _is_partial(func):
        return _function_source(func.func)
    if type(func).__name__ == 'function':
        code = getattr(func, '__code__', None)
        if code is not None:
            return code.co_filename, code.co_firstlineno
    return None


def _callback_source(func, args):
    text = _callback_text(func, args)
    where = _function_source(func)
    if where:
        text += f' at {where[0]}:{where[1]}'
    return text


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name:
        name += '()'
    else:
        name = f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return name + ' running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


def _exception_line(exc):
    kind = type(exc)
    module = getattr(kind, '__module__', 'builtins')
    name = kind.__qualname__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    text = str(exc)
    return name + ': ' + text if text else name


def _print_exception(exc, file):
    hook = getattr(sys, 'excepthook', None)
    if hook is not None:
        try:
            file.flush()
        except Exception:
            pass
        hook(type(exc), exc, exc.__traceback__)
    else:
        file.write(_exception_line(exc) + '\n')


# --- handles --------------------------------------------------------------------------------

class Handle:
    """A callback queued by loop.call_soon(); cancel() keeps it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        # A callback runs in a copy of the context current when it was queued.
        self._context = contextvars.copy_context() if context is None else context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = _callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {where}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback queued by loop.call_at() / call_later() for a moment of loop.time()."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# --- abstract interfaces --------------------------------------------------------------------

class AbstractServer:
    """Interface of a listening server (pyrs has no sockets, so no loop creates one)."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _abstract(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = name
    return method


class AbstractEventLoop:
    """The interface every event loop offers; BaseEventLoop is pyrs's implementation."""


for _name in ('run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed',
              'close', 'shutdown_asyncgens', 'shutdown_default_executor', 'call_soon',
              'call_later', 'call_at', 'time', 'create_future', 'create_task',
              'call_soon_threadsafe', 'run_in_executor', 'set_default_executor',
              'set_exception_handler', 'get_exception_handler',
              'default_exception_handler', 'call_exception_handler', 'get_debug',
              'set_debug', 'set_task_factory', 'get_task_factory', '_timer_handle_cancelled'):
    setattr(AbstractEventLoop, _name, _abstract(_name))
del _name


class AbstractEventLoopPolicy:
    """Interface of the object that creates and remembers the current event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Remembers one current loop (pyrs has a single thread) and makes new ones with
    _loop_factory."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()

    def get_child_watcher(self):
        raise NotImplementedError('pyrs on WASI has no child processes')

    def set_child_watcher(self, watcher):
        raise NotImplementedError('pyrs on WASI has no child processes')


# --- the running loop and the policy ----------------------------------------------------------

_running_loop = None
_event_loop_policy = None


def _get_running_loop():
    """The running event loop, or None (no error)."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; RuntimeError when no loop is running."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from .base_events import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop when there is one, otherwise the policy's current loop."""
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    return get_event_loop_policy().set_child_watcher(watcher)
