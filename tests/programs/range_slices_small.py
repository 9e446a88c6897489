# Slicing ranges: every small range against many slices, bounds near sys.maxsize (results
# that need big integers), and the errors.
import sys

ranges = [
    range(0),
    range(5),
    range(2, 20, 3),
    range(10, -5, -2),
    range(-7, 7),
    range(1, 2),
    range(0, 100, 7),
    range(50, 0, -9),
]
values = [None, -100, -10, -3, -1, 0, 1, 2, 5, 100]
steps = [None, -3, -1, 1, 2, 5]
for r in ranges:
    results = []
    for a in values:
        for b in values:
            for c in steps:
                part = r[a:b:c]
                assert list(part) == list(r)[a:b:c], (r, a, b, c)
                results.append((part.start, part.stop, part.step))
    print(r, len(results), hash(tuple(results)), results[:3], results[-3:])

big = sys.maxsize
cases = [
    (range(big - 10, big), slice(2, None)),
    (range(-big, big, big // 3), slice(None, None, -1)),
    (range(0, big, 2), slice(None, None, big)),
    (range(0, big, 2), slice(1, None, 3)),
    (range(-big - 1, big), slice(None, None, 2)),
    (range(big - 3, big), slice(-2, None, -1)),
    (range(10), slice(-big, big, big)),
    (range(10), slice(big, -big, -big)),
    (range(10), slice(2**70, -(2**70), -1)),
    (range(10), slice(True, 7, True)),
]
for r, s in cases:
    part = r[s]
    ends = (part[0], part[-1]) if part else None
    print(part, part.start, part.stop, part.step, ends)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(range(20)[Index(2):Index(-3):Index(4)])
for bad in (slice(1, 2, 0), slice("a", 2), slice(1, 2.0)):
    try:
        range(10)[bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
