"""Functional tools for creating and using iterators (CPython's itertools module, written for pyrs)."""

from operator import index as _as_index

_MAXSIZE = (1 << 63) - 1
_NOTHING = object()


# ---------------------------------------------------------------- argument checks

def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _count_args(name, args, low, high):
    """Check the number of positional arguments, worded as CPython's tuple unpacking."""
    n = len(args)
    if low <= n <= high:
        return
    plural = lambda k: 'argument' if k == 1 else 'arguments'
    if low == high:
        raise TypeError(f'{name} expected {low} {plural(low)}, got {n}')
    if n < low:
        raise TypeError(f'{name} expected at least {low} {plural(low)}, got {n}')
    raise TypeError(f'{name} expected at most {high} {plural(high)}, got {n}')


def _bind(name, args, kwargs, params, required, positional=None):
    """Bind a call's arguments to `params` (the first `required` of them mandatory,
    the others default to None), with CPython's messages for bad calls."""
    if positional is None:
        positional = len(params)
    given = len(args) + len(kwargs)
    if given > len(params):
        # Too many in all: counted as keywords only when there are no positionals.
        most = len(params)
        raise TypeError(f"{name}() takes at most {most} {'' if args else 'keyword '}"
                        f"argument{'' if most == 1 else 's'} ({given} given)")
    if len(args) > positional:
        raise TypeError(f'{name}() takes at most {positional} positional arguments '
                        f'({len(args)} given)')
    values = list(args) + [_NOTHING] * (len(params) - len(args))
    for i, param in enumerate(params):
        if param in kwargs:
            if values[i] is not _NOTHING:
                raise TypeError(f"argument for {name}() given by name ('{param}') "
                                f'and position ({i + 1})')
            values[i] = kwargs[param]
    for i in range(required):
        if values[i] is _NOTHING:
            raise TypeError(f"{name}() missing required argument '{params[i]}' (pos {i + 1})")
    for key in kwargs:
        if key not in params:
            raise TypeError(f'{key!r} is an invalid keyword argument for {name}()')
    return [None if v is _NOTHING else v for v in values]


class _Driven:
    """Base of the iterators whose items come from a private generator."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _driven(cls, gen):
    self = object.__new__(cls)
    self._gen = gen
    return self


# ---------------------------------------------------------------- infinite iterators

def _is_number(value):
    kind = type(value)
    return any(hasattr(kind, slot) for slot in ('__index__', '__int__', '__float__', '__complex__'))


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ('_value', '_step')

    def __new__(cls, *args, **kwargs):
        start, step = _bind('count', args, kwargs, ('start', 'step'), 0)
        if start is None:
            start = 0
        if step is None:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        if type(start) is bool and isinstance(step, int):
            start = int(start)
        self = object.__new__(cls)
        self._value, self._step = start, step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return f'{name}({self._value!r})'
        return f'{name}({self._value!r}, {step!r})'

    def __reduce__(self):
        if isinstance(self._step, int) and self._step == 1:
            return type(self), (self._value,)
        return type(self), (self._value, self._step)


class cycle(_Driven):
    """Return elements from the iterable until it is exhausted, then repeat them."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _no_keywords('cycle', kwargs)
        _count_args('cycle', args, 1, 1)
        return _driven(cls, _cycling(iter(args[0])))


def _cycling(source):
    seen = []
    for item in source:
        seen.append(item)
        yield item
    if seen:
        while True:
            yield from seen


class repeat:
    """repeat(object [,times]) -> the object, endlessly or `times` times."""
    __slots__ = ('_obj', '_left')

    def __new__(cls, *args, **kwargs):
        obj, times = _bind('repeat', args, kwargs, ('object', 'times'), 1)
        self = object.__new__(cls)
        self._obj = obj
        if times is None and len(args) + len(kwargs) < 2:
            self._left = None
        else:
            times = _as_index(times)
            if times > _MAXSIZE:
                raise OverflowError('Python int too large to convert to C ssize_t')
            self._left = max(times, 0)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is not None:
            if left <= 0:
                raise StopIteration
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'{type(self).__name__}({self._obj!r})'
        return f'{type(self).__name__}({self._obj!r}, {self._left})'

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._left)


# ---------------------------------------------------------------- shortest-input iterators

class accumulate(_Driven):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _bind('accumulate', args, kwargs,
                                        ('iterable', 'func', 'initial'), 1, 2)
        return _driven(cls, _accumulating(iter(iterable), func, initial))


def _accumulating(source, func, total):
    if total is None:
        for total in source:
            break
        else:
            return
    yield total
    for item in source:
        if func is None:
            total = total + item
        else:
            try:
                total = func(total, item)
            except StopIteration:
                return  # as a native iterator: the consumer sees the end
        yield total


class batched(_Driven):
    """Batch data into tuples of length n. The last batch may be shorter."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, n = _bind('batched', args, kwargs, ('iterable', 'n'), 2)
        n = _as_index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        return _driven(cls, _batching(iter(iterable), n))


def _batching(source, size):
    while True:
        chunk = []
        for item in source:
            chunk.append(item)
            if len(chunk) == size:
                break
        if not chunk:
            return
        yield tuple(chunk)
        if len(chunk) < size:
            return


class chain(_Driven):
    """Return the elements of the first iterable, then of the next, and so on."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _no_keywords('chain', kwargs)
        return _driven(cls, _chaining(iter(args)))

    @classmethod
    def from_iterable(cls, *args):
        """Alternative chain() constructor taking a single iterable argument."""
        if len(args) != 1:
            raise TypeError('chain.from_iterable() takes exactly one argument '
                            f'({len(args)} given)')
        return _driven(cls, _chaining(iter(args[0])))


def _chaining(sources):
    for source in sources:
        yield from source


class compress(_Driven):
    """Return the items of data whose matching selector is true."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        data, selectors = _bind('compress', args, kwargs, ('data', 'selectors'), 2)
        return _driven(cls, (d for d, s in zip(iter(data), iter(selectors)) if s))


def _predicate_pair(name, args, kwargs):
    _no_keywords(name, kwargs)
    _count_args(name, args, 2, 2)
    return args[0], iter(args[1])


class dropwhile(_Driven):
    """Skip items while predicate(item) is true, then return every item."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, source = _predicate_pair('dropwhile', args, kwargs)
        return _driven(cls, _dropping(predicate, source))


def _dropping(predicate, source):
    for item in source:
        try:
            dropped = predicate(item)
        except StopIteration:
            return
        if not dropped:
            yield item
            break
    yield from source


class takewhile(_Driven):
    """Return items while predicate(item) is true, and stop at the first false one."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, source = _predicate_pair('takewhile', args, kwargs)
        return _driven(cls, _taking(predicate, source))


def _taking(predicate, source):
    for item in source:
        try:
            taken = predicate(item)
        except StopIteration:
            return
        if not taken:
            return
        yield item


def _filtering_false(predicate, source):
    for item in source:
        try:
            kept = predicate(item)
        except StopIteration:
            return
        if not kept:
            yield item


def _starmapping(function, source):
    for item in source:
        try:
            value = function(*(item if type(item) is tuple else tuple(item)))
        except StopIteration:
            return
        yield value


class filterfalse(_Driven):
    """Return the items for which predicate(item) is false (or which are false, when
    predicate is None)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, source = _predicate_pair('filterfalse', args, kwargs)
        if predicate is None:
            gen = (item for item in source if not item)
        else:
            gen = _filtering_false(predicate, source)
        return _driven(cls, gen)


class starmap(_Driven):
    """Return function(*args) for each args tuple of the iterable."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        function, source = _predicate_pair('starmap', args, kwargs)
        return _driven(cls, _starmapping(function, source))


class pairwise(_Driven):
    """Return successive overlapping pairs: pairwise('ABCD') --> AB BC CD."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _no_keywords('pairwise', kwargs)
        _count_args('pairwise', args, 1, 1)
        return _driven(cls, _pairing(iter(args[0])))


def _pairing(source):
    for previous in source:
        break
    else:
        return
    for item in source:
        yield previous, item
        previous = item


def _islice_bound(value, message):
    if value is None:
        return None
    try:
        value = _as_index(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _MAXSIZE:
        raise ValueError(message)
    return value


class islice(_Driven):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the selected
    items of the iterable, as a slice would select them from a list."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _no_keywords('islice', kwargs)
        _count_args('islice', args, 2, 4)
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop, step = (args[1:] + (None,))[:3]
        stop = _islice_bound(stop, 'Stop argument for islice() must be None or an integer: '
                                   '0 <= x <= sys.maxsize.')
        start = _islice_bound(start, 'Indices for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        if step is not None:
            try:
                step = _as_index(step)
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        return _driven(cls, _slicing(iter(args[0]), start or 0, stop, step or 1))


def _slicing(source, start, stop, step):
    # Items at start, start+step, ... below stop; never reads past `stop`.
    pos = 0
    wanted = start
    while stop is None or wanted < stop:
        while pos < wanted:
            try:
                next(source)
            except StopIteration:
                return
            pos += 1
        try:
            item = next(source)
        except StopIteration:
            return
        pos += 1
        wanted += step
        yield item
    # Consume up to `stop` as CPython does when the last wanted index is passed.
    while pos < stop:
        try:
            next(source)
        except StopIteration:
            return
        pos += 1


class zip_longest(_Driven):
    """Like zip, but goes on until the longest iterable is exhausted, filling the
    missing values with fillvalue."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        fill = None
        for key, value in kwargs.items():
            if key != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fill = value
        return _driven(cls, _zipping_longest([iter(a) for a in args], fill))


def _zipping_longest(sources, fill):
    live = len(sources)
    if not live:
        return
    while True:
        row = []
        for i, source in enumerate(sources):
            if source is None:
                row.append(fill)
                continue
            try:
                row.append(next(source))
            except StopIteration:
                live -= 1
                if not live:
                    return
                sources[i] = None
                row.append(fill)
        yield tuple(row)


# ---------------------------------------------------------------- groupby

class groupby:
    """groupby(iterable, key=None) -> (key, group) pairs for runs of consecutive
    items with equal keys; a group is only valid until the next pair is taken."""
    __slots__ = ('_source', '_keyfunc', '_value', '_key', '_handed', '_live')

    def __new__(cls, *args, **kwargs):
        iterable, key = _bind('groupby', args, kwargs, ('iterable', 'key'), 1)
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._keyfunc = key
        self._value = self._key = self._handed = _NOTHING
        self._live = None
        return self

    def _advance(self):
        value = next(self._source)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __iter__(self):
        return self

    def __next__(self):
        self._live = None
        while True:
            if self._key is _NOTHING:
                self._advance()
            if self._handed is _NOTHING or not self._key == self._handed:
                break
            self._key = _NOTHING   # still inside the previous group: skip it
        self._handed = self._key
        group = object.__new__(_grouper)
        group._parent = self
        self._live = group
        return self._key, group


class _grouper:
    __slots__ = ('_parent',)

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._live is not self:
            raise StopIteration
        if parent._key is _NOTHING:
            parent._advance()
        if not parent._key == parent._handed:
            raise StopIteration
        value = parent._value
        parent._value = parent._key = _NOTHING
        return value


# ---------------------------------------------------------------- tee

class _tee:
    """Iterator over a shared buffer of another iterator's items (made by tee())."""
    __slots__ = ('_source', '_cell', '__weakref__')

    # A cell is [filled, value, next cell]; the copies share them.
    def __new__(cls, *args, **kwargs):
        _no_keywords('_tee', kwargs)
        _count_args('_tee', args, 1, 1)
        source = iter(args[0])
        if isinstance(source, _tee):
            return source.__copy__()
        self = object.__new__(cls)
        self._source = source
        self._cell = [False, None, None]
        return self

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if not cell[0]:
            value = next(self._source)
            if not cell[0]:
                cell[0], cell[1], cell[2] = True, value, [False, None, None]
        self._cell = cell[2]
        return cell[1]

    def __copy__(self):
        twin = object.__new__(type(self))
        twin._source = self._source
        twin._cell = self._cell
        return twin


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators over the iterable."""
    _no_keywords('itertools.tee', kwargs)
    _count_args('tee', args, 1, 2)
    n = _as_index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(args[0])
    if n == 0:
        return ()
    first = source if hasattr(source, '__copy__') else _tee(source)
    copies = [first]
    for _ in range(n - 1):
        copies.append(first.__copy__())
    return tuple(copies)


# ---------------------------------------------------------------- combinatorics

class product(_Driven):
    """Cartesian product of the input iterables (each taken `repeat` times)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        times = 1
        if len(kwargs) > 1:
            raise TypeError('product() takes at most 1 keyword argument '
                            f'({len(kwargs)} given)')
        for key, value in kwargs.items():
            if key != 'repeat':
                raise TypeError(f'{key!r} is an invalid keyword argument for product()')
            times = _as_index(value)
        if times < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(a) for a in args] * times
        return _driven(cls, _producting(pools))


def _producting(pools):
    if any(not pool for pool in pools):
        return
    # An odometer of positions, the last pool turning fastest; `current` holds the items
    # under the positions, so each step changes only the wheels that moved.
    positions = [0] * len(pools)
    current = [pool[0] for pool in pools]
    while True:
        yield tuple(current)
        wheel = len(pools) - 1
        while wheel >= 0:
            pool = pools[wheel]
            at = positions[wheel] + 1
            if at < len(pool):
                positions[wheel] = at
                current[wheel] = pool[at]
                break
            positions[wheel] = 0
            current[wheel] = pool[0]
            wheel -= 1
        else:
            return


def _length_r(r):
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Driven):
    """Successive r-length orderings of the iterable's items (full length by default)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = _length_r(r)
        return _driven(cls, _permuting(pool, r))


def _permuting(pool, r):
    n = len(pool)
    if r > n:
        return
    # `order` is a permutation of the indices; `counters[i]` says how many more
    # choices position i has before it resets.
    order = list(range(n))
    counters = list(range(n, n - r, -1))
    yield tuple(pool[k] for k in order[:r])
    while n:
        i = r - 1
        while i >= 0:
            counters[i] -= 1
            if counters[i]:
                j = n - counters[i]
                order[i], order[j] = order[j], order[i]
                yield tuple(pool[k] for k in order[:r])
                break
            order.append(order.pop(i))
            counters[i] = n - i
            i -= 1
        else:
            return


class combinations(_Driven):
    """Successive r-length sub-sequences of the iterable's items, in order."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind('combinations', args, kwargs, ('iterable', 'r'), 2)
        r = _length_r(r)
        return _driven(cls, _combining(tuple(iterable), r))


def _combining(pool, r):
    n = len(pool)
    if r > n:
        return
    picks = list(range(r))
    while True:
        yield tuple(pool[k] for k in picks)
        # Find the rightmost pick that can still move right.
        i = r - 1
        while i >= 0 and picks[i] == n - r + i:
            i -= 1
        if i < 0:
            return
        picks[i] += 1
        for j in range(i + 1, r):
            picks[j] = picks[j - 1] + 1


class combinations_with_replacement(_Driven):
    """Successive r-length sub-sequences of the iterable's items, in order, where an
    item may be taken several times."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind('combinations_with_replacement', args, kwargs,
                            ('iterable', 'r'), 2)
        r = _length_r(r)
        return _driven(cls, _combining_again(tuple(iterable), r))


def _combining_again(pool, r):
    n = len(pool)
    if not n and r:
        return
    picks = [0] * r
    while True:
        yield tuple(pool[k] for k in picks)
        i = r - 1
        while i >= 0 and picks[i] == n - 1:
            i -= 1
        if i < 0:
            return
        picks[i:] = [picks[i] + 1] * (r - i)
