# descriptors: data/non-data precedence, __set_name__, __get__ with None, property features
class NonData:
    def __get__(self, obj, owner=None):
        return ('nd', obj is None, owner.__name__ if owner else None)
class Data:
    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return ('data', obj.__dict__.get('_' + self.name))
    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value
class OnlySet:
    def __set__(self, obj, v):
        print('OnlySet.__set__', v)
class OnlyDelete:
    def __delete__(self, obj):
        print('OnlyDelete.__delete__')

class C:
    nd = NonData()
    d = Data()
    os_ = OnlySet()
    od = OnlyDelete()

c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'inst'
print(c.nd)
c.d = 5
print(c.d, type(C.d).__name__)
c.__dict__['d'] = 'shadow'
print(c.d)
print(C.os_ is C.__dict__['os_'])
c.os_ = 3
print(c.os_ is C.__dict__['os_'])
c.__dict__['os_'] = 'x'
print(c.os_)
try:
    c.od = 1
except Exception as e:
    print(type(e).__name__, e)
del c.od
print(c.od is C.__dict__['od'])
c.__dict__['od'] = 'inst'
print(c.od)

# set_name on late assignment is not called
class D: pass
D.x = Data()
try:
    print(D().x)
except Exception as e:
    print(type(e).__name__, e)

# __set_name__ errors
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('nope ' + name)
try:
    class E:
        b = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None, getattr(e, '__notes__', None))

# property
class P:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "doc of x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print('del x'); del self._x
    ro = property(lambda self: 42)
print(P.x.__doc__, P.ro.__doc__)
p = P()
p.x = 10; print(p.x)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
for op in ('set', 'del'):
    try:
        if op == 'set': p.ro = 1
        else: del p.ro
    except AttributeError as e:
        print(type(e).__name__, e)
print(property().fget, property(None, None, None, 'dd').__doc__)
try:
    property()(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    property().__get__(1, int)
except Exception as e:
    print(type(e).__name__, e)
pr = property(lambda s: 1)
print(pr.__get__(None, P) is pr)
# property name
class Q:
    @property
    def foo(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'getattr:' + n
print(Q().foo)
print(P.x.__name__ if hasattr(P.x, '__name__') else 'noname')
# property subclass copies
class MyProp(property):
    pass
class R:
    @MyProp
    def a(self): return 1
    @a.setter
    def a(self, v): pass
print(type(R.__dict__['a']).__name__)
# staticmethod/classmethod
class S:
    @staticmethod
    def s(*a): return a
    @classmethod
    def c(cls, *a): return cls.__name__, a
print(S.s(1), S().s(2), S.c(3), S().c(4))
print(S.__dict__['s'].__func__ is S.s, callable(S.__dict__['s']))
print(S.__dict__['s'](7))
sm = staticmethod(len)
print(sm.__wrapped__ is len, sm(('a',)))
cm = classmethod(lambda cls: cls)
print(cm.__get__(None, int)(), cm.__get__(3)())
# classmethod wrapping property (deprecated but works in 3.12)
class T:
    @classmethod
    @property
    def cp(cls): return 'cp-' + cls.__name__
print(T.cp, T().cp)
# __get__ called for functions
def f(self): return self
print(f.__get__(5)(), f.__get__(None, int) is f)
bm = f.__get__(5)
print(bm.__self__, bm.__func__ is f, bm == f.__get__(5), bm == f.__get__(6))
# descriptor on metaclass vs class
class Meta(type):
    @property
    def mp(cls): return 'meta-prop'
class M(metaclass=Meta):
    mp = 'class-attr'
print(M.mp)
class M2(metaclass=Meta):
    pass
print(M2.mp)
try:
    print(M2().mp)
except AttributeError as e:
    print(type(e).__name__, e)
