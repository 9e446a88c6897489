import importlib
import sys

m = importlib.import_module('ipkg.alpha')
print(m.__name__, m.ALPHA, m is sys.modules['ipkg.alpha'])
print(importlib.import_module('ipkg') is sys.modules['ipkg'])
print(importlib.import_module('.sub.beta', 'ipkg').BETA)
print(importlib.import_module('..alpha', 'ipkg.sub').__name__)
print(importlib.import_module('.sub', package='ipkg').__name__)
print(importlib.import_module('.', 'ipkg.sub').__name__)
print(importlib.import_module('sys') is sys)
print(importlib.import_module('ipkg.alpha') is m)

attempts = [('missing_mod',), ('ipkg.missing',), ('.alpha',), ('..x', 'ipkg'), ('',),
            ('.nothing', 'ipkg'), ('ipkg.alpha.x',)]
for args in attempts:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(args, type(e).__name__, e)

# reload: runs the body again in the same module object
import reloadme
first = reloadme
print(reloadme.VERSION, reloadme.kept)
with open('reloadme.py') as f:
    source = f.read()
with open('reloadme.py', 'w') as f:
    f.write(source.replace('VERSION = 1', 'VERSION = 2\nNEW_NAME = "added"'))
reloadme.EXTRA = 'set by main'
again = importlib.reload(reloadme)
print(again is first, again.VERSION, again.NEW_NAME, again.kept, again.EXTRA)
print(sys.reload_count)
importlib.reload(reloadme)
print(sys.reload_count, reloadme.kept)

sub = importlib.reload(sys.modules['ipkg.sub.beta'])
print(sub.__name__, sub is sys.modules['ipkg.sub.beta'])

for bad in [42, 'reloadme']:
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
del sys.modules['reloadme']
try:
    importlib.reload(first)
except ImportError as e:
    print(type(e).__name__, e, getattr(e, 'name', '<no name attribute>'))
print(importlib.reload(sys) is sys)
print(importlib.__name__, callable(importlib.invalidate_caches), importlib.invalidate_caches())
