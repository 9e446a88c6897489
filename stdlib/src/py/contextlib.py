"""Tools for with statements (CPython's contextlib module, written for pyrs)."""

import abc
import os
import sys
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


# --- abstract base classes ------------------------------------------------------------------

# Subscripting an ABC (AbstractContextManager[int]) gives a types.GenericAlias.
_subscriptable = classmethod(GenericAlias)

def _provides(klass, names):
    """Subclass-hook answer: True when every name is found along klass's MRO (the nearest
    definition not being None), else NotImplemented."""
    for name in names:
        owner = next((base for base in klass.__mro__ if name in base.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """Base for classes usable in `with`; any class with __enter__ and __exit__ counts as
    a virtual subclass."""

    __class_getitem__ = _subscriptable
    __slots__ = ()

    def __enter__(self):
        """Give the manager itself to the `as` target."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the pending exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _provides(C, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(abc.ABC):
    """Base for classes usable in `async with`; any class with __aenter__ and __aexit__
    counts as a virtual subclass."""

    __class_getitem__ = _subscriptable
    __slots__ = ()

    async def __aenter__(self):
        """Give the manager itself to the `as` target."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the pending exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _provides(C, ("__aenter__", "__aexit__"))


# --- context managers as decorators ---------------------------------------------------------

class ContextDecorator(object):
    """Mixin: calling the context manager on a function wraps every call of that function
    in a `with` block."""

    # The name _recreate_cm is kept: subclasses override it to get a fresh manager for
    # each decorated call.
    def _recreate_cm(self):
        """The manager that one decorated call runs under (this one, by default)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*pos, **named):
            with self._recreate_cm():
                return func(*pos, **named)
        return inner


class AsyncContextDecorator(object):
    """Mixin: calling the async context manager on a coroutine function wraps every call
    of it in an `async with` block."""

    def _recreate_cm(self):
        """The manager that one decorated call runs under (this one, by default)."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*pos, **named):
            manager = self._recreate_cm()
            async with manager:
                return await func(*pos, **named)
        return inner


# --- @contextmanager and @asynccontextmanager -----------------------------------------------

def _after_throw(sent, raised, traceback, finished, converted):
    """Interpret what a generator raised when `sent` was thrown into it at its yield.

    Returns the value for __exit__ to return (False lets the with statement re-raise
    `sent` itself, with its original traceback), or None when `raised` must propagate.
    `finished` is the exception a generator ends with; `converted` are the types that
    PEP 479 turns into RuntimeError on their way out of a generator.
    """
    if isinstance(raised, finished):
        # The generator ran to its end: the exception was dealt with inside it.
        return raised is not sent
    if raised is sent:
        raised.__traceback__ = traceback
        return False
    if (isinstance(raised, RuntimeError) and isinstance(sent, converted)
            and raised.__cause__ is sent):
        # The body's StopIteration came back wrapped: report the original.
        sent.__traceback__ = traceback
        return False
    return None


def _refuse(gen, complaint):
    """Raise RuntimeError(complaint) for a generator that yielded once too often,
    closing it on the way out."""
    try:
        raise RuntimeError(complaint)
    finally:
        gen.close()


async def _arefuse(agen, complaint):
    try:
        raise RuntimeError(complaint)
    finally:
        await agen.aclose()


class _FromGenerator:
    """State shared by the sync and async generator-backed managers: the running
    generator, and what is needed to start a new one."""

    def __init__(self, func, args, kwds):
        generator = func(*args, **kwds)
        self.gen = generator
        self.func = func
        self.args = args
        self.kwds = kwds
        # Instances carry the documentation of the function they came from.
        text = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if text is None else text

    def _recreate_cm(self):
        # A decorated function needs a fresh generator for every call.
        return type(self)(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Entered: the recipe is no longer needed (entering a second time then fails).
        for name in ('args', 'kwds', 'func'):
            delattr(self, name)


class _GeneratorContextManager(_FromGenerator, AbstractContextManager, ContextDecorator):
    """Context manager running one generator: up to its yield on entry, the rest on
    exit."""

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            _refuse(gen, "generator didn't stop")
        if value is None:
            value = typ()   # only a type was given: throw an instance of it
        try:
            gen.throw(value)
        except BaseException as raised:
            verdict = _after_throw(value, raised, traceback, StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        _refuse(gen, "generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_FromGenerator, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Async context manager running one async generator: up to its yield on entry, the
    rest on exit."""

    async def __aenter__(self):
        self._forget_recipe()
        agen = self.gen
        try:
            return await anext(agen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        agen = self.gen
        if typ is None:
            try:
                await anext(agen)
            except StopAsyncIteration:
                return False
            await _arefuse(agen, "generator didn't stop")
        if value is None:
            value = typ()
        try:
            await agen.athrow(value)
        except BaseException as raised:
            verdict = _after_throw(value, raised, traceback, StopAsyncIteration,
                                   (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        await _arefuse(agen, "generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator turning a generator function that yields exactly once into a factory of
    context managers: the yielded value is what `as` binds, and an exception from the
    with block is raised inside the generator at its yield."""
    @wraps(func)
    def helper(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return helper


def asynccontextmanager(func):
    """Like contextmanager, for an async generator function and `async with`."""
    @wraps(func)
    def helper(*args, **kwargs):
        return _AsyncGeneratorContextManager(func, args, kwargs)
    return helper


# --- simple managers ------------------------------------------------------------------------

class closing(AbstractContextManager):
    """Gives `thing` to the with block and calls its close() method afterwards."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Gives `thing` to the async with block and awaits its aclose() method afterwards."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _StreamSwap(AbstractContextManager):
    """Temporarily replaces the sys attribute named by `_which`."""

    _which = None

    def __init__(self, new_target):
        self._replacement = new_target
        self._saved = []    # a stack: the same manager may be entered again inside itself

    def __enter__(self):
        self._saved.append(getattr(sys, self._which))
        setattr(sys, self._which, self._replacement)
        return self._replacement

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._which, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """Sends what is written to sys.stdout to another file-like object during the with
    block."""

    _which = "stdout"


class redirect_stderr(_StreamSwap):
    """Sends what is written to sys.stderr to another file-like object during the with
    block."""

    _which = "stderr"


class suppress(AbstractContextManager):
    """Swallows exceptions of the given types raised in the with block; from an exception
    group it strips the matching ones and re-raises any others."""

    def __init__(self, *exceptions):
        self._ignored = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        if issubclass(exctype, self._ignored):
            return True
        if not issubclass(exctype, BaseExceptionGroup):
            return False
        leftover = excinst.split(self._ignored)[1]
        if leftover is None:
            return True
        raise leftover


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager (for `with` and `async with`) that only hands out `enter_result`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Works in directory `path` during the with block, then returns to the previous
    working directory."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._previous.pop())


# --- ExitStack and AsyncExitStack -----------------------------------------------------------

def _unsupported(cls, flavour):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {flavour}context manager protocol")


def _ignore_details(callback, positional, keywords):
    """An exit function for a plain callback: it drops the exception details and never
    suppresses anything."""
    def run_callback(exc_type, exc, tb):
        callback(*positional, **keywords)
    run_callback.__wrapped__ = callback
    return run_callback


def _ignore_details_async(callback, positional, keywords):
    async def run_callback(exc_type, exc, tb):
        await callback(*positional, **keywords)
    run_callback.__wrapped__ = callback
    return run_callback


def _attach_context(failure, previous, surrounding):
    """Make the exception chain of `failure` end in `previous`, as if the callbacks had
    been nested with statements: the chain currently runs from `failure` down to
    `surrounding` (what was being handled around the whole stack)."""
    link = failure
    while True:
        below = link.__context__
        if below is None or below is previous:
            return
        if below is surrounding:
            link.__context__ = previous
            return
        link = below


def _raise_unchained(exc):
    """Raise exc without letting the raise rewrite its __context__."""
    kept = exc.__context__
    try:
        raise exc
    finally:
        exc.__context__ = kept


class _Unwinding:
    """Bookkeeping for one run through an exit stack's callbacks."""

    def __init__(self, details):
        self.details = details              # passed on to the next callback
        self.had_exception = details[0] is not None
        self.surrounding = sys.exc_info()[1]
        self.swallowed = False
        self.failed = False

    def absorbed(self):
        # A callback returned true: the current exception is gone.
        self.swallowed = True
        self.failed = False
        self.details = (None, None, None)

    def broke(self, exc):
        # A callback raised: its exception replaces the current one.
        _attach_context(exc, self.details[1], self.surrounding)
        self.failed = True
        self.details = (type(exc), exc, exc.__traceback__)

    def result(self):
        if self.failed:
            _raise_unchained(self.details[1])
        return self.had_exception and self.swallowed


class _StackOfExits:
    """The registration half of ExitStack and AsyncExitStack. Each entry is a pair
    (needs_await, exit_function)."""

    def __init__(self):
        self._entries = []

    def _register(self, exit_function, needs_await=False):
        self._entries.append((needs_await, exit_function))

    def pop_all(self):
        """Move all registered callbacks onto a new stack of the same type, and return
        it; this stack is left empty."""
        heir = type(self)()
        heir._entries, self._entries = self._entries, []
        return heir

    def push(self, exit):
        """Register a context manager's __exit__, or a callable taking the same three
        arguments; returns `exit` (so it can decorate a function)."""
        method = getattr(type(exit), '__exit__', _ABSENT)
        if method is _ABSENT:
            self._register(exit)
        else:
            self._register(MethodType(method, exit))
        return exit

    def enter_context(self, cm):
        """Enter context manager `cm`, register its __exit__, and return the value its
        __enter__ gave."""
        cls = type(cm)
        try:
            enter, leave = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _unsupported(cls, '') from None
        value = enter(cm)
        self._register(MethodType(leave, cm))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Register `callback(*args, **kwds)` to be called at unwinding; returns
        `callback` (so it can decorate a function)."""
        self._register(_ignore_details(callback, args, kwds))
        return callback


_ABSENT = object()


class ExitStack(_StackOfExits, AbstractContextManager):
    """Context manager that, on exit, calls the callbacks and context manager exits
    registered with it, most recent first, as nested with statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        run = _Unwinding(exc_details)
        # (self._entries is read afresh each time: a callback may call pop_all().)
        while self._entries:
            exit_function = self._entries.pop()[1]
            try:
                if exit_function(*run.details):
                    run.absorbed()
            except BaseException as failure:
                run.broke(failure)
        return run.result()

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_StackOfExits, AbstractAsyncContextManager):
    """Async counterpart of ExitStack, which also takes async context managers and
    coroutine functions."""

    async def enter_async_context(self, cm):
        """Enter async context manager `cm`, register its __aexit__, and return the value
        its __aenter__ gave."""
        cls = type(cm)
        try:
            enter, leave = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _unsupported(cls, 'asynchronous ') from None
        value = await enter(cm)
        self._register(MethodType(leave, cm), True)
        return value

    def push_async_exit(self, exit):
        """Register an async context manager's __aexit__, or a coroutine function taking
        the same three arguments; returns `exit`."""
        method = getattr(type(exit), '__aexit__', _ABSENT)
        if method is _ABSENT:
            self._register(exit, True)
        else:
            self._register(MethodType(method, exit), True)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function call `callback(*args, **kwds)` to be awaited
        at unwinding; returns `callback`."""
        self._register(_ignore_details_async(callback, args, kwds), True)
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        run = _Unwinding(exc_details)
        while self._entries:
            needs_await, exit_function = self._entries.pop()
            try:
                outcome = exit_function(*run.details)
                if needs_await:
                    outcome = await outcome
                if outcome:
                    run.absorbed()
            except BaseException as failure:
                run.broke(failure)
        return run.result()
