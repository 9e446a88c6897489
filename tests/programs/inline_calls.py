# Built-ins that call back into Python (key functions, generators, __len__, __repr__, __eq__,
# functools.reduce, %-formatting, class calls): results, errors and tracebacks as CPython
# gives them. Each check runs twice: at the top, and 80 calls deep, where pyrs runs the
# Python callbacks in its dispatch loop instead of nesting native calls.
import functools


def lines(tb):
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

def at_depth(n, fn):
    return fn() if n == 0 else at_depth(n - 1, fn)

def outcome(fn, depth):
    try:
        return repr(at_depth(depth, fn)), None
    except Exception as e:
        return 'raised ' + type(e).__name__ + ': ' + str(e), e

def show(label, fn):
    shallow, e = outcome(fn, 0)
    print(label, shallow)
    if e is not None:
        print('   lines:', lines(e.__traceback__))
    deep, e = outcome(fn, 80)
    if deep != shallow:
        print('   at depth 80:', deep)
    if e is not None:
        print('   deep lines:', lines(e.__traceback__)[-3:])

def gen(n):
    for i in range(n):
        yield i

def bad_gen():
    yield 1
    raise KeyError('inside')

show('sum gen', lambda: sum(x for x in range(10)))
show('sum gen start', lambda: sum((x for x in range(5)), 100))
show('sum gen start kw', lambda: sum((x for x in range(5)), start=10))
show('sum floats', lambda: sum(x / 10 for x in range(10)))
show('sum mixed', lambda: sum(x if x % 2 else float(x) for x in range(10)))
show('sum big', lambda: sum(10**20 for _ in range(3)))
show('sum lists', lambda: sum(([x] for x in range(3)), []))
show('sum bad', lambda: sum(x for x in ['a', 'b']))
show('sum str start', lambda: sum((x for x in 'ab'), ''))
show('sum raising gen', lambda: sum(bad_gen()))
show('sum map', lambda: sum(map(lambda x: x * 2, range(5))))
show('sum map 2', lambda: sum(map(pow, [2, 3], [3, 2])))
show('max gen', lambda: max(x * x for x in range(-5, 3)))
show('min gen', lambda: min(gen(5)))
show('max empty', lambda: max(x for x in []))
show('min empty', lambda: min((x for x in []), default='none'))
show('max key', lambda: max(['apple', 'fig', 'banana'], key=len))
show('max key lambda', lambda: max([3, -7, 5], key=lambda v: abs(v)))
show('min key lambda ties', lambda: min([(1, 'a'), (0, 'b'), (0, 'c')], key=lambda t: t[0]))
show('max key ties', lambda: max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
show('max key raising', lambda: max([1, 0], key=lambda v: 1 / v))
show('max key default', lambda: max([], key=lambda v: v, default=42))
show('max incomparable', lambda: max([1, 'a'], key=lambda v: v))
show('min not iterable', lambda: min(5, key=lambda v: v))
show('max two args key', lambda: max(3, 9, key=lambda v: -v))
show('sorted key', lambda: sorted(['bb', 'a', 'ccc'], key=len))
show('sorted key lambda', lambda: sorted([3, 1, 2], key=lambda v: -v))
show('sorted key reverse', lambda: sorted([(1, 'x'), (0, 'y'), (1, 'z')], key=lambda t: t[0], reverse=True))
show('sorted key reverse int', lambda: sorted([3, 1, 2], key=lambda v: v, reverse=1))
show('sorted key gen', lambda: sorted((x for x in [5, 3, 4]), key=lambda v: v % 3))
show('sorted key raising', lambda: sorted([1, 0], key=lambda v: 1 / v))
show('sorted key incomparable', lambda: sorted([1, 'a'], key=lambda v: v))
show('sorted key not iterable', lambda: sorted(7, key=lambda v: v))
show('sorted bad kw', lambda: sorted([1], key=lambda v: v, bad=1))

class Account:
    def __init__(self, n):
        self.n = n
    def key(self, v):
        return (v * self.n) % 7

show('sorted bound key', lambda: sorted(range(7), key=Account(3).key))
show('any gen', lambda: any(x > 3 for x in range(5)))
show('any gen empty', lambda: any(x for x in []))
show('all gen', lambda: all(x < 3 for x in range(5)))
show('all raising gen', lambda: all(bad_gen()))
show('join gen', lambda: '-'.join(str(x) for x in range(4)))
show('join gen bad', lambda: '-'.join(x for x in [1, 2]))
show('join map', lambda: ', '.join(map(lambda v: v.upper(), ['a', 'b'])))
show('list gen', lambda: list(x * 2 for x in range(4)))
show('tuple gen', lambda: tuple(x for x in 'abc'))
show('list map', lambda: list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
show('list map method', lambda: list(map(Account(2).key, range(4))))
show('list map raising', lambda: list(map(lambda v: 1 / v, [1, 0])))
show('for map', lambda: [y for y in map(lambda v: v + 1, range(3))])

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

show('len', lambda: len(Sized(3)))
show('len negative', lambda: len(Sized(-1)))
show('len str', lambda: len(Sized('x')))
show('len float', lambda: len(Sized(1.5)))
show('len bool', lambda: len(Sized(True)))
show('len big', lambda: len(Sized(2**70)))

class Sub(int):
    pass

show('len int subclass', lambda: len(Sized(Sub(4))))

class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return self.v

show('repr', lambda: repr(R('ok')))
show('repr bad', lambda: repr(R(5)))
show('fstring r', lambda: f'{R("x")!r}')
show('fstring r bad', lambda: f'{R(None)!r}')
show('fstring r spec', lambda: f'{R("x")!r:>4}')

class Raiser:
    def __repr__(self):
        raise ValueError('no repr')
    def __len__(self):
        raise IndexError('no len')

show('repr raising', lambda: repr(Raiser()))
show('len raising', lambda: len(Raiser()))

class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('  eq', self.v, other.v)
        if self.v is None or other.v is None:
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        if self.v is None:
            return NotImplemented
        return self.v < other.v
    __hash__ = object.__hash__

a, b, n = P(1), P(1), P(None)
show('eq', lambda: a == b)
show('ne', lambda: a != P(2))
show('eq notimpl', lambda: a == n)
show('eq notimpl same', lambda: n == n)
show('ne notimpl', lambda: n != a)
show('lt', lambda: a < P(2))
show('gt reflected', lambda: P(3) > P(2))
show('lt notimpl', lambda: n < a)
show('le missing', lambda: a <= b)

class Q:
    def __eq__(self, other):
        return 'truthy'
    def __ne__(self, other):
        return 0

show('eq object', lambda: Q() == Q())
show('ne own', lambda: Q() != Q())

class Boom:
    def __eq__(self, other):
        raise RuntimeError('boom')

show('eq raising', lambda: Boom() == Boom())
show('ne raising', lambda: Boom() != Boom())
show('reduce', lambda: functools.reduce(lambda x, y: x * y, range(1, 6)))
show('reduce initial', lambda: functools.reduce(lambda x, y: x + [y], 'ab', []))
show('reduce empty', lambda: functools.reduce(lambda x, y: x, []))
show('reduce empty initial', lambda: functools.reduce(lambda x, y: x, [], 'init'))
show('reduce not iterable', lambda: functools.reduce(lambda x, y: x, 3))
show('reduce builtin', lambda: functools.reduce(max, [3, 8, 1]))
show('reduce gen', lambda: functools.reduce(lambda x, y: x - y, gen(4)))
show('reduce raising', lambda: functools.reduce(lambda x, y: x / y, [1, 0]))
show('reduce kw', lambda: functools.reduce(lambda x, y: x, [1], initial=0))
show('reduce args', lambda: functools.reduce(len))
print(repr(functools.reduce)[:35])

class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('  V.eq', self.v, getattr(other, 'v', other))
        return self.v == getattr(other, 'v', other)
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'V(%r)' % (self.v,)

show('list eq', lambda: [V(1), V(2)] == [V(1), V(2)])
show('list eq first differs', lambda: [V(1), V(2)] == [V(3), V(2)])
show('list ne', lambda: [V(1)] != [V(1)])
show('list eq lengths', lambda: [V(1)] == [V(1), V(2)])
show('list lt', lambda: [V(1), V(5)] < [V(1), V(7)])
show('list lt prefix', lambda: [V(1)] < [V(1), V(0)])
show('list ge equal', lambda: [V(1)] >= [V(1)])
show('list gt', lambda: [V(2)] > [V(1), V(9)])
show('list le', lambda: [V(3)] <= [V(3)])
same = V(0)
show('list identity', lambda: [same] == [same])
show('tuple eq', lambda: (V(1), 2) == (V(1), 2))
show('tuple lt', lambda: (V(1), 2) < (V(1), 3))
show('tuple mixed', lambda: (1, V(2)) == (1, 2))
show('list vs tuple', lambda: [V(1)] == (V(1),))
show('list lt incomparable', lambda: [V(1), 'a'] < [V(1), 2])
show('list eq raising', lambda: [Boom()] == [Boom()])
grow = [V(1)]

class Grower:
    def __eq__(self, other):
        grow.append(V(2))
        return True

show('list mutated', lambda: [Grower(), V(1)] == [Grower(), V(1)])

class Init:
    def __init__(self, a, b=2, *rest, **kw):
        self.seen = (a, b, rest, sorted(kw))

show('init', lambda: Init(1).seen)
show('init kw', lambda: Init(1, b=5, c=3).seen)
show('init star', lambda: Init(*[1, 2, 3], **{'z': 0}).seen)
show('init missing', lambda: Init())

class BadInit:
    def __init__(self):
        return 5

show('init returns', lambda: BadInit())

class RaiseInit:
    def __init__(self):
        raise LookupError('in init')

show('init raises', lambda: RaiseInit())

class NewOther:
    def __new__(cls, x):
        return x * 2
    def __init__(self, x):
        print('  never')

show('new returns other', lambda: NewOther(21))

class NewSub:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj
    def __init__(self, x):
        self.y = x + 1

show('new then init', lambda: (NewSub(1).x, NewSub(1).y))

class NoInit:
    pass

show('no init args', lambda: NoInit(1))

class Meta(type):
    def __call__(cls, *args):
        print('  Meta.__call__', cls.__name__, args)
        return super().__call__(*args)

class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

show('metaclass call', lambda: WithMeta(3).v)

class ListSub(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

show('list subclass', lambda: (ListSub([1, 2], 't'), ListSub([1], 'u').tag))

class GenInit:
    def __init__(self):
        yield 1

show('generator init', lambda: GenInit())

class StaticInit:
    @staticmethod
    def __init__(*args):
        print('  static init', len(args))

show('static init', lambda: type(StaticInit()).__name__)

class T:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        print('  T.str', self.v)
        return 's' + str(self.v)
    def __repr__(self):
        print('  T.repr', self.v)
        return 'T<%s>' % self.v

class OnlyRepr:
    def __repr__(self):
        return 'only-repr\u00e9'

class BadStr:
    def __str__(self):
        return 7

show('percent s', lambda: '%s and %s' % (T(1), T(2)))
show('percent r', lambda: '%r|%5r|%-6r|' % (T(1), T(2), T(3)))
show('percent a', lambda: '%a %s' % (OnlyRepr(), OnlyRepr()))
show('percent single', lambda: 'x=%s' % T(9))
show('percent prec', lambda: '%.2s' % (T(123),))
show('percent mixed', lambda: '%d %s %.1f %r' % (1, T(2), 3.25, None))
show('percent order', lambda: '%r %d' % (T(1), 'x'))
show('percent too many', lambda: '%s' % (T(1), T(2)))
show('percent too few', lambda: '%s %s' % (T(1),))
show('percent star', lambda: '%*s' % (5, T(1)))
show('percent mapping', lambda: '%(a)s' % {'a': T(4)})
show('percent bad str', lambda: '%s' % (BadStr(),))
show('percent exc', lambda: '%s' % (ValueError('v'),))
show('percent d instance', lambda: '%d' % (Sized(2),))
show('str', lambda: str(T(5)))
show('str only repr', lambda: str(OnlyRepr()))
show('str bad', lambda: str(BadStr()))
show('str exc', lambda: str(KeyError('k')))
show('list repr', lambda: repr([T(1), 2, 'x']))
show('tuple repr one', lambda: repr((T(1),)))
show('tuple repr', lambda: repr((T(1), T(2))))
cyc = [T(0)]
cyc.append(cyc)
show('list repr cycle', lambda: repr(cyc))
show('list repr raising', lambda: repr([Raiser()]))
show('list repr after raise', lambda: repr([T(7)]))

class Shrink:
    def __repr__(self):
        victims.clear()
        return 'shrink'

victims = [Shrink(), T(1), T(2)]
show('list repr mutated', lambda: repr(victims))
print('--- uncaught, through a key function:')
sorted([1, 0], key=lambda v: 1 / v)
