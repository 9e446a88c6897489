# A class made by a metaclass's __new__ through type.__new__ records the module of the
# frame calling type.__new__ (CPython's rule): the metaclass's module, not the caller's.
import abc
import enum
import m

print(m.M("Y", (), {}), m.N("Z", (), {}))
print(abc.ABCMeta("G", (), {}).__module__)


class Q(metaclass=m.M):
    pass


print(Q, type("T", (), {}))
E = enum.Enum("E", "a b")
print(E, E.__module__)
print(m.M("W", (), {"__module__": "given"}).__module__)
