import sys

import pkga.sub.leaf
print('bound name:', pkga.__name__, 'has sub:', hasattr(pkga, 'sub'), 'leaf:', pkga.sub.leaf.func())
print(sorted(m for m in sys.modules if m.startswith('pkga')))
print('lazy not yet an attribute:', hasattr(pkga, 'lazy'), hasattr(pkga, 'mod'))

import pkga.sub as x
print('import as:', x is pkga.sub, x.__name__)
import pkga.sub.leaf as leaf
print('import leaf as:', leaf is sys.modules['pkga.sub.leaf'], leaf.CONST)

from pkga import mod
print('from-import submodule:', mod.__name__, mod.func(), pkga.mod is mod)
from pkga import attr
print('from-import attribute:', attr)
from pkga.sub import leaf as leaf2, other
print('from pkga.sub:', leaf2 is leaf, other.__name__)
from pkga.sub.leaf import func, CONST
print('from pkga.sub.leaf:', func(), CONST)
from pkga.mod import value as v
print('as name:', v)

# an attribute wins over a submodule of the same name in from-import
from pkga import shadow
print('shadow is:', repr(shadow), 'pkga.shadow' in sys.modules)
import pkga.shadow
print('after import pkga.shadow:', type(pkga.shadow).__name__, 'pkga.shadow' in sys.modules)

# import of an already imported module runs nothing
import pkga.sub.leaf
import pkga
print('second import done')

import pkga.lazy
print('lazy now:', hasattr(pkga, 'lazy'), pkga.lazy.__name__)

for stmt in ['from pkga import missing', 'import pkga.missing', 'import pkga.mod.inner',
             'from pkga.sub import nothing', 'import nopkg.sub']:
    try:
        if stmt == 'from pkga import missing':
            from pkga import missing
        elif stmt == 'import pkga.missing':
            import pkga.missing
        elif stmt == 'import pkga.mod.inner':
            import pkga.mod.inner
        elif stmt == 'from pkga.sub import nothing':
            from pkga.sub import nothing
        else:
            import nopkg.sub
    except ImportError as e:
        print(stmt, '->', type(e).__name__, e, '| name:', e.name)


def local_import():
    import pkga.sub.other
    from pkga.mod import value
    return pkga.sub.other.__name__, value


print(local_import())
main = sys.modules['__main__']
print(hasattr(main, 'pkga'), 'local names stay local:', hasattr(main, 'value'))
