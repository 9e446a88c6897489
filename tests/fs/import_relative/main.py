import sys

import rel.alpha
print(sorted(m for m in sys.modules if m.startswith('rel')))
print(rel.sub.gamma.delta is sys.modules['rel.sub2.delta'])

for name in ['rel.beyond', 'rel.sub.beyond2', 'rel.missing_name', 'rel.missing_module', 'rel.missing_attr']:
    try:
        __import__(name)
    except ImportError as e:
        print(name, '->', type(e).__name__, e, '| name:', getattr(e, 'name', '<no attribute>'))
    print(' ', name in sys.modules)

# relative imports in the main script
try:
    from . import rel
except ImportError as e:
    print(type(e).__name__, e, getattr(e, 'name', '<no attribute>'))
try:
    from .rel import alpha
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import rel
except ImportError as e:
    print(type(e).__name__, e)
print(__name__, __package__, __spec__)
