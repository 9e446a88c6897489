# collections.Counter: counting, most_common, elements, update/subtract, total, the
# multiset operators and comparisons, reprs (ordered by count, as CPython), missing keys.
from collections import Counter


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '=', repr(result))


c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), ''.join(c.elements()))
print(Counter(), Counter({'x': 3, 'y': -1}), Counter(a=2, b=0), Counter([1, 1, 2, 3, 3, 3]))
print(Counter(cats=4, dogs=8), Counter({'red': 4, 'blue': 2}))

# Ties keep the order of first appearance.
print(Counter('zyzyxw').most_common())
print(Counter({'b': 1, 'a': 1, 'c': 2}))

# update / subtract.
c = Counter('which')
c.update('witch')
c.update(Counter('watch'))
c.update({'h': 10}, w=5)
print(c)
c.subtract('witch')
c.subtract(Counter(h=100))
c.subtract({'w': 1}, c=1)
print(c)
e = Counter()
e.update({'a': 1})
e.update(None)
e.update()
print(e)

# elements() skips zero and negative counts.
neg = Counter(a=2, b=0, c=-3, d=1)
print(list(neg.elements()), neg.total())
attempt('float elements', lambda: list(Counter(a=1.5).elements()))

# Deleting never raises.
del neg['zz']
del neg['a']
print(neg)

# Arithmetic keeps only positive counts.
p = Counter(a=3, b=1, c=0, d=-2)
q = Counter(a=1, b=2, e=5, d=-1)
print(p + q, p - q, p | q, p & q)
print(+p, -p, +Counter(), -Counter(x=-1))
p2 = p.copy()
p2 += q
print(p2)
p2 = p.copy()
p2 -= q
print(p2)
p2 = p.copy()
p2 |= q
print(p2)
p2 = p.copy()
p2 &= q
print(p2)
attempt('add dict', lambda: Counter(a=1) + {'a': 1})
attempt('sub int', lambda: Counter(a=1) - 1)
print(Counter(a=1).__add__({'a': 1}), Counter(a=1).__and__(3))

# Comparisons treat missing counts as zero.
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1))
print(Counter(a=2) >= Counter(a=2, b=0), Counter(a=1) == {'a': 1}, Counter(a=1).__eq__({'a': 1}))
attempt('lt dict', lambda: Counter(a=1) < {'a': 1})

# Copies and reprs.
c3 = Counter('hello')
c4 = c3.copy()
c4['h'] += 10
print(c3, c4, c3.__reduce__())
attempt('fromkeys', lambda: Counter.fromkeys('abc'))


class Unorderable:
    def __repr__(self):
        return 'U'


weird = Counter()
weird['x'] = Unorderable()
weird['y'] = 3
print(weird)
print(Counter({'b': 2.5, 'a': 2, 'c': 3}), Counter({1: 1, 2: 3}))


class MyCounter(Counter):
    pass


m = MyCounter('aab')
print(m, m.copy(), type(m.copy()).__name__, type(m + m).__name__, MyCounter())
print(isinstance(m, dict), Counter.__module__, Counter[str])

# Counting words.
text = 'the quick brown fox jumps over the lazy dog the end'
words = Counter(text.split())
print(words.most_common(3), words['the'], sum(words.values()))
print(Counter(len(w) for w in text.split()))
