# recursion limits and RecursionError messages across Python/builtin paths, recovery after overflow
import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:60])
    except RecursionError as e:
        print(label, "RecursionError:", e)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

def rec(n): return rec(n + 1)
show("plain", lambda: rec(0))

class R:
    def __repr__(self): return repr(self)
show("repr", lambda: repr(R()))
class S:
    def __str__(self): return str(self)
show("str", lambda: str(S()))
class G:
    def __getattr__(self, name): return self.missing
show("getattr", lambda: G().x)
class Eq:
    def __eq__(self, o): return self == o
show("eq", lambda: Eq() == 1)
class H:
    def __hash__(self): return hash(self)
show("hash", lambda: hash(H()))
class L:
    def __len__(self): return len(self)
show("len", lambda: len(L()))
class It:
    def __iter__(self): return iter(self)
show("iter", lambda: iter(It()))
class Add:
    def __add__(self, o): return self + o
show("add", lambda: Add() + 1)
class Call:
    def __call__(self): return self()
show("call", lambda: Call()())
class GI:
    def __getitem__(self, k): return self[k]
show("getitem", lambda: GI()[0])
class Bool:
    def __bool__(self): return bool(self)
show("bool", lambda: bool(Bool()))
l = []; l.append(l)
show("list self repr", lambda: repr(l))
d = {}; d[1] = d
show("dict self repr", lambda: repr(d))
nested = []
cur = nested
for i in range(1000):
    nxt = []; cur.append(nxt); cur = nxt
show("deep repr", lambda: len(repr(nested)))
show("deep eq", lambda: nested == nested)
import copy
show("deep copy", lambda: copy.deepcopy(nested) is not None)
import json
show("deep json", lambda: len(json.dumps(nested)))
show("deep json loads", lambda: json.loads("[" * 1000 + "]" * 1000) is not None)

def gen_rec(n):
    yield from gen_rec(n + 1)
show("yield from rec", lambda: next(gen_rec(0)))

def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
show("mutual", lambda: mutual_a(0))

# recovery: after overflow, normal depth works
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
show("after", lambda: depth(150))

# setrecursionlimit errors
show("limit 0", lambda: sys.setrecursionlimit(0))
show("limit -1", lambda: sys.setrecursionlimit(-1))
show("limit str", lambda: sys.setrecursionlimit("x"))
show("limit float", lambda: sys.setrecursionlimit(1.5))

# catching RecursionError inside and continuing deeper
def catcher(n):
    try:
        return catcher(n + 1)
    except RecursionError:
        return n
r = catcher(0)
print("catcher depth positive", r > 50)

# exception in __del__? no. RecursionError is a RuntimeError
print(issubclass(RecursionError, RuntimeError), RecursionError.__mro__)

# recursion through sorted key
def keyrec(x): return sorted([x], key=keyrec)
show("sorted key", lambda: keyrec(1))
# recursion through map
def maprec(x): return list(map(maprec, [x]))
show("map", lambda: maprec(1))
# through class instantiation
class Init:
    def __init__(self): Init()
show("init", lambda: Init())
# through property
class Prop:
    @property
    def p(self): return self.p
show("property", lambda: Prop().p)
# through __getattribute__
class GA:
    def __getattribute__(self, n): return self.x
show("getattribute", lambda: GA().y)
# through format
class Fmt:
    def __format__(self, spec): return f"{self}"
show("format", lambda: f"{Fmt()}")
