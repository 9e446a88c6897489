# Starred base classes and unusual base-list expressions.

class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

    def only_b(self):
        return "only in B"

bases = (A, B)
class C(*bases):
    pass

print([k.__name__ for k in C.__mro__], C().who(), C().only_b())
print([k.__name__ for k in C.__bases__])

order = [B, A]
class D(*order):
    pass

print([k.__name__ for k in D.__mro__], D().who())

# stars mixed with explicit bases
class Mixin:
    def mixed(self):
        return "mixed in"

class E(Mixin, *[A]):
    pass

print([k.__name__ for k in E.__mro__], E().mixed(), E().who())

# star of an empty sequence gives object as the only base
class F(*()):
    pass

print([k.__name__ for k in F.__bases__])

# bases computed by a function call and a generator
def pick(flag):
    return [A] if flag else [B]

class G(*pick(False)):
    pass

class H(*(k for k in [A, Mixin])):
    pass

print(G().who(), [k.__name__ for k in H.__mro__])

# star combined with keywords
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

kwargs = {"color": "red"}
class K(*bases, metaclass=Meta, **kwargs):
    pass

print(type(K).__name__, K.kw, [k.__name__ for k in K.__mro__])

# errors from starred bases
for label, seq in [("duplicate", [A, A]), ("not a class", [A, 5]),
                   ("layout conflict", [int, str]), ("not iterable", None)]:
    try:
        if seq is None:
            class Bad(*5):
                pass
        else:
            class Bad(*seq):
                pass
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

# a consistent MRO is required
class X(A, B):
    pass
try:
    class Y(*[B, X]):
        pass
except TypeError as e:
    print("mro ->", type(e).__name__, e)
