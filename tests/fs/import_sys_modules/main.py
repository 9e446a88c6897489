import sys

print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print(sys.modules['__main__'].__name__, 'builtins' in sys.modules)

import counted
import counted
first = counted
import counted as again
print('same object:', again is first, counted.runs)

del sys.modules['counted']
import counted
print('re-run:', counted.runs, counted is first, first.runs)
print(sys.modules['counted'] is counted)


class Fake:
    attr = 'fake attribute'

    def __repr__(self):
        return '<Fake>'


fake = Fake()
sys.modules['fakemod'] = fake
import fakemod
print(fakemod, fakemod is fake)
from fakemod import attr
print(attr)
try:
    from fakemod import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import fakemod.child
except ImportError as e:
    print(type(e).__name__, e, e.name)

sys.modules['strmod'] = 'just a string'
import strmod
print(repr(strmod), strmod.upper())

sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked import x
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['blocked']

import replaces_self
print(replaces_self, replaces_self.name, type(sys.modules['replaces_self']).__name__)
import replaces_self
print('imported twice, body ran once')

import cachepkg.sub
old_sub = cachepkg.sub
del sys.modules['cachepkg.sub']
print(cachepkg.sub is old_sub)
import cachepkg.sub
print(cachepkg.sub is old_sub, sys.modules['cachepkg.sub'] is cachepkg.sub)

del sys.modules['cachepkg']
import cachepkg
print('pkg re-run; sub attribute kept?', hasattr(cachepkg, 'sub'))
import cachepkg.sub
print('sub not re-run (still cached), attribute set on new parent?', hasattr(cachepkg, 'sub'))
try:
    from cachepkg import sub
    print('from-import falls back to sys.modules:', sub is sys.modules['cachepkg.sub'])
except ImportError as e:
    print(type(e).__name__, e)

sys.modules['cachepkg.virtual'] = Fake()
import cachepkg.virtual
print(cachepkg.virtual if 'virtual' in vars(cachepkg) else 'not set on parent', sys.modules['cachepkg.virtual'])
from cachepkg import virtual
print(virtual)
