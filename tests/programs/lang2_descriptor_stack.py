# Stacking built-in descriptors: classmethod over property, staticmethod objects, module-level __getattr__.
import sys
import types


class Settings:
    _registry = {"mode": "fast", "level": 3}

    @classmethod
    @property
    def mode(cls):
        return f"{cls.__name__}:{cls._registry['mode']}"

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls, **kw):
        obj = cls()
        obj.__dict__.update(kw)
        return obj


class Derived(Settings):
    pass


print(Settings.mode, Derived.mode, Settings().mode)
sm = Settings.__dict__["helper"]
cm = Settings.__dict__["make"]
print(type(sm).__name__, sm(4), sm.__func__(5), sm.__wrapped__(6), sm.__name__, sm.__qualname__)
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__, type(Settings.make).__name__, Settings.make.__self__ is Settings)
print(Derived.make(a=1).__dict__, Settings.helper(21), Settings().helper(1))
bound = Settings.make
print(bound.__func__ is cm.__func__, bound.__name__, bound.__qualname__)
print(cm.__get__(None, Derived)().__class__.__name__, sm.__get__(None, Settings)(3))
print(isinstance(sm, staticmethod), callable(sm), callable(cm))
try:
    cm()
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"


class Model(metaclass=Meta):
    pass


class User(Model):
    pass


print(User.table, Model.table, hasattr(User(), "table"))


class Method:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self.fn, obj)


class Uses:
    def __init__(self, v):
        self.v = v

    @Method
    def show(self, suffix=""):
        return f"value={self.v}{suffix}"


u = Uses(9)
m = u.show
print(m(), m("!"), type(m).__name__, m.__self__ is u, m.__func__.__name__, Uses.show.__class__.__name__)
mt = types.MethodType(lambda self, n: self.v + n, u)
print(mt(1), mt.__self__.v)


def free_function(self):
    return f"free on {type(self).__name__}"


Uses.free = free_function
print(u.free(), Uses.free(u), Uses.free is free_function, u.free == u.free, u.free is u.free)
print(type(u.free).__name__, type(Uses.free).__name__, u.free.__func__ is free_function)
u.inst_func = free_function
try:
    u.inst_func()
except TypeError as e:
    print("TypeError", e)
print(len.__self__.__name__ if hasattr(len, "__self__") else None, [].append.__self__, "x".upper.__name__, type([].append).__name__)
print(type(list.append).__name__, type(dict.__dict__["fromkeys"]).__name__, type(int.__dict__["real"]).__name__, type(str.__dict__["upper"]).__name__)
print(list.append.__qualname__, list.append.__objclass__.__name__ if hasattr(list.append, "__objclass__") else "")
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError", e)
print(str.upper("abc"), dict.fromkeys("ab"), int.__add__(2, 3), int.__add__(2, 3.0), float.__add__(2.0, 3))

mod = types.ModuleType("dynamic_mod", "A dynamic module.")
mod.value = 10


def mod_getattr(name):
    if name.startswith("lazy_"):
        return f"lazily computed {name[5:]}"
    raise AttributeError(f"module {mod.__name__!r} has no attribute {name!r}")


def mod_dir():
    return ["value", "lazy_anything"]


mod.__getattr__ = mod_getattr
mod.__dir__ = mod_dir
sys.modules["dynamic_mod"] = mod
import dynamic_mod
print(dynamic_mod.value, dynamic_mod.lazy_thing, dir(dynamic_mod), dynamic_mod.__doc__, dynamic_mod.__name__)
try:
    dynamic_mod.missing
except AttributeError as e:
    print("AttributeError", e)
from dynamic_mod import lazy_import
print(lazy_import)
try:
    from dynamic_mod import nothing_here
except ImportError as e:
    print("ImportError", e)


class VerboseModule(types.ModuleType):
    def __setattr__(self, name, value):
        print(f"setting {name} on module")
        super().__setattr__(name, value)


mod.__class__ = VerboseModule
mod.other = 5
print(type(mod).__name__, mod.other, repr(mod)[:20])
plain = types.ModuleType("plain")
try:
    plain.nothing
except AttributeError as e:
    print("AttributeError", e)
print(repr(plain), plain.__dict__.get("__doc__"), sorted(plain.__dict__))
this_module = sys.modules[__name__]
print(this_module.__name__, hasattr(this_module, "Settings"), type(this_module).__name__)


class Chain:
    def __init__(self, *names):
        self.names = names

    def __getattr__(self, name):
        return Chain(*self.names, name)

    def __call__(self, *args):
        return f"{'.'.join(self.names)}({', '.join(map(repr, args))})"


api = Chain("api")
print(api.users.list(1, "x"), api.health())


class Prop:
    def __init__(self):
        self._x = 0

    x = property(lambda self: self._x, lambda self, v: setattr(self, "_x", v * 10))


class PropChild(Prop):
    @Prop.x.getter
    def x(self):
        return f"child sees {self._x}"


pc = PropChild()
pc.x = 2
print(pc.x, Prop.x.fset is PropChild.x.fset, PropChild.x.fget.__name__)
try:
    property.__get__(Prop.x, None, None)
    print(property.__get__(Prop.x, None, Prop) is Prop.x)
except TypeError as e:
    print("TypeError", e)
