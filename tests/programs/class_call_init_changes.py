# Calling a class after its __init__ or __new__ changed (on it or a base), with keyword and
# default arguments, and instance attribute dicts built from the first insertion on.


class Base:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class Child(Base):
    pass


def show(o):
    print(type(o).__name__, sorted(vars(o).items()))


for i in range(3):
    show(Child(i))
show(Child(1, y=5))


def other_init(self, x):
    self.z = x * 10


Base.__init__ = other_init
show(Child(4))
Child.__init__ = lambda self, *a: setattr(self, "args", a)
show(Child(1, 2, 3))
del Child.__init__
show(Child(7))


class WithNew(Base):
    pass


show(WithNew(1))


def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


WithNew.__new__ = new
show(WithNew(2))


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError", e)


class Closure:
    n = 0

    def __init__(self, v):
        Closure.n += 1
        self.v = v
        self.n = Closure.n


objs = [Closure(i) for i in range(5)]
print([(o.v, o.n) for o in objs])
try:
    Closure()
except TypeError as e:
    print("TypeError", e)
try:
    Closure(1, 2)
except TypeError as e:
    print("TypeError", e)


class Many:
    def __init__(self):
        for k in "abcdefgh":
            setattr(self, k, k.upper())


m = Many()
del m.c
m.c = "again"
m.i = "new"
print(list(vars(m)))
print(list(vars(Many())))


class Swap:
    def __init__(self):
        self.kind = "swap"


s = Swap()
s.__class__ = Child
show(s)
show(Swap())
