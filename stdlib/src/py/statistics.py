"""Basic descriptive statistics on real-valued data (pyrs).

Averages (mean, fmean, geometric/harmonic mean, medians, mode), spread
(variance, standard deviation), quantiles, bivariate helpers
(covariance, correlation, linear regression) and the NormalDist type.

Sums of int, float, Fraction and Decimal data are computed exactly and only
rounded once, into the widest input type.
"""

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import decimal
import math
import numbers
import random
from bisect import bisect_left, bisect_right
from collections import namedtuple
from decimal import Decimal
from fractions import Fraction
from math import erf, exp, fabs, fsum, hypot, log, sqrt, sumprod, tau


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# exact accumulation
# ---------------------------------------------------------------------------

# numeric families, and which families each one absorbs when mixed
_FAMILY_BASES = ((int, 'integral'), (Fraction, 'rational'),
                 (float, 'binary'), (Decimal, 'decimal'))
_ABSORBS = {
    'integral': (),
    'rational': ('integral',),
    'binary': ('integral', 'rational'),
    'decimal': ('integral',),
    'foreign': ('integral',),
}


def _family(tp):
    for base, name in _FAMILY_BASES:
        if issubclass(tp, base):
            return name
    return 'foreign'


def _widen(have, new):
    """Result type when values of types `have` and `new` are combined."""
    if new is bool:
        new = int
    if new is have:
        return have
    fam_have, fam_new = _family(have), _family(new)
    if fam_have == fam_new:
        if issubclass(new, have):
            return new
        if issubclass(have, new):
            return have
        if fam_have == 'integral':
            return new
    elif fam_new in _ABSORBS[fam_have]:
        return have
    elif fam_have in _ABSORBS[fam_new]:
        return new
    # no rule applies; the decimal side is named first
    names = [have.__name__, new.__name__]
    if fam_new == 'decimal':
        names.reverse()
    raise TypeError("don't know how to coerce %s and %s" % tuple(names))


def _ratio(x):
    """(numerator, denominator) of a real number; raises for inf/nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    if isinstance(x, numbers.Rational):
        return x.numerator, x.denominator
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


class _ExactSum:
    """Running exact sum of numbers plus the type the result should take.

    Infinities and NaNs cannot be represented exactly; they are kept apart
    and, when present, decide the total on their own (in native arithmetic).
    """

    __slots__ = ('kind', 'top', 'bottom', 'count', 'wild')

    def __init__(self, values=()):
        self.kind = int
        self.top = 0
        self.bottom = 1
        self.count = 0
        self.wild = []
        for v in values:
            self.push(v)

    def push(self, value):
        self.count += 1
        try:
            n, d = _ratio(value)
        except (OverflowError, ValueError):
            self.kind = _widen(self.kind, type(value))
            self.wild.append(value)
            return
        self.kind = _widen(self.kind, type(value))
        self.add_ratio(n, d)

    def add_ratio(self, n, d):
        if d == self.bottom:
            self.top += n
        else:
            common = self.bottom * d // math.gcd(self.bottom, d)
            self.top = self.top * (common // self.bottom) + n * (common // d)
            self.bottom = common

    def finite(self):
        return not self.wild

    def value(self):
        """Exact total as a Fraction, or the native non-finite total."""
        if self.wild:
            return sum(self.wild)
        return Fraction(self.top, self.bottom)


def _as_kind(value, kind):
    """Turn an exact Fraction back into the data's type."""
    if not isinstance(value, Fraction):
        # a non-finite total is already in its native type
        return value
    n, d = value.numerator, value.denominator
    if issubclass(kind, Decimal):
        return kind(n) / kind(d)
    if issubclass(kind, int):
        return kind(n) if d == 1 else n / d
    if kind is Fraction:
        return value
    return kind(value)


def _spread(data, center):
    """(type, sum of squared deviations) for a list of data."""
    if center is None:
        tally = _ExactSum(data)
        if not tally.finite():
            return tally.kind, tally.value()
        squares = _ExactSum()
        for v in data:
            n, d = _ratio(v)
            squares.add_ratio(n * n, d * d)
        total = tally.value()
        return tally.kind, squares.value() - total * total / len(data)
    tally = _ExactSum((v - center) * (v - center) for v in data)
    return tally.kind, tally.value()


def _float_root(num, den):
    """sqrt(num/den) correctly rounded to a float (num >= 0, den > 0)."""
    if num == 0:
        return 0.0
    # scale so the integer square root carries about 60 significant bits
    shift = 60 - (num.bit_length() - den.bit_length()) // 2
    if shift >= 0:
        scaled_num, scaled_den = num << (2 * shift), den
    else:
        scaled_num, scaled_den = num, den << (-2 * shift)
    q, r = divmod(scaled_num, scaled_den)
    root = math.isqrt(q)
    inexact = bool(r) or root * root != q
    # keep 53 bits, or fewer when the result falls into the subnormal range
    width = root.bit_length()
    keep = min(53, width - shift + 1074)
    drop = width - keep
    if drop <= 0:
        return math.ldexp(root, -shift)
    kept = root >> drop
    rest = root - (kept << drop)
    half = 1 << (drop - 1)
    if rest > half or (rest == half and (inexact or kept & 1)):
        kept += 1
    try:
        return math.ldexp(kept, drop - shift)
    except OverflowError:
        raise OverflowError('integer division result too large for a float')


def _scaled_isqrt(num, den, scale):
    """(isqrt(num/den * 100**scale), whether that root is exact)."""
    if scale >= 0:
        top, bottom = num * 100 ** scale, den
    else:
        top, bottom = num, den * 100 ** -scale
    whole, rest = divmod(top, bottom)
    root = math.isqrt(whole)
    return root, not rest and root * root == whole


def _cmp_scaled(a, a_expo, b, b_expo):
    """Sign of a * 10**a_expo - b * 10**b_expo."""
    if a_expo >= b_expo:
        a *= 10 ** (a_expo - b_expo)
    else:
        b *= 10 ** (b_expo - a_expo)
    return (a > b) - (a < b)


def _decimal_root(num, den):
    """sqrt(num/den) as a Decimal: nearest to the true root at the context
    precision, laid out the way Decimal lays out its own square roots."""
    if num == 0:
        return Decimal('0.0')
    ctx = decimal.getcontext()
    prec = ctx.prec
    # the root's digit count is about half the quotient's; aim for prec + 2
    guess_digits = ((num.bit_length() - den.bit_length()) * 1233 >> 12) // 2
    scale = prec + 3 - guess_digits
    root, exact = _scaled_isqrt(num, den, scale)
    while root < 10 ** (prec + 1):
        scale += 1
        root, exact = _scaled_isqrt(num, den, scale)
    cut = len(str(root)) - prec
    head, tail = divmod(root, 10 ** cut)
    expo = cut - scale
    half = 5 * 10 ** (cut - 1)
    # Decimal's own result comes from the quotient rounded in the context
    quotient = ctx.divide(num, den)
    _, q_digits, q_expo = quotient.as_tuple()
    q_coeff = int(''.join(map(str, q_digits)))
    if tail > half or (tail == half and not exact):
        head += 1
    elif tail == half:
        # exact midpoint: the side the rounded quotient lies on decides
        if _cmp_scaled(q_coeff * den, q_expo, num, 0) > 0:
            head += 1
    if head == 10 ** prec:
        head //= 10
        expo += 1
    # a root whose square is the rounded quotient keeps the short layout
    if _cmp_scaled(head * head, 2 * expo, q_coeff, q_expo) == 0:
        floor_expo = q_expo // 2
        while expo < floor_expo and head % 10 == 0:
            head //= 10
            expo += 1
    return Decimal('%dE%d' % (head, expo))


def _root(value, kind):
    if issubclass(kind, Decimal):
        return _decimal_root(value.numerator, value.denominator)
    return _float_root(value.numerator, value.denominator)


# ---------------------------------------------------------------------------
# averages
# ---------------------------------------------------------------------------

def mean(data):
    """Arithmetic mean, computed exactly and returned in the data's type."""
    tally = _ExactSum(data)
    if tally.count == 0:
        raise StatisticsError('mean requires at least one data point')
    return _as_kind(tally.value() / tally.count, tally.kind)


def fmean(data, weights=None):
    """Fast float mean, optionally weighted."""
    values = data if isinstance(data, (list, tuple)) else list(data)
    if weights is None:
        if not values:
            raise StatisticsError('fmean requires at least one data point')
        return fsum(values) / len(values)
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    if len(weights) != len(values):
        raise StatisticsError('data and weights must be the same length')
    scale = fsum(weights)
    if not scale:
        raise StatisticsError('sum of weights must be non-zero')
    return sumprod(values, weights) / scale


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    logs = []
    try:
        for x in data:
            logs.append(log(x))
    except ValueError:
        logs = None
    if not logs:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers')
    return exp(fsum(logs) / len(logs))


def _no_negatives(x):
    if x < 0:
        raise StatisticsError('harmonic mean does not support negative values')
    return x


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, optionally weighted."""
    values = list(data)
    size = len(values)
    if size < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        if size == 1:
            only = values[0]
            if not isinstance(only, (numbers.Real, Decimal)):
                raise TypeError('unsupported type')
            return _no_negatives(only)
        weights = [1] * size
        weight_total = size
    else:
        weights = list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            _no_negatives(w)
        weight_total = None
    tally = _ExactSum()
    for x, w in zip(values, weights):
        _no_negatives(x)
        if not w:
            tally.push(0)
            continue
        try:
            tally.push(w / x)
        except ZeroDivisionError:
            return 0
    total = tally.value()
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if weight_total is None:
        weight_total = _ExactSum(weights).value()
    return _as_kind(weight_total / total, tally.kind)


def _ordered(data):
    ranked = sorted(data)
    if not ranked:
        raise StatisticsError('no median for empty data')
    return ranked


def median(data):
    """Middle value; the mean of the two middle values for even sizes."""
    ranked = _ordered(data)
    half, odd = divmod(len(ranked), 2)
    if odd:
        return ranked[half]
    return (ranked[half - 1] + ranked[half]) / 2


def median_low(data):
    """Lower of the two middle values (the middle one for odd sizes)."""
    ranked = _ordered(data)
    return ranked[(len(ranked) - 1) // 2]


def median_high(data):
    """Higher of the two middle values (the middle one for odd sizes)."""
    ranked = _ordered(data)
    return ranked[len(ranked) // 2]


def median_grouped(data, interval=1.0):
    """Median of continuous data grouped in classes of the given width."""
    ranked = _ordered(data)
    size = len(ranked)
    centre = ranked[size // 2]
    below = bisect_left(ranked, centre)
    upto = bisect_right(ranked, centre)
    try:
        interval = float(interval)
        centre = float(centre)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = centre - interval / 2
    return lower_limit + interval * (size / 2 - below) / (upto - below)


def _frequencies(data):
    seen = {}
    for item in data:
        seen[item] = seen.get(item, 0) + 1
    return seen


def mode(data):
    """Most common value (the first one met when several tie)."""
    seen = _frequencies(data)
    if not seen:
        raise StatisticsError('no mode for empty data')
    top = max(seen.values())
    for item, hits in seen.items():
        if hits == top:
            return item


def multimode(data):
    """All values sharing the highest frequency, in order of appearance."""
    seen = _frequencies(data)
    if not seen:
        return []
    top = max(seen.values())
    return [item for item, hits in seen.items() if hits == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points splitting the data into n equal-probability groups."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ranked = sorted(data)
    size = len(ranked)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'exclusive':
        stretch, offset = size + 1, n
    elif method == 'inclusive':
        stretch, offset = size - 1, 0
    else:
        raise ValueError('Unknown method: %r' % (method,))
    cuts = []
    for i in range(1, n):
        # the cut sits at 0-based position pos / n in the sorted data
        pos = i * stretch - offset
        lo = min(max(pos // n, 0), size - 2)
        frac = pos - lo * n
        cuts.append((ranked[lo] * (n - frac) + ranked[lo + 1] * frac) / n)
    return cuts


# ---------------------------------------------------------------------------
# spread
# ---------------------------------------------------------------------------

def _listed(data):
    return data if isinstance(data, list) else list(data)


def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    values = _listed(data)
    size = len(values)
    if size < 2:
        raise StatisticsError('variance requires at least two data points')
    kind, dev = _spread(values, xbar)
    return _as_kind(dev / (size - 1), kind)


def pvariance(data, mu=None):
    """Population variance (n in the denominator)."""
    values = _listed(data)
    size = len(values)
    if size < 1:
        raise StatisticsError('pvariance requires at least one data point')
    kind, dev = _spread(values, mu)
    return _as_kind(dev / size, kind)


def stdev(data, xbar=None):
    """Sample standard deviation, the square root of variance()."""
    values = _listed(data)
    size = len(values)
    if size < 2:
        raise StatisticsError('stdev requires at least two data points')
    kind, dev = _spread(values, xbar)
    return _root(dev / (size - 1), kind)


def pstdev(data, mu=None):
    """Population standard deviation, the square root of pvariance()."""
    values = _listed(data)
    size = len(values)
    if size < 1:
        raise StatisticsError('pstdev requires at least one data point')
    kind, dev = _spread(values, mu)
    return _root(dev / size, kind)


# ---------------------------------------------------------------------------
# two variables
# ---------------------------------------------------------------------------

def _paired(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % what)
    if size < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return size


def _centred(values, size):
    middle = fsum(values) / size
    return middle, [v - middle for v in values]


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    size = _paired(x, y, 'covariance')
    _, dx = _centred(x, size)
    _, dy = _centred(y, size)
    return sumprod(dx, dy) / (size - 1)


def _average_ranks(values):
    """Ranks 1..n of the values, ties sharing the mean of their ranks."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0] * len(values)
    start = 0
    while start < len(order):
        stop = start + 1
        while stop < len(order) and values[order[stop]] == values[order[start]]:
            stop += 1
        shared = (start + stop + 1) / 2
        for k in range(start, stop):
            ranks[order[k]] = shared
        start = stop
    return ranks


def correlation(x, y, /, *, method='linear'):
    """Pearson's (method='linear') or Spearman's ('ranked') coefficient."""
    size = _paired(x, y, 'correlation')
    if method == 'ranked':
        x = _average_ranks(list(x))
        y = _average_ranks(list(y))
    elif method != 'linear':
        raise ValueError('Unknown method: %r' % (method,))
    _, dx = _centred(x, size)
    _, dy = _centred(y, size)
    try:
        return sumprod(dx, dy) / sqrt(sumprod(dx, dx) * sumprod(dy, dy))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x."""
    size = _paired(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        x_mid, dx = _centred(x, size)
        y_mid, dy = _centred(y, size)
    # adding 0.0 (not float()) is observable: Decimal data raise TypeError here
    cross = sumprod(dx, dy) + 0.0
    try:
        slope = cross / sumprod(dx, dx)
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=y_mid - slope * x_mid)


# ---------------------------------------------------------------------------
# the normal distribution
# ---------------------------------------------------------------------------

def _std_normal_quantile(p):
    """z with Phi(z) == p, by Wichura's algorithm AS 241 (PPND16)."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top = (((((((2509.0809287301226727 * r +
                     33430.575583588128105) * r +
                    67265.770927008700853) * r +
                   45921.953931549871457) * r +
                  13731.693765509461125) * r +
                 1971.5909503065514427) * r +
                133.14166789178437745) * r +
               3.387132872796366608)
        bottom = (((((((5226.495278852854561 * r +
                        28729.085735721942674) * r +
                       39307.89580009271061) * r +
                      21213.794301586595867) * r +
                     5394.1960214247511077) * r +
                    687.1870074920579083) * r +
                   42.313330701600911252) * r +
                  1.0)
        return q * top / bottom
    tail = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(tail))
    if r <= 5.0:
        r -= 1.6
        top = (((((((7.7454501427834140764e-4 * r +
                     0.0227238449892691845833) * r +
                    0.24178072517745061177) * r +
                   1.27045825245236838258) * r +
                  3.64784832476320460504) * r +
                 5.7694972214606914055) * r +
                4.6303378461565452959) * r +
               1.42343711074968357734)
        bottom = (((((((1.05075007164441684324e-9 * r +
                        5.475938084995344946e-4) * r +
                       0.0151986665636164571966) * r +
                      0.14810397642748007459) * r +
                     0.68976733498510000455) * r +
                    1.6763848301838038494) * r +
                   2.05319162663775882187) * r +
                  1.0)
    else:
        r -= 5.0
        top = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                    0.0012426609473880784386) * r +
                   0.026532189526576123093) * r +
                  0.29656057182850489123) * r +
                 1.7848265399172913358) * r +
                5.4637849111641143699) * r +
               6.6579046435011037772)
        bottom = (((((((2.04426310338993978564e-15 * r +
                        1.4215117583164458887e-7) * r +
                       1.8463183175100546818e-5) * r +
                      7.868691311456132591e-4) * r +
                     0.0148753612908506148525) * r +
                    0.13692988092273580531) * r +
                   0.59983220655588793769) * r +
                  1.0)
    z = top / bottom
    return -z if q < 0.0 else z


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Fit mu and sigma to sample data."""
        values = _listed(data)
        size = len(values)
        if size < 2:
            raise StatisticsError('stdev requires at least two data points')
        kind, dev = _spread(values, None)
        tally = _ExactSum(values)
        if not tally.finite():
            return cls(float(tally.value()) / size, math.nan)
        return cls(float(tally.value() / size),
                   _float_root(*(dev / (size - 1)).as_integer_ratio()))

    def samples(self, n, *, seed=None):
        """n random draws; reproducible when a seed is given."""
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        gap = x - self._mu
        return exp(gap * gap / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """Probability that a draw is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * sqrt(2.0))))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return self._mu + _std_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """n-1 cut points dividing the distribution into equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal densities (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        if not (a._sigma and b._sigma):
            raise StatisticsError('overlap() not defined when sigma is zero')
        va, vb = a.variance, b.variance
        gap = fabs(b._mu - a._mu)
        wider = vb - va
        if not wider:
            return math.erfc(gap / (2.0 * a._sigma * sqrt(2.0)))
        centre = (vb * a._mu - va * b._mu) / wider
        reach = a._sigma * b._sigma * sqrt(gap * gap + wider * log(vb / va))
        reach /= wider
        lost = 0.0
        for x in (centre - reach, centre + reach):
            lost += fabs(b.cdf(x) - a.cdf(x))
        return 1.0 - lost

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu,
                              hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu,
                              hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * fabs(other))

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu,
                                        self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
