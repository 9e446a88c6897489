# __mro_entries__: objects in a base list that substitute real classes.

class Real:
    def hello(self):
        return "hello from Real"

class Stand:
    def __init__(self, target):
        self.target = target
    def __mro_entries__(self, bases):
        print("__mro_entries__ called, bases:", [getattr(b, "__name__", "Stand") for b in bases])
        return (self.target,)

class C(Stand(Real)):
    pass

print([k.__name__ for k in C.__mro__], C().hello())
print([k.__name__ for k in C.__bases__])
print(len(C.__orig_bases__), type(C.__orig_bases__[0]).__name__)

# returning several classes, or none at all
class Other:
    pass

class Multi:
    def __mro_entries__(self, bases):
        return (Real, Other)

class Nothing:
    def __mro_entries__(self, bases):
        return ()

class D(Multi()):
    pass

class E(Nothing(), Real):
    pass

class F(Nothing()):
    pass

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
print([k.__name__ for k in F.__mro__])
print(hasattr(Real, "__orig_bases__"), hasattr(E, "__orig_bases__"))

# classes themselves are not asked (only non-class objects)
class HasMethod:
    @classmethod
    def __mro_entries__(cls, bases):
        print("should not be called")
        return (Real,)

class G(HasMethod):
    pass
print([k.__name__ for k in G.__mro__])

# errors
class BadReturn:
    def __mro_entries__(self, bases):
        return [Real]

try:
    class H(BadReturn()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    type("T", (Stand(Real),), {})
except TypeError as e:
    print(type(e).__name__, e)

try:
    class J(42):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# a generic-alias object from list[int] works as a base via __mro_entries__
class MyList(list[int]):
    pass
print([k.__name__ for k in MyList.__mro__], MyList.__orig_bases__)
m = MyList([3, 1, 2])
m.sort()
print(m, type(m).__name__)
