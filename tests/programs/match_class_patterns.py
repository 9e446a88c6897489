# Class patterns with __match_args__, positional and keyword sub-patterns.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=5):
            return f"3d at z=5 ({x}, {y})"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=1, y=yy):
            return f"x is one, y={yy}"
        case Point():
            return "some point"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 4), Point(3, 0), Point(1, 7), Point(2, 2),
          Point3(0, 0, 0), Point3(1, 2, 5), Point3(1, 2, 3), "point", None]:
    print(where(p))

# keyword patterns look up any attribute, not only __match_args__
class Box:
    def __init__(self):
        self.width = 3
        self.height = 4

    @property
    def area(self):
        return self.width * self.height

match Box():
    case Box(area=12, width=w):
        print("box with area 12, width", w)

# missing attribute means no match (not an error)
match Box():
    case Box(depth=d):
        print("has depth", d)
    case Box(width=3):
        print("no depth attribute, width 3")

# no __match_args__: positional sub-patterns are an error, keyword-only is fine
class Plain:
    def __init__(self):
        self.a = 1

match Plain():
    case Plain(a=1):
        print("plain keyword ok")

# __match_args__ may be shorter than the attributes and can name properties
class Temp:
    __match_args__ = ("celsius",)
    def __init__(self, c):
        self.c = c
    @property
    def celsius(self):
        return self.c

def temp(t):
    match t:
        case Temp(0):
            return "freezing"
        case Temp(100):
            return "boiling"
        case Temp(c) if c < 0:
            return f"below zero: {c}"
        case Temp(c):
            return f"just {c}"

print(temp(Temp(0)), temp(Temp(100)), temp(Temp(-5)), temp(Temp(20)))

# isinstance check is done first; subclasses match a base-class pattern
class Sub(Point):
    pass

match Sub(5, 6):
    case Point(a, b):
        print("subclass matched base pattern", a, b)

# class pattern with a tuple of classes is not allowed, but a dotted name is
class ns:
    P = Point

match Point(8, 9):
    case ns.P(x, y):
        print("dotted class name:", x, y)
