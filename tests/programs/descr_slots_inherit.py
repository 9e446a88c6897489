# inheritance of __slots__
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Base:
    __slots__ = ('a',)

class NoSlots(Base):
    pass

class MoreSlots(Base):
    __slots__ = ('b',)

n = NoSlots()
n.a = 1
n.anything = 2
print(n.a, n.anything, n.__dict__)

m = MoreSlots()
m.a = 1
m.b = 2
print(m.a, m.b, hasattr(m, '__dict__'))
check(lambda: setattr(m, 'c', 3))
print(MoreSlots.__slots__, type(MoreSlots.a).__name__, MoreSlots.a is Base.a)

class Again(Base):
    __slots__ = ('a',)
ag = Again()
ag.a = 'child slot'
print(ag.a)
check(lambda: Base.a.__get__(ag))

class X:
    __slots__ = ('x',)
class Y:
    __slots__ = ('y',)
try:
    class XY(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class EmptyA:
    __slots__ = ()
class EmptyB:
    __slots__ = ()
class AB(EmptyA, EmptyB):
    __slots__ = ('v',)
ab = AB()
ab.v = 5
print(ab.v, [c.__name__ for c in AB.__mro__])
class XEmpty(X, EmptyA):
    __slots__ = ()
xe = XEmpty()
xe.x = 'ok'
print(xe.x)

class IntSlots(int):
    __slots__ = ()
print(IntSlots(4) + 1, hasattr(IntSlots(4), '__dict__'))
try:
    class TupleSlots(tuple):
        __slots__ = ('t',)
except TypeError as e:
    print(type(e).__name__, e)
class ListSlots(list):
    __slots__ = ('tag',)
ls = ListSlots([1])
ls.tag = 't'
print(ls, ls.tag)
class DictChild(NoSlots):
    __slots__ = ('__dict__',)
