import os
import sys

print(os.environ.get('PYTHONPATH'))
print(sys.path[0])
mine = ('lib', 'lib2', 'nowhere', 'libpkg')
entries = [p for p in sys.path if os.path.basename(p) in mine]
print(entries)
print([sys.path.index(p) for p in entries])
print(all(os.path.isabs(p) for p in entries))

import libmod
print(libmod.WHERE)
import only2
print(only2.WHERE, only2.__file__)
import libpkg
print(libpkg.PART, libpkg.__file__, libpkg.__path__)

# lib/libpkg is itself on the path: its module is importable twice, under two names
import part
import libpkg.part
print(part.__name__, libpkg.part.__name__, part is libpkg.part, part.PART == libpkg.part.PART)
print(part.__file__ == libpkg.part.__file__)

del sys.modules['libmod']
sys.path.pop(0)
import libmod
print(libmod.WHERE, libmod.__file__)

try:
    import in_nowhere
except ImportError as e:
    print(type(e).__name__, e)
os.mkdir('nowhere')
with open('nowhere/in_nowhere.py', 'w') as f:
    f.write("WHERE = 'nowhere/in_nowhere.py, created at run time'\n")
import importlib
importlib.invalidate_caches()
import in_nowhere
print(in_nowhere.WHERE, in_nowhere.__file__)
