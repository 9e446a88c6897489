# C99's special values of float ** with an infinite or NaN operand, math.pow alike; round()
# overflowing; complex() given a complex subclass by __complex__ (with 3.12's deprecation).
import math
import warnings

inf, nan = float("inf"), float("nan")
cases = [(0.0, -inf), (-0.0, -inf), (0.0, inf), (-inf, 0.5), (-inf, -0.5), (-inf, 3.0),
         (-inf, -3.0), (-inf, 2.0), (inf, -1.0), (0.5, inf), (2.0, -inf), (-1.0, inf),
         (1.0, nan), (nan, 0.0), (-2.0, inf), (-0.5, -inf), (0.0, -1.0), (-8.0, 1 / 3)]
for x, y in cases:
    for name, f in (("**", lambda a, b: a ** b), ("math.pow", math.pow)):
        try:
            print(x, y, name, repr(f(x, y)))
        except (ZeroDivisionError, ValueError, OverflowError) as e:
            print(x, y, name, type(e).__name__, e)

for v, n in [(1.2e308, -308), (1.7e308, -308), (1.7976931348623157e308, -308),
             (9.9e307, -307), (1e308, -309), (-1.7e308, -308), (5e307, -307), (123.456, -1)]:
    try:
        print(v, n, round(v, n))
    except OverflowError as e:
        print(v, n, "OverflowError", e)


class C(complex):
    pass


class X:
    def __complex__(self):
        return C(1, 2)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    z = complex(X())
print(z, type(z).__name__, [(w.category.__name__, str(w.message)[:40]) for w in caught])

# Three-argument pow with operands that are not all ints: each type is asked in turn.
for a, b, c in [([1], 2.0, 7), (-2.5, 1j, 7), (2, 1j, 7), (2, 3, 7.0), (2, 3, 1j), ("a", 2, 3),
                (2, "b", 3), (2, 3, "c"), (1.5, "b", 3), (True, 2, 5), (2, -1, 5), (3, 2, 0)]:
    try:
        print(a, b, c, pow(a, b, c))
    except (TypeError, ValueError) as e:
        print(a, b, c, type(e).__name__, e)
