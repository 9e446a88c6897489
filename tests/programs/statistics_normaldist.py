# statistics.NormalDist: construction, properties, pdf, inv_cdf, quantiles, zscore,
# samples, arithmetic, equality, errors.
from statistics import NormalDist as N, StatisticsError
from fractions import Fraction as F
import copy


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


for label, thunk in [
        ('N()', lambda: N()), ('N(1,2)', lambda: N(1, 2)), ('N(F,3)', lambda: N(F(1, 2), 3)),
        ('N(mu=2)', lambda: N(mu=2)), ('N(sigma=3)', lambda: N(sigma=3)), ('neg sigma', lambda: N(1, -1)),
        ('zero sigma', lambda: N(1, 0)), ('str mu', lambda: N('a')), ('str sigma', lambda: N(1, 'x')),
        ('props', lambda: (N(1, 2).mean, N(1, 2).median, N(1, 2).mode, N(1, 2).stdev, N(1, 2).variance)),
        ('pdf', lambda: N(1, 2).pdf(1.5)), ('pdf mu', lambda: N(1, 2).pdf(1)), ('pdf far', lambda: N(0, 1).pdf(40)),
        ('pdf 0 sigma', lambda: N(1, 0).pdf(1)), ('pdf str', lambda: N(1, 2).pdf('a')),
        ('cdf 0 sigma', lambda: N(1, 0).cdf(1)), ('cdf mu', lambda: N(1, 2).cdf(1)),
        ('cdf inf', lambda: N(1, 2).cdf(float('inf'))), ('cdf -inf', lambda: N(1, 2).cdf(float('-inf'))),
        ('cdf far', lambda: N(0, 1).cdf(-40)), ('cdf tiny', lambda: N(0, 1).cdf(1e-300)),
        ('inv_cdf', lambda: N(1, 2).inv_cdf(0.3)), ('inv_cdf 0', lambda: N(1, 2).inv_cdf(0)),
        ('inv_cdf 1', lambda: N(1, 2).inv_cdf(1)), ('inv_cdf 0 sigma', lambda: N(1, 0).inv_cdf(0.3)),
        ('inv_cdf tiny', lambda: N(0, 1).inv_cdf(1e-300)), ('inv_cdf near 1', lambda: N(0, 1).inv_cdf(1 - 1e-16)),
        ('inv_cdf half', lambda: N(3, 2).inv_cdf(0.5)),
        ('quantiles', lambda: N(1, 2).quantiles()), ('quantiles 5', lambda: N(1, 2).quantiles(5)),
        ('quantiles 1', lambda: N(1, 2).quantiles(1)), ('quantiles 0', lambda: N(1, 2).quantiles(0)),
        ('zscore', lambda: N(1, 2).zscore(3)), ('zscore 0 sigma', lambda: N(1, 0).zscore(3)),
        ('overlap type', lambda: N(1, 2).overlap(3)), ('overlap 0 sigma', lambda: N(1, 0).overlap(N(1, 2))),
        ('overlap same', lambda: N(1, 2).overlap(N(1, 2))),
        ('add', lambda: N(1, 2) + N(3, 4)), ('add c', lambda: N(1, 2) + 3), ('radd', lambda: 3 + N(1, 2)),
        ('sub', lambda: N(1, 2) - N(3, 4)), ('sub c', lambda: N(1, 2) - 3), ('rsub', lambda: 3 - N(1, 2)),
        ('mul', lambda: N(1, 2) * 3), ('rmul', lambda: 3 * N(1, 2)), ('mul neg', lambda: N(1, 2) * -3),
        ('div', lambda: N(1, 2) / 4), ('div neg', lambda: N(1, 2) / -4), ('rdiv', lambda: 4 / N(1, 2)),
        ('neg', lambda: -N(1, 2)), ('pos', lambda: +N(1, 2)),
        ('add str', lambda: N(1, 2) + 'a'), ('div 0', lambda: N(1, 2) / 0), ('lt', lambda: N(1, 2) < N(2, 3)),
        ('eq', lambda: (N(1, 2) == N(1, 2), N(1, 2) == N(1.0, 2.0), N(1, 2) == (1, 2), N(1, 2) != N(1, 3))),
        ('hash', lambda: hash(N(1, 2)) == hash((1.0, 2.0))), ('set', lambda: len({N(1, 2), N(1.0, 2), N(2, 1)})),
        ('big add', lambda: N(1e300, 1e300) + N(1e300, 1e300)),
        ('from_samples', lambda: N.from_samples([1, 2, 3, 4])), ('from_samples one', lambda: N.from_samples([1])),
        ('from_samples F', lambda: N.from_samples([F(1), F(2)])),
        ('from_samples iter', lambda: N.from_samples(iter([1.5, 2.5, 4]))),
        ('from_samples inf', lambda: N.from_samples([1, float('inf')])),
        ('from_samples floats', lambda: N.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])),
        ('samples', lambda: N(1, 2).samples(3, seed=42)), ('samples 0', lambda: N(0, 1).samples(0, seed=1)),
        ('samples 0 sigma', lambda: N(5, 0).samples(2, seed=1)),
        ('samples float n', lambda: N(1, 2).samples(2.0, seed=1)), ('samples neg', lambda: N(1, 2).samples(-1, seed=1)),
        ('samples pos', lambda: N(1, 2).samples(2, 1)),
]:
    show(label, thunk)

nd = N(100, 15)
print([round(nd.inv_cdf(p / 20), 12) for p in range(1, 20)])
print([nd.inv_cdf(p) for p in (0.001, 0.01, 0.05, 0.0749, 0.0751, 0.5, 0.9249, 0.9251, 0.99, 1e-12, 1 - 1e-12)])
print([nd.pdf(x) for x in (55, 70, 85, 99.5, 100, 130, 160)])
print([nd.zscore(x) for x in (55, 70, 100, 131.5)])
print(nd.quantiles(10))
xs = N(0, 1).samples(1000, seed=8675309)
fitted = N.from_samples(xs)
print(fitted, round(fitted.mean, 10), round(fitted.stdev, 10))


class M(N):
    pass


m = M(1, 2)
print(repr(m), repr(m + 1), repr(M.from_samples([1, 2])), repr(-m), m == N(1, 2), isinstance(m * 2, M))
print(copy.copy(N(1, 2)), copy.deepcopy(N(3, 4)), N(1, 2).__getstate__())
n2 = N.__new__(N)
n2.__setstate__((5.0, 6.0))
print(n2)
