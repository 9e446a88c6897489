# collections.abc: isinstance/issubclass on built-in objects (registrations), structural
# checks through __subclasshook__ (and None opting out), abstract methods, the mixin methods
# of Set/MutableSet/Mapping/MutableMapping/Sequence/MutableSequence/Generator/Coroutine,
# register(), Callable[...] aliases and pattern matching on Sequence/Mapping subclasses.
import collections
import collections.abc
import _collections_abc
from collections.abc import (
    Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Hashable, Iterable,
    Iterator, Generator, Reversible, Sized, Container, Callable, Collection, Set, MutableSet,
    Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence,
    MutableSequence, Buffer)

print(collections.abc is _collections_abc, collections.abc.Iterable is _collections_abc.Iterable)
print(collections.abc.__name__, _collections_abc.__name__, Iterable)
print(sorted(collections.abc.__all__))
NAMES = [n for n in collections.abc.__all__ if n != 'ByteString']


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
objects = {
    'list': [], 'tuple': (), 'str': '', 'bytes': b'', 'bytearray': bytearray(), 'dict': {},
    'set': set(), 'frozenset': frozenset(), 'range': range(3), 'memoryview': memoryview(b''),
    'dict_keys': {}.keys(), 'dict_values': {}.values(), 'dict_items': {}.items(),
    'list_iterator': iter([]), 'str_iterator': iter(''), 'tuple_iterator': iter(()),
    'dict_keyiterator': iter({}), 'set_iterator': iter(set()), 'range_iterator': iter(range(1)),
    'bytes_iterator': iter(b''), 'reversed': reversed([]), 'zip': zip(), 'map': map(len, []),
    'enumerate': enumerate([]), 'generator': gen(), 'genexpr': (x for x in ()),
    'coroutine': c, 'async_generator': agen(), 'int': 1, 'float': 1.5, 'None': None,
    'function': gen, 'lambda': lambda: 0, 'builtin': len, 'type': type, 'object': object(),
    'deque': collections.deque(), 'OrderedDict': collections.OrderedDict(),
    'Counter': collections.Counter(), 'defaultdict': collections.defaultdict(),
    'ChainMap': collections.ChainMap(), 'UserDict': collections.UserDict(),
    'UserList': collections.UserList(), 'UserString': collections.UserString(''),
    'namedtuple': collections.namedtuple('NT', 'a')(1), 'od_keys': collections.OrderedDict().keys(),
}
for label, obj in objects.items():
    print(f'{label:16}', [n for n in NAMES if isinstance(obj, getattr(collections.abc, n))])
c.close()

# Structural checks.


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class IterNext(OnlyIter):
    def __next__(self):
        raise StopIteration


class Sizable:
    def __len__(self):
        return 3


class FullCollection(Sizable, OnlyIter):
    def __contains__(self, item):
        return False


class NoHash:
    __hash__ = None


class OptOutIter(OnlyIter):
    __iter__ = None


class Rev(OnlyIter):
    def __reversed__(self):
        return iter([2, 1])


class Awaits:
    def __await__(self):
        yield


class CallMe:
    def __call__(self):
        return 1


class AIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


for cls in (OnlyIter, IterNext, Sizable, FullCollection, NoHash, OptOutIter, Rev, Awaits, CallMe, AIter):
    print(f'{cls.__name__:15}', [n for n in NAMES if issubclass(cls, getattr(collections.abc, n))])
print(issubclass(list, Hashable), issubclass(dict, Reversible), issubclass(int, Iterable))
print(isinstance(OnlyIter(), Iterable), isinstance(IterNext(), Iterator), isinstance(Sizable(), Sized))
for bad in (1, 'str'):
    try:
        issubclass(bad, Iterable)
    except TypeError as exc:
        print('TypeError', exc)

# Abstract methods and instantiation.
for abc_cls in (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Set,
                MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, Generator,
                Coroutine, AsyncGenerator, Awaitable, Reversible, Buffer):
    print(abc_cls.__name__, sorted(abc_cls.__abstractmethods__))
try:
    Sequence()
except TypeError as exc:
    print(exc)


class Half(Mapping):
    def __getitem__(self, key):
        raise KeyError(key)


try:
    Half()
except TypeError as exc:
    print(exc)

# Sequence / MutableSequence mixins.


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, index):
        return self._items[index]

    def __len__(self):
        return len(self._items)


s = Seq(1, 2, 3, 2, 1)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(1, 1), s.index(2, -2))
print(s.count(1), s.count(9), isinstance(s, Reversible), isinstance(s, Hashable))
try:
    s.index(9)
except ValueError as exc:
    print('ValueError', repr(exc))


class MSeq(MutableSequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value

    def __delitem__(self, index):
        del self._items[index]

    def __len__(self):
        return len(self._items)

    def insert(self, index, value):
        self._items.insert(index, value)

    def __repr__(self):
        return f'MSeq{tuple(self._items)}'


m = MSeq(1, 2, 3)
m.append(4)
m.extend([5, 6])
m.extend(m)
print(m, m.pop(), m.pop(0), m)
m.remove(3)
m.reverse()
m += [0]
print(m, len(m))
m.clear()
print(m)
try:
    m.pop()
except IndexError as exc:
    print('IndexError', exc)

# Set / MutableSet mixins.


class ListSet(Set):
    def __init__(self, items=()):
        self._items = []
        for item in items:
            if item not in self._items:
                self._items.append(item)

    def __contains__(self, item):
        return item in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f'ListSet({self._items})'


a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, [3, 9] & a, {1, 9} - a, [5] | a)
print(a <= b, a <= ListSet([1, 2, 3, 4]), a < ListSet([1, 2, 3]), a >= ListSet([1]), a > ListSet([1]))
print(a == ListSet([3, 2, 1]), a == {1, 2, 3}, a != b, a.isdisjoint([7, 8]), a.isdisjoint([1]))
print(a._hash() == ListSet([3, 1, 2])._hash(), a._hash() == hash(frozenset([1, 2, 3])))
print(a.__and__(5), a.__sub__(5), a.__le__([1]))


class MySet(MutableSet):
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)

    def __contains__(self, item):
        return item in self._d

    def __iter__(self):
        return iter(list(self._d))

    def __len__(self):
        return len(self._d)

    def add(self, item):
        self._d[item] = None

    def discard(self, item):
        self._d.pop(item, None)

    def __repr__(self):
        return f'MySet({list(self._d)})'


ms = MySet([1, 2, 3])
ms.add(4)
ms.discard(10)
ms.remove(1)
try:
    ms.remove(10)
except KeyError as exc:
    print('KeyError', exc)
print(ms, ms.pop(), ms)
ms |= [7, 8]
ms &= [3, 4, 7, 9]
ms ^= [4, 5]
ms -= [7]
print(ms)
ms ^= ms
print(ms)
ms.clear()
try:
    ms.pop()
except KeyError as exc:
    print('KeyError', repr(exc))

# Mapping / MutableMapping mixins and views.


class DictMap(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


dm = DictMap({'a': 1}, b=2)
dm.update([('c', 3)])


class HasKeys:
    def keys(self):
        return ['k']

    def __getitem__(self, key):
        return key.upper()


dm.update(HasKeys())
print(dict(dm), dm.get('a'), dm.get('z', 0), 'a' in dm, 'z' in dm, dm == {'a': 1, 'b': 2, 'c': 3, 'k': 'K'})
print(type(dm.keys()).__name__, type(dm.items()).__name__, list(dm.items()), list(dm.values()), len(dm.keys()))
print('a' in dm.keys(), ('a', 1) in dm.items(), ('a', 2) in dm.items(), 2 in dm.values())
print(dm.keys() & {'a', 'zz'}, sorted(dm.keys() | {'x'}), dm.keys() - {'a', 'b', 'k'}, dm.items() & {('b', 2)})
print(dm.pop('a'), dm.pop('a', None), dm.setdefault('b'), dm.setdefault('new', 5), dm.popitem())
try:
    dm.pop('missing')
except KeyError as exc:
    print('KeyError', exc)
dm.clear()
try:
    dm.popitem()
except KeyError as exc:
    print('KeyError', repr(exc))
print(dict(dm), Mapping.__reversed__, KeysView({}), ValuesView({'x': 1}), ItemsView({'y': 2}))
print(list(ValuesView({'x': 1})), list(ItemsView({'y': 2})), len(MappingView([1, 2])))

# Generator and Coroutine mixins.


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val


cd = Countdown(3)
print(list(cd), iter(cd) is cd)
cd2 = Countdown(5)
print(next(cd2), cd2.close(), isinstance(gen(), Generator), issubclass(Countdown, Iterator))


class Stubborn(Countdown):
    def throw(self, typ, val=None, tb=None):
        return 'ignored'


try:
    Stubborn(1).close()
except RuntimeError as exc:
    print('RuntimeError', exc)

# register().


class Duck:
    pass


print(issubclass(Duck, Sequence), Sequence.register(Duck) is Duck, issubclass(Duck, Sequence))
print(isinstance(Duck(), Sequence), isinstance(Duck(), Collection), isinstance(Duck(), Mapping))
try:
    Sequence.register(5)
except TypeError as exc:
    print('TypeError', exc)

# Generic aliases.
print(Iterable[int], Mapping[str, int], Callable[[int, str], float], Callable[..., int])
print(Callable[[], None], Callable[[int], list[int]], Sequence[int].__origin__ is Sequence)
print(Callable[[int, str], float].__args__, Callable[..., int].__args__)
for bad in (lambda: Callable[int], lambda: Callable[int, str]):
    try:
        bad()
    except TypeError as exc:
        print('TypeError', exc)

# Pattern matching: Sequence and Mapping subclasses, and registered classes.
for subject in [Seq(1, 2, 3), collections.UserList([4, 5]), collections.deque([6, 7]),
                DictMap(k=1), collections.UserDict(k=2), collections.ChainMap({'k': 3}),
                collections.UserString('ab'), collections.OrderedDict(k=4), (8, 9), 'str']:
    match subject:
        case {'k': v}:
            print(type(subject).__name__, 'mapping', v)
        case [first, *rest]:
            print(type(subject).__name__, 'sequence', first, rest)
        case _:
            print(type(subject).__name__, 'neither')
