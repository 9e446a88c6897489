# The numeric tower ABCs: registration, abstract methods, mixin defaults.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

print(numbers.__all__)
for cls in (Number, Complex, Real, Rational, Integral):
    print(cls.__name__, [b.__name__ for b in cls.__mro__], cls.__slots__)
    print('  abstract:', sorted(cls.__abstractmethods__))
print(Number.__hash__, Complex.__hash__)

samples = [0, True, 7, 2.5, float('nan'), 1j, complex(1, 2), 'x', None, [1]]
for s in samples:
    print(repr(s), [c.__name__ for c in (Number, Complex, Real, Rational, Integral)
                    if isinstance(s, c)])
for t in (bool, int, float, complex, str, object):
    print(t.__name__, issubclass(t, Number), issubclass(t, Complex),
          issubclass(t, Real), issubclass(t, Rational), issubclass(t, Integral))

for cls in (Number, Complex, Real, Rational, Integral):
    try:
        cls()
        print(cls.__name__, 'instantiated')
    except TypeError as e:
        print(type(e).__name__, str(e).split(' with ')[0])


class MyInt(Integral):
    """A complete Integral wrapping an int."""
    def __init__(self, v): self.v = int(v)
    def __repr__(self): return 'MyInt(%d)' % self.v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return int(b) ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    __hash__ = None
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)


m = MyInt(7)
print(m, m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(float(m), complex(m), m.__index__(), [10, 20, 30, 40, 50, 60, 70, 80][m])
print(m - 2, 10 - m, divmod(m, 3), divmod(23, m), bool(m), bool(MyInt(0)))
print(pow(m, 2, 5), m ** 2, 2 ** m, m << 1, ~m, isinstance(m, Rational))
print(Rational.__float__(m), Integral.__float__(m), Real.__complex__(m))

class Half(Rational):
    numerator = 1
    denominator = 2
    locals().update({k: (lambda *a: NotImplemented) for k in Rational.__abstractmethods__
                     if k not in ('numerator', 'denominator')})
print(sorted(Half.__abstractmethods__), float(Half()))

for name in ('__add__', '__neg__', '__abs__', 'conjugate', '__complex__'):
    try:
        getattr(Complex, name)(m) if name != '__add__' else Complex.__add__(m, 1)
    except NotImplementedError as e:
        print(name, 'NotImplementedError', repr(e))
for name in ('__float__', '__trunc__', '__floor__', '__lt__'):
    try:
        f = getattr(Real, name)
        f(m) if name not in ('__lt__',) else f(m, 1)
    except NotImplementedError as e:
        print(name, 'NotImplementedError')

class Foo:
    pass
Real.register(Foo)
print(isinstance(Foo(), Complex), isinstance(Foo(), Rational), issubclass(Foo, Number))
print(Real.real.__isabstractmethod__ if hasattr(Real.real, '__isabstractmethod__') else 'concrete')
print(Complex.real.__isabstractmethod__, Rational.numerator.__isabstractmethod__)
print(Integral.numerator.fget(5), Integral.denominator.fget(5), Real.imag.fget(2.5))
