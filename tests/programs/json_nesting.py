# Deep nesting: CPython's C scanner and encoder accept 1497 nested arrays or objects and raise
# RecursionError (with their own message) at the next level; moderately deep values round-trip.
import json

def depth(v):
    d = 0
    while isinstance(v, (list, dict)) and v:
        v = v[0] if isinstance(v, list) else next(iter(v.values()))
        d += 1
    return d

for n in (1, 50, 1000, 1496, 1497, 1498, 5000):
    for doc in ('[' * n + ']' * n, '{"a":' * n + '0' + '}' * n, '[{"k":' * (n // 2) + '1' + '}]' * (n // 2)):
        try:
            v = json.loads(doc)
            print(n, doc[:2], 'ok', depth(v))
        except RecursionError as e:
            print(n, doc[:2], 'RecursionError:', e)

def nest_list(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
def nest_dict(n):
    v = {}
    for _ in range(n):
        v = {'k': v}
    return v
for n in (10, 999, 1495, 1496, 1497, 3000):
    for make in (nest_list, nest_dict):
        try:
            s = json.dumps(make(n))
            print(n, make.__name__, 'ok', len(s), s[:12], depth(json.loads(s)))
        except RecursionError as e:
            print(n, make.__name__, 'RecursionError:', e)
        try:
            s = json.dumps(make(n), check_circular=False, separators=(',', ':'))
            print(n, make.__name__, 'ok', len(s))
        except RecursionError as e:
            print(n, make.__name__, 'RecursionError:', e)

# a wide and moderately deep document
wide = {'level%d' % i: [list(range(i)), {'x': [[[]]] * i}] for i in range(60)}
s = json.dumps(wide, sort_keys=True)
print(len(s), json.loads(s) == wide, json.dumps(json.loads(s), sort_keys=True) == s)
print(json.dumps(nest_list(5), indent=1).count('\n'), json.dumps(nest_dict(3), indent=2))
