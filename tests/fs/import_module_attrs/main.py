import sys
import builtins


def describe(m):
    spec = m.__spec__
    print(' name', m.__name__, '| package', repr(m.__package__), '| file', getattr(m, '__file__', '-'))
    print(' path', getattr(m, '__path__', '-'))
    print(' spec', spec.name, spec.origin, spec.parent, spec.submodule_search_locations, spec.has_location)
    print(' loader', type(m.__loader__).__name__, m.__loader__ is spec.loader)
    print(' repr', repr(m))


print('main:', __name__, __file__, __spec__, __package__, __doc__)
print('main loader:', type(__loader__).__name__)
print(sys.modules['__main__'].__file__)

import plainmod
describe(plainmod)
print(plainmod.__doc__)
import apkg
describe(apkg)
import apkg.inner.leaf
describe(apkg.inner)
describe(apkg.inner.leaf)

loader = plainmod.__loader__
print(loader.name, loader.path, loader.get_filename('plainmod'))
print(loader.is_package('plainmod'), apkg.__loader__.is_package('apkg'))
print(loader.get_source('plainmod').splitlines()[0])
print(loader.get_data(loader.path)[:20])
try:
    loader.get_data('missing.py')
except OSError as e:
    print(type(e).__name__, e)

print(repr(sys), repr(builtins))
print(sys.__spec__.origin, builtins.__spec__.origin, sys.__spec__.name)
print(sys.__loader__.__name__, builtins.__spec__.loader.__name__)
print(type(sys.__spec__).__name__, type(plainmod.__spec__).__module__)
print(hasattr(sys, '__file__'), hasattr(builtins, '__path__'))

# the spec and module agree
spec = apkg.inner.leaf.__spec__
print(spec.name == apkg.inner.leaf.__name__, spec.parent == apkg.inner.leaf.__package__)
print(spec.origin == apkg.inner.leaf.__file__, spec.loader.name)
print(sorted(k for k in vars(plainmod) if k.startswith('__') and k != '__cached__'))
print(sorted(k for k in vars(apkg) if k.startswith('__') and k != '__cached__'))
