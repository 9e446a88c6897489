class A:
    __slots__ = ("a", "__dict__")

class B:
    __slots__ = ("a", "__weakref__")

class C:
    pass

class D:
    __slots__ = ()

for cls in (A, B, C, D):
    print(cls.__name__, sorted(k for k in cls.__dict__ if k not in ("__module__", "__doc__")))
print(type(A.__dict__["__dict__"]).__name__)
class A:
    __slots__ = ("a", "__dict__")
x = A()
x.a = 1
x.b = 2
print(x.a, x.b, x.__dict__, vars(x))
x.__dict__ = {"c": 3}
print(x.c, x.a, hasattr(x, "b"))
class B(A):
    pass
y = B(); y.a = 5; y.z = 6
print(y.__dict__, y.a)
