# genericpath: the file tests, their answers for bad paths, commonprefix, samefile/samestat.
import sys, os
import genericpath as g
print(g.__all__)
base = os.path.dirname(os.path.abspath(__file__))
d = os.path.join(base, 'gpdir'); os.makedirs(d, exist_ok=True)
f = os.path.join(d, 'f.txt')
with open(f, 'w') as fh: fh.write('12345')
for fn in ['exists', 'isfile', 'isdir', 'islink']:
    func = getattr(g, fn)
    print(fn, [func(x) for x in [f, d, f + 'x', '', 'a\0b', b'a\0b', f.encode(), os.path.join(f, 'sub')]])
    for bad in [None, 3.5]:
        try: print(func(bad))
        except Exception as e: print(' ', type(e).__name__, e)
print(g.exists(99999), g.isfile(99999))
print(g.getsize(f), type(g.getmtime(f)).__name__, g.getmtime(f) == os.stat(f).st_mtime, g.getatime(f) == os.stat(f).st_atime, g.getctime(f) == os.stat(f).st_ctime)
for fn in ['getsize', 'getmtime']:
    for bad in [f + 'x', 'a\0b', None]:
        try: getattr(g, fn)(bad)
        except Exception as e: print(fn, type(e).__name__, str(e).replace(base.rstrip('/') + '/', 'B/', 1))
print(repr(g.commonprefix([])), g.commonprefix(['/usr/lib', '/usr/local']), g.commonprefix(['abc']), g.commonprefix([b'abx', b'aby']))
print(g.commonprefix([['a', 'b', 'c'], ['a', 'b', 'd']]), g.commonprefix((('x',), ('y',))), repr(g.commonprefix(['', 'a'])))
import pathlib
print(g.commonprefix([pathlib.PurePosixPath('/a/bc'), '/a/bd']))
for bad in [['a', b'a'], [1, 2], 'abc', None]:
    try: print(repr(g.commonprefix(bad)))
    except Exception as e: print(type(e).__name__, e)
print(g.samefile(f, os.path.join(d, '.', 'f.txt')), g.samefile(f, d))
try: g.samefile(f, f + 'x')
except Exception as e: print(type(e).__name__)
with open(f) as a, open(f) as b, open(__file__) as c:
    print(g.sameopenfile(a.fileno(), b.fileno()), g.sameopenfile(a.fileno(), c.fileno()))
print(g.samestat(os.stat(f), os.stat(f)), g.samestat(os.stat(f), os.stat(d)))
print(g._splitext('a/b.c.txt', '/', None, '.'), g._splitext('a/.bashrc', '/', None, '.'), g._splitext(b'x..y', b'/', b'\\', b'.'), g._splitext('a.b/c', '/', '\\', '.'), g._splitext('...', '/', None, '.'))
for args in [('str', 'b'), ('f', 'a', b'b'), ('join', 1), ('join', None, 'a')]:
    try: g._check_arg_types(*args); print('ok')
    except TypeError as e: print(e, e.__suppress_context__)
