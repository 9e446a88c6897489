# The names (__name__, __qualname__, __module__) of the methods functools.total_ordering
# adds, and their results.
import functools


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


COMPARE = {'__lt__': lambda s, o: s.v < o.v, '__le__': lambda s, o: s.v <= o.v,
           '__gt__': lambda s, o: s.v > o.v, '__ge__': lambda s, o: s.v >= o.v}


def init(self, v):
    self.v = v


def eq(self, other):
    return self.v == other.v


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    V = functools.total_ordering(type('V' + root.strip('_'), (),
                                      {'__init__': init, '__eq__': eq, root: COMPARE[root]}))
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if op == root:
            continue
        method = V.__dict__.get(op)
        show(root + ' ' + op, lambda: (method.__name__, method.__qualname__, method.__module__))
    a, b, c = V(1), V(2), V(1)
    show(root + ' results', lambda: [a < b, a <= b, a > b, a >= b, a <= c, a >= c, b < a,
                                     b > a, a < c, a > c])

show('problem case', lambda: functools.total_ordering(
    type('G', (), {'__lt__': lambda s, o: 0})).__le__.__qualname__)


@functools.total_ordering
class N:
    def __lt__(self, other):
        return NotImplemented


show('NotImplemented passes', lambda: N().__gt__(N()))
show('qualname of N.__gt__', lambda: N.__gt__.__qualname__)
