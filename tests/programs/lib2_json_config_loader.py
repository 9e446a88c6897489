import json
from decimal import Decimal
from collections import OrderedDict
from datetime import date, datetime
from fractions import Fraction
import enum

class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__dec__": str(o)}
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Fraction):
            return [o.numerator, o.denominator]
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"]) if len(d["__date__"]) == 10 else datetime.fromisoformat(d["__date__"])
    if "__dec__" in d:
        return Decimal(d["__dec__"])
    return d

cfg = {"name": "svc", "when": date(2024, 2, 29), "stamp": datetime(2024, 1, 2, 3, 4, 5), "price": Decimal("9.99"),
       "ids": {3, 1, 2}, "ratio": Fraction(2, 3), "level": Level.HIGH, "nested": {"b": [1, 2.5, None, True], "a": {}},
       "unicode": "héllo ✓ \u2028 \x00", 5: "int key", 2.5: "float key", None: "none key", True: "bool key"}
s = json.dumps(cfg, cls=Encoder, sort_keys=False)
print(s)
print(json.dumps(cfg, cls=Encoder, indent=2, ensure_ascii=False, skipkeys=True)[:300])
back = json.loads(s, object_hook=hook)
print(back["when"], repr(back["stamp"]), repr(back["price"]), back["ids"], back["level"], back["5"], back["null"], back["true"])
print(json.dumps([1, {"a": [2, {"b": 3}]}], indent="\t"))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=0))
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":"), sort_keys=True))
print(json.dumps({"b": 1, "a": []}, indent=3, separators=(", ", " = ")))
print(json.dumps([[], {}, [[]], [{}]], indent=2))
print(json.dumps("\t\n\"\\/\u0001\ud800"), json.dumps("é", ensure_ascii=False), json.dumps(b"x".decode()))
print(json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]), json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(-0.0), json.dumps(10**30))
for bad in (lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()),
            lambda: json.dumps({"a": b"x"}), lambda: json.dumps(Decimal(1)), lambda: json.dumps({1j: 1}, skipkeys=False)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(circ, check_circular=False)
except RecursionError as e:
    print("RecursionError")

pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs, json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('{"z":1,"y":2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.10, 2, 1e2]', parse_float=Decimal), json.loads('[1, 2.5]', parse_int=float), json.loads('[NaN, Infinity]', parse_constant=str))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()), object_pairs_hook=None))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(b'[1]'), json.loads('  \n 5 \t'), json.loads(bytearray(b'"x"')))
print(json.loads('"\\ud800"') == "\ud800", json.loads("123456789012345678901234567890"), json.loads("-0.0"), json.loads("1E-2"))
docs = ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '[1,,2]', '"abc', '{"a": 1} x', '01', '1.', '-', '"\\x"', '"\t"',
        '{1: 2}', '[1] [2]', 'tru', '{"a":', '"\\ud800\\u"', 'Infinityx', '\ufeff[1]', '[-]', '{"a":1 "b":2}', '  ']
for d in docs:
    try:
        print(repr(d), "->", json.loads(d))
    except json.JSONDecodeError as e:
        print(repr(d), "JSONDecodeError", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads('{\n  "a": 1,\n  "b": [1, 2\n  "c"\n}')
except json.JSONDecodeError as e:
    print(e, "|", e.lineno, e.colno, repr(e.doc[e.pos]))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
dec = json.JSONDecoder(strict=False)
print(repr(dec.decode('"a\tb"')), dec.raw_decode('[1] rest'), dec.raw_decode('  {"k": 2}'[2:]))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(list(enc.iterencode({"b": [1], "a": None})))
print(enc.encode("plain"), json.JSONEncoder().encode({"k": [True, False]}), json.dumps(Level.LOW), json.dumps({Level.LOW: 1}))
class MyStr(str): pass
class MyFloat(float): pass
class MyList(list): pass
print(json.dumps([MyStr("s"), MyFloat(1.5), MyList([1]), (1, 2), {"t": (3,)}]))
print(json.dumps({"a": 1}, default=str), json.dumps({1, 2} if False else [1], default=str), json.dumps(object, default=lambda o: "cls"))
