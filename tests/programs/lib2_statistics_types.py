import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)

data_f = [F(1, 3), F(2, 3), F(5, 6), F(1, 2)]
data_d = [D("1.10"), D("2.25"), D("3.5"), D("0.15")]
data_i = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]

for name, data in [("frac", data_f), ("dec", data_d), ("int", data_i)]:
    show(name + " mean", st.mean, data)
    show(name + " median", st.median, data)
    show(name + " median_low", st.median_low, data)
    show(name + " median_high", st.median_high, data)
    show(name + " variance", st.variance, data)
    show(name + " pvariance", st.pvariance, data)
    show(name + " stdev", st.stdev, data)
    show(name + " pstdev", st.pstdev, data)

show("fmean", st.fmean, data_i)
show("fmean weights", st.fmean, [1, 2, 3], weights=[3, 2, 1])
show("fmean bad weights", st.fmean, [1, 2, 3], weights=[1, 2])
show("geometric", st.geometric_mean, [1, 2, 4, 8])
show("geometric neg", st.geometric_mean, [1, -2, 4])
show("harmonic", st.harmonic_mean, [40, 60])
show("harmonic weights", st.harmonic_mean, [40, 60], weights=[5, 30])
show("harmonic zero", st.harmonic_mean, [1, 0, 2])
show("harmonic neg", st.harmonic_mean, [1, -1])
show("mode", st.mode, data_i)
show("mode str", st.mode, "abracadabra")
show("multimode", st.multimode, "aabbbccccdddd")
show("multimode empty", st.multimode, [])
show("mode empty", st.mode, [])
show("median empty", st.median, [])
show("mean empty", st.mean, [])
show("variance one", st.variance, [1])
show("pvariance empty", st.pvariance, [])
show("median_grouped", st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
show("median_grouped int", st.median_grouped, [52, 52, 53, 54], interval=2)
show("quantiles", st.quantiles, range(1, 21))
show("quantiles n=10", st.quantiles, range(1, 21), n=10)
show("quantiles incl", st.quantiles, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method="inclusive")
show("quantiles bad n", st.quantiles, [1, 2, 3], n=0)
show("quantiles bad method", st.quantiles, [1, 2, 3], method="foo")
show("quantiles one", st.quantiles, [5])
show("variance mu", st.variance, [1, 2, 3, 4], 2.5)
show("pstdev mu", st.pstdev, [F(1), F(2), F(3)], F(2))
show("mean mixed int float", st.mean, [1, 2.5, F(1, 2)])
show("stdev complex", st.stdev, [1j, 2j])
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
show("covariance", st.covariance, x, y)
show("correlation", st.correlation, x, y)
show("correlation ranked", st.correlation, x, y, method="ranked")
show("correlation const", st.correlation, [1, 1, 1], [1, 2, 3])
show("correlation len", st.correlation, [1, 2], [1, 2, 3])
show("covariance short", st.covariance, [1], [2])
lr = st.linear_regression(x, y)
print("lr", lr, round(lr.slope, 6), round(lr.intercept, 6))
lr2 = st.linear_regression(x, y, proportional=True)
print("lr prop", round(lr2.slope, 6), lr2.intercept)
show("lr const x", st.linear_regression, [1, 1, 1], [1, 2, 3])
print(st.StatisticsError.__mro__[1].__name__)

nd = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(nd.mean, 6), round(nd.stdev, 6))
print(round(nd.cdf(3.0), 6), round(nd.inv_cdf(0.9), 6), round(nd.pdf(2.8), 6))
a = st.NormalDist(100, 15)
b = st.NormalDist(110, 10)
print(a + b, a - 5, a * 2, 3 * a, a / 3)
print(round(a.overlap(b), 6), round(a.zscore(130), 6))
print([round(q, 4) for q in a.quantiles(4)])
print(a == st.NormalDist(100, 15), repr(st.NormalDist()))
show("nd bad sigma", st.NormalDist, 0, -1)
show("inv_cdf 0", a.inv_cdf, 0)
show("from_samples one", st.NormalDist.from_samples, [1])
print(st.median([1, 3, 2, 4]), st.median_low([1, 3, 2, 4]), st.median_high([1, 3, 2, 4]))
print(st.mode([1.5, 2.5, 1.5]), st.mode([(1, 2), (1, 2), (3,)]))
