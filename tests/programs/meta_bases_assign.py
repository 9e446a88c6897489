# __bases__ assignment: attribute look-ups (and their caches) follow the new MRO, subclasses too.
class A:
    def who(self):
        return 'A'
    x = 'A.x'
class B:
    def who(self):
        return 'B'
    x = 'B.x'
class C(A):
    pass
class D(C):
    pass
d = D()
calls = []
for i in range(3):
    calls.append((d.who(), d.x, D.x))
C.__bases__ = (B,)
for i in range(3):
    calls.append((d.who(), d.x, D.x))
print(calls)
print([k.__name__ for k in D.__mro__], [k.__name__ for k in C.__mro__], C.__base__.__name__)
print(A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
print(isinstance(d, A), isinstance(d, B), issubclass(D, B), issubclass(D, A))
C.__bases__ = (A, B)
print([k.__name__ for k in D.__mro__], d.who())
class M(type):
    def mro(cls):
        order = super().mro()
        return [order[0]] + order[1:][::-1]
class E(metaclass=M):
    pass
class F(E):
    pass
print([k.__name__ for k in F.__mro__])
F.__bases__ = (E,)
print([k.__name__ for k in F.__mro__])
for bad in [(), (1,), (D,), [A]]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.__bases__
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
class T(S1):
    __slots__ = ()
try:
    T.__bases__ = (S2,)
except TypeError as e:
    print(type(e).__name__, e)
class L(list):
    pass
try:
    L.__bases__ = (dict,)
except TypeError as e:
    print(type(e).__name__, e)
class Moved:
    pass
Moved.__module__ = 'elsewhere'
print(repr(Moved()).split(' object at ')[0], repr(Moved))
