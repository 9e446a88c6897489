# property getter/setter/deleter chaining, property attributes, subclassing property
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('  deleting')
        self._c = None

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
p = Temp.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(p.__get__(t), p.__get__(None, Temp) is p)

ro = property(lambda self: 'ro')
class R:
    x = ro
print(R().x, ro.fset, ro.fdel, ro.__doc__)
check(lambda: setattr(R(), 'x', 1))
check(lambda: delattr(R(), 'x'))
class NoGet:
    y = property(None, lambda self, v: None)
check(lambda: NoGet().y)

p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
p3 = p2.getter(lambda s: 3)
print(p1 is p2, p1.fset, p2.fset is not None, p3.fget(None), p3.fset is p2.fset)

class Base:
    @property
    def v(self):
        return 'base v'
class Child(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value
c = Child()
c.v = 9
print(c.v, c._v, Base.v.fset)

class Logged(property):
    def __get__(self, obj, cls=None):
        print('  Logged.__get__')
        return super().__get__(obj, cls)
class L:
    @Logged
    def val(self):
        """val doc"""
        return 'value'
    @val.setter
    def val(self, v):
        print('  set val', v)
print(L().val, type(L.__dict__['val']).__name__)
L().val = 3
print(L.__dict__['val'].__doc__)

def fget(self):
    "from fget"
    return 0
print(property(fget).__doc__, property(fget, doc='explicit').__doc__)
