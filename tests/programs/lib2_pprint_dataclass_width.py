import pprint
import dataclasses
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, namedtuple
from types import SimpleNamespace, MappingProxyType

@dataclasses.dataclass
class Point:
    x: int
    y: int

@dataclasses.dataclass
class Shape:
    name: str
    points: list
    meta: dict = dataclasses.field(default_factory=dict)
    hidden: int = dataclasses.field(default=0, repr=False)

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int = 1

sq = Shape("square-with-a-fairly-long-name", [Point(0, 0), Point(0, 10), Point(10, 10), Point(10, 0)],
           {"color": "red", "tags": ["closed", "convex", "regular"], "zindex": 3})
pprint.pprint(sq)
pprint.pprint(sq, width=40)
pprint.pprint(sq, width=200)
pprint.pprint(sq, depth=1)
pprint.pprint(sq, depth=2, indent=4)
print(pprint.pformat([NoRepr(), Point(1, 2)]).split(" object at ")[0])

data = {"zeta": [1, 2, 3], "alpha": {"nested": {"deep": {"deeper": list(range(30))}}},
        "mid": ("tuple", "of", "strings", "that", "is", "long", "enough", "to", "wrap"), "b": b"bytes" * 20,
        "s": "a long string that should be split across lines when the width is small " * 2}
pprint.pprint(data)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, depth=2)
print(pprint.pformat(data, width=30, depth=3, compact=True, sort_dicts=False))
print(pprint.pformat(list(range(40)), compact=True, width=40))
print(pprint.pformat(list(range(40)), width=40)[:80])
print(pprint.pformat([[1, 2], [3, [4, [5, [6]]]]], depth=2), pprint.pformat(((((1,),),),), depth=1))

Pair = namedtuple("Pair", "left right")
od = OrderedDict([("b", 1), ("a", [1] * 30)])
dd = defaultdict(list, {"k": list(range(25)), "j": []})
cnt = Counter("mississippi-missouri-missoula")
objs = [od, dd, cnt, deque(range(30), maxlen=40), ChainMap({"a": 1}, {"b": list(range(20))}),
        Pair(left=list(range(15)), right="x" * 50), SimpleNamespace(alpha=1, beta=list(range(20))),
        MappingProxyType({"m": list(range(20))}), frozenset(range(25)), set(range(25)), {}, [], (), set(),
        frozenset(), OrderedDict(), deque(), Counter(), b"", bytearray(b"x" * 70), range(10)]
for o in objs:
    print(pprint.pformat(o, width=50))

rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
import re
noid = lambda t: re.sub(r"id=\d+", "id=N", t)
print(noid(pprint.pformat(rec)))
print(noid(pprint.pformat(d)))
print(noid(pprint.saferepr(rec)), pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]), pprint.isreadable(Point(1, 2)))
print(pprint.saferepr({"b": 1, "a": 2}), pprint.pformat({3: "c", 1: "a", 2: "b"}))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=False, sort_dicts=True, underscore_numbers=True)
pp.pprint({"big": 12345678, "f": 1234567.5, "lst": [10**6, 10**7]})
print(pp.pformat([1_000_000] * 3), pprint.pformat(10**10, underscore_numbers=True))
pprint.pp({"b": 1, "a": 2})
pprint.pp({"b": 1, "a": 2}, sort_dicts=True)
for bad in (dict(indent=-1), dict(width=0), dict(depth=0), dict(depth=-1)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
print(pprint.pformat("x" * 100, width=20))
print(pprint.pformat(["word " * 12], width=30))
print(pprint.pformat({"key": "value " * 15}, width=40))
print(pprint.pformat(b"\x00\x01" * 30, width=30))
