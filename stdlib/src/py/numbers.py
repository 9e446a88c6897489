"""Abstract base classes of the numeric tower (CPython's numbers module, written for pyrs).

Number > Complex > Real > Rational > Integral, as PEP 3141 describes.  Each
level lists the operations a concrete type must supply (abstract methods,
whose bodies raise NotImplementedError) and derives the rest from them.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _must_override(*args, **kwargs):
    raise NotImplementedError


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) tells whether x is a
    number of any kind."""

    __slots__ = ()

    # Numbers that compare equal must hash equal; abstract ones do not hash.
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the built-in complex type: complex(),
    .real, .imag, + - * / **, abs(), .conjugate(), == and !=."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """The value as a built-in complex."""

    def __bool__(self):
        """A number is true when it differs from zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part, a Real."""
        _must_override()

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part, a Real."""
        _must_override()

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        _must_override()

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        _must_override()

    @abstractmethod
    def __neg__(self):
        """-self"""
        _must_override()

    @abstractmethod
    def __pos__(self):
        """+self"""
        _must_override()

    def __sub__(self, other):
        """self - other, as self + (-other)."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as (-self) + other."""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        _must_override()

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        _must_override()

    @abstractmethod
    def __truediv__(self, other):
        """self / other, promoting to float where needed."""
        _must_override()

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""
        _must_override()

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent, promoting to float or complex where needed."""
        _must_override()

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        _must_override()

    @abstractmethod
    def __abs__(self):
        """The distance from zero, a Real."""
        _must_override()

    @abstractmethod
    def conjugate(self):
        """The complex conjugate: x+yj becomes x-yj."""
        _must_override()

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        _must_override()


Complex.register(complex)


class Real(Complex):
    """Complex numbers with no imaginary part, adding float(), trunc(),
    floor(), ceil(), round(), //, %, divmod() and ordering."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """The value as a built-in float."""
        _must_override()

    @abstractmethod
    def __trunc__(self):
        """The Integral nearest to self in the direction of zero."""
        _must_override()

    @abstractmethod
    def __floor__(self):
        """The largest Integral not above self."""
        _must_override()

    @abstractmethod
    def __ceil__(self):
        """The smallest Integral not below self."""
        _must_override()

    @abstractmethod
    def __round__(self, ndigits=None):
        """Round half to even: to an Integral without ndigits, else to a
        Real with ndigits decimal places."""
        _must_override()

    def __divmod__(self, other):
        """divmod(self, other), from // and %."""
        return self // other, self % other

    def __rdivmod__(self, other):
        """divmod(other, self), from // and %."""
        return other // self, other % self

    @abstractmethod
    def __floordiv__(self, other):
        """self // other"""
        _must_override()

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""
        _must_override()

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        _must_override()

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        _must_override()

    @abstractmethod
    def __lt__(self, other):
        """self < other (a total order, NaNs aside)."""
        _must_override()

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        _must_override()

    def __complex__(self):
        """complex(float(self), 0)"""
        return complex(float(self), 0)

    @property
    def real(self):
        """A Real is its own real part."""
        return +self

    @property
    def imag(self):
        """A Real has a zero imaginary part."""
        return 0

    def conjugate(self):
        """A Real is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio of two Integrals, kept in lowest terms
    in .numerator and .denominator."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        _must_override()

    @property
    @abstractmethod
    def denominator(self):
        _must_override()

    def __float__(self):
        """numerator / denominator with integer true division, which rounds
        correctly and copes with huge terms."""
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Rational numbers with denominator 1, adding int(), three-argument
    pow() and the bitwise operators."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """The value as a built-in int."""
        _must_override()

    def __index__(self):
        """Lets the number serve as an index (slices, sequences)."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or that modulo modulus when one is given (for
        pow() with three arguments)."""
        _must_override()

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        _must_override()

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        _must_override()

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        _must_override()

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        _must_override()

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        _must_override()

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        _must_override()

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        _must_override()

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        _must_override()

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        _must_override()

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        _must_override()

    @abstractmethod
    def __invert__(self):
        """~self"""
        _must_override()

    def __float__(self):
        """float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """An Integral is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An Integral has denominator 1."""
        return 1


Integral.register(int)
