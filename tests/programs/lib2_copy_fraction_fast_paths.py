# Fast paths of copy.deepcopy (containers, atoms, memo, reduce) and of fractions.Fraction
# (int-only construction, Fraction/int arithmetic, comparisons, hashing) and their fallbacks.
import copy
import sys
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction as F


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


# ---------------------------------------------------------------- Fraction construction
for args in [(), (0,), (7,), (-7,), (10 ** 30,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, -5),
             (0, 5), (3, 1), (-1, -1), (2 ** 70, 2 ** 68), (12345678901234567890, 9876543210),
             (True,), (True, 2), (3, True), (False, 3), (F(1, 2),), (F(1, 2), 3), (3, F(1, 2)),
             (F(1, 2), F(-3, 4)), (1.5,), ('3/6',), (' -7/14 ',), (Decimal('0.25'),)]:
    show('F%r' % (args,), lambda: F(*args))
for args in [(1, 0), (0, 0), (-5, 0), (F(1, 2), 0), (1, 2.0), (1.0, 2), ('1', 2), (None,),
             ([1],), (1, None.__class__)]:
    show('F%r' % (args,), lambda: F(*args))


class MyInt(int):
    pass


class SubF(F):
    pass


show('F(MyInt(6), 4)', lambda: F(MyInt(6), 4))
show('F(6, MyInt(4))', lambda: F(6, MyInt(4)))
show('F(MyInt(6))', lambda: F(MyInt(6)))
show('type F(MyInt(6)).numerator', lambda: type(F(MyInt(6)).numerator).__name__)
show('type F(MyInt(6), 1).numerator', lambda: type(F(MyInt(6), 1).numerator).__name__)
s = SubF(6, -4)
print(type(s).__name__, repr(s), s.numerator, s.denominator, type(SubF(5)).__name__, repr(SubF(5)))
show('SubF(1, 0)', lambda: SubF(1, 0))

# ---------------------------------------------------------------- arithmetic
a, b, z = F(3, 4), F(-5, 6), F(0)
samples = [a, b, z, F(7), F(-1, 3), s, 0, 1, -3, 10 ** 20, True, MyInt(5), 0.5, -2.25, 1j]
for x in [a, b, z, s]:
    for y in samples:
        for name, op in [('+', lambda p, q: p + q), ('-', lambda p, q: p - q),
                         ('*', lambda p, q: p * q), ('/', lambda p, q: p / q),
                         ('//', lambda p, q: p // q), ('%', lambda p, q: p % q),
                         ('divmod', divmod)]:
            show('%r %s %r' % (x, name, y), lambda: op(x, y))
            show('%r %s %r' % (y, name, x), lambda: op(y, x))
acc = F(0)
for k in range(1, 40):
    acc += F(k, 512) / 39
    acc = acc * F(64, 130) + 1 - F(1, k)
print('acc', acc, float(acc), type(acc).__name__)
print('type sub+sub', type(s + s).__name__, type(s * 2).__name__, type(2 - s).__name__,
      type(-s).__name__, type(+s).__name__)


class Other:
    def __radd__(self, o): return 'radd %r' % (o,)
    def __rmul__(self, o): return 'rmul %r' % (o,)
    def __add__(self, o): return NotImplemented
    def __lt__(self, o): return 'lt %r' % (o,)
    def __gt__(self, o): return 'gt %r' % (o,)
    def __eq__(self, o): return 'eq %r' % (o,)
    __hash__ = None


o = Other()
for label, thunk in [('F+o', lambda: a + o), ('o+F', lambda: o + a), ('F*o', lambda: a * o),
                     ('F-o', lambda: a - o), ('F<o', lambda: a < o), ('F>o', lambda: a > o),
                     ('o<F', lambda: o < a), ('F==o', lambda: a == o),
                     ('F+str', lambda: a + 'x'), ('str+F', lambda: 'x' + a),
                     ('F<str', lambda: a < 'x'), ('F>=None', lambda: a >= None),
                     ('F<1j', lambda: a < 1j), ('F/0', lambda: a / 0), ('F/F0', lambda: a / z),
                     ('3/F0', lambda: 3 / z), ('F//0', lambda: a // 0), ('F%F0', lambda: a % z),
                     ('divmod0', lambda: divmod(a, 0))]:
    show(label, thunk)

# ---------------------------------------------------------------- comparisons
cmp_with = [F(3, 4), F(6, 8), F(2, 3), F(-3, 4), 0, 1, -1, True, False, MyInt(0), 0.75, 0.7,
            float('inf'), float('-inf'), float('nan'), Decimal('0.75'), 0.75 + 0j, s]
for x in [a, b, z, F(1), s]:
    row = []
    for y in cmp_with:
        try:
            row.append('%d%d%d%d%d%d' % (x < y, x <= y, x > y, x >= y, x == y, x != y))
        except TypeError as e:
            row.append('TE')
    print(repr(x), ' '.join(row))
print(min(F(1, 3), F(1)), max(F(1, 3), 1, key=None), sorted([F(1, 2), 0, F(-1, 3), 1, 0.25]))

# ---------------------------------------------------------------- hashing and float()
M = sys.hash_info.modulus
for v in [F(0), F(1), F(-1), F(-2), F(7), F(-7), F(10 ** 30), F(-10 ** 30), F(M), F(M + 1),
          F(-M), F(2 * M - 1), F(1, 2), F(-1, 2), F(3, 8), F(1, 3), F(-1, 3), F(1, M),
          F(5, 2 * M), F(-7, M), F(10 ** 20 + 1, 10 ** 19), F(1, 2 ** 70), s]:
    print(repr(v), hash(v), float(v), hash(v) == hash(float(v)) if v.denominator & (v.denominator - 1) == 0 else '-')
print('int hash agrees', all(hash(F(n)) == hash(n) for n in range(-50, 50)))
print('dict keys', {F(1, 2): 'a', 0.5: 'b', F(2): 'c', 2: 'd'})

# ---------------------------------------------------------------- deepcopy containers
shared = [1, 2]
data = {'a': (shared, shared, 3), 'b': [shared] * 3, 'c': {'d': True, 'e': None},
        'f': (1, 'x', None, 2.5), 'g': frozenset({1, 2}), 'h': {3, 4}, 'i': (), 'j': []}
c = copy.deepcopy(data)
print(c == data, c is data, c['a'][0] is c['a'][1] is c['b'][2], c['a'][0] is shared,
      c['f'] is data['f'], c['i'] is data['i'], c['g'] is data['g'], c['h'] is data['h'])
memo = {}
plain = {k: v for k, v in data.items() if k not in 'gh'}
c = copy.deepcopy(plain, memo)
print('memo', len(memo), memo[id(memo)][0] is shared, memo[id(plain)] is c,
      [type(v).__name__ for v in memo[id(memo)]])
cyc = [1]
cyc.append(cyc)
tcyc = (cyc, 5)
c = copy.deepcopy(tcyc)
print('cycles', c[0][1] is c[0], c[0] is not cyc, c[1])
d = {}
d['self'] = d
d['t'] = (d, 1)
c = copy.deepcopy(d)
print('dict cycle', c['self'] is c, c['t'][0] is c, c is not d)

# prefilled memo entries win even for atoms (as in CPython 3.12)
n = 123456789
x = 'some text'
pre = {id(n): 'N', id(x): 'X'}
print('prefilled', copy.deepcopy([n, x, (n, x), {n: x}], pre))


class Loud:
    def __init__(self, tag): self.tag = tag
    def __deepcopy__(self, memo):
        print('  deepcopy', self.tag)
        return Loud(self.tag + "'")
    def __repr__(self): return 'Loud(%s)' % self.tag
    def __hash__(self): return hash(self.tag)
    def __eq__(self, other): return isinstance(other, Loud) and other.tag == self.tag


print('order', copy.deepcopy({Loud('k1'): Loud('v1'), Loud('k2'): [Loud('v2'), 3]}))
print('tuple order', copy.deepcopy((Loud('t1'), 2, Loud('t2'))))


@dataclass
class A:
    string: str
    lst: list
    boolean: bool


dc = A('hello', [1, 2, 3], True)
c = copy.deepcopy(dc)
print(c, c == dc, c is dc, c.lst is dc.lst, copy.copy(dc).lst is dc.lst)


class Red:
    def __init__(self): self.a, self.b = 1, [2]
    def __reduce__(self): return (Red, (), self.__dict__)
    def __setstate__(self, state):
        print('  setstate', sorted(state))
        self.__dict__.update(state)


r = copy.deepcopy(Red())
print('reduce', r.a, r.b)


class Lookup:
    def __getattr__(self, name):
        print('  getattr', name)
        raise AttributeError(name)


lk = Lookup()
lk.v = [1]
c = copy.deepcopy(lk)
print('getattr class', type(c).__name__, c.v, c.v is lk.v)


class Boom:
    def __getattr__(self, name):
        raise KeyError(name)


show('Boom deepcopy', lambda: copy.deepcopy(Boom()))
show('Boom copy', lambda: type(copy.copy(Boom())).__name__)


class Hooked:
    def __getattr__(self, name):
        if name == '__deepcopy__':
            return lambda memo: 'hooked deep'
        raise AttributeError(name)


print('hooked', copy.deepcopy(Hooked()), copy.deepcopy([Hooked()]))


class Named:
    def __reduce__(self): return 'Named'


nm = Named()
print('str reduce', copy.deepcopy(nm) is nm, copy.copy(nm) is nm)


class Slots:
    __slots__ = ('p', 'q')


sl = Slots()
sl.p = [1]
c = copy.deepcopy(sl)
print('slots', c.p, c.p is sl.p, hasattr(c, 'q'))
for v in [None, 1, 2.5, 'x', b'y', (1, 2), [1], {1: 2}, {1}, frozenset(), range(3), int, len,
          F(1, 3), s, Decimal('1.5'), 1j, Ellipsis]:
    dv, cv = copy.deepcopy(v), copy.copy(v)
    print(type(v).__name__, repr(dv), dv is v, repr(cv), cv is v)
show('iterator', lambda: type(copy.deepcopy(iter([1, 2]))).__name__)
show('generator', lambda: copy.deepcopy((i for i in [])))
show('generator copy', lambda: copy.copy((i for i in [])))
print('F copies', copy.copy(a) is a, copy.deepcopy(a) is a, copy.deepcopy(s) is s,
      repr(copy.deepcopy(s)), type(copy.copy(s)).__name__)
