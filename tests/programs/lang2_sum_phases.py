# sum() in CPython 3.12's phases: exact ints, then floats with compensation (ints added
# plainly), then + for good; over lists and generators, with every kind of start.
from fractions import Fraction
from decimal import Decimal
cases = [
    [1e100, 1, -1e100, 1], [1, 1e16, 1.0], [0.1] * 10, [1, 2, 3], [2**62, 2**62, 1.5],
    [1.5, 2**70, 0.1, 0.2], [0.1, Fraction(1, 3), 0.1, 0.2], [True, 0.1, False, 0.2],
    [1e308, 1e308, -1e308], [float('inf'), 1.0, -1.0], [float('nan'), 1.0], [-0.0], [-0.0, -0.0],
    [0.1, 0.2, 0.3, -0.6], [1, 0.1, 2, 0.2, 3, 0.3], [10**20, 0.5, 0.25], [2**53 + 1, 0.5, 1.0],
]
starts = [0, 0.0, -0.0, True, 10**20, 1e16, Fraction(1, 2)]
for c in cases:
    for s in starts:
        try:
            r1 = sum(c, s)
            r2 = sum((x for x in c), s)
            print(repr(r1), repr(r2))
        except Exception as e:
            print(type(e).__name__, e)
print(sum([]), sum([], 0.0), sum([], -0.0), sum((x for x in []), -0.0))
print(sum([Decimal('0.1'), 1, 2]), sum([[1], [2]], []))


def deep(n):
    # Past some depth pyrs sums through its in-loop helper: the same phases apply.
    if n:
        return deep(n - 1)
    return [sum(x for x in c) for c in cases[:3]], sum((x for x in [1, 1e16, 1.0])), sum([1e100, 1, -1e100, 1])


print(deep(80))
