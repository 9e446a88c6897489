import abc, types, inspect, sys

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
class Half(Shape):
    def area(self): return 0
show("abstract inst", lambda: Shape())
show("half inst", lambda: Half())
show("sq", lambda: Sq(1.5).describe())
show("abstracts", lambda: sorted(Half.__abstractmethods__))
class Duck:
    def area(self): return 1
Shape.register(Duck)
show("register", lambda: (isinstance(Duck(), Shape), issubclass(Duck, Shape), Duck.__mro__ == (Duck, object)))
class Sized2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
show("subclasshook", lambda: (isinstance([], Sized2), isinstance(3, Sized2), issubclass(str, Sized2)))
from collections.abc import Mapping, MutableSequence, Iterable, Iterator, Callable, Hashable, Sequence
class RO(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
ro = RO({"a": 1, "b": 2})
show("mapping mixin", lambda: (ro.get("a"), ro.get("z", 0), "a" in ro, list(ro.keys()), list(ro.items()), ro == {"a": 1, "b": 2}, dict(ro), {**ro}))
class MySeq(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ms = MySeq()
ms.extend([3, 1, 2]); ms.append(5); ms.reverse(); ms += [0]
show("mutseq mixin", lambda: (list(ms), ms.index(1), ms.count(3), ms.pop(), 2 in ms, list(reversed(ms))))
show("abc checks", lambda: (isinstance([], Sequence), isinstance({}, Hashable), isinstance(iter([]), Iterator), isinstance(len, Callable), isinstance("s", Iterable), isinstance(range(1), Sequence), isinstance({}.keys(), Iterable)))

# __class__ cell, zero-arg super
class Base:
    def hello(self): return "base"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
    def get_class(self):
        return __class__
    @staticmethod
    def st():
        return __class__.__name__
    def nested(self):
        def inner():
            return super().hello()
        return inner()
    def via_lambda(self):
        return (lambda: super(Child, self).hello())()
show("super", lambda: (Child().hello(), Child().get_class().__name__, Child.st(), Child().via_lambda()))
show("super nested fail", lambda: Child().nested())
show("super no args outside", lambda: (lambda: super())())

# __mro_entries__, types.new_class, __orig_bases__
class Factory:
    def __mro_entries__(self, bases):
        return (Base,)
class FromFactory(Factory()):
    pass
show("mro_entries", lambda: ([c.__name__ for c in FromFactory.__mro__], FromFactory.__orig_bases__[0].__class__.__name__))
NC = types.new_class("NC", (Base,), {}, lambda ns: ns.update(x=5))
show("new_class", lambda: (NC.__name__, NC.x, NC().hello()))
show("type 3arg", lambda: (lambda T: (T.__name__, T().v, T.__bases__[0].__name__, T.__module__))(type("Dyn", (Base,), {"v": 3})))
show("type bad", lambda: type("X", (3,), {}))

# __class__ assignment
class A1:
    def who(self): return "A1"
class A2:
    def who(self): return "A2"
a = A1()
a.__class__ = A2
show("class assign", lambda: (a.who(), type(a).__name__))
show("class assign bad", lambda: setattr(1, "__class__", bool))

# slots
class S1:
    __slots__ = ("a",)
class S2(S1):
    __slots__ = ("b",)
class S3(S2):
    pass
s3 = S3(); s3.a = 1; s3.b = 2; s3.c = 3
show("slots chain", lambda: (s3.a, s3.b, s3.__dict__, S2.__slots__, hasattr(S2(), "__dict__")))
def slot_conflict():
    class X:
        __slots__ = ("a",)
        a = 5
show("slot conflict", slot_conflict)
class SD:
    __slots__ = ("x", "__dict__")
sd = SD(); sd.x = 1; sd.y = 2
show("slots + dict", lambda: (sd.x, sd.__dict__))
show("slot descriptor", lambda: (type(S1.a).__name__, S1.a.__name__))
show("slot del unset", lambda: delattr(S1(), "a"))

# method binding
class M:
    def m(self, x): return (self.__class__.__name__, x)
    @classmethod
    def c(cls): return cls.__name__
mi = M()
bm = mi.m
show("bound", lambda: (bm.__self__ is mi, bm.__func__ is M.m, bm(1), M.m(mi, 2), type(bm).__name__, bm == mi.m, bm is mi.m))
show("methodtype", lambda: types.MethodType(lambda self: self, 5)())
show("func get", lambda: M.__dict__["m"].__get__(mi, M)(3))
show("classmethod get", lambda: (M.__dict__["c"].__get__(None, M)(), M.c.__self__.__name__))
def plain(self): return "plain " + type(self).__name__
M.plain = plain
show("monkeypatch", lambda: mi.plain())
mi.inst_fn = plain
show("instance fn not bound", lambda: mi.inst_fn(1))
show("builtin method", lambda: ([].append.__self__, "x".upper.__name__, type(len).__name__, type("".join).__name__))

# inspect
def sig_fn(a, b: int = 2, *args, c, d=4, **kw) -> str: pass
show("signature", lambda: str(inspect.signature(sig_fn)))
show("sig params", lambda: [(p.name, str(p.kind)) for p in inspect.signature(sig_fn).parameters.values()])
show("bind", lambda: inspect.signature(sig_fn).bind(1, c=3).arguments)
show("bind fail", lambda: inspect.signature(sig_fn).bind(1))
show("getmembers", lambda: [n for n, _ in inspect.getmembers(Child, inspect.isfunction)])
show("isX", lambda: (inspect.isclass(M), inspect.ismethod(bm), inspect.isfunction(M.m), inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(sig_fn)))
def gen():
    yield 1
g = gen()
show("genstate", lambda: (inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g), list(g), inspect.getgeneratorstate(g)))
show("getdoc", lambda: inspect.getdoc(Shape.describe))
show("cleandoc", lambda: inspect.cleandoc("""
    Hello
        indented
    end
    """))

# __init_subclass__ and __set_name__ errors
class Field:
    def __set_name__(self, owner, name):
        raise ValueError(f"bad field {name}")
def set_name_err():
    class X:
        f = Field()
show("set_name err", set_name_err)
class Plugin:
    plugins = []
    def __init_subclass__(cls, **kwargs):
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} lacks run")
        Plugin.plugins.append(cls.__name__)
class P1(Plugin):
    def run(self): pass
def bad_plugin():
    class P2(Plugin): pass
show("plugin err", bad_plugin)
show("plugins", lambda: Plugin.plugins)

# __getattr__ on module-like / __dir__, __repr__ fallbacks
class NoRepr: pass
show("default repr", lambda: repr(NoRepr()).startswith("<__main__.NoRepr object at 0x"))
class StrOnly:
    def __str__(self): return "stronly"
show("str vs repr", lambda: (str(StrOnly()), f"{StrOnly()}", "%s" % StrOnly(), repr([StrOnly()]).startswith("[<__main__")))
class ReprOnly:
    def __repr__(self): return "R!"
show("repr fallback str", lambda: (str(ReprOnly()), f"{ReprOnly()}", format(ReprOnly(), "")))
show("format nonempty spec", lambda: format(ReprOnly(), ">5"))
class BadRepr:
    def __repr__(self): return 5
show("bad repr", lambda: repr(BadRepr()))
class BadStr:
    def __str__(self): raise KeyError("nostr")
show("bad str", lambda: str(BadStr()))
show("print bad", lambda: print(BadStr()))
class Eq:
    def __eq__(self, o): return "yes"
show("eq nonbool", lambda: (Eq() == 1, Eq() != 1, [Eq()] == [1], Eq() in [1]))
class BadBool:
    def __bool__(self): return 1
show("bad bool", lambda: bool(BadBool()))
class BadLen:
    def __len__(self): return -1
show("bad len", lambda: len(BadLen()))
class BigLen:
    def __len__(self): return 2**70
show("big len", lambda: len(BigLen()))
class HashStr:
    def __hash__(self): return "x"
show("bad hash", lambda: hash(HashStr()))
show("hash big", lambda: (lambda H: hash(H()))(type("H", (), {"__hash__": lambda s: 2**100})))
class Iter1:
    def __iter__(self): return 5
show("bad iter", lambda: list(Iter1()))
class Cont:
    def __contains__(self, x): return x == 1
show("contains", lambda: (1 in Cont(), 2 not in Cont()))
show("not iterable in", lambda: 1 in 5)
class CallMe:
    def __call__(self, *a, **k): return (a, k)
show("call", lambda: (CallMe()(1, x=2), callable(CallMe()), callable(CallMe)))
five = 5
show("not callable", lambda: five())
show("not subscriptable", lambda: five[0])
show("none attr", lambda: None.foo)
show("int attr", lambda: (5).foo)
show("module attr", lambda: sys.nonexistent)
show("class attr", lambda: M.nothing)
show("inst attr", lambda: mi.nothing)
show("setattr builtin", lambda: setattr("s", "x", 1))
show("setattr type", lambda: setattr(int, "x", 1))
show("del attr missing", lambda: delattr(mi, "nothing"))
