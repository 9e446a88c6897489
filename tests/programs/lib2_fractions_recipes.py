from fractions import Fraction as F
from decimal import Decimal
import math
import operator

# recipe scaling with exact fractions
recipe = {"flour": F("2 1/4".split()[0]) + F("1/4"), "sugar": F(3, 4), "butter": F("0.5"), "eggs": F(2), "salt": F(1, 8)}
for servings in (1, 3, F(1, 2)):
    scaled = {k: v * servings for k, v in recipe.items()}
    print(servings, {k: str(v) for k, v in scaled.items()})
def mixed(fr):
    whole, rem = divmod(fr, 1)
    return f"{whole} {rem}" if whole and rem else (str(whole) if not rem else str(rem))
print([mixed(F(n, 8)) for n in (3, 8, 11, 16, -3)])

vals = [F(1, 3), F(-2, 4), F(5), F("3.1415"), F("-1e-3"), F(" 7/21 "), F(0.125), F(Decimal("1.1")), F(2, -6), F("1_000/3")]
print(vals)
print([str(v) for v in vals], [v.numerator for v in vals], [v.denominator for v in vals])
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, abs(-a), +a, -a)
print(a ** F(1, 2), F(4) ** F(1, 2), F(4, 9) ** 0.5, 2 ** F(1, 2), F(-8) ** F(1, 3) if False else "", F(0) ** 0)
print(a + 1, 1 - a, a * 2.0, 0.5 + a, a + Decimal("1") if False else "", a == 0.75, a < 1, a > 0.7, F(1, 2) == Decimal("0.5") if False else "")
print(a + 1j, type(a + 1j).__name__, complex(a))
print(round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 3), round(F(22, 7), -1), type(round(F(1, 3), 2)).__name__)
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), bool(F(0)))
print(F(1, 3).limit_denominator(2), F(3.141592653589793).limit_denominator(1000), F(math.pi).limit_denominator(100), F(1, 7).limit_denominator(100))
print(F(0.1), F(0.1).limit_denominator(), F(1.5).as_integer_ratio(), F(5).is_integer(), F(5, 2).is_integer())
print(F.from_float(0.25), F.from_decimal(Decimal("-2.50")), F(10, 4).as_integer_ratio())
for spec in ("", ".3f", ".2e", "10.4f", "<10", ">12", "^10", "+.1%", ",.2f", "_", "=+10.2f", ".0f", "g", ".3g", "#.0f"):
    try:
        print(repr(spec), repr(format(F(-12345, 7), spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(f"{F(1, 3):.5f}", f"{F(2, 3)!s:>8}", f"{F(10**20, 3):.2f}", format(F(5, 2), "05.1f"))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)) == hash(F(2, 6)), len({F(1, 2), 0.5, Decimal("0.5")}))
print(sorted([F(1, 3), 0.3, 1, F(-1, 2), Decimal("0.31")] if False else [F(1, 3), 0.3, 1, F(-1, 2)]), max(F(1, 3), 0.34), min(F(2), 2))
print(sum([F(1, n) for n in range(1, 11)]), math.prod(F(n, n + 1) for n in range(1, 10)), math.fsum([F(1, 3)] * 3))
print(repr(F(3, 1)), str(F(3, 1)), repr(F(-1, 2)), F(1, 2).__reduce__()[0].__name__, F(2, 4) is not F(1, 2))
class Money(F):
    def __repr__(self):
        return f"Money({float(self):.2f})"
m = Money(5, 2)
print(m, repr(m), type(m + 1).__name__, isinstance(m, F))
bad = ["", "1/0", "abc", "1/2/3", "1.2/3", "1 /2", "--1", "1e", "inf", "nan", "0x10", "1/-2", "١/٢"]
for s in bad:
    try:
        print(repr(s), F(s))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ("1", 2), (None,), (float("inf"),), (float("nan"),), ([1],), (1, F(0))]:
    try:
        print(args, F(*args))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)
for op in (operator.truediv, operator.floordiv, operator.mod, divmod):
    try:
        op(F(1), 0)
    except ZeroDivisionError as e:
        print(op.__name__, "ZeroDivisionError", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(1, 2) + "x"
except TypeError as e:
    print("TypeError", e)
try:
    F(1, 2) < "x"
except TypeError as e:
    print("TypeError", e)
print(F(1, 2) == "x", F(1, 2) != None, F(3, 2) ** 100 > 10 ** 17, F(10**30 + 1, 10**30) - 1)
