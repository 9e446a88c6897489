# Reads of `obj.__class__`, `Cls.NAME` and `Cls.method(...)` through the attribute caches,
# while classes change under them.
class Direction:
    NONE = 0
    FORWARD = 1

    @classmethod
    def make(cls, n):
        return (cls.__name__, n)

    @staticmethod
    def twice(n):
        return 2 * n

    def plain(self):
        return "plain"


def read():
    return Direction.FORWARD, Direction.make(3), Direction.twice(4)


for i in range(3):
    print(read())
Direction.FORWARD = "changed"
Direction.make = classmethod(lambda cls, n: ("new", n))
print(read())
del Direction.twice
try:
    read()
except AttributeError as e:
    print("AttributeError:", e)
Direction.twice = staticmethod(abs)
print(read())
print(Direction.plain(None))


class Meta(type):
    FORWARD = "from meta"


class M(metaclass=Meta):
    pass


class N(metaclass=Meta):
    FORWARD = "own"


def meta_read(c):
    return c.FORWARD


for c in [M, N, M, N]:
    print(meta_read(c))


class A:
    pass


class B:
    pass


def cls_of(o):
    return o.__class__


a = A()
for i in range(2):
    print(cls_of(a).__name__)
a.__class__ = B
print(cls_of(a).__name__)
a.__dict__["__class__"] = "shadow?"
print(cls_of(a).__name__, a.__dict__["__class__"])


class P:
    @property
    def __class__(self):
        return int


print(cls_of(P()), type(P()).__name__, isinstance(P(), int))


class G:
    def __getattr__(self, name):
        return "getattr " + name


print(cls_of(G()).__name__)


class GA:
    def __getattribute__(self, name):
        if name == "__class__":
            return "intercepted"
        return object.__getattribute__(self, name)


print(cls_of(GA()))


class WithSlots:
    __slots__ = ("x",)


print(cls_of(WithSlots()).__name__)
print(cls_of(3).__name__, cls_of([]).__name__, cls_of(None).__name__)


class Sub(A):
    pass


s = Sub()
for o in [A(), s, A(), s]:
    print(cls_of(o).__name__, end=" ")
print()
try:
    A.__class__ = type
except TypeError as e:
    print("TypeError:", e)
print(cls_of(A), cls_of(s).__mro__[1].__name__)
