"""Higher-order functions (the common part of CPython's functools, written for pyrs)."""

from _functools import reduce


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        merged = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"functools.partial({', '.join(parts)})"


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


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

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


_CacheInfo = CacheInfo
del CacheInfo


def _make_key(args, kwds):
    key = args
    if kwds:
        key = key + (_kwd_mark,) + tuple(kwds.items())
    return key


_kwd_mark = object()


def lru_cache(maxsize=128, typed=False):
    def decorating(user_function):
        # The dict's insertion order is the recency order: a hit moves its key to the end
        # and the first key is the least recently used.
        cache = {}
        stats = [0, 0]

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds)
            if key in cache:
                stats[0] += 1
                if maxsize is None:
                    return cache[key]
                result = cache.pop(key)
                cache[key] = result
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if maxsize is None or maxsize > 0:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    del cache[next(iter(cache))]
            return result

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        def cache_info():
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

        wrapper.cache_clear = cache_clear
        wrapper.cache_info = cache_info
        return update_wrapper(wrapper, user_function)

    if callable(maxsize) and not isinstance(maxsize, int):
        user_function, maxsize = maxsize, 128
        return decorating(user_function)
    return decorating


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


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
    roots = {op for op in _ORDERINGS
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, combine in _ORDERINGS[root].items():
        if name not in roots:
            method = _derived(root, combine)
            method.__name__ = name
            setattr(cls, name, method)
    return cls
