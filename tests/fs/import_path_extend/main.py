import sys

import extpkg.native
import extpkg.added
print(extpkg.native.WHO)
print(extpkg.added.WHO)
print(extpkg.added.__file__.endswith('added.py'), extpkg.added.__package__)
from extpkg import added
print(added is extpkg.added)
print(len(extpkg.__path__), extpkg.__spec__.submodule_search_locations == extpkg.__path__)

# replacing __path__ from outside
extpkg.__path__ = []
try:
    import extpkg.never
except ImportError as e:
    print(type(e).__name__, e)
extpkg.__path__ = ['extpkg']
import extpkg.native
print('cached submodule still imports')
try:
    import extpkg.added2
except ImportError as e:
    print(type(e).__name__, e)
del extpkg.__path__
try:
    import extpkg.never
except ImportError as e:
    print(type(e).__name__, e)

# a plain module given a __path__ becomes a package
import plainmod
plainmod.__path__ = ['plain_sub_dir']
import plainmod.child
print(plainmod.child.WHO, plainmod.child.__file__, plainmod.child.__package__)
