# enum features beyond plain values: __init__ with tuple values, __new__ setting _value_,
# _ignore_, _order_, member/nonmember, private names, members named like attributes (enum.property),
# __init_subclass__, methods and descriptors.
from enum import Enum, Flag, member, nonmember


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_hint(self):
        return self.mass > 1e24


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.radius)
print(repr(Planet.MERCURY), Planet((5.976e+24, 6.37814e6)), Planet.EARTH.density_hint)


class Doubled(Enum):
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value * 2
        return obj

    X = 1
    Y = 2


print(list(Doubled), Doubled(4), Doubled.__new_member__.__name__)


class Ignored(Enum):
    _ignore_ = 'helper index'
    A = 1
    helper = 'not a member'
    for index in range(2):
        pass


print(list(Ignored), hasattr(Ignored, 'helper'), hasattr(Ignored, '_ignore_'))


class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


class OldOrder(Enum):
    __order__ = 'A B C'
    A = 1
    B = 2
    C = 1


class FlagOrder(Flag):
    _order_ = 'A B AB'
    A = 1
    B = 2
    AB = 3


print(list(Ordered), list(OldOrder), list(FlagOrder), hasattr(Ordered, '_order_'))


class Kinds(Enum):
    A = 1
    B = member(2)
    C = nonmember(3)
    _Kinds__private = 4
    _Kinds__dunder__ = 5

    def method(self):
        return self.value * 10

    @staticmethod
    def static():
        return 'static'

    @classmethod
    def klass(cls):
        return cls.__name__


print(list(Kinds.__members__), Kinds.C, Kinds._Kinds__private, Kinds.A.method(), Kinds.static())
print(Kinds.klass(), Kinds.B.klass())


class Clash(Enum):
    name = 1
    value = 2
    other = 3


print(repr(Clash.name), Clash.name.name, Clash.name.value, Clash.value.value, Clash.value.name)
print(Clash.other.name, type(Clash.__dict__['name']).__name__, type(Clash.__dict__['other']).__name__)
print(list(Clash), Clash(2) is Clash.value)


class Registry(Enum):
    def __init_subclass__(cls, **kwds):
        print('init_subclass', cls.__name__, kwds, list(cls))
        super().__init_subclass__()


class Registered(Registry, tag='x'):
    A = 1
    B = 2
