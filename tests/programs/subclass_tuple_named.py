# tuple subclass: a namedtuple-like class with __new__ and properties
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f'Point(x={self[0]!r}, y={self[1]!r})'
    def __add__(self, other):
        if isinstance(other, Point):
            return Point(self.x + other.x, self.y + other.y)
        return NotImplemented

p = Point(1, 2)
print(p, p.x, p.y, len(p), type(p).__name__, isinstance(p, tuple))
print(p + Point(10, 20))
print(tuple(p), p == (1, 2), (1, 2) == p, p[0:1], type(p[0:1]).__name__)
print(p[::-1], type(p[::-1]).__name__, p * 2, type(p * 2).__name__)
x, y = p
print(x, y, list(p), 1 in p, p.index(2), p.count(1))
try:
    p + (3,)
except TypeError as e:
    print(type(e).__name__, e)
print((0,) + p, type((0,) + p).__name__)
print({p: 'pt'}[(1, 2)], hash(p) == hash((1, 2)))
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5)]))
print(max(Point(2, 1), Point(1, 5)))

class T(tuple):
    pass
t = T([3, 1, 2])
print(t, repr(t), type(t).__name__)
print(t + (4,), type(t + (4,)).__name__, t[1:], type(t[1:]).__name__)
print(t[:], type(t[:]).__name__, sorted(t), T(), T('ab'))
t.note = 'n'
print(t.note, t.__dict__)
print(tuple.__new__(T, [9]), type(tuple.__new__(T, [9])).__name__)
