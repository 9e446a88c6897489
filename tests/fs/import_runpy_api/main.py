import runpy
import sys


def keys(g):
    return sorted(k for k in g if not k.startswith('__') and k != 'sys')


def dunders(g):
    return [(k, g.get(k)) for k in ('__name__', '__file__', '__package__', '__spec__', '__loader__')]


print('run_path file')
g = runpy.run_path('scripts/script.py')
print(type(g).__name__, keys(g), g['RESULT'], g['__name__'])
print(dunders(g))
g = runpy.run_path('scripts/script.py', run_name='__main__')
print(keys(g), g.get('GUARD'))
g = runpy.run_path('scripts/script.py', init_globals={'GIVEN': 1, 'RESULT': 'overwritten'})
print(keys(g), g['GIVEN'], g['RESULT'])
print('__main__ untouched:', sys.modules['__main__'].__name__, 'RESULT' in vars(sys.modules['__main__']))

print('run_path directory')
path_before = list(sys.path)
g = runpy.run_path('scripts/appdir')
print(g['APP'], g['__name__'], sys.path == path_before)
print(g['__file__'], g['__spec__'].name if g['__spec__'] else None)
for bad in ['scripts/nomain', 'scripts/missing.py']:
    try:
        runpy.run_path(bad)
    except (ImportError, OSError) as e:
        print(type(e).__name__, e)

print('run_module')
g = runpy.run_module('rmod')
print(keys(g), g['__name__'], g['__file__'], repr(g['__package__']), g['__spec__'].name)
print('rmod imported?', 'rmod' in sys.modules)
g = runpy.run_module('rmod', run_name='__main__')
print(g['__name__'])
argv0 = sys.argv[0]
g = runpy.run_module('rmod', run_name='as_other', alter_sys=True)
print('after alter_sys:', 'as_other' in sys.modules, sys.argv[0] == argv0)
g = runpy.run_module('rpkg')
print(g['PKGMAIN'], g['__name__'], g['__package__'], g['__file__'])
del sys.modules['rpkg.sub']  # running an imported module would warn
g = runpy.run_module('rpkg.sub')
print(g['SUB'], g['__name__'], g['__package__'])
for bad in ['no_such_mod', '.relative', 'sys', 'rpkg.nothing', 'rmod.x']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(repr(bad), type(e).__name__, e)
