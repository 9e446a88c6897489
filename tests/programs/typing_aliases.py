# typing's aliases of classes: List, Dict, Tuple, Callable, Type and the collections.abc ones.
import collections
import collections.abc
import typing
from typing import (List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator,
                    Sequence, Mapping, MutableMapping, Deque, DefaultDict, OrderedDict,
                    Counter, ChainMap, Hashable, Sized, Generator, AbstractSet, TypeVar,
                    ParamSpec, Concatenate)

T = TypeVar('T')
P = ParamSpec('P')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# bare and subscripted reprs
for alias in (List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator, Sequence,
              Mapping, MutableMapping, Deque, DefaultDict, OrderedDict, Counter, ChainMap,
              Hashable, Sized, Generator, AbstractSet):
    print(repr(alias), alias.__origin__, alias._name, alias.__name__)

print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[str])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[...])
print(Type[int], Iterable[int], Mapping[str, float], Generator[int, None, None])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[int, str])
print(Callable[P, int], Callable[Concatenate[int, P], str])
print(Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(List['int'], Dict[T, List[T]])

# __origin__, __args__, __parameters__
print(List[int].__origin__, List[int].__args__, List[int].__parameters__)
print(Dict[T, int].__parameters__, Tuple[()].__args__, Tuple[int, ...].__args__)
print(Callable[[int], str].__args__, Callable[..., str].__args__, Callable[[], str].__args__)
print(Sequence[int].__origin__ is collections.abc.Sequence, Type.__origin__)
print(type(List).__name__, type(List[int]).__name__, type(Callable[[int], int]).__name__)
print(List[int].__module__, List.__module__, typing.Tuple[int].__name__)
show('List.__args__', lambda: List.__args__)

# substitution
print(List[T][int], Dict[str, T][bytes], Dict[T, T][int], Tuple[T, ...][str])
print(Callable[[T], T][int], Callable[P, T][[int, str], bool], Callable[P, T][..., bool])
print(Callable[Concatenate[int, P], T][[str], bool])
show('List[int][str]', lambda: List[int][str])
show('Tuple[int, ...][int]', lambda: Tuple[int, ...][int])

# wrong numbers of arguments
show('Dict[str]', lambda: Dict[str])
show('List[int, str]', lambda: List[int, str])
show('Hashable[int]', lambda: Hashable[int])
show('Callable[int]', lambda: Callable[int])
show('Callable[[int]]', lambda: Callable[[int]])
show('List[(int, str)]', lambda: List[(int, str)])

# equality, hashing and caching
print(List[int] == List[int], List[int] == list[int], List[int] != List[str])
print(hash(Dict[str, int]) == hash(Dict[str, int]), List[int] is List[int])
print(Callable[[int], str] == Callable[[int], str], Tuple[int, str] == Tuple[int, str])

# isinstance / issubclass
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(3, List))
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance(len, Callable))
print(isinstance(int, Type), issubclass(list, Sequence), issubclass(dict, MutableMapping))
print(issubclass(List, List), issubclass(list, List), isinstance(collections.deque(), Deque))
show('isinstance([], List[int])', lambda: isinstance([], List[int]))
show('issubclass(list, List[int])', lambda: issubclass(list, List[int]))
show('isinstance(f, Callable[[int], int])', lambda: isinstance(len, Callable[[int], int]))

# calling an alias
show('List()', lambda: List())
show('List[int]()', lambda: List[int]())
show('Dict[str, int](a=1)', lambda: Dict[str, int](a=1))
show('Type()', lambda: Type())
show('Deque[int]([1, 2])', lambda: Deque[int]([1, 2]))
show('DefaultDict[str, int](int)', lambda: DefaultDict[str, int](int))
show('Counter("abca")', lambda: Counter('abca'))
show('Iterable()', lambda: Iterable())

# attribute forwarding
print(List.append is list.append, List[int].append is list.append)
show('List.__foo__', lambda: List.__foo__)


# subclassing an alias
class MyList(List[int]):
    def total(self):
        return sum(self)


print([c.__name__ for c in MyList.__mro__], MyList.__orig_bases__, MyList([1, 2, 3]).total())


class Bag(Iterable[T]):
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


print([c.__name__ for c in Bag.__mro__], Bag.__parameters__, Bag[int], list(Bag(1, 2)))
print(isinstance(Bag(), Iterable), isinstance(Bag(), collections.abc.Iterable))
