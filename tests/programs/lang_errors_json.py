import json, copy, pickle, sys
from collections import namedtuple

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class A:
    pass
show("obj args", lambda: A(1))
show("obj kwargs", lambda: A(x=1))
class B:
    def __init__(self): return 5
show("init returns", lambda: B())
class C:
    def __new__(cls, *a):
        return 42
    def __init__(self, *a):
        print("never")
show("new returns other", lambda: C(1))
class D:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
show("new with arg", lambda: D(3).x)
class E:
    def __init__(self, x): self.x = x
show("init missing", lambda: E())
show("init too many", lambda: E(1, 2))
show("method missing self", lambda: (lambda K: K().m())(type("K", (), {"m": lambda: 1})))
class F:
    def m(self, a, *, b): pass
show("method kw missing", lambda: F().m(1))
show("method pos kw", lambda: F().m(1, 2))
show("builtin args", lambda: len())
show("builtin args2", lambda: len([], []))
show("builtin kw", lambda: len(obj=[]))
show("sorted args", lambda: sorted([1], lambda x: x))
show("int kw", lambda: int(x="1"))
show("str kw", lambda: (str(object=5), str(b"ab", encoding="ascii"), str(b"ab")))
show("dict kw", lambda: dict([("a", 1)], b=2))
show("list kw", lambda: list(iterable=[1]))
show("max empty", lambda: max([]))
show("max default", lambda: (max([], default=0), max(1, 2, key=lambda v: -v), min("abc", key=ord)))
show("max mixed", lambda: max([1, "a"]))
show("sort mixed", lambda: sorted([3, "a", 1]))
show("sort none", lambda: sorted([None, 1]))
show("lt types", lambda: [] < ())
show("add types", lambda: [1] + (2,))
show("add str int", lambda: "a" + 1)
show("add int str", lambda: 1 + "a")
show("mul str str", lambda: "a" * "b")
show("sub set list", lambda: {1} - [1])
show("neg str", lambda: -"a")
show("div zero", lambda: (1 / 0))
show("floordiv zero", lambda: 1 // 0)
show("mod zero", lambda: 1 % 0)
show("float div zero", lambda: 1.0 / 0)
show("float mod zero", lambda: 1.0 % 0.0)
show("divmod zero", lambda: divmod(1, 0))
show("pow neg zero", lambda: 0 ** -1)
show("pow float neg", lambda: ((-8) ** (1/3)))
show("pow mod", lambda: (pow(3, 4, 5), pow(3, -1, 7), pow(2, 10, 1)))
show("pow mod bad", lambda: pow(2, -1, 4))
show("overflow", lambda: 10.0 ** 400)
show("int float overflow", lambda: float(10 ** 400))
show("int too big str", lambda: len(str(10 ** 5000)))
show("math domain", lambda: __import__("math").sqrt(-1))
show("math log", lambda: __import__("math").log(0))
show("round edge", lambda: (round(0.5), round(1.5), round(2.675, 2), round(-0.5), round(1234, -2), round(1250, -2), round(1.0e20), round(float("inf")) if False else 0))
show("round inf", lambda: round(float("inf")))
show("round nan", lambda: round(float("nan")))
show("int nan", lambda: int(float("nan")))
show("float repr", lambda: (0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0, 1.0, -0.0, 2.5e-324 if False else 5e-324, 1.7976931348623157e308, float("1e22"), 1e21))
show("float str", lambda: (str(1e16), str(1.0e-4), str(0.0001), str(100.0), str(1e100)))
show("divmod neg", lambda: (divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7.5 % -2, -0.0 % 1))
show("int methods", lambda: ((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True), (10).bit_length(), (7).bit_count(), (3).as_integer_ratio(), (-5).__abs__(), (5).conjugate()))
show("to_bytes overflow", lambda: (256).to_bytes(1, "big"))
show("float methods", lambda: ((0.5).hex(), float.fromhex("0x1.8p1"), (2.5).is_integer(), (0.75).as_integer_ratio(), float("inf").is_integer()))
show("complex", lambda: (complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), repr(complex(0, -0.0)), repr(-1j), repr(complex(1.5, float("nan"))), (1j) ** 2))
show("complex cmp", lambda: 1j < 2j)
show("bool arith", lambda: (True + True, True * 3, -True, ~True, True / 2, True & False, True | 2, type(True & True).__name__, True ^ True))
show("bitwise", lambda: (~5, -5 >> 1, 5 << 3, -1 & 0xFF, 6 ^ 3, 1 << 100))
show("shift neg", lambda: 1 << -1)
show("int str bases", lambda: (int("ff", 16), int("z", 36), int("0o17", 0), int("017", 8), format(-255, "#x"), oct(-8), bin(-3)))
show("int 0 prefix", lambda: int("017", 0))
show("large", lambda: (2 ** 100 // 3, -(2 ** 100) // 7, (2 ** 100) % 97, 2 ** 100 / 2 ** 99, 10 ** 20 * 1.0, (2 ** 64) >> 3, hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1))))

P = namedtuple("P", "x y", defaults=[0])
show("namedtuple", lambda: (P(1), P(1, 2)._asdict(), P._fields, P(y=1, x=2), repr(P(1, 2)), P(1) == (1, 0), json.dumps(P(1, 2))))
show("namedtuple err", lambda: P())
show("namedtuple bad name", lambda: namedtuple("Q", "x class"))
show("namedtuple rename", lambda: namedtuple("Q", "x class x", rename=True)._fields)
show("namedtuple copy", lambda: (copy.copy(P(1, 2)), pickle.loads(pickle.dumps(P(3, 4)))))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
show("json enc", lambda: json.dumps({"s": {3, 1}, "c": 1 + 2j, "t": (1, 2)}, cls=Enc))
show("json enc fail", lambda: json.dumps({"o": object()}, cls=Enc))
show("json default kw", lambda: json.dumps([b"x"], default=lambda o: o.decode()))
show("json bad key", lambda: json.dumps({(1, 2): 3}))
show("json keys", lambda: json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
show("json skipkeys", lambda: json.dumps({(1,): 1, "a": 2}, skipkeys=True))
show("json nan", lambda: (json.dumps(float("nan")), json.dumps([float("inf")])))
show("json nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
show("json indent", lambda: json.dumps({"a": [1, {"b": None}], "c": "é"}, indent=2, sort_keys=True))
show("json ascii", lambda: (json.dumps("é☃\U0001f600"), json.dumps("é", ensure_ascii=False)))
show("json seps", lambda: json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
show("json load", lambda: json.loads('{"a": [1, 2.5, true, null, "x\\u00e9"], "b": {"c": -1e3}}'))
show("json hooks", lambda: json.loads('{"a": 1.5, "b": {"c": 2}}', parse_float=str, object_hook=lambda d: sorted(d.items())))
show("json pairs", lambda: json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
show("json err", lambda: json.loads('{"a": }'))
show("json err2", lambda: json.loads('[1, 2,]'))
show("json err3", lambda: json.loads(''))
show("json err4", lambda: json.loads('{"a" 1}'))
show("json err5", lambda: json.loads('"abc'))
show("json err6", lambda: json.loads('[1] x'))
show("json big", lambda: json.loads('123456789012345678901234567890'))
show("json circular", lambda: (lambda l: (l.append(l), json.dumps(l)))([]))
class JD(dict):
    def items(self):
        return [("fake", 1)]
show("json dict subclass", lambda: json.dumps(JD(real=2)))
class JL(list):
    def __iter__(self):
        return iter([9])
show("json list subclass", lambda: json.dumps(JL([1, 2])))
class JF(float):
    def __repr__(self):
        return "JF!"
show("json float subclass", lambda: json.dumps([JF(1.5)]))
class JI(int):
    def __repr__(self):
        return "JI!"
show("json int subclass", lambda: json.dumps([JI(7), True]))
class JS(str):
    def __str__(self):
        return "JS!"
show("json str subclass", lambda: json.dumps({JS("k"): JS("v")}))
from enum import Enum, IntEnum
class Col(IntEnum):
    R = 1
class Sc(Enum):
    X = 1
show("json intenum", lambda: json.dumps({Col.R: Col.R}))
show("json enum", lambda: json.dumps(Sc.X))
