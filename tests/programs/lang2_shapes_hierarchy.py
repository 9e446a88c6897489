# Cooperative multiple inheritance, super(), rich comparisons and hashing in a shape library.
import math


class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")
        self.trace = ["Base"]

    def describe(self):
        return ["Base"]


class Named(Base):
    def __init__(self, *, name="anon", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trace.append("Named")

    def describe(self):
        return super().describe() + [f"Named({self.name})"]


class Colored(Base):
    def __init__(self, *, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.trace.append("Colored")

    def describe(self):
        return super().describe() + [f"Colored({self.color})"]


class Shape(Named, Colored):
    sides = 0

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trace.append("Shape")

    def area(self):
        raise NotImplementedError

    def describe(self):
        return super().describe() + [f"{type(self).__name__} area={self.area():.2f}"]

    def _key(self):
        return (round(self.area(), 9), type(self).__name__)

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __le__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() <= other.area()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.color})"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h, **kwargs):
        super().__init__(**kwargs)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side, **kwargs):
        super().__init__(side, side, **kwargs)

    @classmethod
    def unit(cls, **kwargs):
        return cls(1, **kwargs)


class Circle(Shape):
    def __init__(self, r, **kwargs):
        super(Circle, self).__init__(**kwargs)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __gt__(self, other):
        print("Circle.__gt__ called")
        return NotImplemented


print([c.__name__ for c in Square.__mro__])
sq = Square(3, name="sq", color="red")
print(sq.trace, sq.describe())
c = Circle(1, name="c")
print(c.trace, c.describe())
print(Square.unit(color="blue"), Square.unit().area())
try:
    Rect(1, 2, shape="odd")
except TypeError as e:
    print("TypeError", e)

shapes = [Rect(2, 5, name="r"), Square(3), Circle(1), Square.unit(), Circle(2), Rect(1, 1)]
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Rect(1, 1) == Square(1), Square(2) == Square(2), Square(2) != Square(3), Square(1) == 1)
print(len({Square(2), Square(2), Rect(2, 2), Rect(4, 1)}))
print(c > Square(1))
print(Square(1) < c, Square(1) <= Rect(1, 1), c >= Square(10))
try:
    Square(1) < 5
except TypeError as e:
    print("TypeError", e)
try:
    5 >= Square(1)
except TypeError as e:
    print("TypeError", e)


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__, NoHash() == 3, 3 == NoHash())
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)


class InheritsHash(NoHash):
    __hash__ = object.__hash__


print(type(hash(InheritsHash())).__name__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()

    def skip(self):
        return super(B, self).who()

    @staticmethod
    def static_who():
        return super(D, D()).who()

    @classmethod
    def cls_who(cls):
        return super().who.__qualname__


print(D().who(), D().skip(), D.static_who(), D.cls_who())
sup = super(D, D())
print(type(sup).__name__, sup.who(), super(C, D()).who())
try:
    super(int, D())
except TypeError as e:
    print("TypeError", e)


def detached(self):
    return super().who()


try:
    class E(A):
        who = detached
except RuntimeError as e:
    print("RuntimeError", e)
try:
    E().who()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError", e)


class Left:
    def hello(self):
        return "left"


class Right:
    def hello(self):
        return "right"

    def only_right(self):
        return "only right"


class Both(Left, Right):
    def call_all(self):
        return [Left.hello(self), Right.hello(self), super().only_right()]


print(Both().hello(), Both().call_all())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        print(f"Point.__eq__({self.x}, {type(other).__name__})")
        if isinstance(other, Point):
            return (self.x, self.y) == (other.x, other.y)
        return NotImplemented

    __hash__ = None


class Point3(Point):
    def __eq__(self, other):
        print("Point3.__eq__")
        return NotImplemented


print(Point(1, 2) == Point(1, 2))
print(Point(1, 2) == Point3(1, 2))
print(Point(1, 2) == "x", "x" != Point(1, 2))
print(Point(1, 2) in [Point(0, 0), Point(1, 2)])
p = Point(5, 5)
print(p in [p], [p] == [p], [p].count(p), [Point(0, 0)].index(Point(0, 0)))
