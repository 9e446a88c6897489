# dict subclass with __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()), c['z'], 'z' in c, len(c))
print(c.get('z'), c.get('z', 'dflt'), c.get('a'))
try:
    c.pop('z')
except KeyError as e:
    print(type(e).__name__, e)

class AutoList(dict):
    def __missing__(self, key):
        print('  missing', key)
        v = self[key] = []
        return v

g = AutoList()
g['x'].append(1)
g['x'].append(2)
g['y'].append(3)
print(g, type(g).__name__)
print(g.setdefault('w', 'sd'), 'w' in g)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f'no {key!r}')

r = Raising(a=1)
print(r['a'])
try:
    r['b']
except LookupError as e:
    print(type(e).__name__, e)

class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value

d = Default(int, {'q': 5}, r=6)
d['n'] += 3
print(sorted(d.items()), d.factory.__name__)
d2 = Default(list)
d2['k'].append('v')
print(d2, d2.__dict__ == {'factory': list})

class Key(dict):
    def __missing__(self, key):
        return key.upper()
k = Key()
print(k['abc'], k.get('abc'), len(k), dict.__getitem__(Key(x=1), 'x'))
try:
    dict.__getitem__(k, 'abc')
except KeyError as e:
    print(type(e).__name__, e)

class Plain(dict):
    pass
try:
    Plain()['nope']
except KeyError as e:
    print(type(e).__name__, e)
m = Plain()
m.__missing__ = lambda key: 'instance attr ignored'
try:
    m['q']
except KeyError as e:
    print(type(e).__name__, e)
