# id() of values kept inline (ints, floats, None, bools) against each other and against
# objects, marshal's sharing of repeated ints and floats, and a cached class attribute whose
# object becomes a descriptor through __class__ assignment.
import copy
import marshal
import math

a = 1.0
b = math.nextafter(1.0, 2.0)
print(id(a) == id(b), id(0) == id(None), id(1) == id(...), id(4) == id(True), id(False) == id(0))
print(marshal.loads(marshal.dumps([a, b])))
print(marshal.loads(marshal.dumps([1000, 1000 + 2 ** 31, 1000, -0.0, 0.0, -0.0])))
x = 12345678901234567890
print(marshal.loads(marshal.dumps([x, x, float('inf'), float('inf')])))
print(marshal.dumps([7, 7, 2.5, 2.5]) == marshal.dumps([7, 7, 2.5, 2.5]))

# deepcopy's memo keys on id(): an int equal to an object's address is not that object.
lst = [1]
for item in copy.deepcopy([lst, id(lst), lst]):
    print(type(item).__name__, item == lst if isinstance(item, list) else item == id(lst))
objs = [object() for _ in range(50)]
ids = [id(o) for o in objs]
copied = copy.deepcopy([objs, ids])
print(all(type(i) is int for i in copied[1]), copied[1] == ids)


class W:
    def __get__(self, inst, owner):
        return 'W.__get__'


class V:
    pass


class M(type):
    pass


def read_a(o):
    return o.a


for meta in (type, M):
    v = V()
    E = meta('E', (), {'a': v})
    print(meta.__name__, type(read_a(E)).__name__, type(read_a(E)).__name__)
    v.__class__ = W
    print(meta.__name__, read_a(E), getattr(E, 'a'))
    v.__class__ = V
    print(meta.__name__, type(read_a(E)).__name__)
