# enum.Flag and IntFlag: composite members, |, &, ^, ~, iteration and `in` on flags, len/bool,
# aliases of several bits, the boundaries STRICT, CONFORM, EJECT, KEEP and their defaults.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.R, repr(Perm.R), list(Perm), len(Perm), list(Perm.__members__))
rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), rw.name, rw.value, len(rw), list(rw))
print(repr(Perm.RWX), list(Perm.RWX), repr(Perm(7)), Perm(7) is Perm.RWX, Perm(6) is rw)
print(repr(rw & Perm.R), repr(rw & Perm.X), repr(rw ^ Perm.R), repr(Perm.R ^ Perm.R))
print(repr(~Perm.R), repr(~rw), repr(~Perm.RWX), repr(~Perm(0)), repr(Perm(0)), str(Perm(0)))
print(Perm.R in rw, Perm.X in rw, Perm(0) in rw, rw in Perm.RWX, bool(Perm(0)), bool(Perm.X))
print(Perm._boundary_, Perm._flag_mask_, Perm._singles_mask_, Perm._all_bits_)
print(repr(Perm(-1)), repr(Perm(-3)))
for bad in (8, 15, -9):
    try:
        Perm(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for expr in ("Perm.R | 1", "1 & Perm.R", "1 in Perm.R", "'x' in Perm.R", "Perm.R ^ 'x'"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Perm('r')
except ValueError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), [c.value for c in Color], repr(Color.WHITE), repr(Color(3)), repr(~Color.RED))
print([repr(c) for c in Color.WHITE], Color.RED | Color.GREEN in Color.WHITE)


class Shuffled(Flag):
    C = 4
    A = 1
    B = 2


print(list(Shuffled), list(Shuffled(7)), repr(Shuffled(7)), repr(Shuffled(5)))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(8)), repr(Conform(11)), repr(~Conform.A), Conform._boundary_)
print(Eject(8), type(Eject(8)).__name__, Eject(11), repr(Eject(3)), repr(~Eject.A))
print(repr(Keep(8)), str(Keep(8)), repr(Keep(11)), repr(~Keep.A), list(Keep(11)))


class Gaps(Flag):
    A = 1
    B = 2
    C = 12


print(repr(~Gaps.A), repr(Gaps(4)), list(Gaps(14)), repr(Gaps(14)))
try:
    Gaps(5)
except ValueError as e:
    print(type(e).__name__, e)


class Num(IntFlag):
    A = 1
    B = 2
    C = 4


print(Num.A, repr(Num.A | Num.B), str(Num.A | Num.B), format(Num.C, '03b'), Num.A + 1)
print(repr(Num.A | 8), str(Num.A | 8), repr(Num(8)), repr(~Num.A), repr(Num(-1)))
print(repr(Num(0)), repr(~Num(0)), repr(~(Num.A | Num.B | Num.C)), repr(Num(-9)))
print(repr(1 | Num.A), repr(Num.A | True), repr(Num.C & 6), repr(Num.A ^ 3), Num.B == 2)
print(Num.A in Num(3), list(Num(11)), len(Num(7)), isinstance(Num.A | Num.B, Num))
print(Num._boundary_, Flag._boundary_, IntFlag._boundary_, list(FlagBoundary))
print(STRICT, repr(CONFORM), EJECT == 'eject', KEEP.value)
print(Num.A | Num.B is Num(3), Num(3) is Num(3), sorted(Num(7), reverse=True))
print(Perm.R.__reduce_ex__(2), Num.A.__reduce_ex__(2), hash(Num.B) == hash(2))
