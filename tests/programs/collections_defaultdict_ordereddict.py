# collections.defaultdict and collections.OrderedDict: missing keys, factories, reprs,
# copies, the | operators, order-aware methods, order-sensitive equality, views and
# mutation during iteration.
from collections import defaultdict, OrderedDict


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '=', repr(result))


# --- defaultdict ---
d = defaultdict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    d[word[0]].append(word)
print(d)
print(d['z'], 'z' in d, 'y' in d, d.get('y'), len(d))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts))
print(defaultdict(), defaultdict(None, {'a': 1}), defaultdict(int, a=1, b=2))
print(defaultdict(list, [('k', [1])]), defaultdict(set, {1: {2}}, x={3}))
print(defaultdict(default_factory=list))
attempt('not callable', lambda: defaultdict(5))
attempt('no factory', lambda: defaultdict()['missing'])
attempt('None factory', lambda: defaultdict(None)['missing'])
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), nested.default_factory() == {})
dd = defaultdict(list)
print(dd.__missing__('k'), dd)
dd.default_factory = str
print(dd['s'] == '', dd.default_factory)
dd.default_factory = None
attempt('after None', lambda: dd['other'])
print(hasattr(defaultdict(), '__dict__'))

# Recursive reprs.
r = defaultdict(list)
r['self'] = r
print(r)


class Factory:
    def __call__(self):
        return 0

    def __repr__(self):
        return 'Factory()'


print(defaultdict(Factory(), a=1))

# Copies and |.
c = defaultdict(list, a=[1])
c2 = c.copy()
c2['b'].append(2)
print(c, c2, type(c2).__name__, c2['a'] is c['a'])
print(c.__copy__(), c.__reduce__()[:2], defaultdict().__reduce__()[:2])
print(c | {'z': 0}, {'z': 0} | c, type({'z': 0} | c).__name__)
c |= {'q': 9}
print(c)
print(defaultdict(list).__or__(3), defaultdict(list).__ror__(3))
print(defaultdict(int, a=1) == {'a': 1}, isinstance(c, dict))


class Tally(defaultdict):
    pass


t = Tally(int)
t['x'] += 2
print(t, t.copy(), type(t.copy()).__name__, type(t | {}).__name__)
print(defaultdict[str, int], defaultdict.__module__)

# --- OrderedDict ---
od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(z=1, a=2))
print(repr(od.keys()), repr(od.values()), repr(od.items()))
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('c', False)
print(list(od))
attempt('move missing', lambda: od.move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od)
attempt('popitem empty', lambda: OrderedDict().popitem())
attempt('popitem empty first', lambda: OrderedDict().popitem(False))
od = OrderedDict.fromkeys('abcde', 0)
print(od)
print(od.pop('c'), od.pop('zz', 'default'), od.setdefault('a', 5), od.setdefault('f', 6))
attempt('pop missing', lambda: od.pop('zz'))
print(od)
del od['a']
od['a'] = 'again'
print(od, list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
od.update([('b', 'B')], z=26)
print(od)
od.clear()
print(od, len(od))
attempt('two args', lambda: OrderedDict({}, {}))
attempt('not iterable', lambda: OrderedDict(1))

# Order-sensitive equality.
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == OrderedDict(a=1, b=2))
print(x.keys() == {'a', 'b'}, x.items() == {('a', 1), ('b', 2)}, 'a' in x.keys())
print(('a', 1) in x.items(), 2 in x.values(), len(x.values()), sorted(x.keys() & {'a', 'q'}))

# Copies, | and dict interplay.
x2 = x.copy()
x2['c'] = 3
print(x, x2, type(x2).__name__)
print(x | {'c': 3}, {'c': 3} | x, type({'c': 3} | x).__name__)
x |= {'d': 4}
print(x, dict(x), list({**x}), x.__reduce__()[:3])
print(OrderedDict[str, int], x.__dict__)
r = OrderedDict()
r['me'] = r
print(r)

# Mutation during iteration.


def mutate(name, op):
    o = OrderedDict(a=1, b=2, c=3)
    try:
        for key in o:
            op(o)
        print(name, 'finished', o)
    except RuntimeError as exc:
        print(name, 'RuntimeError', exc)


mutate('add', lambda o: o.__setitem__('new', 0))
mutate('move_to_end', lambda o: o.move_to_end('a'))
mutate('delete and add', lambda o: (o.__delitem__('c') if 'c' in o else None, o.__setitem__('c', 9)))
mutate('replace value', lambda o: o.__setitem__('a', 100))
mutate('popitem', lambda o: o.popitem())


class LastUpdated(OrderedDict):
    # Re-setting a key moves it to the end.

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu['a'] = 3
print(lu)


class LRU(OrderedDict):
    def __init__(self, maxsize):
        super().__init__()
        self.maxsize = maxsize

    def get_or_add(self, key):
        if key in self:
            self.move_to_end(key)
            return self[key]
        self[key] = key * 10
        if len(self) > self.maxsize:
            self.popitem(last=False)
        return self[key]


cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5]:
    cache.get_or_add(k)
print(cache, cache.maxsize, vars(cache))
