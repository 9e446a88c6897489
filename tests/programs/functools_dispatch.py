# functools.singledispatch / singledispatchmethod / total_ordering.
import functools as ft
import collections.abc as cabc
import abc


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


@ft.singledispatch
def fun(x, y=0):
    "doc"
    return 'base'


@fun.register
def _(x: int):
    return 'int'


@fun.register(float)
def _(x):
    return 'float'


def lst(x):
    return 'list'


print(fun.register(list, lst) is lst)


@fun.register
def _(x: cabc.Sequence):
    return 'seq'


@fun.register
def _(x: cabc.Mapping):
    return 'map'


@fun.register
def _(x: bytes | bytearray):
    return 'bytes'


print(fun(1), fun(True), fun(1.5), fun([]), fun(()), fun('s'), fun({}), fun(b''), fun(bytearray()), fun(None), fun(set()))
print(fun.__name__, fun.__doc__, fun.__wrapped__.__name__, type(fun.registry).__name__)
print([c.__name__ for c in fun.registry])
print(fun.dispatch(bool).__name__, fun.dispatch(object) is fun.__wrapped__)
t(lambda: fun())
t(lambda: fun(y=1))
t(lambda: fun.register(1))
t(lambda: fun.register(1, len))


def badann(x: 1):
    pass


t(lambda: fun.register(badann))


def badann3(x: list[int]):
    pass


t(lambda: fun.register(badann3))
t(lambda: fun.register(list[int], len))
t(lambda: fun.register(int | list[int], len))
g = ft.singledispatch(len)
t(lambda: g())
p = ft.singledispatch(ft.partial(len))
t(lambda: p())


@ft.singledispatch
def amb(x):
    return 'base'


amb.register(cabc.Iterable, lambda x: 'iter')
amb.register(cabc.Sized, lambda x: 'sized')
t(lambda: amb([]))
amb.register(cabc.Collection, lambda x: 'coll')
t(lambda: amb([]))


class L:
    def __len__(self):
        return 0


class L2(L):
    pass


print(amb(L2()), amb(iter([])), amb(5))


class Base:
    pass


class Mid(Base):
    pass


class X(abc.ABC):
    pass


X.register(Mid)


class Leaf(Mid):
    pass


@ft.singledispatch
def d(x):
    return 'base'


d.register(Base, lambda x: 'Base')
d.register(X, lambda x: 'X')
print(d(Leaf()), d(Mid()), d(Base()))


class Y(abc.ABC):
    pass


Y.register(Leaf)
d.register(Y, lambda x: 'Y')
print(d(Leaf()), d(Mid()))


class Late:
    pass


print(d(Late()))
X.register(Late)
print(d(Late()))
print(sorted(d.__dict__))


@ft.singledispatch
def hh(x):
    return 'base'


hh.register(cabc.Hashable, lambda x: 'hash')
hh.register(cabc.Sequence, lambda x: 'seq')
print(hh(()), hh(1), hh([]))


class A:
    @ft.singledispatchmethod
    def m(self, x):
        return 'base'

    @m.register
    def _(self, x: int):
        return 'int'

    @m.register
    @classmethod
    def _(cls, x: str):
        return 'str ' + cls.__name__

    @m.register(list)
    def _(self, x):
        return 'list'


print(A().m(1), A().m('s'), A().m(1.0), A().m([]), A.m.__name__, type(A.__dict__['m']).__name__)
t(lambda: A().m())
t(lambda: ft.singledispatchmethod(1))
print(A.__dict__['m'].__isabstractmethod__, sorted(vars(A.__dict__['m'])))


# total_ordering
class Empty:
    __slots__ = ()


t(lambda: ft.total_ordering(Empty))


@ft.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v


a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
t(lambda: a > 1)
t(lambda: a <= 'x')


@ft.total_ordering
class W:
    def __init__(self, v):
        self.v = v

    def __ge__(self, o):
        return self.v >= o.v


print(W(1) < W(2), W(1) > W(2), W(2) <= W(2), W(3) >= W(2), sorted([W(3), W(1), W(2)], key=lambda w: w)[0].v)
