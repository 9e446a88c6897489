import importlib.util
import sys


def show(spec):
    if spec is None:
        print('  None')
        return
    print(' ', spec.name, spec.origin, repr(spec.parent), spec.submodule_search_locations,
          spec.has_location, type(spec.loader).__name__)


print('find_spec')
show(importlib.util.find_spec('specmod'))
print('  imported?', 'specmod' in sys.modules)
show(importlib.util.find_spec('no_such_thing'))
show(importlib.util.find_spec('fpkg'))
print('  fpkg imported?', 'fpkg' in sys.modules)
show(importlib.util.find_spec('fpkg.sub'))
print('  parent imported?', 'fpkg' in sys.modules, 'sub imported?', 'fpkg.sub' in sys.modules)
show(importlib.util.find_spec('fpkg.leaf'))
show(importlib.util.find_spec('fpkg.nothing'))
show(importlib.util.find_spec('.leaf', 'fpkg'))
show(importlib.util.find_spec('..leaf', 'fpkg.sub'))
sys_spec = importlib.util.find_spec('sys')
print(' ', sys_spec.name, sys_spec.origin, sys_spec is sys.__spec__)
for args in [('no_such_thing.sub',), ('specmod.sub',), ('.leaf',)]:
    try:
        importlib.util.find_spec(*args)
    except (ImportError, ValueError) as e:
        print(' ', args, type(e).__name__, e)
import specmod
print('  already imported gives its spec:', importlib.util.find_spec('specmod') is specmod.__spec__)
specmod.__spec__ = None
try:
    importlib.util.find_spec('specmod')
except ValueError as e:
    print(' ', type(e).__name__, e)

print('spec_from_file_location')
spec = importlib.util.spec_from_file_location('loaded_by_path', 'files/plugin.py')
show(spec)
mod = importlib.util.module_from_spec(spec)
print(' ', type(mod).__name__, mod.__name__, mod.__file__, hasattr(mod, 'hello'), mod.__spec__ is spec)
print('  in sys.modules?', 'loaded_by_path' in sys.modules)
spec.loader.exec_module(mod)
print(' ', mod.hello(), mod.IN_SYS_MODULES)
sys.modules['loaded_by_path'] = mod
import loaded_by_path
print('  import finds it now:', loaded_by_path is mod)

spec = importlib.util.spec_from_file_location('plugpkg', 'files/plugpkg/__init__.py')
show(spec)
pkg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pkg)
print(' ', pkg.__path__, pkg.__package__)

print('  non-.py file:', importlib.util.spec_from_file_location('data', 'files/data.txt'))
spec = importlib.util.spec_from_file_location('failing', 'files/failing.py')
mod = importlib.util.module_from_spec(spec)
try:
    spec.loader.exec_module(mod)
except KeyError as e:
    print(' ', type(e).__name__, e)
spec = importlib.util.spec_from_file_location('missing', 'files/missing.py')
show(spec)
try:
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
except OSError as e:
    print(' ', type(e).__name__, e)

print('module_from_spec of a found spec')
spec = importlib.util.find_spec('fpkg.leaf')
leaf = importlib.util.module_from_spec(spec)
print(' ', leaf.__name__, leaf.__package__, 'fpkg.leaf' in sys.modules)
spec.loader.exec_module(leaf)
print(' ', 'fpkg.leaf' in sys.modules)
print(importlib.util.resolve_name('.x', 'a.b'), importlib.util.resolve_name('..x', 'a.b'),
      importlib.util.resolve_name('abs', None))
try:
    importlib.util.resolve_name('.x', None)
except ImportError as e:
    print(type(e).__name__, e)
