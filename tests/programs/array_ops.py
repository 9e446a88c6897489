# array: operators, comparisons, copying, subclasses
import copy
from array import array


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = array('i', [1, 2])
b = array('i', [3])
print(a + b, b + a, a + array('i'), a * 3, 3 * a, a * 0, a * -2, 0 * a)
show(lambda: a + [3])
show(lambda: a + (3,))
show(lambda: a + array('h', [3]))
show(lambda: a + array('u', 'x'))
show(lambda: a * 'x')
show(lambda: a * 2.0)
show(lambda: a * None)
show(lambda: a * 2**70)


class Idx:
    def __index__(self):
        return 2


print(a * Idx(), Idx() * a, a * True)
c = a
c += array('i', [5])
print(c, a, c is a)
c *= 2
print(c, a, c is a)
c *= 0
print(c, a, len(a))
c = array('d', [1.5])
c += c
c *= 2
print(c)
show(lambda: c.__iadd__([1]))
show(lambda: c.__iadd__(array('f', [1.0])))
show(lambda: c.__imul__('x'))
c2 = array('d', [1.0])
try:
    c2 += [2.0]
except TypeError as e:
    print('TypeError', e)
print(c2)

# comparisons are lexicographic, across typecodes too
pairs = [
    (array('i', [1, 2]), array('i', [1, 2])),
    (array('i', [1, 2]), array('i', [1, 3])),
    (array('i', [1, 2]), array('i', [1])),
    (array('i', [1]), array('i', [1, 0])),
    (array('i', [2]), array('i', [1, 5])),
    (array('i', []), array('i', [])),
    (array('i', [1, 2]), array('d', [1.0, 2.0])),
    (array('b', [1, 2]), array('Q', [1, 3])),
    (array('f', [0.5]), array('d', [0.5])),
    (array('u', 'ab'), array('u', 'b')),
    (array('u', 'ab'), array('u', 'ab')),
    (array('d', [float('nan')]), array('d', [float('nan')])),
]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
show(lambda: array('u', 'a') == array('i', [97]))
show(lambda: array('u', 'a') < array('i', [97]))
show(lambda: array('i', []) == array('u', ''))
show(lambda: array('i', [1]) == [1])
show(lambda: array('i', [1]) != [1])
show(lambda: array('B', [65]) == b'A')
show(lambda: array('i', [1]).__eq__([1]))
show(lambda: array('i', [1]).__lt__(5))
show(lambda: [1] == array('i', [1]))

# membership, length, truth
d = array('H', [10, 20])
print(10 in d, 30 in d, 10.0 in d, 'a' in d, len(d), bool(d), bool(array('H')))

# copies are independent
orig = array('q', [1, 2, 3])
for dup in (copy.copy(orig), copy.deepcopy(orig), orig.__copy__(),
            orig.__deepcopy__({}), array('q', orig), orig[:]):
    dup[0] = 99
    print(dup, orig, dup is orig)
nested = [array('d', [1.0])]
deep = copy.deepcopy(nested)
deep[0].append(2.0)
print(nested, deep)


# subclasses
class Vec(array):
    def total(self):
        return sum(self)


v = Vec('d', [1.0, 2.0, 3.5])
print(v, v.total(), type(v).__name__, isinstance(v, array), v.typecode)
print(type(v[0:2]).__name__, type(v + v).__name__, type(v * 2).__name__)
print(type(copy.copy(v)).__name__, type(copy.deepcopy(v)).__name__)
v.note = 'tag'
print(v.note, v == array('d', [1.0, 2.0, 3.5]))
r = v.__reduce_ex__(2)
print(r[0].__name__, r[1], r[2])


class Pt(array):
    def __new__(cls, x, y):
        return super().__new__(cls, 'd', [x, y])

    def __init__(self, x, y):
        self.label = '%s,%s' % (x, y)


p = Pt(1, 2)
print(p, p.label, p[0] + p[1])
show(lambda: array[int])
import weakref
w = weakref.ref(p)
print(w() is p)
show(lambda: hash(array('i')) if False else 'skip')
