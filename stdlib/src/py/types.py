"""Names for interpreter object types that builtins does not expose directly,
and helpers for building classes at run time."""

import sys as _sys

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
    'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
    'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
    'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
    'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
    'TracebackType', 'FrameType', 'GetSetDescriptorType',
    'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
    'get_original_bases', 'DynamicClassAttribute', 'coroutine',
    'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
    'NotImplementedType',
]


# ---------------------------------------------------------------------------
# Every alias below is the type of a real object made on the spot, so the
# module works with whatever the running interpreter's built-ins look like.
# ---------------------------------------------------------------------------

def _probe_types():
    found = {}

    def plain():
        pass

    found['FunctionType'] = type(plain)
    found['CodeType'] = type(plain.__code__)
    found['MappingProxyType'] = type(type.__dict__)

    def outer():
        captured = None

        def inner():
            return captured
        return inner

    found['CellType'] = type(outer().__closure__[0])

    def gen_fn():
        yield None

    g = gen_fn()
    found['GeneratorType'] = type(g)
    g.close()

    async def coro_fn():
        pass

    c = coro_fn()
    found['CoroutineType'] = type(c)
    c.close()

    async def agen_fn():
        yield None

    found['AsyncGeneratorType'] = type(agen_fn())

    class Holder:
        __slots__ = ('slot',)

        def method(self):
            pass

    found['MethodType'] = type(Holder().method)
    found['MemberDescriptorType'] = type(Holder.__dict__['slot'])
    found['GetSetDescriptorType'] = type(type.__dict__['__dict__'])

    found['BuiltinFunctionType'] = type(len)
    found['BuiltinMethodType'] = type([].append)
    found['WrapperDescriptorType'] = type(object.__init__)
    found['MethodWrapperType'] = type(object().__str__)
    found['MethodDescriptorType'] = type(str.join)
    found['ClassMethodDescriptorType'] = type(dict.__dict__['fromkeys'])
    found['ModuleType'] = type(_sys)

    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        found['TracebackType'] = type(tb)
        found['FrameType'] = type(tb.tb_frame)
        tb = None

    found['GenericAlias'] = type(list[int])
    found['UnionType'] = type(int | str)
    found['EllipsisType'] = type(Ellipsis)
    found['NoneType'] = type(None)
    found['NotImplementedType'] = type(NotImplemented)
    return found


globals().update(_probe_types())
del _probe_types

LambdaType = FunctionType


# ---------------------------------------------------------------------------
# SimpleNamespace
# ---------------------------------------------------------------------------

class SimpleNamespace:
    """An object whose attributes are given as keyword arguments."""

    __slots__ = ('__dict__',)

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


def _finish_namespace(cls):
    import operator
    in_progress = set()

    def __repr__(self):
        kind = type(self)
        label = 'namespace' if kind is cls else kind.__name__
        token = id(self)
        if token in in_progress:
            return label + '(...)'
        in_progress.add(token)
        try:
            shown = [f'{key}={value!r}'
                     for key, value in self.__dict__.items()
                     if isinstance(key, str)]
        finally:
            in_progress.discard(token)
        return label + '(' + ', '.join(shown) + ')'

    cls.__repr__ = __repr__

    # A class written in Python reports itself by its bare name in attribute
    # errors; the built-in original says 'types.SimpleNamespace'.
    def missing(name):
        return f"'types.SimpleNamespace' object has no attribute '{name}'"

    def __getattribute__(self, name):
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is not cls:
                raise
        raise AttributeError(missing(name), name=name, obj=self)

    def __delattr__(self, name):
        try:
            object.__delattr__(self, name)
        except AttributeError:
            if type(self) is not cls:
                raise
        else:
            return
        raise AttributeError(missing(name))

    cls.__getattribute__ = __getattribute__
    cls.__delattr__ = __delattr__

    def comparison(op):
        # Two namespaces compare like their attribute dicts do; anything
        # else is left to the other operand.
        def compare(self, other):
            if not isinstance(other, cls):
                return NotImplemented
            return op(self.__dict__, other.__dict__)
        compare.__name__ = compare.__qualname__ = f'__{op.__name__}__'
        return compare

    for op in (operator.eq, operator.ne, operator.lt, operator.le,
               operator.gt, operator.ge):
        setattr(cls, f'__{op.__name__}__', comparison(op))


_finish_namespace(SimpleNamespace)
del _finish_namespace


# ---------------------------------------------------------------------------
# Building classes programmatically
# ---------------------------------------------------------------------------

def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what that method returns."""
    expanded = []
    changed = False
    for entry in bases:
        if isinstance(entry, type):
            expanded.append(entry)
            continue
        hook = getattr(entry, '__mro_entries__', None)
        if hook is None:
            expanded.append(entry)
            continue
        replacement = hook(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        expanded.extend(replacement)
        changed = True
    return tuple(expanded) if changed else bases


def _calculate_meta(meta, bases):
    """Pick the most derived metaclass among meta and the bases' metaclasses."""
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Work out the metaclass and the initial namespace for a new class.

    Returns (metaclass, namespace, remaining keyword arguments)."""
    options = {} if kwds is None else dict(kwds)
    if 'metaclass' in options:
        meta = options.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # Only a real class can be reconciled with the bases' metaclasses.
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        namespace = meta.__prepare__(name, bases, **options)
    else:
        namespace = {}
    return meta, namespace, options


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would."""
    final_bases = resolve_bases(bases)
    meta, namespace, options = prepare_class(name, final_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if final_bases is not bases:
        namespace['__orig_bases__'] = bases
    if options:
        return meta(name, final_bases, namespace, **options)
    # (pyrs names the class's module after __main__ when type() is called
    # through an empty **mapping, so avoid that spelling when possible.)
    return meta(name, final_bases, namespace)


def get_original_bases(cls, /):
    """Return the bases a class was written with, before __mro_entries__."""
    try:
        own = cls.__dict__
    except AttributeError:
        raise TypeError(
            f"Expected an instance of type, not {type(cls).__name__!r}"
        ) from None
    if '__orig_bases__' in own:
        return own['__orig_bases__']
    return cls.__bases__


# ---------------------------------------------------------------------------
# DynamicClassAttribute
# ---------------------------------------------------------------------------

class DynamicClassAttribute:
    """Property-like descriptor that only answers on instances.

    Looking the name up on the class raises AttributeError, so the class's
    (or its metaclass's) __getattr__ can supply a different value."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        inherited = doc is None
        if inherited and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc
        self.overwrite_doc = inherited
        self.__isabstractmethod__ = bool(
            getattr(fget, '__isabstractmethod__', False))

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
        fresh_doc = fget.__doc__ if self.overwrite_doc else None
        made = type(self)(fget, self.fset, self.fdel,
                          fresh_doc or self.__doc__)
        made.overwrite_doc = self.overwrite_doc
        return made

    def setter(self, fset):
        made = type(self)(self.fget, fset, self.fdel, self.__doc__)
        made.overwrite_doc = self.overwrite_doc
        return made

    def deleter(self, fdel):
        made = type(self)(self.fget, self.fset, fdel, self.__doc__)
        made.overwrite_doc = self.overwrite_doc
        return made


# ---------------------------------------------------------------------------
# coroutine()
# ---------------------------------------------------------------------------

class _GeneratorWrapper:
    """Makes a generator usable with await by giving it __await__."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = isinstance(gen, GeneratorType)
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

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

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped if self.__isgen else self

    __await__ = __iter__


def coroutine(func):
    """Turn a generator-based function into one whose result can be awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    # Code flag bits: generator, coroutine, iterable coroutine.
    is_gen, is_coro, is_iter_coro = 0x20, 0x80, 0x100
    if type(func) is FunctionType:
        flags = getattr(func.__code__, 'co_flags', 0)
        if flags & (is_coro | is_iter_coro):
            return func
        if flags & is_gen:
            try:
                func.__code__ = func.__code__.replace(
                    co_flags=flags | is_iter_coro)
            except ValueError:
                # The interpreter cannot retag code objects: fall through
                # and wrap each generator the function produces instead.
                pass
            else:
                return func

    import functools
    import collections.abc

    def adapt(result):
        if isinstance(result, CoroutineType):
            return result
        if isinstance(result, GeneratorType):
            if result.gi_code.co_flags & is_iter_coro:
                return result
            return _GeneratorWrapper(result)
        if (isinstance(result, collections.abc.Generator)
                and not isinstance(result, collections.abc.Coroutine)):
            return _GeneratorWrapper(result)
        return result

    @functools.wraps(func)
    def awaitable_call(*args, **kwargs):
        return adapt(func(*args, **kwargs))

    return awaitable_call


del _sys
