import sys


def attempt(label, func):
    try:
        print(label, repr(func()))
    except (AttributeError, ImportError) as e:
        print(label, type(e).__name__, e)


import lazymod
print(lazymod.REAL)
attempt('attribute', lambda: lazymod.lazy_x)
attempt('getattr', lambda: getattr(lazymod, 'lazy_w'))
attempt('hasattr', lambda: hasattr(lazymod, 'lazy_z'))
attempt('getattr default', lambda: getattr(lazymod, 'nope', 'default'))
attempt('missing', lambda: lazymod.other)
try:
    from lazymod import lazy_y, REAL
    print('from-import', lazy_y, REAL)
except ImportError as e:
    print('from-import', type(e).__name__, e)
try:
    from lazymod import missing
except ImportError as e:
    print('from-import missing', type(e).__name__, e)
print([c for c in lazymod.calls if c != '__path__'])
attempt('dir', lambda: dir(lazymod))
attempt('real attribute wins', lambda: lazymod.REAL)

try:
    from gpkg import virtual
    print('from gpkg import virtual:', virtual, 'gpkg.virtual' in sys.modules)
except ImportError as e:
    print(type(e).__name__, e)
from gpkg import real
print(real.WHO)
import gpkg.virtual
print(type(gpkg.virtual).__name__, 'gpkg.virtual' in sys.modules)
attempt('gpkg other', lambda: sys.modules['gpkg'].other)
