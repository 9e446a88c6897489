# A hand-written Rational number type interoperating with int, float and complex.
import math
import sys


class Rational:
    __slots__ = ("_n", "_d")

    def __new__(cls, n=0, d=1):
        if isinstance(n, Rational) and d == 1:
            return n
        if isinstance(n, float):
            n, d2 = n.as_integer_ratio()
            d *= d2
        if not isinstance(n, int) or not isinstance(d, int):
            raise TypeError(f"Rational() needs ints, got {type(n).__name__} and {type(d).__name__}")
        if d == 0:
            raise ZeroDivisionError(f"Rational({n}, 0)")
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self = super().__new__(cls)
        self._n = n // g
        self._d = d // g
        return self

    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)

    def __repr__(self):
        return f"Rational({self._n}, {self._d})"

    def __str__(self):
        return str(self._n) if self._d == 1 else f"{self._n}/{self._d}"

    @staticmethod
    def _coerce(other):
        if isinstance(other, Rational):
            return other
        if isinstance(other, int):
            return Rational(other)
        return None

    def _op(self, other, fn, reflected=False):
        o = self._coerce(other)
        if o is None:
            if isinstance(other, float):
                a, b = float(self), other
                return fn(b, a) if reflected else fn(a, b)
            if isinstance(other, complex):
                a, b = complex(float(self)), other
                return fn(b, a) if reflected else fn(a, b)
            return NotImplemented
        return fn(o, self) if reflected else fn(self, o)

    @staticmethod
    def _add(a, b):
        if isinstance(a, Rational):
            return Rational(a._n * b._d + b._n * a._d, a._d * b._d)
        return a + b

    @staticmethod
    def _sub(a, b):
        if isinstance(a, Rational):
            return Rational(a._n * b._d - b._n * a._d, a._d * b._d)
        return a - b

    @staticmethod
    def _mul(a, b):
        if isinstance(a, Rational):
            return Rational(a._n * b._n, a._d * b._d)
        return a * b

    @staticmethod
    def _div(a, b):
        if isinstance(a, Rational):
            return Rational(a._n * b._d, a._d * b._n)
        return a / b

    def __add__(self, o): return self._op(o, self._add)
    def __radd__(self, o): return self._op(o, self._add, True)
    def __sub__(self, o): return self._op(o, self._sub)
    def __rsub__(self, o): return self._op(o, self._sub, True)
    def __mul__(self, o): return self._op(o, self._mul)
    def __rmul__(self, o): return self._op(o, self._mul, True)
    def __truediv__(self, o): return self._op(o, self._div)
    def __rtruediv__(self, o): return self._op(o, self._div, True)

    def __floordiv__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return (self._n * o._d) // (self._d * o._n)

    def __mod__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return self - o * (self // o)

    def __divmod__(self, o):
        return (self // o, self % o)

    def __pow__(self, exp):
        if isinstance(exp, int):
            if exp >= 0:
                return Rational(self._n ** exp, self._d ** exp)
            return Rational(self._d ** -exp, self._n ** -exp)
        return float(self) ** exp

    def __rpow__(self, base):
        if self._d == 1:
            return base ** self._n
        return base ** float(self)

    def __neg__(self): return Rational(-self._n, self._d)
    def __pos__(self): return self
    def __abs__(self): return Rational(abs(self._n), self._d)
    def __float__(self): return self._n / self._d
    def __int__(self): return int(self._n / self._d) if abs(self._n) < 2**53 else self._n // self._d
    def __trunc__(self): return -(-self._n // self._d) if self._n < 0 else self._n // self._d
    def __floor__(self): return self._n // self._d
    def __ceil__(self): return -(-self._n // self._d)
    def __bool__(self): return self._n != 0

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rem = divmod(self._n, self._d)
            twice = rem * 2
            if twice < self._d or (twice == self._d and floor % 2 == 0):
                return floor
            return floor + 1
        shift = 10 ** ndigits
        return Rational(round(self * shift), shift)

    def __eq__(self, other):
        if isinstance(other, Rational):
            return self._n == other._n and self._d == other._d
        if isinstance(other, int):
            return self._d == 1 and self._n == other
        if isinstance(other, float):
            return math.isfinite(other) and self == Rational(other)
        return NotImplemented

    def _cmp(self, other, op):
        if isinstance(other, float):
            if math.isnan(other):
                return False
            if math.isinf(other):
                return op(0, other)
            other = Rational(other)
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return op(self._n * o._d, o._n * self._d)

    def __lt__(self, o): return self._cmp(o, lambda a, b: a < b)
    def __le__(self, o): return self._cmp(o, lambda a, b: a <= b)
    def __gt__(self, o): return self._cmp(o, lambda a, b: a > b)
    def __ge__(self, o): return self._cmp(o, lambda a, b: a >= b)

    def __hash__(self):
        inv = pow(self._d, -1, sys.hash_info.modulus) if self._d % sys.hash_info.modulus else None
        if inv is None:
            h = sys.hash_info.inf
        else:
            h = abs(self._n) % sys.hash_info.modulus * inv % sys.hash_info.modulus
        h = h if self._n >= 0 else -h
        return -2 if h == -1 else h

    def __format__(self, spec):
        if spec.endswith("r"):
            return format(str(self), spec[:-1] or "")
        return format(float(self), spec)


half, third = Rational(1, 2), Rational(1, 3)
print(half + third, half - third, half * third, half / third, third - half, -half, abs(-third), +half is half)
print(half + 1, 1 + half, 2 - half, 3 * third, 1 / third, half + 0.25, 0.25 + half, half * 1j, 2 ** Rational(3), 4 ** half)
print(half ** 2, third ** -2, half ** 0.5, Rational(7, 2) // 1, Rational(7, 2) % 1, divmod(Rational(7, 2), Rational(1, 3)), Rational(-7, 2) // 1)
print(float(third), int(Rational(-7, 2)), math.trunc(Rational(-7, 2)), math.floor(Rational(-7, 2)), math.ceil(Rational(-7, 2)))
print([round(Rational(n, 2)) for n in range(-5, 6)], round(Rational(22, 7), 2), round(Rational(-1, 2)))
print(half == 0.5, 0.5 == half, half == Rational(2, 4), Rational(4, 2) == 2, 2 == Rational(4, 2), half != third, half == "1/2")
print(half < third, third < half, half <= 0.5, half < 1, 1 > half, half > float("-inf"), half < float("nan"), half >= float("inf"))
print(sorted([Rational(3, 4), 0.1, 1, Rational(-1, 2), 0, Rational(2, 3)]))
print(hash(Rational(4, 2)) == hash(2), hash(half) == hash(0.5), hash(Rational(-3, 1)) == hash(-3), hash(third) == hash(Rational(2, 6)))
print({half: "half", 0.5: "float half", Rational(2): "two", 2: "int two"})
print(len({Rational(1, 2), 0.5, Rational(2, 4), 1, Rational(1), True}))
print(f"{third:.4f}|{third:>8r}|{half:%}|{Rational(10, 4):r}|{Rational(5):r}")
print(sum([Rational(1, n) for n in range(1, 7)]), sum([Rational(1, n) for n in range(1, 7)], Rational(0)))
print(max(half, third, key=float), min([third, half]), Rational(0.75), Rational(Rational(1, 5)) is not None)
print(math.fsum([float(Rational(1, 3))] * 3), math.isclose(third, 1 / 3), math.floor(third * 10))
for bad in [lambda: Rational(1, 0), lambda: Rational("1"), lambda: half + "x", lambda: half < "x", lambda: half // 0.5, lambda: Rational(1, 2) / 0, lambda: 1 / Rational(0)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(isinstance(half, Rational), bool(Rational(0)), bool(third), [x for x in [Rational(0), third, 0.0] if x])
print(half.numerator, half.denominator, (Rational(-6, -4)).numerator, Rational(6, -4))
try:
    half.numerator = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    half.extra = 1
except AttributeError as e:
    print("AttributeError", e)
