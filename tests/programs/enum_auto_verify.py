# auto() and _generate_next_value_, unique, verify (UNIQUE, CONTINUOUS, NAMED_FLAGS),
# show_flag_values, EnumCheck and the DeprecationWarning of 3.12's default auto().
import enum
import warnings
from enum import (Enum, IntEnum, StrEnum, Flag, auto, unique, verify, UNIQUE, CONTINUOUS,
                  NAMED_FLAGS, EnumCheck, show_flag_values)


class Plain(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
    E = auto(), 'extra'
    F = auto()


print(list(Plain), repr(auto()), repr(auto(5)), auto().value)


class Lower(StrEnum):
    ALPHA = auto()
    BetaGamma = auto()


print(list(Lower))


class Powers(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    SEVEN = 7
    EIGHT = auto()


print(list(Powers), Powers.__members__['SEVEN'])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d-%s' % (name, start, count, last_values)

    FIRST = auto()
    SECOND = auto()
    THIRD = 'three'
    FOURTH = auto()


print([m.value for m in Named])


class Numbered(IntEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100

    A = auto()
    B = auto()


print(list(Numbered))
print(Enum._generate_next_value_('x', 1, 0, []), Enum._generate_next_value_('x', 1, 2, [1, 5]))
print(Flag._generate_next_value_('x', 1, 0, []), Flag._generate_next_value_('x', 1, 2, [1, 8, 2]))
print(StrEnum._generate_next_value_('MiXed', 1, 0, []))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    class Odd(Enum):
        A = 5
        B = 1
        C = auto()

    class Texts(Enum):
        A = 'x'
        B = auto()
print(list(Odd), list(Texts))
print([(w.category.__name__, str(w.message).splitlines()[0]) for w in caught])

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadFlag(Flag):
        A = 'x'
        B = auto()
except TypeError as e:
    print(type(e).__name__, e)


class Dups(Enum):
    A = 1
    B = 1
    C = 2
    D = 2


for decorate in (unique, verify(UNIQUE)):
    try:
        decorate(Dups)
    except ValueError as e:
        print(type(e).__name__, e)


@unique
@verify(UNIQUE, CONTINUOUS)
class Fine(Enum):
    A = 1
    B = 2
    C = 3


print(list(Fine))
cases = [
    "@verify(CONTINUOUS)\nclass E(Enum):\n A = 1\n B = 3\n C = 6",
    "@verify(CONTINUOUS)\nclass E(Flag):\n A = 1\n B = 8\n C = 32",
    "@verify(CONTINUOUS)\nclass E(Flag):\n A = 1\n B = 2\n C = 4",
    "@verify(NAMED_FLAGS)\nclass E(Flag):\n A = 1\n B = 2\n C = 12",
    "@verify(NAMED_FLAGS)\nclass E(Flag):\n A = 1\n B = 2\n C = 8\n D = 24",
    "@verify(NAMED_FLAGS)\nclass E(Flag):\n A = 1\n B = 2\n C = 12\n D = 48",
    "@verify(NAMED_FLAGS)\nclass E(Flag):\n A = 1\n B = 2\n AB = 3",
    "@verify(CONTINUOUS)\nclass E(Enum):\n A = 1",
    "verify(UNIQUE)(int)",
]
for source in cases:
    try:
        exec(source, {'verify': verify, 'Enum': Enum, 'Flag': Flag, 'CONTINUOUS': CONTINUOUS,
                      'NAMED_FLAGS': NAMED_FLAGS, 'UNIQUE': UNIQUE})
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(EnumCheck), [c.value for c in EnumCheck])
print(show_flag_values(13), show_flag_values(0), show_flag_values(Powers.SEVEN))
try:
    show_flag_values(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(enum.bin(5), enum.bin(-5), enum.bin(5, 8), enum.bin(0), enum.bin(-1, 4), enum.bin(-8))
