# enum reprs and helpers around the class: user __str__/__format__/__repr__, the pickle helpers,
# global_enum (members exported, module-style reprs), dir() of enum classes and members.
import enum
from enum import Enum, IntEnum, IntFlag, global_enum, pickle_by_enum_name, pickle_by_global_name


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


class Kinds(Enum):
    A = 1
    B = 2
    C = enum.nonmember(3)

    def method(self):
        return self.value * 10

    @classmethod
    def klass(cls):
        return cls.__name__


class Clash(Enum):
    name = 1
    value = 2


class Described(Enum):
    LOW = 1
    HIGH = 2

    def __str__(self):
        return 'level ' + self.name.lower()

    def __format__(self, spec):
        return 'formatted ' + self.name

    def __repr__(self):
        return 'Described<%d>' % self.value


print(Described.LOW, format(Described.HIGH), f'{Described.LOW}', repr(Described.HIGH))


class ByName(Enum):
    A = 1
    __reduce_ex__ = pickle_by_enum_name


class ByGlobal(Enum):
    A = 1
    __reduce_ex__ = pickle_by_global_name


print(ByName.A.__reduce_ex__(4), ByGlobal.A.__reduce_ex__(4),
      enum._reduce_ex_by_global_name is pickle_by_global_name)


@global_enum
class Place(Enum):
    HOME = 1
    AWAY = 2


print(repr(Place.HOME), str(Place.AWAY), format(Place.AWAY), HOME, AWAY is Place.AWAY)


@global_enum
class Code(IntEnum):
    OK = 200


print(repr(Code.OK), str(Code.OK), OK)


@global_enum
class Mode(IntFlag):
    READ = 1
    WRITE = 2


print(repr(Mode.READ), repr(Mode.READ | Mode.WRITE | 8), repr(Mode(0)), str(Mode.READ | Mode.WRITE))
print(dir(Kinds))
print(dir(Kinds.A))
print(dir(Planet.EARTH))
print(dir(Clash.name))
print([n for n in ('A', '__new__', '__members__', 'bit_length') if n in dir(Code)])
print(sorted(vars(Kinds.A)), Kinds.A.__objclass__, Kinds.A._sort_order_, Kinds.B._sort_order_)
