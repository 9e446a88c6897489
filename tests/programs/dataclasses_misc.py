# ClassVar objects, __dataclass_params__, repr recursion, user methods kept, abc
import abc
from dataclasses import dataclass, field, fields

try:
    from typing import ClassVar
except ImportError:  # pyrs has no typing module yet: an object named ClassVar stands in
    class ClassVar:
        def __class_getitem__(cls, item):
            return cls


@dataclass
class Counter:
    total: ClassVar[int] = 0
    plain: ClassVar = 'p'
    name: str = 'c'
    def __post_init__(self):
        Counter.total += 1


Counter(), Counter('d')
print(Counter.total, [f.name for f in fields(Counter)], Counter.__doc__, Counter.__match_args__)
print(Counter.__dataclass_params__)
print(dataclass(frozen=True, order=True, slots=True)(
    type('Q', (), {'__annotations__': {'a': int}})).__dataclass_params__)


@dataclass
class A:
    other: object = None


@dataclass
class B:
    other: object = None


a, b = A(), B()
a.other, b.other = b, a
print(a, b, [a])
print(repr(A(A(A()))))


@dataclass
class Base:
    v: int = 1


class Sub(Base):
    pass


print(Sub(), Sub() == Base(), Sub() == Sub(), Base.__repr__(Sub(2)))


@dataclass
class Bad:
    v: int = 1
    def __post_init__(self):
        del self.v


try:
    print(Bad())
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(init=False)
class NoInit:
    a: int = 3
    b: str = field(default='x', repr=False)
n = NoInit()
print(n, NoInit.__init__ is object.__init__, NoInit.__doc__)


@dataclass
class OwnInit:
    a: int
    def __init__(self, value, /, extra=2, *rest, flag: bool = False, **kw):
        self.a = value * extra
print(OwnInit(4), OwnInit.__doc__)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


@dataclass
class Square(Shape):
    side: float
    def area(self):
        return self.side ** 2
print(Square(3).area(), Square.__abstractmethods__)
try:
    @dataclass
    class Half(Shape):
        side: float
    Half(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self):
        return self._x
print(WithProp(4).x, WithProp(), WithProp.__eq__(WithProp(), 3))


@dataclass(eq=False)
class IdEq:
    a: int
print(IdEq(1) == IdEq(1), hash(IdEq(1)) is not None)
print(sorted(vars(Counter('z')).items()))
