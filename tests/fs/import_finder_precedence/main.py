import importlib
import os
import sys

import both_pkg
print(both_pkg.WHO, both_pkg.__file__)
import nsdir_and_file
print(nsdir_and_file.WHO, nsdir_and_file.__file__)
try:
    import nsdir_and_file.stray
except ImportError as e:
    print(type(e).__name__, e)

# a namespace portion earlier on sys.path loses to a regular package later on it
sys.path.insert(0, os.path.abspath('dirs1'))
sys.path.insert(1, os.path.abspath('dirs2'))
import split
print(split.__file__, split.__path__)
try:
    import split.only_in_1
except ImportError as e:
    print(type(e).__name__, e)

# only a cached file in __pycache__, without its source: not importable
os.makedirs('__pycache__', exist_ok=True)
with open('__pycache__/ghost.cpython-312.pyc', 'wb') as f:
    f.write(b'not really bytecode')
importlib.invalidate_caches()
for name in ['LowerCase', 'LOWERCASE', 'notpython', 'ghost', 'module.with.dots', 'pkg_with_dash-name']:
    try:
        m = importlib.import_module(name)
        print(name, 'imported', m.__name__)
    except ImportError as e:
        print(name, type(e).__name__, e)
import lowercase
print(lowercase.WHO)

# a package directory made at run time, then given an __init__.py
os.makedirs('late/pkg')
with open('late/pkg/mod.py', 'w') as f:
    f.write("WHO = 'late.pkg.mod'\n")
importlib.invalidate_caches()
import late.pkg.mod
print(late.__file__, late.pkg.__file__, late.pkg.mod.WHO)
with open('late/pkg/__init__.py', 'w') as f:
    f.write("WHO = 'late.pkg with __init__ now'\n")
for name in ['late.pkg.mod', 'late.pkg', 'late']:
    del sys.modules[name]
importlib.invalidate_caches()
import late.pkg
print(late.pkg.__file__, late.pkg.WHO)

# a module file replaced by a package of the same name
with open('swap.py', 'w') as f:
    f.write("KIND = 'module'\n")
importlib.invalidate_caches()
import swap
print(swap.KIND, hasattr(swap, '__path__'))
os.remove('swap.py')
os.mkdir('swap')
with open('swap/__init__.py', 'w') as f:
    f.write("KIND = 'package'\n")
del sys.modules['swap']
importlib.invalidate_caches()
import swap
print(swap.KIND, hasattr(swap, '__path__'))
