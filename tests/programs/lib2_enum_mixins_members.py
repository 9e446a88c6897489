import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, member, nonmember, ReprEnum
from dataclasses import dataclass
import pickle, copy

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

class City(Coord, Enum):
    OSLO = 59.9, 10.7
    ROME = 41.9, 12.5
print(City.OSLO, repr(City.OSLO), City.OSLO.value, City.OSLO.lat, City((41.9, 12.5)) if False else "")

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    WEEKEND = nonmember((6, 7))
    @member
    def helper():
        return "i am a member"
    @enum.property
    def short(self):
        return self.name[:2].title()
    def __str__(self):
        return f"Day<{self.name}>"
print([m.name for m in Weekday], Weekday.WEEKEND, Weekday.helper.value(), Weekday.TUE.short, str(Weekday.MON), f"{Weekday.MON}", format(Weekday.WED, ">12"))

class Ordered(Enum):
    _order_ = "B A"
    B = 2
    A = 1
print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "A B"
        B = 2
        A = 1
except TypeError as e:
    print("TypeError", e)

class Base(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True
    def describe(self):
        return f"{type(self).__name__}.{self.name}"
class Derived(Base):
    X = 1
print(Derived.X.describe(), getattr(Derived, "registered", False))

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(f"{Num.ONE}", f"{Num.ONE:03d}", f"{Num.TWO:x}", str(Num.ONE), repr(Num.ONE), Num.ONE + Num.TWO, Num.TWO * "ab", [0, 1, 2][Num.ONE])
class Strs(StrEnum):
    A = "alpha"
    B = auto()
print(f"{Strs.A:>8}|", Strs.A.upper(), "-".join(Strs), sorted(Strs), Strs("b"), Strs.A in "alphabet" if False else "", Strs.B.value)
class MyRepr(int, ReprEnum):
    Q = 1
print(str(MyRepr.Q), repr(MyRepr.Q))
class IntMix(int, Enum):
    A = 1
print(str(IntMix.A), format(IntMix.A), f"{IntMix.A}", repr(IntMix.A), IntMix.A == 1)
class FloatMix(float, Enum):
    PI = 3.14
print(str(FloatMix.PI), f"{FloatMix.PI.value:.1f}", FloatMix.PI * 2)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(list(Perm(7)), Perm(7).name, Perm(0).name, repr(Perm(0)), Perm.R | Perm.W | 16, repr(Perm(23)))
print(enum.show_flag_values(7) if hasattr(enum, "show_flag_values") else "", Perm._boundary_ if False else "", bin(Perm.R))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
print(list(Color), list(Color.__members__), Color.WHITE, Color.BLACK, repr(~Color.WHITE), Color.RED in Color.WHITE)
print([c.name for c in Color.WHITE], Color(6), repr(Color(6)), Color(6).name, len(Color.WHITE))
for s in ["RED", "white", "PURPLE"]:
    try:
        print(Color[s])
    except KeyError as e:
        print("KeyError", e)

print(pickle.loads(pickle.dumps(Color.RED | Color.BLUE)), pickle.loads(pickle.dumps(Num.TWO)) is Num.TWO, copy.deepcopy(Weekday.MON) is Weekday.MON)
print(Weekday.__members__.keys() if False else list(Weekday.__members__), Weekday["MON"], Weekday(1), type(Weekday).__name__)
print(Weekday.MON in Weekday, 1 in Weekday if True else "", "MON" in Weekday.__members__)
try:
    del Weekday.MON
except AttributeError as e:
    print("AttributeError", e)
try:
    Weekday.NEW = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Enum("Bad", "A B A")
except TypeError as e:
    print("TypeError", e)
F2 = Flag("F2", ["X", "Y", "Z"])
print(list(F2), F2.Z.value, F2(3))
E3 = Enum("E3", {"k1": "v1", "k2": "v2"}, module=__name__, qualname="E3")
print(E3.k1, E3("v2"), E3.__module__, E3.__qualname__)
class Auto(Enum):
    A = auto()
    B = 10
    C = auto()
print([(m.name, m.value) for m in Auto])
class AutoS(StrEnum):
    First_Thing = auto()
print(AutoS.First_Thing.value)
class WithMissing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(WithMissing("A"))
try:
    WithMissing(3)
except ValueError as e:
    print("ValueError", e)
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return "not a member"
try:
    BadMissing(2)
except TypeError as e:
    print("TypeError", e)
print(sorted(Num), max(Num), Num(2) > 1, hash(Num.ONE) == hash(1), bool(Num.ONE), {Num.ONE: "x"}[1])
print(dir(Weekday.MON)[:0], Weekday.MON.__class__.__name__, isinstance(Weekday.MON, Weekday), Weekday.MON.name, Weekday.MON._name_, Weekday.MON._value_)
