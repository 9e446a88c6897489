# metaclass= together with other class keywords: who receives what.

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, sorted(kw.items()))
        ns = {"prepared_by": mcls.__name__}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print("__new__", name, sorted(kw.items()), "prepared_by" in ns)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("__init__", name, sorted(kw.items()))
        super().__init__(name, bases, ns)

class A(metaclass=Meta, alpha=1, beta="two"):
    x = 1

print(type(A).__name__, A.prepared_by, A.x)

# the metaclass is inherited; keywords are still passed along
class B(A, gamma=3):
    pass

print(type(B).__name__)

# type.__new__ itself passes keywords to __init_subclass__
class Hooked:
    def __init_subclass__(cls, **kw):
        print("__init_subclass__ of", cls.__name__, kw)

class PassThrough(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)

class C(Hooked, metaclass=PassThrough, flag=True):
    pass

# metaclass given as a keyword from a ** mapping
kw = {"metaclass": Meta, "delta": 4}
class D(**kw):
    pass
print(type(D).__name__)

# a metaclass that is a plain function
def factory(name, bases, ns, **kw):
    print("factory called for", name, kw)
    return {"name": name, "kw": kw}

class E(metaclass=factory, opt="o"):
    pass
print(type(E).__name__, E)

# the most derived metaclass wins
class Meta2(Meta):
    pass

class F(A, metaclass=Meta2):
    pass
print(type(F).__name__)

class Other(type):
    pass

try:
    class G(A, metaclass=Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# type does not accept unknown keywords for plain classes
try:
    class H(metaclass=type, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# metaclass must be callable
try:
    class I(metaclass=5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
