# math's erf, remainder, nextafter, ulp and sumprod with CPython's values; erfc/gamma/lgamma
# at their special points and errors (their other values: tests/pending/math_gamma_values.py).
import math

xs = [0.0, -0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.3, 5.0, 6.5, 10.0, 27.5, -0.5, -1.5, -2.7,
      -10.2, 1e-10, 1e-300, 100.0, 170.5, 0.9999, 4.0, 7.0]
for x in xs:
    print(x, repr(math.erf(x)))
for x in [1.0, 2.0, 3.0, 4.0, 5.0, 10.0, 20.0]:
    print(x, math.gamma(x), math.lgamma(x) == 0.0)
for f in (math.erf, math.erfc, math.gamma, math.lgamma):
    for x in (math.inf, -math.inf, math.nan, 0.0, -2.0, 2.0**60, 1e6):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)

for x, y in [(5, 3), (7, 2), (-7, 2), (6.5, 2), (1e300, 3.3), (3, math.inf), (0.0, 1), (-0.0, 1),
             (math.nan, 1), (1, math.nan), (math.inf, 1), (1, 0), (2.5, 0.5), (-2.5, 0.5)]:
    try:
        print('remainder', x, y, math.remainder(x, y))
    except ValueError as e:
        print('remainder', x, y, 'ValueError', e)

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0),
             (math.inf, 0.0), (0.0, math.nan), (5e-324, 0.0), (-5e-324, 1.0), (1e308, math.inf)]:
    print('nextafter', x, y, math.nextafter(x, y))
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 0.0, steps=10))
print(math.nextafter(0.0, 1.0, steps=2**70), math.nextafter(-1.0, 1.0, steps=2**62))
print(math.nextafter(1.0, 1.5, steps=0), math.nextafter(-2.0, 3.0, steps=10**6))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print('ValueError', e)

for x in [1.0, 0.0, -1.0, 5e-324, 1e308, 1.7976931348623157e308, 2.0**-1022, math.inf, math.nan, 10**6]:
    print('ulp', x, math.ulp(x))

print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([10**20, 1], [10**20, -1]))
print(math.sumprod([0.1] * 10, [1.0] * 10), math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]))
print(math.sumprod([0.1, 0.2, 0.3], [3, 2, 1]), math.sumprod([], []), math.sumprod([True], [2]))
print(math.sumprod([2.5, 1e308], [2, 0.5]), math.sumprod([1.5, 2], [2, 3.25]))
from fractions import Fraction
print(math.sumprod([Fraction(1, 3), 2], [3, Fraction(1, 2)]))
for p, q in [([1, 2], [1]), (1, [2])]:
    try:
        print(math.sumprod(p, q))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
