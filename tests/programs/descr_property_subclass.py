# property subclasses: setter/getter/deleter copies keep the subclass, __get__/__set__
# overrides, and the property fields read through the subclass instance.
class P(property):
    pass

class C:
    def __init__(self): self._x = 1
    @P
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("del"); del self._x

c = C()
print(type(C.__dict__['x']).__name__, c.x)
c.x = 5
print(c.x)
del c.x
print(hasattr(c, '_x'))

class Logged(property):
    def __get__(self, obj, cls=None):
        print("get via", type(self).__name__)
        return super().__get__(obj, cls)
    def __set__(self, obj, v):
        print("set", v)
        super().__set__(obj, v)

class D:
    @Logged
    def y(self): return self._y
    @y.setter
    def y(self, v): self._y = v
d = D()
d.y = 3
print(d.y)
print(isinstance(D.__dict__['y'], property), type(D.__dict__['y']).__name__)
print(D.y.fget.__name__)
