import copy, json, pickle

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class Name(str):
    def __new__(cls, value, tag="x"):
        obj = super().__new__(cls, value.strip())
        obj.tag = tag
        return obj
    def shout(self):
        return self.upper() + "!"

class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${int(self)}"
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__

class Temp(float):
    __slots__ = ()
    def __format__(self, spec):
        if spec.endswith("C"):
            return format(float(self), spec[:-1]) + "°C"
        return super().__format__(spec)

class Bag(list):
    def __init__(self, *items):
        super().__init__(items)
    def total(self):
        return sum(self)

class CIDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __missing__(self, k):
        return f"missing:{k}"

class Counted(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

class Frozen(frozenset):
    def __repr__(self):
        return "Frozen(" + repr(sorted(self)) + ")"

class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Blob(bytes):
    def hexish(self):
        return self.hex(":")

n = Name("  alice ", tag="user")
show("name", lambda: (n, n.tag, n.shout(), type(n).__name__))
show("name upper type", lambda: type(n.upper()).__name__)
show("name slice type", lambda: type(n[1:]).__name__)
show("name add type", lambda: type(n + "x").__name__)
show("name fmt", lambda: f"{n!r} {n:>8} {n!s}")
show("name dict key", lambda: {n: 1}["alice"])
show("name eq hash", lambda: (n == "alice", hash(n) == hash("alice")))
show("name json", lambda: json.dumps({n: [n]}))
show("name copy", lambda: (copy.copy(n), copy.copy(n).tag, type(copy.deepcopy(n)).__name__))
show("name sorted", lambda: sorted([Name("b"), Name("a"), "c"]))
show("name join", lambda: "-".join([n, n]))
show("name %", lambda: "%s|%r" % (n, n))

m = Money(5)
show("money", lambda: (m, str(m), m + 3, 3 + m, m * 2, type(m * 2).__name__))
show("money fmt", lambda: f"{m} {m!r} {m:04d} {m:x}")
show("money json", lambda: json.dumps([m, Money(7)]))
show("money key", lambda: {m: "five"}[5])
show("money sum", lambda: sum([Money(1), Money(2)], Money(0)))
show("money bool", lambda: (bool(Money(0)), Money(3) > 2))
show("money copy", lambda: (copy.copy(m), copy.deepcopy([m])))
show("money pickle", lambda: pickle.loads(pickle.dumps(m)))
show("money range", lambda: list(range(Money(3))))
show("money index", lambda: "abcdef"[Money(2)])

t = Temp(21.456)
show("temp", lambda: (f"{t:.1fC}", f"{t:.2f}", format(t, ""), repr(t), str(t)))
show("temp slots", lambda: t.__dict__)
show("temp json", lambda: json.dumps(t))
show("temp round", lambda: (round(t, 1), type(round(t, 1)).__name__, type(round(t)).__name__))
show("temp arith", lambda: type(t + 1).__name__)

b = Bag(3, 1, 2)
show("bag", lambda: (b, b.total(), type(b[:2]).__name__, type(b + [1]).__name__))
b.sort()
show("bag sorted", lambda: b)
show("bag json", lambda: json.dumps(b))
show("bag copy", lambda: (copy.copy(b), type(copy.copy(b)).__name__, type(copy.deepcopy(b)).__name__))
show("bag pickle", lambda: (pickle.loads(pickle.dumps(b)), type(pickle.loads(pickle.dumps(b))).__name__))
show("bag eq", lambda: b == [1, 2, 3])
b2 = b * 2
show("bag mul", lambda: (b2, type(b2).__name__))
b += [9]
show("bag iadd", lambda: (b, type(b).__name__))

d = CIDict()
d["Hello"] = 1
d["WORLD"] = 2
show("cidict", lambda: (d, d["HELLO"], d["nope"], d.get("hello"), d.get("HELLO")))
show("cidict json", lambda: json.dumps(d, sort_keys=True))
show("cidict copy", lambda: (copy.copy(d), type(copy.copy(d)).__name__))
d2 = CIDict(Abc=1)
show("cidict init bypass", lambda: d2)
d2.update(XyZ=3)
show("cidict update bypass", lambda: d2)
show("cidict or", lambda: (d | {"Q": 1}, type(d | {"Q": 1}).__name__))
c = Counted()
for w in "a b a c a b".split():
    c[w] += 1
show("counted", lambda: sorted(c.items()))
show("counted in", lambda: ("z" in c, c["z"], "z" in c))

f = Frozen([3, 1, 2])
show("frozen", lambda: (f, type(f | {9}).__name__, type(f & {1}).__name__, {f: 1}[frozenset({1, 2, 3})]))
show("frozen copy", lambda: (copy.copy(f), type(copy.deepcopy(f)).__name__))

p = Point(1, 2)
show("point", lambda: (p, p.x, p + (3,), type(p + (3,)).__name__, p == (1, 2)))
show("point key", lambda: {p: "a"}[(1, 2)])
show("point json", lambda: json.dumps({"p": p}))
show("point sort", lambda: sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
show("point copy", lambda: (copy.copy(p), copy.deepcopy(p)))
show("point pickle", lambda: pickle.loads(pickle.dumps(p)))
show("point dict", lambda: hasattr(p, "__dict__"))
show("point unpack", lambda: [a + b for a, b in [p, Point(3, 4)]])

bl = Blob(b"\x01\xff")
show("blob", lambda: (bl, bl.hexish(), type(bl[:1]).__name__, bl[0], type(bl + b"x").__name__))
show("blob decode", lambda: Blob(b"hi").decode())
show("blob key", lambda: {bl: 1}[b"\x01\xff"])
show("blob copy", lambda: (copy.copy(bl), type(copy.deepcopy(bl)).__name__))
show("blob fmt", lambda: (f"{bl!r}", "%s" % bl if False else "skip"))
