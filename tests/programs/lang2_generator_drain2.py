# any(), all(), min() and max() over generators: plain items taken by the generator
# itself, the others compared or tested one by one, early stops leaving it suspended.
import math
from fractions import Fraction


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


class Truthy:
    def __init__(self, v, log):
        self.v = v
        self.log = log

    def __bool__(self):
        self.log.append(('bool', self.v))
        return bool(self.v)


def tracked(items, log):
    for x in items:
        log.append(('yield', x if not isinstance(x, Truthy) else 'T%r' % x.v))
        yield x
    log.append('end')


for fn in (any, all):
    for items in ([], [0, 0, 0], [1, 1, 1], [0, 3, 0], [1, 0, 1], [None, '', 0.0, 'x'],
                  ['a', 'b', ''], [0, Truthy(0, None), 2], [1, Truthy(1, None), 0],
                  [[], (), {}], [[1], (2,), {3: 4}], [float('nan')], [-0.0, 0j, 1j]):
        log = []
        items = [Truthy(x.v, log) if isinstance(x, Truthy) else x for x in items]
        g = tracked(items, log)
        r = fn(g)
        rest = next(g, 'exhausted')
        rest = 'T%r' % rest.v if isinstance(rest, Truthy) else rest
        print(fn.__name__, r, log, rest)

show('max ints', lambda: max(x for x in [3, 9, 2, 9, 1]))
show('min ints', lambda: min(x for x in [3, 9, 2, -9, 1]))
show('max floats', lambda: max(x / 2 for x in range(7)))
show('min floats', lambda: min(x / 2 - 1 for x in range(7)))
show('max nan first', lambda: max(x for x in [math.nan, 1.0, 2.0]))
show('max nan later', lambda: max(x for x in [1.0, math.nan, 2.0]))
show('min nan', lambda: min(x for x in [3.0, math.nan, 2.0]))
show('max mixed', lambda: max(x for x in [1, 2.5, 2, 3, 2.75]))
show('min mixed', lambda: min(x for x in [1.5, 1, 0.5, True, -1]))
show('max big', lambda: max(x for x in [1, 2**80, 3]))
show('max zero signs', lambda: (max(x for x in [0.0, -0.0]), max(x for x in [-0.0, 0.0])))
show('min zero signs', lambda: (min(x for x in [0.0, -0.0]), min(x for x in [-0.0, 0.0])))
show('max equal ints keep first', lambda: max((x for x in [True, 1, 1.0])))
show('max strs', lambda: max(s for s in ['pear', 'apple', 'zoo', 'fig']))
show('min fractions', lambda: min(x for x in [Fraction(1, 3), 0.25, 1, Fraction(1, 5)]))
show('max empty', lambda: max(x for x in []))
show('max empty default', lambda: max((x for x in []), default='d'))
show('min default', lambda: min((x for x in [4, 2]), default='d'))
show('max key', lambda: max((x for x in [-5, 3, 4]), key=abs))
show('max mixed error', lambda: max(x for x in [1, 'a', 2]))
show('min int subclass', lambda: min(x for x in [5, type('I', (int,), {'__lt__': lambda a, b: True})(9), 1]))


def failing():
    yield 1
    yield 2
    raise KeyError('gone')


show('max raises', lambda: max(failing()))
show('any raises', lambda: any(x > 5 for x in failing()))
show('all raises', lambda: all(failing()))

g = (x for x in range(10))
print('any stops', any(x > 3 for x in g), list(g))
g = (x for x in range(10))
print('all stops', all(x < 3 for x in g), list(g))
g = (i for i in range(10))
print('any from g', any(g), list(g))
