# ABC caches: answers remembered per class, forgotten when a registration may change
# them; subclasses keep their own caches; metaclasses with their own equality.
import abc
import gc
from collections.abc import Mapping, Sequence, Hashable, Sized


class Base(abc.ABC):
    pass


class Other:
    pass


print(isinstance(Other(), Base), isinstance(Other(), Base))
Base.register(Other)
print(isinstance(Other(), Base), issubclass(Other, Base))


class Child(Base):
    pass


print(issubclass(Other, Child), isinstance(Other(), Child))
Child.register(int)
print(isinstance(3, Child), isinstance(3, Base), isinstance(3.0, Child))
print(issubclass(bool, Child), isinstance(True, Base))


class Counting(abc.ABCMeta):
    calls = 0

    def __subclasscheck__(cls, sub):
        Counting.calls += 1
        return super().__subclasscheck__(sub)


class Watched(metaclass=Counting):
    pass


for _ in range(3):
    isinstance(1, Watched)
print('subclasscheck calls', Counting.calls)
Watched.register(int)
print(isinstance(1, Watched), Counting.calls)


class EqMeta(type):
    def __eq__(cls, other):
        return isinstance(other, EqMeta) and cls.__name__ == other.__name__

    def __hash__(cls):
        return hash(cls.__name__)


A1 = EqMeta('A', (), {})
A2 = EqMeta('A', (), {})
print(A1 == A2, A1 is A2)


class Reg(abc.ABC):
    pass


Reg.register(A1)
print(issubclass(A1, Reg), issubclass(A2, Reg))

# Temporary classes: their cache entries die with them.
for i in range(5):
    T = type('T%d' % i, (), {})
    print(isinstance(T(), Base), end=' ')
    Base.register(T)
    print(isinstance(T(), Base), end=' ')
    del T
    gc.collect()
print()
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance([], Sequence))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance('', Sized))


class Proxy:
    __class__ = Other


print(isinstance(Proxy(), Base), isinstance(Proxy(), Child))
print(Base._abc_registry_clear() if hasattr(Base, '_abc_registry_clear') else None)
print(isinstance(Other(), Base), isinstance(3, Child))
print(abc.get_cache_token() == abc.get_cache_token())
