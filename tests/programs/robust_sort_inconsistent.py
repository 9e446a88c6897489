# Sorting with comparisons that are not a total order (NaN, inconsistent __lt__) must not
# crash, and CPython's list.sort algorithm (binary insertion + timsort merges) fixes the
# resulting order exactly: it is part of observable behaviour.
nan = float('nan')
print(sorted([3.0, nan, 1.0, nan, 2.0, 0.5, nan, 7.0, -1.0, 4.0]))
print(sorted([nan, 2.0, 1.0]), sorted([2.0, 1.0, nan]), sorted([1.0, nan, 0.0]))
print(sorted([5, 3, 9, 1, 7, 2, 8, 6, 4, 0], key=lambda x: nan if x % 3 == 0 else x))
big = [(i * 37) % 101 for i in range(200)]
mixed = sorted(big, key=lambda x: nan if x % 10 == 0 else x)
print(mixed[:20], mixed[-20:])

class W:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return (self.v * 7 + other.v * 13) % 5 < 2
    def __repr__(self):
        return str(self.v)

print(sorted([W(i) for i in range(40)]))
print(sorted([W(i) for i in range(100)])[:30])

class AlwaysLess:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return True
print([a.v for a in sorted(AlwaysLess(i) for i in range(10))])
print([a.v for a in sorted(AlwaysLess(i) for i in range(70))][:15])
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([2.0, nan, 1.0]))
