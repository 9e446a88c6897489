# range() of machine-size ints: lengths at the edges of 64 bits, negative steps, empty
# ranges, bools, and the errors, as CPython.
import sys

M = sys.maxsize
cases = [
    (5,), (0,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (0, 10, -1), (-5, 5, 4),
    (-M - 1, M), (-M - 1, M, 2), (M, -M - 1, -1), (M, -M - 1, -3), (0, M, M), (-M - 1, 0, M),
    (M - 1, M), (-M - 1, -M), (True, 5), (False, True), (3, 10, True),
]
for args in cases:
    r = range(*args)
    try:
        n = len(r)
    except OverflowError as e:
        n = f"OverflowError: {e}"
    print(args, n, r.start, r.stop, r.step, bool(r))
    if isinstance(n, int) and n:
        print("  ", r[0], r[-1], r[n // 2], list(r[:3]), r.index(r[-1]), r[-1] in r)
print(list(range(1, 20, 7)), list(range(20, 1, -7)), list(reversed(range(1, 20, 7))))
print(range(-M, M, M).__len__(), range(2 ** 31).__len__())
print(sum(range(1000)), sum(len(range(i)) for i in range(100)))
for bad in [(1, 2, 0), (1.5,), ("a",), (), (1, 2, 3, 4)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(range(2 ** 70, 2 ** 70 + 5)[2], len(range(0, 2 ** 64, 2 ** 62)))
