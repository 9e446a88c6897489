# json.dumps with default options takes a native writer; what it declines (subclasses, other
# key types, cycles, options) goes through the Python encoder with the same results.
import json
vals = [{"a": [1, 2.5, -3e20, True, False, None, "x\u00e9\n\t\"\\/"], "b": {}, "c": ()}, [], 1e300, 0.1, -0.0,
        float('nan'), float('inf'), -float('inf'), 10**30, -5, "\U0001f600 \x7f \x00 \x1f", {"k": [{"z": "q"}]},
        {1: 2}, {"a": 1, 2: "b"}, [1, (2, 3)], "", {"": ""}, True]
for v in vals:
    print(json.dumps(v))
l = [1]; l.append(l)
try: json.dumps(l)
except ValueError as e: print('ValueError', e)
class I(int): pass
print(json.dumps([I(5), {"x": I(6)}]))
import enum
class E(enum.IntEnum):
    A = 1
print(json.dumps({"e": E.A}), json.dumps(E.A))
try: json.dumps({(1,): 2})
except TypeError as e: print('TypeError', e)
try: json.dumps(object())
except TypeError as e: print('TypeError', e)
print(json.dumps([1, {"a": 2}], indent=2), json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps("é", ensure_ascii=False))
print(json.dumps(float('nan'), allow_nan=True))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print('ValueError', e)
