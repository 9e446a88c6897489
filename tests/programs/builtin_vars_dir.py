# vars() and dir(), with and without arguments, __dir__, and their errors.
class Point:
    cls_attr = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x + self.y
p = Point(1, 2)
print(vars(p), vars(p) is p.__dict__)
vars(p)['z'] = 3
print(p.z, sorted(vars(Point).keys() - {'__dict__', '__weakref__', '__doc__', '__module__', '__init__'}))
print(type(vars(Point)).__name__, vars(Point)['cls_attr'])
for obj in [5, 'str', [1], None]:
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ('a',)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_one = 1
    return sorted(vars())
print(f(), vars() is globals())
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(p) if not n.startswith('_')], 'x' in dir(p), '__init__' in dir(p))
print([n for n in dir(Point) if not n.startswith('_')])
class Base:
    def base_m(self):
        pass
class Child(Base):
    child_attr = 1
print([n for n in dir(Child()) if not n.startswith('_')])
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha', 'mid']
print(dir(Custom()))
class TupleDir:
    def __dir__(self):
        return ('b', 'a')
print(dir(TupleDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
def g():
    a = 1
    b = 2
    return dir()
print(g())
import math
print([n for n in dir(math) if n in ('floor', 'pi', 'sqrt', 'nope')], dir(math) == sorted(dir(math)))
print([n for n in dir(int) if n in ('bit_length', 'real', '__add__', 'to_bytes')])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')][:12])
print(sorted(set(dir(Point)) - set(dir(object))))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
