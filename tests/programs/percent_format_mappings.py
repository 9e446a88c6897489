# %-formatting takes `%(key)s` from any mapping: what has __getitem__ on its type, except
# str (and bytes when formatting bytes); other arguments are "not all converted".
import collections
import enum
import types


class C:
    a = 1


class Color(enum.Enum):
    RED = 1


class S(str):
    pass


class B(bytes):
    pass


class Getter:
    def __getitem__(self, key):
        return key * 2


def show(fmt, arg):
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print("ERR", type(e).__name__, e)


for m in (vars(C), types.MappingProxyType({"a": 2}), collections.OrderedDict(a=3),
          collections.ChainMap({"a": 4}), collections.UserDict(a=5), Getter()):
    show("%(a)s", m)
show("%(RED)s", Color)
for v in (Color, list, int, property(), staticmethod(len), super(int, 1), 5, 1.5, None,
          "ab", S("x"), b"xy", B(b"z"), range(3), {"a": 1}, [1], vars(C), Getter()):
    show("abc", v)
show("%s", S("x"))
show("%(a)s", S("x"))
show(b"%(a)s", {b"a": b"1"})
show(b"x", {b"a": 1})
show(b"x", B(b"z"))
show(b"x", "str")
show(b"%(a)s", Getter())
show("%(a)s %(a)r", Getter())
