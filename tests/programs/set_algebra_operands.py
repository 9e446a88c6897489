# Set algebra and comparisons: which operand's keys a result keeps (equal keys of different
# types), the side an intersection walks, keys whose __eq__ runs Python code, and min/max
# over int collections.

a = {1, 2, 3}
b = {1.0, 2.0, 5}
print(a & b, b & a, a - b, b - a, a ^ b, b ^ a, a | b, b | a)
print({1} & {True}, {True} & {1}, {1, 2} & {True}, {True} & {1, 2})
print(frozenset({1}) & {True}, {1} & frozenset({1.0}), type(frozenset({1}) & {2}))
print({(1, 2), (3, 4)} & {(1.0, 2), (5, 6)}, {(1, 2)} - {(1.0, 2.0)})
print(a <= b, {1} <= {1.0, 3}, {1.0} < {1, 3}, a == {1.0, 2.0, 3.0}, a >= {True})
print(set() & a, a & set(), set() - a, a - set(), set() <= a, a <= set())
big = set(range(100))
print(sorted(big & {5, 500, 7.0}), sorted({5, 500, 7.0} & big), len(big - {1, 2}))
print(sorted(big - set(range(0, 100, 3)))[:10])
s = {"x", "y", "z"}
print(sorted(s & {"y", "z", "w"}), sorted(s - {"y"}), s <= {"x", "y", "z", "q"})


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        return (self.v == other.v) if isinstance(other, Key) else self.v == other

    def __repr__(self):
        return f"Key({self.v})"


mixed = {Key(1), 2, 3}
print(sorted(map(str, mixed & {1, 2})), Key.calls > 0)
Key.calls = 0
print(sorted(map(str, {1, 2, 4} - mixed)), Key.calls > 0)
print({1, 2} <= mixed, {2, 3} <= mixed, mixed <= {1, 2, 3})


class Bad:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("no comparing")


try:
    print({1} & {Bad()})
except ValueError as e:
    print("ValueError", e)
try:
    print({1} <= {Bad(), 5})
except ValueError as e:
    print("ValueError", e)

print(min({5, 3, 9}), max({5, 3, 9}), min(frozenset({-4, 8})), max([3, 7, 7, 1]), min((4, -2)))
print(min({1, True, 0}), max([1, True]), max([True, 1]), min([0, False]), min([False, 0]))
print(max({1.5, 2, 3}), min([2, 1.0, 1]), max(range(5)), min([10**20, 5]), max([10**20, 5]))
try:
    min(set())
except ValueError as e:
    print("ValueError", e)
print(min([], default="empty"), max(set(), default=None), min([3, 1], key=lambda x: -x))
