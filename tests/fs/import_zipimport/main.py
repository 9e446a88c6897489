# zipimport: zip archives (and folders inside them) on sys.path, zipimporter's API and
# errors, sys.path_hooks and sys.path_importer_cache, resources of a zipped package
import os
import sys
import zipfile
import zipimport

with zipfile.ZipFile('lib.zip', 'w') as z:
    z.writestr('mod_a.py', 'X = 1\nprint("mod_a loaded", __name__, __file__)\n')
    z.writestr('pkg/__init__.py', 'print("pkg init", __name__, __path__, __file__)\n')
    z.writestr('pkg/sub.py', 'def f():\n    return 42\n')
    z.writestr('pkg/data.txt', 'hello data')
    z.writestr('deep/inner/m.py', 'Y = 2\n')
    z.writestr('nspkg/part.py', 'P = "portion"\n')
    z.writestr('raises.py', 'raise KeyError("inside zip")\n')
with zipfile.ZipFile('comp.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('cmod.py', 'Z = "deflated"\n' * 50)
with open('notzip.zip', 'wb') as f:
    f.write(b'not a zip file at all')


def t(n, f):
    try:
        print(n, repr(f()))
    except Exception as e:
        print(n, type(e).__name__, repr(e), getattr(e, 'name', '-'), getattr(e, 'path', '-'))


zi = zipimport.zipimporter('lib.zip')
print(zi.archive, repr(zi.prefix), repr(zi))
t('find a', lambda: zi.find_spec('mod_a'))
s = zi.find_spec('pkg')
print(s.name, s.origin, s.submodule_search_locations, s.loader is zi, s.has_location, s.parent)
t('find none', lambda: zi.find_spec('nope'))
t('is_package', lambda: (zi.is_package('pkg'), zi.is_package('mod_a')))
t('is_package none', lambda: zi.is_package('nope'))
t('get_source', lambda: zi.get_source('mod_a'))
t('get_source none', lambda: zi.get_source('nope'))
t('get_filename', lambda: zi.get_filename('pkg'))
t('get_filename none', lambda: zi.get_filename('nope'))
t('get_code', lambda: type(zi.get_code('mod_a')).__name__)
t('get_code none', lambda: zi.get_code('nope'))
t('get_data', lambda: zi.get_data('lib.zip/pkg/data.txt'))
t('get_data rel', lambda: zi.get_data('pkg/data.txt'))
t('get_data none', lambda: zi.get_data('pkg/zzz.txt'))
t('bad archive', lambda: zipimport.zipimporter('notzip.zip'))
t('missing', lambda: zipimport.zipimporter('nofile.zip'))
t('empty', lambda: zipimport.zipimporter(''))
t('dir', lambda: zipimport.zipimporter('.'))
zi2 = zipimport.zipimporter('lib.zip/deep/inner')
print(zi2.archive, repr(zi2.prefix), zi2.find_spec('m') is not None, repr(zi2))
print(issubclass(zipimport.ZipImportError, ImportError))

sys.path.insert(0, 'lib.zip')
import mod_a
import pkg
import pkg.sub
print(mod_a.X, pkg.sub.f(), pkg.__spec__.loader.__class__.__name__)
print(type(sys.path_importer_cache.get('lib.zip')).__name__)
print(mod_a.__loader__.__class__.__name__, mod_a.__file__, mod_a.__spec__.origin)
print(pkg.sub.__file__, pkg.__path__)
try:
    import raises
except KeyError as e:
    print('KeyError from zip', e)
print('raises' in sys.modules)
sys.path.insert(0, 'comp.zip')
import cmod
print(cmod.Z[:8], len(cmod.Z))
import importlib.resources
print(importlib.resources.files('pkg').joinpath('data.txt').read_text())
print(pkg.__loader__.get_resource_reader('pkg') is not None,
      pkg.__loader__.get_resource_reader('mod_a'))
sys.path.insert(0, 'lib.zip/deep/inner')
import m
print(m.Y, m.__file__)


# A hook of one's own: a finder for entries starting with "virtual:".
class VirtualFinder:
    def __init__(self, path):
        if not path.startswith('virtual:'):
            raise ImportError('not mine')
        self.path = path

    def find_spec(self, name, target=None):
        import importlib.util
        if name != 'virtmod':
            return None
        return importlib.util.spec_from_loader(name, self)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.ANSWER = 'from ' + self.path


sys.path_hooks.append(VirtualFinder)
sys.path.append('virtual:one')
import virtmod
print(virtmod.ANSWER, type(sys.path_importer_cache['virtual:one']).__name__)
sys.path_importer_cache['virtual:one'] = None
del sys.modules['virtmod']
try:
    import virtmod
except ImportError as e:
    print(type(e).__name__, e)
