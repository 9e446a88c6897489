import os
import sys

sys.path.insert(0, os.path.abspath('portion1'))
sys.path.insert(1, os.path.abspath('portion2'))

import nsp
print(nsp.__name__, nsp.__file__, nsp.__package__)
print(list(nsp.__path__))
print(nsp.__spec__.name, nsp.__spec__.origin, list(nsp.__spec__.submodule_search_locations))
print(nsp.__spec__.parent, nsp.__spec__.has_location, type(nsp.__spec__.loader).__name__)
print(repr(nsp))
print(hasattr(nsp, '__file__'), getattr(nsp, '__file__', 'absent'))

import nsp.a
import nsp.b
print(nsp.a.A, nsp.b.B, nsp.b.a is nsp.a, nsp.b.A)
print(nsp.a.__file__, nsp.b.__file__, nsp.a.__package__)

from nsp.inner import x, y
print(x.X, y.Y, y.AA)
import nsp.inner
print(list(nsp.inner.__path__), nsp.inner.__spec__.origin)
print(sorted(m for m in sys.modules if m.startswith('nsp')))

# a regular package later on the path wins over a namespace portion earlier on it
import regular
print(regular.__file__, list(regular.__path__))
try:
    import regular.mod
except ImportError as e:
    print(type(e).__name__, e)

# the namespace path follows sys.path
sys.path.append(os.path.abspath('portion3'))
try:
    import nsp.c
    print(nsp.c.C)
except ImportError as e:
    print(type(e).__name__, e)
print(list(nsp.__path__))

# an empty namespace package directory made at run time
os.makedirs('portion3/fresh/deeper')
with open('portion3/fresh/deeper/mod.py', 'w') as f:
    f.write("WHO = 'fresh.deeper.mod'\n")
import importlib
importlib.invalidate_caches()
import fresh.deeper.mod
print(fresh.deeper.mod.WHO, list(fresh.__path__), list(fresh.deeper.__path__))
print(fresh.__spec__.origin, fresh.deeper.__spec__.name, fresh.deeper.__spec__.parent)
try:
    import fresh.missing
except ImportError as e:
    print(type(e).__name__, e)
