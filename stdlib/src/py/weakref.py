"""The `weakref` module (written for pyrs): `ref` with callbacks from the VM, and in Python
`proxy`, `WeakMethod`, `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet` and `finalize`.

Weak references can point at instances of Python classes, functions and classes.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
import _abc
import _collections_abc
import copyreg as _copyreg
import operator as _operator
from types import GenericAlias

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


def _pyrs_refuse_pickle(r):
    raise TypeError("cannot pickle 'weakref.ReferenceType' object")


# A weak reference cannot be pickled. pyrs's object.__reduce_ex__ does not refuse objects
# with native state, so the pickler is told through copyreg (CPython needs no entry).
_copyreg.pickle(ReferenceType, _pyrs_refuse_pickle)


class ProxyType:
    """A proxy forwarding attribute access, operators and conversions to a weakly
    referenced object. Proxies are unhashable and cannot be weakly referenced."""
    __slots__ = ('_pyrs_ref',)

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            r = ref(obj, lambda _r, p=self: callback(p))
        object.__setattr__(self, '_pyrs_ref', r)

    def _pyrs_target(self):
        obj = object.__getattribute__(self, '_pyrs_ref')()
        if obj is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return obj

    def __getattribute__(self, name):
        return getattr(ProxyType._pyrs_target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._pyrs_target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._pyrs_target(self), name)

    def __dir__(self):
        # As CPython's object.__dir__ sees the proxy: the referent's dict and class.
        return object.__dir__(ProxyType._pyrs_target(self))

    def __repr__(self):
        obj = object.__getattribute__(self, '_pyrs_ref')()
        return '<weakproxy at %#x; to %r at %#x>' % (
            id(self), type(obj).__name__, id(obj)) if obj is not None else \
            '<weakproxy at %#x; dead>' % id(self)

    def __str__(self):
        return str(ProxyType._pyrs_target(self))

    def __bytes__(self):
        return ProxyType._pyrs_target(self).__bytes__()

    def __bool__(self):
        return bool(ProxyType._pyrs_target(self))

    def __len__(self):
        return len(ProxyType._pyrs_target(self))

    def __iter__(self):
        return iter(ProxyType._pyrs_target(self))

    def __next__(self):
        obj = ProxyType._pyrs_target(self)
        if not hasattr(type(obj), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(obj).__name__)
        return next(obj)

    def __reversed__(self):
        return ProxyType._pyrs_target(self).__reversed__()

    def __getitem__(self, key):
        return ProxyType._pyrs_target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._pyrs_target(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._pyrs_target(self)[key]

    def __contains__(self, item):
        return item in ProxyType._pyrs_target(self)

    def __index__(self):
        return _operator.index(ProxyType._pyrs_target(self))

    def __int__(self):
        return int(ProxyType._pyrs_target(self))

    def __float__(self):
        return float(ProxyType._pyrs_target(self))

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return pow(ProxyType._pyrs_target(self), _pyrs_unwrap(other))
        return pow(ProxyType._pyrs_target(self), _pyrs_unwrap(other), _pyrs_unwrap(modulo))

    def __rpow__(self, other, modulo=None):
        if modulo is None:
            return pow(_pyrs_unwrap(other), ProxyType._pyrs_target(self))
        return pow(_pyrs_unwrap(other), ProxyType._pyrs_target(self), _pyrs_unwrap(modulo))

    def __reduce_ex__(self, protocol):
        # Pickling and copying see the referent, as CPython's proxy forwards the look-up.
        return ProxyType._pyrs_target(self).__reduce_ex__(protocol)

    def __hash__(self):
        # CPython's message names the C type with its module.
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)


def _pyrs_unwrap(value):
    """The referent of a proxy operand (CPython unwraps both sides), else the value."""
    if isinstance(value, ProxyType):
        return ProxyType._pyrs_target(value)
    return value


def _pyrs_forward(name, op, reflected=False):
    """A ProxyType method applying `op` to the referent and the unwrapped operands."""
    if reflected:
        def method(self, other):
            return op(_pyrs_unwrap(other), ProxyType._pyrs_target(self))
    else:
        def method(self, *others):
            return op(ProxyType._pyrs_target(self), *map(_pyrs_unwrap, others))
    method.__name__ = name
    method.__qualname__ = 'ProxyType.' + name
    return method


def _pyrs_add_operators():
    binary = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'lshift',
              'rshift', 'and', 'xor', 'or']
    for name in binary:
        op = getattr(_operator, name + '_' if name in ('and', 'or') else name)
        setattr(ProxyType, '__%s__' % name, _pyrs_forward('__%s__' % name, op))
        setattr(ProxyType, '__r%s__' % name, _pyrs_forward('__r%s__' % name, op, True))
        inplace = getattr(_operator, 'i' + name)
        setattr(ProxyType, '__i%s__' % name, _pyrs_forward('__i%s__' % name, inplace))
    ProxyType.__ipow__ = _pyrs_forward('__ipow__', _operator.ipow)
    ProxyType.__divmod__ = _pyrs_forward('__divmod__', divmod)
    ProxyType.__rdivmod__ = _pyrs_forward('__rdivmod__', divmod, True)
    for name in ('neg', 'pos', 'abs', 'invert'):
        setattr(ProxyType, '__%s__' % name, _pyrs_forward('__%s__' % name, getattr(_operator, name)))
    for name in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        setattr(ProxyType, '__%s__' % name, _pyrs_forward('__%s__' % name, getattr(_operator, name)))


_pyrs_add_operators()


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._pyrs_target(self)(*args, **kwargs)


# Messages name the proxy types as CPython names its C types ('weakref.ProxyType').
_abc.set_static_name(ProxyType)
_abc.set_static_name(CallableProxyType)
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that does not keep it alive."""
    cls = CallableProxyType if callable(obj) else ProxyType
    return cls(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method, alive while its object is."""
    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


class _WeakMappingTail(_collections_abc.MutableMapping):
    """What both weak mappings share beyond their look-ups; as in CPython they are
    MutableMappings (equality with mappings, unhashable, subscriptable)."""

    def clear(self):
        self.data.clear()

    def popitem(self):
        for key in list(self):
            try:
                return key, self.pop(key)
            except KeyError:
                continue
        raise KeyError('popitem(): dictionary is empty')

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        from copy import deepcopy
        # Only the strongly held side is copied: a copy of a weakly held key or value
        # would die at once.
        twin = type(self)()
        weak_keys = isinstance(self, WeakKeyDictionary)
        for k, v in self.items():
            if weak_keys:
                twin[k] = deepcopy(v, memo)
            else:
                twin[deepcopy(k, memo)] = v
        return twin

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        twin = self.copy()
        twin.update(other)
        return twin

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        twin = type(self)()
        twin.update(other)
        twin.update(self)
        return twin

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMappingTail):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        data = self.data

        def remove(wr, key=key):
            if data.get(key) is wr:
                del data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return sum(1 for r in list(self.data.values()) if r() is not None)

    def __iter__(self):
        return iter([k for k, r in list(self.data.items()) if r() is not None])

    def keys(self):
        return list(self)

    def values(self):
        return [o for o in (r() for r in list(self.data.values())) if o is not None]

    def items(self):
        return [(k, o) for k, o in ((k, r()) for k, r in list(self.data.items())) if o is not None]

    def get(self, key, default=None):
        r = self.data.get(key)
        o = r() if r is not None else None
        return default if o is None else o

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return type(self)(self.items())

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def __repr__(self):
        return f'<WeakValueDictionary at {id(self):#x}>'


class WeakKeyDictionary(_WeakMappingTail):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _remove(self, wr):
        self.data.pop(wr, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __iter__(self):
        return iter([o for o in (r() for r in list(self.data)) if o is not None])

    def keys(self):
        return list(self)

    def values(self):
        return [v for r, v in list(self.data.items()) if r() is not None]

    def items(self):
        return [(o, v) for o, v in ((r(), v) for r, v in list(self.data.items())) if o is not None]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        if kw:
            self.update(kw)

    def copy(self):
        return type(self)(self.items())

    def keyrefs(self):
        return list(self.data)

    def __repr__(self):
        return f'<WeakKeyDictionary at {id(self):#x}>'


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _remove(self, wr):
        self.data.discard(wr)

    def _live(self):
        return {r for r in list(self.data) if r() is not None}

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __iter__(self):
        return iter([o for o in (r() for r in list(self.data)) if o is not None])

    def __repr__(self):
        # As CPython: the set of weak references.
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)

    # The operators, like the methods, take any iterable; the members of `other` must be
    # weakly referenceable except where only membership is tested (&, isdisjoint).

    def union(self, other):
        twin = self.copy()
        twin.update(other)
        return twin

    __or__ = union

    def __ior__(self, other):
        self.update(other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def __iand__(self, other):
        self.data &= {ref(item) for item in other}
        return self

    def intersection_update(self, other):
        self.__iand__(other)

    def difference(self, other):
        twin = self.copy()
        twin.difference_update(other)
        return twin

    __sub__ = difference

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= {ref(item) for item in other}
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def symmetric_difference(self, other):
        twin = self.copy()
        twin.symmetric_difference_update(other)
        return twin

    __xor__ = symmetric_difference

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= {ref(item, self._remove) for item in other}
        return self

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._live() == {ref(item) for item in other}

    def issubset(self, other):
        return self._live() <= {ref(item) for item in other}

    __le__ = issubset

    def __lt__(self, other):
        return self._live() < {ref(item) for item in other}

    def issuperset(self, other):
        return self._live() >= {ref(item) for item in other}

    __ge__ = issuperset

    def __gt__(self, other):
        return self._live() > {ref(item) for item in other}

    def pop(self):
        for r in list(self.data):
            self.data.discard(r)
            o = r()
            if o is not None:
                return o
        raise KeyError('pop from empty WeakSet')

    def clear(self):
        self.data.clear()

    def update(self, other):
        for x in other:
            self.add(x)

    def copy(self):
        return type(self)(self)


# Like CPython's, a WeakSet is a registered MutableSet rather than a subclass.
_collections_abc.MutableSet.register(WeakSet)


class finalize:
    """Calls `func(*args, **kwargs)` when `obj` dies, at the first explicit call, or at exit
    (while `atexit` is true); whichever comes first, once. A finalizer stays alive until then."""

    _registry = {}
    _shutdown = False
    _index = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        self._info = (func, args, kwargs)
        self._ref = ref(obj, self._on_death)
        self.atexit = True
        finalize._index += 1
        self._order = finalize._index
        finalize._registry[self] = None

    def _on_death(self, _wr):
        self()

    def __call__(self, _=None):
        info, self._info = self._info, None
        finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info, self._info = self._info, None
        finalize._registry.pop(self, None)
        obj = self._ref()
        if info is not None and obj is not None:
            return (obj,) + info

    def peek(self):
        obj = self._ref()
        if self._info is not None and obj is not None:
            return (obj,) + self._info

    @property
    def alive(self):
        return self._info is not None

    @classmethod
    def _exitfunc(cls):
        # The finalizers still alive with `atexit` set run newest first; none runs after.
        import sys
        try:
            while True:
                pending = sorted((f for f in cls._registry if f.atexit), key=lambda f: f._order)
                if not pending:
                    break
                try:
                    pending[-1]()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return f'<finalize object at {id(self):#x}; dead>'
        return f'<finalize object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>'
