# Plugin registry built with metaclasses, __prepare__, __init_subclass__ and __class_getitem__.

class OrderedNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        if key in self and not key.startswith("__") and callable(value) and callable(self[key]):
            raise TypeError(f"duplicate method {key!r}")
        super().__setitem__(key, value)


class PluginMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"prepare {name} bases={[b.__name__ for b in bases]} kw={sorted(kwargs)}")
        return OrderedNamespace()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns), **kwargs)
        cls._order = tuple(ns.order)
        if bases:
            PluginMeta.registry[name.lower()] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.created_by = type(cls).__name__

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.serial = PluginMeta.counter = getattr(PluginMeta, "counter", 0) + 1
        return inst

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"

    def __len__(cls):
        return len(cls._order)

    def __iter__(cls):
        return iter(cls._order)

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}] via metaclass"


class Plugin(metaclass=PluginMeta):
    priority = 0

    def __init_subclass__(cls, /, priority=0, tags=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        cls.tags = tuple(tags)
        print(f"init_subclass {cls.__name__} priority={priority} tags={cls.tags}")

    def run(self, data):
        raise NotImplementedError(type(self).__name__)


class Upper(Plugin, priority=5, tags=["text"]):
    def run(self, data):
        return data.upper()

    def describe(self):
        return "uppercases"


class Reverse(Plugin, priority=2):
    def run(self, data):
        return data[::-1]


class Shout(Upper, priority=9, tags=("text", "loud")):
    def run(self, data):
        return super().run(data) + "!"


print(PluginMeta.registry)
print(sorted(PluginMeta.registry, key=lambda n: -PluginMeta.registry[n].priority))
print(len(Upper), list(Upper), list(Shout), Upper.created_by)
print(Upper["x"])
pipeline = sorted((c() for c in PluginMeta.registry.values()), key=lambda p: p.priority)
data = "hello"
for p in pipeline:
    data = p.run(data)
    print(type(p).__name__, p.serial, data)
print(Shout.__mro__)
print(isinstance(Shout, PluginMeta), type(Shout) is PluginMeta, type(type(Shout)).__name__)

try:
    class Dup(Plugin):
        def a(self): pass
        def a(self): pass
except TypeError as e:
    print("TypeError", e)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    Plugin().run("x")
except NotImplementedError as e:
    print("NotImplementedError", e)


class Box:
    def __class_getitem__(cls, item):
        if isinstance(item, tuple):
            return f"{cls.__name__} of {', '.join(getattr(i, '__name__', repr(i)) for i in item)}"
        return f"{cls.__name__} of {getattr(item, '__name__', repr(item))}"


class SubBox(Box):
    pass


print(Box[int], Box[int, str], SubBox[None], SubBox["x"])
print(list[int], dict[str, list[int]], tuple[int, ...])
ga = list[int]
print(type(ga).__name__, ga.__origin__, ga.__args__, ga(range(3)))
print(isinstance([], list), list[int] == list[int], list[int] == list[str])


# Metaclass conflict and __init_subclass__ default complaints
class MetaA(type):
    pass


class MetaB(type):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError", e)


class MetaAB(MetaA, MetaB):
    pass


class C(A, B, metaclass=MetaAB):
    pass


print(type(C).__name__, [k.__name__ for k in type(C).__mro__])


# type() three-arg with kwargs and dynamic classes
def make_point(dims):
    ns = {"__slots__": tuple(dims), "__repr__": lambda self: "P(" + ", ".join(f"{d}={getattr(self, d)}" for d in dims) + ")"}
    def __init__(self, *vals):
        if len(vals) != len(dims):
            raise TypeError(f"expected {len(dims)} values, got {len(vals)}")
        for d, v in zip(dims, vals):
            setattr(self, d, v)
    ns["__init__"] = __init__
    return type("P" + "".join(dims), (), ns)


P3 = make_point("xyz")
print(P3.__name__, P3(1, 2, 3), P3.__qualname__)
try:
    P3(1, 2)
except TypeError as e:
    print("TypeError", e)


class Tracker(type):
    def mro(cls):
        default = super().mro()
        print("computing mro for", cls.__name__, len(default))
        return default


class T1(metaclass=Tracker):
    pass


class T2(T1):
    pass


print([c.__name__ for c in T2.__mro__])


class WithNew:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        if args and args[0] == "int":
            return 5
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        print("init", args, kwargs)


print(WithNew("a", k=1).__class__.__name__)
print(WithNew("int"))
