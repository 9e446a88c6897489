# __slots__: attribute errors, slot descriptors, __dict__ in slots
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'))
check(lambda: p.y)
check(lambda: setattr(p, 'z', 3))
check(lambda: p.z)
p.y = 2
print(p.y)
del p.y
check(lambda: delattr(p, 'y'))
print(type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.x.__set__(p, 10)
print(p.x)
P.x.__delete__(p)
print(hasattr(p, 'x'))
check(lambda: P.x.__get__(5, int))
print(P.__slots__, sorted(k for k in P.__dict__ if not k.startswith('__')))

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.other, w.__dict__)

class Single:
    __slots__ = 'only'
s = Single()
s.only = 'one'
print(s.only, Single.__slots__)

class Empty:
    __slots__ = ()
check(lambda: setattr(Empty(), 'anything', 1))
try:
    class Conflict:
        __slots__ = ('v',)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ('not valid',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class DupDict:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print(type(e).__name__, e)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self):
        self.__secret = 's'
print(Priv()._Priv__secret, Priv.__slots__, '_Priv__secret' in Priv.__dict__)
check(lambda: Empty().__dict__)
class Weak:
    __slots__ = ('__weakref__',)
print(hasattr(Weak(), '__dict__'), '__weakref__' in Weak.__dict__)
try:
    class Twice(Weak):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(type(e).__name__, e)
