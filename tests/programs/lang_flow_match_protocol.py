# match protocol details: mapping patterns use .get(), sequence checks via ABC registration/flags, attribute access order, len calls
import collections.abc

class GetDict(dict):
    def get(self, k, default=None):
        print("  GetDict.get", k)
        return super().get(k, default)
    def __getitem__(self, k):
        print("  GetDict.__getitem__", k)
        return super().__getitem__(k)

match GetDict(a=1, b=2):
    case {"a": 1, "b": x}: print("matched", x)

class LoudMap(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): print("  getitem", k); return self.d[k]
    def __iter__(self): print("  iter"); return iter(self.d)
    def __len__(self): print("  len"); return len(self.d)
    def keys(self): print("  keys"); return self.d.keys()
    def get(self, k, default=None): print("  get", k); return self.d.get(k, default)

match LoudMap({"x": 1, "y": 2}):
    case {"x": 1, **rest}: print("rest", rest)
match LoudMap({"x": 1}):
    case {"z": _}: print("no")
    case {}: print("empty mapping pattern matches")

class LoudSeq(collections.abc.Sequence):
    def __init__(self, d): self.d = d
    def __len__(self): print("  seq len"); return len(self.d)
    def __getitem__(self, i): print("  seq getitem", i); return self.d[i]
    def __iter__(self): print("  seq iter"); return iter(self.d)

match LoudSeq([1, 2, 3, 4]):
    case [a, b]: print("two")
    case [a, *mid, b]: print("star", a, mid, b)
match LoudSeq([1, 2, 3]):
    case [1, _, _]: print("wild")

class Registered:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
collections.abc.Sequence.register(Registered)
match Registered():
    case [x, y]: print("registered seq", x, y)
class NotRegistered(Registered): pass
collections.abc.Sequence.register(NotRegistered)
class Unreg:
    def __len__(self): return 2
    def __getitem__(self, i): return i
match Unreg():
    case [x, y]: print("should not match")
    case _: print("unregistered not a sequence")

class Attrs:
    __match_args__ = ("a", "b")
    def __getattr__(self, name):
        print("  getattr", name)
        if name == "missing": raise AttributeError(name)
        return name.upper()
match Attrs():
    case Attrs("A", b, missing=_): print("has missing?")
    case Attrs("A", b): print("b =", b)

class Eq:
    def __eq__(self, o):
        print("  Eq.__eq__", o); return o == 3
class Holder:
    E = Eq()
for subject in (3, 4):
    match subject:
        case Holder.E: print("value pattern matched", subject)
        case _: print("not matched", subject)

# None/True/False use identity
class AlwaysEq:
    def __eq__(self, o): return True
for s in (AlwaysEq(), 1, 1.0, 0):
    match s:
        case True: print(type(s).__name__, "is True")
        case None: print(type(s).__name__, "is None")
        case 1: print(type(s).__name__, "== 1")
        case _: print(type(s).__name__, "other")

# str/bytes/bytearray are not sequences; array and deque are
import array
for s in ["ab", b"ab", bytearray(b"ab"), array.array("b", [1, 2]), collections.deque([1, 2]), memoryview(b"ab"), range(2), {1: 2}.keys(), {1: 2}.items()]:
    match s:
        case [a, b]: print(type(s).__name__, "sequence", a, b)
        case _: print(type(s).__name__, "not sequence")

# type pattern with subclass/isinstance hooks
class Meta(type):
    def __instancecheck__(cls, inst):
        print("  instancecheck", type(inst).__name__); return True
class Any(metaclass=Meta):
    pass
match 5:
    case Any(): print("Any matched int")

# class pattern positional on self-matching builtin subclass
class MyInt(int): pass
match MyInt(5):
    case int(v): print("MyInt via int", v, type(v).__name__)
match MyInt(5):
    case MyInt(v): print("MyInt self", v)
class MyStr(str):
    __match_args__ = ("upper",)
match MyStr("x"):
    case MyStr(u): print("MyStr match_args", type(u).__name__)

# mapping pattern with duplicate runtime keys
K = 1
class NS:
    K = 1
try:
    match {1: 2}:
        case {NS.K: _, 1: _}: print("dup?")
except ValueError as e:
    print("ValueError", e)

# guard that raises
try:
    match 1:
        case x if 1 / 0: pass
except ZeroDivisionError as e:
    print("guard raised", e, "x bound:", x)

# star pattern: CPython unpacks by iteration (bounded sequence here)
class Bounded(collections.abc.Sequence):
    def __len__(self): return 5
    def __getitem__(self, i):
        if isinstance(i, slice): raise TypeError("no slicing")
        if i >= 5: raise IndexError(i)
        return i
match Bounded():
    case [first, *_, last]: print("ends", first, last)
match Bounded():
    case [first, *rest]: print("rest", rest)

# builtin types carrying Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE
import types
for s in [types.MappingProxyType({"k": 1}), array.array("i", [1, 2]), memoryview(b"ab"), collections.OrderedDict(k=1), collections.UserList([1, 2])]:
    match s:
        case {"k": v}: print(type(s).__name__, "mapping with k", v)
        case [a, b]: print(type(s).__name__, "seq2", a, b)
        case _: print(type(s).__name__, "neither")
