# get_type_hints, get_origin, get_args, NewType, cast, overload and the small helpers of typing.
import collections.abc
import typing
from typing import (Annotated, Any, Callable, ClassVar, Concatenate, Dict, Final, Generic, List,
                    Literal, NewType, Optional, ParamSpec, Required, Tuple, TypeVar, Union,
                    cast, final, get_args, get_origin, get_overloads, get_type_hints, overload,
                    override, no_type_check, assert_never, assert_type, reveal_type,
                    dataclass_transform, clear_overloads)

T = TypeVar('T')
P = ParamSpec('P')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class Node:
    value: int
    next: 'Optional[Node]' = None
    children: 'List[Node]'
    meta: Annotated[int, 'unit']
    count: ClassVar[int] = 0
    limit: Final = 10
    nothing: None


class Leaf(Node):
    parent: 'Node'
    weights: Dict[str, 'float']


def f(a: int, b: 'str' = 'x', *args: 'Node', flag: bool = False, **kw: float) -> 'List[Node]':
    pass


def g(x: Annotated['int', 'doc'] = 0) -> None:
    pass


def h(x: 'Undefined'):
    pass


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['meta'], list(get_type_hints(Leaf)))
print(get_type_hints(Leaf)['weights'], get_type_hints(Leaf)['parent'])
print(get_type_hints(f))
print(get_type_hints(g), get_type_hints(g, include_extras=True))
print(get_type_hints(typing.cast), get_type_hints(len), get_type_hints(Node.__init__), get_type_hints(object))
print(get_type_hints(h, localns={'Undefined': bytes}), get_type_hints(lambda: 0))
show('get_type_hints(h)', lambda: get_type_hints(h))
show('get_type_hints(3)', lambda: get_type_hints(3))

# get_origin / get_args
cases = [List[int], List, list[int], int, Union[int, str], Optional[int], int | str, Literal[1, 2],
         Annotated[int, 1, 2], Callable[[int, str], bool], Callable[..., bool], Callable[[], int],
         Callable[P, int], Callable[Concatenate[int, P], int], Tuple[()], Tuple[int, ...],
         Dict[str, int], Generic, Generic[T], ClassVar[int], Required[int], P.args, P.kwargs,
         collections.abc.Callable[[int], str], Final[List[T]]]
for case in cases:
    print(repr(case), '|', get_origin(case), '|', get_args(case))

# NewType
UserId = NewType('UserId', int)
Nested = NewType('Nested', UserId)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__)
print(Nested, Nested.__supertype__, type(UserId).__name__, UserId | None, List[UserId])
print(NewType('a.b.Dotted', str).__name__, NewType('a.b.Dotted', str).__qualname__)
show('isinstance(3, UserId)', lambda: isinstance(3, UserId))
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# cast, assert_type, reveal_type, assert_never
print(cast(int, 'x'), cast('List[int]', [1]), assert_type(5, int), reveal_type([1, 2]))
show('assert_never(3)', lambda: assert_never(3))
show('assert_never(long)', lambda: assert_never('x' * 200))
print(typing.TYPE_CHECKING, typing.Text is str, typing.AnyStr, typing.AnyStr.__constraints__)


# overload
@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


class Calc:
    @overload
    def add(self, x: int) -> int: ...
    @overload
    def add(self, x: float) -> float: ...
    def add(self, x):
        return x + 1


print(parse(3), parse.__name__, len(get_overloads(parse)), [o.__annotations__['x'] for o in get_overloads(parse)])
print(len(get_overloads(Calc.add)), Calc().add(1), get_overloads(f))
show('calling an overload', lambda: get_overloads(parse)[0](1))
clear_overloads()
print(get_overloads(parse))


# final, override, no_type_check, dataclass_transform
@final
class Sealed:
    @final
    def m(self):
        pass


class Base:
    def run(self):
        return 'base'


class Child(Base):
    @override
    def run(self):
        return 'child'


@no_type_check
class Loose:
    a: 'nonsense here'

    def method(self, x: 'also nonsense'):
        pass


@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls


print(Sealed.__final__, Sealed.m.__final__, Child.run.__override__, Child().run(), final(len) is len)
print(Loose.__no_type_check__, Loose.method.__no_type_check__, get_type_hints(Loose), get_type_hints(Loose.method))
print(model.__dataclass_transform__)

# the IO classes and lazily made aliases
print(typing.IO, typing.TextIO, typing.BinaryIO, typing.IO[str], typing.IO.__parameters__)
print([c.__name__ for c in typing.TextIO.__mro__], typing.BinaryIO.__orig_bases__)
print(typing.ContextManager, typing.ContextManager[int], typing.AsyncContextManager[str])
print(sorted(typing.__all__)[:10], len(typing.__all__))
