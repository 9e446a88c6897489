# dict: ordering, methods, views, comprehension, merge, errors.
d = {'b': 2, 'a': 1}
d['c'] = 3
d['b'] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'), 'a' in d, 'zz' in d, 1 in d)
d.update({'d': 4, 'a': 10})
d.update(e=5)
d.update([('f', 6)])
print(d)
print(d.setdefault('a', 99), d.setdefault('g', 7), d.setdefault('h'), d)
print(d.pop('g'), d.pop('nope', 'default'), d)
print(d.popitem(), d.popitem(), d)
del d['b']
print(d, len(d))
d['b'] = 'back'
print(d)
print({k: v * 2 for k, v in [('x', 1), ('y', 2)]}, {i: i * i for i in range(5) if i % 2})
print(dict(zip('abc', range(3))), dict(a=1, b=2), dict([(1, 'one')]), dict({'z': 0}, y=1), dict())
m1 = {'a': 1, 'b': 2}
m2 = {'b': 3, 'c': 4}
print(m1 | m2, m2 | m1, m1)
m1 |= m2
print(m1)
for k in m1:
    print(k, m1[k], end='; ')
print()
for k, v in m1.items():
    print(f'{k}={v}', end=' ')
print()
keys = m1.keys()
m1['new'] = 0
print(keys, len(keys), 'new' in keys, m1.values(), m1.items())
nested = {'outer': {'inner': [1, 2, {'deep': (3, 4)}]}, 'n': None, 1: 1.5, (1, 2): 'tuple'}
print(nested, repr(nested))
print(nested['outer']['inner'][2]['deep'][1])
print({1: 'int', 1.0: 'float', True: 'bool'}, {} == {}, {'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
e = {}
e[2] = 'two'
e[1] = 'one'
e[3] = 'three'
del e[1]
e[1] = 'uno'
print(e, list(e.items())[0], sorted(e), max(e), sum(e))
c = dict.fromkeys(['x', 'y'], 0)
c2 = c.copy()
c2['x'] = 9
print(c, c2, dict.fromkeys('ab'))
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv, list(reversed({'p': 1, 'q': 2})))
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, repr(e), e, e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d['nope']
except KeyError as e:
    print(repr(e))
try:
    for k in d:
        d['added'] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
