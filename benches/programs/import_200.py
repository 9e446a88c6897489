# Builds a package of 200 modules (10 subpackages of 20 modules that import each other),
# imports it, and removes it; prints the time of the import alone.
import os
import shutil
import sys
import time

ROOT = 'benchpkg_tmp'
shutil.rmtree(ROOT, ignore_errors=True)
os.mkdir(ROOT)
with open(f'{ROOT}/__init__.py', 'w') as f:
    f.write(''.join(f'from . import sub{s}\n' for s in range(10)))
for s in range(10):
    d = f'{ROOT}/sub{s}'
    os.mkdir(d)
    with open(f'{d}/__init__.py', 'w') as f:
        f.write(''.join(f'from . import mod{m}\n' for m in range(20)))
    for m in range(20):
        with open(f'{d}/mod{m}.py', 'w') as f:
            if m:
                f.write(f'from .mod{m - 1} import value as previous\n')
            else:
                f.write('previous = 0\n')
            f.write(f'''
CONSTANT = {s * 20 + m}


class Thing{m}:
    def __init__(self, x):
        self.x = x

    def total(self):
        return self.x + CONSTANT


def value():
    return Thing{m}(CONSTANT).total()


TABLE = {{i: i * i for i in range(20)}}
''')
sys.path.insert(0, os.getcwd())
t0 = time.perf_counter()
import benchpkg_tmp
t1 = time.perf_counter()
n = sum(1 for name in sys.modules if name.startswith('benchpkg_tmp'))
print(f'import {t1 - t0:.3f} s: {n} modules')
shutil.rmtree(ROOT)
