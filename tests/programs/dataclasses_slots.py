# slots=True (a new class with __slots__), weakref_slot, frozen+slots, __getstate__
from dataclasses import dataclass, field, fields
import weakref


@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
    n: int = field(init=False, default=7)


p = P(1)
print(p, P.__slots__, '__dict__' in P.__dict__, hasattr(p, '__dict__'))
print(P.__qualname__, P.__init__.__qualname__, P.__doc__, P.__match_args__)
print(type(P.__dict__['x']).__name__, [f.name for f in fields(P)])
try:
    p.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 5
print(p, p == P(5), p.n)
try:
    weakref.ref(p)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True, weakref_slot=True)
class WR:
    a: int
w = WR(1)
print(WR.__slots__, weakref.ref(w)() is w)


@dataclass(slots=True)
class Child(P):
    extra: str = 'e'
print(Child(2), Child.__slots__)


class Plain:
    __slots__ = ('base_slot',)


@dataclass(slots=True)
class FromPlain(Plain):
    base_slot: int
    own: int = 1
print(FromPlain(3), FromPlain.__slots__)


@dataclass(frozen=True, slots=True)
class FZ:
    a: int
    b: str = 'b'
f = FZ(1)
print(f, hash(f) == hash((1, 'b')), f.__getstate__(), FZ.__getstate__.__name__)
g = FZ.__new__(FZ)
g.__setstate__([9, 'z'])
print(g)
try:
    f.a = 3
except AttributeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Orig:
    a: int = 1
    def method(self):
        return self.a
print(Orig().method(), Orig.method.__qualname__, type(Orig).__name__)
print(dataclass(slots=True)(type('Dyn', (), {'__annotations__': {'q': int}})).__slots__)
