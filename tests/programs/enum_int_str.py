# IntEnum, StrEnum, ReprEnum and data-type mixins: str()/format() of the data type, the enum repr,
# arithmetic and ordering of the data type, _value_ set in a mixin's __new__.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
    UNO = 1


print(Num.ONE, repr(Num.ONE), str(Num.TWO), format(Num.TWO), f'{Num.THREE:>4}|{Num.ONE:03d}')
print(Num.ONE + Num.TWO, Num.THREE * 2, Num.TWO / 2, -Num.ONE, Num.THREE % 2, int(Num.TWO))
print(Num.ONE == 1, Num.TWO < Num.THREE, Num.ONE < 2, sorted([Num.THREE, 0, Num.ONE]))
print(hash(Num.TWO) == hash(2), {1: 'one'}[Num.ONE], Num(2), Num(Num.TWO), Num.UNO)
print(isinstance(Num.ONE, int), list(range(Num.THREE)), [10, 20, 30][Num.ONE])
print(type(Num.ONE + 1).__name__, Num.TWO.bit_length(), Num.THREE.real, '%d %s' % (Num.TWO, Num.TWO))
print(Num.ONE.name, Num.ONE.value, type(Num.ONE.value).__name__, list(Num), len(Num))
print(Num.__members__.keys() == {'ONE', 'TWO', 'THREE', 'UNO'})


class Text(StrEnum):
    RED = auto()
    GreenTea = auto()
    FIXED = 'fixed value'


print(Text.RED, repr(Text.RED), Text.GreenTea.value, format(Text.FIXED), f'[{Text.RED:>6}]')
print(Text.RED == 'red', Text.RED + '!', Text.FIXED.upper(), Text('fixed value'), len(Text.FIXED))
print(Text.RED.name, isinstance(Text.RED, str), sorted(Text), Text.RED < Text.FIXED)
print('-'.join(Text), '%s' % Text.GreenTea, Text.FIXED.split())


class Encoded(StrEnum):
    A = b'abc', 'ascii'
    B = b'\xe9', 'latin-1', 'strict'


print(repr(Encoded.A), repr(Encoded.B))

for body in ("class E(StrEnum):\n A = 1",
             "class E(StrEnum):\n A = 'x', 1",
             "class E(StrEnum):\n A = b'x', 'ascii', 3",
             "class E(StrEnum):\n A = 'a', 'b', 'c', 'd'",
             "class E(IntEnum):\n A = 'x'",
             "class E(ReprEnum):\n A = 1"):
    try:
        exec(body, {'StrEnum': StrEnum, 'IntEnum': IntEnum, 'ReprEnum': ReprEnum})
    except Exception as e:
        print(type(e).__name__, e)


class Base16(IntEnum):
    A = '5'
    B = '10', 16
    C = 'ff', 16


print(repr(Base16.A), repr(Base16.B), repr(Base16.C), Base16(255))


class Measure(float, ReprEnum):
    HALF = 0.5
    QUARTER = 0.25


print(Measure.HALF, repr(Measure.QUARTER), format(Measure.HALF, '.3f'), Measure.HALF * 4)


class FloatEnum(float, Enum):
    PI = 3.25


print(FloatEnum.PI, repr(FloatEnum.PI), f'{FloatEnum.PI}', FloatEnum.PI + 1, FloatEnum.PI > 3)
try:
    format(FloatEnum.PI, '.1f')
except ValueError as e:
    print(type(e).__name__, e)


class StrMix(str, Enum):
    A = 'alpha'


print(StrMix.A, repr(StrMix.A), format(StrMix.A), StrMix.A == 'alpha', StrMix.A.upper())


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY.label, Coord(1).name, Coord.PX == b'\x00', Coord.PX.value, Coord.__new_member__.__name__)


class Tup(tuple, Enum):
    A = (1, 2)
    B = 3, 4


print(repr(Tup.A), Tup.A[0], Tup((3, 4)), len(Tup.B), Tup.B + (5,))


class Unit(int, Enum):
    def __new__(cls, value, abbrev):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.abbrev = abbrev
        return obj

    METER = 1, 'm'
    KILOMETER = 1000, 'km'


print(repr(Unit.KILOMETER), Unit.KILOMETER.abbrev, Unit(1000), Unit.METER + 1, str(Unit.METER))
