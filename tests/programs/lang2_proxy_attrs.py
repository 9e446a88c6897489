# Attribute proxies: __getattr__, __getattribute__, __setattr__, __delattr__, __class__ assignment.

class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.a = 1

    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"


t = Target()
r = Recorder(t)
print(r.a, r.hello("bob"))
r.b = 2
del r.a
print(vars(t), r._log)
try:
    r.missing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(r, "nope"), getattr(r, "nope", "default"))


class Strict:
    allowed = {"x", "y"}

    def __init__(self):
        self.x = 0

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"access to {name!r} denied")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"<fallback {name}>"

    def __setattr__(self, name, value):
        if name not in type(self).allowed:
            raise AttributeError(f"cannot set {name!r}")
        super().__setattr__(name, value)


s = Strict()
s.y = 5
print(s.x, s.y, s.secret_key, s.other)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError", e)
print(getattr(s, "secretive", "no"))


class LazyModule:
    def __init__(self, loader):
        self._loader = loader
        self._loaded = None

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if self._loaded is None:
            print("loading...")
            self._loaded = self._loader()
        try:
            return self._loaded[name]
        except KeyError:
            raise AttributeError(f"module has no attribute {name!r}") from None


lm = LazyModule(lambda: {"pi": 3.14, "e": 2.72})
print(lm.pi, lm.e)
try:
    lm.tau
except AttributeError as e:
    print("AttributeError", e, e.__context__ is None or e.__suppress_context__)


class Property:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"getattr fallback for {name}"


print(Property().broken)


class Dog:
    sound = "woof"

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Cat:
    sound = "meow"

    def speak(self):
        return f"{type(self).__name__} purrs {self.sound}"


pet = Dog()
print(pet.speak())
pet.__class__ = Cat
print(pet.speak(), isinstance(pet, Cat), type(pet).__name__)
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)


class SlotA:
    __slots__ = ("v",)


class SlotB:
    __slots__ = ("v",)


class SlotC:
    __slots__ = ("w",)


sa = SlotA()
sa.v = 3
sa.__class__ = SlotB
print(type(sa).__name__, sa.v)
try:
    sa.__class__ = SlotC
except TypeError as e:
    print("TypeError", e)


class State:
    def handle(self):
        raise NotImplementedError


class Idle(State):
    def handle(self):
        self.__class__ = Running
        return "starting"


class Running(State):
    def handle(self):
        self.__class__ = Idle
        return "stopping"


m = Idle()
print([m.handle() for _ in range(4)], type(m).__name__)


class Wrapper:
    def __init__(self, obj):
        self.__dict__["obj"] = obj

    def __getattr__(self, name):
        return getattr(self.obj, name)

    def __len__(self):
        return len(self.obj)


w = Wrapper([3, 1, 2])
w.append(0)
print(w.obj, len(w), w.index(2))
try:
    w[0]
except TypeError as e:
    print("TypeError", e)
try:
    iter(w)
except TypeError as e:
    print("TypeError", e)


class Defaults:
    def __getattr__(self, name):
        if name == "recursive":
            return self.recursive_helper
        raise AttributeError(name)


try:
    Defaults().recursive
except AttributeError as e:
    print("AttributeError", e)

print(getattr(5, "real"), getattr(int, "__name__"))
for obj, name in [(5, "foo"), ("s", "bar"), (None, "x"), ([], "push"), (int, "nope"), (Target(), "zz")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(Target(), "nothing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(t, 5)
except TypeError as e:
    print("TypeError", e)
try:
    del t.hello
except AttributeError as e:
    print("AttributeError", e)


class Meta(type):
    def __getattr__(cls, name):
        return f"meta-level {name}"


class UsesMeta(metaclass=Meta):
    real = 1


print(UsesMeta.real, UsesMeta.virtual)
try:
    UsesMeta().virtual
except AttributeError as e:
    print("AttributeError", e)
