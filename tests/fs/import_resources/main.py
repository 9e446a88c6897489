import importlib.resources
import sys
from importlib import resources

root = resources.files('respkg')
print(type(root).__name__ in ('PosixPath', 'Path'), root.name)
print(root.joinpath('data.txt').read_text())
print(repr((root / 'data.txt').read_text()))
print(root.joinpath('data', 'inside.txt').read_text(), end='')
print(root.joinpath('data').joinpath('nested', 'deep.txt').read_text(encoding='utf-8'), end='')
print(root.joinpath('data/blob.bin').read_bytes())
print(root.joinpath('data.txt').is_file(), root.joinpath('data').is_dir(), root.joinpath('nope').is_file())
print(sorted(p.name for p in root.joinpath('data').iterdir()))
print(sorted(p.name for p in root.iterdir() if p.name != '__pycache__'))
with root.joinpath('data.txt').open() as f:
    print(f.readline(), end='')
with root.joinpath('data', 'blob.bin').open('rb') as f:
    print(f.read(2))

mod = sys.modules['respkg']
print(resources.files(mod).joinpath('data.txt').read_text().splitlines())
print(resources.files('respkg.module').joinpath('data.txt').is_file())

try:
    root.joinpath('missing.txt').read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)
try:
    resources.files('no_such_package')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

with resources.as_file(root.joinpath('data.txt')) as path:
    with open(path) as f:
        print('as_file:', f.read().split('\n')[0])

# the legacy functions (called from a module other than __main__: their
# DeprecationWarnings are not shown)
import legacy
