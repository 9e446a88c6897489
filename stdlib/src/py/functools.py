"""Higher-order functions (the common part of CPython's functools, written for pyrs)."""

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing):
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


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


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


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
            return (stats[0], stats[1], maxsize, len(cache))

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


def total_ordering(cls):
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op in cls.__dict__}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    if '__lt__' in roots:
        lt = cls.__lt__
        if '__gt__' not in roots:
            cls.__gt__ = lambda self, other: other.__lt__(self) if isinstance(other, type(self)) else NotImplemented
        if '__le__' not in roots:
            cls.__le__ = lambda self, other: lt(self, other) or self == other
        if '__ge__' not in roots:
            cls.__ge__ = lambda self, other: not lt(self, other)
    elif '__gt__' in roots:
        gt = cls.__gt__
        cls.__lt__ = lambda self, other: other.__gt__(self) if isinstance(other, type(self)) else NotImplemented
        if '__le__' not in roots:
            cls.__le__ = lambda self, other: not gt(self, other)
        if '__ge__' not in roots:
            cls.__ge__ = lambda self, other: gt(self, other) or self == other
    elif '__le__' in roots:
        le = cls.__le__
        cls.__lt__ = lambda self, other: le(self, other) and not self == other
        cls.__gt__ = lambda self, other: not le(self, other)
        if '__ge__' not in roots:
            cls.__ge__ = lambda self, other: not le(self, other) or self == other
    else:
        ge = cls.__ge__
        cls.__lt__ = lambda self, other: not ge(self, other)
        cls.__gt__ = lambda self, other: ge(self, other) and not self == other
        cls.__le__ = lambda self, other: not ge(self, other) or self == other
    return cls
