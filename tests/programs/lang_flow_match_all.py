# match statement: every pattern kind, binding rules, __match_args__, mapping/sequence subtleties, guards
import collections, dataclasses, enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

class P3:
    __match_args__ = ("a", "b", "c")
    def __init__(self, a, b, c): self.a, self.b, self.c = a, b, c

class NoArgs:
    pass

class Tricky:
    __match_args__ = ("x",)
    @property
    def x(self):
        raise AttributeError("no x")

class BadMA:
    __match_args__ = ["x"]
    x = 1

class BadMA2:
    __match_args__ = ("x", 5)
    x = 1

class Seq(collections.abc.Sequence):
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]

class MyMap(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("  getitem", k)
        return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)

class DD(dict):
    def __missing__(self, k): return "missing!"

def classify(s):
    match s:
        case None: return "None"
        case True: return "True"
        case False: return "False"
        case 0: return "zero"
        case 1.5 | 2.5: return "float-or"
        case -3: return "neg3"
        case 1+2j: return "complex"
        case "abc" "def": return "concat str"
        case b"by": return "bytes"
        case Color.RED: return "red"
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y axis {y}"
        case Point(x, 0) if x > 10: return f"far x {x}"
        case Point(): return "some point"
        case P3(1, b, c=3): return f"P3 b={b}"
        case P3(a, *_) if False: return "never"
        case int(n) if n < 0: return f"negative int {n}"
        case int() | float() as num: return f"number {num!r}"
        case str(x) if len(x) > 5: return f"long str {x}"
        case str(): return f"str {s}"
        case []: return "empty seq"
        case [x]: return f"one {x}"
        case [1, 2, *rest]: return f"12 rest={rest}"
        case [*init, 9]: return f"ends 9 init={init}"
        case [(1 | 2) as a, [b, *_]]: return f"nested a={a} b={b}"
        case [x, y, *_] if x == y: return f"pair eq {x}"
        case {"type": "circle", "r": r}: return f"circle {r}"
        case {"type": "rect", **rest}: return f"rect rest={sorted(rest.items())}"
        case {1: _, 2: _}: return "keys 1 2"
        case {}: return f"mapping {type(s).__name__}"
        case _: return f"other {type(s).__name__}"

cases = [None, True, False, 0, 0.0, 1.5, 2.5, -3, 1+2j, "abcdef", b"by", bytearray(b"by"), Color.RED, Color.GREEN,
         Point(0, 0), Point(0, 5), Point(11, 0), Point(3, 0), P3(1, 2, 3), P3(2, 2, 3), -7, 7, 3.25, "hello world", "hi",
         [], (), [5], (5,), [1, 2, 3, 4], (1, 2), [0, 9], [2, [7, 8]], [2, (7,)], [3, 3, 4], "xx", [4, 5, 6],
         {"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2}, {1: 1, 2: 2, 3: 3}, {}, {"a": 1},
         collections.OrderedDict(a=1), Seq([1, 2, 9]), range(3), range(1, 3), memoryview(b"ab"), "a", b"a", {1, 2},
         MyMap({"type": "circle", "r": 5}), DD(type="rect"), collections.deque([1, 2, 3]), 1.0, 1, 2, True + 0]
for c in cases:
    try:
        print(repr(c)[:40], "=>", classify(c))
    except Exception as e:
        print(repr(c)[:40], "!!", type(e).__name__, e)

def errs(s):
    match s:
        case Tricky(x): return "tricky"
        case NoArgs(a): return "noargs"
        case BadMA(x): return "badma"
        case BadMA2(x, y): return "badma2"
        case Point(1, 2, 3): return "too many"
        case Point(x, x=1): return "dup"
        case int(a, b): return "int two"
        case _: return "none"
for s in [Tricky(), NoArgs(), BadMA(), BadMA2(), Point(1, 2), 5, "s"]:
    try:
        print(type(s).__name__, errs(s))
    except Exception as e:
        print(type(s).__name__, "!!", type(e).__name__, e)

def notclass(s):
    X = 5
    match s:
        case X.real: return "attr ok"
def notclass2(s, cls):
    match s:
        case cls(): return "ok"
for f, a in [(lambda: notclass(5), ()), (lambda: notclass2(1, 5), ()), (lambda: notclass2(1, int), ())]:
    try:
        print(f())
    except Exception as e:
        print("!!", type(e).__name__, e)

# binding leaks and partial binding on failure
def leak(s):
    match s:
        case [a, b, 3]: pass
        case _: pass
    try:
        return a, b
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(leak([1, 2, 3]), leak([1, 2, 4]), leak(5))

# or-patterns with bindings
def orp(s):
    match s:
        case [x, 1] | [1, x] | {"k": x}:
            return x
        case (a, b) | [b, a, _]:
            return (a, b)
print(orp([5, 1]), orp([1, 6]), orp({"k": 7}), orp((8, 9)), orp([10, 11, 12]))

# star in mapping with dict ordering; match_args with keyword overlap
def mapp(s):
    match s:
        case {"a": 1, **kw}: return kw
print(mapp({"z": 0, "a": 1, "b": 2}), mapp(MyMap({"a": 1, "c": 3})))

# value pattern with custom __eq__
class Eq:
    def __eq__(self, o):
        print("  Eq.__eq__ called"); return True
class NS:
    val = Eq()
match 42:
    case NS.val: print("matched custom eq")
match Eq():
    case 42: print("literal vs Eq ->", "matched")
    case _: print("literal vs Eq not matched")

# guard side effects and evaluation order
calls = []
def g(n):
    calls.append(n); return False
match [1, 2]:
    case [x, y] if g(1): pass
    case [x, *y] if g(2): pass
    case _: pass
print(calls)

# match on string not treated as sequence
match "ab":
    case [a, b]: print("seq!")
    case _: print("str not sequence")

# capture patterns in class patterns for builtins that match self
for v in [3, 3.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), bytearray(b"x"), True]:
    match v:
        case bool(x): r = ("bool", x)
        case int(x): r = ("int", x)
        case float(x): r = ("float", x)
        case str(x): r = ("str", x)
        case bytes(x): r = ("bytes", x)
        case list(x): r = ("list", x)
        case tuple(x): r = ("tuple", x)
        case dict(x): r = ("dict", x)
        case set(x): r = ("set", x)
        case frozenset(x): r = ("frozenset", x)
        case bytearray(x): r = ("bytearray", x)
    print(r)

# nested match in loop with break/continue
for i in range(6):
    match i % 3:
        case 0: continue
        case 1 if i > 3: break
        case _: print("i", i)

# walrus in match subject, match subject tuple
match (w := 3), 4:
    case (3, y): print("tuple subject", w, y)
match 1, 2, 3:
    case a, *b: print(a, b)
