# == / != between instances whose classes keep object's comparisons, and class attributes
# read through classes with a metaclass (enum members and the like), with later changes.
import enum


class Plain:
    pass


class Child(Plain):
    pass


a, b = Plain(), Plain()
c = Child()
for x, y in [(a, a), (a, b), (a, c), (c, c), (c, a)]:
    print(type(x).__name__, type(y).__name__, x == y, x != y, x is y)

# An __eq__ given to the base later is seen by both classes.
def base_eq(self, other):
    print("base_eq", type(self).__name__, type(other).__name__)
    return NotImplemented


for i in range(3):
    print("round", i, a == b, c != a)
    if i == 0:
        Plain.__eq__ = base_eq
    elif i == 1:
        del Plain.__eq__


# Only __ne__ of its own: == stays identity, != calls it.
class NeOnly:
    def __ne__(self, other):
        return "ne called"


n1, n2 = NeOnly(), NeOnly()
print(n1 == n2, n1 != n2, n1 == n1)


# A subclass on the right with its own __eq__ gets the first try.
class Eq(Plain):
    def __eq__(self, other):
        return "Eq.__eq__"


print(a == Eq(), Eq() == a, a != Eq())

# __class__ assignment switches which comparison applies.
class Other:
    def __eq__(self, other):
        return "Other.__eq__"


p = Plain()
q = Plain()
for i in range(3):
    print("switch", i, p == q, p != q)
    p.__class__ = Other if i == 0 else Plain


# Instances of int subclasses compare by value.
class MyInt(int):
    pass


print(MyInt(3) == MyInt(3), MyInt(3) != MyInt(4), MyInt(3) == 3)


# __eq__ set on the class after instances were compared, in a loop.
class Late:
    pass


l1, l2 = Late(), Late()
results = []
for i in range(4):
    results.append(l1 == l2)
    if i == 1:
        Late.__eq__ = lambda self, other: True
print(results)


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def first(cls):
        return cls.RED

    @staticmethod
    def helper():
        return "helper"


for _ in range(3):
    print(Color.RED, Color.GREEN.value, Color.first(), Color.helper(), Color.RED == Color.RED,
          Color.RED != Color.GREEN, Color.RED == 1)
print(Color.__members__.keys(), len(Color), Color.__name__)


class Meta(type):
    shared = "meta shared"

    @property
    def prop(cls):
        return "meta property of " + cls.__name__


class WithMeta(metaclass=Meta):
    value = "class value"
    prop = "class attribute named prop"

    def method(self):
        return "method"


def reads():
    return (WithMeta.value, WithMeta.prop, WithMeta.shared, WithMeta.method.__name__)


for i in range(4):
    print("meta", i, reads())
    if i == 0:
        WithMeta.value = "changed class value"
    elif i == 1:
        Meta.value = "meta value (class wins)"
    elif i == 2:
        del WithMeta.value


def read_value():
    try:
        return WithMeta.value
    except AttributeError as e:
        return "AttributeError: %s" % e


print(read_value())


class Loud(type):
    def __getattribute__(cls, name):
        if name == "x":
            return "from Loud.__getattribute__"
        return super().__getattribute__(name)


class L(metaclass=Loud):
    x = 1
    y = 2


for _ in range(3):
    print(L.x, L.y)


class Fallback(type):
    def __getattr__(cls, name):
        return "fallback " + name


class F(metaclass=Fallback):
    z = "real z"


for i in range(3):
    print(F.z, F.missing)
    if i == 0:
        del F.z


# Getattribute given to the metaclass later.
class M2(type):
    pass


class G(metaclass=M2):
    v = "plain"


out = []
for i in range(3):
    out.append(G.v)
    if i == 0:
        M2.__getattribute__ = lambda cls, name: "patched " + name
print(out)
