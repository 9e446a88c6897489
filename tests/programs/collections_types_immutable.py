# deque, defaultdict and OrderedDict are C types in CPython: immutable, and named with their
# module in messages; subclasses stay mutable.
import collections

for cls in (collections.deque, collections.defaultdict, collections.OrderedDict):
    print(cls, cls.__name__, cls.__module__, cls.__qualname__)
    try:
        cls.extra = 1
    except TypeError as exc:
        print("set:", exc)
    try:
        del cls.copy
    except TypeError as exc:
        print("del:", exc)
    print(hasattr(cls, "extra"), hasattr(cls, "copy"))


class MyDeque(collections.deque):
    pass


MyDeque.extra = 5
print(MyDeque.extra, MyDeque([1, 2]).extra)
del MyDeque.extra
print(hasattr(MyDeque, "extra"))

d = collections.deque([1, 2, 3], maxlen=2)
for bad in (lambda: d(), lambda: d + 1, lambda: d.index(9)):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
dd = collections.defaultdict(list)
try:
    dd()
except TypeError as exc:
    print(exc)
od = collections.OrderedDict(a=1)
try:
    od()
except TypeError as exc:
    print(exc)
try:
    collections.deque.append(5, 1)
except TypeError as exc:
    print(exc)
print(type(d).__name__, type(dd).__name__, type(od).__name__)
print(repr(d), repr(dd), repr(od))
