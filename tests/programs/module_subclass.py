# Subclasses of types.ModuleType: instances made by the subclass, __class__ assignment on a
# live module (the lazy-module idiom), properties, __getattr__/__setattr__ of the class.
import sys
import types


class Tracked(types.ModuleType):
    loads = 0

    def __init__(self, name, doc=None, *, owner="nobody"):
        super().__init__(name, doc)
        self.owner = owner

    @property
    def answer(self):
        Tracked.loads += 1
        return 42

    @answer.setter
    def answer(self, value):
        raise AttributeError("answer is read-only")

    def describe(self):
        return f"{self.__name__} owned by {self.owner}"

    def __getattr__(self, name):
        if name.startswith("lazy_"):
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")


m = Tracked("plugin", "A plugin.", owner="me")
print(type(m).__name__, isinstance(m, types.ModuleType), isinstance(m, Tracked))
print(m.__name__, m.__doc__, m.owner, m.describe(), m.answer, m.answer, Tracked.loads)
print(repr(m), sorted(k for k in vars(m)))
print(m.lazy_thing, "lazy_thing" in m.__dict__, m.lazy_thing)
try:
    m.answer = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(m, "missing", "default"), hasattr(m, "answer"))

sys.modules["plugin"] = m
import plugin
print(plugin is m, plugin.answer, plugin.owner)
from plugin import lazy_other, describe
print(lazy_other, describe())
del sys.modules["plugin"]


class Logged(types.ModuleType):
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print(f"del {name}")
        super().__delattr__(name)


live = types.ModuleType("live")
live.x = 1
live.__class__ = Logged
live.y = 2
del live.x
print(type(live).__name__, sorted(k for k in vars(live) if not k.startswith("__")), live.__class__.__name__)
live.__class__ = types.ModuleType
live.z = 3
print(type(live).__name__, live.z)
try:
    live.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    live.__class__ = 5
except TypeError as e:
    print("TypeError", e)

this = sys.modules[__name__]


class Main(types.ModuleType):
    @property
    def computed(self):
        return len(self.__name__)


this.__class__ = Main
print(type(this).__name__, this.computed, this.Main is Main)
print(type(sys.modules[__name__]).__name__)
this.__class__ = types.ModuleType
