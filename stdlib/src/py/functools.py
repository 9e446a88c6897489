"""Higher-order functions and callable tools (CPython's functools module, written for pyrs)."""

from _functools import reduce
from abc import get_cache_token, _as_machinery
from types import GenericAlias, MappingProxyType, MethodType

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ---------------------------------------------------------------- wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes that exist,
    merge the `updated` mappings, and point `wrapper.__wrapped__` at `wrapped`."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a `__wrapped__` found in the wrapped function's __dict__ loses.
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: `@wraps(f)` applied to a wrapper of f."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def _is_abstract(obj):
    return getattr(obj, '__isabstractmethod__', False)


# ---------------------------------------------------------------- partial

_as_generic_alias = classmethod(GenericAlias)   # cls[...] support
_repr_active = set()   # ids of the objects whose repr is being built (cycle guard)
_PARTIAL_FIELDS = ('func', 'args', 'keywords')


class partial:
    """partial(func, *args, **keywords) - a callable that calls func with the stored
    arguments followed by the ones given to the call."""

    __slots__ = ('_target', '_front', '_named', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain inner partial is merged into the new one.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ \
                and not func.__dict__:
            args = func._front + args
            keywords = {**func._named, **keywords}
            func = func._target
        self = object.__new__(cls)
        object.__setattr__(self, '_target', func)
        object.__setattr__(self, '_front', args)
        object.__setattr__(self, '_named', keywords)
        return self

    func = property(lambda self: self._target,
                    doc='function object to use in future partial calls')
    args = property(lambda self: self._front,
                    doc='tuple of arguments to future partial calls')
    keywords = property(lambda self: self._named,
                        doc='dictionary of keyword arguments to future partial calls')

    def __setattr__(self, name, value):
        if name in _PARTIAL_FIELDS or name in partial.__slots__[:3]:
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _PARTIAL_FIELDS or name in partial.__slots__[:3]:
            raise AttributeError('readonly attribute')
        object.__delattr__(self, name)

    def __call__(self, /, *args, **keywords):
        if self._named:
            keywords = {**self._named, **keywords}
        return self._target(*self._front, *args, **keywords)

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        key = id(self)
        if key in _repr_active:
            return '...'
        _repr_active.add(key)
        try:
            shown = [repr(self._target)]
            shown.extend(map(repr, self._front))
            shown.extend(f'{k}={v!r}' for k, v in self._named.items())
        finally:
            _repr_active.discard(key)
        return f"{name}({', '.join(shown)})"

    def __reduce__(self):
        return type(self), (self._target,), (self._target, self._front,
                                             self._named, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, extra = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError('invalid partial state')
        object.__setattr__(self, '_target', func)
        object.__setattr__(self, '_front', tuple(args))
        object.__setattr__(self, '_named', {} if keywords is None else dict(keywords))
        self.__dict__.clear()
        if extra is not None:
            self.__dict__.update(extra)

    __class_getitem__ = _as_generic_alias


# ---------------------------------------------------------------- partialmethod

class partialmethod:
    """A partial application meant for a class body: the stored arguments go after
    the instance (or class) the attribute is looked up on."""

    def __init__(self, func, /, *args, **keywords):
        if isinstance(func, partialmethod):
            # Nested: keep one level, earlier arguments first.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        elif not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        kind = type(self)
        shown_args = ', '.join(map(repr, self.args))
        shown_kw = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        return (f'{kind.__module__}.{kind.__qualname__}'
                f'({self.func!r}, {shown_args}, {shown_kw})')

    def __get__(self, obj, cls=None):
        wrapped = self.func
        if not isinstance(wrapped, partial) and hasattr(wrapped, '__get__'):
            bound = wrapped.__get__(obj, cls)
            if bound is not wrapped:
                # The descriptor bound something itself (a method, a class method...).
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _ABSENT)
                if owner is not _ABSENT:
                    result.__self__ = owner
                return result
        return self._as_function().__get__(obj, cls)

    def _as_function(self):
        # A plain function, so that normal method binding supplies the first argument.
        spec = self

        def forward(cls_or_self, /, *args, **keywords):
            return spec.func(cls_or_self, *spec.args, *args, **{**spec.keywords, **keywords})

        # The names CPython's version shows for this function.
        forward.__name__ = '_method'
        forward.__qualname__ = 'partialmethod._make_unbound_method.<locals>._method'
        forward.__isabstractmethod__ = self.__isabstractmethod__
        forward._partialmethod = self
        return forward

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = _as_generic_alias


# ---------------------------------------------------------------- lru_cache

class CacheInfo(tuple):
    """`cache_info()`'s result: the named tuple (hits, misses, maxsize, currsize)."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return type(self)(**values)

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_CacheInfo = CacheInfo
del CacheInfo

_KW_SEP = object()      # separates positional arguments from keyword ones in a key
_TYPES_SEP = object()   # introduces the argument types of a typed key
_ABSENT = object()


def _call_key(args, kwds, typed):
    """The cache key of one call. A lone int or str argument is its own key."""
    if not kwds:
        if not typed and len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        key = args
    else:
        key = (_KW_SEP, args, tuple(kwds.items()))
    if typed:
        key = (_TYPES_SEP, key, tuple(map(type, args)), tuple(map(type, kwds.values())))
    return key


class _lru_cache_wrapper:
    """The callable that lru_cache puts in place of the decorated function."""

    __slots__ = ('_user', '_limit', '_typed', '_table', '_hits', '_misses',
                 '__dict__', '__weakref__')

    def __init__(self, user_function, maxsize, typed):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        self._user = user_function
        self._limit = maxsize
        self._typed = typed
        # Insertion order is recency order: the first key is the least recently used.
        self._table = {}
        self._hits = self._misses = 0

    def __call__(self, /, *args, **kwds):
        limit = self._limit
        if limit == 0:
            self._misses += 1
            return self._user(*args, **kwds)
        key = _call_key(args, kwds, self._typed)
        table = self._table
        result = table.get(key, _ABSENT)
        if result is not _ABSENT:
            self._hits += 1
            if limit is not None:
                del table[key]
                table[key] = result
            return result
        self._misses += 1
        result = self._user(*args, **kwds)
        if key not in table:   # a recursive call may have stored it already
            if limit is not None and len(table) >= limit:
                del table[next(iter(table))]
            table[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._limit, len(self._table))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._table.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._limit, 'typed': self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function's results, keeping the `maxsize` most recently
    used ones (all of them if maxsize is None). With `typed`, arguments of different
    types are cached apart."""
    def decorating_function(func):
        return _cached(func, limit, typed)

    if maxsize is None:
        limit = None
    elif isinstance(maxsize, int):
        limit = 0 if maxsize < 0 else maxsize
    elif not callable(maxsize) or not isinstance(typed, bool):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    else:
        # Used bare, as @lru_cache: the argument is the function itself.
        limit = 128
        return decorating_function(maxsize)
    return decorating_function


def _cached(func, limit, typed):
    wrapper = _lru_cache_wrapper(func, limit, typed)
    # An attribute of the wrapper itself, so that wraps() copies it along.
    wrapper.cache_parameters = lambda: {'maxsize': limit, 'typed': typed}
    return update_wrapper(wrapper, func)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return _cached(user_function, None, False)


# ---------------------------------------------------------------- cached_property

_SHARED_NAME_ERROR = ('Cannot assign the same cached_property to two different names '
                      '({!r} and {!r}).')


class cached_property:
    # A non-data descriptor: the first read stores the computed value in the instance
    # __dict__ under the same name, which then shadows the descriptor.

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError(_SHARED_NAME_ERROR.format(self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        kind = type(instance).__name__
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance to cache "
                            f'{name!r} property.') from None
        if name in storage:
            return storage[name]
        value = self.func(instance)
        try:
            storage[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                            f'support item assignment for caching {name!r} '
                            'property.') from None
        return value

    __class_getitem__ = _as_generic_alias


# ---------------------------------------------------------------- cmp_to_key

def _single_argument(fname, argname, args, kwargs):
    """The one argument of a call taking `argname` by position or by keyword."""
    given = len(args) + len(kwargs)
    if given > 1:
        raise TypeError(f'{fname}() takes at most 1 argument ({given} given)')
    if args:
        return args[0]
    if argname in kwargs:
        return kwargs[argname]
    if kwargs:
        raise TypeError(f'{fname}() got an unexpected keyword argument {next(iter(kwargs))!r}')
    raise TypeError(f"{fname}() missing required argument '{argname}' (pos 1)")


class KeyWrapper:
    """Sort key made by cmp_to_key: compares wrapped objects with the old-style
    comparison function. Calling one wraps a new object."""

    __slots__ = ('_compare', 'obj')

    def __call__(self, *args, **kwargs):
        wrapped = object.__new__(type(self))
        wrapped._compare = self._compare
        wrapped.obj = _single_argument('K', 'obj', args, kwargs)
        return wrapped

    def _against(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._compare(self.obj, other.obj)

    def __lt__(self, other):
        return self._against(other) < 0

    def __le__(self, other):
        return self._against(other) <= 0

    def __eq__(self, other):
        return self._against(other) == 0

    def __ne__(self, other):
        return self._against(other) != 0

    def __gt__(self, other):
        return self._against(other) > 0

    def __ge__(self, other):
        return self._against(other) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


_KeyWrapper = KeyWrapper
del KeyWrapper


def cmp_to_key(*args, **kwargs):
    """Convert a cmp= function into a key= function."""
    keyer = object.__new__(_KeyWrapper)
    keyer._compare = _single_argument('cmp_to_key', 'mycmp', args, kwargs)
    keyer.obj = None
    return keyer


# ---------------------------------------------------------------- total_ordering

def _derived(root, combine):
    """A comparison computed from the class's `root` comparison: NotImplemented passes
    through, otherwise `combine(result, self, other)` decides."""
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(result, self, other)
    return compare


# For each root comparison, how the other three follow from it.
_ORDERINGS = {
    '__lt__': {
        '__gt__': lambda r, a, b: not r and a != b,
        '__le__': lambda r, a, b: r or a == b,
        '__ge__': lambda r, a, b: not r,
    },
    '__le__': {
        '__ge__': lambda r, a, b: not r or a == b,
        '__lt__': lambda r, a, b: r and a != b,
        '__gt__': lambda r, a, b: not r,
    },
    '__gt__': {
        '__lt__': lambda r, a, b: not r and a != b,
        '__ge__': lambda r, a, b: r or a == b,
        '__le__': lambda r, a, b: not r,
    },
    '__ge__': {
        '__le__': lambda r, a, b: not r or a == b,
        '__gt__': lambda r, a, b: r and a != b,
        '__lt__': lambda r, a, b: not r,
    },
}


def total_ordering(cls):
    """Class decorator adding the missing rich comparisons from the ones defined
    (preferring __lt__, then __le__, __gt__, __ge__ as the root)."""
    roots = {op for op in _ORDERINGS
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, combine in _ORDERINGS[root].items():
        if name not in roots:
            method = _derived(root, combine)
            method.__name__ = name
            # As CPython's: '_le_from_lt' is __le__ computed from __lt__.
            method.__qualname__ = f'_{name[2:4]}_from_{root[2:4]}'
            setattr(cls, name, method)
    return cls


# ---------------------------------------------------------------- singledispatch

def _merge_orders(sequences):
    """C3-merge `sequences` (each one an order to respect); None if impossible."""
    pending = [list(s) for s in sequences if s]
    merged = []
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            return None
        merged.append(head)
        pending = [[c for c in seq if c is not head] for seq in pending]
        pending = [seq for seq in pending if seq]
    return merged


def _subclass_tree(root):
    """Every class deriving from `root` (through real inheritance), breadth first."""
    found = []
    seen = set()
    queue = [root]
    while queue:
        node = queue.pop(0)
        try:
            subs = node.__subclasses__()
        except TypeError:
            subs = type.__subclasses__(node)
        for sub in subs:
            if sub not in seen:
                seen.add(sub)
                found.append(sub)
                queue.append(sub)
    return found


def _arrange_group(cls, group, registry_order):
    """Order ABCs that `cls` implements and that share an insertion point: derived
    ones first; unrelated ones as in the MRO of an ABC that cls implements and that
    derives from them, else by registration order."""
    witness = ()
    best = 1
    for member in group:
        for sub in _subclass_tree(member):
            if sub in cls.__mro__:
                continue
            try:
                if not issubclass(cls, sub):
                    continue
            except TypeError:
                continue
            covered = sum(1 for g in group if g in sub.__mro__)
            if covered > best:
                best, witness = covered, sub.__mro__
    def rank(abc):
        if abc in witness:
            return (0, witness.index(abc))
        return (1, registry_order.index(abc))
    ordered = sorted(group, key=rank)
    # Stable topological fix-up: a class always before its bases.
    result = []
    for abc in ordered:
        spot = len(result)
        for i, placed in enumerate(result):
            if issubclass(abc, placed):
                spot = i
                break
        result.insert(spot, abc)
    return result


def _dispatch_order(cls, registry):
    """cls.__mro__ with the registered ABCs that cls implements (and their own bases)
    placed after the deepest class of the MRO that implements each (just before
    `object` for ABCs that object itself satisfies). Also returns, for each inserted
    class, the number of the group it was inserted with."""
    mro = cls.__mro__
    keys = list(registry)
    groups = {}
    for abc in keys:
        if abc in mro or not hasattr(abc, '__mro__') or isinstance(abc, GenericAlias):
            continue
        try:
            if not issubclass(cls, abc):
                continue
        except TypeError:
            continue
        deepest = 0
        for i, klass in enumerate(mro):
            try:
                if issubclass(klass, abc):
                    deepest = i
            except TypeError:
                pass
        if mro[deepest] is object and deepest:
            slot = (deepest, 1)    # goes right before object
        else:
            slot = (deepest + 1, 0)
        groups.setdefault(slot, []).append(abc)
    order = list(mro)
    tags = {}
    for number, slot in enumerate(sorted(groups, reverse=True)):
        group = _arrange_group(cls, groups[slot], keys)
        chains = [[c for c in abc.__mro__ if c not in mro] for abc in group]
        merged = _merge_orders(chains + [group])
        if merged is None:
            merged = []
            for chain in chains:
                merged.extend(c for c in chain if c not in merged)
        merged = [c for c in merged if c not in tags]
        for c in merged:
            tags[c] = number
        order[slot[0]:slot[0]] = merged
    return order, tags


def _find_implementation(cls, registry):
    """The registered function for the most specific registered base of cls."""
    order, tags = _dispatch_order(cls, registry)
    for i, klass in enumerate(order):
        if klass not in registry:
            continue
        if i + 1 < len(order) and klass in tags:
            nxt = order[i + 1]
            # Two unrelated ABCs inserted at the same place: no way to choose.
            if (nxt in registry and tags.get(nxt) == tags[klass]
                    and not issubclass(klass, nxt)):
                raise RuntimeError(f'Ambiguous dispatch: {klass} or {nxt}')
        return registry[klass]
    return None


def _is_union(tp):
    if isinstance(tp, type):
        return False
    from typing import Union, get_origin
    import types
    return get_origin(tp) in (Union, types.UnionType)


def _dispatchable(tp):
    if isinstance(tp, type) and not isinstance(tp, GenericAlias):
        return True
    return _is_union(tp) and all(isinstance(arg, type) and not isinstance(arg, GenericAlias)
                                 for arg in tp.__args__)


def singledispatch(func):
    """Make `func` a generic function dispatching on the type of its first argument;
    implementations for other types are added with its `register` attribute."""
    registry = {}
    resolved = {}          # class -> implementation, for the current ABC cache token
    abc_token = [None]     # set once an ABC is registered

    def dispatch(cls):
        """Return the implementation chosen for arguments of class `cls`."""
        if abc_token[0] is not None:
            current = get_cache_token()
            if current != abc_token[0]:
                resolved.clear()
                abc_token[0] = current
        try:
            return resolved[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _as_machinery(_find_implementation, cls, registry)
        resolved[cls] = impl
        return impl

    def register(cls, func=None):
        """Register `func` as the implementation for `cls` (a class or a union of
        classes); without `func`, return a decorator, or read the class from the
        first annotation when `cls` is itself the annotated function."""
        if _dispatchable(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            if not getattr(cls, '__annotations__', None) and \
                    not getattr(getattr(cls, '__func__', None), '__annotations__', None):
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                'Use either `@register(some_class)` or plain `@register` '
                                'on an annotated function.')
            func = cls
            from typing import get_type_hints
            # A classmethod or staticmethod: its function holds the annotations.
            annotated = func if hasattr(func, '__annotations__') else func.__func__
            argname, cls = next(iter(get_type_hints(annotated).items()))
            if not _dispatchable(cls):
                if _is_union(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        targets = cls.__args__ if _is_union(cls) else (cls,)
        for target in targets:
            registry[target] = func
            if abc_token[0] is None and hasattr(target, '__abstractmethods__'):
                abc_token[0] = get_cache_token()
        resolved.clear()
        return func

    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    for attr, value in (('register', register), ('dispatch', dispatch)):
        setattr(wrapper, attr, value)
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher, self.func = singledispatch(func), func

    def register(self, cls, method=None):
        """Register `method` for `cls` (see singledispatch's register)."""
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            impl = self.dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = _is_abstract(self.func)
        setattr(_method, 'register', self.register)
        return update_wrapper(_method, self.func)

    __isabstractmethod__ = property(lambda self: _is_abstract(self.func))
