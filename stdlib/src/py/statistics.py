"""Basic statistics of numeric data (CPython's statistics module, written for pyrs).

Averages and spreads of int, Fraction and float data are computed exactly
with fractions and rounded once at the end, into the type of the data
(ints give a float when the exact answer is not whole).  fmean, covariance,
correlation and linear_regression work in floats.  NormalDist models a
normal distribution.
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

import math
import numbers
import random
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction


class StatisticsError(ValueError):
    pass


# -- exact sums ------------------------------------------------------------------

def _decimal_class():
    mod = sys.modules.get('decimal')
    return getattr(mod, 'Decimal', None) if mod is not None else None


def _ratio_of(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or
    a NaN."""
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return x, None
    except AttributeError:
        pass
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _wider_type(have, new):
    """The type a mix of `have` and `new` values should be reported in."""
    if have is new or new is int or new is bool:
        return have
    if have is int:
        return new
    if issubclass(new, have):
        return new
    if issubclass(have, new) or issubclass(new, int):
        return have
    if issubclass(have, int):
        return new
    if issubclass(have, Fraction) and issubclass(new, float):
        return new
    if issubclass(have, float) and issubclass(new, Fraction):
        return have
    raise TypeError("don't know how to coerce %s and %s"
                    % (have.__name__, new.__name__))


class _ExactSum:
    """Accumulates values exactly; remembers their common type, their
    count, and (separately, in floats) any infinities and NaNs."""

    def __init__(self):
        self.kind = int
        self.count = 0
        self.by_denominator = {}
        self.odd = None          # running float sum of non-finite values

    def add(self, x):
        self.kind = _wider_type(self.kind, type(x))
        num, den = _ratio_of(x)
        self.count += 1
        if den is None:
            self.odd = num if self.odd is None else self.odd + num
        else:
            self.by_denominator[den] = self.by_denominator.get(den, 0) + num

    def total(self):
        """A Fraction, or a float infinity/NaN when one was added."""
        if self.odd is not None:
            return self.odd
        result = Fraction(0)
        for den, num in self.by_denominator.items():
            result += Fraction(num, den)
        return result


def _exact_sum(values):
    acc = _ExactSum()
    for x in values:
        acc.add(x)
    return acc.kind, acc.total(), acc.count


def _as_type(value, kind):
    """Convert an exact result to the type of the data."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        # Decimal will not take a Fraction; divide in the current context.
        if not isinstance(value, Fraction):
            raise
        return kind(value.numerator) / kind(value.denominator)


def _squared_deviations(data, center=None):
    """(type, sum of squared deviations, mean, count).  The deviations are
    taken from `center` when given (computed in the data's own arithmetic),
    otherwise from the exact mean."""
    if center is not None:
        kind, total, count = _exact_sum((d := x - center) * d for x in data)
        return kind, total, center, count
    acc = _ExactSum()
    squares = {}
    for x in data:
        acc.add(x)
        num, den = _ratio_of(x)
        if den is not None:
            key = den * den
            squares[key] = squares.get(key, 0) + num * num
    count = acc.count
    if not count:
        return acc.kind, Fraction(0), None, 0
    total = acc.total()
    if not isinstance(total, Fraction):
        # An infinity or NaN: it swamps everything else.
        return acc.kind, total, total / count, count
    sum_sq = Fraction(0)
    for den, num in squares.items():
        sum_sq += Fraction(num, den)
    return acc.kind, sum_sq - total * total / count, total / count, count


def _sqrt_ratio(num, den):
    """The float nearest to sqrt(num / den), correctly rounded."""
    if num <= 0:
        if num == 0:
            return 0.0
        raise ValueError('math domain error')
    # Scale by 4**k so that the integer square root keeps 60+ bits, then
    # fold whatever it dropped into a sticky low bit before rounding.
    k = max(0, 62 - (num.bit_length() - den.bit_length()) // 2)
    scaled = num << (2 * k)
    root = math.isqrt(scaled // den)
    if root * root * den != scaled:
        root |= 1
    return math.ldexp(float(root), -k)


def _decimal_root(num, den):
    """sqrt(num / den) as a Decimal of the current precision: the square
    root of the rounded quotient, nudged by at most one unit in the last
    place towards the exact root."""
    import decimal
    if not num:
        return decimal.Decimal('0.0')
    caller = decimal.getcontext()
    work = caller.copy()
    work.clear_flags()
    # A first guess from Decimal arithmetic; its form is kept whenever its
    # value is right.
    ratio = work.divide(num, den)
    work.rounding = decimal.ROUND_HALF_EVEN
    result = work.sqrt(ratio)
    if work.flags[decimal.Inexact]:
        # Check it against an integer root with digits to spare, whose
        # remainder (if any) is marked by a trailing 1, rounded once.
        shift = caller.prec + 3 - (len(str(num)) - len(str(den))) // 2
        top, bottom = num, den
        if shift > 0:
            top *= 10 ** (2 * shift)
        else:
            bottom *= 10 ** (-2 * shift)
        root = math.isqrt(top // bottom)
        sticky = 0 if root * root * bottom == top else 1
        exact = decimal.Decimal(f'{root * 10 + sticky}E{-shift - 1}')
        # The nearest values (two of them for a tie): a guess that is not
        # one of them moves a single step towards them.
        work.rounding = decimal.ROUND_HALF_DOWN
        low = work.plus(exact)
        work.rounding = decimal.ROUND_HALF_UP
        high = work.plus(exact)
        if result < low:
            result = work.next_plus(result)
        elif result > high:
            result = work.next_minus(result)
    for signal in (decimal.Inexact, decimal.Rounded):
        if work.flags[signal]:
            caller.flags[signal] = True
    return result


def _root_as_type(per_item, kind):
    dec = _decimal_class()
    if dec is not None and issubclass(kind, dec):
        return _decimal_root(per_item.numerator, per_item.denominator)
    return _sqrt_ratio(per_item.numerator, per_item.denominator)


def _sumprod_exact(p, q):
    """sum(a * b) over pairs, rounded once for int and float inputs."""
    p = list(p)
    q = list(q)
    if len(p) != len(q):
        raise ValueError('Inputs are not the same length')
    plain = True
    floats = False
    for v in p + q:
        if isinstance(v, float):
            floats = True
            if not math.isfinite(v):
                plain = False
        elif not isinstance(v, int):
            plain = False
    if not plain:
        total = 0
        for a, b in zip(p, q):
            total += a * b
        return total
    if not floats:
        return sum(a * b for a, b in zip(p, q))
    by_den = {}
    for a, b in zip(p, q):
        na, da = a.as_integer_ratio()
        nb, db = b.as_integer_ratio()
        by_den[da * db] = by_den.get(da * db, 0) + na * nb
    top = max(by_den) if by_den else 1
    return float(Fraction(sum(n * (top // d) for d, n in by_den.items()), top))


_sumprod = getattr(math, 'sumprod', _sumprod_exact)


def _float_total(values):
    """(math.fsum(values), number of values), for any iterable."""
    count = 0

    def counted():
        nonlocal count
        for v in values:
            count += 1
            yield v

    total = math.fsum(counted())
    return total, count


# -- averages ----------------------------------------------------------------------

def mean(data):
    """Arithmetic mean of data, computed exactly.
    """
    kind, total, count = _exact_sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / count, kind)


def fmean(data, weights=None):
    """Fast arithmetic mean in floats, optionally weighted.
    """
    if weights is None:
        if isinstance(data, (list, tuple)):
            total, count = math.fsum(data), len(data)
        else:
            total, count = _float_total(data)
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return total / count
    if not isinstance(data, (list, tuple)):
        data = list(data)
    if not isinstance(weights, (tuple, list)):
        weights = list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    weight = math.fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return _sumprod(data, weights) / weight


def geometric_mean(data):
    """The n-th root of the product of n positive values, in floats.
    """
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Reciprocal of the mean of reciprocals of non-negative data,
    optionally weighted; 0 when a value with non-zero weight is 0.
    """
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    count = len(data)
    if count < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if count == 1 and weights is None:
        only = data[0]
        dec = _decimal_class()
        if isinstance(only, numbers.Real) or (dec is not None and isinstance(only, dec)):
            if only < 0:
                raise StatisticsError(negative)
            return only
        raise TypeError('unsupported type')

    def checked(values):
        for v in values:
            if v < 0:
                raise StatisticsError(negative)
            yield v

    if weights is None:
        weights = [1] * count
        weight_total = count
    else:
        weights = list(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(checked(weights))[1]
    try:
        kind, total, _ = _exact_sum(w / x if w else 0
                                    for w, x in zip(weights, checked(data)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_total / total, kind)


def median(data):
    """Middle value of data, or the mean of the two middle values.
    """
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    half = size // 2
    if size % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The smaller of the two middle values when their count is even.
    """
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """The larger of the two middle values when their count is even.
    """
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """Median of continuous data grouped in classes of width `interval`
    centred on the data points, found by interpolation (the 50th
    percentile).
    """
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    middle = ordered[size // 2]
    below = bisect_left(ordered, middle)
    upto = bisect_right(ordered, middle, lo=below)
    try:
        interval, middle = float(interval), float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (size / 2 - below) / (upto - below)


def mode(data):
    """The most common value of discrete or nominal data (the first one
    seen, on a tie).
    """
    tally = Counter(iter(data)).most_common(1)
    if not tally:
        raise StatisticsError('no mode for empty data')
    return tally[0][0]


def multimode(data):
    """All the most common values, in the order first seen.
    """
    tally = Counter(iter(data))
    if not tally:
        return []
    top = max(tally.values())
    return [value for value, seen in tally.items() if seen == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal
    probability.  method 'exclusive' treats data as a sample that may miss
    the extremes; 'inclusive' as the whole population (or a sample known
    to include its minimum and maximum).
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((ordered[j] * (n - frac) + ordered[j + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((ordered[j - 1] * (n - frac) + ordered[j] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# -- spread ------------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (divided by n - 1); xbar, when given, is taken as
    the mean.
    """
    kind, spread, _, count = _squared_deviations(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(spread / (count - 1), kind)


def pvariance(data, mu=None):
    """Population variance (divided by n); mu, when given, is taken as
    the mean.
    """
    kind, spread, _, count = _squared_deviations(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(spread / count, kind)


def stdev(data, xbar=None):
    """Sample standard deviation, the square root of variance(), correctly
    rounded to a float (or to a Decimal for Decimal data).
    """
    kind, spread, _, count = _squared_deviations(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    per_item = spread / (count - 1)
    return _root_as_type(per_item, kind)


def pstdev(data, mu=None):
    """Population standard deviation, the square root of pvariance(),
    correctly rounded to a float (or to a Decimal for Decimal data).
    """
    kind, spread, _, count = _squared_deviations(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    per_item = spread / count
    return _root_as_type(per_item, kind)


# -- two variables -------------------------------------------------------------------

def _centred(values, count):
    centre = math.fsum(values) / count
    return centre, [v - centre for v in values]


def covariance(x, y, /):
    """Sample covariance of two equally long inputs.
    """
    count = len(x)
    if len(y) != count:
        raise StatisticsError('covariance requires that both inputs have same '
                              'number of data points')
    if count < 2:
        raise StatisticsError('covariance requires at least two data points')
    _, dx = _centred(x, count)
    _, dy = _centred(y, count)
    return _sumprod(dx, dy) / (count - 1)


def _ranks(values):
    """1-based ranks of values, tied values sharing the mean of their
    positions."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0] * len(values)
    start = 0
    while start < len(order):
        stop = start + 1
        while stop < len(order) and values[order[stop]] == values[order[start]]:
            stop += 1
        shared = (start + 1 + stop) / 2
        for pos in range(start, stop):
            result[order[pos]] = shared
        start = stop
    return result


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient of two equally long inputs, or
    with method='ranked' Spearman's (the Pearson coefficient of the
    ranks).
    """
    count = len(x)
    if len(y) != count:
        raise StatisticsError('correlation requires that both inputs have same '
                              'number of data points')
    if count < 2:
        raise StatisticsError('correlation requires at least two data points')
    if method not in ('linear', 'ranked'):
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        x, y = _ranks(list(x)), _ranks(list(y))
    _, dx = _centred(x, count)
    _, dy = _centred(y, count)
    cross = _sumprod(dx, dy)
    try:
        return cross / math.sqrt(_sumprod(dx, dx) * _sumprod(dy, dy))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x; with
    proportional=True the line is forced through the origin.
    """
    count = len(x)
    if len(y) != count:
        raise StatisticsError('linear regression requires that both inputs '
                              'have same number of data points')
    if count < 2:
        raise StatisticsError('linear regression requires at least two data '
                              'points')
    if proportional:
        dx, dy = x, y
    else:
        x_mid, dx = _centred(x, count)
        y_mid, dy = _centred(y, count)
    cross = _sumprod(dx, dy) + 0.0
    try:
        slope = cross / _sumprod(dx, dx)
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=y_mid - slope * x_mid)


# -- the normal distribution ---------------------------------------------------------

_ROOT2 = math.sqrt(2.0)

# Rational approximations of the normal quantile function from Wichura's
# algorithm AS 241 (1988), coefficients listed from the constant term up.
_AS241_CENTRAL = (
    (3.387132872796366608, 133.14166789178437745, 1971.5909503065514427,
     13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
     33430.575583588128105, 2509.0809287301226727),
    (1.0, 42.313330701600911252, 687.1870074920579083,
     5394.1960214247511077, 21213.794301586595867, 39307.89580009271061,
     28729.085735721942674, 5226.495278852854561))
_AS241_NEAR = (
    (1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055,
     3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
     0.0227238449892691845833, 7.7454501427834140764e-4),
    (1.0, 2.05319162663775882187, 1.6763848301838038494,
     0.68976733498510000455, 0.14810397642748007459,
     0.0151986665636164571966, 5.475938084995344946e-4,
     1.05075007164441684324e-9))
_AS241_FAR = (
    (6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358,
     0.29656057182850489123, 0.026532189526576123093,
     0.0012426609473880784386, 2.71155556874348757815e-5,
     2.01033439929228813265e-7),
    (1.0, 0.59983220655588793769, 0.13692988092273580531,
     0.0148753612908506148525, 7.868691311456132591e-4,
     1.8463183175100546818e-5, 1.4215117583164458887e-7,
     2.04426310338993978564e-15))


def _horner(coefficients, r):
    acc = coefficients[-1]
    for c in reversed(coefficients[:-1]):
        acc = acc * r + c
    return acc


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        z = _horner(top, r) * q / _horner(bottom, r)
        return mu + z * sigma
    tail = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(tail))
    if r <= 5.0:
        r -= 1.6
        top, bottom = _AS241_NEAR
    else:
        r -= 5.0
        top, bottom = _AS241_FAR
    z = _horner(top, r) / _horner(bottom, r)
    if q < 0.0:
        z = -z
    return mu + z * sigma


_erf_state = []


def _root_pi_scaled(bits):
    """floor(sqrt(pi) * 2**bits), pi from Machin's formula."""
    if not _erf_state:
        guard = bits + 32
        unit = 1 << guard

        def arctan_inv(m):
            # arctan(1/m) * unit
            total = term = unit // m
            k = 1
            square = m * m
            while term:
                term //= square
                k += 2
                total += -(term // k) if k % 4 == 3 else term // k
            return total

        pi_scaled = 16 * arctan_inv(5) - 4 * arctan_inv(239)
        _erf_state.append(math.isqrt(pi_scaled << (2 * bits - guard)))
    return _erf_state[0]


def _erf_fallback(x):
    """erf(x) correctly rounded, from its Maclaurin series in exact integer
    arithmetic (used when the math module has no erf)."""
    if math.isnan(x) or x == 0.0:
        return x
    if math.fabs(x) >= 6.0:
        return math.copysign(1.0, x)
    bits = 320
    num, den = math.fabs(x).as_integer_ratio()
    num2, den2 = num * num, den * den
    # series = sum over k of (-x*x)**k / (k! * (2k + 1)), scaled by 2**bits
    power = 1 << bits
    series = power
    k = 0
    while power:
        k += 1
        power = power * num2 // (den2 * k)
        step = power // (2 * k + 1)
        series += -step if k % 2 else step
    value = (2 * series * num) / (den * _root_pi_scaled(bits))
    return math.copysign(value, x)


_erf = getattr(math, 'erf', _erf_fallback)


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'Mean (and median and mode) of the distribution',
        '_sigma': 'Standard deviation of the distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma the standard
        deviation."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution fitted to a sample: its mean and sample
        standard deviation."""
        _, spread, centre, count = _squared_deviations(data)
        if count < 2:
            raise StatisticsError('stdev requires at least two data points')
        per_item = spread / (count - 1)
        try:
            sigma = _sqrt_ratio(per_item.numerator, per_item.denominator)
        except AttributeError:
            # Infinite or NaN data.
            sigma = float(centre) / float(spread)
        return cls(float(centre), sigma)

    def samples(self, n, *, seed=None):
        """n random values from the distribution; a seed makes them
        reproducible."""
        source = random if seed is None else random.Random(seed)
        centre, spread = self._mu, self._sigma
        return [source.gauss(centre, spread) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma ** 2.0
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        gap = x - self._mu
        return math.exp(gap * gap / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """Probability that a random value is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _erf((x - self._mu) / (self._sigma * _ROOT2)))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n-1 cut points dividing the distribution into n intervals
        of equal probability."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The area shared by the two density curves, between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = self, other
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow
        var_n, var_w = narrow.variance, wide.variance
        if not var_n or not var_w:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = var_w - var_n
        dm = math.fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - _erf(dm / (2.0 * narrow._sigma * _ROOT2))
        # The densities cross at x1 and x2.
        a = narrow._mu * var_w - wide._mu * var_n
        b = narrow._sigma * wide._sigma * math.sqrt(
            dm * dm + dv * math.log(var_w / var_n))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(wide.cdf(x1) - narrow.cdf(x1))
                      + math.fabs(wide.cdf(x2) - narrow.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self.mean) / self._sigma

    @property
    def mean(self):
        """The mean of the distribution."""
        return self._mu

    @property
    def median(self):
        """The median, equal to the mean."""
        return self._mu

    @property
    def mode(self):
        """The mode (peak of the density), equal to the mean."""
        return self._mu

    @property
    def stdev(self):
        """The standard deviation."""
        return self._sigma

    @property
    def variance(self):
        """The variance, sigma squared."""
        return self._sigma ** 2.0

    # Arithmetic: shifting and scaling by a constant, or adding and
    # subtracting independent normal variables.

    def __add__(self, other):
        mu, sigma = self._mu, self._sigma
        if isinstance(other, NormalDist):
            return NormalDist(mu + other._mu, math.hypot(sigma, other._sigma))
        return NormalDist(mu + other, sigma)

    def __sub__(self, other):
        mu, sigma = self._mu, self._sigma
        if isinstance(other, NormalDist):
            return NormalDist(mu - other._mu, math.hypot(sigma, other._sigma))
        return NormalDist(mu - other, sigma)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(*self.__getstate__())

    def __neg__(self):
        mu, sigma = self.__getstate__()
        return NormalDist(-mu, sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self.__getstate__() == other.__getstate__()
        return NotImplemented

    def __hash__(self):
        return hash(self.__getstate__())

    def __repr__(self):
        name = type(self).__name__
        return f'{name}(mu={self._mu!r}, sigma={self._sigma!r})'

    # Pickling support (the instance has slots, no __dict__).

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        mu, sigma = state
        self._mu = mu
        self._sigma = sigma
