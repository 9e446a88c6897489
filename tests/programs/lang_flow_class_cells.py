# __class__ cell and zero-arg super() inside nested scopes: comprehensions, genexps, lambdas, inner functions, generators
class Base:
    def who(self): return "Base"
    @classmethod
    def cwho(cls): return "Base.cwho(" + cls.__name__ + ")"

class Child(Base):
    def who(self): return "Child"
    def comp(self):
        return [super().who() for _ in range(2)]
    def genexp(self):
        return list(super().who() for _ in range(2))
    def lam(self):
        f = lambda: super().who()
        try:
            return f()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    def inner(self):
        def i():
            return super().who()
        try:
            return i()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    def gen(self):
        yield super().who()
        yield __class__.__name__
    @classmethod
    def cls_comp(cls):
        return [super().cwho() for _ in range(1)]
    @staticmethod
    def static():
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    def dict_comp(self):
        return {k: super().who() for k in "ab"}
    def uses_class(self):
        return [__class__ for _ in range(1)][0].__name__

c = Child()
for m in ["comp", "genexp", "lam", "inner", "gen", "cls_comp", "static", "dict_comp", "uses_class"]:
    try:
        r = getattr(c, m)()
        if hasattr(r, "__next__"): r = list(r)
        print(m, r)
    except Exception as e:
        print(m, "!!", type(e).__name__, e)

def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("outside:", e)

class WithArg(Base):
    def m(self, x):
        del self
        try:
            return super().who()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(WithArg().m(1))

class NoArgs(Base):
    def m(*args):
        return super().who()
print(NoArgs().m())

class Shadow(Base):
    def m(self):
        __class__ = int
        try:
            return super().who()
        except TypeError as e:
            return "TypeError: " + str(e)
print(Shadow().m())

# __class__ in class body itself
try:
    class X:
        y = __class__
except NameError as e:
    print("class body __class__:", e)

# __classcell__ propagation through metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("classcell in ns:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class UsesCell(metaclass=Meta):
    def m(self): return __class__
print(UsesCell().m() is UsesCell)
class NoCell(metaclass=Meta):
    def m(self): return 1

class BadMeta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class Broken(metaclass=BadMeta):
        def m(self): return __class__
    print("Broken created", Broken().m())
except Exception as e:
    print("Broken:", type(e).__name__, e)

class OtherMeta(type):
    def __new__(mcls, name, bases, ns):
        return type("Other", (), {"__classcell__": ns["__classcell__"]} if "__classcell__" in ns else {})
try:
    class Mismatch(metaclass=OtherMeta):
        def m(self): return __class__
except TypeError as e:
    print("Mismatch:", e)

# closures inside class bodies referencing class-level names
def factory():
    v = "func-local"
    class K:
        v = "class-level"
        a = [v for _ in range(1)]
        b = (lambda: v)()
        def m(self): return v
    return K.a, K.b, K().m()
print(factory())
