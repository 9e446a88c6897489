# descriptors, properties, classmethod chains, __set_name__, __init_subclass__, metaclasses
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")

class Model:
    registry = {}
    def __init_subclass__(cls, /, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower()
        Model.registry[cls.table] = cls
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({args})"

class User(Model, table="users"):
    name = Typed(str, "")
    age = Typed(int, 0)

class Admin(User):
    level = Typed(int, 1)

u = User(name="bob", age=3)
show("user", lambda: u)
show("fields", lambda: (User._fields, Admin._fields))
show("registry", lambda: sorted(Model.registry))
show("tables", lambda: (User.table, Admin.table))
show("bad set", lambda: setattr(u, "age", "x"))
show("del", lambda: delattr(u, "name"))
show("class access", lambda: type(User.name).__name__)
show("admin", lambda: Admin(name="root", level=9))
show("vars", lambda: sorted(vars(u)))

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.attr] = val
        return val

class Circle:
    calls = 0
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        "the area"
        Circle.calls += 1
        return 3 * self.r ** 2
    @property
    def diameter(self):
        return self.r * 2
    @diameter.setter
    def diameter(self, d):
        self.r = d / 2
    @diameter.deleter
    def diameter(self):
        print("deleting diameter")
        self.r = 0
    @classmethod
    def unit(cls):
        return cls(1)
    @staticmethod
    def describe(x):
        return f"circle<{x}>"
    @classmethod
    @property
    def kind(cls):
        return cls.__name__

c = Circle(2)
show("lazy", lambda: (c.area, c.area, Circle.calls, Circle.area.__doc__))
c.diameter = 10
show("diam", lambda: (c.r, c.diameter))
del c.diameter
show("after del", lambda: c.r)
show("unit", lambda: Circle.unit().r)
show("static", lambda: (Circle.describe(1), c.describe(2)))
show("prop obj", lambda: (type(Circle.diameter).__name__, Circle.diameter.fget.__name__))
show("no setter", lambda: setattr(Circle.unit(), "area2", 1))
class P:
    @property
    def ro(self): return 1
show("ro set", lambda: setattr(P(), "ro", 5))
show("ro del", lambda: delattr(P(), "ro"))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        from collections import OrderedDict
        ns = OrderedDict()
        ns["order"] = []
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        ns["order"] = [k for k in ns if not k.startswith("__") and k != "order"]
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.extra = kw
        return cls
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        inst.created = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return len(cls.order)
    def __iter__(cls):
        return iter(cls.order)
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"

class Thing(metaclass=Meta, flavor="sweet"):
    b = 1
    a = 2
    def method(self): pass
    def __init__(self, v=0):
        self.v = v

show("order", lambda: (Thing.order, Thing.extra, len(Thing), list(Thing), Thing[int]))
t = Thing(5)
show("inst", lambda: (t.v, t.created, repr(Thing), type(Thing).__name__))
class Sub(Thing):
    z = 0
show("sub", lambda: (Sub.order, Sub.extra, repr(Sub)))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self):
        self.n = 0
show("singleton", lambda: Conf() is Conf())

# __getattr__ / __getattribute__ interplay
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)
    def __dir__(self):
        return ["custom"]
pp = Proxy(c)
pp.r = 7
show("proxy", lambda: (pp.r, c.r, pp.diameter, dir(pp)))
show("proxy missing", lambda: pp.nothing)

class Weird:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
w = Weird()
show("weird", lambda: (w.magic, w.other, getattr(w, "x", "d")))

# descriptor on metaclass vs class
class MetaD(type):
    @property
    def info(cls):
        return f"info of {cls.__name__}"
class WithInfo(metaclass=MetaD):
    pass
show("meta prop", lambda: (WithInfo.info, hasattr(WithInfo(), "info")))

# __class_getitem__, __init_subclass__ with kwargs error
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"
show("cgi", lambda: (Box[int], Box[int, str]))
def bad():
    class X(Model, nope=1): pass
show("bad subclass kw", bad)
def bad2():
    class Y(object, flavor=1): pass
show("bad obj kw", bad2)

# super() in various forms
class A:
    def who(self): return ["A"]
    @classmethod
    def cm(cls): return ["A", cls.__name__]
class B(A):
    def who(self): return ["B"] + super().who()
    @classmethod
    def cm(cls): return ["B"] + super().cm()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
show("mro", lambda: ([k.__name__ for k in D.__mro__], D().who(), D.cm()))
show("super explicit", lambda: super(B, D()).who())
show("super unbound", lambda: super(D, D).who.__qualname__)
def mro_fail():
    class X(A, B): pass
show("mro fail", mro_fail)
