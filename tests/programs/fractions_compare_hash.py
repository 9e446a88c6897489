# Fraction comparisons (with int/float/inf/nan/complex), hashing, limit_denominator.
from fractions import Fraction as F
import math
import operator


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


inf, nan = float('inf'), float('nan')
vals = [F(1, 3), F(-1, 2), F(0), F(5), F(10**30, 3)]
others = [0, 5, -1, 0.5, -0.5, 1 / 3, 0.3333333333333333, inf, -inf, nan, F(1, 3),
          F(-1, 2), 5.0, True, 0.5 + 0j, -0.5 + 1j, 10**30 / 3]
ops = [operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge]
for v in vals:
    for o in others:
        row = []
        for op in ops:
            try:
                row.append('T' if op(v, o) else 'F')
            except TypeError:
                row.append('E')
        row.append('|')
        for op in ops:
            try:
                row.append('T' if op(o, v) else 'F')
            except TypeError:
                row.append('E')
        print(v, repr(o), ''.join(row))

for label, thunk in [('F<1j', lambda: F(1, 2) < 1j), ('F<"x"', lambda: F(1, 2) < 'x'),
                     ('F=="x"', lambda: F(1, 2) == 'x'), ('None>=F', lambda: None >= F(1)),
                     ('sorted', lambda: sorted([F(1, 2), 0.25, 1, F(-3, 4), -1.0, F(2, 3)])),
                     ('max', lambda: max(F(7, 3), 2.3, 2)), ('min', lambda: min(F(7, 3), 2.3, 2))]:
    show(label, thunk)

# hashes agree with equal ints and floats
for v in [F(0), F(3), F(-1), F(-2), F(1, 2), F(-1, 2), F(3, 8), F(1, 3), F(-1, 3),
          F(10**30), F(-10**30, 7), F(1, 2**61 - 1), F(1, 3 * (2**61 - 1)),
          F(-5, 2**61 - 1), F(2**61 - 1), F(2**61, 2**61 - 1), F(7, 2**70)]:
    print(repr(v), hash(v))
for x in [0.5, -0.25, 1e100, 2.0**-60, 123.456, -7.0, 1e-300]:
    print(x, hash(F(x)) == hash(x), F(x) == x)
print(hash(F(5)) == hash(5), hash(F(True)) == hash(True), len({F(1, 2), 0.5, F(2, 4)}))
d = {F(1, 2): 'half', 3: 'three'}
print(d[0.5], d[F(3)], d.get(F(1, 3)))

# limit_denominator
pi = F(math.pi)
for m in [1, 2, 7, 10, 57, 100, 113, 1000, 10**6, 10**7, 10**20]:
    print(m, pi.limit_denominator(m), (-pi).limit_denominator(m))
print(pi.limit_denominator())
for v in [F(1, 2), F(3, 2), F(5, 2), F(-5, 2), F(3.25), F(0.1), F(1, 3), F(7, 1),
          F(1234567, 7654321), F(-999, 1000), F(2**53 + 1, 2**53)]:
    print(v, [str(v.limit_denominator(m)) for m in (1, 2, 3, 4, 5, 10, 50, 1000)])
for m in [0, -1]:
    show('limit(%d)' % m, lambda: F(1, 3).limit_denominator(m))
print(F(3, 7).limit_denominator(7) == F(3, 7), F('3.141592653589793').limit_denominator(10))
print(F(0.1).limit_denominator(), F(1.1).limit_denominator(1000), F(-0.6).limit_denominator(3))
