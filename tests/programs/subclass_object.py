# explicit object subclass, __class__, __dict__, type() and friends
class A(object):
    pass

class B(A):
    def __init__(self):
        self.x = 1

a = A()
b = B()
print(type(a).__name__, type(b).__name__, a.__class__.__name__, b.__class__ is B)
print(A.__bases__ == (object,), B.__bases__[0] is A, object.__bases__)
print([c.__name__ for c in B.__mro__])
print(isinstance(b, A), isinstance(b, object), isinstance(a, B))
print(issubclass(B, A), issubclass(A, B), issubclass(B, object), issubclass(A, A))
print(b.__dict__, a.__dict__)
a.y = 2
a.__dict__['z'] = 3
print(a.y, a.z, sorted(a.__dict__))
a.__dict__ = {'w': 4}
print(a.w, hasattr(a, 'y'))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(A) is type, type(type) is type, type(object) is type)
print(a == a, a != a, a == b)
print(str(b) == repr(b), hash(a) == hash(a))
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(A, type), isinstance(A, object), isinstance(type, object))
print(issubclass(type, object), issubclass(object, type))
print(isinstance(1, (str, int)), issubclass(bool, (str, int)), isinstance(b, ()))
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
