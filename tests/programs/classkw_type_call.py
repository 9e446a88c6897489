# Creating classes by calling type(name, bases, ns, **kw), and its argument checks.

Point = type("Point", (), {"x": 0, "y": 0, "coords": lambda self: (self.x, self.y)})
p = Point()
p.x = 3
print(Point.__name__, Point.__qualname__, p.coords(), Point.__bases__)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        cls.kw = kw

Sub = type("Sub", (Base,), {}, tag="t", level=2)
print(Sub.kw, [k.__name__ for k in Sub.__mro__])

# the namespace dict is copied
ns = {"a": 1}
K = type("K", (), ns)
ns["b"] = 2
print(hasattr(K, "a"), hasattr(K, "b"))

# __qualname__ and __module__ can come from the namespace
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "somewhere"})
print(Q.__name__, Q.__qualname__, Q.__module__)

# one-argument form
print(type(5).__name__, type(type).__name__, type(Sub).__name__)

def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result.__name__)
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

attempt("two arguments", lambda: type("X", ()))
attempt("four arguments", lambda: type("X", (), {}, {}))
attempt("name not str", lambda: type(1, (), {}))
attempt("bases not tuple", lambda: type("X", [object], {}))
attempt("ns not dict", lambda: type("X", (), []))
attempt("base not a class", lambda: type("X", (1,), {}))
attempt("keyword to plain type", lambda: type("X", (), {}, flag=1))
attempt("metaclass keyword", lambda: type("X", (), {}, metaclass=type))
attempt("bool base", lambda: type("X", (bool,), {}))
attempt("qualname not str", lambda: type("X", (), {"__qualname__": 5}))
attempt("ok with object", lambda: type("X", (object,), {}))

# a metaclass called directly with keywords
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ keywords:", kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

M = Meta("M", (), {}, color="blue")
print(type(M).__name__, M.__name__)

# type() with a subclass of a class that has a metaclass picks the metaclass
class WithMeta(metaclass=Meta):
    pass
Derived = type("Derived", (WithMeta,), {})
print(type(Derived).__name__)

# type.__call__ path: calling the new class creates instances
Counter = type("Counter", (), {"__init__": lambda self, n: setattr(self, "n", n),
                               "inc": lambda self: self.n + 1})
print(Counter(41).inc())
