# statistics: mean, fmean, geometric_mean, harmonic_mean, medians, mode, multimode.
import statistics as st
from statistics import StatisticsError
from fractions import Fraction as F


def show(label, thunk):
    try:
        r = thunk()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


_state = [12345]
def rnd():
    _state[0] = (_state[0] * 1103515245 + 12345) % 2**31
    return _state[0] / 2**31


def floats(n, scale=100.0, shift=0.5):
    return [(rnd() - shift) * scale for _ in range(n)]


print(st.__all__)
print(issubclass(StatisticsError, ValueError))
inf, nan = float('inf'), float('nan')

# exact means of float data, digit for digit
for k in range(12):
    data = floats(3 + k % 5, scale=10.0 ** (k % 7 - 3))
    print(k, repr(st.mean(data)), repr(st.fmean(data)), repr(st.median(data)))
data = [0.1] * 10 + [1e16, 1.0, -1e16]
print(st.mean(data), st.fmean(data), sum(data) / len(data))

cases = [
    ('mean ints', lambda: st.mean([1, 2, 3, 4, 4])), ('mean int exact', lambda: st.mean([1, 2, 3])),
    ('mean mixed', lambda: st.mean([1, 2.5])), ('mean fr', lambda: st.mean([F(1, 2), 1])),
    ('mean fr+float', lambda: st.mean([F(1, 2), 0.5])), ('mean bools', lambda: st.mean([True, True])),
    ('mean bools2', lambda: st.mean([True, False, True])), ('mean iter', lambda: st.mean(iter([1, 2]))),
    ('mean range', lambda: st.mean(range(10))), ('mean big', lambda: st.mean([2**80, 1])),
    ('mean empty', lambda: st.mean([])), ('mean complex', lambda: st.mean([1 + 1j])),
    ('mean str', lambda: st.mean(['a'])), ('mean 1,str', lambda: st.mean([1, 'a'])),
    ('mean inf', lambda: st.mean([1.5, inf])), ('mean nan', lambda: st.mean([nan, 1])),
    ('mean inf-inf', lambda: st.mean([inf, -inf])), ('mean 1e308', lambda: st.mean([1e308, 1e308])),
    ('mean F', lambda: st.mean([F(1, 3), F(2, 3), 1])),
    ('fmean', lambda: st.fmean([1, 2, 3])), ('fmean empty', lambda: st.fmean([])),
    ('fmean iter empty', lambda: st.fmean(iter([]))), ('fmean w', lambda: st.fmean([1, 2], [3, 1])),
    ('fmean w len', lambda: st.fmean([1, 2], [1])), ('fmean w zero', lambda: st.fmean([1, 2], [0, 0])),
    ('fmean w cancel', lambda: st.fmean([1, 2], [1, -1])), ('fmean iters', lambda: st.fmean(iter([1, 2]), iter([1, 1]))),
    ('fmean F', lambda: st.fmean([F(1, 3), 1])), ('fmean bool', lambda: st.fmean([True, 2])),
    ('fmean [] []', lambda: st.fmean([], [])), ('fmean inf', lambda: st.fmean([inf, 1])),
    ('gmean', lambda: st.geometric_mean([54, 24, 36])), ('gmean 124', lambda: st.geometric_mean([1, 2, 4])),
    ('gmean zero', lambda: st.geometric_mean([0, 1])), ('gmean empty', lambda: st.geometric_mean([])),
    ('gmean neg', lambda: st.geometric_mean([-1, 1])), ('gmean F', lambda: st.geometric_mean([F(1, 2), 8])),
    ('gmean iter', lambda: st.geometric_mean(iter([2, 8]))),
    ('hmean', lambda: st.harmonic_mean([40, 60])), ('hmean 124', lambda: st.harmonic_mean([1, 2, 4])),
    ('hmean F', lambda: st.harmonic_mean([F(1, 2), 2])), ('hmean FF', lambda: st.harmonic_mean([F(1, 2), F(1, 4)])),
    ('hmean zero', lambda: st.harmonic_mean([1, 0, 2])), ('hmean neg', lambda: st.harmonic_mean([1, -1])),
    ('hmean empty', lambda: st.harmonic_mean([])), ('hmean one', lambda: st.harmonic_mean([5])),
    ('hmean one f', lambda: st.harmonic_mean([5.0])), ('hmean one F', lambda: st.harmonic_mean([F(1, 3)])),
    ('hmean one bool', lambda: st.harmonic_mean([True])), ('hmean one neg', lambda: st.harmonic_mean([-2.5])),
    ('hmean one str', lambda: st.harmonic_mean(['a'])), ('hmean one cx', lambda: st.harmonic_mean([1j])),
    ('hmean w', lambda: st.harmonic_mean([40, 60], weights=[5, 30])),
    ('hmean w len', lambda: st.harmonic_mean([1, 2], [1, 2, 3])), ('hmean w zero', lambda: st.harmonic_mean([1, 2], [0, 0])),
    ('hmean w neg', lambda: st.harmonic_mean([1, 2], [1, -1])), ('hmean w F', lambda: st.harmonic_mean([1, 2], [2, F(1, 3)])),
    ('hmean w one', lambda: st.harmonic_mean([2], [3])), ('hmean w 0 data', lambda: st.harmonic_mean([0], [3])),
    ('hmean 0 with 0 w', lambda: st.harmonic_mean([1, 0], [1, 0])), ('hmean iter', lambda: st.harmonic_mean(iter([1, 2, 3]))),
    ('hmean inf', lambda: st.harmonic_mean([inf, 1])), ('hmean 0 before neg', lambda: st.harmonic_mean([1, 0, -1])),
    ('hmean w iter', lambda: st.harmonic_mean([1, 2], iter([1, 1]))), ('hmean str', lambda: st.harmonic_mean('ab')),
    ('median', lambda: st.median([3, 1, 2])), ('median even', lambda: st.median([3, 1, 2, 4])),
    ('median F', lambda: st.median([F(1), F(2)])), ('median str', lambda: st.median(['a', 'c', 'b'])),
    ('median str even', lambda: st.median(['a', 'c'])), ('median empty', lambda: st.median([])),
    ('median_low', lambda: st.median_low([1, 3, 2, 4])), ('median_high', lambda: st.median_high([1, 3, 2, 4])),
    ('median_low odd', lambda: st.median_low([5, 1, 3])), ('median_high empty', lambda: st.median_high([])),
    ('median_low empty', lambda: st.median_low(iter([]))), ('median_low str', lambda: st.median_low(['b', 'a'])),
    ('mg', lambda: st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])),
    ('mg i1', lambda: st.median_grouped([1, 3, 3, 5, 7], interval=1)),
    ('mg i2', lambda: st.median_grouped([1, 3, 3, 5, 7], interval=2)),
    ('mg 52', lambda: st.median_grouped([52, 52, 53, 54])), ('mg one', lambda: st.median_grouped([1])),
    ('mg F', lambda: st.median_grouped([F(1), F(3)])), ('mg str', lambda: st.median_grouped(['a'])),
    ('mg bad interval', lambda: st.median_grouped([1], 'x')), ('mg zero interval', lambda: st.median_grouped([1, 2], interval=0)),
    ('mg floats', lambda: st.median_grouped([2.5, 3.5], 1.5)), ('mg F interval', lambda: st.median_grouped([1, 2], F(1, 3))),
    ('mg numeric strs', lambda: st.median_grouped(['1', '2'])), ('mg empty', lambda: st.median_grouped([])),
    ('mode', lambda: st.mode([1, 1, 2])), ('mode tie', lambda: st.mode([1, 2, 2, 1])),
    ('mode str', lambda: st.mode('aabbbc')), ('mode empty', lambda: st.mode([])),
    ('mode iter empty', lambda: st.mode(iter([]))), ('mode unhashable', lambda: st.mode([[1]])),
    ('mode colors', lambda: st.mode(['red', 'blue', 'blue', 'red', 'green', 'red'])),
    ('multimode', lambda: st.multimode('aabbcc')), ('multimode 2', lambda: st.multimode([1, 2, 2, 1, 3])),
    ('multimode empty', lambda: st.multimode([])), ('multimode iter', lambda: st.multimode(iter([3]))),
    ('multimode b', lambda: st.multimode('aabbbbbbbbcc')),
]
for label, thunk in cases:
    show(label, thunk)

for k in range(10):
    data = [abs(v) + 0.01 for v in floats(2 + k % 6, scale=10.0 ** (k % 5 - 2))]
    w = [abs(v) for v in floats(len(data), scale=3.0)]
    print(k, repr(st.geometric_mean(data)), repr(st.harmonic_mean(data)),
          repr(st.harmonic_mean(data, w)), repr(st.fmean(data, w)),
          repr(st.median_grouped(data, 0.25)), repr(st.median_low(data)))
