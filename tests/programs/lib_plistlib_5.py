import plistlib, datetime, collections, io, os
B, X = plistlib.FMT_BINARY, plistlib.FMT_XML
def t(f):
    try:
        r = f()
        print("OK", repr(r)[:1500])
    except Exception as e:
        print("EXC", type(e).__name__, e)
big = {
    "str": "hello", "uni": "h\u00e9llo \u20ac \U0001F600", "int": 42, "neg": -42, "big": 2**63 + 5, "minint": -2**63,
    "float": 3.25, "negf": -1e-300, "true": True, "false": False, "bytes": b"\x00\x01\xff" * 40, "ba": bytearray(b"xyz"),
    "date": datetime.datetime(1999, 12, 31, 23, 59, 59), "list": [1, "two", [3.0, [4]], {}], "tuple": (1, 2),
    "nested": {"a": {"b": {"c": [{"d": b"deep" * 20}]}}}, "empty": "", "ws": "  x\n\ty  ", "amp": "a & b < c > d \"q\" 'a'",
    "zkey": 0, "Akey": 1, "_k": 2, "ékey": 3,
}
for fmt in (X, B):
    s = plistlib.dumps(big, fmt=fmt)
    print(fmt, len(s))
    print(s.hex())
    back = plistlib.loads(s)
    print(sorted(back.items(), key=lambda kv: kv[0]))
    print(list(back))
    back2 = plistlib.loads(s, dict_type=collections.OrderedDict)
    print(type(back2).__name__, type(back2["nested"]).__name__)
    s2 = plistlib.dumps(big, fmt=fmt, sort_keys=False)
    print(s2.hex())
    print(list(plistlib.loads(s2)))
# UID binary roundtrip
u = {"$objects": [plistlib.UID(1), "x", {"k": plistlib.UID(300)}], "$top": {"root": plistlib.UID(2**40)}}
s = plistlib.dumps(u, fmt=B); print(s.hex()); print(plistlib.loads(s))
# file objects
fn = "lib_plistlib_5.tmp"
with open(fn, "wb") as f:
    plistlib.dump(big, f)
with open(fn, "rb") as f:
    print(plistlib.load(f) == {k: (list(v) if isinstance(v, tuple) else (bytes(v) if isinstance(v, bytearray) else v)) for k, v in big.items()})
with open(fn, "wb") as f:
    plistlib.dump([1, 2], f, fmt=B)
with open(fn, "rb") as f:
    print(plistlib.load(f))
with open(fn, "rb") as f:
    print(plistlib.load(f, fmt=B))
os.remove(fn)
bio = io.BytesIO()
plistlib.dump({"a": 1}, bio, fmt=B, sort_keys=False, skipkeys=True)
print(bio.getvalue())
t(lambda: plistlib.dump(1, io.BytesIO(), fmt="x"))
t(lambda: plistlib.dumps({"b": 1, 3: 2, "a": 3}, skipkeys=True, sort_keys=False))
t(lambda: plistlib.dumps({"b": 1, 3: 2, "a": 3}, skipkeys=True, sort_keys=False, fmt=B))
t(lambda: plistlib.dumps({"b": 1, 3: 2, "a": 3}, sort_keys=False))
class Obj:
    def __repr__(self): return "Obj()"
t(lambda: plistlib.dumps(Obj(), fmt=B))
t(lambda: plistlib.dumps([Obj()], fmt=B))
t(lambda: plistlib.dumps({"a": Obj()}))
t(lambda: plistlib.dumps(plistlib.UID(1), fmt=X))
t(lambda: plistlib.dumps(datetime.datetime(2020,1,1,tzinfo=datetime.timezone.utc), fmt=B))
print(plistlib.PlistFormat.FMT_XML.value, plistlib.PlistFormat(2), plistlib.PlistFormat['FMT_BINARY'], plistlib.FMT_BINARY is plistlib.PlistFormat.FMT_BINARY)
print(plistlib.PlistFormat.__name__, plistlib.PlistFormat.FMT_XML.name)
print(isinstance(plistlib.InvalidFileException(), ValueError), str(plistlib.InvalidFileException("boo")))
u = plistlib.UID(7)
print(u == plistlib.UID(7), u != plistlib.UID(8), u == 7, u.data, int.__index__(5), hash(u) == hash(7))
import copy, pickle
print(copy.copy(u), copy.deepcopy(u), pickle.loads(pickle.dumps(u)))
print(plistlib.loads(plistlib.dumps(float('inf'))), plistlib.loads(plistlib.dumps(-0.0)), plistlib.loads(plistlib.dumps(1.7976931348623157e308, fmt=B)))
print(plistlib.loads(plistlib.dumps(datetime.datetime(1, 1, 1))), plistlib.loads(plistlib.dumps(datetime.datetime(9999, 12, 31, 23, 59, 59), fmt=B)))
print(plistlib.loads(plistlib.dumps(datetime.datetime(1900, 6, 1, 12, 0, 0, 250000), fmt=B)))
print(plistlib.dumps(["a"*14, "a"*15, b"b"*14, b"b"*15, list(range(14)), list(range(15)), {str(i): i for i in range(14)}, {str(i): i for i in range(15)}], fmt=B).hex())
print(plistlib.dumps(b"z" * 70000, fmt=B)[-40:].hex())
print(plistlib.dumps("\u00e9" * 300, fmt=B)[:20].hex())
x = plistlib.dumps([str(i) for i in range(1000)], fmt=B); print(len(x), x[-40:].hex())
print(plistlib.loads(x)[-3:])
