import functools
from functools import singledispatch, singledispatchmethod, lru_cache, cache, partial, partialmethod, total_ordering, cached_property, reduce, wraps
from collections.abc import Mapping, Sequence
from decimal import Decimal
import operator

@singledispatch
def describe(obj):
    return f"object:{type(obj).__name__}"

@describe.register
def _(obj: int):
    return f"int:{obj}"

@describe.register(bool)
def _(obj):
    return f"bool:{obj}"

@describe.register
def _(obj: list | tuple):
    return f"seq of {len(obj)}"

@describe.register(Mapping)
def _(obj):
    return "mapping:" + ",".join(sorted(obj))

@describe.register(float)
@describe.register(Decimal)
def _(obj):
    return f"number:{obj}"

for v in [1, True, 2.5, Decimal("1.1"), [1, 2], (1,), {"b": 1, "a": 2}, "str", None, range(3)]:
    print(describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry))
try:
    @describe.register
    def _(obj):
        return "no annotation"
except TypeError as e:
    print("TypeError", str(e)[:45])
try:
    describe()
except TypeError as e:
    print("TypeError", e)

class Shape:
    @singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError(f"cannot scale by {type(factor).__name__}")
    @scale.register
    def _(self, factor: int):
        return f"int scale {factor}"
    @scale.register
    def _(self, factor: float):
        return f"float scale {factor:.2f}"
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f"{cls.__name__} generic"
    @make.register
    @classmethod
    def _(cls, arg: str):
        return f"{cls.__name__} from str {arg}"

s = Shape()
print(s.scale(2), s.scale(0.5), Shape.make(1), Shape.make("x"))
try:
    s.scale("big")
except NotImplementedError as e:
    print("NotImplementedError", e)

calls = []
@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1, 1.0]:
    square(n)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())

@lru_cache(maxsize=None, typed=True)
def typed(x):
    calls.append(("typed", x))
    return x
typed(1); typed(1.0); typed(True); typed(1)
print(typed.cache_info(), calls[-3:])

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits, fib.__wrapped__.__name__, fib.__name__)
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())
try:
    fib([1])
except TypeError as e:
    print("TypeError", e)
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)

class Cell:
    def __init__(self):
        self._state = {}
    def set(self, key, value):
        self._state[key] = value
        return self
    set_on = partialmethod(set, "on")
    set_color = partialmethod(set, value="red")
c = Cell().set_on(True).set_color("fg")
print(c._state, type(Cell.set_on).__name__, Cell.set_on.__name__)

p = partial(int, base=2)
print(p("1010"), p("11", base=3), p.func.__name__, p.args, p.keywords)
p2 = partial(p, "111")
print(p2(), repr(partial(max, 1, key=abs)).replace("<built-in function max>", "max"))
print(partial(operator.sub, 10)(3), partial(partial(operator.sub), 1, 2)())
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2.0") > Version("1.9"), Version("1") <= Version("0.1"))
try:
    Version("1") > 5
except TypeError as e:
    print("TypeError", e)
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError", e)

class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.computed, "total" in vars(d))
del d.total
print(d.total, d.computed)
d.total = 5
print(d.total, type(Data.total).__name__, Data.total.attrname)
class Slotted:
    __slots__ = ("a",)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print("TypeError", e)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    "Doc string."
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(3))
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
