# statistics: quantiles, covariance, correlation (linear, ranked), linear_regression.
import statistics as st
from fractions import Fraction as F


def show(label, thunk):
    try:
        r = thunk()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


_state = [4242]
def rnd():
    _state[0] = (_state[0] * 1103515245 + 12345) % 2**31
    return _state[0] / 2**31


for k in range(12):
    n = 2 + k % 9
    data = [round((rnd() - 0.5) * 10 ** (k % 4), 3 + k % 3) for _ in range(n)]
    m = 1 + k % 7
    print(k, st.quantiles(data, n=m), st.quantiles(data, n=m, method='inclusive'))
print(st.quantiles(range(1, 11), n=10), st.quantiles([1, 2], n=10))
print(st.quantiles([F(1), F(2), F(3)], n=3), st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110,
      100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86,
      111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
for label, thunk in [
        ('q default', lambda: st.quantiles([1, 2, 3, 4, 5])), ('q n=1', lambda: st.quantiles([1, 2, 3], n=1)),
        ('q n=0', lambda: st.quantiles([1, 2, 3], n=0)), ('q n=-1', lambda: st.quantiles([1, 2, 3], n=-1)),
        ('q one', lambda: st.quantiles([1], n=4)), ('q empty', lambda: st.quantiles([], n=4)),
        ('q method', lambda: st.quantiles([1, 2], method='foo')), ('q float n', lambda: st.quantiles([1, 2, 3], n=2.0)),
        ('q incl', lambda: st.quantiles([1, 2, 3], n=4, method='inclusive')),
        ('q incl 2', lambda: st.quantiles([3, 1], n=4, method='inclusive')),
        ('q iter', lambda: st.quantiles(iter([5, 1, 3]), n=2)), ('q floats', lambda: st.quantiles([1.5, 2.5], n=3)),
        ('q positional', lambda: st.quantiles([1, 2, 3], 4))]:
    show(label, thunk)

for k in range(15):
    n = 2 + k % 8
    x = [(rnd() - 0.5) * 10 ** (k % 5 - 1) for _ in range(n)]
    y = [xi * (k - 7) + (rnd() - 0.5) * 3 for xi in x]
    print(k, repr(st.covariance(x, y)), repr(st.correlation(x, y)),
          repr(st.correlation(x, y, method='ranked')), st.linear_regression(x, y),
          st.linear_regression(x, y, proportional=True))

xi = [1, 2, 3, 4, 5, 6, 7, 8, 9]
yi = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(xi, yi), st.correlation(xi, yi), st.correlation(xi, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.correlation([1, 2, 2, 3], [4, 4, 2, 1], method='ranked'), st.correlation(xi, [v * v for v in xi], method='ranked'))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr, lr.slope, lr.intercept, type(lr).__name__, lr._fields, round(lr.slope * 2019 + lr.intercept))
print(st.linear_regression([1, 2, 3], [2, 4, 6]), st.linear_regression([F(1), F(2)], [F(1), F(3)]))
for label, thunk in [
        ('cov short', lambda: st.covariance([1], [1])), ('cov len', lambda: st.covariance([1, 2], [1])),
        ('cov ints', lambda: st.covariance([1, 2, 3], [1, 2, 5])), ('cov F', lambda: st.covariance([F(1), F(2)], [1, 2])),
        ('cov iter', lambda: st.covariance(iter([1, 2]), [1, 2])), ('cov neg', lambda: st.covariance([1, 2, 3], [3, 2, 1])),
        ('corr len', lambda: st.correlation([1, 2], [1])), ('corr short', lambda: st.correlation([1], [1])),
        ('corr const', lambda: st.correlation([1, 1], [1, 2])), ('corr const y', lambda: st.correlation([1, 2, 3], [5, 5, 5])),
        ('corr ints', lambda: st.correlation([1, 2, 3], [1, 2, 5])),
        ('corr ranked', lambda: st.correlation([1, 2, 3], [1, 2, 5], method='ranked')),
        ('corr method', lambda: st.correlation([1, 2, 3], [1, 2, 5], method='x')),
        ('corr pos method', lambda: st.correlation([1, 2, 3], [1, 2, 3], 'ranked')),
        ('corr iter', lambda: st.correlation(iter([1, 2, 3]), [1, 2, 3])),
        ('lr short', lambda: st.linear_regression([1], [1])), ('lr len', lambda: st.linear_regression([1, 2], [1])),
        ('lr const', lambda: st.linear_regression([1, 1], [1, 2])),
        ('lr prop zero', lambda: st.linear_regression([0, 0], [1, 2], proportional=True)),
        ('lr ints', lambda: st.linear_regression([1, 2, 3], [2, 4, 7])),
        ('lr prop', lambda: st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True)),
        ('lr prop F', lambda: st.linear_regression([F(1), F(2)], [F(1), F(3)], proportional=True)),
        ('lr iter', lambda: st.linear_regression(iter([1, 2]), [1, 2]))]:
    show(label, thunk)
