# inheritance (field order, overriding), kw_only=True, field(kw_only=...), KW_ONLY
from dataclasses import dataclass, field, fields, KW_ONLY
import dataclasses


@dataclass
class Base:
    x: int
    y: int = 10
    z: str = 'base'


@dataclass
class Derived(Base):
    z: str = 'derived'
    w: list = field(default_factory=lambda: [1])
    x: int = 5


print(Derived(), Derived(1, 2, 'q', [], ), [f.name for f in fields(Derived)])
print(Derived.__doc__)
print(Derived.__match_args__, Derived(1) == Base(1), Base(1) == Derived(1))


class Mixin:
    def hello(self):
        return f'hi {self!r}'


@dataclass
class Mixed(Mixin, Derived):
    extra: bool = False
print(Mixed().hello(), Mixed.__mro__[1].__name__)


class NotDC(Base):
    q: int = 3


@dataclass
class AfterNotDC(NotDC):
    r: int = 4
print(AfterNotDC(0), [f.name for f in fields(AfterNotDC)])


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__, K.__doc__)
try:
    K(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class K2:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = field(default=3)
    d: int = field(kw_only=True)
print(K2(1, d=4), K2(1, 7, d=4, b=9), K2.__match_args__, K2.__doc__)


@dataclass
class K3:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
    d: int = field(kw_only=False, default=9)
print(K3(0, c=2), K3(0, 8, c=2), K3.__match_args__, K3.__doc__)
print([(f.name, f.kw_only) for f in fields(K3)], '_' in K3.__dataclass_fields__)


@dataclass
class K4(K3):
    e: int = 5
    f: int = field(kw_only=True, default=6)
print(K4(1, c=2), K4.__doc__)


@dataclass
class K5(K):
    m: int
print(K5(3, a=1), K5.__doc__)

try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: dataclasses.KW_ONLY
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class FB:
    a: int


@dataclass(frozen=True)
class FD(FB):
    b: int = 0
print(FD(1, 2), hash(FD(1, 2)) == hash((1, 2)))

for base, frozen in ((FB, False), (Base, True)):
    try:
        dataclass(frozen=frozen)(type('X', (base,), {'__annotations__': {'n': int}, 'n': 0}))
    except TypeError as e:
        print(type(e).__name__, e)
