# Fraction's inline int/Fraction paths of + - * / and of the orderings, the
# copy path of Fraction(Fraction) and the unary operators, checked against
# the general cases (other Rationals, floats, complex, subclasses, errors).
from decimal import Decimal
from fractions import Fraction
import numbers
import operator


def show(label, value):
    print(label, type(value).__name__, repr(value))


def attempt(label, func, *args):
    try:
        show(label, func(*args))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


def checksum(values):
    total = 0
    for v in values:
        if isinstance(v, Fraction):
            parts = (v.numerator, v.denominator)
        elif isinstance(v, tuple):
            parts = (v[0], v[1].numerator, v[1].denominator)
        else:
            parts = (int(v),)
        for p in parts:
            total = (total * 1000003 + p) % 2305843009213693951
    return total


# -- exhaustive small operands: Fraction op Fraction, Fraction op int, int op Fraction
smalls = sorted({Fraction(n, d) for n in range(-6, 7) for d in range(1, 7)})
ints = list(range(-5, 6))
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul),
       ('/', operator.truediv)]
for name, op in ops:
    ff, fi, inf_, errors = [], [], [], 0
    for a in smalls:
        for b in smalls:
            try:
                ff.append(op(a, b))
            except ZeroDivisionError:
                errors += 1
        for i in ints:
            try:
                fi.append(op(a, i))
            except ZeroDivisionError:
                errors += 1
            try:
                inf_.append(op(i, a))
            except ZeroDivisionError:
                errors += 1
    types = {type(v).__name__ for v in ff + fi + inf_}
    lowest = all(v.denominator > 0 and
                 __import__('math').gcd(v.numerator, v.denominator) == 1
                 for v in ff + fi + inf_)
    print(name, len(ff), len(fi), len(inf_), errors, sorted(types), lowest,
          checksum(ff), checksum(fi), checksum(inf_))

for name, op in [('<', operator.lt), ('<=', operator.le), ('>', operator.gt),
                 ('>=', operator.ge), ('==', operator.eq), ('!=', operator.ne)]:
    r1 = [op(a, b) for a in smalls for b in smalls]
    r2 = [op(a, i) for a in smalls for i in ints]
    r3 = [op(i, a) for a in smalls for i in ints]
    r4 = [op(a, f) for a in smalls for f in (-1.5, -0.25, 0.0, 0.5, 2.0)]
    print(name, sum(r1), sum(r2), sum(r3), sum(r4),
          checksum(r1[:60]), checksum(r2[:60]))

# -- same and different denominators, results in lowest terms
show('same den', Fraction(1, 6) + Fraction(1, 6))
show('same den zero', Fraction(1, 6) - Fraction(1, 6))
show('diff den', Fraction(1, 6) + Fraction(1, 3))
show('neg', Fraction(-1, 6) - Fraction(1, 3))
show('zero plus', Fraction() + Fraction(5, 11))
show('mul reduce', Fraction(4, 9) * Fraction(3, 8))
show('mul int', Fraction(3, 10) * 4)
show('mul int neg', Fraction(3, 10) * -5)
show('rmul int', 4 * Fraction(3, 10))
show('rmul zero', 0 * Fraction(3, 10))
show('div int', Fraction(6, 7) / 4)
show('div int neg', Fraction(6, 7) / -4)
show('div frac neg', Fraction(6, 7) / Fraction(-3, 14))
show('rdiv int', 4 / Fraction(6, 7))
show('rdiv int neg', -4 / Fraction(-6, 7))
show('rdiv zero top', 0 / Fraction(-6, 7))
show('add int', Fraction(1, 3) + 2)
show('radd int', 2 + Fraction(1, 3))
show('sub int', Fraction(1, 3) - 2)
show('rsub int', 1 - Fraction(115, 512))
show('big', Fraction(10 ** 30 + 1, 3 ** 40) * Fraction(3 ** 38, 10 ** 30 + 1))
show('big add', Fraction(1, 2 ** 100) + Fraction(1, 2 ** 99))
show('big int', Fraction(7, 2 ** 70) * 2 ** 71)
show('big div', Fraction(2 ** 80, 3) / 2 ** 78)

# -- zero division messages
attempt('f/0', operator.truediv, Fraction(3, 7), 0)
attempt('f/F0', operator.truediv, Fraction(3, 7), Fraction(0, 5))
attempt('int/F0', operator.truediv, 5, Fraction(0))
attempt('f/False', operator.truediv, Fraction(3, 7), False)
attempt('True/F0', operator.truediv, True, Fraction(0))
attempt('f//0', operator.floordiv, Fraction(3, 7), 0)
attempt('f%0', operator.mod, Fraction(3, 7), 0)

# -- results are new objects of exact type Fraction
a = Fraction(2, 3)
print('new object', (a + 0) is a, (a * 1) is a, (0 + a) is a, (+a) is a)


class MyFraction(Fraction):
    pass


m = MyFraction(3, 4)
show('subclass new', m)
show('subclass copy', MyFraction(Fraction(5, 6)))
show('copy', Fraction(Fraction(5, 6)))
show('copy of sub', Fraction(m))
show('sub + F', m + Fraction(1, 4))
show('F + sub', Fraction(1, 4) + m)
show('sub + int', m + 1)
show('int - sub', 1 - m)
show('sub * sub', m * m)
show('sub / int', m / 3)
show('neg sub', -m)
show('pos sub', +m)
show('abs sub', abs(MyFraction(-3, 4)))
print('sub cmp', m < 1, m > Fraction(1, 2), m <= m, m >= 1, 1 > m)


class Loud(Fraction):
    def __radd__(self, other):
        return 'Loud.__radd__'

    def __rsub__(self, other):
        return 'Loud.__rsub__'

    def __gt__(self, other):
        return 'Loud.__gt__'


show('F + Loud', Fraction(1, 2) + Loud(1, 3))
show('F - Loud', Fraction(1, 2) - Loud(1, 3))
show('F < Loud', Fraction(1, 2) < Loud(1, 3))

# -- bool and int subclass operands take the general path
class MyInt(int):
    pass


show('F + True', Fraction(1, 2) + True)
show('False * F', False * Fraction(1, 2))
show('F + MyInt', Fraction(1, 2) + MyInt(3))
show('MyInt - F', MyInt(3) - Fraction(1, 2))
show('F / MyInt', Fraction(1, 2) / MyInt(-3))
show('MyInt / F', MyInt(3) / Fraction(-1, 2))
print('cmp bool', Fraction(1, 2) < True, Fraction(1) <= True, Fraction(1) >= False,
      Fraction(1) > MyInt(0), MyInt(2) < Fraction(5, 2))

# -- float and complex operands
show('F + float', Fraction(1, 4) + 0.5)
show('float - F', 0.5 - Fraction(1, 4))
show('F * complex', Fraction(1, 2) * 2j)
show('complex / F', 2j / Fraction(1, 2))
show('F / float', Fraction(1, 2) / 0.25)
attempt('F / 0.0', operator.truediv, Fraction(1, 2), 0.0)
print('cmp float', Fraction(1, 2) < 0.75, Fraction(1, 2) >= 0.5,
      Fraction(1, 2) > float('-inf'), Fraction(1, 2) < float('inf'),
      Fraction(1, 2) < float('nan'), Fraction(1, 2) >= float('nan'),
      0.25 < Fraction(1, 3))
attempt('F < complex', operator.lt, Fraction(1, 2), 1j)
attempt('F >= str', operator.ge, Fraction(1, 2), 'x')
attempt('F + str', operator.add, Fraction(1, 2), 'x')
attempt('str - F', operator.sub, 'x', Fraction(1, 2))
attempt('F * list', operator.mul, Fraction(1, 2), [1])
attempt('F + Decimal', operator.add, Fraction(1, 2), Decimal('1.5'))
attempt('Decimal / F', operator.truediv, Decimal('1.5'), Fraction(1, 2))
attempt('F < Decimal', operator.lt, Fraction(1, 2), Decimal('0.75'))
attempt('Decimal > F', operator.gt, Decimal('0.75'), Fraction(1, 2))


# -- another Rational implementation
class Half(numbers.Rational):
    numerator = 1
    denominator = 2

    def __float__(self):
        return 0.5

    for _name in ('__abs__', '__add__', '__ceil__', '__eq__', '__floor__',
                  '__floordiv__', '__le__', '__lt__', '__mod__', '__mul__',
                  '__neg__', '__pos__', '__pow__', '__radd__', '__rfloordiv__',
                  '__rmod__', '__rmul__', '__round__', '__rpow__',
                  '__rtruediv__', '__truediv__', '__trunc__'):
        locals()[_name] = lambda *args: NotImplemented
    del _name

    def __repr__(self):
        return 'Half()'


h = Half()
attempt('F + Half', operator.add, Fraction(1, 3), h)
attempt('Half + F', operator.add, h, Fraction(1, 3))
attempt('Half - F', operator.sub, h, Fraction(1, 3))
attempt('Half * F', operator.mul, h, Fraction(1, 3))
attempt('Half / F', operator.truediv, h, Fraction(1, 3))
attempt('Half / F0', operator.truediv, h, Fraction(0))
attempt('F < Half', operator.lt, Fraction(1, 3), h)
attempt('F >= Half', operator.ge, Fraction(1, 2), h)
attempt('F > Half', operator.gt, Fraction(2, 3), h)
attempt('F <= Half', operator.le, Fraction(2, 3), h)

# -- min / max / sorted / sum over Fractions and ints
vals = [Fraction(3, 7), 1, Fraction(-2, 5), 0, Fraction(1, 2), Fraction(1, 2)]
show('min', min(vals))
show('max', max(vals))
show('min one', min(Fraction(115, 512), Fraction(1)))
print('sorted', sorted(vals))
show('sum', sum(vals))
show('sum start', sum(vals, Fraction(1, 3)))

# -- in-place operators and defaultdict accumulation (the mdp pattern)
from collections import defaultdict
dist = defaultdict(Fraction)
p = min(Fraction(65, 512), Fraction(1))
for mult, vals2 in zip([1 - p, p], [[3, 4, 5, 3], [6, 3, 4]]):
    mult /= len(vals2)
    for x in vals2:
        dist[x] += mult
print('dist', sorted(dist.items()), sum(dist.values()))
print('float', {k: float(v) for k, v in sorted(dist.items()) if v > 0})
x = Fraction(1, 3)
x += 1
x -= Fraction(1, 6)
x *= 6
x /= -4
show('inplace', x)

# -- hashing agrees with equal ints and floats
for v in [Fraction(4, 2), Fraction(-1), Fraction(1, 2), Fraction(-7, 3),
          Fraction(2 ** 70, 3), Fraction(1, 2 ** 61 - 1)]:
    print('hash', v, hash(v) == hash(float(v)) if v.denominator & (v.denominator - 1) == 0 else hash(v))

# -- the method names
for name in ('__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__',
             '__truediv__', '__rtruediv__', '__lt__', '__le__', '__gt__', '__ge__',
             '__floordiv__', '__mod__', '__divmod__'):
    print('name', name, getattr(Fraction, name).__name__)
print('has iadd', hasattr(Fraction, '__iadd__'), hasattr(Fraction, '__imul__'))

# -- direct calls of the dunders (NotImplemented results)
print('direct', Fraction(1, 2).__add__('x'), Fraction(1, 2).__radd__('x'),
      Fraction(1, 2).__lt__('x'), Fraction(1, 2).__rtruediv__(None),
      Fraction(1, 2).__rmul__(2), Fraction(1, 2).__rsub__(2.0))


# -- Fractions copied from a Rational that is not in lowest terms (kept as
# they are): the results follow CPython's cancellation steps exactly
class Loose(numbers.Rational):
    def __init__(self, n, d):
        self.n, self.d = n, d

    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)

    for _name in ('__abs__', '__add__', '__ceil__', '__eq__', '__floor__',
                  '__floordiv__', '__le__', '__lt__', '__mod__', '__mul__',
                  '__neg__', '__pos__', '__pow__', '__radd__', '__rfloordiv__',
                  '__rmod__', '__rmul__', '__round__', '__rpow__',
                  '__rtruediv__', '__truediv__', '__trunc__'):
        locals()[_name] = lambda *args: NotImplemented
    del _name


la, lb, lc = Fraction(Loose(2, 4)), Fraction(Loose(3, 6)), Fraction(Loose(-4, 6))
ld, le = Fraction(Loose(2, -4)), Fraction(Loose(0, 5))
print('loose', repr(la), repr(lb), repr(lc), repr(ld), repr(le))
for x, y in [(la, 2), (2, la), (la, lb), (la, Fraction(1, 3)), (la, la),
             (lc, 3), (3, lc), (la, -2), (-2, la), (lc, lb), (lb, lc), (la, 0),
             (ld, 3), (3, ld), (ld, -3), (-3, ld), (ld, lb), (lb, ld), (ld, ld),
             (la, le), (3, le), (le, 3), (le, ld), (ld, Fraction(-2, 3))]:
    out = []
    for op in (operator.add, operator.sub, operator.mul, operator.truediv,
               operator.lt, operator.ge, operator.eq):
        try:
            out.append(repr(op(x, y)))
        except Exception as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print('loose', repr(x), repr(y), ' '.join(out))
print('loose unary', repr(-la), repr(+la), repr(abs(lc)), repr(Fraction(la)),
      la == Fraction(1, 2))
