# PEP 695 generics, type aliases, and typing-style introspection in a small repository layer.
from typing import TypeVar, Generic, get_type_hints

type UserId = int
type Pair[T] = tuple[T, T]
type Tree[T] = T | list[Tree[T]]
type Callback[**P, R] = "callable"
type Row[*Ts] = tuple[*Ts]

print(UserId, type(UserId).__name__, UserId.__name__, UserId.__value__, UserId.__type_params__)
print(Pair, Pair.__type_params__, Pair.__value__, Pair[int], Pair[str].__args__, Pair[int].__origin__ is Pair)
print(Tree.__value__, Callback.__type_params__, Row.__type_params__)
T0, = Pair.__type_params__
print(type(T0).__name__, T0.__name__, T0.__bound__, T0.__constraints__, T0.__covariant__, T0.__infer_variance__)

type Lazy = UndefinedName
try:
    Lazy.__value__
except NameError as e:
    print("NameError", e)
try:
    UserId.__value__ = str
except AttributeError as e:
    print("AttributeError", e)


class Repository[K, V]:
    def __init__(self):
        self._items: dict[K, V] = {}

    def add(self, key: K, value: V) -> None:
        self._items[key] = value

    def get[D](self, key: K, default: D = None) -> V | D:
        return self._items.get(key, default)

    def keys(self) -> list[K]:
        return sorted(self._items)

    def __class_getitem_check__(self):
        return type(self).__type_params__


repo = Repository[str, int]()
repo.add("b", 2)
repo.add("a", 1)
print(repo.keys(), repo.get("a"), repo.get("zz", "none"), type(repo).__name__)
print(Repository.__type_params__, [p.__name__ for p in Repository.__type_params__])
print(Repository.get.__type_params__, Repository.__mro__[1:])
print(Repository[int, str], Repository[int, str].__args__, type(Repository[int, str]).__name__)
print(Repository.__orig_bases__ if hasattr(Repository, "__orig_bases__") else "no orig bases")
print(Repository.add.__annotations__)


def first[T](items: list[T]) -> T:
    return items[0]


def clamp[N: (int, float)](value: N, lo: N, hi: N) -> N:
    return max(lo, min(hi, value))


def longest[S: str](*items: S) -> S:
    return max(items, key=len)


print(first([3, 4]), clamp(15, 0, 10), clamp(-2.5, 0.0, 1.0), longest("a", "abc", "ab"))
(N,) = clamp.__type_params__
(S,) = longest.__type_params__
print(N, N.__constraints__, S.__bound__, first.__type_params__, first.__annotations__)


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def map[U](self, fn: "Callable[[T], U]") -> "Box[U]":
        return Box(fn(self.item))

    def __repr__(self):
        return f"Box({self.item!r})"


class LabeledBox[T](Box[T]):
    def __init__(self, item: T, label: str):
        super().__init__(item)
        self.label = label


print(Box(3).map(str).map(lambda s: s * 2), LabeledBox(1, "x").label, LabeledBox.__mro__)
print(LabeledBox.__orig_bases__, LabeledBox.__type_params__, LabeledBox.__parameters__)
print(Box[int]("x"), Box[int].__origin__ is Box)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)

T = TypeVar("T")
KT = TypeVar("KT", bound=str)


class OldStyle(Generic[T]):
    def __init__(self, v: T):
        self.v = v


print(OldStyle[int], OldStyle.__parameters__, OldStyle[int](5).v, KT.__bound__, repr(T))
try:
    class Mixed[U](Generic[T]):
        pass
except TypeError as e:
    print("TypeError", e)


class Scoped:
    type Alias = list[int]
    value = 10

    def method[M](self, m: M) -> M:
        return m


print(Scoped.Alias, Scoped.Alias.__value__, Scoped().method("m"), Scoped.method.__type_params__)


def outer_fn():
    local_thing = "closure"

    class Inner[X]:
        attr = local_thing

        def get(self) -> X:
            return local_thing

    return Inner


Inner = outer_fn()
print(Inner.attr, Inner().get(), Inner.__type_params__, Inner.__qualname__)


def hints_target(a: int, b: "str" = "x", *args: float, **kw: bool) -> list[int]:
    return [a]


print(get_type_hints(hints_target))
print(hints_target.__annotations__)


class Annotated:
    x: int
    y: str = "default"
    z: "list[Annotated]"


print(Annotated.__annotations__, Annotated.y, hasattr(Annotated, "x"))
try:
    Annotated.x
except AttributeError as e:
    print("AttributeError", e)

count: int = 0
print(__annotations__ if "__annotations__" in globals() else "no module annotations")
print(int | str, (int | str).__args__, int | None, isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(list[int] | None, type(int | str).__name__, (int | str) == (str | int), int | int)
try:
    3 | int
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, list[int])
except TypeError as e:
    print("TypeError", e)
