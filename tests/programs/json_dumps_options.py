# json.dumps with every option: separators, indent (int and str), sort_keys, skipkeys,
# ensure_ascii, allow_nan, check_circular, default; and how dict keys are converted.
import json

data = {'b': [1, 2.5, None], 'a': {'y': True, 'x': False}, 'c': 'é\n"q"', 'd': (), 'e': {}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(' ,', ' : '), sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, indent='--', separators=(';', '=')))
print(json.dumps([[], {}, [[]], [{}]], indent=3))
print(json.dumps(data, ensure_ascii=False))
print(ascii(json.dumps('\u2028\x7f\x00\x1f\ud800 ☃ 😀', ensure_ascii=False)))
print(json.dumps('\u2028\x7f\x00\x1f\ud800 ☃ 😀'))
print(json.dumps(['a\\xe9', '\\U0001f600', 'é\\x', '\\\\é']))

# keys of other types, as CPython converts them
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', -3: 'e', 1e300: 'f'}))
print(json.dumps({False: 0, float('inf'): 1, float('nan'): 2, float('-inf'): 3}))
for bad in ({(1, 2): 3}, {b'x': 1}, {frozenset(): 1}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    print(json.dumps(bad, skipkeys=True), json.dumps(dict(bad, z=1), skipkeys=True))
print(json.dumps({(1,): 1, 'a': 2, (2,): 3}, skipkeys=True, indent=1))

# allow_nan
for v in (float('nan'), float('inf'), -float('inf'), [1.5, float('nan')], {'k': float('inf')}):
    print(json.dumps(v), end=' ')
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps({float('nan'): 1}, allow_nan=False)
except ValueError as e:
    print(e)

# check_circular
a = []
a.append(a)
d = {}
d['self'] = d
for obj in (a, d, [1, [2, a]]):
    try:
        json.dumps(obj)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        json.dumps(obj, indent=1)
    except ValueError as e:
        print(type(e).__name__, e)
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
print(json.dumps([shared, shared], check_circular=False))
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError')

# default
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps([P(1), {'p': P([P(2)])}], default=lambda o: {'P': o.x}))
print(json.dumps(P(3), default=lambda o: o.x, indent=1))
print(json.dumps({1, 2, 3} if False else [3], default=list))
try:
    json.dumps([1, P(1)])
except TypeError as e:
    print(e)
try:
    json.dumps({'k': b'bytes'})
except TypeError as e:
    print(e)
loop = P(None)
loop.x = loop
try:
    json.dumps(loop, default=lambda o: o.x)
except ValueError as e:
    print(e)
