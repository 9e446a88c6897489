"""Names for interpreter types that builtins does not expose, and helpers for creating
classes dynamically (pyrs's `types` module)."""

import sys
import _abc

# ---- type objects, read off sample objects -------------------------------------------------


def _samples():
    """Sample objects of the interpreter's internal types, built once."""

    def generator():
        yield

    async def coroutine():
        pass

    async def async_generator():
        yield

    def with_cell():
        value = None

        def reader():
            return value
        return reader.__closure__[0]

    class Slotted:
        __slots__ = ('field',)

    try:
        raise LookupError
    except LookupError as caught:
        trace = caught.__traceback__

    pending = coroutine()
    kinds = {
        'FunctionType': type(generator),
        'CodeType': type(generator.__code__),
        'MappingProxyType': type(type.__dict__),
        'CellType': type(with_cell()),
        'GeneratorType': type(generator()),
        'CoroutineType': type(pending),
        'AsyncGeneratorType': type(async_generator()),
        'BuiltinFunctionType': type(len),
        'WrapperDescriptorType': type(object.__init__),
        'MethodWrapperType': type(object().__str__),
        'MethodDescriptorType': type(str.join),
        'ClassMethodDescriptorType': type(dict.__dict__['fromkeys']),
        'ModuleType': type(sys),
        'TracebackType': type(trace),
        'FrameType': type(trace.tb_frame),
        'GetSetDescriptorType': type(type.__dict__['__dict__']),
        'MemberDescriptorType': type(Slotted.__dict__['field']),
        'GenericAlias': type(list[int]),
        'UnionType': type(int | str),
        'EllipsisType': type(Ellipsis),
        'NoneType': type(None),
        'NotImplementedType': type(NotImplemented),
    }
    pending.close()

    class Owner:
        def method(self):
            pass
    kinds['MethodType'] = type(Owner().method)
    return kinds


globals().update(_samples())
del _samples
LambdaType = FunctionType
BuiltinMethodType = BuiltinFunctionType


# ---- dynamic class creation --------------------------------------------------------------

def resolve_bases(bases):
    """Replace the non-class bases that define __mro_entries__ by what it returns."""
    expanded = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if hook is None:
            expanded.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        expanded.extend(entries)
        changed = True
    return tuple(expanded) if changed else bases


def _winning_meta(candidate, bases):
    """The most derived of `candidate` and the metaclasses of `bases`."""
    best = candidate
    for base in bases:
        other = type(base)
        if issubclass(best, other):
            continue
        if not issubclass(other, best):
            raise TypeError('metaclass conflict: the metaclass of a derived class must '
                            'be a (non-strict) subclass of the metaclasses of all its bases')
        best = other
    return best


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class statement."""
    options = {} if kwds is None else dict(kwds)
    if 'metaclass' in options:
        meta = options.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):   # a real metaclass: the most derived one wins
        meta = _winning_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **options)
    return meta, namespace, options


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would; `exec_body(ns)` fills the body."""
    actual = resolve_bases(bases)
    meta, namespace, options = prepare_class(name, actual, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if actual is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, actual, namespace, **options)


def get_original_bases(cls, /):
    """The bases `cls` was defined with, before __mro_entries__ substitution."""
    if not isinstance(cls, type):
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}')
    own = cls.__dict__
    return own['__orig_bases__'] if '__orig_bases__' in own else cls.__bases__


# ---- SimpleNamespace ---------------------------------------------------------------------

_shown = set()    # ids of namespaces whose repr is being computed


def _dict_comparison(op):
    def compare(self, other):
        if isinstance(other, SimpleNamespace):
            return op(self.__dict__, other.__dict__)
        return NotImplemented
    return compare


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _shown:
            return f'{label}(...)'
        _shown.add(key)
        try:
            body = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _shown.discard(key)
        return f'{label}({body})'

    def __reduce__(self):
        return type(self), (), self.__dict__

    __eq__ = _dict_comparison(lambda a, b: a == b)
    __ne__ = _dict_comparison(lambda a, b: a != b)
    __lt__ = _dict_comparison(lambda a, b: a < b)
    __le__ = _dict_comparison(lambda a, b: a <= b)
    __gt__ = _dict_comparison(lambda a, b: a > b)
    __ge__ = _dict_comparison(lambda a, b: a >= b)
    __hash__ = None


SimpleNamespace.__module__ = 'types'
_abc.set_static_name(SimpleNamespace)
del _dict_comparison


# ---- DynamicClassAttribute ---------------------------------------------------------------

class DynamicClassAttribute:
    """A property seen on instances only; on the class, lookup goes on to the
    metaclass's __getattr__ (used by enum for member attributes)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        inherit_doc = doc is None
        self.__doc__ = getattr(fget, '__doc__', None) if inherit_doc else doc
        self.overwrite_doc = inherit_doc
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = True if abstract else False

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        reader = self.fget
        if reader is None:
            raise AttributeError('unreadable attribute')
        return reader(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, fget, fset, fdel):
        doc = fget.__doc__ if self.overwrite_doc else None
        clone = type(self)(fget, fset, fdel, doc or self.__doc__)
        clone.overwrite_doc = self.overwrite_doc
        return clone

    def getter(self, fget):
        return self._with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel)


# ---- coroutine ---------------------------------------------------------------------------

_COROUTINE_FLAGS = 0x80 | 0x100     # CO_COROUTINE | CO_ITERABLE_COROUTINE


class _AwaitableGen:
    """A generator made awaitable: `await` drives the generator itself."""

    __slots__ = ('_gen', '__name__', '__qualname__')

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    gi_code = cr_code = property(lambda self: self._gen.gi_code)
    gi_frame = cr_frame = property(lambda self: self._gen.gi_frame)
    gi_running = cr_running = property(lambda self: self._gen.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self._gen.gi_yieldfrom)


def _is_generator_like(obj):
    return (not hasattr(obj, '__await__')
            and all(callable(getattr(obj, name, None))
                    for name in ('__next__', '__iter__', 'send', 'throw', 'close')))


def coroutine(func):
    """Make a generator function usable with `await` (and usable as a coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and type(code) is CodeType \
            and code.co_flags & _COROUTINE_FLAGS:
        return func
    if type(func) is FunctionType and type(code) is CodeType and code.co_flags & 0x20:
        # A generator function: its generators become awaitable (CO_ITERABLE_COROUTINE).
        func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
        return func

    def awaitable_call(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType or _is_generator_like(result):
            return _AwaitableGen(result)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(func, attr):
            setattr(awaitable_call, attr, getattr(func, attr))
    awaitable_call.__dict__.update(getattr(func, '__dict__', {}))
    awaitable_call.__wrapped__ = func
    return awaitable_call


__all__ = [name for name in globals()
           if name[0] != '_' and name not in ('sys',)]
del sys, _abc
