# classes: comparison methods used by sorted, property(), chaining, attributes, abstract-style methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def dist2(self):
        return self.x ** 2 + self.y ** 2
pts = [Point(3, 1), Point(1, 2), Point(1, 1), Point(2, 5)]
print(sorted(pts), min(pts), max(pts), sorted(pts, key=Point.dist2))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2), Point(1, 2) in pts)
class Temp:
    def __init__(self, c):
        self._c = c
    def get_f(self):
        return self._c * 9 / 5 + 32
    f = property(get_f)
t = Temp(100)
print(t.f, Temp(-40).f)
class Counter:
    total = 0
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        Counter.total += 1
        return self
c = Counter().inc().inc()
Counter().inc()
print(c.n, Counter.total)
bound = c.inc
bound()
print(c.n, Counter.inc(c).n)
class Empty:
    pass
e = Empty()
e.attr = 5
print(e.attr, hasattr(e, 'attr'), hasattr(e, 'nope'), getattr(e, 'nope', 'dflt'))
setattr(e, 'other', 'set')
print(e.other, sorted(vars(e).items()))
del e.attr
print(hasattr(e, 'attr'))
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
