# enum as CPython's own modules use it (_simple_enum, _convert_), members named like inherited
# attributes, pseudo-member names built from multi-bit aliases, and rarer functional-API,
# _missing_ and global_enum paths.
import enum
import sys
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, global_enum, KEEP, CONFORM,
                  EJECT, _simple_enum)


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__, e, '| context:', repr(e.__context__))


@global_enum
@_simple_enum(IntFlag, boundary=KEEP)
class RegexLike:
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    MULTILINE = M = 8
    __str__ = object.__str__
    _numeric_repr_ = hex


print(repr(I | M), repr(A | 1024), str(NOFLAG), repr(~I), RegexLike.__doc__)
print(list(RegexLike), list(RegexLike.__members__), RegexLike._boundary_, I is RegexLike.I)


@_simple_enum(IntEnum)
class Status:
    def __new__(cls, value, phrase, description=''):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj

    @property
    def is_success(self):
        return 200 <= self <= 299

    CONTINUE = 100, 'Continue', 'Request received'
    OK = 200, 'OK'


print(repr(Status.OK), Status(100).phrase, Status.OK.is_success, str(Status.OK), f'{Status.OK}')
print(sorted(vars(Status.OK)), repr(Status.OK.description), Status.__new_member__.__name__)


@_simple_enum(IntEnum)
class Precedence:
    """Operator precedence."""
    TUPLE = auto()
    TEST = auto()

    def next(self):
        try:
            return self.__class__(self + 1)
        except ValueError:
            return self


print(list(Precedence), Precedence.TUPLE.next(), Precedence.TEST.next(), Precedence.__doc__)


@_simple_enum(StrEnum)
class SortKey:
    CALLS = 'calls', 'ncalls'
    NAME = 'name', 'module'

    def __new__(cls, *values):
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for other in values[1:]:
            cls._value2member_map_[other] = member
        return member


print(list(SortKey), SortKey('ncalls'), SortKey('module'), repr(SortKey.NAME))

constants = type(sys)('constants')
constants.K_ONE, constants.K_TWO, constants.K_ALSO_TWO, constants.OTHER = 1, 2, 2, 5
sys.modules['constants'] = constants
Konst = IntEnum._convert_('Konst', 'constants', lambda name: name.startswith('K_'))
print(list(Konst), repr(constants.K_ALSO_TWO), constants.Konst is Konst, Konst.__module__)
Bits = IntFlag._convert_('Bits', 'constants', lambda name: name == 'OTHER', as_global=True)
print(list(Bits), repr(Bits.OTHER), repr(Bits(7)), Bits._boundary_)


class Labelled:
    @property
    def label(self):
        return 'label of ' + self.name
    tag = 'plain'


class Named(Labelled, Enum):
    label = 1
    tag = 2
    other = 3


class Parts(IntEnum):
    real = 5
    imag = 6


print(Named.label, Named.label.label, Named.tag, Named.tag.tag, Named.other.label)
print(type(Named.__dict__['label']).__name__, type(Named.__dict__['other']).__name__)
print(Parts.real, Parts.real.real, Parts.imag.imag, Parts(6) is Parts.imag)
attempt('set label', lambda: setattr(Named.label, 'label', 5))


class Multi(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3
    BC = 6
    D = 16
    CD = 20


print(repr(Multi(7)), repr(Multi(23)), repr(Multi(22)), list(Multi(23)), repr(~Multi.AB))
print(enum.show_flag_values(Multi.CD), list(Multi), list(Multi.__members__))


class Conformed(IntFlag, boundary=CONFORM):
    A = 1
    B = 4


class Ejected(IntFlag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Conformed(2)), repr(Conformed(7)), repr(Conformed(-1)), repr(~Conformed.A))
print(repr(Ejected(4)), type(Ejected(4)).__name__, repr(~Ejected.A), repr(Ejected(-1)))


def build():
    return Enum('Built', 'A B').__module__, Enum._create_('Direct', 'X').__module__


print(build(), repr(Enum('Typed', 'A B', type=str).A))
attempt('pairs from a generator', lambda: list(Enum('Gen', iter([('A', 1), ('B', 2)]))))
attempt('one-item pair', lambda: Enum('BadPair', [('A',)]))
attempt('flag order of aliases only', lambda: list(Flag('Ordered', [('A', 1), ('AB', 3)])))


class Other(Enum):
    X = 1


class Lookup(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        return Other.X


attempt('Lookup(a)', lambda: Lookup('a'))
attempt('Lookup(2)', lambda: Lookup(2))


@global_enum
class Shade(StrEnum):
    PALE = 'pale'


class Level(IntEnum):
    HIGH = 9


global_enum(Level, update_str=True)
print(repr(PALE), str(PALE), repr(HIGH), str(HIGH), format(HIGH))


@global_enum
class Plain(Flag):
    P = 1
    Q = 2


print(repr(Plain(0)), str(Plain(0)))
attempt('repr of a global plain flag', lambda: repr(Plain.P))
