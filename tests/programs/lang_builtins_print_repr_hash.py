# print sep/end/file/flush, repr of recursive containers, hash consistency across int/float/Fraction/complex/Decimal-free
import sys, io
from fractions import Fraction
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("a", "b", sep="--", end="!\n")
print(sep="x")
print()
print("x", end="")
print()
buf = io.StringIO()
print(1, 2, 3, file=buf, sep=",")
print("z", file=None)
print(repr(buf.getvalue()))
t(lambda: print("a", sep=1))
t(lambda: print("a", end=1))
t(lambda: print("a", file=1))
t(lambda: print("a", foo=1))
t(lambda: print("a", flush=True))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print("p", "q", file=w, end="E")
print(w.parts)
class NS:
    def __str__(self): return 5
t(lambda: print(NS()))
class SE:
    def __str__(self): raise ValueError("no str")
t(lambda: print("before", SE()))
sys.stdout.write("direct\n")
t(lambda: sys.stdout.write(5))
# recursive reprs
l = [1]; l.append(l); print(l, repr(l), str(l))
d = {"k": 1}; d["self"] = d; print(d)
l2 = [d, l]; print(l2)
tt = (l,); print(tt)
s = []; s.append([s]); print(s)
from collections import OrderedDict, deque, defaultdict
od = OrderedDict(a=1); od["me"] = od; print(od)
dq = deque([1]); dq.append(dq); print(dq)
dd = defaultdict(list); dd["x"] = dd; print(dd)
class R:
    def __repr__(self): return "R(" + repr(self.x) + ")"
r = R(); r.x = [r] if False else 1; print(r)
k = {}; k[1] = k.keys() if False else k; print(repr(k))
v = {}; v["v"] = v.values(); print(repr(v)[:40])
i = {}; i["i"] = i.items(); print(repr(i)[:40])
print(repr([[]] * 2), repr(([],) * 2))
# deep nesting repr
deep = []
cur = deep
for _ in range(50):
    n = []; cur.append(n); cur = n
print(repr(deep)[:20], len(repr(deep)))
# hashes
nums = [0, 1, -1, 2, -2, 10**18, 2**61 - 1, 2**61, -(2**61), 2**64 + 5, 10**30]
for n in nums:
    f = float(n) if abs(n) < 2**1000 else None
    print(n, hash(n), hash(f) if f is not None else None, hash(Fraction(n)), hash(complex(n, 0)), hash(f) == hash(n) if f == n else "neq")
for f in [0.5, -0.5, 1.5, 0.1, 1e300, -1e-300, 2.0**100, 2.0**-100, 5e-324, 123.456]:
    fr = Fraction(f)
    print(f, hash(f), hash(fr), hash(f) == hash(fr), hash(complex(f, 0)) == hash(f))
print(hash(float("nan")) == hash(float("nan")))
for fr in [Fraction(1, 3), Fraction(-1, 3), Fraction(2, 7), Fraction(10**20, 3), Fraction(1, 2**61 - 1), Fraction(-5, 2**61 - 1)]:
    print(fr, hash(fr))
for c in [1j, -1j, 1 + 1j, 0.5 - 2.5j, complex(1e300, -1e300), complex("inf"), complex(0, -0.0)]:
    print(c, hash(c))
print(hash(True), hash(False), hash(-1), hash(-2), hash(-1.0), hash(-1 + 0j), hash(Fraction(-1)))
for s in ["", "a"]:
    print(hash(s) == hash(s), hash((s,)) == hash((s,)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((None,)), hash((1.5, -1)), hash(((),)))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset({-1, -2})))
print({1: "int", 1.0: "float", True: "bool", Fraction(1): "frac", 1 + 0j: "complex"})
print({0.5: "f", Fraction(1, 2): "fr"})
print(2**61 - 1 == hash(2**61 - 1), hash(2**61 - 1), hash(-(2**61 - 1)))
class H(int): pass
print(hash(H(5)), hash(H(-1)))
class HF(float): pass
print(hash(HF(1.5)) == hash(1.5))
class BadHash:
    def __hash__(self): return "x"
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2**70
t(lambda: hash(BigHash()))
class NegHash:
    def __hash__(self): return -1
t(lambda: hash(NegHash()))
class BoolHash:
    def __hash__(self): return True
t(lambda: hash(BoolHash()))
class IntSubHash:
    def __hash__(self): return H(7)
t(lambda: hash(IntSubHash()))
class EqOnly:
    def __eq__(self, o): return True
t(lambda: hash(EqOnly()))
t(lambda: EqOnly.__hash__)
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(([],)))
t(lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
t(lambda: hash(slice([], 2)))
