# Building modules at runtime from source strings and importing from them.
import sys
import types

SOURCES = {
    "geometry": '''
"""Geometry helpers."""
__all__ = ["area", "Square"]
PI = 3.14159
_private = "hidden"

def area(r):
    return PI * r * r

class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def __repr__(self):
        return f"{__name__}.Square({self.side})"
''',
    "textutils": '''
import geometry
from geometry import PI as _PI
counter = 0

def shout(s):
    global counter
    counter += 1
    return s.upper() + "!"

def circle_report(r):
    return f"r={r} area={geometry.area(r):.2f} pi={_PI}"

def __getattr__(name):
    if name.startswith("auto_"):
        return name[5:]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
''',
}


def build(name):
    mod = types.ModuleType(name)
    mod.__file__ = f"<generated {name}>"
    sys.modules[name] = mod
    code = compile(SOURCES[name], mod.__file__, "exec")
    exec(code, mod.__dict__)
    return mod


geometry = build("geometry")
textutils = build("textutils")
print(geometry.__doc__, geometry.__name__, geometry.__all__, geometry.area(2))
print(textutils.shout("hi"), textutils.shout("yo"), textutils.counter, textutils.circle_report(1))
print(textutils.auto_magic, hasattr(textutils, "nothing"))
from geometry import *
print(area(1), Square(3), Square(3).area(), "PI" in dir(), "_private" in dir())
from textutils import auto_star, shout as sh
print(auto_star, sh("x"))
import textutils as tu
print(tu is textutils, tu.geometry is geometry, sorted(k for k in vars(tu) if not k.startswith("__")))
try:
    from geometry import missing_name
except ImportError as e:
    print("ImportError", e, e.name)
try:
    import not_a_real_module_zz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from textutils import nothing
except ImportError as e:
    print("ImportError", e)
print(repr(geometry)[:30], type(geometry).__name__, isinstance(geometry, types.ModuleType))
geometry.PI = 3
print(geometry.area(1), textutils.circle_report(1))
del geometry.PI
try:
    geometry.area(1)
except NameError as e:
    print("NameError", e)
try:
    del geometry.PI
except AttributeError as e:
    print("AttributeError", e)

broken = types.ModuleType("broken")
sys.modules["broken"] = broken
try:
    exec(compile("x = 1\ny = 1 / 0\nz = 2", "<broken>", "exec"), broken.__dict__)
except ZeroDivisionError as e:
    print("partial module:", broken.x, hasattr(broken, "z"), e)

sys.modules["alias"] = geometry
import alias
print(alias is geometry, alias.__name__)
sys.modules["none_mod"] = None
try:
    import none_mod
except ImportError as e:
    print("ImportError", e)

del sys.modules["alias"]
try:
    import alias as again
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

pkg = types.ModuleType("pkg")
pkg.__path__ = []
sub = types.ModuleType("pkg.sub")
sub.value = "sub value"
pkg.sub = sub
sys.modules["pkg"] = pkg
sys.modules["pkg.sub"] = sub
import pkg.sub
from pkg import sub as s2
from pkg.sub import value
print(pkg.sub.value, s2 is sub, value)
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"), __spec__ is None or True)
print(sorted(k for k in globals() if k.startswith("__") and k.endswith("__") and k not in ("__builtins__", "__cached__", "__file__", "__loader__", "__spec__", "__annotations__")))
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns), repr(types.SimpleNamespace()))
del ns.a
print(ns)
try:
    ns.a
except AttributeError as e:
    print("AttributeError", e)
