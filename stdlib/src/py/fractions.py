"""Rational numbers (CPython's fractions module, written for pyrs)."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_Rational = numbers.Rational
_HASH_MOD = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _decimal_type():
    # The Decimal class, when the decimal module is around (never imported
    # here: a Decimal can only exist if someone else imported it).
    mod = sys.modules.get('decimal')
    return getattr(mod, 'Decimal', None) if mod is not None else None


def _is_decimal(x):
    dec = _decimal_type()
    return dec is not None and isinstance(x, dec)


# -- parsing strings -----------------------------------------------------------

def _digits_end(text, start):
    """End of the run of decimal digits (single underscores allowed between
    digits) that begins at text[start]; start itself when there is none."""
    size = len(text)
    pos = start
    if pos >= size or not text[pos].isdecimal():
        return start
    pos += 1
    while pos < size:
        if text[pos].isdecimal():
            pos += 1
        elif (text[pos] == '_' and pos + 1 < size
              and text[pos + 1].isdecimal()):
            pos += 2
        else:
            break
    return pos


def _skip_spaces(text, pos):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _parse_literal(literal):
    """(numerator, denominator) of a string such as '-3/4', '1.5e-3' or
    ' 12 '; the denominator may be 0 and the pair is not reduced."""
    text = literal.strip()
    size = len(text)
    pos = 0
    negative = False
    if pos < size and text[pos] in '+-':
        negative = text[pos] == '-'
        pos += 1
    end = _digits_end(text, pos)
    whole = text[pos:end]
    pos = end
    after = _skip_spaces(text, pos)
    if whole and after < size and text[after] == '/':
        start = _skip_spaces(text, after + 1)
        end = _digits_end(text, start)
        if start == end or end != size:
            return None
        num, den = int(whole), int(text[start:end])
    else:
        fraction = ''
        if pos < size and text[pos] == '.':
            end = _digits_end(text, pos + 1)
            fraction = text[pos + 1:end]
            pos = end
        if not (whole or fraction):
            return None
        exponent = 0
        if pos < size and text[pos] in 'eE':
            start = pos + 1
            if start < size and text[start] in '+-':
                start += 1
            end = _digits_end(text, start)
            if end == start:
                return None
            exponent = int(text[pos + 1:end])
            pos = end
        if pos != size:
            return None
        num = int(whole + fraction) if (whole + fraction) else 0
        exponent -= len(fraction.replace('_', ''))
        if exponent >= 0:
            num, den = num * 10 ** exponent, 1
        else:
            den = 10 ** -exponent
    return (-num if negative else num), den


# -- formatting ------------------------------------------------------------------

def _bad_spec(spec, extra=''):
    return ValueError("Invalid format specifier %r for object of type %r%s"
                      % (spec, 'Fraction', extra))


def _read_spec(spec):
    """Split a float-style format specification into a dict, or return
    None when it does not fit the grammar."""
    out = {'fill': None, 'align': None, 'sign': '-', 'z': False,
           'alt': False, 'zeropad': False, 'width': 0, 'group': '',
           'precision': None, 'type': None}
    pos = 0
    size = len(spec)
    if size >= 2 and spec[1] in '<>=^':
        out['fill'], out['align'] = spec[0], spec[1]
        pos = 2
    elif size >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        pos = 1
    if pos < size and spec[pos] in '+- ':
        out['sign'] = spec[pos]
        pos += 1
    if pos < size and spec[pos] == 'z':
        out['z'] = True
        pos += 1
    if pos < size and spec[pos] == '#':
        out['alt'] = True
        pos += 1
    if pos < size and spec[pos] == '0':
        out['zeropad'] = True
        pos += 1
    # width: 0 or digits without a leading zero
    if pos < size and spec[pos] == '0':
        pos += 1
    elif pos < size and spec[pos] in '123456789':
        start = pos
        while pos < size and spec[pos] in '0123456789':
            pos += 1
        out['width'] = int(spec[start:pos])
    if pos < size and spec[pos] in ',_':
        out['group'] = spec[pos]
        pos += 1
    if pos < size and spec[pos] == '.':
        start = pos = pos + 1
        while pos < size and spec[pos] in '0123456789':
            pos += 1
        if pos == start:
            return None
        out['precision'] = int(spec[start:pos])
    if pos + 1 != size or spec[pos] not in 'eEfFgG%':
        return None
    out['type'] = spec[pos]
    return out


def _round_half_even(num, den):
    """num/den (den > 0) rounded to the nearest int, ties to even."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _scientific(num, den, figures):
    """Round num/den (num >= 0) to `figures` significant digits: returns
    (digits, exponent) with digits an int of that many digits (0 for zero)
    and the value close to digits * 10**(exponent - figures + 1)."""
    if num == 0:
        return 0, 0
    exponent = len(str(num)) - len(str(den))
    if exponent >= 0:
        if num < den * 10 ** exponent:
            exponent -= 1
    elif num * 10 ** -exponent < den:
        exponent -= 1
    shift = figures - 1 - exponent
    if shift >= 0:
        digits = _round_half_even(num * 10 ** shift, den)
    else:
        digits = _round_half_even(num, den * 10 ** -shift)
    if digits == 10 ** figures:
        digits //= 10
        exponent += 1
    return digits, exponent


def _group_digits(digits, sep, minimum):
    """Insert sep every three digits from the right, first padding with
    zeros so that the result is at least `minimum` characters long."""
    if not sep:
        return digits.rjust(minimum, '0')
    count = len(digits)
    while count + (count - 1) // 3 < minimum:
        count += 1
    digits = digits.rjust(count, '0')
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def _format_fraction(value, spec):
    opts = _read_spec(spec)
    if opts is None:
        raise _bad_spec(spec)
    if opts['zeropad'] and opts['align'] is not None:
        raise _bad_spec(spec, "; can't use explicit alignment when zero-padding")
    kind = opts['type']
    precision = 6 if opts['precision'] is None else opts['precision']
    negative = value._numerator < 0
    num, den = abs(value._numerator), value._denominator
    if kind == '%':
        num *= 100
    suffix = '%' if kind == '%' else ''
    if kind in 'fF%':
        scaled = _round_half_even(num * 10 ** precision, den)
        digits = str(scaled).rjust(precision + 1, '0')
        cut = len(digits) - precision
        head, tail = digits[:cut], digits[cut:]
        is_zero = scaled == 0
    else:
        if kind in 'gG':
            figures = max(precision, 1)
        else:
            figures = precision + 1
        scaled, exponent = _scientific(num, den, figures)
        is_zero = scaled == 0
        digits = str(scaled).rjust(figures, '0')
        marker = 'e' if kind in 'eg' else 'E'
        if kind in 'gG' and -4 <= exponent < figures:
            places = figures - 1 - exponent
            digits = digits.rjust(places + 1, '0')
            cut = len(digits) - places
            head, tail = digits[:cut], digits[cut:]
        else:
            head, tail = digits[0], digits[1:]
            suffix = '%s%+03d' % (marker, exponent)
        if kind in 'gG' and not opts['alt']:
            tail = tail.rstrip('0')
    point = '.' if tail or opts['alt'] else ''
    if negative and not (is_zero and opts['z']):
        sign = '-'
    elif opts['sign'] in '+ ':
        sign = opts['sign']
    else:
        sign = ''
    width = opts['width']
    rest = point + tail + suffix
    if opts['zeropad']:
        head = _group_digits(head, opts['group'], width - len(sign) - len(rest))
    else:
        head = _group_digits(head, opts['group'], 0)
    fill = opts['fill'] or ' '
    align = opts['align'] or '>'
    body = head + rest
    gap = width - len(sign) - len(body)
    if gap <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * gap
    if align == '=':
        return sign + fill * gap + body
    if align == '^':
        left = gap // 2
        return fill * left + sign + body + fill * (gap - left)
    return fill * gap + sign + body


def _single_argument(value):
    """(numerator, denominator, in_lowest_terms) for Fraction(value)."""
    if type(value) is int:
        return value, 1, True
    if isinstance(value, _Rational):
        return value.numerator, value.denominator, True
    if isinstance(value, float) or _is_decimal(value):
        return value.as_integer_ratio() + (True,)
    if not isinstance(value, str):
        raise TypeError('argument should be a string or a Rational instance')
    pair = _parse_literal(value)
    if pair is None:
        raise ValueError('Invalid literal for Fraction: %r' % value)
    return pair + (False,)


# -- the Fraction type -------------------------------------------------------------

def _mixed_operator(exact, generic, complex_too=True):
    """Build the forward and reflected special methods of a binary operator:
    `exact` works on two rationals (Fractions or ints), `generic` is the
    operator applied once the operands are floats or complexes."""

    def forward(a, b):
        if isinstance(b, (Fraction, int)):
            return exact(a, b)
        if isinstance(b, float):
            return generic(float(a), b)
        if complex_too and isinstance(b, complex):
            return generic(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, _Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return generic(float(a), float(b))
        if complex_too and isinstance(a, numbers.Complex):
            return generic(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__%s__' % generic.__name__
    reflected.__name__ = '__r%s__' % generic.__name__
    forward.__doc__ = reflected.__doc__ = exact.__doc__
    return forward, reflected


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, kept in lowest terms with a
    positive denominator.

    Fraction(7, -21) == Fraction(-1, 3); Fraction(other_rational),
    Fraction(float_or_decimal) (exactly) and Fraction(string) also work,
    the string being like '3/7', '-1.5', ' 2e-3 ' or '1_000'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            num, den, lowest = _single_argument(numerator)
        elif type(numerator) is int and type(denominator) is int:
            num, den, lowest = numerator, denominator, False
        elif isinstance(numerator, _Rational) and isinstance(denominator, _Rational):
            num = numerator.numerator * denominator.denominator
            den = denominator.numerator * numerator.denominator
            lowest = False
        else:
            raise TypeError('both arguments should be Rational instances')
        if not lowest:
            if den == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % num)
            common = math.gcd(num, den)
            if den < 0:
                common = -common
            num, den = num // common, den // common
        return cls._coprime(num, den)

    @classmethod
    def _coprime(cls, num, den):
        # num and den already in lowest terms, den > 0: no checks needed.
        made = object.__new__(cls)
        made._numerator, made._denominator = num, den
        return made

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f as a fraction (an int is
        accepted too)."""
        if isinstance(f, int) or isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls._coprime(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec as a fraction (an int is
        accepted too)."""
        if isinstance(dec, int) or isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._coprime(*dec.as_integer_ratio())

    def is_integer(self):
        """True when the denominator is 1."""
        return self.denominator == 1

    def as_integer_ratio(self):
        """The pair (numerator, denominator), denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The fraction nearest to self whose denominator is at most
        max_denominator, e.g. Fraction('3.141592653589793')
        .limit_denominator(10) == Fraction(22, 7)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Walk the convergents h/k of the continued fraction until the next
        # one's denominator would be too big.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            k_next = k_prev + term * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + term * h, k_next
            top, bottom = bottom, top - term * bottom
        # The best answer is either the last convergent or the largest
        # semiconvergent between it and the one before.
        steps = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + steps * h, k_prev + steps * k)
        conv = Fraction(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        num, den = self._numerator, self._denominator
        return '%s(%s, %s)' % (type(self).__name__, num, den)

    def __str__(self):
        num, den = self._numerator, self._denominator
        return str(num) if den == 1 else '%s/%s' % (num, den)

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        return _format_fraction(self, format_spec)

    # Arithmetic.  The exact helpers take two rationals (Fraction or int).

    def _exact_add(a, b):
        """a + b"""
        p, q = a.denominator, b.denominator
        return _reduced(a.numerator * q + b.numerator * p, p * q)

    def _exact_sub(a, b):
        """a - b"""
        p, q = a.denominator, b.denominator
        return _reduced(a.numerator * q - b.numerator * p, p * q)

    def _exact_mul(a, b):
        """a * b"""
        return _reduced(a.numerator * b.numerator,
                        a.denominator * b.denominator)

    def _exact_div(a, b):
        """a / b"""
        num, den = a.numerator * b.denominator, a.denominator * b.numerator
        if den == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % b.denominator)
        if den < 0:
            num, den = -num, -den
        return _reduced(num, den)

    def _exact_floordiv(a, b):
        """a // b"""
        return ((a.numerator * b.denominator)
                // (a.denominator * b.numerator))

    def _exact_divmod(a, b):
        """(a // b, a % b)"""
        below = a.denominator * b.denominator
        quot, rem = divmod(a.numerator * b.denominator,
                           a.denominator * b.numerator)
        return quot, _reduced(rem, below)

    def _exact_mod(a, b):
        """a % b"""
        below = a.denominator * b.denominator
        return _reduced((a.numerator * b.denominator)
                        % (b.numerator * a.denominator), below)

    __add__, __radd__ = _mixed_operator(_exact_add, operator.add)
    __sub__, __rsub__ = _mixed_operator(_exact_sub, operator.sub)
    __mul__, __rmul__ = _mixed_operator(_exact_mul, operator.mul)
    __truediv__, __rtruediv__ = _mixed_operator(_exact_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _mixed_operator(_exact_floordiv,
                                                  operator.floordiv)
    __divmod__, __rdivmod__ = _mixed_operator(_exact_divmod, divmod)
    __mod__, __rmod__ = _mixed_operator(_exact_mod, operator.mod)

    def __pow__(a, b):
        """a ** b; exact when b is an integer, float or complex otherwise."""
        if not isinstance(b, _Rational):
            # Anything else is left to float's power (and its errors).
            return float(a) ** b
        if b.denominator != 1:
            # A root: leave it to floats (complex for negative bases).
            return float(a) ** float(b)
        power = b.numerator
        num, den = a._numerator, a._denominator
        if power < 0:
            if num == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % den ** -power)
            # Invert first, keeping the denominator positive.
            num, den, power = den, num, -power
            if den < 0:
                num, den = -num, -den
        return Fraction._coprime(num ** power, den ** power)

    def __rpow__(b, a):
        """a ** b"""
        num, den = b._numerator, b._denominator
        if den == 1 and num >= 0:
            return a ** num
        if isinstance(a, _Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (num if den == 1 else float(b))

    def __pos__(a):
        """+a"""
        return Fraction._coprime(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._coprime(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._coprime(abs(a._numerator), a._denominator)

    def __int__(a):
        """int(a), truncating toward zero."""
        num, den = a._numerator, a._denominator
        return num // den if num >= 0 else -(-num // den)

    __trunc__ = __int__

    def __floor__(a):
        """math.floor(a)"""
        num, den = a._numerator, a._denominator
        return num // den

    def __ceil__(a):
        """math.ceil(a)"""
        num, den = a._numerator, a._denominator
        return -(-num // den)

    def __round__(self, ndigits=None):
        """round(self, ndigits), ties going to the even neighbour."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """hash(self), equal to the hash of an equal int or float."""
        # The hash of n/d is n * (inverse of d) modulo the prime _HASH_MOD;
        # when d is a multiple of that prime it has no inverse.
        try:
            inverse = pow(self._denominator, -1, _HASH_MOD)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        if result == -1:
            result = -2   # -1 is reserved for errors
        return result

    def __eq__(a, b):
        """a == b"""
        if isinstance(b, _Rational):
            return (a._numerator, a._denominator) == (b.numerator, b.denominator)
        if isinstance(b, numbers.Complex) and not b.imag:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isfinite(b):
            return a == Fraction._coprime(*b.as_integer_ratio())
        return b == 0.0

    def _compare(self, other, test):
        # Ordering against rationals is exact, against finite floats too;
        # infinities and NaN compare as zero would.
        if isinstance(other, float):
            if not math.isfinite(other):
                return test(0.0, other)
            other = Fraction._coprime(*other.as_integer_ratio())
        elif not isinstance(other, _Rational):
            return NotImplemented
        return test(self._numerator * other.denominator,
                    other.numerator * self._denominator)

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Pickling and copying: Fractions are immutable.

    def __reduce__(self):
        return type(self), self.as_integer_ratio()

    def __copy__(self):
        cls = type(self)
        return self if cls is Fraction else cls(*self.as_integer_ratio())

    def __deepcopy__(self, memo):
        return self.__copy__()


def _reduced(num, den):
    """Fraction(num, den) for den > 0, reduced."""
    common = math.gcd(num, den)
    if common != 1:
        num //= common
        den //= common
    return Fraction._coprime(num, den)
