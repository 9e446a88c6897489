# dict methods, views, operators and error messages.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('c'), d.pop('z', 'dflt'), d)
for f in [lambda: d.pop('z'), lambda: {}.popitem(), lambda: d['zz'], lambda: d[(1, 2)], lambda: d[[1]],
          lambda: {[]: 1}, lambda: d.update(1), lambda: d.update([(1, 2, 3)]), lambda: dict([1]),
          lambda: d | [1], lambda: dict(1, 2), lambda: d.fromkeys(), lambda: d.get()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
e = {'x': 1, 'y': 2, 'z': 3}
print(e.popitem(), e.popitem(), e)
e.update({'p': 1}, q=2); e.update([('r', 3)]); e.update(s=4); print(e)
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []), dict(a=1, b=2), dict([('k', 'v')]), dict({1: 2}, x=3))
f = {1: 'a', 2: 'b'}
g = {2: 'B', 3: 'C'}
print(f | g, g | f, {**f, **g}); f |= g; print(f); f |= [(9, 'n')]; print(f)
k, v, i = f.keys(), f.values(), f.items()
print(list(k), list(v), list(i), len(k), 1 in k, 'a' in v, (1, 'a') in i, (1, 'z') in i)
f[10] = 'j'; print(list(k)[-1], len(v))
print(k & {1, 2, 77}, k | {0}, k - {1}, k ^ {1, 99}, i & {(1, 'a')}, k == {1, 2, 3, 9, 10}, k.isdisjoint([42]))
print(list(reversed(f)), list(reversed(f.values()))[:2], list(reversed(f.items()))[0], k.mapping == f, type(k.mapping).__name__)
try:
    for key in f:
        f['new'] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    for key in f:
        del f[key]
except Exception as e:
    print(type(e).__name__, e)
print(len(f))
h = {1: 'one', 1.0: 'float', True: 'bool'}
print(h, {0: 'a', False: 'b', 0.0: 'c'}, {'a': 1} == {'a': 1.0}, {1: 2} == {1: 2, 3: 4})
print(repr({1: {2: {}}}), repr({'q': "it's"}), str({(1, 2): [3]}), dict(), {**{}})
print(dict.__getitem__({'a': 5}, 'a'), dict.__contains__({'a': 5}, 'b'), dict.__len__({1: 1}), dict.__or__({1: 1}, {2: 2}), dict.__or__({}, 1))
dd = {'b': 1, 'a': 2}
dd['c'] = 0; del dd['b']; dd['b'] = 5
print(list(dd), sorted(dd), sorted(dd.items(), key=lambda kv: kv[1]), min(dd), max(dd, key=dd.get))
cp = dd.copy(); cp['a'] = 99; print(dd['a'], cp['a'], dd.clear(), dd, cp)
try:
    {}['missing']
except KeyError as err:
    print(repr(err), err.args)
