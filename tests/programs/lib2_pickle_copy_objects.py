import pickle, copy, copyreg, io
from collections import namedtuple, OrderedDict, deque, defaultdict, Counter
from dataclasses import dataclass, field
import enum, datetime, decimal, fractions

class Color(enum.Enum):
    RED = 1
    GREEN = 2

Pair = namedtuple("Pair", "a b")

@dataclass
class Account:
    owner: str
    balance: decimal.Decimal
    history: list = field(default_factory=list)

class Cache:
    def __init__(self, name):
        self.name = name
        self.data = {"k": 1}
        self.conn = object()
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["conn"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.conn = "reconnected"

class Slots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a,), {"b": self.b})

class NewArgs(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs__(self):
        return (int(self), self.tag)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))
copyreg.pickle(Point, reduce_point)

class Tree:
    def __init__(self, v):
        self.v = v
        self.kids = []
        self.parent = None

root = Tree(1)
kid = Tree(2); kid.parent = root; root.kids.append(kid)
shared = [1, 2]
obj = {"color": Color.GREEN, "pair": Pair(1, [2]), "acct": Account("ann", decimal.Decimal("10.50"), [1]),
       "od": OrderedDict(b=1, a=2), "dq": deque([1, 2], maxlen=3), "dd": defaultdict(list, {"x": [1]}), "cnt": Counter("aab"),
       "dt": datetime.datetime(2024, 1, 2, 3, 4, tzinfo=datetime.timezone.utc), "fr": fractions.Fraction(3, 4),
       "set": {1, 2, 3}, "fs": frozenset([4]), "bytes": b"\x00\xff", "ba": bytearray(b"ab"), "cplx": 1 + 2j,
       "big": 2**100, "neg": -1, "float": 1.5e-300, "none": None, "tuple": (shared, shared), "range": range(1, 10, 2),
       "slots": Slots(1, 2), "red": Reduced(5, 6), "na": NewArgs(7, "seven"), "pt": Point(1, 2), "tree": root,
       "types": [int, Color, len, Account], "sl": slice(1, 2, 3), "ell": Ellipsis, "ni": NotImplemented}
for proto in (0, 1):
    try:
        pickle.dumps(obj, protocol=proto)
    except TypeError as e:
        print(proto, "TypeError", e)
    o2 = {k: v for k, v in obj.items() if k != "slots"}
    b2 = pickle.loads(pickle.dumps(o2, protocol=proto))
    print(proto, sorted(k for k in o2 if k not in ("tree", "red", "pt", "na") and b2[k] != o2[k]))
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(obj, protocol=proto)
    back = pickle.loads(data)
    ok = []
    for k in obj:
        if k in ("tree", "slots", "red", "pt", "na"):
            continue
        ok.append(back[k] == obj[k])
    print(proto, all(ok), back["tuple"][0] is back["tuple"][1], back["tree"].kids[0].parent is back["tree"], back["slots"] == obj["slots"],
          (back["red"].a, back["red"].b), (back["na"], back["na"].tag, type(back["na"]).__name__), (back["pt"].x, back["pt"].y),
          back["dq"].maxlen, back["dd"]["new"], back["color"] is Color.GREEN)
c = pickle.loads(pickle.dumps(Cache("c")))
print(c.name, c.data, c.conn)
print(pickle.dumps(None, 0), pickle.dumps(True, 2), pickle.dumps(1, 1), pickle.dumps("a", 3), pickle.dumps((), 4), pickle.dumps([], 5))
print(pickle.dumps({"a": 1}, protocol=2), pickle.dumps(1.5, protocol=0))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump([1, 2]); p.dump("second")
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print("EOFError", e)
for bad in (lambda: pickle.dumps(lambda: 1), lambda: pickle.dumps(iter([])), lambda: pickle.loads(b"garbage"),
            lambda: pickle.loads(b""), lambda: pickle.dumps(1, protocol=99), lambda: pickle.loads(pickle.dumps(1)[:-1]),
            lambda: pickle.dumps((x for x in [])), lambda: pickle.loads(b"\x80\x05\x95\x00"), lambda: pickle.dumps(open)):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, str(e)[:70])
def local_func():
    pass
try:
    pickle.dumps(local_func)
except Exception as e:
    print(type(e).__name__, e)
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")
print(Restricted(io.BytesIO(pickle.dumps({1, 2}))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Color.RED))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)

# copy
orig = {"list": [1, [2, 3]], "tree": root, "acct": obj["acct"], "t": (1, [2])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
print(sh["list"] is orig["list"], dp["list"] is orig["list"], dp["list"][1] is orig["list"][1], dp["tree"].kids[0].parent is dp["tree"])
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, 2)), copy.deepcopy(dp["t"]) is dp["t"], copy.copy(obj["slots"]) == obj["slots"])
memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], id(a) in memo)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
cc = Custom([1])
print(copy.copy(cc).v is cc.v, copy.deepcopy(cc).v is cc.v)
print(copy.replace if hasattr(copy, "replace") else "no replace", copy.copy(Color.RED) is Color.RED, copy.deepcopy(len) is len)
try:
    copy.deepcopy(iter([1]))
except TypeError as e:
    print("TypeError", e)
x = Reduced(1, 2)
y = copy.deepcopy(x)
print(y.a, y.b, copy.copy(NewArgs(3, "t")).tag, copy.copy(Point(1, 1)).x)
