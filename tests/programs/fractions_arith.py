# Fraction arithmetic, mixed with int/float/complex, //, %, divmod, **.
from fractions import Fraction as F
import math


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, b / a, a + 1, 1 + a, a - 2, 2 - a, 3 * b, b * 3, a / 3, 3 / a)
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / a, a + 1j, 1j * a, a - (2 + 1j), (2 + 1j) / a)
print(a + True, True - a, F(1, 3) + F(2, 3), F(1, 6) + F(1, 3), F(1, 10) * 10)
for x in [F(7, 3), F(-7, 3), F(7, -2), F(1, 7)]:
    for y in [F(1, 2), F(-2, 3), 2, -3, 0.5, -1.25]:
        print(x, y, x // y, x % y, divmod(x, y), y // x, y % x, divmod(y, x))
print(7 // F(2, 3), 7.5 // F(2, 3), -7 % F(2, 3), -7.5 % F(2, 3), divmod(7, F(2, 3)))

for label, thunk in [
        ('F/0', lambda: F(1, 2) / 0), ('F/F0', lambda: F(3, 2) / F(0)), ('0/F0', lambda: 0 / F(0)),
        ('F//0', lambda: F(1, 2) // 0), ('F%0', lambda: F(1, 2) % 0),
        ('divmod0', lambda: divmod(F(1, 2), 0)), ('F/0.0', lambda: F(1) / 0.0),
        ('F//1j', lambda: F(1) // 1j), ('F%1j', lambda: F(1) % 1j), ('1j%F', lambda: 1j % F(1)),
        ('divmod1j', lambda: divmod(F(1), 1j)), ('F+str', lambda: F(1) + 'a'),
        ('str*F', lambda: 'a' * F(2)), ('F+None', lambda: F(1) + None),
        ('F+list', lambda: [1] + F(1)), ('pow3', lambda: pow(F(2), 2, 3)),
        ('huge float', lambda: F(10**400, 3) + 0.5), ('float big', lambda: float(F(10**400, 3)))]:
    show(label, thunk)

# powers
for base in [F(2, 3), F(-2, 3), F(0), F(1), F(-1), F(5, 1)]:
    for e in [0, 1, 2, 3, -1, -2, F(2), F(-3, 1), True]:
        show('%s ** %r' % (base, e), lambda: base ** e)
for label, thunk in [
        ('F(1,2)**F(1,3)', lambda: F(1, 2) ** F(1, 3)), ('F(-8)**F(1,3)', lambda: F(-8) ** F(1, 3)),
        ('F(4)**F(1,2)', lambda: F(4) ** F(1, 2)), ('F(1,2)**0.5', lambda: F(1, 2) ** 0.5),
        ('F(1,2)**2.0', lambda: F(1, 2) ** 2.0), ('F(1,2)**1j', lambda: F(1, 2) ** 1j),
        ('2**F(1,2)', lambda: 2 ** F(1, 2)), ('2**F(3)', lambda: 2 ** F(3)),
        ('2**F(-3)', lambda: 2 ** F(-3)), ('2.0**F(1,2)', lambda: 2.0 ** F(1, 2)),
        ('2.5**F(-2)', lambda: 2.5 ** F(-2)), ('(1+1j)**F(2)', lambda: (1 + 1j) ** F(2)),
        ('(1+1j)**F(1,2)', lambda: (1 + 1j) ** F(1, 2)), ('True**F(2)', lambda: True ** F(2)),
        ('F(0)**-2', lambda: F(0) ** -2), ('F(0)**F(-1)', lambda: F(0) ** F(-1)),
        ('0**F(-1)', lambda: 0 ** F(-1)), ('F(1,3)**"x"', lambda: F(1, 3) ** 'x'),
        ('F(9,4)**F(-1,2)', lambda: F(9, 4) ** F(-1, 2)), ('F(3,5)**40', lambda: F(3, 5) ** 40)]:
    show(label, thunk)

# unary, conversions
x = F(-7, 2)
print(-x, +x, abs(x), int(x), math.trunc(x), math.floor(x), math.ceil(x), float(x), complex(x))
print(int(F(7, 2)), math.floor(F(7, 2)), math.ceil(F(7, 2)), bool(F(0)), bool(F(1, 9)))
print(float(F(1, 3)), float(F(10**30 + 1, 10**30)), float(F(1, 10**400)), float(F(2**1024 - 1, 2)))
print(float(F(123456789123456789, 1000)), float(F(-1, 7)), F(1, 3).__float__())
for v in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(2, 3), F(-1, 2), F(1, 2), F(3, 2)]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), round(v, 1), round(v, -1))
for v, n in [(F(125, 1000), 2), (F(135, 1000), 2), (F(-15), -1), (F(25), -1), (F(35), -1),
             (F(1234567, 1000), 2), (F(1234567, 1000), -2), (F(1, 3), 5), (F(1, 3), None)]:
    print(v, n, repr(round(v, n)))

# sums stay exact
total = F(0)
for k in range(1, 30):
    total += F(1, k * (k + 1))
print(total, sum(F(1, k) for k in range(1, 20)), sum([F(1, 3)] * 3))
print(math.prod([F(k, k + 1) for k in range(1, 50)]), F(10**50 + 1, 3) * 3 - 10**50)
print(F(1, 2) + F(1, 2) == 1, type(F(1, 2) + F(1, 2)).__name__, (F(1, 2) + F(1, 2)).denominator)
