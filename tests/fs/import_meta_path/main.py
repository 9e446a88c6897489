import importlib.abc
import importlib.machinery
import importlib.util
import sys

print(type(sys.meta_path).__name__, len(sys.meta_path) >= 3)
print(any(getattr(f, '__name__', '') == 'PathFinder' for f in sys.meta_path))
print(type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        print('exec_module for', module.__name__)
        module.GREETING = 'hello from ' + module.__name__
        module.ORIGIN = module.__spec__.origin


class Finder:
    def __init__(self):
        self.asked = []

    def find_spec(self, fullname, path=None, target=None):
        self.asked.append(fullname)
        if fullname.startswith('virtual') or fullname == 'shadowed':
            is_pkg = fullname == 'virtual_pkg'
            spec = importlib.util.spec_from_loader(fullname, Loader(), origin='<virtual>', is_package=is_pkg)
            return spec
        return None


finder = Finder()
sys.meta_path.insert(0, finder)
try:
    import virtual_mod
    print(virtual_mod.GREETING, virtual_mod.ORIGIN, virtual_mod.__spec__.origin)
    print(type(virtual_mod.__loader__).__name__, virtual_mod.__spec__.parent == '')
    print(repr(virtual_mod))
except ImportError as e:
    print(type(e).__name__, e)
try:
    import shadowed
    print(shadowed.GREETING)
except (ImportError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    import virtual_pkg.child
    print(virtual_pkg.__path__, virtual_pkg.child.GREETING, virtual_pkg.child.__package__)
except ImportError as e:
    print(type(e).__name__, e)
try:
    import not_virtual_missing
except ImportError as e:
    print(type(e).__name__, e)
print([n for n in finder.asked if n != 'encodings'])
sys.meta_path.remove(finder)

# a finder that blocks a name by raising
class Blocker:
    def find_spec(self, fullname, path=None, target=None):
        if fullname == 'blocked_name':
            raise ImportError('blocked by Blocker', name=fullname)
        return None


sys.meta_path.insert(0, Blocker())
try:
    import blocked_name
except ImportError as e:
    print(type(e).__name__, e)
del sys.meta_path[0]
sys.modules.pop('shadowed', None)
import shadowed
print(shadowed.WHO)

# module_from_spec with a loader whose create_module returns an object
class MadeLoader(Loader):
    def create_module(self, spec):
        m = type(sys)(spec.name)
        m.MADE = True
        return m


spec = importlib.machinery.ModuleSpec('made_mod', MadeLoader())
module = importlib.util.module_from_spec(spec)
print(getattr(module, 'MADE', 'create_module result not used'), module.__name__, module.__spec__ is spec, module.__loader__ is spec.loader)
spec.loader.exec_module(module)
print(module.GREETING)
print(spec.name, spec.origin, spec.parent, spec.submodule_search_locations, spec.has_location)
pspec = importlib.machinery.ModuleSpec('a.b', None, is_package=True)
print(pspec.parent, pspec.submodule_search_locations)
