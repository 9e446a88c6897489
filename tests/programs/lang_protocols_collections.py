import functools, operator, weakref, copy, pickle, sys
from collections import defaultdict, OrderedDict, Counter, ChainMap, deque, UserDict, UserList, UserString

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

@functools.total_ordering
class Version:
    __slots__ = ("major", "minor", "__weakref__")
    def __init__(self, s):
        self.major, self.minor = map(int, s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)
    def __hash__(self):
        return hash((self.major, self.minor))
    def __repr__(self):
        return f"V{self.major}.{self.minor}"

vs = [Version(s) for s in ["1.10", "1.2", "0.9", "1.2"]]
show("sorted", lambda: sorted(vs))
show("ops", lambda: (vs[0] > vs[1], vs[1] >= vs[3], vs[2] <= vs[0], vs[1] != vs[3], max(vs), len(set(vs))))
show("cmp other", lambda: Version("1.0") < 3)
show("eq other", lambda: (Version("1.0") == 3, Version("1.0") != "x"))
show("slots no attr", lambda: setattr(vs[0], "patch", 1))
show("slots unset", lambda: Version.__new__(Version).major)
show("weakref", lambda: (weakref.ref(vs[0])() is vs[0], type(weakref.ref(vs[0])).__name__))
show("slots copy", lambda: (copy.copy(vs[0]), copy.deepcopy(vs[1])))
show("slots pickle", lambda: pickle.loads(pickle.dumps(vs[0])))

class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"Vec{tuple(self.c)}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return Vec(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        return self + o
    def __iadd__(self, o):
        print("iadd")
        r = self + o
        self.c = r.c
        return self
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.c[i])
        return self.c[i]
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __round__(self, n=None):
        return Vec(*[round(a, n) for a in self.c])
    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self.c) + ">"

v = Vec(1, 2, 3)
w = Vec(0.5, 0, -1)
show("add", lambda: (v + w, v + 1, 1 + v, 2 * v, v * 2, v @ w, -v, abs(Vec(3, 4))))
show("sum", lambda: sum([v, w]))
show("add bad", lambda: v + "x")
show("radd bad", lambda: "x" + v)
v2 = v
v2 += 10
show("iadd", lambda: (v2 is v, v))
show("bool/len", lambda: (bool(Vec(0, 0)), len(v), bool(Vec())))
show("iter via getitem", lambda: (list(v), 12 in v, v[::-1], list(reversed(v)), sorted(w)))
show("unpack via getitem", lambda: (lambda a, b, c: a + b + c)(*v))
show("round", lambda: (round(Vec(1.26, 2.5)), round(Vec(1.26, 2.5), 1)))
show("format", lambda: (f"{w:.2f}", format(v, "03d")))
show("hash none", lambda: hash(v))
show("unhashable key", lambda: {v: 1})
show("eq list", lambda: (v == [11, 12, 13], v != v))

class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
show("index", lambda: ([0, 1, 2, 3][Num(2)], bin(Num(5)), hex(Num(255)), range(Num(3)), "ab" * Num(2), operator.index(Num(7)), int(Num(4)) if sys.version_info >= (3, 11) else None))
show("index slice", lambda: "abcdef"[Num(1):Num(4)])
fl = 1.0
show("no index", lambda: [1][fl])
show("int of str obj", lambda: (int("0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), int("-0")))
show("int bad", lambda: int("1__0"))
show("int bad base", lambda: int("12", 1))
show("float parse", lambda: (float(" 1e3 "), float("-inf"), float("nAn"), float("1_0.5")))
show("float bad", lambda: float("1.2.3"))

class Temp:
    def __init__(self):
        self._c = 0
    @functools.cached_property
    def expensive(self):
        print("computing")
        return 42
t = Temp()
show("cached", lambda: (t.expensive, t.expensive, "expensive" in t.__dict__))
del t.expensive
show("cached after del", lambda: t.expensive)

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(bool)
def _(x):
    return f"bool {x}"
show("singledispatch", lambda: [describe(a) for a in [1, True, [1, 2], "s", 2.0]])
show("partial", lambda: (functools.partial(int, base=2)("101"), repr(functools.partial(pow, 2))[:25]))
show("reduce", lambda: (functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0)))
show("reduce empty", lambda: functools.reduce(operator.add, []))
@functools.lru_cache(maxsize=2)
def sq(n):
    print("sq", n)
    return n * n
show("lru", lambda: ([sq(1), sq(2), sq(1), sq(3), sq(2)], sq.cache_info()))
show("cmp_to_key", lambda: sorted(["bb", "a", "ccc", "dd"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b) or (a > b) - (a < b))))
show("attrgetter", lambda: (sorted([Version("2.1"), Version("1.5")], key=operator.attrgetter("minor")), operator.itemgetter(1, 0)("ab"), operator.methodcaller("split", ",")("a,b")))

dd = defaultdict(list)
for k, val in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(val)
show("defaultdict", lambda: (dd, dict(dd), dd.default_factory, copy.deepcopy(dd)))
show("counter", lambda: (Counter("abracadabra").most_common(3), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) + Counter(a=2, c=0), sorted(Counter("aab").elements()), Counter("ab") == Counter("ba")))
show("counter total", lambda: (Counter("hello").total(), repr(Counter({"x": 2, "y": 5}))))
od = OrderedDict.fromkeys("abcd")
od.move_to_end("b")
od.move_to_end("d", last=False)
show("ordereddict", lambda: (list(od), od.popitem(), od.popitem(last=False), od == OrderedDict.fromkeys("ac"), repr(od)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
show("chainmap", lambda: (cm["a"], cm["b"], sorted(cm), len(cm), cm.new_child({"c": 4})["c"], repr(cm.parents)))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4); dq.appendleft(0); dq.rotate(1)
show("deque", lambda: (dq, dq.maxlen, dq[1], list(reversed(dq)), dq.count(2)))
class MyDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(str(k), v)
md = MyDict({1: "a"})
md[2] = "b"
md.update({3: "c"})
show("userdict", lambda: (md, md.data, "1" in md, 1 in md, type(md.copy()).__name__))
class MyList(UserList):
    def append(self, x):
        super().append(x * 2)
ml = MyList([1])
ml.append(5)
show("userlist", lambda: (ml, ml + [1], type(ml[:1]).__name__, ml * 2))
class MyStr(UserString):
    pass
show("userstring", lambda: (MyStr("abc").upper(), type(MyStr("abc").upper()).__name__, MyStr("a") + "b", "a" in MyStr("abc")))

class Registry(dict):
    def __init__(self):
        super().__init__()
        self.hits = 0
    def __getitem__(self, k):
        self.hits += 1
        return super().__getitem__(k)
r = Registry()
r["x"] = 1
show("dict sub getitem use", lambda: (r["x"], r.get("x"), dict(r), {**r}, r.hits, list(r.items())))
class OrderedSet(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
os_ = OrderedSet.fromkeys("cab")
show("dict sub iter", lambda: (list(os_), sorted(os_), dict(os_), list(os_.keys()), [*os_]))
class LenList(list):
    def __len__(self):
        return 99
    def __iter__(self):
        return iter([7, 8])
ll = LenList([1, 2, 3])
show("list sub overrides", lambda: (len(ll), list(ll), [*ll], sum(ll), tuple(ll), sorted(ll), str(ll), ll[0], bool(LenList()), "-".join(map(str, ll)), set(ll) == {7, 8}, min(ll), list(zip(ll, "ab"))))
class KeyStr(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower() if isinstance(o, str) else o)
    def __hash__(self):
        return hash(self.lower())
dk = {KeyStr("Hello"): 1}
show("str sub key", lambda: (dk.get(KeyStr("HELLO")), dk.get("hello"), KeyStr("A") == "a", "a" == KeyStr("A"), KeyStr("A") in ["a"], "A" in [KeyStr("a")]))
class IntTracker(int):
    def __eq__(self, o):
        print("eq called")
        return int(self) == o
    __hash__ = int.__hash__
show("int sub eq in list", lambda: (IntTracker(3) in [1, 3], [1, 3].index(IntTracker(3)), [1, 3].count(IntTracker(3))))
show("int sub in dict lookup", lambda: {3: "x"}[IntTracker(3)])
show("int sub bool", lambda: (type(True + IntTracker(1)).__name__, isinstance(IntTracker(0), int), IntTracker(5) // 2, divmod(IntTracker(7), 2), IntTracker(2) ** 3, -IntTracker(1), type(abs(IntTracker(-1))).__name__))
