# A Vector/Matrix library exercising numeric and container protocols.
import operator


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(components)

    def __repr__(self):
        return f"Vector{self._c}"

    def __len__(self):
        return len(self._c)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Vector(self._c[index])
        return self._c[operator.index(index)]

    def __iter__(self):
        return iter(self._c)

    def __reversed__(self):
        print("custom reversed")
        return reversed(self._c)

    def __contains__(self, item):
        return item in self._c

    def __bool__(self):
        return any(self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def _zip(self, other, op):
        if isinstance(other, Vector):
            if len(other) != len(self):
                raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
            return Vector(op(a, b) for a, b in zip(self, other))
        if isinstance(other, (int, float)):
            return Vector(op(a, other) for a in self)
        return NotImplemented

    def __add__(self, other):
        return self._zip(other, operator.add)

    def __radd__(self, other):
        if other == 0:
            return self
        return self._zip(other, lambda a, b: b + a)

    def __sub__(self, other):
        return self._zip(other, operator.sub)

    def __rsub__(self, other):
        return self._zip(other, lambda a, b: b - a)

    def __mul__(self, other):
        return self._zip(other, operator.mul)

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self._zip(other, operator.truediv)

    def __floordiv__(self, other):
        return self._zip(other, operator.floordiv)

    def __mod__(self, other):
        return self._zip(other, operator.mod)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)

    def __pow__(self, exp, mod=None):
        return Vector(pow(a, exp, mod) for a in self)

    def __rpow__(self, base):
        return Vector(base ** a for a in self)

    def __matmul__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return Vector(-a for a in self)

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __invert__(self):
        return Vector(reversed(self._c))

    def __round__(self, n=None):
        return Vector(round(a, n) for a in self)

    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self) + ">"


v = Vector(1, 2, 3)
w = Vector([4, 5, 6])
print(v + w, v - 1, 10 - v, v * 2, 2 * v, v / 2, w // 4, w % 4, divmod(w, 4), divmod(7, v))
print(v @ w, -v, +v is v, abs(Vector(3, 4)), ~v, round(Vector(1.26, 2.5)), round(Vector(1.26, 2.5), 1))
print(v ** 2, pow(v, 2, 3), 2 ** v, sum([v, w, v]), f"{Vector(1.5, 2):.2f}", format(v, "03d"))
print(len(v), v[0], v[-1], v[1:], v[::-1], 2 in v, 9 in v, list(reversed(v)), bool(Vector(0, 0)), bool(v))
print(v[True], v == Vector(1, 2, 3), v != w, {v: "a"}[Vector(1, 2, 3)])
for bad in [lambda: v + Vector(1), lambda: v + "s", lambda: "s" * v if False else v @ 3, lambda: v[1.5], lambda: v < w]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

acc = Vector(0, 0, 0)
orig = acc
acc += v
print(acc, acc is orig)


class Accumulator:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        if isinstance(other, str):
            return NotImplemented
        self.items.append(other)
        return self

    def __add__(self, other):
        return f"__add__ fallback with {other!r}"


a = Accumulator()
a += 1
a += 2
print(a.items)
a += "x"
print(a)


class Seq:
    """Old-style sequence protocol via __getitem__ only."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


s = Seq(4)
print(list(s), 20 in s, 25 in s, list(reversed([*s])), sorted(s, reverse=True), max(s))
it = iter(s)
print(next(it), next(it), type(it).__name__)
try:
    reversed(s)
except TypeError as e:
    print("TypeError", e)
try:
    len(s)
except TypeError as e:
    print("TypeError", e)


class BadLen:
    def __init__(self, value):
        self.value = value

    def __len__(self):
        return self.value


for val in [-1, 2.0, "3", 2**70, True]:
    try:
        print(len(BadLen(val)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class BadBool:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return self.value


for val in [True, 1, None]:
    try:
        print(bool(BadBool(val)))
    except TypeError as e:
        print("TypeError", e)


class LenOnly:
    def __len__(self):
        return 0


print(bool(LenOnly()), not LenOnly(), "yes" if LenOnly() else "no")


class BadIter:
    def __iter__(self):
        return [1, 2]


try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError", e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), "ab" * Idx(2), range(Idx(3)), operator.index(Idx(7)))
try:
    lst[Idx("x")]
except TypeError as e:
    print("TypeError", e)
try:
    lst["1"]
except TypeError as e:
    print("TypeError", e)
try:
    lst[20]
except IndexError as e:
    print("IndexError", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError", e)
try:
    "abc"[10]
except IndexError as e:
    print("IndexError", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)

print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(Seq(2), 7))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __delitem__(self, key):
        print("delitem", key)

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 9
print(m[0, 1], m[1, 0], m @ m)
m @= Matrix([[1, 0], [0, 1]])
print(m)
del m[1, ::2]
try:
    m["x"]
except ValueError as e:
    print("ValueError", e)
print(sorted([Vector(3, 1), Vector(1, 2), Vector(2, 0)], key=lambda vv: vv[1]))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted([3, 1, 2], reverse=True), sorted("hello"))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([v, w])
except TypeError as e:
    print("TypeError", e)
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
data.sort(key=lambda t: t[1])
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
