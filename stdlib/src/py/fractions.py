"""Exact rational arithmetic: the Fraction type (pyrs)."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

try:
    _MODULUS = sys.hash_info.modulus
    _INF_HASH = sys.hash_info.inf
except AttributeError:
    _MODULUS = (1 << 61) - 1
    _INF_HASH = 314159


def _is_decimal(value):
    # decimal is only consulted once something has imported it
    mod = sys.modules.get('decimal')
    return mod is not None and isinstance(value, mod.Decimal)


# ---------------------------------------------------------------------------
# string literals: [sign] (int [. [frac]] | . frac) [exp]  or  [sign] int / int
# ---------------------------------------------------------------------------

def _digit_run(text, pos):
    """Read decimal digits with single underscores between them.

    Returns (digits, new_pos); digits is '' when nothing valid starts at pos.
    An underscore not followed by a digit ends the run *before* it, which
    later makes the whole literal invalid.
    """
    out = []
    end = len(text)
    while pos < end:
        ch = text[pos]
        if ch.isdecimal():
            out.append(ch)
            pos += 1
        elif ch == '_' and out and pos + 1 < end and text[pos + 1].isdecimal():
            pos += 1
        else:
            break
    return ''.join(out), pos


def _scan_literal(source):
    """Parse a Fraction literal; returns (num, den) unreduced or None."""
    text = source.strip()
    end = len(text)
    pos = 0
    negative = False
    if pos < end and text[pos] in '+-':
        negative = text[pos] == '-'
        pos += 1
    whole, pos = _digit_run(text, pos)
    look = pos
    while look < end and text[look].isspace():
        look += 1
    if look < end and text[look] == '/':
        if not whole:
            return None
        pos = look + 1
        while pos < end and text[pos].isspace():
            pos += 1
        below, pos = _digit_run(text, pos)
        if not below or pos != end:
            return None
        top = int(whole)
        return (-top if negative else top), int(below)
    part = ''
    if pos < end and text[pos] == '.':
        part, pos = _digit_run(text, pos + 1)
    if not whole and not part:
        return None
    shift = 0
    if pos < end and text[pos] in 'eE':
        pos += 1
        esign = 1
        if pos < end and text[pos] in '+-':
            esign = -1 if text[pos] == '-' else 1
            pos += 1
        power, pos = _digit_run(text, pos)
        if not power:
            return None
        shift = esign * int(power)
    if pos != end:
        return None
    top = int(whole + part) if (whole + part) else 0
    shift -= len(part)
    if negative:
        top = -top
    if shift >= 0:
        return top * 10 ** shift, 1
    return top, 10 ** -shift


def _exact_pair(value):
    """(num, den) of a Rational or finite float; (+-1, 0) for infinities;
    None for NaN; NotImplemented for anything else."""
    if isinstance(value, float):
        if value != value:
            return None
        if value in (math.inf, -math.inf):
            return (1 if value > 0 else -1), 0
        return value.as_integer_ratio()
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator
    return NotImplemented


def _zero_den(top):
    return ZeroDivisionError('Fraction(%s, 0)' % top)


_gcd = math.gcd
_new_object = object.__new__


def _lowest(top, bottom):
    """Fraction(top, bottom) for ints top and bottom != 0: reduced and with a
    positive denominator, built without going through __new__."""
    g = _gcd(top, bottom)
    if bottom < 0:
        g = -g
    obj = _new_object(Fraction)
    obj._numerator = top // g
    obj._denominator = bottom // g
    return obj


def _round_half_even(num, den):
    """Nearest integer to num/den (den > 0), ties to even."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q & 1):
        q += 1
    return q


def _cf_terms(num, den):
    """Continued fraction terms of num/den (den > 0)."""
    out = []
    while den:
        whole, num = divmod(num, den)
        out.append(whole)
        num, den = den, num
    return out


def _arith(exact, fallback, dunder):
    """The forward and reflected methods of a binary operator for any
    operands: exact(n1, d1, n2, d2) for ints and Rationals, fallback on
    floats and complex numbers."""
    # forward: exact for int/Fraction, float/complex via fallback
    def forward(a, b):
        kind = type(b)
        if kind is Fraction:
            return exact(a._numerator, a._denominator,
                         b._numerator, b._denominator)
        if kind is int:
            return exact(a._numerator, a._denominator, b, 1)
        if isinstance(b, (int, Fraction)):
            n2, d2 = Fraction._pair(b)
            return exact(a._numerator, a._denominator, n2, d2)
        if isinstance(b, float):
            return fallback(float(a), b)
        if isinstance(b, complex):
            return fallback(complex(a), b)
        return NotImplemented

    # reflected: other is the left operand
    def reflected(b, a):
        if type(a) is int:
            return exact(a, 1, b._numerator, b._denominator)
        if isinstance(a, numbers.Rational):
            return exact(a.numerator, a.denominator,
                         b._numerator, b._denominator)
        if isinstance(a, numbers.Real):
            return fallback(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return fallback(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__%s__' % dunder
    reflected.__name__ = '__r%s__' % dunder
    return forward, reflected


def _plus(n1, d1, n2, d2):
    return _lowest(n1 * d2 + n2 * d1, d1 * d2)


def _minus(n1, d1, n2, d2):
    return _lowest(n1 * d2 - n2 * d1, d1 * d2)


def _times(n1, d1, n2, d2):
    return _lowest(n1 * n2, d1 * d2)


def _over(n1, d1, n2, d2):
    if n2 == 0:
        raise _zero_den(1)
    return _lowest(n1 * d2, d1 * n2)


def _whole_quotient(n1, d1, n2, d2):
    return (n1 * d2) // (d1 * n2)


def _remainder(n1, d1, n2, d2):
    return _lowest((n1 * d2) % (n2 * d1), d1 * d2)


def _quot_rem(n1, d1, n2, d2):
    q, r = divmod(n1 * d2, d1 * n2)
    return q, _lowest(r, d1 * d2)


def _relation_other(self, other, signs):
    """An ordering of the Fraction self against any other operand: true when
    sign(self - other) is one of signs."""
    pair = _exact_pair(other)
    if pair is NotImplemented:
        return NotImplemented
    if pair is None:
        return False
    on, od = pair
    diff = self._numerator * od - on * self._denominator
    return ((diff > 0) - (diff < 0)) in signs


# the general paths behind Fraction's +, -, * and / (after the inline
# int and Fraction cases)
_add_other, _radd_other = _arith(_plus, operator.add, 'add')
_sub_other, _rsub_other = _arith(_minus, operator.sub, 'sub')
_mul_other, _rmul_other = _arith(_times, operator.mul, 'mul')
_truediv_other, _rtruediv_other = _arith(_over, operator.truediv, 'truediv')


class Fraction(numbers.Rational):
    """A rational number kept in lowest terms, e.g. Fraction(3, 4)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Build from int(s), Rationals, a float, a Decimal or a string."""
        kind = type(numerator)
        if kind is int:
            # the common cases: Fraction(int) and Fraction(int, int)
            if denominator is None:
                obj = _new_object(cls)
                obj._numerator = numerator
                obj._denominator = 1
                return obj
            if type(denominator) is int:
                if denominator == 0:
                    raise _zero_den(numerator)
                g = _gcd(numerator, denominator)
                if denominator < 0:
                    g = -g
                obj = _new_object(cls)
                obj._numerator = numerator // g
                obj._denominator = denominator // g
                return obj
        if denominator is None:
            if kind is Fraction:
                # a copy, read straight from the slots
                obj = _new_object(cls)
                obj._numerator = numerator._numerator
                obj._denominator = numerator._denominator
                return obj
            if isinstance(numerator, int):
                return cls._build(int(numerator), 1)
            if isinstance(numerator, numbers.Rational):
                return cls._build(numerator.numerator, numerator.denominator)
            if isinstance(numerator, float) or _is_decimal(numerator):
                return cls._build(*numerator.as_integer_ratio())
            if isinstance(numerator, str):
                pair = _scan_literal(numerator)
                if pair is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                top, bottom = pair
                if bottom == 0:
                    raise _zero_den(top)
                return cls._reduced(top, bottom)
            raise TypeError('argument should be a string or a Rational '
                            'instance')
        if isinstance(numerator, int) and isinstance(denominator, int):
            top, bottom = int(numerator), int(denominator)
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            top = numerator.numerator * denominator.denominator
            bottom = numerator.denominator * denominator.numerator
        else:
            raise TypeError('both arguments should be Rational instances')
        if bottom == 0:
            raise _zero_den(top)
        return cls._reduced(top, bottom)

    @classmethod
    def _build(cls, top, bottom):
        # caller guarantees lowest terms and a positive denominator
        obj = _new_object(cls)
        obj._numerator = top
        obj._denominator = bottom
        return obj

    @classmethod
    def _reduced(cls, top, bottom):
        g = math.gcd(top, bottom)
        if bottom < 0:
            g = -g
        return cls._build(top // g, bottom // g)

    @classmethod
    def from_float(cls, f):
        """Exact value of the float f."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls._build(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Exact value of the Decimal dec."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._build(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        """The pair (numerator, denominator)."""
        return (self._numerator, self._denominator)

    def is_integer(self):
        """True when the denominator is 1."""
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        num, den = self._numerator, self._denominator
        if den <= max_denominator:
            return Fraction(self)
        terms = _cf_terms(num, den)
        # convergents h[i]/k[i]; the first two entries are the usual seeds
        h = [0, 1]
        k = [1, 0]
        for t in terms:
            h.append(t * h[-1] + h[-2])
            k.append(t * k[-1] + k[-2])
        best = len(k) - 1
        while k[best] > max_denominator:
            best -= 1
        # best semiconvergent between convergents best-1 and best+1
        following = terms[best - 1]
        mult = min((max_denominator - k[best - 1]) // k[best], following - 1)
        semi_h = h[best - 1] + mult * h[best]
        semi_k = k[best - 1] + mult * k[best]
        gap_conv = abs(h[best] * den - num * k[best]) * semi_k
        gap_semi = abs(semi_h * den - num * semi_k) * k[best]
        if gap_semi < gap_conv:
            return Fraction._build(semi_h, semi_k)
        return Fraction._build(h[best], k[best])

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        spec = _parse_spec(format_spec)
        if spec is None or (spec['zero'] and spec['align']):
            extra = ''
            if spec is not None:
                extra = "; can't use explicit alignment when zero-padding"
            raise ValueError('Invalid format specifier %r for object of '
                             'type %r%s' % (format_spec, type(self).__name__,
                                            extra))
        return _render(self._numerator, self._denominator, spec)

    # -- arithmetic -------------------------------------------------------

    def _pair(other):
        if isinstance(other, int):
            return other, 1
        return other.numerator, other.denominator

    # +, -, * and / spell out the Fraction and int operands inline (no
    # helper calls); any other operand goes on to the generic methods made
    # by _arith, which also serve //, % and divmod().

    def __add__(a, b):
        kind = type(b)
        if kind is Fraction:
            na, da = a._numerator, a._denominator
            nb, db = b._numerator, b._denominator
            obj = _new_object(Fraction)
            if da == db > 0:
                top = na + nb
                g = _gcd(top, da)
                if g == 1:
                    obj._numerator = top
                    obj._denominator = da
                else:
                    obj._numerator = top // g
                    obj._denominator = da // g
                return obj
            # only the common factor g of the denominators can divide the
            # numerator of the result
            g = _gcd(da, db)
            if g == 1:
                obj._numerator = na * db + nb * da
                obj._denominator = da * db
                return obj
            da //= g
            top = na * (db // g) + nb * da
            g = _gcd(top, g)
            if g == 1:
                obj._numerator = top
                obj._denominator = da * db
            else:
                obj._numerator = top // g
                obj._denominator = da * (db // g)
            return obj
        if kind is int:
            # (n + b*d) / d is already in lowest terms
            d = a._denominator
            obj = _new_object(Fraction)
            obj._numerator = a._numerator + b * d
            obj._denominator = d
            return obj
        return _add_other(a, b)

    def __radd__(b, a):
        if type(a) is int:
            d = b._denominator
            obj = _new_object(Fraction)
            obj._numerator = a * d + b._numerator
            obj._denominator = d
            return obj
        return _radd_other(b, a)

    def __sub__(a, b):
        kind = type(b)
        if kind is Fraction:
            na, da = a._numerator, a._denominator
            nb, db = b._numerator, b._denominator
            obj = _new_object(Fraction)
            if da == db > 0:
                top = na - nb
                g = _gcd(top, da)
                if g == 1:
                    obj._numerator = top
                    obj._denominator = da
                else:
                    obj._numerator = top // g
                    obj._denominator = da // g
                return obj
            # only the common factor g of the denominators can divide the
            # numerator of the result
            g = _gcd(da, db)
            if g == 1:
                obj._numerator = na * db - nb * da
                obj._denominator = da * db
                return obj
            da //= g
            top = na * (db // g) - nb * da
            g = _gcd(top, g)
            if g == 1:
                obj._numerator = top
                obj._denominator = da * db
            else:
                obj._numerator = top // g
                obj._denominator = da * (db // g)
            return obj
        if kind is int:
            d = a._denominator
            obj = _new_object(Fraction)
            obj._numerator = a._numerator - b * d
            obj._denominator = d
            return obj
        return _sub_other(a, b)

    def __rsub__(b, a):
        if type(a) is int:
            d = b._denominator
            obj = _new_object(Fraction)
            obj._numerator = a * d - b._numerator
            obj._denominator = d
            return obj
        return _rsub_other(b, a)

    def __mul__(a, b):
        kind = type(b)
        if kind is Fraction:
            # cancel across: na with db, nb with da
            na, da = a._numerator, a._denominator
            nb, db = b._numerator, b._denominator
            g = _gcd(na, db)
            if g != 1:
                na //= g
                db //= g
            g = _gcd(nb, da)
            if g != 1:
                nb //= g
                da //= g
            obj = _new_object(Fraction)
            obj._numerator = na * nb
            obj._denominator = da * db
            return obj
        if kind is int:
            # only b and the denominator can share factors
            d = a._denominator
            g = _gcd(b, d)
            obj = _new_object(Fraction)
            if g == 1:
                obj._numerator = a._numerator * b
                obj._denominator = d
            else:
                obj._numerator = a._numerator * (b // g)
                obj._denominator = d // g
            return obj
        return _mul_other(a, b)

    def __rmul__(b, a):
        if type(a) is int:
            d = b._denominator
            g = _gcd(a, d)
            obj = _new_object(Fraction)
            if g == 1:
                obj._numerator = a * b._numerator
                obj._denominator = d
            else:
                obj._numerator = (a // g) * b._numerator
                obj._denominator = d // g
            return obj
        return _rmul_other(b, a)

    def __truediv__(a, b):
        kind = type(b)
        if kind is Fraction:
            # cancel across: na with nb, da with db
            nb, db = b._numerator, b._denominator
            if nb == 0:
                raise _zero_den(db)
            na, da = a._numerator, a._denominator
            g = _gcd(na, nb)
            if g != 1:
                na //= g
                nb //= g
            g = _gcd(da, db)
            if g != 1:
                da //= g
                db //= g
            top = na * db
            bottom = nb * da
            obj = _new_object(Fraction)
            if bottom < 0:
                obj._numerator = -top
                obj._denominator = -bottom
            else:
                obj._numerator = top
                obj._denominator = bottom
            return obj
        if kind is int:
            # only b and the numerator can share factors
            if b == 0:
                raise _zero_den(1)
            top = a._numerator
            g = _gcd(top, b)
            if g != 1:
                top //= g
                b //= g
            bottom = a._denominator * b
            obj = _new_object(Fraction)
            if bottom < 0:
                obj._numerator = -top
                obj._denominator = -bottom
            else:
                obj._numerator = top
                obj._denominator = bottom
            return obj
        return _truediv_other(a, b)

    def __rtruediv__(b, a):
        if type(a) is int:
            nb = b._numerator
            if nb == 0:
                raise _zero_den(b._denominator)
            g = _gcd(a, nb)
            if g != 1:
                a //= g
                nb //= g
            top = a * b._denominator
            obj = _new_object(Fraction)
            if nb < 0:
                obj._numerator = -top
                obj._denominator = -nb
            else:
                obj._numerator = top
                obj._denominator = nb
            return obj
        return _rtruediv_other(b, a)

    __floordiv__, __rfloordiv__ = _arith(_whole_quotient, operator.floordiv,
                                         'floordiv')
    __mod__, __rmod__ = _arith(_remainder, operator.mod, 'mod')
    __divmod__, __rdivmod__ = _arith(_quot_rem, divmod, 'divmod')

    def __pow__(self, other):
        """self ** other: exact for integral Rational exponents, else float/complex."""
        if isinstance(other, numbers.Rational):
            if other.denominator != 1:
                return float(self) ** float(other)
            k = other.numerator
            top, bottom = self._numerator, self._denominator
            if k >= 0:
                return Fraction._build(top ** k, bottom ** k)
            if top == 0:
                raise _zero_den(bottom ** -k)
            top, bottom = bottom ** -k, top ** -k
            if bottom < 0:
                top, bottom = -top, -bottom
            return Fraction._build(top, bottom)
        return float(self) ** other

    def __rpow__(self, base):
        """base ** self with the Fraction self as exponent."""
        whole = self._denominator == 1
        if isinstance(base, numbers.Rational):
            if whole and self._numerator >= 0:
                return base ** self._numerator
            return Fraction(base) ** self
        return base ** (self._numerator if whole else float(self))

    def __pos__(self):
        obj = _new_object(Fraction)
        obj._numerator = self._numerator
        obj._denominator = self._denominator
        return obj

    def __neg__(self):
        obj = _new_object(Fraction)
        obj._numerator = -self._numerator
        obj._denominator = self._denominator
        return obj

    def __abs__(self):
        obj = _new_object(Fraction)
        obj._numerator = abs(self._numerator)
        obj._denominator = self._denominator
        return obj

    def __int__(self):
        n, d = self._numerator, self._denominator
        return n // d if n >= 0 else -(-n // d)

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """Round half to even; an int without ndigits, else a Fraction."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        if ndigits >= 0:
            power = 10 ** ndigits
            return Fraction(_round_half_even(self._numerator * power,
                                             self._denominator), power)
        power = 10 ** -ndigits
        kept = _round_half_even(self._numerator, self._denominator * power)
        return Fraction(kept * power)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    # -- comparison and hashing ------------------------------------------

    def __hash__(self):
        n, d = self._numerator, self._denominator
        if d == 1:
            # an integer: hashed like the int itself
            h = abs(n) % _MODULUS
        elif d % _MODULUS == 0:
            # no inverse modulo the prime: hashed like infinity
            h = _INF_HASH
        else:
            h = abs(n) % _MODULUS * pow(d, -1, _MODULUS) % _MODULUS
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(self, other):
        kind = type(other)
        if kind is int:
            return self._denominator == 1 and self._numerator == other
        if kind is Fraction:
            return (self._numerator == other._numerator
                    and self._denominator == other._denominator)
        if isinstance(other, numbers.Rational):
            return (self._numerator == other.numerator
                    and self._denominator == other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isfinite(other):
                return self == Fraction._build(*other.as_integer_ratio())
            return False
        return NotImplemented

    # the orderings compare cross products directly for an int or a
    # Fraction; other operands go through _relation_other

    def __lt__(a, b):
        kind = type(b)
        if kind is int:
            return a._numerator < b * a._denominator
        if kind is Fraction:
            return a._numerator * b._denominator < b._numerator * a._denominator
        return _relation_other(a, b, (-1,))

    def __le__(a, b):
        kind = type(b)
        if kind is int:
            return a._numerator <= b * a._denominator
        if kind is Fraction:
            return a._numerator * b._denominator <= b._numerator * a._denominator
        return _relation_other(a, b, (-1, 0))

    def __gt__(a, b):
        kind = type(b)
        if kind is int:
            return a._numerator > b * a._denominator
        if kind is Fraction:
            return a._numerator * b._denominator > b._numerator * a._denominator
        return _relation_other(a, b, (1,))

    def __ge__(a, b):
        kind = type(b)
        if kind is int:
            return a._numerator >= b * a._denominator
        if kind is Fraction:
            return a._numerator * b._denominator >= b._numerator * a._denominator
        return _relation_other(a, b, (1, 0))

    # -- copying and pickling --------------------------------------------

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


# ---------------------------------------------------------------------------
# __format__ support
# ---------------------------------------------------------------------------

_DIGITS = '0123456789'


def _parse_spec(spec):
    """Split a format spec into its fields; None when it is malformed."""
    fields = {'fill': ' ', 'align': '', 'sign': '-', 'z': False,
              'alt': False, 'zero': False, 'width': 0, 'group': '',
              'prec': None, 'kind': ''}
    i = 0
    size = len(spec)
    if size >= 2 and spec[1] in '<>=^':
        fields['fill'], fields['align'] = spec[0], spec[1]
        i = 2
    elif spec[0] in '<>=^':
        fields['align'] = spec[0]
        i = 1

    def take(chars):
        nonlocal i
        if i < size and spec[i] in chars:
            i += 1
            return spec[i - 1]
        return ''

    def number():
        # '0' or a run of ASCII digits not starting with 0
        nonlocal i
        if i < size and spec[i] == '0':
            i += 1
            return '0'
        start = i
        while i < size and spec[i] in _DIGITS:
            i += 1
        return spec[start:i]

    fields['sign'] = take('+- ') or '-'
    fields['z'] = bool(take('z'))
    fields['alt'] = bool(take('#'))
    fields['zero'] = bool(take('0'))
    width = number()
    if width:
        fields['width'] = int(width)
    fields['group'] = take(',_')
    if take('.'):
        prec = number()
        if not prec:
            return None
        fields['prec'] = int(prec)
    fields['kind'] = take('eEfFgG%')
    if not fields['kind'] or i != size:
        return None
    return fields


def _scientific(num, den, places):
    """Round num/den (>= 0) to places+1 significant digits.

    Returns (digits as int, decimal exponent of the leading digit).
    """
    if num == 0:
        return 0, 0
    # log10(2) ~ 1233/4096: a close estimate, then exact corrections
    exp = ((num.bit_length() - den.bit_length()) * 1233) >> 12
    while not _at_least_pow10(num, den, exp):
        exp -= 1
    while _at_least_pow10(num, den, exp + 1):
        exp += 1
    shift = places - exp
    if shift >= 0:
        digits = _round_half_even(num * 10 ** shift, den)
    else:
        digits = _round_half_even(num, den * 10 ** -shift)
    if digits == 10 ** (places + 1):
        digits //= 10
        exp += 1
    return digits, exp


def _at_least_pow10(num, den, exp):
    """num/den >= 10**exp."""
    if exp >= 0:
        return num >= den * 10 ** exp
    return num * 10 ** -exp >= den


def _split_fixed(digits, places):
    """Integer part and fraction part strings of digits / 10**places."""
    text = str(digits)
    if places == 0:
        return text, ''
    text = text.rjust(places + 1, '0')
    return text[:-places], text[-places:]


def _render(num, den, spec):
    kind = spec['kind']
    alt = spec['alt']
    negative = num < 0
    num = abs(num)
    if kind == '%':
        num *= 100
    prec = 6 if spec['prec'] is None else spec['prec']
    tail = '%' if kind == '%' else ''
    if kind in 'fF%':
        digits = _round_half_even(num * 10 ** prec, den)
        head, frac = _split_fixed(digits, prec)
        point = '.' if (frac or alt) else ''
        tail = point + frac + tail
    else:
        upper = kind in 'EG'
        sig = max(prec, 1) if kind in 'gG' else prec + 1
        digits, exp = _scientific(num, den, sig - 1)
        fixed_style = kind in 'gG' and -4 <= exp < sig
        if fixed_style:
            head, frac = _split_fixed(digits, sig - 1 - exp)
            mark = ''
        else:
            head, frac = _split_fixed(digits, sig - 1)
            mark = '%s%+03d' % ('E' if upper else 'e', exp)
        if kind in 'gG' and not alt:
            frac = frac.rstrip('0')
        point = '.' if (frac or alt) else ''
        tail = point + frac + mark
    if negative and spec['z'] and digits == 0:
        negative = False
    if negative:
        lead = '-'
    elif spec['sign'] in '+ ':
        lead = spec['sign']
    else:
        lead = ''
    width = spec['width']
    sep = spec['group']
    if spec['zero']:
        room = width - len(lead) - len(tail)
        if sep:
            while len(_group(head, sep)) < room:
                head = '0' + head
        else:
            head = head.rjust(room, '0')
    if sep:
        head = _group(head, sep)
    body = head + tail
    gap = width - len(lead) - len(body)
    if gap <= 0:
        return lead + body
    fill = '0' if spec['zero'] else spec['fill']
    align = spec['align'] or '>'
    if align == '<':
        return lead + body + fill * gap
    if align == '^':
        left = gap // 2
        return fill * left + lead + body + fill * (gap - left)
    if align == '=':
        return lead + fill * gap + body
    return fill * gap + lead + body


def _group(digits, sep):
    chunks = []
    end = len(digits)
    while end > 3:
        chunks.append(digits[end - 3:end])
        end -= 3
    chunks.append(digits[:end])
    return sep.join(reversed(chunks))
