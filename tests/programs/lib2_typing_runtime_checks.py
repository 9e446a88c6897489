from __future__ import annotations
import typing
from typing import (get_type_hints, get_origin, get_args, NamedTuple, TypedDict, Protocol, runtime_checkable,
                    Annotated, Optional, Union, Literal, Callable, Any, Generic, TypeVar, ClassVar, Final,
                    Required, NotRequired, Self, cast, overload, final, Never, assert_never, TypeGuard, ParamSpec, Concatenate)
import collections.abc

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "origin"
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]

class PartialMovie(Movie, total=False):
    director: str
    studio: Required[str]

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Sized2(Protocol):
    size: int
    def __len__(self) -> int: ...

class File:
    def close(self):
        pass
class Box:
    size = 3
    def __len__(self):
        return 3

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> Self:
        self.items.append(item)
        return self

def handler(a: int, b: Annotated[str, "meta", 42] = "x", *rest: float, cb: Optional[Callable[[int], str]] = None, **kw: Any) -> list[Point]:
    return []

p = Point(3, 4)
print(p, p.dist(), p._replace(label="moved"), Point._fields, Point._field_defaults, Point.__annotations__)
print(get_type_hints(Point))
print(Movie.__required_keys__ == frozenset({"title", "year"}), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(PartialMovie.__required_keys__), sorted(PartialMovie.__optional_keys__), PartialMovie.__total__)
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie(title="X", year=1))
print(get_type_hints(Movie))
print(get_type_hints(Movie, include_extras=True))
print(isinstance(File(), Closable), isinstance(1, Closable), isinstance(Box(), Sized2), issubclass(File, Closable))
try:
    issubclass(Box, Sized2)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(File(), Protocol)
except TypeError as e:
    print("TypeError", e)
class NotRC(Protocol):
    def f(self): ...
try:
    isinstance(File(), NotRC)
except TypeError as e:
    print("TypeError", e)
try:
    NotRC()
except TypeError as e:
    print("TypeError", e)
s = Stack[int]().push(1).push(2)
print(s.items, Stack[int], get_origin(Stack[int]), get_args(Stack[int]), Stack.__parameters__)
hints = get_type_hints(handler)
print(hints)
print(get_type_hints(handler, include_extras=True)["b"])
print(handler.__annotations__)
for tp in [list[int], dict[str, list[int]], Optional[int], Union[int, str, None], int | None, Literal["a", 1],
           Callable[[int, str], bool], Callable[..., int], Annotated[int, "x"], tuple[int, ...], tuple[()],
           type[int], collections.abc.Iterable[str], ClassVar[int], Final[str], int, Any, list, Never,
           TypeGuard[int], typing.List[int], typing.Dict, Union[int]]:
    print(repr(tp), get_origin(tp), get_args(tp))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], int | str == Union[int, str])
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], Union[int, Union[str, int]])
print(T, K.__bound__, N.__constraints__, T.__name__, repr(TypeVar("Co", covariant=True)))
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[Concatenate[int, P], str], get_args(Callable[P, int]))
print(cast(int, "not really"), cast("list[str]", 5))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(1), typing.get_overloads(f) != [] if hasattr(typing, "get_overloads") else "")
@final
class Leaf:
    pass
print(getattr(Leaf, "__final__", None))
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError", str(e)[:40])
try:
    Union[int]()
except TypeError as e:
    print("TypeError", e)
for bad in (lambda: Optional[int, str], lambda: Union[()], lambda: Callable[int, str], lambda: list[int][str],
            lambda: Generic[int], lambda: TypeVar("X", int), lambda: isinstance(1, list[int]), lambda: Literal[[1]] and None):
    try:
        print("ok", bad())
    except TypeError as e:
        print("TypeError", e)
def g(x: "UndefinedName") -> None: ...
try:
    get_type_hints(g)
except NameError as e:
    print("NameError", e)
print(typing.get_type_hints(lambda: None), typing.TYPE_CHECKING, typing.NewType("UserId", int)(5), repr(typing.NewType("UserId", int)))
UserId = typing.NewType("UserId", int)
print(UserId.__supertype__, UserId.__name__)
print(isinstance([], typing.Sequence), issubclass(list, typing.MutableSequence), isinstance({}, typing.Mapping))
