# Errors raised from inside special-method hooks and how they propagate.

class Desc:
    def __init__(self, fail=False):
        self.fail = fail

    def __set_name__(self, owner, name):
        if self.fail:
            raise ValueError(f"refusing name {name}")
        self.name = name


try:
    class Owner:
        good = Desc()
        bad = Desc(fail=True)
except ValueError as e:
    print("ValueError", e, getattr(e, "__notes__", None))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


class Base:
    def __init_subclass__(cls, **kw):
        if cls.__name__.startswith("Bad"):
            raise TypeError(f"bad subclass name {cls.__name__}")


try:
    class BadChild(Base):
        pass
except TypeError as e:
    print("TypeError", e)
print("BadChild" in globals())


class BadHash:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [2**100, -1, "x", 1.5, True]:
    try:
        print(type(h).__name__, hash(BadHash(h)) == hash(h) if isinstance(h, int) else hash(BadHash(h)))
    except TypeError as e:
        print("TypeError", e)


class ExplodingEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        raise RuntimeError(f"eq called on {self.v}")

    def __hash__(self):
        return 1


items = [ExplodingEq(1), ExplodingEq(2)]
for op in [lambda: ExplodingEq(0) in items, lambda: items.index(3), lambda: items.count(items[1]),
           lambda: {ExplodingEq(1): 1, ExplodingEq(2): 2}, lambda: items == [ExplodingEq(1)],
           lambda: items[0] in items, lambda: (items[0],) == (items[0],)]:
    try:
        print(op() if not isinstance(op(), dict) else "dict built")
    except RuntimeError as e:
        print("RuntimeError", e)


def bad_key(x):
    if x == 3:
        raise KeyError(f"cannot key {x}")
    return -x


data = [5, 3, 1]
try:
    data.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, data)


class CmpFails:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise ArithmeticError("cannot compare 2")
        return self.v < other.v

    def __repr__(self):
        return f"C{self.v}"


lst = [CmpFails(v) for v in [3, 1, 2, 0]]
try:
    lst.sort()
except ArithmeticError as e:
    print("ArithmeticError", e, sorted(c.v for c in lst))
try:
    max(CmpFails(1), CmpFails(2))
except ArithmeticError as e:
    print("ArithmeticError", e)


class ModifiesDuringSort:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v


target = []
ms = [ModifiesDuringSort(v, target) for v in [2, 1]]
target.extend(ms)
try:
    target.sort()
except ValueError as e:
    print("ValueError", e)


class IterFails:
    def __iter__(self):
        yield 1
        raise OSError("disk error mid-iteration")


for consumer in [list, tuple, set, sorted, sum, lambda it: dict.fromkeys(it), lambda it: [x for x in it], lambda it: "".join(map(str, it))]:
    try:
        consumer(IterFails())
    except OSError as e:
        print("OSError", e)


class GetitemFails:
    def __getitem__(self, i):
        if i == 2:
            raise LookupError("custom lookup failure")
        if i > 4:
            raise IndexError
        return i


try:
    print(list(GetitemFails()))
except LookupError as e:
    print("LookupError", e)


class StopsEarly:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return i


print(list(StopsEarly()))


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)


class NewNotInstance:
    def __new__(cls):
        return None

    def __init__(self):
        print("never")


print(NewNotInstance())


class BoolRaises:
    def __bool__(self):
        raise ZeroDivisionError("no truth")


for op in [lambda: bool(BoolRaises()), lambda: not BoolRaises(), lambda: BoolRaises() and 1,
           lambda: [x for x in [BoolRaises()] if x], lambda: 1 if BoolRaises() else 2, lambda: all([BoolRaises()])]:
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


class LenRaises:
    def __len__(self):
        raise IndexError("len exploded")


try:
    if LenRaises():
        pass
except IndexError as e:
    print("IndexError", e)


class ContainsRaises:
    def __contains__(self, x):
        raise KeyError("contains exploded")


try:
    1 in ContainsRaises()
except KeyError as e:
    print("KeyError", e)
try:
    1 not in ContainsRaises()
except KeyError as e:
    print("KeyError", e)


class ContainsNonBool:
    def __contains__(self, x):
        return [1]


print(1 in ContainsNonBool(), 1 not in ContainsNonBool())


class GetattrRaises:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    hasattr(GetattrRaises(), "x")
except KeyError as e:
    print("KeyError from hasattr", e)
try:
    getattr(GetattrRaises(), "x", "default")
except KeyError as e:
    print("KeyError from getattr default", e)


class SetattrRaises:
    def __setattr__(self, name, value):
        raise PermissionError(f"read-only {name}")


try:
    SetattrRaises().x = 1
except PermissionError as e:
    print("PermissionError", e)
try:
    setattr(SetattrRaises(), "y", 2)
except PermissionError as e:
    print("PermissionError", e)


class IndexRaises:
    def __index__(self):
        raise ValueError("no index")


try:
    [1, 2][IndexRaises()]
except ValueError as e:
    print("ValueError", e)
try:
    range(IndexRaises())
except ValueError as e:
    print("ValueError", e)
