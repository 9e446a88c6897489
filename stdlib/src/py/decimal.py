"""Decimal fixed and floating point arithmetic (CPython's decimal module, written for pyrs).

Numbers are kept as a sign, an integer coefficient and a power-of-ten
exponent (or a special kind: Infinity, quiet NaN, signalling NaN), and every
operation is carried out on Python ints and then rounded to the context.
"""

import math as _m
import sys as _sys
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

try:
    import threading as _threading
    _tls = _threading.local()
except ImportError:          # pragma: no cover
    class _Holder:
        pass
    _tls = _Holder()

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

# The rounding modes are plain strings naming themselves.
_MODES = ('ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP',
          'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP')
(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
 ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP) = _MODES
_MODE_SET = frozenset(_MODES)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class of all the signals of this module."""


class Clamped(DecimalException):
    """An exponent was altered to fit the context's limits."""


class InvalidOperation(DecimalException):
    """The operation has no meaningful result."""


class ConversionSyntax(InvalidOperation):
    """A string could not be read as a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """The integer part of a quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Digits (perhaps zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result is below the normal range."""


class Overflow(Inexact, Rounded):
    """The result is too large to be represented."""


class Underflow(Inexact, Rounded, Subnormal):
    """The result is subnormal and inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with decimals."""


# Status bits, in the order the context repr lists them.
_B_CLAMPED = 1
_B_SYNTAX = 2
_B_DIVZERO = 4
_B_DIVIMPOSSIBLE = 8
_B_DIVUNDEFINED = 16
_B_INEXACT = 64
_B_BADCONTEXT = 128
_B_INVALID = 256
_B_MALLOC = 512
_B_FLOAT = 1024
_B_OVERFLOW = 2048
_B_ROUNDED = 4096
_B_SUBNORMAL = 8192
_B_UNDERFLOW = 16384
_B_INEXACT_ROUNDED = _B_INEXACT | _B_ROUNDED
_B_INVALID_ALL = (_B_SYNTAX | _B_DIVIMPOSSIBLE | _B_DIVUNDEFINED
                  | _B_BADCONTEXT | _B_INVALID | _B_MALLOC)

# The public signals, in signal-dict order, with the bits each stands for.
_SIGNAL_ORDER = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
                 Underflow, Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BITS = {
    InvalidOperation: _B_INVALID_ALL, FloatOperation: _B_FLOAT,
    DivisionByZero: _B_DIVZERO, Overflow: _B_OVERFLOW,
    Underflow: _B_UNDERFLOW, Subnormal: _B_SUBNORMAL, Inexact: _B_INEXACT,
    Rounded: _B_ROUNDED, Clamped: _B_CLAMPED,
}
# The specific conditions named in the message of a trapped exception.
_CONDITIONS = ((_B_INVALID, InvalidOperation), (_B_SYNTAX, ConversionSyntax),
               (_B_DIVIMPOSSIBLE, DivisionImpossible),
               (_B_DIVUNDEFINED, DivisionUndefined),
               (_B_BADCONTEXT, InvalidContext))
_REPR_NAMES = ((_B_CLAMPED, 'Clamped'), (_B_DIVZERO, 'DivisionByZero'),
               (_B_INEXACT, 'Inexact'), (_B_FLOAT, 'FloatOperation'),
               (_B_OVERFLOW, 'Overflow'), (_B_ROUNDED, 'Rounded'),
               (_B_SUBNORMAL, 'Subnormal'), (_B_UNDERFLOW, 'Underflow'))

_BAD_SIGNAL = ('valid values for signals are:\n'
               '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
               '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
               '   Clamped]')
_BAD_ROUNDING = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


def _bits_names(bits):
    """The signal names of a status word, in libmpdec's order."""
    names = []
    invalid_done = False
    bit = 1
    while bit <= _B_UNDERFLOW:
        if bits & bit:
            if bit & _B_INVALID_ALL:
                if not invalid_done:
                    names.append('InvalidOperation')
                    invalid_done = True
            else:
                for b, name in _REPR_NAMES:
                    if b == bit:
                        names.append(name)
        bit <<= 1
    return names


# ---------------------------------------------------------- int helpers

_TEN_POWERS = [10 ** i for i in range(64)]
# Bounds the helpers below test against, computed once (10 ** 3000 is a big product).
_STR_BOUND = 10 ** 3000
# Comparing with an int this small is much cheaper than with the ones above.
_E18 = 10 ** 18
# Below this bound the length of str(c) is the cheapest digit count.
_LEN_BOUND = 10 ** 120


def _p10(n):
    if n < 64:
        return _TEN_POWERS[n]
    return 10 ** n


def _ndigits(c):
    """Number of decimal digits of the non-negative int c (1 for zero)."""
    if c < _E18 or c < _LEN_BOUND:
        return len(str(c))
    guess = (c.bit_length() - 1) * 30103 // 100000
    while c >= _p10(guess + 1):
        guess += 1
    while c < _p10(guess):
        guess -= 1
    return guess + 1


def _digits_of(c):
    """Decimal string of a non-negative int, of any size."""
    if c < _E18 or c < _STR_BOUND:
        return str(c)
    half = (_ndigits(c) + 1) // 2
    hi, lo = divmod(c, _p10(half))
    return _digits_of(hi) + _digits_of(lo).rjust(half, '0')


def _int_of(digits):
    """Int value of a string of ASCII digits, of any length."""
    if len(digits) <= 3000:
        return int(digits)
    half = len(digits) // 2
    return _int_of(digits[:-half]) * _p10(half) + _int_of(digits[-half:])


def _strip_zeros(c, e, limit):
    """Remove trailing zeros of c while the exponent stays <= limit."""
    if c == 0:
        return c, e
    while e < limit and c % 10 == 0:
        room = limit - e
        step = 16 if room >= 16 else room
        q, r = divmod(c, _TEN_POWERS[step])
        if r == 0:
            c, e = q, e + step
        else:
            c, e = c // 10, e + 1
            if c % 10:
                break
    return c, e


def _round_up_needed(mode, neg, kept, vs_half):
    """Whether to add one to `kept` when nonzero digits were cut off.

    vs_half is -1, 0 or 1 as the cut-off part is below, at or above half.
    """
    if mode == ROUND_HALF_EVEN:
        return vs_half > 0 or (vs_half == 0 and kept & 1)
    if mode == ROUND_HALF_UP:
        return vs_half >= 0
    if mode == ROUND_HALF_DOWN:
        return vs_half > 0
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return not neg
    if mode == ROUND_FLOOR:
        return bool(neg)
    return kept % 10 in (0, 5)          # ROUND_05UP


def _cut(c, drop, mode, neg):
    """Drop `drop` low digits of c with rounding; returns (coef, inexact)."""
    if drop <= 0:
        return c, False
    if drop > _ndigits(c) + 1:
        if c == 0:
            return 0, False
        kept, vs_half = 0, -1
    else:
        unit = _p10(drop)
        kept, rest = divmod(c, unit)
        if rest == 0:
            return kept, False
        twice = rest * 2
        vs_half = (twice > unit) - (twice < unit)
    if _round_up_needed(mode, neg, kept, vs_half):
        kept += 1
    return kept, True


class _Tally:
    """Status bits gathered while one operation runs."""
    __slots__ = ('bits',)

    def __init__(self):
        self.bits = 0


# ------------------------------------------------------------- contexts

class SignalDict(_MutableMapping):
    """A live view of a context's flags or traps, keyed by signal."""

    def __init__(self, ctx, which):
        self._ctx = ctx
        self._which = which

    def _word(self):
        return getattr(self._ctx, self._which)

    def __getitem__(self, sig):
        bits = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
        if bits is None:
            raise KeyError(_BAD_SIGNAL)
        return bool(self._word() & bits)

    def __setitem__(self, sig, value):
        bits = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
        if bits is None:
            raise KeyError(_BAD_SIGNAL)
        word = self._word()
        word = (word | bits) if value else (word & ~bits)
        self._ctx._set_word(self._which, word)

    def __delitem__(self, sig):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(_SIGNAL_ORDER)

    def __len__(self):
        return len(_SIGNAL_ORDER)

    def __repr__(self):
        word = self._word()
        parts = ['%r:%s' % (s, bool(word & _SIGNAL_BITS[s]))
                 for s in _SIGNAL_ORDER]
        return '{' + ', '.join(parts) + '}'

    def copy(self):
        return {s: self[s] for s in _SIGNAL_ORDER}


def _bits_from(value, lists=True):
    """Status word for the flags= / traps= argument of Context (a list of
    signals is accepted there and by localcontext, not by the setters)."""
    if isinstance(value, SignalDict):
        return value._word()
    if isinstance(value, dict):
        if len(value) != len(_SIGNAL_ORDER):
            raise KeyError('invalid signal dict')
        word = 0
        for sig, on in value.items():
            bits = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
            if bits is None:
                raise KeyError('invalid signal dict')
            if on:
                word |= bits
        return word
    if lists and isinstance(value, list):
        word = 0
        for sig in value:
            bits = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
            if bits is None:
                raise KeyError(_BAD_SIGNAL)
            word |= bits
        return word
    raise TypeError('argument must be a signal dict')


def _need_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


class Context(object):
    """The environment of an arithmetic operation: precision, rounding,
    exponent limits, and the flags and traps of the signals."""

    # _erange, _small, _bound and _heed cache what the fast paths of the
    # arithmetic test a result against (see _relimit); whatever changes
    # prec, Emin, Emax, the flags or the traps renews them.
    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals',
                 '_clamp', '_flagword', '_trapword', '_erange', '_small',
                 '_bound', '_heed')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        tpl = _templates.get('default')
        if tpl is not None:
            base = (tpl._prec, tpl._rounding, tpl._emin, tpl._emax,
                    tpl._capitals, tpl._clamp, tpl._trapword)
        else:
            base = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                    _B_INVALID_ALL | _B_DIVZERO | _B_OVERFLOW)
        # valid placeholders, so that each setter below can renew the limits
        object.__setattr__(self, '_prec', base[0])
        object.__setattr__(self, '_emin', base[2])
        object.__setattr__(self, '_emax', base[3])
        object.__setattr__(self, '_flagword', 0)
        object.__setattr__(self, '_trapword', 0)
        self.prec = base[0] if prec is None else prec
        self.rounding = base[1] if rounding is None else rounding
        self.Emin = base[2] if Emin is None else Emin
        self.Emax = base[3] if Emax is None else Emax
        self.capitals = base[4] if capitals is None else capitals
        self.clamp = base[5] if clamp is None else clamp
        self._set_word('_flagword', 0 if flags is None else _bits_from(flags))
        self._set_word('_trapword', base[6] if traps is None else _bits_from(traps))

    # -- attributes
    def __setattr__(self, name, value):
        if name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                    'flags', 'traps'):
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not 1 <= _need_int(value) <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        object.__setattr__(self, '_prec', value)
        self._relimit()

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _MODES:
            raise TypeError(_BAD_ROUNDING)
        object.__setattr__(self, '_rounding', _MODES[_MODES.index(value)])

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        if not MIN_EMIN <= _need_int(value) <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        object.__setattr__(self, '_emin', value)
        self._relimit()

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        if not 0 <= _need_int(value) <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, '_emax', value)
        self._relimit()

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if _need_int(value) not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        object.__setattr__(self, '_capitals', int(value))

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if _need_int(value) not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        object.__setattr__(self, '_clamp', int(value))

    @property
    def flags(self):
        return SignalDict(self, '_flagword')

    @flags.setter
    def flags(self, value):
        self._set_word('_flagword', _bits_from(value, False))

    @property
    def traps(self):
        return SignalDict(self, '_trapword')

    @traps.setter
    def traps(self, value):
        self._set_word('_trapword', _bits_from(value, False))

    def _relimit(self):
        # A finite result c * 10**e with e in _erange (Emin <= e <= Etop)
        # and c < _small or c < _bound fits the context as it is (at most
        # prec digits, normal, no overflow, nothing to clamp).  Testing e
        # against a range is one operation; _small is an int of at most 18
        # digits, cheaper to compare than _bound.  _heed holds the status
        # bits that are trapped or not yet flagged: an operation whose bits
        # miss it has nothing to record.
        prec = self._prec
        object.__setattr__(self, '_erange', range(self._emin, self._emax - prec + 2))
        object.__setattr__(self, '_small', _TEN_POWERS[prec] if prec < 18 else _TEN_POWERS[18])
        object.__setattr__(self, '_bound', _TEN_POWERS[prec] if prec < 64 else 0)
        object.__setattr__(self, '_heed', self._trapword | ~self._flagword)

    def _set_word(self, which, word):
        """Store the flags word or the traps word (which names the slot)."""
        object.__setattr__(self, which, word)
        self._relimit()

    def Etiny(self):
        """Smallest exponent of a subnormal number: Emin - prec + 1."""
        return self._emin - self._prec + 1

    def Etop(self):
        """Largest exponent when clamping: Emax - prec + 1."""
        return self._emax - self._prec + 1

    def clear_flags(self):
        """Reset all the flags."""
        self._set_word('_flagword', 0)

    def clear_traps(self):
        """Reset all the traps."""
        self._set_word('_trapword', 0)

    def copy(self):
        """A new context with the same settings, flags and traps."""
        twin = Context.__new__(Context)
        for slot in Context.__slots__:
            object.__setattr__(twin, slot, getattr(self, slot))
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._emin, self._emax,
                          self._capitals, self._clamp,
                          [s for s in _SIGNAL_ORDER if self.flags[s]],
                          [s for s in _SIGNAL_ORDER if self.traps[s]]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._emin, self._emax,
                   self._capitals, self._clamp,
                   ', '.join(_bits_names(self._flagword)),
                   ', '.join(_bits_names(self._trapword))))

    # -- signalling
    def _apply(self, bits):
        """Record the status bits of an operation; raise if one is trapped."""
        if not bits:
            return
        if bits & ~self._flagword:
            self._set_word('_flagword', self._flagword | bits)
        hit = bits & self._trapword
        if not hit:
            return
        listed = [cls for b, cls in _CONDITIONS if hit & b]
        others = hit & ~_B_INVALID_ALL
        for sig in _SIGNAL_ORDER[1:]:
            if others & _SIGNAL_BITS[sig]:
                listed.append(sig)
        if hit & _B_INVALID_ALL:
            kind = InvalidOperation
        else:
            kind = listed[0]
        raise kind(listed)

    def _finish(self, tally, result):
        self._apply(tally.bits)
        return result

    # -- conversions
    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, str):
            t = _Tally()
            d = _from_string(num, self, t, True)
            if d._kind == 0:
                d = _fit(d._neg, d._coef, d._expo, self, t)
            return self._finish(t, d)
        if isinstance(num, float):
            self._apply_float_conversion()
            return self._fit_to_context(_from_float(num))
        return self._fit_to_context(Decimal(num, self))

    def _fit_to_context(self, d):
        t = _Tally()
        if d._kind >= 2:
            d = _nan_fit(d, self, t, True)
        elif d._kind == 0:
            d = _fit(d._neg, d._coef, d._expo, self, t)
        return self._finish(t, d)

    def _apply_float_conversion(self):
        self._apply(_B_FLOAT)

    def create_decimal_from_float(self, f):
        """A Decimal from the int or float f, rounded to this context."""
        if not isinstance(f, (int, float)):
            raise TypeError('argument must be int or float')
        # An explicit conversion: FloatOperation is not signalled.
        return self._fit_to_context(Decimal.from_float(f))

    def _dec(self, x):
        return _strict(x, self)

    def abs(self, a):
        """Absolute value of a, rounded."""
        return self._dec(a).__abs__(context=self)

    def add(self, a, b):
        """Sum of a and b."""
        return self._dec(a)._py_add(self._dec(b), context=self)

    def subtract(self, a, b):
        """Difference of a and b."""
        return self._dec(a)._py_sub(self._dec(b), context=self)

    def multiply(self, a, b):
        """Product of a and b."""
        return self._dec(a)._py_mul(self._dec(b), context=self)

    def divide(self, a, b):
        """Quotient of a and b."""
        return self._dec(a).__truediv__(self._dec(b), context=self)

    def divide_int(self, a, b):
        """Integer part of the quotient of a and b."""
        return self._dec(a).__floordiv__(self._dec(b), context=self)

    def remainder(self, a, b):
        """Remainder of the truncating division of a by b."""
        return self._dec(a).__mod__(self._dec(b), context=self)

    def divmod(self, a, b):
        """Integer quotient and remainder of a and b."""
        return self._dec(a).__divmod__(self._dec(b), context=self)

    def power(self, a, b, modulo=None):
        """a raised to the power b, optionally modulo `modulo`."""
        a = self._dec(a)
        b = self._dec(b)
        if modulo is not None:
            modulo = self._dec(modulo)
        return a.__pow__(b, modulo, context=self)

    def minus(self, a):
        """Negation of a, rounded."""
        return self._dec(a).__neg__(context=self)

    def plus(self, a):
        """a rounded to the context."""
        return self._dec(a).__pos__(context=self)

    def copy_decimal(self, a):
        """A copy of a."""
        return _plain(self._dec(a))

    def to_sci_string(self, a):
        """Scientific string of a."""
        return _text(self._dec(a), self._capitals)

    def to_eng_string(self, a):
        """Engineering string of a."""
        return _text(self._dec(a), self._capitals, True)

    def radix(self):
        """The radix, always 10."""
        return Decimal(10)

    def canonical(self, a):
        """The canonical form of a (a itself)."""
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def number_class(self, a):
        return self._dec(a).number_class(context=self)

    def is_normal(self, a):
        return self._dec(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._dec(a).is_subnormal(context=self)

    def logb(self, a):
        return self._dec(a).logb(context=self)

    def _unary(name):
        def method(self, a):
            return getattr(self._dec(a), name)(context=self)
        method.__name__ = name
        return method

    def _plain_unary(name):
        def method(self, a):
            return getattr(self._dec(a), name)()
        method.__name__ = name
        return method

    def _binary(name):
        def method(self, a, b):
            return getattr(self._dec(a), name)(self._dec(b), context=self)
        method.__name__ = name
        return method

    exp = _unary('exp')
    ln = _unary('ln')
    log10 = _unary('log10')
    sqrt = _unary('sqrt')
    normalize = _unary('normalize')
    next_minus = _unary('next_minus')
    next_plus = _unary('next_plus')
    to_integral = _unary('to_integral')
    to_integral_exact = _unary('to_integral_exact')
    to_integral_value = _unary('to_integral_value')
    logical_invert = _unary('logical_invert')
    copy_abs = _plain_unary('copy_abs')
    copy_negate = _plain_unary('copy_negate')
    is_finite = _plain_unary('is_finite')
    is_infinite = _plain_unary('is_infinite')
    is_nan = _plain_unary('is_nan')
    is_qnan = _plain_unary('is_qnan')
    is_snan = _plain_unary('is_snan')
    is_signed = _plain_unary('is_signed')
    is_zero = _plain_unary('is_zero')
    compare = _binary('compare')
    compare_signal = _binary('compare_signal')
    max = _binary('max')
    max_mag = _binary('max_mag')
    min = _binary('min')
    min_mag = _binary('min_mag')
    next_toward = _binary('next_toward')
    remainder_near = _binary('remainder_near')
    rotate = _binary('rotate')
    scaleb = _binary('scaleb')
    shift = _binary('shift')
    logical_and = _binary('logical_and')
    logical_or = _binary('logical_or')
    logical_xor = _binary('logical_xor')
    del _unary, _plain_unary, _binary

    def compare_total(self, a, b):
        return self._dec(a).compare_total(self._dec(b))

    def compare_total_mag(self, a, b):
        return self._dec(a).compare_total_mag(self._dec(b))

    def copy_sign(self, a, b):
        return self._dec(a).copy_sign(self._dec(b))

    def same_quantum(self, a, b):
        return self._dec(a).same_quantum(self._dec(b))

    def fma(self, a, b, c):
        return self._dec(a).fma(b, c, context=self)

    def _py_quantize(self, a, b):
        """a rounded to the exponent of b."""
        if type(a) is Decimal and type(b) is Decimal and not (a._kind or b._kind):
            # the fast path of Decimal.quantize, copied here to save a call
            target = b._expo
            drop = target - a._expo
            if 0 < drop < 64 and target in self._erange:
                c = a._coef
                bits = 0
                if c:
                    unit = _TEN_POWERS[drop]
                    kept = c // unit
                    rest = c - kept * unit
                    bits = _B_ROUNDED
                    if rest:
                        bits = _B_INEXACT_ROUNDED
                        mode = self._rounding
                        if mode == ROUND_HALF_EVEN:
                            twice = rest * 2
                            if twice > unit or (twice == unit and kept & 1):
                                kept += 1
                        elif mode != ROUND_DOWN:
                            twice = rest * 2
                            if _round_up_needed(mode, a._neg, kept,
                                                (twice > unit) - (twice < unit)):
                                kept += 1
                    c = kept
                if c < self._small or c < self._bound:
                    d = _new(Decimal)
                    d._neg = a._neg
                    d._coef = c
                    d._expo = target
                    d._kind = _FINITE
                    if bits & self._heed:
                        self._apply(bits)
                    return d
            return Decimal._py_quantize(a, b, None, self)
        if not isinstance(a, Decimal):
            a = _strict(a, self)
        if not isinstance(b, Decimal):
            b = _strict(b, self)
        return Decimal._py_quantize(a, b, None, self)


_templates = {}


def getcontext():
    """The context of the current thread."""
    try:
        return _tls.decimal_context
    except AttributeError:
        ctx = Context()
        _tls.decimal_context = ctx
        return ctx


def setcontext(context):
    """Make `context` the context of the current thread."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _tls.decimal_context = context


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _LocalContextManager(object):
    """Installs a copy of a context for the duration of a with block."""

    def __init__(self, ctx):
        self._new = ctx
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs a block with a copy of `ctx` (or of the
    current context), optionally changed by keyword arguments."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key in ('flags', 'traps') and isinstance(value, list):
            new._set_word('_flagword' if key == 'flags' else '_trapword', _bits_from(value))
        else:
            setattr(new, key, value)
    return _LocalContextManager(new)


def _ctx_arg(context):
    if context is None:
        try:
            return _tls.decimal_context
        except AttributeError:
            return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# ------------------------------------------------------------ the number

_FINITE, _INF, _QNAN, _SNAN = 0, 1, 2, 3


_new = object.__new__


def _mk(neg, coef, expo, kind=_FINITE):
    d = _new(Decimal)
    d._neg = neg
    d._coef = coef
    d._expo = expo
    d._kind = kind
    return d


def _plain(d):
    """d as an exact instance of Decimal itself."""
    if type(d) is Decimal:
        return d
    return _mk(d._neg, d._coef, d._expo, d._kind)


def _from_float(f):
    if f != f:
        return _mk(0, 0, 0, _QNAN)
    if f in (float('inf'), float('-inf')):
        return _mk(int(f < 0), 0, 0, _INF)
    neg = int(_m.copysign(1.0, f) < 0)
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1
    return _mk(neg, num * 5 ** k, -k)


def _strict(x, ctx):
    """x as a Decimal for a Context method (ints accepted)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _mk(int(x < 0), abs(x), 0)
    raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)


def _operand(x):
    """x as a Decimal for an arithmetic operator, or None."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _mk(int(x < 0), abs(x), 0)
    return None


def _no_operand(op, left, right):
    # The interpreter reports the refusal, naming Decimal as CPython's C type.
    return NotImplemented


def _from_string(text, ctx, tally, fit_nan):
    """Parse text as a Decimal (exactly); bad syntax signals ConversionSyntax."""
    parsed = _parse(text)
    if parsed is None:
        tally.bits |= _B_SYNTAX
        return _mk(0, 0, 0, _QNAN)
    neg, coef, expo, kind = parsed
    if kind >= _QNAN and fit_nan and coef:
        if _ndigits(coef) > ctx._prec - ctx._clamp:
            tally.bits |= _B_SYNTAX
            return _mk(0, 0, 0, _QNAN)
    return _mk(neg, coef, expo, kind)


def _parse(text):
    s = text.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isascii():
                chars.append(ch)
            elif ch.isdecimal():
                chars.append(str(int(ch)))
            else:
                return None
        s = ''.join(chars)
    if not s:
        return None
    neg = 0
    if s[0] in '+-':
        neg = int(s[0] == '-')
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return neg, 0, 0, _INF
    for prefix, kind in (('snan', _SNAN), ('nan', _QNAN)):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return neg, (_int_of(payload) if payload else 0), 0, kind
    mant, sep, tail = low.partition('e')
    expo = 0
    if sep:
        sign = 1
        if tail[:1] in ('+', '-'):
            sign = -1 if tail[0] == '-' else 1
            tail = tail[1:]
        if not tail or not tail.isdigit():
            return None
        expo = sign * int(tail)
    whole, dot, frac = mant.partition('.')
    if not (whole or frac):
        return None
    if (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    return neg, _int_of(whole + frac) if (whole + frac) else 0, expo - len(frac), _FINITE


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, expo = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    kind = _FINITE
    if isinstance(expo, str):
        if expo not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = {'F': _INF, 'n': _QNAN, 'N': _SNAN}[expo]
        expo = 0
    elif not isinstance(expo, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dig in digits:
        if not (isinstance(dig, int) and 0 <= dig <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dig
    if kind == _INF:
        coef = 0
    return _mk(int(sign), coef, int(expo), kind)


def _text(d, caps, eng=False):
    """The scientific (or engineering) string of d."""
    sign = '-' if d._neg else ''
    if d._kind == _INF:
        return sign + 'Infinity'
    if d._kind >= _QNAN:
        tag = 'sNaN' if d._kind == _SNAN else 'NaN'
        return sign + tag + (_digits_of(d._coef) if d._coef else '')
    c = d._coef
    digs = str(c) if c < _E18 or c < _STR_BOUND else _digits_of(c)
    e = d._expo
    n = len(digs)
    adj = e + n - 1
    if e <= 0 and adj >= -6:
        if e == 0:
            return sign + digs
        if n > -e:
            return sign + digs[:n + e] + '.' + digs[n + e:]
        return sign + '0.' + '0' * (-e - n) + digs
    if not eng:
        lead, shown = 1, adj
    elif d._coef == 0:
        if e % 3 == 0:
            return sign + '0' + _exp_text(e, caps)
        up = e + (3 - e % 3)
        return sign + '0.' + '0' * (up - e) + _exp_text(up, caps)
    else:
        lead = adj % 3 + 1
        shown = adj - adj % 3
    if n < lead:
        digs += '0' * (lead - n)
    body = digs[:lead]
    if len(digs) > lead:
        body += '.' + digs[lead:]
    if shown == 0:
        return sign + body
    return sign + body + _exp_text(shown, caps)


def _exp_text(x, caps):
    return ('E' if caps else 'e') + ('+' if x >= 0 else '-') + str(abs(x))


def _decimal_args(value='0', context=None):
    return value, context


def _refuse_decimal_args(args, kwargs):
    # The messages of C's argument parser for Decimal(value='0', context=None).
    given = len(args) + len(kwargs)
    if given > 2:
        raise TypeError(f"function takes at most 2 {'' if args else 'keyword '}arguments "
                        f'({given} given)')
    for position, name in enumerate(('value', 'context')[:len(args)], 1):
        if name in kwargs:
            raise TypeError(f"argument for function given by name ('{name}') and "
                            f'position ({position})')
    for key in kwargs:
        if key not in ('value', 'context'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")


class Decimal(object):
    """Floating point number with a decimal coefficient and exponent.

    Decimal(value='0', context=None) accepts a string, an int, a float, a
    (sign, digits, exponent) tuple or another Decimal, and is always exact.
    """

    __slots__ = ('_neg', '_coef', '_expo', '_kind')

    def __new__(cls, *args, **kwargs):
        if len(args) == 1 and not kwargs:
            value = args[0]
            kind = type(value)
            if kind is str or kind is int or kind is Decimal:
                # the common cases, done here: the current context is looked
                # up (and made if need be), as the general path does
                try:
                    _tls.decimal_context
                except AttributeError:
                    getcontext()
                if kind is str:
                    # plain [-]digits[.digits]: at most 3000 digits keep the
                    # exponent in range, so nothing can be signalled
                    whole, dot, frac = value.partition('.')
                    neg = 0
                    if whole[:1] == '-':
                        neg = 1
                        whole = whole[1:]
                    digits = whole + frac if dot else whole
                    if digits.isdigit() and digits.isascii() and len(digits) <= 3000:
                        self = _new(cls)
                        self._neg = neg
                        self._coef = int(digits)
                        self._expo = -len(frac)
                        self._kind = _FINITE
                        return self
                elif kind is int:
                    self = _new(cls)
                    if value < 0:
                        self._neg = 1
                        self._coef = -value
                    else:
                        self._neg = 0
                        self._coef = value
                    self._expo = 0
                    self._kind = _FINITE
                    return self
                elif cls is Decimal:
                    # an exact Decimal is immutable: it is its own conversion
                    return value
            context = None
        else:
            try:
                value, context = _decimal_args(*args, **kwargs)
            except TypeError:
                _refuse_decimal_args(args, kwargs)
                raise
        if isinstance(value, Decimal):
            _ctx_arg(context)
            src = value
        elif isinstance(value, str):
            ctx = _ctx_arg(context)
            t = _Tally()
            src = _from_string(value, ctx, t, False)
            if src._kind == _FINITE and src._coef:
                adj = src._expo + _ndigits(src._coef) - 1
                if adj > MAX_EMAX or src._expo < MIN_ETINY:
                    t.bits |= _B_INVALID
                    src = _mk(0, 0, 0, _QNAN)
            elif src._kind == _FINITE and not (MIN_ETINY <= src._expo <= MAX_EMAX):
                t.bits |= _B_INVALID
                src = _mk(0, 0, 0, _QNAN)
            ctx._apply(t.bits)
        elif isinstance(value, int):
            _ctx_arg(context)
            src = _mk(int(value < 0), abs(value), 0)
        elif isinstance(value, float):
            ctx = _ctx_arg(context)
            ctx._apply(_B_FLOAT)
            src = _from_float(value)
        elif isinstance(value, (tuple, list)):
            _ctx_arg(context)
            src = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        self = object.__new__(cls)
        self._neg = src._neg
        self._coef = src._coef
        self._expo = src._expo
        self._kind = src._kind
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the int or float f as a Decimal."""
        if isinstance(f, int):
            d = _mk(int(f < 0), abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- basic properties
    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return bool(self._neg)

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_normal(self, context=None):
        ctx = _ctx_arg(context)
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _ctx_arg(context)
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() < ctx._emin

    def adjusted(self):
        """Exponent of the most significant digit."""
        if self._kind != _FINITE:
            return 0
        return self._expo + _ndigits(self._coef) - 1

    def as_tuple(self):
        """The DecimalTuple (sign, digits, exponent) of the number."""
        if self._kind == _INF:
            return DecimalTuple(self._neg, (0,), 'F')
        digits = tuple(int(ch) for ch in _digits_of(self._coef))
        if self._kind >= _QNAN:
            if self._coef == 0:
                digits = ()
            return DecimalTuple(self._neg, digits, 'n' if self._kind == _QNAN else 'N')
        return DecimalTuple(self._neg, digits, self._expo)

    def as_integer_ratio(self):
        """A pair of ints (numerator, denominator) equal to the number."""
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer ratio')
        c, e = self._coef, self._expo
        if e >= 0:
            num, den = c * _p10(e), 1
        else:
            num, den = c, _p10(-e)
            g = _m.gcd(num, den)
            num //= g
            den //= g
        return (-num if self._neg else num), den

    def number_class(self, context=None):
        ctx = _ctx_arg(context)
        sign = '-' if self._neg else '+'
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx._emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    # -- text
    def _py_str(self):
        try:
            ctx = _tls.decimal_context
        except AttributeError:
            ctx = getcontext()
        e = self._expo
        if not self._kind and e <= 0:
            # plain notation without an exponent: the common case, done here
            c = self._coef
            if c < _E18 or c < _STR_BOUND:
                digs = str(c)
                if e == 0:
                    return '-' + digs if self._neg else digs
                n = len(digs) + e
                if n > 0:
                    if self._neg:
                        return f'-{digs[:n]}.{digs[n:]}'
                    return f'{digs[:n]}.{digs[n:]}'
                if n > -6:
                    # the adjusted exponent is at least -6: leading zeros
                    if self._neg:
                        return f'-0.{"0" * -n}{digs}'
                    return f'0.{"0" * -n}{digs}'
        return _text(self, ctx._capitals)

    def __repr__(self):
        return "Decimal('%s')" % Decimal.__str__(self)

    def to_eng_string(self, context=None):
        """Engineering notation: exponents are multiples of three."""
        return _text(self, _ctx_arg(context)._capitals, True)

    def __format__(self, spec, override=None):
        return _format(self, spec, override)

    # -- conversions
    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def _int_value(self):
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._expo >= 0:
            v = self._coef * _p10(self._expo)
        else:
            v = self._coef // _p10(-self._expo)
        return -v if self._neg else v

    def __int__(self):
        return self._int_value()

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= _QNAN:
            if self._kind == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._neg else float('nan')
        if self._kind == _INF:
            return float('-inf') if self._neg else float('inf')
        return float(_text(self, 1))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return self._int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._int_rounded(ROUND_CEILING)

    def _int_rounded(self, mode):
        if self._kind >= _QNAN:
            raise ValueError('cannot convert NaN to integer')
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._expo >= 0:
            v = self._coef * _p10(self._expo)
        else:
            v, _ = _cut(self._coef, -self._expo, mode, self._neg)
        return -v if self._neg else v

    def __round__(self, n=None):
        if n is None:
            return self._int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_mk(0, 1, -n))

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __getnewargs__(self):
        return (str(self),)

    # -- hashing and comparison
    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _QNAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_sys.hash_info.inf if self._neg else _sys.hash_info.inf
        mod = _sys.hash_info.modulus
        if self._expo >= 0:
            h = self._coef % mod * pow(10, self._expo, mod) % mod
        else:
            inv = pow(pow(10, -self._expo, mod), mod - 2, mod)
            h = self._coef % mod * inv % mod
        if self._neg:
            h = -h
        return -2 if h == -1 else h

    def _order(self, other, op):
        """Compare with other for <, <=, >, >=; None means NotImplemented."""
        if isinstance(other, Decimal) and not (self._kind or other._kind):
            return _cmp(self, other)
        b = _comparable(self, other, op != 'eq')
        if b is None:
            return None
        a, b = b
        if a._kind >= _QNAN or b._kind >= _QNAN:
            if op != 'eq' or a._kind == _SNAN or b._kind == _SNAN:
                getcontext()._apply(_B_INVALID)
            return 'nan'
        return _cmp(a, b)

    def __eq__(self, other):
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp_finite(self, other) == 0
        r = self._order(other, 'eq')
        if r is None:
            return NotImplemented
        return r == 0

    def __ne__(self, other):
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp_finite(self, other) != 0
        r = self._order(other, 'eq')
        if r is None:
            return NotImplemented
        return r != 0

    def __lt__(self, other):
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp_finite(self, other) < 0
        r = self._order(other, 'lt')
        if r is None:
            return NotImplemented
        return r != 'nan' and r < 0

    def __le__(self, other):
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp_finite(self, other) <= 0
        r = self._order(other, 'le')
        if r is None:
            return NotImplemented
        return r != 'nan' and r <= 0

    def __gt__(self, other):
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp_finite(self, other) > 0
        r = self._order(other, 'gt')
        if r is None:
            return NotImplemented
        return r != 'nan' and r > 0

    def __ge__(self, other):
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp_finite(self, other) >= 0
        r = self._order(other, 'ge')
        if r is None:
            return NotImplemented
        return r != 'nan' and r >= 0

    # -- unary operations that take a context
    def __neg__(self, context=None):
        return _apply_unary(self, context, _negate)

    def __pos__(self, context=None):
        return _apply_unary(self, context, _posit)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return _apply_unary(self, context, _absolute)

    def copy_abs(self):
        """The absolute value, without rounding or signals."""
        return _mk(0, self._coef, self._expo, self._kind)

    def copy_negate(self):
        """The negation, without rounding or signals."""
        return _mk(1 - self._neg, self._coef, self._expo, self._kind)

    def copy_sign(self, other, context=None):
        """self with the sign of other."""
        other = _strict(other, None)
        return _mk(other._neg, self._coef, self._expo, self._kind)

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal, or NaN when an operand is a NaN."""
        return _apply_binary(self, other, context, _compare_op)

    def compare_signal(self, other, context=None):
        """Like compare, but every NaN signals InvalidOperation."""
        return _apply_binary(self, other, context, _compare_sig_op)

    def compare_total(self, other, context=None):
        """Compare by the total order of the abstract representation."""
        other = _strict(other, None)
        return _DEC_SMALL[_total_order(self, other)]

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        other = _strict(other, None)
        return _DEC_SMALL[_total_order(self.copy_abs(), other.copy_abs())]

    def max(self, other, context=None):
        return _apply_binary(self, other, context, _max_op)

    def min(self, other, context=None):
        return _apply_binary(self, other, context, _min_op)

    def max_mag(self, other, context=None):
        return _apply_binary(self, other, context, _max_mag_op)

    def min_mag(self, other, context=None):
        return _apply_binary(self, other, context, _min_mag_op)

    def same_quantum(self, other, context=None):
        """Whether both operands have the same exponent (or are both
        infinite, or both NaN)."""
        other = _strict(other, None)
        if self._kind or other._kind:
            return (self._kind >= _QNAN and other._kind >= _QNAN) or \
                (self._kind == _INF and other._kind == _INF)
        return self._expo == other._expo

    def _py_quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of exp."""
        if not isinstance(exp, Decimal):
            exp = _strict(exp, None)
        if context is None:
            try:
                ctx = _tls.decimal_context
            except AttributeError:
                ctx = getcontext()
        elif isinstance(context, Context):
            ctx = context
        else:
            ctx = _ctx_arg(context)
        if rounding is None:
            mode = ctx._rounding
        elif type(rounding) is str and rounding in _MODE_SET:
            mode = rounding
        else:
            mode = _mode_arg(rounding, ctx)
        target = exp._expo
        if not (self._kind or exp._kind) and target in ctx._erange:
            # Fast path: a result of at most prec digits is then in the
            # normal range and needs no clamping, so that only Rounded and
            # Inexact can be signalled.  (Context.quantize has a copy.)
            drop = target - self._expo
            c = self._coef
            if 0 < drop < 64:
                bits = 0
                if c:
                    # (a zero loses no digit: nothing is signalled)
                    unit = _TEN_POWERS[drop]
                    kept = c // unit
                    rest = c - kept * unit
                    bits = _B_ROUNDED
                    if rest:
                        bits = _B_INEXACT_ROUNDED
                        if mode == ROUND_HALF_EVEN:
                            twice = rest * 2
                            if twice > unit or (twice == unit and kept & 1):
                                kept += 1
                        elif mode != ROUND_DOWN:
                            twice = rest * 2
                            if _round_up_needed(mode, self._neg, kept,
                                                (twice > unit) - (twice < unit)):
                                kept += 1
                    c = kept
            elif -64 < drop <= 0:
                bits = 0
                if drop:
                    c *= _TEN_POWERS[-drop]
            else:
                c = None
            if c is not None and (c < ctx._small or c < ctx._bound):
                d = _new(Decimal)
                d._neg = self._neg
                d._coef = c
                d._expo = target
                d._kind = _FINITE
                if bits & ctx._heed:
                    # a flag to raise (the others are set already) or a trap
                    ctx._apply(bits)
                return d
        t = _Tally()
        return ctx._finish(t, _quantize(self, exp, ctx, t, mode))

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer, without signalling Inexact or Rounded."""
        ctx = _ctx_arg(context)
        mode = _mode_arg(rounding, ctx)
        t = _Tally()
        r = _integral(self, ctx, t, mode, False)
        return ctx._finish(t, r)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded as needed."""
        ctx = _ctx_arg(context)
        mode = _mode_arg(rounding, ctx)
        t = _Tally()
        r = _integral(self, ctx, t, mode, True)
        return ctx._finish(t, r)

    def normalize(self, context=None):
        """Round to the context and remove trailing zeros."""
        return _apply_unary(self, context, _normal_form)

    reduce = normalize

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return _apply_unary(self, context, _step_up)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return _apply_unary(self, context, _step_down)

    def next_toward(self, other, context=None):
        """The representable number closest to self in the direction of other."""
        return _apply_binary(self, other, context, _toward_op)

    def scaleb(self, other, context=None):
        """self with its exponent increased by the integer other."""
        return _apply_binary(self, other, context, _scaleb_op)

    def shift(self, other, context=None):
        """Shift the coefficient digits by other places."""
        return _apply_binary(self, other, context, _shift_op)

    def rotate(self, other, context=None):
        """Rotate the coefficient digits by other places."""
        return _apply_binary(self, other, context, _rotate_op)

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        return _apply_unary(self, context, _logb_op)

    def logical_and(self, other, context=None):
        return _apply_binary(self, other, context, _logic_and)

    def logical_or(self, other, context=None):
        return _apply_binary(self, other, context, _logic_or)

    def logical_xor(self, other, context=None):
        return _apply_binary(self, other, context, _logic_xor)

    def logical_invert(self, context=None):
        return _apply_unary(self, context, _logic_invert)

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest to self / other."""
        return _apply_binary(self, other, context, _rem_near)

    def fma(self, other, third, context=None):
        """self * other + third, rounded once."""
        other = _strict(other, None)
        third = _strict(third, None)
        ctx = _ctx_arg(context)
        t = _Tally()
        return ctx._finish(t, _fused(self, other, third, ctx, t))

    def sqrt(self, context=None):
        """Square root, correctly rounded (half even)."""
        return _apply_unary(self, context, _square_root)

    def exp(self, context=None):
        """e ** self, correctly rounded (half even)."""
        return _apply_unary(self, context, _exp_op)

    def ln(self, context=None):
        """Natural logarithm, correctly rounded (half even)."""
        return _apply_unary(self, context, _ln_op)

    def log10(self, context=None):
        """Base-ten logarithm, correctly rounded (half even)."""
        return _apply_unary(self, context, _log10_op)

    def __pow__(self, other, modulo=None, context=None):
        peer = _operand(other)
        if peer is None:
            return _no_operand('** or pow()', self, other)
        ctx = _ctx_arg(context)
        t = _Tally()
        if modulo is not None:
            mod = _operand(modulo)
            if mod is None:
                return NotImplemented
            return ctx._finish(t, _power_mod(self, peer, mod, ctx, t))
        return ctx._finish(t, _power(self, peer, ctx, t))

    def __rpow__(self, other, modulo=None, context=None):
        peer = _operand(other)
        if peer is None:
            return _no_operand('** or pow()', other, self)
        return peer.__pow__(self, modulo, context)


# ------------------------------------------------------- operation glue

def _mode_arg(rounding, ctx):
    if rounding is None:
        return ctx._rounding
    if type(rounding) is str:
        if rounding in _MODE_SET:
            return rounding
    elif isinstance(rounding, str) and rounding in _MODES:
        return rounding
    raise TypeError(_BAD_ROUNDING)


def _apply_unary(a, context, fn):
    ctx = _ctx_arg(context)
    t = _Tally()
    r = fn(a, ctx, t)
    ctx._apply(t.bits)
    return r


def _apply_binary(a, other, context, fn):
    b = _strict(other, None)
    ctx = _ctx_arg(context)
    t = _Tally()
    r = fn(a, b, ctx, t)
    ctx._apply(t.bits)
    return r


def _make_operator(fn, symbol, reflected):
    if reflected:
        def method(self, other, context=None):
            peer = _operand(other)
            if peer is None:
                return _no_operand(symbol, other, self)
            ctx = _ctx_arg(context)
            t = _Tally()
            r = fn(peer, self, ctx, t)
            ctx._apply(t.bits)
            return r
    else:
        def method(self, other, context=None):
            peer = _operand(other)
            if peer is None:
                return _no_operand(symbol, self, other)
            ctx = _ctx_arg(context)
            t = _Tally()
            r = fn(self, peer, ctx, t)
            ctx._apply(t.bits)
            return r
    return method


def _quick_sum(an, ac, ae, bn, bc, be, ctx):
    """The sum of two finite values when it is exact and fits the context
    with no signal at all, else None (the caller then takes the full path)."""
    if ae != be:
        if ae < be:
            an, ac, ae, bn, bc, be = bn, bc, be, an, ac, ae
        if ae - be > 63:
            return None
        ac *= _TEN_POWERS[ae - be]
    if an == bn:
        total = ac + bc
        neg = an
    else:
        total = ac - bc
        if total > 0:
            neg = an
        elif total < 0:
            neg = bn
            total = -total
        else:
            neg = int(ctx._rounding == ROUND_FLOOR)
    if not (be in ctx._erange and (total < ctx._small or total < ctx._bound)):
        return None
    d = _new(Decimal)
    d._neg = neg
    d._coef = total
    d._expo = be
    d._kind = _FINITE
    return d


def _make_additive(flip, reflected):
    """__add__, __sub__ and their reflections, with a fast path for finite
    operands whose exact result needs no rounding and raises no signal."""
    fn = _sub if flip else _add
    symbol = '-' if flip else '+'
    # The sum is symmetric in its operands: the direction of the operator
    # only decides which of the two signs the subtraction flips.
    sflip = flip if reflected else 0
    oflip = 0 if reflected else flip

    def method(self, other, context=None):
        if type(other) is Decimal and context is None and not (self._kind or other._kind):
            # two finite Decimals with the same exponent (the usual case),
            # done first with the fewest steps
            try:
                ctx = _tls.decimal_context
            except AttributeError:
                ctx = getcontext()
            e = self._expo
            if e == other._expo:
                sn = self._neg ^ sflip
                pn = other._neg ^ oflip
                if sn == pn:
                    total = self._coef + other._coef
                    neg = sn
                else:
                    total = self._coef - other._coef
                    if total > 0:
                        neg = sn
                    elif total < 0:
                        neg = pn
                        total = -total
                    else:
                        neg = int(ctx._rounding == ROUND_FLOOR)
                if e in ctx._erange and (total < ctx._small or total < ctx._bound):
                    d = _new(Decimal)
                    d._neg = neg
                    d._coef = total
                    d._expo = e
                    d._kind = _FINITE
                    return d
        if isinstance(other, Decimal):
            peer = other
            on = other._neg
            oc = other._coef
            oe = other._expo
            ok = other._kind
        elif type(other) is int:
            peer = None
            if other < 0:
                on = 1
                oc = -other
            else:
                on = 0
                oc = other
            oe = ok = 0
        else:
            peer = _operand(other)
            if peer is None:
                if reflected:
                    return _no_operand(symbol, other, self)
                return _no_operand(symbol, self, other)
            on = peer._neg
            oc = peer._coef
            oe = peer._expo
            ok = peer._kind
        if context is None:
            try:
                ctx = _tls.decimal_context
            except AttributeError:
                ctx = getcontext()
        else:
            ctx = _ctx_arg(context)
        if not (ok or self._kind):
            sn = self._neg ^ sflip
            pn = on ^ oflip
            sc = self._coef
            se = self._expo
            if se == oe:
                # aligned operands (the usual case), done here
                if sn == pn:
                    total = sc + oc
                    neg = sn
                else:
                    total = sc - oc
                    if total > 0:
                        neg = sn
                    elif total < 0:
                        neg = pn
                        total = -total
                    else:
                        neg = int(ctx._rounding == ROUND_FLOOR)
                if se in ctx._erange and (total < ctx._small or total < ctx._bound):
                    d = _new(Decimal)
                    d._neg = neg
                    d._coef = total
                    d._expo = se
                    d._kind = _FINITE
                    return d
            else:
                r = _quick_sum(sn, sc, se, pn, oc, oe, ctx)
                if r is not None:
                    return r
        if peer is None:
            peer = _mk(on, oc, 0)
        t = _Tally()
        if reflected:
            r = fn(peer, self, ctx, t)
        else:
            r = fn(self, peer, ctx, t)
        ctx._apply(t.bits)
        return r
    return method


def _make_product(reflected):
    """__mul__ and __rmul__, with a fast path for finite operands whose
    exact product needs no rounding and raises no signal."""

    def method(self, other, context=None):
        if context is None and not self._kind:
            # a finite Decimal or an int (the usual operands), done first
            # with the fewest steps; the product is the same both ways round
            if type(other) is Decimal:
                if not other._kind:
                    try:
                        ctx = _tls.decimal_context
                    except AttributeError:
                        ctx = getcontext()
                    c = self._coef * other._coef
                    e = self._expo + other._expo
                    if e in ctx._erange and (c < ctx._small or c < ctx._bound):
                        d = _new(Decimal)
                        d._neg = self._neg ^ other._neg
                        d._coef = c
                        d._expo = e
                        d._kind = _FINITE
                        return d
            elif type(other) is int:
                try:
                    ctx = _tls.decimal_context
                except AttributeError:
                    ctx = getcontext()
                e = self._expo
                if other < 0:
                    c = self._coef * -other
                    neg = self._neg ^ 1
                else:
                    c = self._coef * other
                    neg = self._neg
                if e in ctx._erange and (c < ctx._small or c < ctx._bound):
                    d = _new(Decimal)
                    d._neg = neg
                    d._coef = c
                    d._expo = e
                    d._kind = _FINITE
                    return d
        if isinstance(other, Decimal):
            peer = other
            on = other._neg
            oc = other._coef
            oe = other._expo
            ok = other._kind
        elif type(other) is int:
            peer = None
            if other < 0:
                on = 1
                oc = -other
            else:
                on = 0
                oc = other
            oe = ok = 0
        else:
            peer = _operand(other)
            if peer is None:
                if reflected:
                    return _no_operand('*', other, self)
                return _no_operand('*', self, other)
            on = peer._neg
            oc = peer._coef
            oe = peer._expo
            ok = peer._kind
        if context is None:
            try:
                ctx = _tls.decimal_context
            except AttributeError:
                ctx = getcontext()
        else:
            ctx = _ctx_arg(context)
        if not (ok or self._kind):
            c = self._coef * oc
            e = self._expo + oe
            if e in ctx._erange and (c < ctx._small or c < ctx._bound):
                d = _new(Decimal)
                d._neg = self._neg ^ on
                d._coef = c
                d._expo = e
                d._kind = _FINITE
                return d
        if peer is None:
            peer = _mk(on, oc, 0)
        t = _Tally()
        if reflected:
            r = _mul(peer, self, ctx, t)
        else:
            r = _mul(self, peer, ctx, t)
        ctx._apply(t.bits)
        return r
    return method


def _nan_value():
    return _mk(0, 0, 0, _QNAN)


def _quiet(d, ctx):
    """d (a NaN) made quiet, its payload cut to fit the context."""
    room = ctx._prec - ctx._clamp
    coef = d._coef
    if coef and _ndigits(coef) > room:
        coef = coef % _p10(room) if room > 0 else 0
    return _mk(d._neg, coef, 0, _QNAN)


def _nan_fit(d, ctx, t, strict):
    room = ctx._prec - ctx._clamp
    if strict and d._coef and _ndigits(d._coef) > room:
        t.bits |= _B_SYNTAX
        return _nan_value()
    if d._kind == _SNAN and not strict:
        t.bits |= _B_INVALID
    if strict:
        return _mk(d._neg, d._coef, 0, d._kind)
    return _quiet(d, ctx)


def _nan_pick(a, b, ctx, t):
    """The NaN result when a or b is a NaN, else None."""
    ka = a._kind
    kb = b._kind if b is not None else _FINITE
    if ka < _QNAN and kb < _QNAN:
        return None
    if ka == _SNAN or kb == _SNAN:
        t.bits |= _B_INVALID
        return _quiet(a if ka == _SNAN else b, ctx)
    return _quiet(a if ka == _QNAN else b, ctx)


def _overflowed(neg, ctx, mode, t):
    t.bits |= _B_OVERFLOW | _B_INEXACT | _B_ROUNDED
    if mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP) \
            or (mode == ROUND_CEILING and not neg) or (mode == ROUND_FLOOR and neg):
        return _mk(neg, 0, 0, _INF)
    return _mk(neg, _p10(ctx._prec) - 1, ctx._emax - ctx._prec + 1)


def _fit(neg, c, e, ctx, t, mode=None):
    """Round the exact value (-1)**neg * c * 10**e to the context."""
    if mode is None:
        mode = ctx._rounding
    prec = ctx._prec
    emin = ctx._emin
    emax = ctx._emax
    etiny = emin - prec + 1
    top = emax - prec + 1 if ctx._clamp else emax
    if c == 0:
        if e < etiny:
            e = etiny
            t.bits |= _B_CLAMPED
        elif e > top:
            e = top
            t.bits |= _B_CLAMPED
        return _mk(neg, 0, e)
    n = _ndigits(c)
    adj = e + n - 1
    if adj < emin:
        if e < etiny:
            c, inexact = _cut(c, etiny - e, mode, neg)
            e = etiny
            t.bits |= _B_ROUNDED
            if inexact:
                t.bits |= _B_INEXACT | _B_UNDERFLOW
                if c == 0:
                    t.bits |= _B_CLAMPED
        elif e > top:
            # with clamping, Etop can be below Emin: a subnormal result
            # above it is folded down as well
            c *= _p10(e - top)
            e = top
            t.bits |= _B_CLAMPED
        t.bits |= _B_SUBNORMAL
        return _mk(neg, c, e)
    if n > prec:
        c, inexact = _cut(c, n - prec, mode, neg)
        e += n - prec
        t.bits |= _B_ROUNDED
        if inexact:
            t.bits |= _B_INEXACT
        if c == _p10(prec):
            c //= 10
            e += 1
        adj = e + prec - 1
    if adj > emax:
        return _overflowed(neg, ctx, mode, t)
    if e > top:
        c *= _p10(e - top)
        e = top
        t.bits |= _B_CLAMPED
    return _mk(neg, c, e)


def _round_to_ctx(d, ctx, t):
    if d._kind >= _QNAN:
        return _nan_pick(d, None, ctx, t)
    if d._kind == _INF:
        return d
    return _fit(d._neg, d._coef, d._expo, ctx, t)


# --------------------------------------------------------- arithmetic

def _negate(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF:
        return _mk(1 - a._neg, 0, 0, _INF)
    if a._coef == 0:
        return _fit(int(not a._neg and ctx._rounding == ROUND_FLOOR), 0, a._expo, ctx, t)
    return _fit(1 - a._neg, a._coef, a._expo, ctx, t)


def _posit(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF:
        return _plain(a)
    if a._coef == 0:
        return _fit(int(a._neg and ctx._rounding == ROUND_FLOOR), 0, a._expo, ctx, t)
    return _fit(a._neg, a._coef, a._expo, ctx, t)


def _absolute(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF:
        return _mk(0, 0, 0, _INF)
    return _fit(0, a._coef, a._expo, ctx, t)


def _add(a, b, ctx, t):
    return _add_signed(a, b, 0, ctx, t)


def _sub(a, b, ctx, t):
    return _add_signed(a, b, 1, ctx, t)


def _add_signed(a, b, flip, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    bneg = b._neg ^ flip
    if a._kind == _INF:
        if b._kind == _INF and a._neg != bneg:
            t.bits |= _B_INVALID
            return _nan_value()
        return _mk(a._neg, 0, 0, _INF)
    if b._kind == _INF:
        return _mk(bneg, 0, 0, _INF)
    return _sum(a._neg, a._coef, a._expo, bneg, b._coef, b._expo, ctx, t)


def _sum(an, ac, ae, bn, bc, be, ctx, t, mode=None):
    """Exact sum of two finite values, then rounded to the context."""
    if ae < be:
        an, ac, ae, bn, bc, be = bn, bc, be, an, ac, ae
    if ac and bc:
        # digits of b far below the rounding position only act as a sticky bit
        low = min(ae, ae + _ndigits(ac) - 1 - ctx._prec) - 2
        if be + _ndigits(bc) - 1 < low:
            bc, be = 1, low
    elif ac:
        room = ctx._prec + 1 - _ndigits(ac)
        if ae - be > room:
            be = ae - (room if room > 0 else 0)
    if ac:
        ac *= _p10(ae - be)
    total = (-ac if an else ac) + (-bc if bn else bc)
    if total == 0:
        if an == bn:
            neg = an
        else:
            neg = int((mode or ctx._rounding) == ROUND_FLOOR)
        return _fit(neg, 0, be, ctx, t, mode)
    return _fit(int(total < 0), abs(total), be, ctx, t, mode)


def _mul(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    neg = a._neg ^ b._neg
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            t.bits |= _B_INVALID
            return _nan_value()
        return _mk(neg, 0, 0, _INF)
    return _fit(neg, a._coef * b._coef, a._expo + b._expo, ctx, t)


def _quotient(neg, ac, ae, bc, be, ctx, t, mode=None):
    """Correctly rounded ac*10**ae / bc*10**be for nonzero finite operands."""
    ideal = ae - be
    shift = ctx._prec + _ndigits(bc) - _ndigits(ac) + 1
    if shift < 0:
        shift = 0
    q, r = divmod(ac * _p10(shift), bc)
    e = ideal - shift
    if r:
        q = q * 10 + 1
        e -= 1
    else:
        q, e = _strip_zeros(q, e, ideal)
    return _fit(neg, q, e, ctx, t, mode)


def _div(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    neg = a._neg ^ b._neg
    if a._kind == _INF:
        if b._kind == _INF:
            t.bits |= _B_INVALID
            return _nan_value()
        return _mk(neg, 0, 0, _INF)
    if b._kind == _INF:
        return _fit(neg, 0, ctx._emin - ctx._prec, ctx, t)
    if b._coef == 0:
        if a._coef == 0:
            t.bits |= _B_DIVUNDEFINED
            return _nan_value()
        t.bits |= _B_DIVZERO
        return _mk(neg, 0, 0, _INF)
    if a._coef == 0:
        return _fit(neg, 0, a._expo - b._expo, ctx, t)
    return _quotient(neg, a._coef, a._expo, b._coef, b._expo, ctx, t)


def _split_div(a, b, ctx, t, want):
    """Truncating division: want is 'q', 'r' or 'qr'."""
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r, r
    neg = a._neg ^ b._neg
    if a._kind == _INF:
        if b._kind == _INF:
            t.bits |= _B_INVALID
            return _nan_value(), _nan_value()
        if 'r' in want:
            t.bits |= _B_INVALID
        return _mk(neg, 0, 0, _INF), _nan_value()
    if b._kind == _INF:
        return _mk(neg, 0, 0), (_round_to_ctx(a, ctx, t) if 'r' in want else None)
    if b._coef == 0:
        if a._coef == 0:
            t.bits |= _B_DIVUNDEFINED
            return _nan_value(), _nan_value()
        if 'q' in want:
            t.bits |= _B_DIVZERO
        if 'r' in want:
            t.bits |= _B_INVALID
        return _mk(neg, 0, 0, _INF), _nan_value()
    e = min(a._expo, b._expo)
    if a._coef == 0:
        q, rem = 0, 0
    elif a.adjusted() - b.adjusted() > ctx._prec:
        t.bits |= _B_DIVIMPOSSIBLE
        return _nan_value(), _nan_value()
    elif b.adjusted() > a.adjusted() + 1:
        q, rem = 0, a._coef * _p10(a._expo - e)
    else:
        q, rem = divmod(a._coef * _p10(a._expo - e), b._coef * _p10(b._expo - e))
        if _ndigits(q) > ctx._prec:
            t.bits |= _B_DIVIMPOSSIBLE
            return _nan_value(), _nan_value()
    quot = _mk(neg, q, 0)
    if 'r' not in want:
        return quot, None
    return quot, _fit(a._neg, rem, e, ctx, t)


def _floordiv(a, b, ctx, t):
    return _split_div(a, b, ctx, t, 'q')[0]


def _mod(a, b, ctx, t):
    return _split_div(a, b, ctx, t, 'r')[1]


def _divmod_pair(a, b, ctx, t):
    return _split_div(a, b, ctx, t, 'qr')


def _rem_near(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    if a._kind == _INF:
        t.bits |= _B_INVALID
        return _nan_value()
    if b._kind == _INF:
        return _round_to_ctx(a, ctx, t)
    if b._coef == 0:
        t.bits |= _B_DIVUNDEFINED if a._coef == 0 else _B_INVALID
        return _nan_value()
    e = min(a._expo, b._expo)
    if a._coef == 0:
        return _fit(a._neg, 0, e, ctx, t)
    adj_a, adj_b = a.adjusted(), b.adjusted()
    if adj_a - adj_b > ctx._prec:
        t.bits |= _B_DIVIMPOSSIBLE
        return _nan_value()
    if adj_b > adj_a + 1:
        return _fit(a._neg, a._coef * _p10(a._expo - e), e, ctx, t)
    big_a = a._coef * _p10(a._expo - e)
    big_b = b._coef * _p10(b._expo - e)
    q, rem = divmod(big_a, big_b)
    if 2 * rem > big_b or (2 * rem == big_b and q & 1):
        q += 1
        rem -= big_b
    if _ndigits(q) > ctx._prec:
        t.bits |= _B_DIVIMPOSSIBLE
        return _nan_value()
    neg = a._neg
    if rem < 0:
        neg, rem = 1 - neg, -rem
    return _fit(neg, rem, e, ctx, t)


def _fused(a, b, c, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        if c._kind == _SNAN:
            t.bits |= _B_INVALID
        return r
    neg = a._neg ^ b._neg
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            t.bits |= _B_INVALID
            return _nan_value()
        product = _mk(neg, 0, 0, _INF)
    else:
        product = _mk(neg, a._coef * b._coef, a._expo + b._expo)
    return _add(product, c, ctx, t)


# ---------------------------------------------------------- comparison

def _cmp_mag(a, b):
    if a._expo == b._expo:
        ca = a._coef
        cb = b._coef
        return (ca > cb) - (ca < cb)
    if a._coef == 0:
        return 0 if b._coef == 0 else -1
    if b._coef == 0:
        return 1
    adj_a, adj_b = a.adjusted(), b.adjusted()
    if adj_a != adj_b:
        return 1 if adj_a > adj_b else -1
    e = min(a._expo, b._expo)
    ca = a._coef * _p10(a._expo - e)
    cb = b._coef * _p10(b._expo - e)
    return (ca > cb) - (ca < cb)


def _cmp_finite(a, b):
    """-1, 0 or 1 comparing two finite Decimals."""
    # signed coefficients: a zero of either sign is simply 0
    ca = -a._coef if a._neg else a._coef
    cb = -b._coef if b._neg else b._coef
    shift = a._expo - b._expo
    if shift and ca and cb:
        if 0 < shift < 64:
            ca *= _TEN_POWERS[shift]
        elif -64 < shift < 0:
            cb *= _TEN_POWERS[-shift]
        else:
            return _cmp(a, b)
    return (ca > cb) - (ca < cb)


def _cmp(a, b):
    """-1, 0 or 1 comparing two non-NaN Decimals."""
    if a._kind == _INF:
        if b._kind == _INF and a._neg == b._neg:
            return 0
        return -1 if a._neg else 1
    if b._kind == _INF:
        return 1 if b._neg else -1
    sa = 0 if a._coef == 0 else (-1 if a._neg else 1)
    sb = 0 if b._coef == 0 else (-1 if b._neg else 1)
    if sa != sb:
        return (sa > sb) - (sa < sb)
    if sa == 0:
        return 0
    m = _cmp_mag(a, b)
    return -m if sa < 0 else m


def _comparable(a, other, ordering):
    """(a, b) as two Decimals to compare, or None if other is foreign."""
    if isinstance(other, Decimal):
        return a, other
    if isinstance(other, int):
        return a, _mk(int(other < 0), abs(other), 0)
    if isinstance(other, float):
        ctx = getcontext()
        if ordering:
            ctx._apply(_B_FLOAT)
        else:
            ctx._set_word('_flagword', ctx._flagword | _B_FLOAT)
        return a, _from_float(other)
    if isinstance(other, complex):
        if ordering:
            return None
        if other.imag != 0:
            return a, _nan_value()
        return _comparable(a, other.real, ordering)
    if not _is_rational(other):
        return None
    num = getattr(other, 'numerator', None)
    den = getattr(other, 'denominator', None)
    if isinstance(num, int) and isinstance(den, int) and den > 0:
        b = _mk(int(num < 0), abs(num), 0)
        if a._kind == _FINITE:
            a = _mk(a._neg, a._coef * den, a._expo)
        return a, b
    return None


def _is_rational(x):
    """Whether x is a numbers.Rational (a Fraction, when numbers is missing)."""
    try:
        from numbers import Rational
    except ImportError:
        return type(x).__name__ == 'Fraction'
    return isinstance(x, Rational)


def _total_order(a, b):
    """compare_total of a and b as -1, 0 or 1."""
    def rank(d):
        # position in the total order for the sign-free part
        return {_FINITE: 0, _INF: 1, _SNAN: 2, _QNAN: 3}[d._kind]
    if a._neg != b._neg:
        return -1 if a._neg else 1
    flip = -1 if a._neg else 1
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return flip * ((ra > rb) - (ra < rb))
    if ra >= 2:
        return flip * ((a._coef > b._coef) - (a._coef < b._coef))
    if ra == 1:
        return 0
    m = _cmp_mag(a, b)
    if m == 0:
        m = (a._expo > b._expo) - (a._expo < b._expo)
    return flip * m


def _compare_op(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    return _DEC_SMALL[_cmp(a, b)]


def _compare_sig_op(a, b, ctx, t):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        t.bits |= _B_INVALID
    return _compare_op(a, b, ctx, t)


def _pick_extreme(a, b, ctx, t, bigger, by_mag):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        if a._kind == _SNAN or b._kind == _SNAN or (a._kind >= _QNAN and b._kind >= _QNAN):
            return _nan_pick(a, b, ctx, t)
        return _round_to_ctx(b if a._kind >= _QNAN else a, ctx, t)
    c = 0
    if by_mag:
        c = _cmp(a.copy_abs(), b.copy_abs())
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        # equal values: order by sign, then by exponent
        if a._neg != b._neg:
            c = -1 if a._neg else 1
        else:
            ea = a._expo if a._kind == _FINITE else 0
            eb = b._expo if b._kind == _FINITE else 0
            c = (ea > eb) - (ea < eb)
            if a._neg:
                c = -c
    winner = a if (c > 0) == bigger else b
    if c == 0:
        winner = a
    return _round_to_ctx(winner, ctx, t)


def _max_op(a, b, ctx, t):
    return _pick_extreme(a, b, ctx, t, True, False)


def _min_op(a, b, ctx, t):
    return _pick_extreme(a, b, ctx, t, False, False)


def _max_mag_op(a, b, ctx, t):
    return _pick_extreme(a, b, ctx, t, True, True)


def _min_mag_op(a, b, ctx, t):
    return _pick_extreme(a, b, ctx, t, False, True)


# ------------------------------------------------- exponent manipulation

def _quantize(a, q, ctx, t, mode):
    r = _nan_pick(a, q, ctx, t)
    if r is not None:
        return r
    if a._kind == _INF or q._kind == _INF:
        if a._kind == _INF and q._kind == _INF:
            return _plain(a)
        t.bits |= _B_INVALID
        return _nan_value()
    target = q._expo
    prec = ctx._prec
    if not ctx._emin - prec + 1 <= target <= ctx._emax:
        t.bits |= _B_INVALID
        return _nan_value()
    extra = 0
    if a._coef == 0:
        c = 0
    elif target >= a._expo:
        c, inexact = _cut(a._coef, target - a._expo, mode, a._neg)
        if target > a._expo:
            extra |= _B_ROUNDED
        if inexact:
            extra |= _B_INEXACT
    else:
        if a.adjusted() - target + 1 > prec:
            t.bits |= _B_INVALID
            return _nan_value()
        c = a._coef * _p10(a._expo - target)
    if c:
        n = _ndigits(c)
        if n > prec or target + n - 1 > ctx._emax:
            t.bits |= _B_INVALID
            return _nan_value()
        if target + n - 1 < ctx._emin:
            # (quantize signals no Underflow, even when inexact)
            extra |= _B_SUBNORMAL
    if ctx._clamp and target > ctx._emax - prec + 1:
        # with clamping, an exponent above Etop is folded down (the
        # coefficient gains zeros), as it is for any other result
        top = ctx._emax - prec + 1
        c *= _p10(target - top)
        target = top
        extra |= _B_CLAMPED
    t.bits |= extra
    return _mk(a._neg, c, target)


def _integral(a, ctx, t, mode, exact):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF or a._expo >= 0:
        return _plain(a)
    c, inexact = _cut(a._coef, -a._expo, mode, a._neg)
    if exact and a._coef:
        t.bits |= _B_ROUNDED
        if inexact:
            t.bits |= _B_INEXACT
    return _mk(a._neg, c, 0)


def _normal_form(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF:
        return _plain(a)
    d = _fit(a._neg, a._coef, a._expo, ctx, t)
    if d._kind != _FINITE:
        return d
    if d._coef == 0:
        return _mk(d._neg, 0, 0)
    top = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
    c, e = _strip_zeros(d._coef, d._expo, top)
    return _mk(d._neg, c, e)


def _largest(neg, ctx):
    return _mk(neg, _p10(ctx._prec) - 1, ctx._emax - ctx._prec + 1)


def _nudge(a, ctx, upward):
    """The neighbour of the finite a, one unit towards +/- infinity."""
    scratch = _Tally()
    return _sum(a._neg, a._coef, a._expo, int(not upward), 1,
                ctx._emin - ctx._prec, ctx, scratch,
                ROUND_CEILING if upward else ROUND_FLOOR)


def _step_up(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF:
        return _largest(1, ctx) if a._neg else _plain(a)
    return _nudge(a, ctx, True)


def _step_down(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF:
        return _plain(a) if a._neg else _largest(0, ctx)
    return _nudge(a, ctx, False)


def _toward_op(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    order = _cmp(a, b)
    if order == 0:
        return _mk(b._neg, a._coef, a._expo, a._kind)
    res = _step_up(a, ctx, t) if order < 0 else _step_down(a, ctx, t)
    if res._kind == _INF:
        if a._kind != _INF:
            t.bits |= _B_OVERFLOW | _B_INEXACT | _B_ROUNDED
    elif res._coef == 0 or res.adjusted() < ctx._emin:
        t.bits |= _B_UNDERFLOW | _B_SUBNORMAL | _B_INEXACT | _B_ROUNDED
        if res._coef == 0:
            t.bits |= _B_CLAMPED
    return res


def _small_int(b, limit):
    """The value of b if it is an integer with exponent 0 and |b| <= limit."""
    if b._kind != _FINITE or b._expo != 0 or b._coef > limit:
        return None
    return -b._coef if b._neg else b._coef


def _scaleb_op(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    n = _small_int(b, 2 * (ctx._emax + ctx._prec))
    if n is None:
        t.bits |= _B_INVALID
        return _nan_value()
    if a._kind == _INF:
        return _plain(a)
    return _fit(a._neg, a._coef, a._expo + n, ctx, t)


def _shift_op(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    n = _small_int(b, ctx._prec)
    if n is None:
        t.bits |= _B_INVALID
        return _nan_value()
    if a._kind == _INF:
        return _plain(a)
    span = _p10(ctx._prec)
    c = a._coef % span
    if n >= 0:
        c = c * _p10(n) % span
    else:
        c //= _p10(-n)
    return _mk(a._neg, c, a._expo)


def _rotate_op(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    n = _small_int(b, ctx._prec)
    if n is None:
        t.bits |= _B_INVALID
        return _nan_value()
    if a._kind == _INF:
        return _plain(a)
    prec = ctx._prec
    digs = _digits_of(a._coef % _p10(prec)).rjust(prec, '0')
    n %= prec
    digs = digs[n:] + digs[:n]
    return _mk(a._neg, _int_of(digs), a._expo)


def _logb_op(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF:
        return _mk(0, 0, 0, _INF)
    if a._coef == 0:
        t.bits |= _B_DIVZERO
        return _mk(1, 0, 0, _INF)
    adj = a.adjusted()
    return _fit(int(adj < 0), abs(adj), 0, ctx, t)


def _logic_digits(d, ctx):
    if d._kind != _FINITE or d._neg or d._expo != 0:
        return None
    digs = _digits_of(d._coef)
    if len(digs) > ctx._prec or digs.strip('01'):
        return None
    return digs.rjust(ctx._prec, '0')


def _logic(a, b, ctx, t, table):
    da = _logic_digits(a, ctx)
    db = _logic_digits(b, ctx) if b is not None else '0' * ctx._prec
    if da is None or db is None:
        t.bits |= _B_INVALID
        return _nan_value()
    out = ''.join(table[x + y] for x, y in zip(da, db))
    return _mk(0, int(out.lstrip('0') or '0'), 0)


def _logic_and(a, b, ctx, t):
    return _logic(a, b, ctx, t, {'00': '0', '01': '0', '10': '0', '11': '1'})


def _logic_or(a, b, ctx, t):
    return _logic(a, b, ctx, t, {'00': '0', '01': '1', '10': '1', '11': '1'})


def _logic_xor(a, b, ctx, t):
    return _logic(a, b, ctx, t, {'00': '0', '01': '1', '10': '1', '11': '0'})


def _logic_invert(a, ctx, t):
    return _logic(a, None, ctx, t, {'00': '1', '10': '0'})


# --------------------------------------------------- roots and logs

def _square_root(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._neg and (a._kind == _INF or a._coef):
        t.bits |= _B_INVALID
        return _nan_value()
    if a._kind == _INF:
        return _plain(a)
    ideal = a._expo // 2
    if a._coef == 0:
        return _fit(a._neg, 0, ideal, ctx, t)
    shift = 2 * (ctx._prec + 1) - _ndigits(a._coef)
    if shift < 0:
        shift = 0
    if (a._expo - shift) & 1:
        shift += 1
    radicand = a._coef * _p10(shift)
    root = _m.isqrt(radicand)
    e = (a._expo - shift) // 2
    if root * root == radicand:
        root, e = _strip_zeros(root, e, ideal)
    else:
        root = root * 10 + 1
        e -= 1
    return _fit(0, root, e, ctx, t, ROUND_HALF_EVEN)


_const_cache = {'digits': 0, 'ln2': 0, 'ln10': 0}


def _atanh_series(u, v, scale):
    """atanh(u/v) * scale for a small fraction u/v, truncated."""
    term = scale * u // v
    u2, v2 = u * u, v * v
    total = 0
    k = 1
    while term:
        total += term // k
        term = term * u2 // v2
        k += 2
    return total


def _log_constants(digits):
    """(ln 2, ln 10) scaled by 10**digits, each within one unit."""
    have = _const_cache['digits']
    if have < digits:
        work = digits + 20
        scale = _p10(work + 10)
        ln2 = 2 * _atanh_series(1, 3, scale)
        ln10 = 3 * ln2 + 2 * _atanh_series(1, 9, scale)
        _const_cache['digits'] = work
        _const_cache['ln2'] = ln2 // _p10(10)
        _const_cache['ln10'] = ln10 // _p10(10)
        have = work
    cut = _p10(have - digits)
    return _const_cache['ln2'] // cut, _const_cache['ln10'] // cut


def _ln_scaled(c, e, digits):
    """ln(c * 10**e) * 10**digits, within a few units (c > 0)."""
    n = _ndigits(c)
    k = e + n - 1
    work = digits + 8 + _ndigits(abs(k) + 1)
    one = _p10(work)
    move = work - (n - 1)
    m = c * _p10(move) if move >= 0 else c // _p10(-move)
    halvings = 0
    while m * 2 >= 3 * one:
        m //= 2
        halvings += 1
    ln2, ln10 = _log_constants(work)
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    power = z
    series = 0
    j = 1
    while power:
        series += power // j
        power = power * z2 // one
        j += 2
    if m < one:
        series = -series
    total = 2 * series + halvings * ln2 + k * ln10
    return total // _p10(work - digits)


def _exp_scaled(x, xdigits, digits):
    """exp(x / 10**xdigits) as (m, q) with m / 10**digits * 10**q the value;
    m has digits+1 significant digits, within a few units."""
    spare = _ndigits(abs(x) // _p10(xdigits) + 1)
    work = digits + 12 + spare
    if work >= xdigits:
        big = x * _p10(work - xdigits)
    else:
        big = x // _p10(xdigits - work)
    one = _p10(work)
    ln2, ln10 = _log_constants(work)
    q = big // ln10
    rest = big - q * ln10
    halvings = 12
    y = rest >> halvings
    total = one
    term = one
    k = 1
    while term:
        term = term * y // (one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    if total >= 10 * one:
        total //= 10
        q += 1
    return total // _p10(work - digits), q


_SLACK = 30


def _settle(neg, m, e, ctx, t, mode):
    """Round the approximation m * 10**e (good to a few units) when the
    rounding cannot depend on the error; None otherwise."""
    n = _ndigits(m)
    adj = e + n - 1
    keep = ctx._prec
    if adj < ctx._emin:
        keep = adj - (ctx._emin - ctx._prec + 1) + 1
    drop = n - keep
    if drop < 3:
        return None
    if drop <= n + 1:
        unit = _p10(drop)
        rest = m % unit
        half = unit // 2
        if rest <= _SLACK or unit - rest <= _SLACK or abs(rest - half) <= _SLACK:
            return None
    return _fit(neg, m, e, ctx, t, mode)


def _snap(neg, m, e, ctx, t, mode):
    """Round m * 10**e after moving it onto the nearest rounding boundary,
    for values that look exact; the result is still flagged inexact."""
    n = _ndigits(m)
    drop = n - ctx._prec
    if drop > 0:
        unit = _p10(drop)
        rest = m % unit
        half = unit // 2
        if abs(rest - half) <= _SLACK:
            m += half - rest
        elif rest < half:
            m -= rest
        else:
            m += unit - rest
    r = _fit(neg, m, e, ctx, t, mode)
    t.bits |= _B_INEXACT | _B_ROUNDED
    return r


def _is_power_of_ten(c):
    return c == _p10(_ndigits(c) - 1)


def _ln_op(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _FINITE and a._coef == 0:
        return _mk(1, 0, 0, _INF)
    if a._neg:
        t.bits |= _B_INVALID
        return _nan_value()
    if a._kind == _INF:
        return _mk(0, 0, 0, _INF)
    if _is_power_of_ten(a._coef) and a.adjusted() == 0:
        return _mk(0, 0, 0)
    return _log_common(a, ctx, t, False)


def _log10_op(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _FINITE and a._coef == 0:
        return _mk(1, 0, 0, _INF)
    if a._neg:
        t.bits |= _B_INVALID
        return _nan_value()
    if a._kind == _INF:
        return _mk(0, 0, 0, _INF)
    if _is_power_of_ten(a._coef):
        adj = a.adjusted()
        return _fit(int(adj < 0), abs(adj), 0, ctx, t)
    return _log_common(a, ctx, t, True)


def _log_common(a, ctx, t, base10):
    guard = 6
    digits = ctx._prec + guard
    while True:
        value = _ln_scaled(a._coef, a._expo, digits + 3)
        if base10:
            ln10 = _log_constants(digits + 3)[1]
            value = value * _p10(digits) // ln10
        else:
            value //= 1000
        size = _ndigits(abs(value))
        if value == 0 or size < ctx._prec + guard:
            digits += ctx._prec + guard - (size if value else 0) + 2
            continue
        r = _settle(int(value < 0), abs(value), -digits, ctx, t, ROUND_HALF_EVEN)
        if r is not None:
            return r
        guard += 10
        digits += 10


def _exp_op(a, ctx, t):
    if a._kind >= _QNAN:
        return _nan_pick(a, None, ctx, t)
    if a._kind == _INF:
        return _mk(0, 0, 0) if a._neg else _mk(0, 0, 0, _INF)
    if a._coef == 0:
        return _fit(0, 1, 0, ctx, t)
    prec = ctx._prec
    adj = a.adjusted()
    if adj < -(prec + 2):
        near = _p10(prec + 2) + (-1 if a._neg else 1)
        return _fit(0, near, -(prec + 2), ctx, t, ROUND_HALF_EVEN)
    if adj > 8:
        estimate = float('inf')
    else:
        estimate = abs(float(a)) / 2.302585092994046
    if not a._neg and estimate > ctx._emax + 2:
        return _fit(0, 1, ctx._emax + 1, ctx, t, ROUND_HALF_EVEN)
    if a._neg and -estimate < ctx._emin - prec - 2:
        return _fit(0, 1, ctx._emin - prec - 1, ctx, t, ROUND_HALF_EVEN)
    x, xdigits = a._coef, -a._expo
    if xdigits < 0:
        x, xdigits = x * _p10(-xdigits), 0
    if a._neg:
        x = -x
    guard = 6
    while True:
        digits = prec + guard
        m, q = _exp_scaled(x, xdigits, digits)
        r = _settle(0, m, q - digits, ctx, t, ROUND_HALF_EVEN)
        if r is not None:
            return r
        guard += 10


# ----------------------------------------------------------- powers

def _int_value_of(d):
    """The integer value of a finite Decimal, or None if not integral."""
    if d._expo >= 0:
        v = d._coef * _p10(d._expo)
    else:
        v, rest = divmod(d._coef, _p10(-d._expo))
        if rest:
            return None
    return -v if d._neg else v


def _log10_estimate(c, e):
    n = _ndigits(c)
    if n > 17:
        return _m.log10(c // _p10(n - 17)) + n - 17 + e
    return _m.log10(c) + e


def _power(a, b, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is not None:
        return r
    whole = None
    integral = odd = False
    if b._kind == _FINITE:
        if b._coef == 0:
            if a._kind == _FINITE and a._coef == 0:
                t.bits |= _B_INVALID
                return _nan_value()
            return _fit(0, 1, 0, ctx, t)
        if b.adjusted() < 40:
            whole = _int_value_of(b)
            integral = whole is not None
            odd = integral and whole & 1
        else:
            integral = b._expo >= 0 or b._coef % _p10(-b._expo) == 0
            odd = integral and b._expo == 0 and b._coef & 1
    neg = 0
    if a._neg:
        if not integral and (a._kind == _INF or a._coef):
            t.bits |= _B_INVALID
            return _nan_value()
        neg = int(bool(odd))
    if a._kind == _INF:
        return _mk(neg, 0, 0) if b._neg else _mk(neg, 0, 0, _INF)
    if a._coef == 0:
        return _mk(neg, 0, 0, _INF) if b._neg else _mk(neg, 0, 0)
    prec = ctx._prec
    if b._kind == _INF:
        m = _cmp_mag(a, _mk(0, 1, 0))
        if m == 0:
            return _snap(0, _p10(prec - 1), 1 - prec, ctx, t, ctx._rounding)
        if (m > 0) != bool(b._neg):
            return _mk(0, 0, 0, _INF)
        return _mk(0, 0, 0)
    if whole is not None:
        if _is_power_of_ten(a._coef):
            # |a| is a power of ten: the result is exact
            zeros = (_ndigits(a._coef) - 1) * whole
            e = a._expo * whole
            if zeros < 0:
                return _quotient(neg, 1, 0, _p10(-zeros), -e, ctx, t)
            if zeros > prec:
                e += zeros - prec - 1
                zeros = prec + 1
            return _fit(neg, _p10(zeros), e, ctx, t)
        if abs(whole) * _log10_estimate(a._coef, 0) <= 5000:
            big = a._coef ** abs(whole)
            if whole > 0:
                return _fit(neg, big, a._expo * whole, ctx, t)
            return _quotient(neg, 1, 0, big, -a._expo * whole, ctx, t)
    size = _log10_estimate(a._coef, a._expo)
    if size == 0 and _is_power_of_ten(a._coef):
        return _snap(neg, _p10(prec - 1), 1 - prec, ctx, t, ctx._rounding)
    bval = float(b) if b.adjusted() < 300 else (float('-inf') if b._neg else float('inf'))
    estimate = bval * size
    if estimate > ctx._emax + 2:
        return _fit(neg, 1, ctx._emax + 1, ctx, t)
    if estimate < ctx._emin - prec - 2:
        return _fit(neg, 1, ctx._emin - prec - 1, ctx, t)
    span = _ndigits(int(abs(estimate) * 2.302585092994046) + 1)
    guard = 6
    for _ in range(4):
        digits = prec + guard
        extra = _ndigits(b._coef) + (b._expo if b._expo > 0 else 0) + 3
        work = digits + span + 4
        ln_a = _ln_scaled(a._coef, a._expo, work + extra)
        y = ln_a * b._coef
        if b._expo >= 0:
            y *= _p10(b._expo)
            ydigits = work + extra
        else:
            ydigits = work + extra - b._expo
        if b._neg:
            y = -y
        m, q = _exp_scaled(y, ydigits, digits)
        r = _settle(neg, m, q - digits, ctx, t, ctx._rounding)
        if r is not None:
            return r
        guard += 10
    return _snap(neg, m, q - digits, ctx, t, ctx._rounding)


def _power_mod(a, b, mod, ctx, t):
    r = _nan_pick(a, b, ctx, t)
    if r is None and mod._kind >= _QNAN:
        r = _nan_pick(mod, None, ctx, t)
    if r is not None:
        return r
    if a._kind or b._kind or mod._kind:
        t.bits |= _B_INVALID
        return _nan_value()
    base = _int_value_of(a)
    expo = _int_value_of(b)
    modulus = _int_value_of(mod)
    if base is None or expo is None or modulus is None or expo < 0 \
            or modulus == 0 or _ndigits(abs(modulus)) > ctx._prec \
            or (base == 0 and expo == 0):
        t.bits |= _B_INVALID
        return _nan_value()
    value = pow(abs(base), expo, abs(modulus))
    neg = int(base < 0 and expo & 1)
    return _mk(neg, value, 0)


# --------------------------------------------------------- formatting

import re as _re

_SPEC = _re.compile(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<z>z)?'
                    r'(?P<zero>0)?(?P<width>[0-9]+)?(?P<comma>,)?'
                    r'(?:\.(?P<prec>[0-9]+))?(?P<type>[eEfFgGn%])?\Z', _re.DOTALL)


def _group_thousands(digits, minimum):
    """Insert commas into an integer digit string, padding with zeros to
    reach `minimum` characters (used for zero padding)."""
    while True:
        parts = []
        rest = digits
        while len(rest) > 3:
            parts.append(rest[-3:])
            rest = rest[:-3]
        parts.append(rest)
        text = ','.join(reversed(parts))
        if len(text) >= minimum:
            return text
        digits = '0' + digits


def _format(d, spec, override):
    if not isinstance(spec, str):
        raise TypeError('format arg must be str')
    found = _SPEC.match(spec)
    if found is None:
        raise ValueError('invalid format string')
    fill = found.group('fill')
    align = found.group('align')
    sign_opt = found.group('sign') or '-'
    width = int(found.group('width') or 0)
    prec = found.group('prec')
    kind = found.group('type')
    comma = found.group('comma') is not None
    if width > _sys.maxsize or (prec is not None and int(prec) > _sys.maxsize):
        raise ValueError('invalid format string')
    if comma and kind == 'n':
        raise ValueError('invalid format string')
    zero_pad = found.group('zero') is not None
    if zero_pad and fill is None and align is None:
        fill, align = '0', '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    prec = None if prec is None else int(prec)
    ctx = getcontext()
    neg = d._neg
    suffix = '%' if kind == '%' else ''
    if d._kind != _FINITE:
        if d._kind == _INF:
            body = 'Infinity'
        else:
            body = ('sNaN' if d._kind == _SNAN else 'NaN') + (_digits_of(d._coef) if d._coef else '')
        if zero_pad and fill == '0' and align == '=' and found.group('align') is None:
            fill, align = ' ', '>'
        intpart, rest = body + suffix, ''
    else:
        c, e = d._coef, d._expo
        if kind == '%':
            e += 2
        mode = ctx._rounding
        if kind in ('e', 'E'):
            if prec is not None:
                if c == 0:
                    digs, shown = '0' * (prec + 1), e + prec
                else:
                    n = _ndigits(c)
                    if n > prec + 1:
                        c, _ = _cut(c, n - prec - 1, mode, neg)
                        e += n - prec - 1
                        if _ndigits(c) > prec + 1:
                            c //= 10
                            e += 1
                    digs = _digits_of(c)
                    shown = e + len(digs) - 1
                    digs = digs.ljust(prec + 1, '0')
            else:
                digs = _digits_of(c)
                shown = e + len(digs) - 1
            intpart = digs[0]
            rest = ('.' + digs[1:] if len(digs) > 1 else '') + _exp_text(shown, kind == 'E')
        elif kind in ('f', 'F', '%'):
            if prec is not None:
                if e < -prec:
                    c, _ = _cut(c, -prec - e, mode, neg)
                elif e > -prec:
                    c *= _p10(e + prec)
                e = -prec
            intpart, rest = _fixed_parts(c, e)
        else:
            if prec is not None:
                if prec == 0:
                    prec = 1
                n = _ndigits(c)
                if c and n > prec:
                    c, _ = _cut(c, n - prec, mode, neg)
                    e += n - prec
                    if _ndigits(c) > prec:
                        c //= 10
                        e += 1
            if kind is None:
                caps = ctx._capitals
            else:
                caps = kind == 'G'
            text = _text(_mk(0, c, e), caps)
            cut_at = len(text)
            for mark in ('.', 'e', 'E'):
                spot = text.find(mark)
                if spot != -1 and spot < cut_at:
                    cut_at = spot
            intpart, rest = text[:cut_at], text[cut_at:]
        rest += suffix
        if neg and found.group('z') and c == 0:
            neg = 0
    if neg:
        sign = '-'
    elif sign_opt == '+':
        sign = '+'
    elif sign_opt == ' ':
        sign = ' '
    else:
        sign = ''
    if comma and d._kind == _FINITE:
        minimum = 0
        if fill == '0' and align == '=' and found.group('zero'):
            minimum = width - len(sign) - len(rest)
        intpart = _group_thousands(intpart, minimum)
    body = intpart + rest
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    left = pad // 2
    return fill * left + sign + body + fill * (pad - left)


def _fixed_parts(c, e):
    """Integer and fractional parts ('.' included) of c * 10**e in plain notation."""
    digs = _digits_of(c)
    if e >= 0:
        return (digs + '0' * e) if c else '0', ''
    frac_len = -e
    if len(digs) <= frac_len:
        digs = '0' * (frac_len - len(digs) + 1) + digs
    return digs[:-frac_len], '.' + digs[-frac_len:]


# ------------------------------------------------------ final wiring

for _name, _fn, _sym in (('truediv', _div, '/'), ('floordiv', _floordiv, '//'),
                         ('mod', _mod, '%'), ('divmod', _divmod_pair, 'divmod()')):
    setattr(Decimal, '__%s__' % _name, _make_operator(_fn, _sym, False))
    setattr(Decimal, '__r%s__' % _name, _make_operator(_fn, _sym, True))
del _name, _fn, _sym
# +, - and * have fast paths of their own.
Decimal._py_add = _make_additive(0, False)
Decimal._py_radd = _make_additive(0, True)
Decimal._py_sub = _make_additive(1, False)
Decimal._py_rsub = _make_additive(1, True)
Decimal._py_mul = _make_product(False)
Decimal._py_rmul = _make_product(True)
# The commonest cases of these, and of quantize and str, are native (`_decimal_native`);
# what it declines goes to the _py_ methods.
import _decimal_native
_decimal_native.bind(Decimal, Context, _tls)
for _name in ('__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__',
              '__str__', 'quantize'):
    setattr(Decimal, _name, getattr(_decimal_native, _name))
Context.quantize = _decimal_native.context_quantize
del _name, _decimal_native

_DEC_SMALL = {-1: _mk(1, 1, 0), 0: _mk(0, 0, 0), 1: _mk(0, 1, 0)}

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_templates['default'] = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

# CPython's Decimal and Context are C types: messages name them 'decimal.Decimal'.
import _abc
for _cls in (Decimal, Context):
    _abc.set_static_name(_cls)
del _cls, _abc

# Decimal is a number, though neither Real nor Rational: numbers.Number counts it.
import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers
