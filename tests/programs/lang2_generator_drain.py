# Built-ins draining a generator (sum, list, tuple, sorted, str.join...): results, refused
# items handled one by one, exceptions and tracebacks, re-entrancy, nested drains.
import sys
import traceback
from fractions import Fraction
from decimal import Decimal


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
        for fs in traceback.extract_tb(e.__traceback__)[1:]:
            print('   ', fs.name, fs.lineno, fs.line)


def nums(n):
    for i in range(n):
        yield i


show('sum ints', lambda: sum(x * x for x in range(1000)))
show('sum empty', lambda: sum(x for x in ()))
show('sum start', lambda: sum((x for x in range(5)), 100))
show('sum float start', lambda: sum((x for x in range(5)), 0.5))
show('sum floats', lambda: sum(x / 3 for x in range(100)))
show('sum mixed', lambda: sum(x if x % 2 else float(x) for x in range(20)))
show('sum compensated', lambda: sum(v for v in [0.1] * 10))
show('sum big', lambda: sum(x for x in [2**62, 2**62, 2**62, -5]))
show('sum bigger', lambda: sum(x for x in [2**70, 1, 2]))
show('sum huge float', lambda: sum(x for x in [0.5, 2**60, 3]))
show('sum bool', lambda: sum(x > 3 for x in range(10)))
show('sum fraction', lambda: sum(Fraction(1, x) for x in range(1, 6)))
show('sum mixed objects', lambda: sum(x for x in [1, Fraction(1, 2), 2, 3.0, Decimal(1) if False else 4]))
show('sum decimal', lambda: sum((Decimal(x) / 4 for x in range(5)), Decimal(0)))
show('sum lists', lambda: sum(([x] for x in range(4)), []))
show('sum str', lambda: sum(str(x) for x in range(3)))
show('sum complex', lambda: sum(complex(x, 1) for x in range(3)))
show('sum nan inf', lambda: sum(x for x in [1.0, float('inf'), 2]))
show('sum return value', lambda: sum(nums(10)))
show('list', lambda: list(x + 1 for x in range(10)))
show('tuple', lambda: tuple(str(x) for x in range(5)))
show('sorted', lambda: sorted(-x for x in range(5)))
show('set', lambda: sorted(set(x % 3 for x in range(10))))
show('join', lambda: '-'.join(str(x) for x in range(5)))
show('dict', lambda: dict((x, x * 2) for x in range(3)))
show('min max', lambda: (min(x for x in [3, 1, 2]), max(x for x in [3, 1, 2])))
show('any all', lambda: (any(x > 3 for x in range(5)), all(x < 3 for x in range(5))))
show('enumerate list', lambda: list(enumerate(x for x in 'abc')))


def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError('boom at %d' % i)
        yield i


show('sum raises', lambda: sum(failing(10)))
show('list raises', lambda: list(failing(10)))
show('tuple raises', lambda: tuple(failing(10)))
show('stopiteration', lambda: list((next(iter([])) for _ in range(2))))


def partial():
    g = nums(10)
    first = [next(g), next(g)]
    rest = sum(g)
    return first, rest, list(g), sum(g)


show('partial', partial)


def selfref():
    def gen():
        yield g.gi_running
        try:
            next(g)
        except ValueError as e:
            yield str(e)
    g = gen()
    return list(g), g.gi_running, g.gi_frame


show('self reference', selfref)


class Eater:
    # Adding one of these takes the next item from the generator being summed.
    def __init__(self, g):
        self.g = g

    def __radd__(self, other):
        return other + 1000 * next(self.g)


def reentrant():
    box = []

    def gen():
        yield 1
        yield Eater(box[0])
        yield 5
        yield 7
    g = gen()
    box.append(g)
    return sum(g)


show('reentrant add', reentrant)


def nested():
    def inner(k):
        for i in range(k):
            yield i

    def outer():
        for k in range(5):
            yield sum(inner(k))
            yield len(list(inner(k)))
    return list(outer()), sum(sum(inner(k)) for k in range(6))


show('nested drains', nested)


def delegating():
    def inner():
        yield 1
        yield 2
        return 'r'

    def outer():
        r = yield from inner()
        yield r
        yield 3.5
    return list(outer()), sum(x for x in outer() if not isinstance(x, str))


show('yield from', delegating)


def frames():
    def gen():
        f = sys._getframe()
        yield f.f_code.co_name
        yield f.f_back.f_code.co_name if f.f_back else None
    return list(gen()), sum(len(x or '') for x in gen())


show('frames', frames)


def finally_order():
    out = []

    def gen():
        try:
            yield 1
            yield 2
        finally:
            out.append('finally')
    total = sum(gen())
    out.append(total)
    return out


show('finally', finally_order)


def exc_context():
    def gen():
        yield sys.exc_info()[0]
        try:
            raise KeyError('k')
        except KeyError:
            yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    try:
        raise IndexError('outer')
    except IndexError:
        return list(gen()), sys.exc_info()[0]


show('exc context', exc_context)


def modifying():
    data = [1, 2, 3]

    def gen():
        for x in data:
            if x == 2:
                data.append(4)
            yield x
    return list(gen())


show('modifying', modifying)


def big():
    return sum(x for x in range(200000)), len(list(x for x in range(100000)))


show('big', big)


def deep(n):
    if n == 0:
        return 0
    return sum(deep(n - 1) + 1 for _ in range(1))


show('deep recursion', lambda: deep(100))
show('too deep', lambda: deep(100000))
