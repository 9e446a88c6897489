# The enum class as a container: `in` with members and values (3.12), reversed(), len(), iter(),
# __members__ as a mapping proxy, and the module the functional API records.
from enum import Enum, IntEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED in Color, Color.CRIMSON in Color, 1 in Color, 3 in Color, 4 in Color)
print('RED' in Color, None in Color, Color.RED.value in Color)
print(list(reversed(Color)), len(Color), list(iter(Color)))
print(Color.__members__)
print(repr(Color.__members__)[:30])
members = Color.__members__
print(members['RED'], len(members), list(members.items())[:2], 'CRIMSON' in members)
try:
    members['NEW'] = 4
except TypeError as e:
    print(type(e).__name__, e)


class Other(Enum):
    RED = 1


print(Other.RED in Color, Color.RED in Other)


class Listy(Enum):
    A = [1]
    B = 2


print(Listy([1]), 2 in Listy, Listy.A in Listy)
try:
    [1] in Listy
except TypeError as e:
    print(type(e).__name__, e)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(1 in Num, 1.0 in Num, Num.ONE in Num, 3 in Num, list(reversed(Num)))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W in Perm, 6 in Perm, 4 in Perm, list(reversed(Perm)))
Animal = Enum('Animal', 'ANT BEE')
print(Animal.__module__, Animal.ANT.__reduce_ex__(4))


def make():
    return Enum('Inner', 'A')


print(make().__module__)
