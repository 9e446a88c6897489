# Comparisons of tuples with tuple subclasses (namedtuples, subclasses overriding one
# method), and namedtuples nested in dict keys, as CPython's tuple_richcompare and its
# reflected-operand rules decide them.
import collections

P = collections.namedtuple("P", "a b")
Q = collections.namedtuple("Q", "x y")
print(P(1, 2) == (1, 2), (1, 2) == P(1, 2), P(1, 2) == Q(1, 2), P(1, 2) != Q(1, 3))
print(P(1, 2) < Q(1, 3), Q(2, 0) > P(1, 9), P(1, 2) <= (1, 2), (0, 5) >= P(0, 5))
print(P(1, P(2, 3)) == (1, (2, 3)), P(1.0, 2) == P(1, 2.0), P(1, [2]) == (1, [2]))
print(sorted([P(3, 1), Q(1, 2), (2, 2), P(1, 1)]))
try:
    P(1, 2) < P("a", 2)
except TypeError as e:
    print("TypeError", e)


class Loud(tuple):
    def __eq__(self, other):
        print("Loud.__eq__", tuple(self), other)
        return tuple.__eq__(self, other)

    __hash__ = tuple.__hash__


class Lt(tuple):
    def __gt__(self, other):
        print("Lt.__gt__")
        return True


print(Loud((1,)) == (1,), (1,) == Loud((1,)), P(1, 2) == Loud((1, 2)))
print((5,) < Lt((1,)), Lt((1,)) > (5,), Lt((9,)) < (1,))


class Sub(P):
    def __lt__(self, other):
        print("Sub.__lt__")
        return NotImplemented


print(P(1, 2) > Sub(0, 0), Sub(0, 0) < P(1, 2), Sub(1, 2) == P(1, 2))

d = {(0, (P(i, Q(i, 2)), 5)): i for i in range(50)}
print(sum(d[(0, (P(i, Q(i, 2)), 5))] for i in range(50)), (0, (P(3, Q(3, 2)), 5)) in d)
print(d.get((0, ((3, (3, 2)), 5))), {P(1, 2): "p"}[(1, 2)], {(1, 2): "t"}[Q(1, 2)])
e = {Loud((1, 2)): "loud"}
print(e.get((1, 2)), e.get(Loud((1, 2))))

R = collections.namedtuple("R", "a")


class S(R):
    pass


print(R(1) < R(2), S(1) < S(2))
R.__lt__ = lambda s, o: "custom"
print(R(1) < R(2), S(1) < S(2), R(1) > R(2), (1,) > S(0))
del R.__lt__
print(R(1) < R(2), S(1) < S(2))
S.__eq__ = lambda s, o: "eq!"
print(S(1) == S(1), R(1) == S(1), S(1) == (1,), R(1) == R(1))
del S.__eq__
print(S(1) == S(1), R(1) == S(2))


class Noisy:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, o):
        print("Noisy.__eq__", self.v, getattr(o, "v", o))
        return isinstance(o, Noisy) and self.v == o.v


k1 = (1, Noisy("a"))
d = {k1: "one", (1, 2): "pair"}
print(d.get((1, Noisy("a"))), d.get((2, Noisy("a"))), d.get(k1), d.get((1, 2.0)))
print((1, Noisy("x")) in [(0, Noisy("y")), (1, Noisy("x"))], (5, Noisy("z")) in [(1, 2)])
s = {(P(1, 2), "s")}
print((P(1, 2), "s") in s, ((1, 2), "s") in s, (Q(1, 2), "s") in s, ((1, 3), "s") in s)
nan = float("nan")
t = (nan, 1)
print(t in {t}, t in [t], {t: 1}.get(t), (1, (2, (3, (4,)))) in {(1, (2, (3, (4.0,)))): 0})
