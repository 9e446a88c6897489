# classmethod and staticmethod objects have a __dict__ (CPython 3.10+): the attributes
# copied from the function, and any set on them; the read-only ones.
import functools
def f(x):
    "doc"
    return x
s = staticmethod(f); c = classmethod(f)
print(s.__name__, s.__qualname__, s.__doc__, s.__wrapped__ is f, s.__module__)
print(c.__name__, c.__doc__, c.__wrapped__ is f)
s.extra = 1; c.extra = 2
print(s.extra, c.extra, s.__dict__, c.__dict__)
print(vars(s) is s.__dict__, sorted(vars(c)))
del s.extra
print(hasattr(s, "extra"), "extra" in s.__dict__)
for name in ["__func__", "__wrapped__", "__isabstractmethod__"]:
    try:
        setattr(s, name, 1)
    except AttributeError as e:
        print(name, "AttributeError:", e)
try:
    del s.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)
s.__dict__ = {"z": 9}
print(s.z, s.__dict__, getattr(s, "__name__", "no name"))
class A:
    @staticmethod
    def m():
        "m doc"
        return 1
    @classmethod
    def k(cls):
        return cls.__name__
    m.tag = "t"
    k.tag = "k"
print(A.__dict__["m"].tag, A.__dict__["k"].tag, A.m(), A.k(), A().k())
print(A.__dict__["m"].__doc__, A.__dict__["m"].__name__)
f.__name__ = "renamed"
s2 = staticmethod(f)
print(s2.__name__, staticmethod(len).__name__, staticmethod(len).__module__, sorted(vars(staticmethod(len))))
try:
    functools.wraps(f)(staticmethod(f))
except AttributeError as e:
    print("AttributeError:", e)
class Abs:
    import abc
    @staticmethod
    @abc.abstractmethod
    def a(): pass
print(Abs.__dict__["a"].__isabstractmethod__)

# A cycle through the object's own attributes is collected.
import gc, weakref


class Probe:
    pass


for kind in (staticmethod, classmethod):
    def f(): pass
    s = kind(f)
    p = Probe()
    s.me = s
    s.probe = p
    r = weakref.ref(p)
    del s, p, f
    gc.collect()
    print(kind.__name__, r() is None)
