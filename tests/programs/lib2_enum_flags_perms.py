import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
    ALL = R | W | X

print(Perm.R | Perm.W, Perm.RW, Perm.R | Perm.X, Perm(0), Perm(7), Perm(5))
print(repr(Perm.R | Perm.X), repr(Perm(0)), repr(Perm.ALL), str(Perm.R | Perm.X))
print(list(Perm), list(Perm.ALL), list(Perm(5)), len(Perm.RW), len(Perm(0)))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, Perm.RW & Perm.W, Perm.RW ^ Perm.ALL, ~Perm.R, ~Perm.ALL)
print(bool(Perm(0)), bool(Perm.X), Perm.RW.name, (Perm.R | Perm.X).name, Perm(0).name, Perm.ALL.value)
print([m.name for m in Perm.__members__.values()], Perm._member_names_ if hasattr(Perm, "_member_names_") else "")
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
print(format(Perm.R), f"{Perm.RW}", format(Perm.R | Perm.X, ""))

class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(Color.RED | Color.BLUE, repr(Color.RED | Color.BLUE), Color(8), repr(Color(8)), Color.RED + 1, Color.GREEN * 2)
print(Color(3), ~Color.RED, Color.RED | 8, repr(Color.RED | 8), str(Color.BLUE), format(Color.BLUE, "05d"), int(Color.BLUE | Color.RED))
print(isinstance(Color.RED | 8, Color), Color.RED == 1, Color.RED < 2, list(Color(7)))

class Boundary(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Boundary(4)
except ValueError as e:
    print("ValueError", e)
class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(Conform(7), repr(Conform(4)))
class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2
print(Eject(7), type(Eject(7)).__name__, Eject(3))

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    MISSING = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Status("200"), repr(Status(404)), Status.MISSING is Status.NOT_FOUND, list(Status), len(Status.__members__))
print(str(Status.OK), format(Status.OK), f"{Status.OK:>6}", f"{Status.OK!r}", Status.OK + 1, Status.OK.name, Status["MISSING"])
try:
    Status(500)
except ValueError as e:
    print("ValueError", e)
try:
    Status("abc")
except ValueError as e:
    print("ValueError", e)
try:
    Status["NOPE"]
except KeyError as e:
    print("KeyError", e)

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
    APPEND = auto()
print(Mode.READ, repr(Mode.READ), Mode.WRITE + "b", f"{Mode.APPEND}", Mode("w"), Mode.READ.upper(), Mode.READ == "read", list(Mode))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Shade(Enum):
    _ignore_ = ["tmp"]
    LIGHT = 1
    DARK = 2
    tmp = 5
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls):
        return cls.LIGHT
print(Shade.DARK.describe(), Shade.default(), hasattr(Shade, "tmp"), Shade.LIGHT < Shade.DARK if False else "")
try:
    Shade.LIGHT < Shade.DARK
except TypeError as e:
    print("TypeError", e)
try:
    Shade.LIGHT.value = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        AC = 5
except ValueError as e:
    print("ValueError", e)
try:
    class Ext(Shade):
        NEW = 3
except TypeError as e:
    print("TypeError", e)

Animal = Enum("Animal", "ANT BEE CAT")
Num = IntEnum("Num", [("ONE", 1), ("TEN", 10)])
print(list(Animal), Animal.BEE.value, Num.TEN + 0, repr(Num.ONE), Animal(3))
print(Perm.R.__class__.__mro__[1].__name__, type(Perm).__name__, isinstance(Perm.R, Perm), Perm.__members__.keys())
class Order(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FIRST = auto()
    SECOND = auto()
print(list(Order), [o.value for o in Order])
print(enum.Flag._numeric_repr_ if False else "", Perm.R.value, hash(Perm.R) == hash(Perm.R), sorted([Status.NOT_FOUND, Status.OK]))
print(Color._value2member_map_.keys() if False else "", Color.RED in Color(3), 3 in Color.__members__.values() if False else "")
