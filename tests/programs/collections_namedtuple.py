# collections.namedtuple: field names as a string or a list, rename, defaults, module,
# _make/_asdict/_replace/_fields/_field_defaults, repr, the field descriptors, subclassing,
# pattern matching, and CPython's ValueError/TypeError messages for bad names and calls.
from collections import namedtuple


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '=', repr(result))


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)), p < Point(11, 23))
print(Point._fields, Point._field_defaults, Point.__match_args__, Point.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__, Point.__slots__)
print(Point.__new__.__doc__, Point.__new__.__qualname__, Point._make.__doc__)
print(Point._replace.__doc__, Point.x.__doc__, Point.y.__doc__)
print(p._asdict(), p._replace(x=1), Point._make([3, 4]), Point._make(iter('ab')))
print(Point(**{'x': 1, 'y': 2}), Point(*range(2)), p.count(11), p.index(22), p + (1,), p * 2)
print(p.__getnewargs__(), repr(p), str(p), f'{p}')
print(isinstance(p, tuple), type(p).__mro__)

# String field names, commas and spaces.
P3 = namedtuple('P3', 'a, b c')
print(P3(1, 2, 3), P3._fields)
E = namedtuple('Empty', '')
print(E(), E._fields, len(E()))
One = namedtuple('One', 'only')
print(One(1), One._fields, One.__doc__, One.__new__.__doc__)
print(namedtuple('A', 'match case type')(1, 2, 3))
print(namedtuple('A', ('x' for _ in range(1)))(5))

# Defaults and rename.
D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, 5), D._field_defaults, D.__new__.__defaults__)
print(namedtuple('N', 'a b', defaults=None)._field_defaults, namedtuple('N', 'a b', defaults=iter([9]))(1))
R = namedtuple('R', ['abc', 'def', '_x', 'abc', '1st', 'ok', 'class'], rename=True)
print(R._fields)
print(namedtuple('R2', 'x x', rename=True)._fields)

# module=.
M = namedtuple('M', 'v', module='some.module')
print(M.__module__, M(1))

# Errors.
attempt('missing', lambda: Point(1))
attempt('too many', lambda: Point(1, 2, 3))
attempt('twice', lambda: Point(1, x=2))
attempt('unknown kw', lambda: Point(1, 2, z=3))
attempt('_make short', lambda: Point._make([1]))
attempt('_make long', lambda: Point._make([1, 2, 3]))
attempt('_replace unknown', lambda: p._replace(z=1))
attempt('bad typename', lambda: namedtuple('1a', 'x'))
attempt('typename with space', lambda: namedtuple('a b', 'x'))
attempt('keyword field', lambda: namedtuple('A', 'class'))
attempt('keyword type', lambda: namedtuple('None', 'x'))
attempt('underscore', lambda: namedtuple('A', '_x'))
attempt('duplicate', lambda: namedtuple('A', 'x y x'))
attempt('digit field', lambda: namedtuple('A', ['x', '2']))
attempt('int field', lambda: namedtuple('A', ['x', 1]))
attempt('int fields', lambda: namedtuple('A', 5))
attempt('int typename', lambda: namedtuple(5, 'x'))
attempt('too many defaults', lambda: namedtuple('A', 'x', defaults=(1, 2)))
attempt('set attr', lambda: setattr(p, 'x', 5))
attempt('del attr', lambda: delattr(p, 'x'))
attempt('new attr', lambda: setattr(p, 'z', 5))
attempt('no __dict__', lambda: p.__dict__)
attempt('item assign', lambda: p.__setitem__(0, 1))

# Subclassing.


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), v._replace(y=0), Vec._make([1, 2]), v._asdict())
Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3))


class Named(namedtuple('Named', 'a b', defaults=(0,))):
    def describe(self):
        return f'{type(self).__name__} a={self.a} b={self.b}'


print(Named(1).describe(), Named(1, 2), Named.__mro__[1].__name__)

# Pattern matching uses __match_args__.
for item in [Point(0, 5), Point(3, 0), Point(1, 1), (1, 2)]:
    match item:
        case Point(0, y):
            print('on y axis at', y)
        case Point(x=px, y=0):
            print('on x axis at', px)
        case Point(a, b):
            print('point', a, b)
        case _:
            print('not a point', item)

# Sorting and use as dict keys.
people = [namedtuple('Person', 'name age')(n, a) for n, a in [('bo', 30), ('al', 25), ('cy', 35)]]
print(sorted(people, key=lambda person: person.age))
print(max(people, key=lambda person: person.age).name, {people[0]: 'first'}[people[0]])
