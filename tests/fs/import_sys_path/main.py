import os
import sys

print(type(sys.path).__name__, sys.path[0])
print(sys.path.count(sys.path[0]) >= 1)

import fnmatch
print('fnmatch from the script directory:', fnmatch.WHERE, fnmatch.__file__)
import itertools
print('itertools is built in:', hasattr(itertools, 'chain'))

try:
    import only_here
except ImportError as e:
    print(type(e).__name__, e)

sys.path.append('second')
import only_here
print(only_here.WHERE, only_here.__file__)
del sys.modules['only_here']
sys.path.insert(0, 'override')
import only_here
print(only_here.WHERE, only_here.__file__)
import shadowed
print(shadowed.WHERE, shadowed.__file__)
sys.path.remove('override')
del sys.modules['shadowed']
import shadowed
print(shadowed.WHERE, shadowed.__file__)

# a directory made at run time
os.makedirs('made/at/runtime')
with open('made/at/runtime/fresh.py', 'w') as f:
    f.write("print('fresh module running')\nWHERE = 'made/at/runtime/fresh.py'\n")
import importlib
importlib.invalidate_caches()
try:
    import fresh
except ImportError as e:
    print(type(e).__name__, e)
sys.path.append(os.path.join(os.getcwd(), 'made', 'at', 'runtime'))
import fresh
print(fresh.WHERE, fresh.__file__)

# a module written after its directory was searched
with open('made/at/runtime/later.py', 'w') as f:
    f.write("WHERE = 'later.py'\n")
importlib.invalidate_caches()
import later
print(later.WHERE)

# entries that are not directories, or not str, are skipped
sys.path.insert(0, 'no/such/dir')
sys.path.insert(0, 'main.py')
sys.path.insert(0, 42)
sys.path.insert(0, b'second')
import glob
print('glob still found:', hasattr(glob, 'glob'))
del sys.modules['only_here']
import only_here
print(only_here.WHERE)

# an empty string means the current directory
os.mkdir('cwdmods')
with open('cwdmods/in_cwd.py', 'w') as f:
    f.write("WHERE = 'cwdmods/in_cwd.py'\n")
os.chdir('cwdmods')
sys.path.insert(0, '')
importlib.invalidate_caches()
import in_cwd
print(in_cwd.WHERE, in_cwd.__file__)
os.chdir('..')

# replacing sys.path with a new list is honoured
saved = sys.path
sys.path = [os.path.abspath('override')] + saved
del sys.modules['shadowed']
import shadowed
print(shadowed.WHERE)
sys.path = saved
