# typing: protocols, NamedTuple/TypedDict details, NewType, overload/final/override,
# no_type_check, dataclass_transform, get_type_hints/get_origin/get_args, Annotated, aliases.
import typing, sys, functools
from typing import *
T = TypeVar('T'); P = ParamSpec('P')
def show(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class HasX(Protocol):
    x: int
@runtime_checkable
class RX(Protocol):
    x: int
    def m(self): ...
class F:
    def close(self): pass
class G:
    close = None
show('p1', lambda: (isinstance(F(), Closer), isinstance(G(), Closer), issubclass(F, Closer), issubclass(G, Closer), isinstance(1, Closer)))
show('p2', lambda: isinstance(F(), HasX))
show('p3', lambda: issubclass(F, RX))
show('p4', lambda: issubclass(1, Closer))
show('p5', lambda: Closer())
class Impl(Closer):
    def __init__(self, v): self.v = v
show('p6', lambda: (Impl(3).v, Impl.__init__.__name__ if hasattr(Impl.__init__, '__name__') else 0))
class Impl2(Closer): pass
show('p7', lambda: (type(Impl2()).__name__, Impl2._is_protocol, Closer._is_protocol, Closer._is_runtime_protocol, sorted(Closer.__protocol_attrs__), RX.__callable_proto_members_only__))
show('p8', lambda: runtime_checkable(int))
show('p9', lambda: type('X', (Protocol, int), {}))
class Sub(Closer, Protocol):
    def open(self): ...
show('p10', lambda: (sorted(Sub.__protocol_attrs__), Sub._is_protocol, Sub._is_runtime_protocol))
class WithAnn(Protocol):
    a: int
    b: str = ''
    def f(self) -> int: ...
show('p11', lambda: sorted(WithAnn.__protocol_attrs__))
show('p12', lambda: (isinstance(3, SupportsInt), isinstance('x', SupportsInt), issubclass(float, SupportsIndex), isinstance(3, SupportsAbs), issubclass(int, SupportsRound)))
class Iter(Protocol[T]):
    def __iter__(self): ...
show('p13', lambda: (Iter[int], Iter.__parameters__))
show('p14', lambda: (issubclass(list, Iterable), isinstance([], Sized)))
class NT(NamedTuple):
    a: int
    b: str = 'x'
    def m(self): return self.a
show('n1', lambda: (NT(1), NT(1).m(), NT.__annotations__, NT._field_defaults, type(NT)))
show('n2', lambda: NamedTuple('P', [('x', int)]).__module__)
show('n3', lambda: NamedTuple('P', x=int)._fields)
show('n4', lambda: NamedTuple('P', [('x', int)], y=int))
def bad():
    class B(NamedTuple):
        a: int = 1
        b: int
show('n5', bad)
def bad2():
    class B(NamedTuple):
        a: int
        _make = 1
show('n6', bad2)
def bad3():
    class B(NamedTuple, int): pass
show('n7', bad3)
class TD(TypedDict, total=False):
    a: int
    b: Required[str]
class TD2(TD):
    c: NotRequired[Annotated[int, 1]]
    d: float
show('t1', lambda: (TD(a=1), TD.__required_keys__, TD.__optional_keys__, sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__), TD2.__total__, TD.__total__, TD2.__annotations__))
show('t2', lambda: (is_typeddict(TD), is_typeddict(dict), TypedDict('M', {'x': int}).__annotations__, type(TD).__name__))
show('t3', lambda: isinstance({}, TD))
show('t4', lambda: TypedDict('M', {'x': int}, y=1))
def bad4():
    class X(TD, int): pass
show('t5', bad4)
show('t6', lambda: TypedDict('M', {'x': 1}))
UserId = NewType('UserId', int)
show('nt1', lambda: (UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__, UserId | None))
def bad5():
    class X(UserId): pass
show('nt2', bad5)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
show('o1', lambda: (len(get_overloads(f)), f(1)))
clear_overloads()
show('o2', lambda: get_overloads(f))
show('o3', lambda: overload(lambda: 0)())
@final
class Fi: pass
show('fi', lambda: (Fi.__final__, final(1), override(len), override(1)))
@dataclass_transform(kw_only_default=True, foo=1)
def dt(cls): return cls
show('dt', lambda: dt.__dataclass_transform__)
@no_type_check
class NC:
    a: int
    def m(self, x: 'zzz'): pass
    class Inner:
        def q(self): pass
    @classmethod
    def cm(cls): pass
    n = len
show('ntc', lambda: (NC.__no_type_check__, NC.m.__no_type_check__, NC.Inner.__no_type_check__, NC.Inner.q.__no_type_check__, getattr(NC.cm, '__no_type_check__', None), get_type_hints(NC), get_type_hints(NC.m)))
show('ntcd', lambda: no_type_check_decorator(lambda f: f)(lambda: 0).__no_type_check__)
def h(a: 'int', b: Annotated[List['str'], 'm'] = None, c: 'Optional[NotRequired[int]]' = 1) -> None: pass
show('gth', lambda: (get_type_hints(h), get_type_hints(h, include_extras=True)))
class A:
    x: 'int'
    y: ClassVar[int] = 1
class B(A):
    z: 'B'
    w: 'list[B]'
    u: 'int | str'
show('gth2', lambda: (get_type_hints(B), get_type_hints(B, include_extras=True)))
show('gth3', lambda: get_type_hints(sys))
show('gth4', lambda: get_type_hints(len))
show('gth5', lambda: get_type_hints(1))
show('gth6', lambda: get_type_hints(functools.wraps(h)(lambda: 0)))
show('go', lambda: [get_origin(t) for t in (List[int], Annotated[int, 1], P.args, Generic, int | str, int, Literal[1], Callable[[int], str], list[int], ClassVar[int], Union[int, str])])
show('ga', lambda: [get_args(t) for t in (Dict[int, str], Annotated[int, 1, 2], Callable[[int], str], Callable[..., int], int | str, int, Literal[1, 2], list[int], Callable[P, int], collections.abc.Callable[[int], str], Tuple[()], Tuple[int, ...])])
import collections.abc
show('ann', lambda: (Annotated[Annotated[int, 1], 2], Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2], hash(Annotated[int, 1]) == hash(Annotated[int, 1]), Annotated[List[T], 1][int]))
show('ann2', lambda: Annotated[int])
show('ann3', lambda: Annotated())
class AnnSub(Annotated[int, 'x']): pass
show('ann4', lambda: AnnSub.__mro__)
show('sga', lambda: (List(), Deque([1]), List.append, List.__name__, Dict.__qualname__, isinstance([], List), issubclass(List, Sequence), Mapping.__doc__))
show('sga2', lambda: List[int]())
show('sga3', lambda: isinstance([], List[int]))
show('sga4', lambda: (DefaultDict(int, a=1).__orig_class__ if hasattr(DefaultDict(int), '__orig_class__') else 'none'))
show('sga5', lambda: Type())
show('lit', lambda: (Literal[1, True, 1], Literal[1, 2] == Literal[2, 1], Literal[Literal[1], 2], Literal[[1], [1]]))
show('tup', lambda: (Tuple[int, ...], Tuple[()], Tuple[int, str]))
show('misc', lambda: (cast(int, 'x'), assert_type(1, int), Any, NoReturn, Text))
show('an', lambda: assert_never('x' * 200))
show('anyi', lambda: isinstance(1, Any))
show('anyn', lambda: Any())
class MyAny(Any): pass
show('anysub', lambda: (type(MyAny()).__name__, repr(MyAny)[:20]))
