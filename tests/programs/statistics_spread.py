# statistics: variance, pvariance, stdev, pstdev (exact sums, correct rounding).
import statistics as st
from fractions import Fraction as F


def show(label, thunk):
    try:
        r = thunk()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


_state = [987654]
def rnd():
    _state[0] = (_state[0] * 1103515245 + 12345) % 2**31
    return _state[0] / 2**31


inf, nan = float('inf'), float('nan')
for k in range(25):
    n = 2 + k % 7
    scale = 10.0 ** (k % 9 - 4)
    data = [(rnd() - 0.3) * scale for _ in range(n)]
    c = data[0] * 0.5
    print(k, repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)),
          repr(st.pstdev(data)), repr(st.variance(data, c)), repr(st.pstdev(data, c)))

for data in ([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
             [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], [1e150, 3e150], [1e-150, 3e-150],
             [5e-324, 0.0], [1e150, -1e150], [0.1, 0.2, 0.3], [1e16, 1.0, -1e16, 3.0]):
    print(repr(st.variance(data)), repr(st.stdev(data)), repr(st.pvariance(data)), repr(st.pstdev(data)))

cases = [
    ('var ints', lambda: st.variance([1, 2, 3, 4])), ('var int exact', lambda: st.variance([1, 2, 3])),
    ('var F', lambda: st.variance([F(1, 2), F(1, 3)])), ('var mixed', lambda: st.variance([1.5, 2])),
    ('var one', lambda: st.variance([1])), ('var empty', lambda: st.variance([])),
    ('pvar empty', lambda: st.pvariance([])), ('pvar one', lambda: st.pvariance([1])),
    ('pvar 12', lambda: st.pvariance([1, 2])), ('pvar bools', lambda: st.pvariance([True, False])),
    ('var bools', lambda: st.variance([True, False])), ('stdev one', lambda: st.stdev([1])),
    ('pstdev empty', lambda: st.pstdev([])), ('stdev ints', lambda: st.stdev([1, 2, 3, 4])),
    ('stdev F', lambda: st.stdev([F(1), F(2)])), ('pstdev 12', lambda: st.pstdev([1, 2])),
    ('stdev const', lambda: st.stdev([1, 1, 1])), ('stdev const f', lambda: st.stdev([1.5, 1.5])),
    ('var inf', lambda: st.variance([1, inf])), ('var nan', lambda: st.variance([1, nan])),
    ('var inf-inf', lambda: st.variance([inf, -inf])), ('var -inf', lambda: st.variance([-inf, 1])),
    ('pvar -inf', lambda: st.pvariance([-inf])), ('pvar inf inf', lambda: st.pvariance([inf, inf])),
    ('stdev inf', lambda: st.stdev([1, inf])), ('pstdev nan', lambda: st.pstdev([1, nan])),
    ('var xbar inf', lambda: st.variance([1, 2], inf)), ('var xbar nan', lambda: st.variance([1, 2], nan)),
    ('pvar mu -inf', lambda: st.pvariance([1, 2], -inf)),
    ('stdev xbar', lambda: st.stdev([1, 2], 1.5)), ('stdev xbar F', lambda: st.stdev([1, 2], F(3, 2))),
    ('var xbar int', lambda: st.variance([1, 2], 1)), ('var F xbar', lambda: st.variance([F(1), F(2)], 1)),
    ('var xbar float', lambda: st.variance([1, 2], 1.5)), ('pvar mu', lambda: st.pvariance([1, 2, 4], 2)),
    ('pvar mu F', lambda: st.pvariance([1, 2, 4], F(7, 3))), ('pstdev mu', lambda: st.pstdev([1, 2, 4], 2)),
    ('var complex', lambda: st.variance([1, 2j])), ('var str', lambda: st.variance(['a', 'b'])),
    ('var iter', lambda: st.variance(iter([1, 2, 3]))), ('pvar gen', lambda: st.pvariance(x * x for x in range(6))),
    ('var F mix', lambda: st.variance([F(1, 3), 2, F(5, 7)])), ('var F float', lambda: st.variance([F(1, 3), 0.5])),
    ('pstdev F', lambda: st.pstdev([F(1, 3), F(1, 2), F(2, 3)])), ('var big', lambda: st.variance([10**20, 10**20 + 2])),
    ('pstdev huge', lambda: st.pstdev([1e308, -1e308])), ('var huge', lambda: st.variance([1e308, -1e308])),
    ('stdev big', lambda: st.stdev([10**20, 10**20 + 3])), ('var neg mu', lambda: st.variance([1.0, 2.0, 3.0], -1.0)),
]
for label, thunk in cases:
    show(label, thunk)

# Repeated values and ints: exact answers
print(st.variance([7] * 5), st.pstdev([7] * 5), st.stdev([1, 2] * 50), st.pvariance(range(1, 101)))
print(st.stdev([F(1, 10)] * 3 + [F(2, 10)]), st.variance([0.1] * 3 + [0.2]))
