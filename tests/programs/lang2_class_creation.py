# Corners of class creation: qualnames, implicit classmethods, __mro_entries__, slots rules, ABC-like checks.

class Outer:
    """Outer doc."""
    seen_qualname = __qualname__
    seen_module = __module__

    class Inner:
        seen_qualname = __qualname__

        def method(self):
            pass

    def func(self):
        def local():
            pass
        return local


print(Outer.seen_qualname, Outer.seen_module, Outer.Inner.seen_qualname, Outer.Inner.method.__qualname__, Outer().func().__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.__name__, Outer.Inner.__module__)


class Qual:
    __qualname__ = "Custom.Qual"


print(Qual.__qualname__, Qual.__name__)
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print("TypeError", e)


class Implicit:
    def __init_subclass__(cls):
        cls.flag = cls.__name__.lower()

    def __class_getitem__(cls, item):
        return (cls.__name__, item)

    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


class Sub(Implicit):
    pass


print(Sub.flag, Sub[int], Implicit[1, 2], Sub(1, 2).args, type(Implicit.__dict__["__init_subclass__"]).__name__,
      type(Implicit.__dict__["__class_getitem__"]).__name__, type(Implicit.__dict__["__new__"]).__name__)


class Other:
    def __init__(self):
        print("Other.__init__ should not run via Factory")


class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other.__new__(Other)
        return super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__", kind)


print(type(Factory("self")).__name__, type(Factory("other")).__name__)


class ListLike:
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return (list,)


class FromEntries(ListLike()):
    pass


print(FromEntries.__bases__, FromEntries.__orig_bases__[0].__class__.__name__, FromEntries([1, 2]))
try:
    class FromInstance(5):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromFunc(len):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(int, int):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class LayoutConflict(int, str):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class SlotConflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)
try:
    class IntSlots(int):
        __slots__ = ("extra",)
except TypeError as e:
    print("TypeError", e)


class TupleSlotsEmpty(tuple):
    __slots__ = ()


print(TupleSlotsEmpty((1, 2)), hasattr(TupleSlotsEmpty(), "__dict__"))
try:
    class DoubleDict:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)


class WithDictSlot:
    __slots__ = ("a", "__dict__")


wd = WithDictSlot()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__, sorted(WithDictSlot.__dict__.keys() - {"__module__", "__doc__"}))


class StrSlot:
    __slots__ = "single"


ss = StrSlot()
ss.single = "s"
print(ss.single, StrSlot.__slots__)


class Private:
    __slots__ = ("__hidden",)

    def __init__(self):
        self.__hidden = 1


print(sorted(k for k in Private.__dict__ if "hidden" in k), Private()._Private__hidden)


class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Mallard:
    def quack(self):
        pass


print(isinstance(Mallard(), Duck), isinstance(5, Duck), issubclass(Mallard, Duck), issubclass(int, Duck), isinstance(Duck(), Duck))
print(isinstance(3, (str, (list, int))), issubclass(bool, (str, int)))
for args in [(3, 5), (3, (int, 5)), (int, 3)]:
    try:
        print(isinstance(*args) if args[0] != int else issubclass(*args))
    except TypeError as e:
        print("TypeError", e)

from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...


class Half(Shape):
    def area(self):
        return 1


class Full(Half):
    name = "full"


for cls in [Shape, Half, Full]:
    try:
        obj = cls()
        print("made", type(obj).__name__, obj.area(), obj.name)
    except TypeError as e:
        print("TypeError", e)
print(sorted(Half.__abstractmethods__), Full.__abstractmethods__)


class Registered(ABC):
    pass


Registered.register(int)
print(isinstance(5, Registered), issubclass(bool, Registered), Registered.__subclasses__())


class Base:
    pass


class C1(Base):
    pass


class C2(Base):
    pass


print([c.__name__ for c in Base.__subclasses__()], C1.__base__.__name__, object.__base__, type.__base__.__name__)
print(type(Base).__name__, type(type).__name__, Base.__class__.__name__, isinstance(type, object), isinstance(object, type))
C1.__name__ = "Renamed"
print(C1.__name__, C1.__qualname__, repr(C1))
try:
    C1.__name__ = 5
except TypeError as e:
    print("TypeError", e)
C1.__bases__ = (C2,)
print([k.__name__ for k in C1.__mro__])
try:
    Base.__bases__ = (C1,)
except TypeError as e:
    print("TypeError", e)
try:
    object.__bases__ = ()
except TypeError as e:
    print("TypeError", e)


class Attrs:
    x = 1


Attrs.y = 2
del Attrs.x
print(hasattr(Attrs, "x"), Attrs.y, "y" in Attrs.__dict__, type(Attrs.__dict__).__name__)
try:
    Attrs.__dict__["z"] = 3
except TypeError as e:
    print("TypeError", e)
try:
    int.new_attr = 1
except TypeError as e:
    print("TypeError", e)
try:
    del Attrs.nothing
except AttributeError as e:
    print("AttributeError", e)
