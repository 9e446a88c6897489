# pkgutil over a package tree the test writes (paths and extend_path differ in pyrs: see README).
import sys, os, warnings
import pkgutil
base = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(base, 'tree')
def w(p, s=''):
    p = os.path.join(root, p)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f: f.write(s)
w('alpha.py', 'A = 1\n')
w('zeta.py')
w('beta/__init__.py', 'X = 2\nclass K:\n    class Inner:\n        v = 7\n')
w('beta/sub.py', 'def fn(): return 3\n')
w('beta/inner/__init__.py')
w('beta/inner/deep.py')
w('beta/data/res.txt', 'hello data\n')
w('gamma/notpkg.txt')
w('broken/__init__.py', 'raise ImportError("nope")\n')
w('crash/__init__.py', 'raise RuntimeError("crash")\n')
w('dotted.name.py')
w('Mixed.py')
w('_priv.py')
w('ns.pkg', '# comment\n/extra/path\n\n')
w('ns/__init__.py', 'from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)\n')
def rel(p):
    return os.path.relpath(p, base) if isinstance(p, str) and p.startswith('/') else p
def show(mi):
    return (type(mi.module_finder).__name__, rel(getattr(mi.module_finder, 'path', None)), mi.name, mi.ispkg)
print([show(m) for m in pkgutil.iter_modules([root])])
print([show(m) for m in pkgutil.iter_modules([root], prefix='p.')])
try: pkgutil.iter_modules(root)
except Exception as e: print(type(e).__name__, e)
try: list(pkgutil.iter_modules(root))
except Exception as e: print(type(e).__name__, e)
print([m.name for m in pkgutil.iter_modules([os.path.join(root, 'beta')])])
print([m.name for m in pkgutil.iter_modules([os.path.join(root, 'nonexist')])])
sys.path.insert(0, root)
errs = []
print([(m.name, m.ispkg) for m in pkgutil.walk_packages([root], onerror=errs.append)])
print(errs)
try:
    print([(m.name, m.ispkg) for m in pkgutil.walk_packages([root])])
except Exception as e: print(type(e).__name__, e)
print([(m.name, m.ispkg) for m in pkgutil.walk_packages([root], onerror=lambda n: None) if m.name.startswith('beta')])
top = [m.name for m in pkgutil.iter_modules()]
print('alpha' in top, 'beta' in top, 'os' in top)
mi = pkgutil.ModuleInfo(None, 'n', False)
print(mi, mi._fields, pkgutil.ModuleInfo.__doc__, tuple(mi))
print(pkgutil.get_data('beta', 'data/res.txt'))
try: pkgutil.get_data('beta', 'data/missing.txt')
except OSError as e: print(type(e).__name__, e.errno)
print(pkgutil.get_data('nonexistent_pkg_xyz', 'x') if False else None)
try: print(pkgutil.get_data('nonexistent_pkg_xyz', 'x'))
except Exception as e: print(type(e).__name__, e)
print(pkgutil.resolve_name('beta'))
print(pkgutil.resolve_name('beta.sub').__name__, pkgutil.resolve_name('beta.sub.fn')())
print(pkgutil.resolve_name('beta:K.Inner.v'), pkgutil.resolve_name('beta.sub:fn')(), pkgutil.resolve_name('beta:').__name__)
print(pkgutil.resolve_name('os.path.join').__name__)
for bad in ['', '1abc', 'a..b', 'a:b:c', 'a.', ':x', 'a b', 'beta:1x']:
    try: pkgutil.resolve_name(bad)
    except Exception as e: print(repr(bad), type(e).__name__, e)
for bad in ['nonexist_mod_q', 'beta.nothere', 'beta:nothere', 'nonexist_mod_q:x', 'beta.K.nothere']:
    try: pkgutil.resolve_name(bad)
    except Exception as e: print(repr(bad), type(e).__name__, e)
import ns
print([rel(p) for p in ns.__path__])
print([rel(p) for p in pkgutil.extend_path([os.path.join(root, 'beta')], 'beta')])
print(pkgutil.extend_path('notalist', 'beta'), pkgutil.extend_path(('t',), 'beta'))
print([rel(p) for p in pkgutil.extend_path([], 'beta.inner')])
print(pkgutil.extend_path([], 'nomod.sub'))
imp = pkgutil.get_importer(root)
print(type(imp).__name__, rel(imp.path), pkgutil.get_importer(root) is imp, sys.path_importer_cache[root] is imp)
print(pkgutil.get_importer(os.path.join(root, 'alpha.py')), pkgutil.get_importer('/no/such/dir'))
print(type(pkgutil.get_importer(root.encode())).__name__)
try: pkgutil.get_importer(3)
except Exception as e: print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as wl:
    warnings.simplefilter('always')
    l = pkgutil.find_loader('alpha'); print(type(l).__name__, l.name if hasattr(l,'name') else None)
    print(pkgutil.find_loader('nonexist_mod_q'))
    try: pkgutil.find_loader('.rel')
    except ImportError as e: print(e)
    try: pkgutil.find_loader('alpha.x')
    except ImportError as e: print(e)
    l = pkgutil.get_loader('beta.sub'); print(type(l).__name__)
    print(type(pkgutil.get_loader(sys.modules['beta'])).__name__)
    print(pkgutil.get_loader('nonexist_mod_q'))
    sys.modules['nonemod'] = None
    print(pkgutil.get_loader('nonemod'))
    import types
    print(pkgutil.get_loader(types.ModuleType('fake')))
print([(str(x.message), x.category.__name__) for x in wl])
its = list(pkgutil.iter_importers('beta.sub'))
print([(type(i).__name__, rel(i.path)) for i in its])
try: list(pkgutil.iter_importers('.x'))
except ImportError as e: print(e)
print(list(pkgutil.iter_importers('alpha.x')))
its = list(pkgutil.iter_importers())
print(its[:len(sys.meta_path)] == sys.meta_path, type(its[len(sys.meta_path)]).__name__)
import io, importlib.util
try:
    import marshal
except ImportError:
    print('None\nTrue'); marshal = None
if marshal:
  co = compile('x=1', 'f', 'exec')
  print(pkgutil.read_code(io.BytesIO(b'xxxx' + bytes(12))))
  print(pkgutil.read_code(io.BytesIO(importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(co))) == co)
print(pkgutil.__all__)
