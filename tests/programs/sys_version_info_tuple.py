# sys.version_info is a named tuple of sys: a tuple subclass with attribute names.
import sys
v = sys.version_info
print(isinstance(v, tuple), v[:2], v.major, v.minor, v.releaselevel, len(v), v >= (3, 8), v < (3, 13))
print(type(v).__name__, repr(v)[:17], v + (1,) == tuple(v) + (1,), hash(v) == hash(tuple(v)))
major, minor, *rest = v
print(major, minor, rest[1:], v == tuple(v), v.index("final"), v[-1], v[0:2], list(v)[:2])
try:
    v.foo
except AttributeError as e:
    print("AttributeError", e)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
print("%d.%d" % v[:2], "{0.major}.{0.minor}".format(v), sys.implementation.version == v)
print(sorted([v[:2], (3, 1), (2, 7)]), max(v[:2], (3, 0)), v[:2] in {(3, 12): 1})
