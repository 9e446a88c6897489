# pkgutil: iter_modules, walk_packages (with onerror), get_data, resolve_name, ModuleInfo.
import pkgutil
import sys

sys.path.insert(0, 'tree')
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules(['tree'])))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules(['tree'], prefix='p.')))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules(['tree/alpha'])))
errors = []
print(sorted(m.name for m in pkgutil.walk_packages(['tree'], onerror=errors.append)))
print(errors)
print(pkgutil.get_data('alpha', 'res.txt'))
print(pkgutil.resolve_name('alpha.one:X'), pkgutil.resolve_name('alpha.sub.two.Y'))
for bad in ('alpha.one:nope', 'nope.mod', '1bad'):
    try:
        pkgutil.resolve_name(bad)
    except Exception as e:
        print(type(e).__name__, e)
info = pkgutil.ModuleInfo(None, 'name', False)
print(info.name, info.ispkg, info._fields)
try:
    list(pkgutil.iter_modules('tree'))
except ValueError as e:
    print('ValueError', e)
