"""Names for built-in types and dynamic class creation for pyrs (the `types` module,
written for pyrs).

This module owns the type names (`FunctionType`, `MethodType`, `ModuleType`, ... obtained as
`type(...)` of real objects), `SimpleNamespace`, `DynamicClassAttribute`, the class-creation
helpers `new_class`, `resolve_bases`, `prepare_class`, `get_original_bases`, and the
`coroutine` decorator.

A type that pyrs cannot produce yet is None here (`FrameType`: no frame objects).
`GenericAlias` and `UnionType` are the types of `list[int]` and `int | str`.
"""

import sys


# --- type names ---------------------------------------------------------------------------

def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _make_cell():
    captured = None

    def reader():
        return captured
    return reader.__closure__[0]


CellType = type(_make_cell())


def _generator():
    yield 1


GeneratorType = type(_generator())


def _async_types():
    # `async def` must not appear literally: an interpreter without coroutines rejects the
    # whole module at compile time. exec() lets the failure be caught instead.
    ns = {}
    try:
        exec("async def _coroutine():\n    pass\n"
             "async def _async_generator():\n    yield 1\n", ns)
        coro = ns['_coroutine']()
        coroutine_type = type(coro)
        coro.close()  # avoid the "never awaited" warning
        async_generator_type = type(ns['_async_generator']())
    except Exception:
        return None, None
    return coroutine_type, async_generator_type


CoroutineType, AsyncGeneratorType = _async_types()


class _Probe:
    __slots__ = ('slot',)

    def method(self):
        pass


MethodType = type(_Probe().method)
MemberDescriptorType = type(_Probe.__dict__['slot'])
GetSetDescriptorType = type(type.__dict__['__dict__'])

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(sys)

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
    traceback_type = type(tb)
    frame = getattr(tb, 'tb_frame', None)
    if frame is None:
        getframe = getattr(sys, '_getframe', None)
        if getframe is not None:
            frame = getframe()
    return traceback_type, (type(frame) if frame is not None else None)


TracebackType, FrameType = _traceback_and_frame()


def _union_type():
    try:
        return type(int | str)
    except TypeError:
        return None


UnionType = _union_type()


# --- GenericAlias: what subscripting a built-in container makes ----------------------

GenericAlias = type(list[int])


# --- SimpleNamespace ----------------------------------------------------------------------

_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs) sets each keyword argument as an attribute; attributes can
    then be added, changed and deleted freely. Two namespaces are equal when their
    attributes are.
    """

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f'{name}(...)'
        _repr_running.add(key)
        try:
            parts = []
            for attr, value in self.__dict__.items():
                if isinstance(attr, str):
                    parts.append(f'{attr}={value!r}')
            return f'{name}({", ".join(parts)})'
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


# CPython's SimpleNamespace is a C type: messages name it 'types.SimpleNamespace'.
import _abc
_abc.set_static_name(SimpleNamespace)
del _abc


# --- dynamic class creation ---------------------------------------------------------------

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560: every base that is not a
    class but has `__mro_entries__` is replaced by the tuple that method returns."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
    if not changed:
        return bases
    return tuple(resolved)


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                        "a (non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the `__prepare__` method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds): the metaclass is the explicit `metaclass` keyword
    if given (removed from kwds), else the most derived metaclass of the bases; namespace is
    what `__prepare__` returned (an empty dict when there is no `__prepare__`); kwds is a
    new dict holding the remaining keywords.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # Only a real class takes part in the metaclass calculation; any other callable
        # is used as given.
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    if prepare is None:
        namespace = {}
    else:
        namespace = prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass.

    `exec_body`, if given, is called with the fresh namespace to fill it in.
    """
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


def get_original_bases(cls, /):
    """Return the class's "original" bases prior to modification by `__mro_entries__`
    (its `__orig_bases__`), or its `__bases__` when nothing was changed."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


# --- DynamicClassAttribute ----------------------------------------------------------------

class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves like a property on instances, but looking it up on the class
    raises AttributeError, so that the class's (metaclass's) __getattr__ is consulted
    instead. This is how `enum` lets members have attributes that share names with
    attributes of the enum class.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # With no explicit doc, take the getter's docstring (and follow later getters).
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


# --- coroutine ----------------------------------------------------------------------------

class _GeneratorWrapper:
    """A generator made awaitable by `coroutine`: `await` drives the generator itself."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code, cr_frame, cr_running, cr_await = gi_code, gi_frame, gi_running, gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Convert a generator function into a coroutine function (PEP 492 decorator): its
    generators can be awaited.

    CPython flags the generator's code as an iterable coroutine; pyrs wraps each generator
    in an object whose `__await__` is the generator, which `await` drives the same way.
    """
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & 0x180:
        return func  # already a coroutine function (async def)

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [name for name in globals() if not name.startswith('_') and name != 'sys']

del sys, _function, _make_cell, _generator, _async_types, _Probe, _traceback_and_frame
del _union_type
