# order=True comparisons, __hash__ rules, frozen instances
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True)
class V:
    a: int
    b: str = field(default='', compare=False)
    c: float = 0.0


print(V(1) < V(2), V(1, 'z') < V(1, 'a'), V(1, c=2.0) >= V(1, c=1.0), V(1) <= V(1))
print(sorted([V(3), V(1, c=5.0), V(1)]))
print(V(1, 'x') == V(1, 'y'), V.__lt__.__qualname__)


@dataclass(order=True)
class W:
    a: int


for op in ('<', '<=', '>', '>='):
    try:
        eval(f'V(1) {op} W(1)')
    except TypeError as e:
        print(type(e).__name__, e)
print(V.__lt__(V(1), W(1)), V(1) == W(1))

try:
    @dataclass(order=True)
    class Bad:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class Bad2:
        a: int
except ValueError as e:
    print(type(e).__name__, e)


def show_hash(name, **kw):
    cls = dataclass(**kw)(type(name, (), {'__annotations__': {'a': int}}))
    h = cls.__dict__.get('__hash__', 'absent')
    print(name, kw, 'None' if h is None else h if h == 'absent' else 'func')


show_hash('A')
show_hash('B', eq=False)
show_hash('C', frozen=True)
show_hash('D', eq=False, frozen=True)
show_hash('E', unsafe_hash=True)
show_hash('F', unsafe_hash=True, eq=False)


@dataclass(frozen=True)
class F:
    x: int
    y: tuple = ()
    z: list = field(default=None, hash=False, compare=True)


f = F(1, (2, 3))
print(f, hash(f) == hash((1, (2, 3))), {f: 'ok'}[F(1, (2, 3))])
for action in ('setattr', 'delattr', 'new'):
    try:
        if action == 'setattr':
            f.x = 5
        elif action == 'delattr':
            del f.y
        else:
            f.other = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(F.__setattr__.__qualname__, F.__delattr__.__qualname__)


@dataclass(unsafe_hash=True)
class U:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)
u = U(1, 2)
print(hash(u) == hash((1,)), U.__hash__.__qualname__)
u.a = 7
print(hash(u) == hash((7,)))


@dataclass
class H:
    a: int
    def __hash__(self):
        return 42
print(hash(H(1)))

try:
    @dataclass(unsafe_hash=True)
    class H2:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(eq=True)
class E2:
    a: int
    def __eq__(self, o):
        return False
print(E2.__hash__, E2(1) == E2(1))

try:
    @dataclass(frozen=True)
    class FS:
        a: int
        def __setattr__(self, n, v):
            pass
except TypeError as e:
    print(type(e).__name__, e)
