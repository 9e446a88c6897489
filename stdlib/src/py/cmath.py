"""cmath (CPython's cmath module, written for pyrs)."""

import math as _math
from sys import float_info as _float_info

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_HALF_PI = _math.pi / 2
_QUARTER_PI = _math.pi / 4
_THREE_QUARTER_PI = 0.75 * _math.pi
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_HUGE = _float_info.max / 4          # beyond this, squares and sums may overflow
_LOG_HUGE = _math.log(_HUGE)
_ROOT_HUGE = _math.sqrt(_HUGE)
_SMALLEST_NORMAL = _float_info.min
_ROOT_SMALLEST_NORMAL = _math.sqrt(_SMALLEST_NORMAL)
_LIFT = 53                              # exponent used to bring subnormals into range

_isfinite = _math.isfinite
_isnan = _math.isnan
_copysign = _math.copysign


# -- a hypot matching the C library's rounding --

_NEGLIGIBLE = 2.0 ** -54    # below this ratio the smaller input cannot matter
_SHRINK, _GROW = 2.0 ** -600, 2.0 ** 600
_TOO_BIG, _TOO_SMALL = 2.0 ** 500, 2.0 ** -500


def _hypot(x, y):
    """sqrt(x*x + y*y) rounded the way the platform C library's hypot() rounds it.

    CPython's cmath relies on C hypot(), whose results differ in the last bit now
    and then from _hypot(); this follows the same corrected-square-root method
    (one Newton-like correction of the naive root, after Borges).
    """
    x, y = abs(x), abs(y)
    if _math.isinf(x) or _math.isinf(y):
        return inf
    if _isnan(x) or _isnan(y):
        return nan
    big, small = (x, y) if x >= y else (y, x)
    if small <= big * _NEGLIGIBLE:
        return big + small
    factor = 1.0
    if big > _TOO_BIG:
        big, small, factor = big * _SHRINK, small * _SHRINK, _GROW
    elif small < _TOO_SMALL:
        big, small, factor = big * _GROW, small * _GROW, _SHRINK
    root = _math.sqrt(big * big + small * small)
    if root <= 2.0 * small:
        step = root - small
        first = big * (2.0 * step - big)
        second = (step - 2.0 * (big - small)) * step
    else:
        step = root - big
        first = 2.0 * step * (big - 2.0 * small)
        second = (4.0 * step - small) * small + step * step
    root -= (first + second) / (2.0 * root)
    return root * factor


def _asinh(x):
    """Real inverse hyperbolic sine, computed as the C library does.

    Built from log, log1p and sqrt (which round identically everywhere) so the
    result does not depend on the platform's own asinh.
    """
    size = abs(x)
    if size < 2.0 ** -28 or not _isfinite(size):
        return x
    if size > 2.0 ** 28:
        value = _math.log(size) + _LN2
    elif size > 2.0:
        value = _math.log(2.0 * size + 1.0 / (_math.sqrt(x * x + 1.0) + size))
    else:
        square = x * x
        value = _math.log1p(size + square / (1.0 + _math.sqrt(1.0 + square)))
    return _copysign(value, x)


def _tanh(x):
    """Real hyperbolic tangent through expm1, rounding as the C library does."""
    size = abs(x)
    if _isnan(x):
        return x
    if size >= 22.0:
        return _copysign(1.0, x)
    if size < 2.0 ** -55:
        return x
    if size >= 1.0:
        grown = _math.expm1(2.0 * size)
        value = 1.0 - 2.0 / (grown + 2.0)
    else:
        shrunk = _math.expm1(-2.0 * size)
        value = -shrunk / (shrunk + 2.0)
    return _copysign(value, x)


_EXP_LIMIT = 709.782712893384           # log of the largest double


def _sinh(x):
    """Real hyperbolic sine via expm1/exp, rounding as the C library does."""
    size = abs(x)
    half = _copysign(0.5, x)
    if not _isfinite(size) or size < 2.0 ** -28:
        return x
    if size < 22.0:
        grown = _math.expm1(size)
        if size < 1.0:
            return half * (2.0 * grown - grown * grown / (grown + 1.0))
        return half * (grown + grown / (grown + 1.0))
    if size < _EXP_LIMIT:
        return half * _math.exp(size)
    if size > 2.0 * _EXP_LIMIT:
        return _copysign(inf, x)
    root = _math.exp(0.5 * size)
    return (half * root) * root


def _cosh(x):
    """Real hyperbolic cosine via expm1/exp, rounding as the C library does."""
    size = abs(x)
    if not _isfinite(size):
        return size
    if size < 0.5 * _LN2:
        grown = _math.expm1(size)
        whole = 1.0 + grown
        if size < 2.0 ** -55:
            return whole
        return 1.0 + (grown * grown) / (whole + whole)
    if size < 22.0:
        grown = _math.exp(size)
        return 0.5 * grown + 0.5 / grown
    if size < _EXP_LIMIT:
        return 0.5 * _math.exp(size)
    if size > 2.0 * _EXP_LIMIT:
        return inf
    root = _math.exp(0.5 * size)
    return (0.5 * root) * root


# atan2 is evaluated in binary fixed point with this many fraction bits and then
# rounded once, which gives the correctly rounded angle.
_FX = 200


def _fx_series(t):
    """atan(t) for a small fixed-point t, by its alternating Taylor series."""
    total, term, odd, negative = 0, t, 1, False
    square = (t * t) >> _FX
    while term:
        total = total - term // odd if negative else total + term // odd
        term = (term * square) >> _FX
        odd += 2
        negative = not negative
    return total


def _fx_atan(t):
    """atan(t) for a fixed-point t in [0, 1]: halve the angle four times first."""
    one = 1 << _FX
    for _ in range(4):
        t = (t << _FX) // (one + _math.isqrt((one << _FX) + t * t))
    return _fx_series(t) << 4


_FX_PI = 4 * (4 * _fx_series((1 << _FX) // 5) - _fx_series((1 << _FX) // 239))


def _fx_to_float(v):
    """The positive fixed-point number v rounded to the nearest double (ties to even)."""
    spare = v.bit_length() - 53
    if spare <= 0:
        return _math.ldexp(float(v), -_FX)
    kept = v >> spare
    dropped = v - (kept << spare)
    half = 1 << (spare - 1)
    if dropped > half or (dropped == half and kept & 1):
        kept += 1
    return _math.ldexp(float(kept), spare - _FX)


def _atan2(y, x):
    """Correctly rounded atan2(y, x)."""
    if not (_isfinite(x) and _isfinite(y)) or x == 0.0 or y == 0.0:
        return _math.atan2(y, x)
    ay, ax = abs(y), abs(x)
    ny, dy = ay.as_integer_ratio()
    nx, dx = ax.as_integer_ratio()
    steep = ay > ax
    top, bottom = (nx * dy, dx * ny) if steep else (ny * dx, dy * nx)
    if x > 0.0 and not steep and (top << 70) < bottom:
        # the angle is the ratio itself to well below half an ulp
        return _copysign(ay / ax, y)
    angle = _fx_atan((top << _FX) // bottom)
    if steep:
        angle = (_FX_PI >> 1) - angle
    if x < 0.0:
        angle = _FX_PI - angle
    return _copysign(_fx_to_float(angle), y)


# -- argument handling --

def _real_of(obj):
    """`obj` as a float, the way CPython's PyFloat_AsDouble sees it."""
    if isinstance(obj, float):
        return obj
    kind = type(obj)
    if hasattr(kind, '__float__'):
        value = kind.__float__(obj)
        if not isinstance(value, float):
            raise TypeError('%s.__float__ returned non-float (type %s)'
                            % (kind.__name__, type(value).__name__))
        return value
    if hasattr(kind, '__index__'):
        return float(kind.__index__(obj))
    raise TypeError('must be real number, not %s' % kind.__name__)


def _parts(obj):
    """(real, imag) of a complex argument."""
    if isinstance(obj, complex):
        return obj.real, obj.imag
    kind = type(obj)
    hook = getattr(kind, '__complex__', None)
    if hook is not None:
        value = hook(obj)
        if not isinstance(value, complex):
            raise TypeError('__complex__ returned non-complex (type %s)'
                            % type(value).__name__)
        return value.real, value.imag
    return _real_of(obj), 0.0


def _domain_error():
    return ValueError('math domain error')


def _range_error():
    return OverflowError('math range error')


def _entry(name, body):
    """Wrap body(x, y) as the public one-argument function cmath.<name>."""
    def public(*args, **kwargs):
        if kwargs:
            raise TypeError('cmath.%s() takes no keyword arguments' % name)
        if len(args) != 1:
            raise TypeError('cmath.%s() takes exactly one argument (%d given)'
                            % (name, len(args)))
        return body(*_parts(args[0]))
    public.__name__ = public.__qualname__ = name
    public.__doc__ = body.__doc__
    return public


def _apply(name, finite_rule, special_rule, doc):
    """The public function `name` built from its two halves.

    finite_rule(x, y) handles finite inputs and special_rule(x, y) the others;
    both return a (real, imag) pair.
    """
    def body(x, y):
        return complex(*_evaluate(finite_rule, special_rule, x, y))
    body.__doc__ = doc
    return _entry(name, body)


def _evaluate(finite_rule, special_rule, x, y):
    if _isfinite(x) and _isfinite(y):
        re, im = finite_rule(x, y)
        if not (_isfinite(re) and _isfinite(im)):
            raise _range_error()
        return re, im
    re, im = special_rule(x, y)
    # a NaN made out of inputs that were not NaN signals an invalid operation
    if (_isnan(re) or _isnan(im)) and not (_isnan(x) or _isnan(y)):
        raise _domain_error()
    return re, im


def _times_i(rule):
    """For f(z) = -i g(iz): turns g's rule into f's rule."""
    def turned(x, y):
        re, im = rule(-y, x)
        return im, -re
    return turned


# -- square root --

def _sqrt_finite(x, y):
    ax, ay = abs(x), abs(y)
    if ax == 0.0 and ay == 0.0:
        return 0.0, y
    if ax < _SMALLEST_NORMAL and ay < _SMALLEST_NORMAL:
        # subnormal: scale by 2**53 (exact), take the root, scale back by 2**-27
        big_x, big_y = _math.ldexp(ax, _LIFT), _math.ldexp(ay, _LIFT)
        root = _math.ldexp(_math.sqrt(big_x + _hypot(big_x, big_y)), -(_LIFT + 1) // 2)
    else:
        # (ax + |z|) / 2 computed on an eighth of the inputs so it cannot overflow
        root = 2.0 * _math.sqrt(ax / 8.0 + _hypot(ax / 8.0, ay / 8.0))
    other = ay / (2.0 * root)
    if x >= 0.0:
        return root, _copysign(other, y)
    return other, _copysign(root, y)


def _sqrt_special(x, y):
    if _math.isinf(y):
        return inf, y
    if _isnan(x):
        return nan, nan
    if _math.isinf(x):
        if x > 0:
            return x, (y if _isnan(y) else _copysign(0.0, y))
        if _isnan(y):
            return nan, inf
        return 0.0, _copysign(inf, y)
    return nan, nan


# -- exponential and logarithms --

def _exp_finite(x, y):
    if x > _LOG_HUGE:
        # exp(x) alone may overflow although the product does not
        scale = _math.exp(x - 1.0) if x < _EXP_LIMIT + 1.0 else inf
        return scale * _math.cos(y) * e, scale * _math.sin(y) * e
    scale = _math.exp(x)
    return scale * _math.cos(y), scale * _math.sin(y)


def _exp_special(x, y):
    if _isnan(x):
        return nan, (y if y == 0.0 else nan)
    if _math.isinf(x):
        if _isfinite(y):
            size = inf if x > 0 else 0.0
            if y == 0.0:
                return size, y
            return _copysign(size, _math.cos(y)), _copysign(size, _math.sin(y))
        if x < 0:
            return 0.0, 0.0
        return inf, nan
    return nan, nan


def _log_finite(x, y):
    ax, ay = abs(x), abs(y)
    if ax > _HUGE or ay > _HUGE:
        re = _math.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _SMALLEST_NORMAL and ay < _SMALLEST_NORMAL:
        if ax == 0.0 and ay == 0.0:
            raise _domain_error()
        scaled = _hypot(_math.ldexp(ax, _LIFT), _math.ldexp(ay, _LIFT))
        re = _math.log(scaled) - _LIFT * _LN2
    else:
        size = _hypot(ax, ay)
        if 0.71 <= size <= 1.73:
            # close to the unit circle: log1p keeps the small result accurate
            hi, lo = max(ax, ay), min(ax, ay)
            re = _math.log1p((hi - 1.0) * (hi + 1.0) + lo * lo) / 2.0
        else:
            re = _math.log(size)
    return re, _atan2(y, x)


def _log_special(x, y):
    if _math.isinf(x) or _math.isinf(y):
        return inf, _atan2(y, x)
    return nan, nan


def _log_parts(z, quiet=False):
    x, y = _parts(z)
    if quiet and x == 0.0 and y == 0.0:
        # CPython forgets log(0)'s domain error once a base is given
        return -inf, _atan2(y, x)
    return _evaluate(_log_finite, _log_special, x, y)


def _divide(top, bottom):
    """Complex division top / bottom of (real, imag) pairs, by Smith's method."""
    a, b = top
    c, d = bottom
    if abs(c) >= abs(d):
        if c == 0.0:
            raise _domain_error()
        ratio = d / c
        scale = c + d * ratio
        return (a + b * ratio) / scale, (b - a * ratio) / scale
    if abs(d) >= abs(c):
        ratio = c / d
        scale = c * ratio + d
        return (a * ratio + b) / scale, (b * ratio - a) / scale
    return nan, nan


def log(*args, **kwargs):
    """log(z[, base]) -> the logarithm of z to the given base.

    If the base is not specified, returns the natural logarithm (base e) of z.
    """
    if kwargs:
        raise TypeError('cmath.log() takes no keyword arguments')
    if not args:
        raise TypeError('log expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('log expected at most 2 arguments, got %d' % len(args))
    if len(args) == 1:
        return complex(*_log_parts(args[0]))
    top = _log_parts(args[0], quiet=True)
    return complex(*_divide(top, _log_parts(args[1])))


def _log10_finite(x, y):
    re, im = _log_finite(x, y)
    return re / _LN10, im / _LN10


def _log10_special(x, y):
    re, im = _log_special(x, y)
    return re / _LN10, im / _LN10


# -- hyperbolic functions --

def _cosh_finite(x, y):
    if abs(x) > _LOG_HUGE:
        # work with |x| - 1 and multiply e back in, to dodge a premature overflow
        less = x - _copysign(1.0, x)
        return _math.cos(y) * _cosh(less) * e, _math.sin(y) * _sinh(less) * e
    return _math.cos(y) * _cosh(x), _math.sin(y) * _sinh(x)


def _cosh_special(x, y):
    if _math.isinf(x) and _isfinite(y):
        if y == 0.0:
            return inf, _copysign(0.0, x) * y
        return _copysign(inf, _math.cos(y)), _copysign(inf, _math.sin(y)) * _copysign(1.0, x)
    if _math.isinf(x):
        return inf, nan
    if y == 0.0 or x == 0.0:
        return nan, 0.0
    return nan, nan


def _sinh_finite(x, y):
    if abs(x) > _LOG_HUGE:
        less = x - _copysign(1.0, x)
        return _math.cos(y) * _sinh(less) * e, _math.sin(y) * _cosh(less) * e
    return _math.cos(y) * _sinh(x), _math.sin(y) * _cosh(x)


def _sinh_special(x, y):
    if _math.isinf(x) and _isfinite(y):
        if y == 0.0:
            return x, y
        return _copysign(inf, _math.cos(y)) * _copysign(1.0, x), _copysign(inf, _math.sin(y))
    if _math.isinf(x):
        return inf, nan
    if y == 0.0:
        return nan, y
    if x == 0.0:
        return 0.0, nan
    return nan, nan


def _tanh_finite(x, y):
    if abs(x) > _LOG_HUGE:
        return _copysign(1.0, x), 4.0 * _math.sin(y) * _math.cos(y) * _math.exp(-2.0 * abs(x))
    tx = _tanh(x)
    ty = _math.tan(y)
    inv_cosh = 1.0 / _cosh(x)
    cross = tx * ty
    below = 1.0 + cross * cross
    return tx * (1.0 + ty * ty) / below, ((ty / below) * inv_cosh) * inv_cosh


def _tanh_special(x, y):
    if _math.isinf(x):
        if _isfinite(y):
            return _copysign(1.0, x), _copysign(0.0, 2.0 * _math.sin(y) * _math.cos(y))
        return _copysign(1.0, x), 0.0
    if y == 0.0:
        return nan, y
    return nan, nan


# -- inverse hyperbolic functions --

def _asinh_finite(x, y):
    if abs(x) > _HUGE or abs(y) > _HUGE:
        size = _math.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2
        re = _copysign(size, x) if y >= 0.0 else -_copysign(size, -x)
        return re, _atan2(y, abs(x))
    ar, ai = _sqrt_finite(1.0 + y, -x)
    br, bi = _sqrt_finite(1.0 - y, x)
    return _asinh(ar * bi - br * ai), _atan2(y, ar * br - ai * bi)


def _asinh_special(x, y):
    if _math.isinf(x):
        if _isnan(y):
            return x, nan
        if _math.isinf(y):
            return x, _copysign(_QUARTER_PI, y)
        return x, _copysign(0.0, y)
    if _math.isinf(y):
        if _isnan(x):
            return inf, nan
        return _copysign(inf, x), _copysign(_HALF_PI, y)
    if y == 0.0:
        return nan, y
    return nan, nan


def _acosh_finite(x, y):
    if abs(x) > _HUGE or abs(y) > _HUGE:
        return _math.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2, _atan2(y, x)
    ar, ai = _sqrt_finite(x - 1.0, y)
    br, bi = _sqrt_finite(x + 1.0, y)
    return _asinh(ar * br + ai * bi), 2.0 * _atan2(ai, br)


def _acosh_special(x, y):
    if _math.isinf(y):
        if _isnan(x):
            return inf, nan
        if _math.isinf(x):
            angle = _QUARTER_PI if x > 0 else _THREE_QUARTER_PI
        else:
            angle = _HALF_PI
        return inf, _copysign(angle, y)
    if _math.isinf(x):
        if _isnan(y):
            return inf, nan
        return inf, _copysign(0.0 if x > 0 else pi, y)
    return nan, nan


def _acos_finite(x, y):
    if abs(x) > _HUGE or abs(y) > _HUGE:
        size = _math.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2
        im = -_copysign(size, y) if x < 0.0 else _copysign(size, -y)
        return _atan2(abs(y), x), im
    ar, ai = _sqrt_finite(1.0 - x, -y)
    br, bi = _sqrt_finite(1.0 + x, y)
    return 2.0 * _atan2(ar, br), _asinh(br * ai - bi * ar)


def _acos_special(x, y):
    if _math.isinf(y):
        if _isnan(x):
            return nan, -y
        if _math.isinf(x):
            angle = _QUARTER_PI if x > 0 else _THREE_QUARTER_PI
        else:
            angle = _HALF_PI
        return angle, -y
    if _math.isinf(x):
        if _isnan(y):
            return nan, inf
        return (0.0 if x > 0 else pi), -_copysign(inf, y)
    if x == 0.0 and _isnan(y):
        return _HALF_PI, nan
    return nan, nan


def _atanh_finite(x, y):
    if x < 0.0:
        re, im = _atanh_positive(-x, -y)
        return -re, -im
    return _atanh_positive(x, y)


def _atanh_positive(x, y):
    ay = abs(y)
    if x > _ROOT_HUGE or ay > _ROOT_HUGE:
        # far from the origin: atanh z is close to 1/z plus a quarter turn
        size = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / size / size, -_copysign(_HALF_PI, -y)
    if x == 1.0 and ay < _ROOT_SMALLEST_NORMAL:
        if ay == 0.0:
            raise _domain_error()
        re = -_math.log(_math.sqrt(ay) / _math.sqrt(_hypot(ay, 2.0)))
        return re, _copysign(_atan2(2.0, -ay) / 2.0, y)
    gap = 1.0 - x
    re = _math.log1p(4.0 * x / (gap * gap + ay * ay)) / 4.0
    im = -_atan2(-2.0 * y, gap * (1.0 + x) - ay * ay) / 2.0
    return re, im


def _atanh_special(x, y):
    if _math.isinf(y):
        return _copysign(0.0, x) if not _isnan(x) else 0.0, _copysign(_HALF_PI, y)
    if _math.isinf(x):
        if _isnan(y):
            return _copysign(0.0, x), nan
        return _copysign(0.0, x), _copysign(_HALF_PI, y)
    if x == 0.0:
        return x, nan
    return nan, nan


# -- the public functions --

sqrt = _apply('sqrt', _sqrt_finite, _sqrt_special,
              'Return the square root of z.')
exp = _apply('exp', _exp_finite, _exp_special,
             'Return the exponential value e**z.')
log10 = _apply('log10', _log10_finite, _log10_special,
               'Return the base-10 logarithm of z.')
cosh = _apply('cosh', _cosh_finite, _cosh_special,
              'Return the hyperbolic cosine of z.')
sinh = _apply('sinh', _sinh_finite, _sinh_special,
              'Return the hyperbolic sine of z.')
tanh = _apply('tanh', _tanh_finite, _tanh_special,
              'Return the hyperbolic tangent of z.')
acosh = _apply('acosh', _acosh_finite, _acosh_special,
               'Return the inverse hyperbolic cosine of z.')
asinh = _apply('asinh', _asinh_finite, _asinh_special,
               'Return the inverse hyperbolic sine of z.')
atanh = _apply('atanh', _atanh_finite, _atanh_special,
               'Return the inverse hyperbolic tangent of z.')
acos = _apply('acos', _acos_finite, _acos_special,
              'Return the arc cosine of z.')
asin = _apply('asin', _times_i(_asinh_finite), _times_i(_asinh_special),
              'Return the arc sine of z.')
atan = _apply('atan', _times_i(_atanh_finite), _times_i(_atanh_special),
              'Return the arc tangent of z.')
cos = _apply('cos', lambda x, y: _cosh_finite(-y, x), lambda x, y: _cosh_special(-y, x),
             'Return the cosine of z.')
sin = _apply('sin', _times_i(_sinh_finite), _times_i(_sinh_special),
             'Return the sine of z.')
tan = _apply('tan', _times_i(_tanh_finite), _times_i(_tanh_special),
             'Return the tangent of z.')


# -- polar coordinates and classification --

def _phase_body(x, y):
    """Return argument, also known as the phase angle, of a complex."""
    angle = _atan2(y, x)
    # C's atan2 reports an underflow to zero as a range error
    if angle == 0.0 and y != 0.0 and _isfinite(x):
        raise _range_error()
    return angle


def _polar_body(x, y):
    """Convert a complex from rectangular coordinates to polar coordinates.

    r is the distance from 0 and phi the phase angle.
    """
    angle = _atan2(y, x)
    size = _hypot(x, y)
    if _math.isinf(size) and _isfinite(x) and _isfinite(y):
        raise _range_error()
    return size, angle


phase = _entry('phase', _phase_body)
polar = _entry('polar', _polar_body)


def rect(*args, **kwargs):
    """Convert from polar coordinates to rectangular coordinates."""
    if kwargs:
        raise TypeError('cmath.rect() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('rect expected 2 arguments, got %d' % len(args))
    r, phi = _real_of(args[0]), _real_of(args[1])
    if _isfinite(phi):
        if phi != 0.0:
            return complex(r * _math.cos(phi), r * _math.sin(phi))
        if _isnan(r):
            return complex(nan, 0.0)
        # the zero angle keeps its sign, flipped by a negative radius
        return complex(r, phi * _copysign(1.0, r))
    if r == 0.0:
        return complex(0.0, 0.0)
    if _isnan(phi) or _isnan(r):
        return complex(inf if _math.isinf(r) else nan, nan)
    raise _domain_error()


def _isfinite_body(x, y):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    return _isfinite(x) and _isfinite(y)


def _isinf_body(x, y):
    """Checks if the real or imaginary part of z is infinite."""
    return _math.isinf(x) or _math.isinf(y)


def _isnan_body(x, y):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    return _isnan(x) or _isnan(y)


isfinite = _entry('isfinite', _isfinite_body)
isinf = _entry('isinf', _isinf_body)
isnan = _entry('isnan', _isnan_body)


def isclose(*args, **kwargs):
    """Determine whether two complex numbers are close in value.

      rel_tol
        maximum difference for being considered "close", relative to the
        magnitude of the input values
      abs_tol
        maximum difference for being considered "close", regardless of the
        magnitude of the input values

    Return True if a is close in value to b, and False otherwise.

    For the values to be considered close, the difference between them must be
    smaller than at least one of the tolerances.

    -inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
    not close to anything, even itself. inf and -inf are only close to themselves.
    """
    a, b, rel_tol, abs_tol = _isclose_arguments(args, kwargs)
    ax, ay = _parts(a)
    bx, by = _parts(b)
    rel_tol = _real_of(rel_tol)
    abs_tol = _real_of(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if ax == bx and ay == by:
        return True
    if _math.isinf(ax) or _math.isinf(ay) or _math.isinf(bx) or _math.isinf(by):
        return False
    gap = _hypot(ax - bx, ay - by)
    return (gap <= rel_tol * _hypot(bx, by) or gap <= rel_tol * _hypot(ax, ay)
            or gap <= abs_tol)


def _isclose_arguments(args, kwargs):
    """Sort isclose()'s arguments out, with CPython's complaints."""
    if len(args) > 2:
        raise TypeError('isclose() takes exactly 2 positional arguments (%d given)'
                        % len(args))
    pair = []
    for index, label in enumerate(('a', 'b')):
        if index < len(args):
            pair.append(args[index])
        elif label in kwargs:
            pair.append(kwargs[label])
        else:
            raise TypeError("isclose() missing required argument '%s' (pos %d)"
                            % (label, index + 1))
    for key in kwargs:
        if key in ('a', 'b'):
            position = 1 if key == 'a' else 2
            if position <= len(args):
                raise TypeError("argument for isclose() given by name ('%s') and position (%d)"
                                % (key, position))
        elif key not in ('rel_tol', 'abs_tol'):
            raise TypeError("'%s' is an invalid keyword argument for isclose()" % key)
    return pair[0], pair[1], kwargs.get('rel_tol', 1e-09), kwargs.get('abs_tol', 0.0)
