"""The container ABCs (CPython's collections.abc module, written for pyrs).

`collections` imports this module as `_collections_abc`, and `collections.abc` re-exports
it; the classes report `collections.abc` as their module.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
    "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
    "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
    "ByteString", "Buffer",
]

# Every class below takes its __module__ from this.
__name__ = 'collections.abc'

GenericAlias = type(tuple[str])
EllipsisType = type(Ellipsis)
FunctionType = type(lambda: 0)


# --- concrete built-in types, named as CPython names them here --------------------------------

def _gen():
    yield


async def _coro():
    pass


async def _agen():
    yield


def _concrete_types():
    coro = _coro()
    try:
        coro_type = type(coro)
    finally:
        coro.close()
    samples = {
        'bytes_iterator': iter(bytes()),
        'bytearray_iterator': iter(bytearray(0)),
        'dict_keyiterator': iter(dict().keys()),
        'dict_valueiterator': iter(dict().values()),
        'dict_itemiterator': iter(dict().items()),
        'list_iterator': iter(list()),
        'list_reverseiterator': reversed(list()),
        'range_iterator': iter(range(1)),
        'longrange_iterator': iter(range(2 ** 1000)),
        'set_iterator': iter(set()),
        'str_iterator': iter(str()),
        'tuple_iterator': iter(tuple()),
        'zip_iterator': zip(),
        'dict_keys': dict().keys(),
        'dict_values': dict().values(),
        'dict_items': dict().items(),
        'mappingproxy': vars(object),
        'generator': _gen(),
        'async_generator': _agen(),
    }
    found = {name: type(sample) for name, sample in samples.items()}
    found['coroutine'] = coro_type
    return found


globals().update(_concrete_types())
del _gen, _coro, _agen, _concrete_types


# --- structural recognition ------------------------------------------------------------------

def _defines_all(candidate, names):
    """True if every name is found in the dict of some class on candidate's MRO, with the
    first such entry not None (a None entry opts out); NotImplemented otherwise."""
    for name in names:
        for owner in candidate.__mro__:
            attrs = owner.__dict__
            if name in attrs:
                if attrs[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _recognises(*names):
    """Class decorator: give the ABC a __subclasshook__ accepting any class that defines
    all of `names`. Only the ABC itself answers; its subclasses inherit a hook that
    defers (NotImplemented) to normal subclassing and registration."""

    def install(abc_cls):
        def __subclasshook__(cls, candidate):
            if cls is not abc_cls:
                return NotImplemented
            return _defines_all(candidate, names)

        __subclasshook__.__qualname__ = abc_cls.__qualname__ + '.__subclasshook__'
        abc_cls.__subclasshook__ = classmethod(__subclasshook__)
        return abc_cls

    return install


def _generic(abc_cls):
    """Class decorator: make ABC[args] build a types.GenericAlias."""
    abc_cls.__class_getitem__ = classmethod(GenericAlias)
    return abc_cls


def _rethrow(exc_type, exc_value, traceback):
    # The default body of the abstract throw()/athrow(): raise what was thrown in.
    if exc_value is None:
        if traceback is None:
            raise exc_type
        exc_value = exc_type()
    if traceback is not None:
        exc_value = exc_value.with_traceback(traceback)
    raise exc_value


def _close_by_throwing(obj, finished, what):
    # close() for the generator-like ABCs: throw GeneratorExit in and expect it (or the
    # end of iteration) back.
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, finished):
        return
    raise RuntimeError(what + " ignored GeneratorExit")


# --- awaitables and asynchronous iteration -----------------------------------------------------

@_generic
@_recognises("__await__")
class Awaitable(metaclass=ABCMeta):
    """Anything an await expression accepts: it has __await__."""

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


@_recognises("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    """An awaitable that is stepped with send(), throw() and close()."""

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume with `value`; give the next yielded value, or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Resume by raising an exception at the suspension point."""
        _rethrow(typ, val, tb)

    def close(self):
        """Finish the coroutine by throwing GeneratorExit into it."""
        _close_by_throwing(self, StopIteration, "coroutine")


@_generic
@_recognises("__aiter__")
class AsyncIterable(metaclass=ABCMeta):
    """Anything `async for` accepts: it has __aiter__."""

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_recognises("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    """An asynchronous iterator: __anext__, with __aiter__ returning the iterator."""

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Give the next item; raise StopAsyncIteration when there are no more."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_recognises("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    """An asynchronous iterator stepped with asend(), athrow() and aclose()."""

    __slots__ = ()

    async def __anext__(self):
        """Step with asend(None)."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume with `value`; give the next yielded value, or raise
        StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Resume by raising an exception at the suspension point."""
        _rethrow(typ, val, tb)

    async def aclose(self):
        """Finish the generator by throwing GeneratorExit into it."""
        try:
            await self.athrow(GeneratorExit)
        except (StopAsyncIteration, GeneratorExit):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


# --- plain iteration -----------------------------------------------------------------------------

@_generic
@_recognises("__iter__")
class Iterable(metaclass=ABCMeta):
    """Anything a for loop accepts: it has __iter__."""

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        yield from ()


@_recognises("__iter__", "__next__")
class Iterator(Iterable):
    """An iterator: __next__, with __iter__ returning the iterator."""

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Give the next item; raise StopIteration when there are no more."""
        raise StopIteration

    def __iter__(self):
        return self


@_recognises("__reversed__", "__iter__")
class Reversible(Iterable):
    """An iterable that reversed() accepts: it has __reversed__."""

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        yield from ()


@_recognises("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    """An iterator stepped with send(), throw() and close()."""

    __slots__ = ()

    def __next__(self):
        """Step with send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with `value`; give the next yielded value, or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Resume by raising an exception at the suspension point."""
        _rethrow(typ, val, tb)

    def close(self):
        """Finish the generator by throwing GeneratorExit into it."""
        _close_by_throwing(self, StopIteration, "generator")


# --- single-protocol ABCs ------------------------------------------------------------------------

@_recognises("__hash__")
class Hashable(metaclass=ABCMeta):
    """Anything hash() accepts: it has a __hash__ that is not None."""

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_recognises("__len__")
class Sized(metaclass=ABCMeta):
    """Anything len() accepts: it has __len__."""

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_generic
@_recognises("__contains__")
class Container(metaclass=ABCMeta):
    """Anything the `in` operator accepts: it has __contains__."""

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


@_recognises("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    """Sized, iterable and supporting `in`."""

    __slots__ = ()


@_recognises("__buffer__")
class Buffer(metaclass=ABCMeta):
    """An object exposing the buffer protocol: it has __buffer__."""

    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags: int, /) -> memoryview:
        raise NotImplementedError


# --- Callable and Callable[[args], result] ---------------------------------------------------------

def _whole_param_list(obj):
    """Whether obj can stand in for the entire argument list of a Callable alias: `...`,
    a list, or one of typing's ParamSpec / Concatenate objects."""
    if obj is ... or isinstance(obj, list):
        return True
    kind = type(obj)
    return (kind.__module__ == 'typing'
            and kind.__name__ in {'ParamSpec', '_ConcatenateGenericAlias'})


def _show_arg(arg):
    """An argument of a Callable alias as its repr shows it (typing's spelling)."""
    if arg is ...:
        return '...'
    if isinstance(arg, type):
        where = arg.__module__
        return arg.__qualname__ if where == 'builtins' else where + '.' + arg.__qualname__
    if isinstance(arg, FunctionType):
        return arg.__name__
    return repr(arg)


class _CallableGenericAlias(GenericAlias):
    """The alias Callable[[A, B], R] makes. Its __args__ list the argument types and then
    the result, flattened: (A, B, R); with `...` or a ParamSpec in place of the list they
    are (that, R)."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        arguments, result = args
        if isinstance(arguments, (list, tuple)):
            flat = tuple(arguments) + (result,)
        elif _whole_param_list(arguments):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {arguments}")
        if GenericAlias.__new__ is not object.__new__:
            return GenericAlias.__new__(cls, origin, flat)
        # pyrs's GenericAlias takes its arguments in __init__.
        made = object.__new__(cls)
        GenericAlias.__init__(made, origin, flat)
        return made

    def __init__(self, *ignored):
        # __new__ has done the work (and these are the unflattened arguments).
        pass

    def _grouped(self):
        # (argument part, result): the argument part is a list, or the `...`, ParamSpec
        # or Concatenate standing for the whole list.
        flat = self.__args__
        if len(flat) == 2 and _whole_param_list(flat[0]):
            return flat[0], flat[1]
        return list(flat[:-1]), flat[-1]

    def __repr__(self):
        flat = self.__args__
        if len(flat) == 2 and _whole_param_list(flat[0]):
            return GenericAlias.__repr__(self)
        arguments, result = self._grouped()
        inner = ', '.join([_show_arg(arg) for arg in arguments])
        return f'collections.abc.Callable[[{inner}], {_show_arg(result)}]'

    def __reduce__(self):
        return type(self), (Callable, self._grouped())

    def __getitem__(self, item):
        # Substitute type variables through a plain alias, then regroup the result.
        plain = GenericAlias(self.__origin__, self.__args__)
        try:
            substituted = plain[item if isinstance(item, tuple) else (item,)]
        except TypeError as exc:
            shown = repr(plain)
            if shown in str(exc):
                raise TypeError(str(exc).replace(shown, repr(self))) from None
            raise
        flat = substituted.__args__
        head = flat[0]
        if isinstance(head, (list, tuple)):
            return _CallableGenericAlias(Callable, (head, flat[-1]))
        return _CallableGenericAlias(Callable, (flat[:-1], flat[-1]))


@_recognises("__call__")
class Callable(metaclass=ABCMeta):
    """Anything that can be called: it has __call__."""

    __slots__ = ()
    __class_getitem__ = classmethod(_CallableGenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# --- sets ----------------------------------------------------------------------------------------

def _all_in(part, whole):
    # Every element of `part` is in `whole`.
    for element in part:
        if element not in whole:
            return False
    return True


class Set(Collection):
    """A finite set. A subclass supplies __contains__, __iter__ and __len__ and receives the
    comparisons, &, |, -, ^ and isdisjoint(); new sets are made by the _from_iterable()
    class method, which calls the class with an iterable unless overridden."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """Build a set of this kind from an iterable."""
        return cls(it)

    def _coerced(self, other):
        # `other` as a Set (converted with _from_iterable if it is only an iterable), or
        # None when it is not iterable at all.
        if isinstance(other, Set):
            return other
        return self._from_iterable(other) if isinstance(other, Iterable) else None

    def __le__(self, other):
        if isinstance(other, Set):
            return len(self) <= len(other) and _all_in(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return len(self) >= len(other) and _all_in(other, self)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            mine, theirs = len(self), len(other)
            return mine < theirs and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            mine, theirs = len(self), len(other)
            return mine > theirs and self.__ge__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            mine, theirs = len(self), len(other)
            return mine == theirs and self.__le__(other)
        return NotImplemented

    def isdisjoint(self, other):
        """True when no element of the iterable `other` is in this set."""
        for element in other:
            if element in self:
                return False
        return True

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for x in other if x in self)
        return NotImplemented

    __rand__ = __and__

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for source in (self, other) for x in source)
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = self._coerced(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._coerced(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._coerced(other)
        if other is None:
            return NotImplemented
        only_mine = self - other
        only_theirs = other - self
        return only_mine | only_theirs

    __rxor__ = __xor__

    def _hash(self):
        """The hash a frozenset of the same elements has. Set itself is unhashable (its
        mutable subclasses must be); a hashable subclass can use this for __hash__."""
        limit = sys.maxsize
        mask = 2 * limit + 1
        acc = (len(self) + 1) * 1927868237 & mask
        for element in self:
            mixed = hash(element)
            acc ^= (mixed ^ (mixed << 16) ^ 89869747) * 3644798167 & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc > limit:
            acc -= mask + 1
        if acc == -1:
            acc = 590923713
        return acc


class MutableSet(Set):
    """A set that changes. A subclass also supplies add() and discard() and receives
    remove(), pop(), clear() and the operators |=, &=, ^= and -=."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put `value` in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take `value` out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take `value` out of the set; KeyError if it is absent."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Take out one element and return it; KeyError if the set is empty."""
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        """Empty the set, popping until KeyError."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        toggles = it if isinstance(it, Set) else self._from_iterable(it)
        for value in toggles:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# --- mappings ------------------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping. A subclass supplies __getitem__, __iter__ and __len__ and
    receives get(), `in`, keys(), items(), values() and ==."""

    __slots__ = ()
    # Instances match mapping patterns in a match statement.
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """The value for `key`, or `default` when the key is absent."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        """The keys, as a set-like KeysView."""
        return KeysView(self)

    def items(self):
        """The (key, value) pairs, as a set-like ItemsView."""
        return ItemsView(self)

    def values(self):
        """The values, as a ValuesView."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            mine, theirs = dict(self.items()), dict(other.items())
            return mine == theirs
        return NotImplemented

    # reversed() refuses mappings unless a subclass provides __reversed__.
    __reversed__ = None


@_generic
class MappingView(Sized):
    """Base of the views of a mapping; its length is the mapping's."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    """A mapping's keys, behaving as a set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """A mapping's (key, value) pairs, behaving as a set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            stored = self._mapping[key]
        except KeyError:
            return False
        return stored is value or stored == value

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield key, source[key]


class ValuesView(MappingView, Collection):
    """A mapping's values."""

    __slots__ = ()

    def __contains__(self, value):
        return any(stored is value or stored == value for stored in self)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]


_NO_DEFAULT = object()


def _pairs_from(source):
    # The (key, value) pairs update() takes from its positional argument.
    if isinstance(source, Mapping):
        return ((key, source[key]) for key in source)
    if hasattr(source, 'keys'):
        return ((key, source[key]) for key in source.keys())
    return source


class MutableMapping(Mapping):
    """A mapping that changes. A subclass also supplies __setitem__ and __delitem__ and
    receives pop(), popitem(), clear(), update() and setdefault()."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Remove `key` and give its value; when it is absent, give `default`, or raise
        KeyError if there is none."""
        try:
            found = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return found

    def popitem(self):
        """Remove one (key, value) pair and give it; KeyError if the mapping is empty."""
        for key in self:
            found = self[key]
            del self[key]
            return key, found
        raise KeyError

    def clear(self):
        """Empty the mapping, popping items until KeyError."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Store the pairs of `other` (a mapping, anything with keys(), or an iterable of
        pairs), then the keyword arguments."""
        for key, value in _pairs_from(other):
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """The value for `key`, storing `default` first if the key is absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# --- sequences -----------------------------------------------------------------------------------

def _same(a, b):
    return a is b or a == b


class Sequence(Reversible, Collection):
    """A read-only sequence. A subclass supplies __getitem__ (indices from 0, IndexError
    past the end) and __len__ and receives iteration, `in`, reversed(), index() and
    count()."""

    __slots__ = ()
    # Instances match sequence patterns in a match statement.
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        for item in self:
            if _same(item, value):
                return True
        return False

    def __reversed__(self):
        position = len(self)
        while position > 0:
            position -= 1
            yield self[position]

    def index(self, value, start=0, stop=None):
        """The first position of `value` at or after `start` and before `stop`;
        ValueError when there is none."""
        if start is not None and start < 0:
            start = len(self) + start
            if start < 0:
                start = 0
        if stop is not None and stop < 0:
            stop = len(self) + stop
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items are (or equal) `value`."""
        total = 0
        for item in self:
            if _same(item, value):
                total += 1
        return total


def _bytestring_warning():
    # stacklevel 3: past this helper and the metaclass method, to the user's line.
    import warnings
    warnings.warn("'collections.abc.ByteString' is deprecated and slated for removal in "
                  "Python 3.14", DeprecationWarning, stacklevel=3)


class _ByteStringWarningMeta(ABCMeta):
    # Deriving from ByteString and isinstance() checks against it warn.

    def __new__(mcls, name, bases, namespace, **kwargs):
        if name != "ByteString":
            _bytestring_warning()
        return ABCMeta.__new__(mcls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        _bytestring_warning()
        return ABCMeta.__instancecheck__(cls, instance)


class ByteString(Sequence, metaclass=_ByteStringWarningMeta):
    """bytes and bytearray. Deprecated: use Buffer, or a union of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that changes. A subclass also supplies __setitem__, __delitem__ and
    insert() and receives append(), extend(), pop(), remove(), reverse(), clear() and +=."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put `value` in front of position `index`."""
        raise IndexError

    def append(self, value):
        """Put `value` after the last item."""
        self.insert(len(self), value)

    def clear(self):
        """Empty the sequence, popping until IndexError."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Put the items in the opposite order, in place."""
        low, high = 0, len(self) - 1
        while low < high:
            self[low], self[high] = self[high], self[low]
            low += 1
            high -= 1

    def extend(self, values):
        """append() every item of `values` (which may be the sequence itself)."""
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        """Remove the item at `index` (the last by default) and give it."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first item that is (or equals) `value`; ValueError if none."""
        position = self.index(value)
        del self[position]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- the built-in types each ABC counts as its own ---------------------------------------------

def _register_builtins():
    members = {
        Coroutine: [coroutine],
        AsyncGenerator: [async_generator],
        Iterator: [bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
                   dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
                   longrange_iterator, set_iterator, str_iterator, tuple_iterator,
                   zip_iterator],
        Generator: [generator],
        # CPython's bytes, bytearray and memoryview define __buffer__; pyrs's may not.
        Buffer: [kind for kind in (bytes, bytearray, memoryview)
                 if _defines_all(kind, ("__buffer__",)) is not True],
        Set: [frozenset],
        MutableSet: [set],
        Mapping: [mappingproxy],
        KeysView: [dict_keys],
        ItemsView: [dict_items],
        ValuesView: [dict_values],
        MutableMapping: [dict],
        Sequence: [tuple, str, range, memoryview],
        ByteString: [bytes, bytearray],
        MutableSequence: [list, bytearray],
    }
    for abc_cls, kinds in members.items():
        for kind in kinds:
            abc_cls.register(kind)


_register_builtins()
del _register_builtins
