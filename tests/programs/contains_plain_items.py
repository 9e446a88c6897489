# `in` over lists and tuples: identity first, equal values of different numeric types,
# exact int/float equality, tuples of values, and elements whose __eq__ runs Python code
# (called in order, errors propagating), as CPython's list_contains.

print(1 in [1.0], 1.0 in (1,), True in [1], 1 in [True], 0 in [False, 2], 2 in [True])
print(2**53 + 1 in [2.0**53], 2.0**53 in [2**53 + 1], 2**53 in [2.0**53], 10**20 in [1e20])
print(2**53 + 1 in {2.0**53: 1}, 2.0**53 in {2**53 + 1}, {2**53 + 1: "a"}.get(2.0**53))
print("a" in ["b", "a"], "a" in ("b",), None in [0, None], None in [0, False])
print((1, 2) in [(1.0, 2.0)], (1, (2, 3)) in [(1, (2, 3.0))], (1, 2) in [(1, 2, 3)])
nan = float("nan")
print(nan in [nan], nan in (1, nan), [] in [[]], [1] in ([1],), "x" in [1, 2, "y"])


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq", self.name, other)
        return other == self.name


print(3 in [1, 2, Loud("three"), 3])
print("z" in (Loud("a"), "z", Loud("b")))
print("b" in [Loud("a"), Loud("b"), Loud("c")])
one = Loud("one")
print(one in [1, one], one in (one,))


class Boom:
    def __eq__(self, other):
        raise RuntimeError("boom")


try:
    print(5 in [1, 2, Boom(), 5])
except RuntimeError as e:
    print("RuntimeError", e)
print(1 in [1, Boom()])


class Grow(list):
    pass


g = Grow([1, 2])
print(2 in g, 3 in g, 1.0 in g)
