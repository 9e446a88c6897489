"""Container datatypes (CPython's collections module, written for pyrs).

deque (a double-ended queue), defaultdict (a dict that makes missing values), OrderedDict
(a dict with order-aware operations), Counter (a dict of counts), namedtuple (tuple classes
with named fields), ChainMap (several mappings seen as one), and UserDict, UserList and
UserString (wrappers around a dict, a list and a str, made to be subclassed).

CPython writes deque, defaultdict, OrderedDict and the namedtuple field descriptors in C;
here everything is Python:
- deque keeps its items in two lists, the left half reversed, so that appends and pops at
  either end are list appends and pops (amortised O(1)); iterators notice changes through a
  counter of structural changes.
- OrderedDict keeps its order in the dict itself (pyrs's dicts are ordered), so dict(od),
  **od and every reader of the underlying dict see the same order; move_to_end(key)
  re-inserts the key, move_to_end(key, last=False) rebuilds the dict (O(n)).
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _abc
import _collections_abc
import _deque
import sys as _sys

from _thread import get_ident as _get_ident


# Python 3.12's keywords (keyword.kwlist): names a namedtuple cannot use.
_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield',
])


# The reprs being computed, as (object id, thread) pairs: a repr that comes back to an
# object already being shown gives a placeholder instead of recursing forever.
_repr_running = set()


def _guarded_repr(placeholder):
    """Decorator for __repr__ methods: a nested call for the same object returns
    `placeholder`."""

    def decorate(method):
        def __repr__(self):
            key = id(self), _get_ident()
            if key in _repr_running:
                return placeholder
            _repr_running.add(key)
            try:
                return method(self)
            finally:
                _repr_running.discard(key)

        __repr__.__qualname__ = method.__qualname__
        __repr__.__doc__ = method.__doc__
        __repr__.__wrapped__ = method
        return __repr__

    return decorate


def _index(value):
    """`value` as an int through __index__, with CPython's message for other objects."""
    if type(value) is int:
        return value
    try:
        convert = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an "
                        "integer") from None
    return convert(value)


def _slice_index(value):
    """A start or stop bound of index(), as CPython converts it."""
    if type(value) is int:
        return value
    try:
        convert = type(value).__index__
    except AttributeError:
        raise TypeError('slice indices must be integers or have an __index__ method') \
            from None
    return convert(value)


################################################################################
### deque
################################################################################

_NOT_GIVEN = object()


class _DequeMaxlen:
    """The read-only `maxlen` attribute of deques."""

    __slots__ = ()

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance._maxlen

    def __set__(self, instance, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not "
                             "writable")

    def __delete__(self, instance):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not "
                             "writable")

    def __repr__(self):
        return "<attribute 'maxlen' of 'collections.deque' objects>"


def _deque_iter(d, front, back, state):
    for x in reversed(front):
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        yield x
    for x in back:
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        yield x
    if d._state != state:
        raise RuntimeError('deque mutated during iteration')


def _deque_reverse_iter(d, front, back, state):
    # Once the items there were at the start are all given, CPython's reverse iterator is
    # exhausted whatever happened to the deque (the forward one still checks).
    remaining = len(front) + len(back)
    for part in (reversed(back), front):
        for x in part:
            if not remaining:
                return
            if d._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield x
            remaining -= 1


class deque:
    """deque(iterable=(), maxlen=None): a double-ended queue.

Appending and popping at either end take constant time. With a maxlen, the deque never
holds more than maxlen items: adding at one end drops items from the other."""

    # The items are reversed(_front) followed by _back: appends and pops at either end are
    # list appends and pops at the end of one list. A pop from an empty side moves half of
    # the other side over (amortised O(1) for any mix of operations).
    # _state is bumped by every change of the items' positions (appends, pops, rotations,
    # insertions, deletions, clear), so iterators can tell they were invalidated.
    __slots__ = ('_front', '_back', '_maxlen', '_state', '__weakref__')

    def __new__(cls, /, *args, **kwargs):
        self = object.__new__(cls)
        self._front = []
        self._back = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, *args, **kwargs):
        nargs = len(args) + len(kwargs)
        if nargs > 2:
            raise TypeError(f'deque() takes at most 2 arguments ({nargs} given)')
        iterable = args[0] if args else _NOT_GIVEN
        maxlen = args[1] if len(args) > 1 else None
        for name, value in kwargs.items():
            if name == 'iterable' and not args:
                iterable = value
            elif name == 'maxlen' and len(args) < 2:
                maxlen = value
            elif name in ('iterable', 'maxlen'):
                pos = 1 if name == 'iterable' else 2
                raise TypeError(f"argument for deque() given by name ('{name}') and "
                                f"position ({pos})")
            else:
                raise TypeError(f"'{name}' is an invalid keyword argument for deque()")
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            maxlen = int(maxlen)
            if not -2**63 <= maxlen < 2**63:
                raise OverflowError('Python int too large to convert to C ssize_t')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._front or self._back:
            self.clear()
        if iterable is not _NOT_GIVEN:
            self.extend(iterable)

    maxlen = _DequeMaxlen()

    # --- the two lists ----------------------------------------------------------------------

    def _items(self):
        """The items, in order, as a new list."""
        items = self._front[::-1]
        items.extend(self._back)
        return items

    def _set_items(self, items):
        """Replace the items by the list `items` (maxlen is not applied)."""
        self._front = []
        self._back = items

    def _drop_left(self):
        """Remove the leftmost item (there is one)."""
        front = self._front
        if not front:
            back = self._back
            k = (len(back) + 1) >> 1
            front.extend(back[k - 1::-1])
            del back[:k]
        front.pop()

    def _drop_right(self):
        """Remove the rightmost item (there is one)."""
        back = self._back
        if not back:
            front = self._front
            k = (len(front) + 1) >> 1
            back.extend(front[k - 1::-1])
            del front[:k]
        back.pop()

    def _checked_index(self, index):
        if type(index) is not int:
            try:
                method = type(index).__index__
            except AttributeError:
                raise TypeError('sequence index must be integer, not '
                                f"'{type(index).__name__}'") from None
            index = method(index)
        n = len(self._front) + len(self._back)
        if index < 0:
            index += n
            if index < 0:
                raise IndexError('deque index out of range')
        elif index >= n:
            raise IndexError('deque index out of range')
        return index

    # --- the ends ---------------------------------------------------------------------------

    # Unbounded appends, pops while an end's list has items, and len() run natively
    # (`_deque`); the methods below do everything else.
    append = _deque.append
    appendleft = _deque.appendleft
    pop = _deque.pop
    popleft = _deque.popleft
    __len__ = _deque.__len__

    def _append(self, x, /):
        """Add x at the right end."""
        self._state += 1
        back = self._back
        back.append(x)
        maxlen = self._maxlen
        if maxlen is not None:
            front = self._front
            if len(front) + len(back) > maxlen:
                if front:
                    front.pop()
                else:
                    self._drop_left()

    def _appendleft(self, x, /):
        """Add x at the left end."""
        self._state += 1
        front = self._front
        front.append(x)
        maxlen = self._maxlen
        if maxlen is not None:
            back = self._back
            if len(front) + len(back) > maxlen:
                if back:
                    back.pop()
                else:
                    self._drop_right()

    def _pop(self, /):
        """Remove and return the item at the right end."""
        back = self._back
        if not back:
            front = self._front
            if not front:
                raise IndexError('pop from an empty deque')
            k = (len(front) + 1) >> 1
            back.extend(front[k - 1::-1])
            del front[:k]
        self._state += 1
        return back.pop()

    def _popleft(self, /):
        """Remove and return the item at the left end."""
        front = self._front
        if not front:
            back = self._back
            if not back:
                raise IndexError('pop from an empty deque')
            k = (len(back) + 1) >> 1
            front.extend(back[k - 1::-1])
            del back[:k]
        self._state += 1
        return front.pop()

    def _grow(self, near, far, iterable):
        # Appends the items to `near` (the back list for extend, the front one for
        # extendleft); a bounded deque drops what falls off the `far` end.
        if iterable is self:
            iterable = self._items()
        maxlen = self._maxlen
        if maxlen is None:
            size = len(near)
            try:
                near.extend(iterable)
            finally:
                if len(near) != size:
                    self._state += 1
            return
        # Keep at most about twice maxlen items while the iterable runs.
        limit = 2 * maxlen + 16
        append = near.append
        for x in iterable:
            self._state += 1
            append(x)
            if len(near) >= limit:
                far.clear()
                del near[:len(near) - maxlen]
        excess = len(far) + len(near) - maxlen
        if excess > 0:
            if excess >= len(far):
                del near[:excess - len(far)]
                far.clear()
            else:
                del far[len(far) - excess:]

    def extend(self, iterable, /):
        """Append the items of the iterable at the right end, in order."""
        self._grow(self._back, self._front, iterable)

    def extendleft(self, iterable, /):
        """Append the items of the iterable at the left end, one by one (so in reverse
        order)."""
        self._grow(self._front, self._back, iterable)

    def clear(self, /):
        """Remove every item."""
        self._state += 1
        self._front = []
        self._back = []

    def rotate(self, n=1, /):
        """Move the last n items to the front (rotate right); a negative n rotates left."""
        n = _index(n)
        self._state += 1
        front = self._front
        back = self._back
        size = len(front) + len(back)
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if n <= size >> 1:
            # The n rightmost items move to the left end.
            if len(back) < n:
                back[:0] = front[::-1]
                front.clear()
            chunk = back[-n:]
            del back[-n:]
            chunk.reverse()
            front.extend(chunk)
        else:
            # The size - n leftmost items move to the right end.
            n = size - n
            if len(front) < n:
                front[:0] = back[::-1]
                back.clear()
            chunk = front[-n:]
            del front[-n:]
            chunk.reverse()
            back.extend(chunk)

    def reverse(self, /):
        """Reverse the order of the items, in place."""
        self._front, self._back = self._back, self._front

    # --- searching --------------------------------------------------------------------------

    def count(self, value, /):
        """How many items are value (or equal to it)."""
        state = self._state
        total = 0
        for items in (self._front[::-1], self._back[:]):
            for item in items:
                if item is value or item == value:
                    total += 1
                if self._state != state:
                    raise RuntimeError('deque mutated during iteration')
        return total

    def __contains__(self, value, /):
        state = self._state
        for items in (self._front[::-1], self._back[:]):
            for item in items:
                if item is value or item == value:
                    return True
                if self._state != state:
                    raise RuntimeError('deque mutated during iteration')
        return False

    def index(self, value, start=0, stop=None, /):
        """The index of the first item equal to value, from start and before stop;
        ValueError when there is none."""
        front = self._front
        back = self._back
        nf = len(front)
        n = nf + len(back)
        start = _slice_index(start)
        stop = n if stop is None else _slice_index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        state = self._state
        for i in range(start, stop):
            item = front[nf - 1 - i] if i < nf else back[i - nf]
            if item is value or item == value:
                return i
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value, /):
        """Insert value before the item at index."""
        index = _index(index)
        front = self._front
        nf = len(front)
        n = nf + len(self._back)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index >= n:
            self.append(value)
            return
        if index <= -n or index == 0:
            self.appendleft(value)
            return
        if index < 0:
            index += n
        self._state += 1
        if index <= nf:
            front.insert(nf - index, value)
        else:
            self._back.insert(index - nf, value)

    def remove(self, value, /):
        """Remove the first item equal to value; ValueError when there is none."""
        state = self._state
        i = 0
        for items in (self._front[::-1], self._back[:]):
            for item in items:
                found = item is value or item == value
                if self._state != state:
                    raise IndexError('deque mutated during remove().')
                if found:
                    del self[i]
                    return
                i += 1
        raise ValueError(f'{value!r} is not in deque')

    # --- items ------------------------------------------------------------------------------

    def __getitem__(self, index, /):
        i = self._checked_index(index)
        front = self._front
        nf = len(front)
        if i < nf:
            return front[nf - 1 - i]
        return self._back[i - nf]

    def __setitem__(self, index, value, /):
        i = self._checked_index(index)
        front = self._front
        nf = len(front)
        if i < nf:
            front[nf - 1 - i] = value
        else:
            self._back[i - nf] = value

    def __delitem__(self, index, /):
        i = self._checked_index(index)
        self._state += 1
        front = self._front
        nf = len(front)
        if i < nf:
            del front[nf - 1 - i]
        else:
            del self._back[i - nf]

    def __iter__(self):
        return _deque_iter(self, self._front, self._back, self._state)

    def __reversed__(self):
        """An iterator over the items from right to left."""
        return _deque_reverse_iter(self, self._front, self._back, self._state)

    # --- copies and operators ---------------------------------------------------------------

    def __copy__(self):
        """A new deque (of the same class) with the same items and maxlen."""
        cls = type(self)
        if cls is deque:
            new = deque.__new__(deque)
            new._maxlen = self._maxlen
            new._front = self._front[:]
            new._back = self._back[:]
            return new
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    copy = __copy__

    def __reduce__(self):
        """How to rebuild the deque (for copy and pickle)."""
        state = getattr(self, '__dict__', None) or None
        if self._maxlen is None:
            return type(self), (), state, iter(self)
        return type(self), ((), self._maxlen), state, iter(self)

    def __add__(self, other, /):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") '
                            'to deque')
        new = self.__copy__()
        new.extend(other)
        return new

    def __iadd__(self, other, /):
        self.extend(other)
        return self

    def __mul__(self, n, /):
        new = self.__copy__()
        return new.__imul__(n)

    __rmul__ = __mul__

    def __imul__(self, n, /):
        if type(n) is not int:
            try:
                method = type(n).__index__
            except AttributeError:
                raise TypeError(f"can't multiply sequence by non-int of type "
                                f"'{type(n).__name__}'") from None
            n = method(n)
        size = len(self._front) + len(self._back)
        if n == 1 or size == 0:
            return self
        if n <= 0:
            self.clear()
            return self
        items = self._items()
        maxlen = self._maxlen
        if maxlen is not None and n * size > maxlen:
            # Only the last maxlen items of the repetition stay.
            reps = -(-maxlen // size)
            items = (items * reps)[size * reps - maxlen:] if maxlen else []
        else:
            items = items * n
        self._state += 1
        self._set_items(items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        a = self._items()
        b = other._items()
        if op == 0:
            return a == b
        if op == 1:
            return a != b
        if op == 2:
            return a < b
        if op == 3:
            return a <= b
        if op == 4:
            return a > b
        return a >= b

    def __eq__(self, other, /):
        return self._compare(other, 0)

    def __ne__(self, other, /):
        return self._compare(other, 1)

    def __lt__(self, other, /):
        return self._compare(other, 2)

    def __le__(self, other, /):
        return self._compare(other, 3)

    def __gt__(self, other, /):
        return self._compare(other, 4)

    def __ge__(self, other, /):
        return self._compare(other, 5)

    __hash__ = None

    def __repr__(self):
        key = id(self), _get_ident()
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def __sizeof__(self):
        return object.__sizeof__(self) + self._front.__sizeof__() + self._back.__sizeof__()

    __class_getitem__ = classmethod(_collections_abc.GenericAlias)


_collections_abc.MutableSequence.register(deque)
_deque.bind(deque)


################################################################################
### defaultdict
################################################################################

def _merged(target, extra):
    # target updated with extra, for the | operators
    target.update(extra)
    return target


class defaultdict(dict):
    """defaultdict(default_factory=None, /, ...): a dict that fills in missing keys.

Looking up a missing key with [] calls default_factory() with no arguments, stores the
result under the key and returns it (with default_factory None, it raises KeyError).
The other arguments are those of dict().
"""

    __slots__ = ('default_factory',)

    def __new__(cls, /, *args, **kwargs):
        self = dict.__new__(cls)
        self.default_factory = None
        return self

    def __init__(self, /, *args, **kwargs):
        factory = None
        if args:
            factory, *args = args
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key, /):
        """Called by [] for a missing key: store and return default_factory(), or raise
        KeyError when there is no factory."""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown = 'None'
        else:
            key = id(factory), _get_ident()
            if key in _repr_running:
                shown = '...'
            else:
                _repr_running.add(key)
                try:
                    shown = repr(factory)
                finally:
                    _repr_running.discard(key)
        return f'{type(self).__name__}({shown}, {dict.__repr__(self)})'

    def copy(self, /):
        """A shallow copy, with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        """How to rebuild the defaultdict (for copy and pickle)."""
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other, /):
        if isinstance(other, dict):
            return _merged(type(self)(self.default_factory, self), other)
        return NotImplemented

    def __ror__(self, other, /):
        if isinstance(other, dict):
            return _merged(type(self)(self.default_factory, other), self)
        return NotImplemented

    __class_getitem__ = classmethod(_collections_abc.GenericAlias)


################################################################################
### OrderedDict
################################################################################

def _odict_view_repr(self):
    return f'{type(self).__name__}({list(self)!r})'


class odict_keys(_collections_abc.KeysView):
    __module__ = 'builtins'
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)


class odict_items(_collections_abc.ItemsView):
    __module__ = 'builtins'
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, dict.__getitem__(mapping, key))

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield (key, dict.__getitem__(mapping, key))


class odict_values(_collections_abc.ValuesView):
    __module__ = 'builtins'
    __slots__ = ()
    __repr__ = _odict_view_repr

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield dict.__getitem__(mapping, key)

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield dict.__getitem__(mapping, key)


def _odict_iter(od, keys, size, state):
    """The keys from `keys` (an iterator over od's dict), checking before each one that od
    was not changed since (as CPython's OrderedDict iterators do)."""
    dict_len = dict.__len__
    while True:
        if od._OrderedDict__state != state:
            raise RuntimeError('OrderedDict mutated during iteration')
        if dict_len(od) != size:
            raise RuntimeError('OrderedDict changed size during iteration')
        for key in keys:
            break
        else:
            return
        yield key


_MISSING = object()


class OrderedDict(dict):
    """A dict with order-aware operations: move_to_end(), popitem(last=False), reversed(),
    and an == that compares the order with another OrderedDict."""

    # __state counts the changes to the keys (additions, removals, moves); iterators
    # compare it with its value when they started.
    __slots__ = ('__state', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kwds):
        self = dict.__new__(cls)
        self.__state = 0
        return self

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        _collections_abc.MutableMapping.update(self, *args, **kwds)

    def __iter__(self):
        return _odict_iter(self, dict.__iter__(self), dict.__len__(self), self.__state)

    def __reversed__(self):
        return _odict_iter(self, dict.__reversed__(self), dict.__len__(self), self.__state)

    def __setitem__(self, key, value, /):
        if key not in self:
            self.__state += 1
        dict.__setitem__(self, key, value)

    def __delitem__(self, key, /):
        dict.__delitem__(self, key)
        self.__state += 1

    def clear(self, /):
        """Remove every item."""
        dict.clear(self)
        self.__state += 1

    def popitem(self, /, last=True):
        """Remove and return the last (key, value) pair, or the first one when last is
        false."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        if last:
            pair = dict.popitem(self)
        else:
            first = next(dict.__iter__(self))
            pair = first, dict.pop(self, first)
        self.__state += 1
        return pair

    def move_to_end(self, key, last=True):
        """Move an existing key to the end, or to the start when last is false; KeyError if
        the key is missing."""
        moved = dict.pop(self, key)
        self.__state += 1
        if last:
            dict.__setitem__(self, key, moved)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, moved)
        dict.update(self, rest)

    update = _collections_abc.MutableMapping.update

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def pop(self, key, default=_MISSING):
        """Remove key and return its value; without it, return default if given, else
        raise KeyError."""
        value = dict.pop(self, key, _MISSING)
        if value is not _MISSING:
            self.__state += 1
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """self[key], after adding it at the end with the value default if it was
        missing."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_guarded_repr('...')
    def __repr__(self):
        if not dict.__len__(self):
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict.__repr__(self)})'

    def __reduce__(self):
        """How to rebuild the OrderedDict (for copy and pickle)."""
        state = getattr(self, '__dict__', None) or None
        if state is not None:
            state = dict(state)
        return type(self), (), state, None, iter(list(dict.items(self)))

    def copy(self):
        """A shallow copy (of the same class)."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict with the keys from iterable, in order, all set to value."""
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __eq__(self, other):
        equal = dict.__eq__(self, other)
        if equal is True and isinstance(other, OrderedDict):
            # two OrderedDicts must have their keys in the same order too
            equal = all(a == b for a, b in zip(self, other))
        return equal

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, dict):
            return _merged(type(self)(self), other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            return _merged(type(self)(other), self)
        return NotImplemented

    def __sizeof__(self):
        return dict.__sizeof__(self)

    __class_getitem__ = classmethod(_collections_abc.GenericAlias)


################################################################################
### namedtuple
################################################################################

_tuple_getitem = tuple.__getitem__


class _tuplegetter:
    # The descriptor of a namedtuple field: item `index` of the tuple. (__doc__ is a slot
    # here, so the class has no docstring.)

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            if owner is None:
                raise TypeError("__get__(None, None) is invalid")
            return self
        if not isinstance(instance, tuple):
            raise TypeError(f"descriptor for index '{self._index}' for tuple subclasses "
                            f"doesn't apply to '{type(instance).__name__}' object")
        # The stored item, whatever a subclass's __getitem__ does.
        return _tuple_getitem(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


# Field reads through a _tuplegetter are then taken as tuple items by the interpreter.
_deque.bind_tuplegetter(_tuplegetter)


def _checked_field_names(typename, field_names, rename):
    """The field names as a list of str, after CPython's checks (and renaming)."""
    names = (field_names.replace(',', ' ').split() if isinstance(field_names, str)
             else list(map(str, field_names)))
    if rename:
        seen = set()
        for index, name in enumerate(names):
            bad = (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                   or name in seen)
            seen.add(name)
            if bad:
                names[index] = f'_{index}'
    for name in [typename, *names]:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if name in _KEYWORDS:
            problem = 'cannot be a keyword'
        elif name.isidentifier():
            continue
        else:
            problem = 'must be valid identifiers'
        raise ValueError(f'Type names and field names {problem}: {name!r}')
    earlier = set()
    for name in names:
        if not rename and name[:1] == '_':
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in earlier:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        earlier.add(name)
    return names


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple whose items are also attributes named by field_names (a
    sequence of names, or one string of names separated by spaces or commas).

    rename=True replaces invalid or repeated field names by _0, _1, ... (by position);
    defaults gives default values to the last fields; module sets the class's __module__
    (the caller's module by default).
    """
    name = _sys.intern(str(typename))
    fields = tuple(map(_sys.intern, _checked_field_names(name, field_names, rename)))
    size = len(fields)

    if defaults is None:
        default_values = None
        field_defaults = {}
    else:
        default_values = tuple(defaults)
        if len(default_values) > size:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[size - len(default_values):], default_values))

    arglist = ', '.join(fields)
    if size == 1:
        arglist += ','
    shown = '(' + ', '.join([field + '=%r' for field in fields]) + ')'
    make_tuple = tuple.__new__

    # Compiled so that the parameters are the field names themselves: a call with a
    # missing, surplus or repeated argument fails with Python's own messages.
    source = f'def __new__(_cls, {arglist}):\n    return _make_tuple(_cls, ({arglist}))\n'
    scope = {'_make_tuple': make_tuple, '__builtins__': {},
             '__name__': f'namedtuple_{name}'}
    exec(source, scope)
    constructor = scope['__new__']
    constructor.__doc__ = f'Create new instance of {name}({arglist})'
    if default_values is not None:
        constructor.__defaults__ = default_values

    def _make(cls, iterable):
        built = make_tuple(cls, iterable)
        if len(built) == size:
            return built
        raise TypeError(f'Expected {size} arguments, got {len(built)}')

    _make.__doc__ = f'Make a new {name} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        # kwds.pop(field, current) for each field, natively through map
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {name} object replacing specified fields with '
                        'new values')

    def __repr__(self):
        """The class name and the fields as name=value."""
        return self.__class__.__name__ + shown % self

    def _asdict(self):
        """A new dict from the field names to the values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The values as a plain tuple (for copy and pickle)."""
        return tuple(self)

    methods = [constructor, _make, _replace, __repr__, _asdict, __getnewargs__]
    for function in methods:
        function.__qualname__ = name + '.' + function.__name__

    namespace = dict(__doc__=f'{name}({arglist})', __slots__=(), _fields=fields,
                     _field_defaults=field_defaults)
    namespace.update((method.__name__, method) for method in methods)
    namespace['_make'] = classmethod(_make)
    namespace['__match_args__'] = fields
    for index, field in enumerate(fields):
        namespace[field] = _tuplegetter(index, _sys.intern(f'Alias for field number {index}'))

    # The class belongs to the caller's module unless module= says otherwise (pickle finds
    # classes through it).
    if module is None:
        module = _calling_module(2)
    if module is not None:
        namespace['__module__'] = module
    return type(name, (tuple,), namespace)


def _calling_module(depth):
    """__name__ of the module whose code runs `depth` frames up, or None if unknown."""
    try:
        frame = _sys._getframe(depth)
    except (ValueError, AttributeError):
        return None
    return frame.f_globals.get('__name__', '__main__')


# The classes standing for CPython's C types: named `collections.deque` in messages, and
# immutable.
for _static in (deque, defaultdict, OrderedDict):
    _abc.set_static_name(_static)
del _static


################################################################################
### Counter
################################################################################

_Mapping = _collections_abc.Mapping


def _operator_eq(a, b):
    return a == b


def _operator_le(a, b):
    return a <= b


def _operator_ge(a, b):
    return a >= b


def _operator_add(a, b):
    return a + b


def _operator_sub(a, b):
    return a - b


def _larger(a, b):
    return b if a < b else a


def _smaller(a, b):
    return a if a < b else b


def _unchanged(n):
    return n


def _negated(n):
    return 0 - n


def _tally(counter, elements, step):
    """Add step to counter's count of each element (a missing count starts at 0)."""
    lookup = counter.get
    for x in elements:
        counter[x] = lookup(x, 0) + step


def _by_count(pair):
    return pair[1]


def _expand(pairs):
    for item, times in pairs:
        for _ in range(times):
            yield item


def _counter_method(op):
    """Wrap a binary Counter operation so that it declines non-Counter operands."""

    def method(self, other):
        if isinstance(other, Counter):
            return op(self, other)
        return NotImplemented

    method.__name__ = op.__name__
    method.__qualname__ = 'Counter.' + op.__name__
    return method


def _every_count(a, b, test):
    # test() on the two counts of each element of either counter (missing ones are 0)
    for side in (a, b):
        for key in side:
            if not test(a[key], b[key]):
                return False
    return True


def _positive_merge(left, right, both, right_alone):
    """A new Counter: both(l, r) for the elements of left, then right_alone(r) for those
    only in right (unless it is None); results that are not positive are dropped."""
    out = Counter()
    for key, n in left.items():
        n = both(n, right[key])
        if n > 0:
            out[key] = n
    if right_alone is None:
        return out
    for key, n in right.items():
        if key in left:
            continue
        n = right_alone(n)
        if n > 0:
            out[key] = n
    return out


def _sign_filter(counter, negate):
    out = Counter()
    for key, n in counter.items():
        if negate:
            if n < 0:
                out[key] = 0 - n
        elif n > 0:
            out[key] = n
    return out


def _drop_nonpositive(counter):
    """Remove the elements whose count is zero or less; return the counter."""
    doomed = [key for key, n in counter.items() if not n > 0]
    for key in doomed:
        del counter[key]
    return counter


class Counter(dict):
    """A dict that counts things: Counter('abca') is Counter({'a': 2, 'b': 1, 'c': 1}).

    Missing elements count zero. Counts may be zero or negative; the operators +, -, |, &
    and unary + and - keep the positive results only. Elements with equal counts keep the
    order in which they were first counted.
    """

    def __init__(self, iterable=None, /, **kwds):
        """Count the elements of iterable, or take the counts of a mapping, then add the
        keyword arguments' counts."""
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Elements that were never counted count zero."""
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The (element, count) pairs from the most to the least common: all of them, or
        the first n."""
        ranked = sorted(self.items(), key=_by_count, reverse=True)
        if n is not None:
            limit = _index(n)
            ranked = ranked[:limit] if limit > 0 else []
        return ranked

    def elements(self):
        """An iterator repeating each element as many times as its count (elements whose
        count is zero or negative are left out)."""
        return _expand(iter(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: one per element of an iterable, or the counts of a mapping, then
        those of the keyword arguments."""
        if iterable is None:
            pass
        elif not isinstance(iterable, _Mapping):
            _tally(self, iterable, 1)
        elif not self:
            # nothing to add to: the mapping's counts are taken as they are
            dict.update(self, iterable)
        else:
            current = self.get
            for key, n in iterable.items():
                self[key] = n + current(key, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (like update(), which adds them); counts may go below zero."""
        if iterable is None:
            pass
        elif not isinstance(iterable, _Mapping):
            _tally(self, iterable, -1)
        else:
            current = self.get
            for key, n in iterable.items():
                self[key] = current(key, 0) - n
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy (of the same class)."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Forget an element's count (nothing happens if it has none)."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons (a missing element counts zero on either side) and the multiset
    # operators, which keep the positive results only: elements in the order of the
    # left operand, then those found only in the right one.

    @_counter_method
    def __eq__(self, other):
        return _every_count(self, other, _operator_eq)

    @_counter_method
    def __ne__(self, other):
        return not self == other

    @_counter_method
    def __le__(self, other):
        return _every_count(self, other, _operator_le)

    @_counter_method
    def __lt__(self, other):
        return _every_count(self, other, _operator_le) and not self == other

    @_counter_method
    def __ge__(self, other):
        return _every_count(self, other, _operator_ge)

    @_counter_method
    def __gt__(self, other):
        return _every_count(self, other, _operator_ge) and not self == other

    @_counter_method
    def __add__(self, other):
        return _positive_merge(self, other, _operator_add, _unchanged)

    @_counter_method
    def __sub__(self, other):
        return _positive_merge(self, other, _operator_sub, _negated)

    @_counter_method
    def __or__(self, other):
        return _positive_merge(self, other, _larger, _unchanged)

    @_counter_method
    def __and__(self, other):
        return _positive_merge(self, other, _smaller, None)

    def __pos__(self):
        return _sign_filter(self, False)

    def __neg__(self):
        return _sign_filter(self, True)

    def __iadd__(self, other):
        for key, n in other.items():
            self[key] += n
        return _drop_nonpositive(self)

    def __isub__(self, other):
        for key, n in other.items():
            self[key] -= n
        return _drop_nonpositive(self)

    def __ior__(self, other):
        for key, n in other.items():
            if n > self[key]:
                self[key] = n
        return _drop_nonpositive(self)

    def __iand__(self, other):
        for key, mine in self.items():
            theirs = other[key]
            if theirs < mine:
                self[key] = theirs
        return _drop_nonpositive(self)


################################################################################
### ChainMap
################################################################################

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: a lookup searches them in order (the list `maps`),
    while writes and deletions go to the first one only."""

    def __init__(self, *maps):
        """Chain the given mappings (one new empty dict when there are none)."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            # Not `key in mapping`: a defaultdict has to make its value.
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The keys in the order of a dict updated from the last mapping to the first.
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr('...')
    def __repr__(self):
        return f'{type(self).__name__}({", ".join([repr(m) for m in self.maps])})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict with the keys from iterable (see dict.fromkeys)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap (of the same class) with a copy of the first mapping and the
        others shared."""
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (a new dict by default), updated with the keyword
        arguments, in front of these mappings."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of all the mappings but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item of the first mapping; KeyError if it is empty."""
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value (or the default given);
        KeyError if it is not there."""
        first = self.maps[0]
        try:
            return first.pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first mapping (the others are left alone)."""
        self.maps[0].clear()

    def __ior__(self, other):
        _merged(self.maps[0], other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            chain = self.copy()
            _merged(chain.maps[0], other)
            return chain
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            flat = dict(other)
            for layer in self.maps[::-1]:
                flat.update(layer)
            return type(self)(flat)
        return NotImplemented


################################################################################
### UserDict
################################################################################

def _dict_operand(value):
    # the dict behind a UserDict or dict operand of |, or None for other types
    if isinstance(value, UserDict):
        return value.data
    return value if isinstance(value, dict) else None


class UserDict(_collections_abc.MutableMapping):
    """A mapping that keeps its items in the dict `data`: subclass it to make a dict-like
    class whose methods all go through the ones you override."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), '__missing__'):
            return type(self).__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    # `in` and get() look at data only, as dict's do even when __missing__ is defined.
    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        plain = _dict_operand(other)
        if plain is None:
            return NotImplemented
        return type(self)(self.data | plain)

    def __ror__(self, other):
        plain = _dict_operand(other)
        if plain is None:
            return NotImplemented
        return type(self)(plain | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        cls = type(self)
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        # The copy gets its own data (set directly, whatever descriptors the class has).
        new.__dict__['data'] = self.__dict__['data'].copy()
        return new

    def copy(self):
        """A shallow copy (of the same class, with the same attributes)."""
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        # As copy.copy(self) would (through the class's __copy__), with empty data, then
        # filled through the subclass's own __setitem__.
        data = self.data
        try:
            self.data = {}
            new = type(self).__copy__(self)
        finally:
            self.data = data
        new.update(self)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance with the keys from iterable, all set to value."""
        new = cls()
        for key in iterable:
            new[key] = value
        return new


################################################################################
### UserList
################################################################################

def _list_operand(value):
    # a UserList operand stands for its list
    return value.data if isinstance(value, UserList) else value


def _concat_operand(ulist, other):
    # what ulist.data is concatenated with: other's list, or other as a list
    other = _list_operand(other)
    return other if isinstance(other, type(ulist.data)) else list(other)


class UserList(_collections_abc.MutableSequence):
    """A sequence that keeps its items in the list `data`: subclass it to make a list-like
    class."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data = list(_list_operand(initlist))

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _list_operand(other)

    def __le__(self, other):
        return self.data <= _list_operand(other)

    def __eq__(self, other):
        return self.data == _list_operand(other)

    def __gt__(self, other):
        return self.data > _list_operand(other)

    def __ge__(self, other):
        return self.data >= _list_operand(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return type(self)(self.data + _concat_operand(self, other))

    def __radd__(self, other):
        return type(self)(_concat_operand(self, other) + self.data)

    def __iadd__(self, other):
        self.data += _concat_operand(self, other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = type(self)
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        # The copy gets its own data (set directly, whatever descriptors the class has).
        new.__dict__['data'] = self.__dict__['data'][:]
        return new

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_list_operand(other))


################################################################################
### UserString
################################################################################

def _unwrap_str(value):
    return value.data if isinstance(value, UserString) else value


def _str_predicate(name):
    """A UserString method asking data's own method `name` (no arguments)."""

    def predicate(self):
        return getattr(self.data, name)()

    predicate.__name__ = name
    predicate.__qualname__ = 'UserString.' + name
    return predicate


class UserString(_collections_abc.Sequence):
    """A sequence that keeps its text in the str `data`: subclass it to make a str-like
    class. The str methods that make a new string give an instance of the class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            text = seq
        else:
            text = seq.data[:] if isinstance(seq, UserString) else str(seq)
        self.data = text

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap_str(string)

    def __lt__(self, string):
        return self.data < _unwrap_str(string)

    def __le__(self, string):
        return self.data <= _unwrap_str(string)

    def __gt__(self, string):
        return self.data > _unwrap_str(string)

    def __ge__(self, string):
        return self.data >= _unwrap_str(string)

    def __contains__(self, char):
        return _unwrap_str(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        other = _unwrap_str(other)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    # Methods giving a new string: an instance of this class.
    def capitalize(self):
        return type(self)(self.data.capitalize())

    def casefold(self):
        return type(self)(self.data.casefold())

    def center(self, width, *args):
        return type(self)(self.data.center(width, *args))

    def expandtabs(self, tabsize=8):
        return type(self)(self.data.expandtabs(tabsize))

    def ljust(self, width, *args):
        return type(self)(self.data.ljust(width, *args))

    def lower(self):
        return type(self)(self.data.lower())

    def lstrip(self, chars=None):
        return type(self)(self.data.lstrip(chars))

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(_unwrap_str(prefix)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(_unwrap_str(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(_unwrap_str(old), _unwrap_str(new), maxsplit))

    def rjust(self, width, *args):
        return type(self)(self.data.rjust(width, *args))

    def rstrip(self, chars=None):
        return type(self)(self.data.rstrip(chars))

    def strip(self, chars=None):
        return type(self)(self.data.strip(chars))

    def swapcase(self):
        return type(self)(self.data.swapcase())

    def title(self):
        return type(self)(self.data.title())

    def translate(self, *args):
        return type(self)(self.data.translate(*args))

    def upper(self):
        return type(self)(self.data.upper())

    def zfill(self, width):
        return type(self)(self.data.zfill(width))

    # Searching and counting.
    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_unwrap_str(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_unwrap_str(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_unwrap_str(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    # Methods giving other results: what str's give.
    def encode(self, encoding='utf-8', errors='strict'):
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        return self.data.encode(encoding, errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    # The str predicates, answered by data.
    isalpha = _str_predicate('isalpha')
    isalnum = _str_predicate('isalnum')
    isascii = _str_predicate('isascii')
    isdecimal = _str_predicate('isdecimal')
    isdigit = _str_predicate('isdigit')
    isidentifier = _str_predicate('isidentifier')
    islower = _str_predicate('islower')
    isnumeric = _str_predicate('isnumeric')
    isprintable = _str_predicate('isprintable')
    isspace = _str_predicate('isspace')
    istitle = _str_predicate('istitle')
    isupper = _str_predicate('isupper')

    maketrans = str.maketrans
