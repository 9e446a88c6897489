# Differential checks of pathlib / os / posixpath paths that have fast paths in pyrs.
import os
import pickle
import posixpath
import shutil
import stat
from pathlib import Path, PosixPath, PurePath, PurePosixPath, PureWindowsPath


def show(label, fn):
    try:
        value = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(value))


class S(str):
    pass


class R(str):
    def __radd__(self, other):
        return 'radd'


# -- construction from one str
for text in ['', '.', './', '..', 'a', 'a/b', 'a//b/./c/', '/', '//', '///', '////a',
             '/a/b', '//a/b', '///a//b', './a/./b/.', 'a/..', '~/x', ' a ', 'a/b.tar.gz']:
    for cls in (PurePosixPath, PosixPath, Path, PurePath):
        p = cls(text)
        print(repr(text), cls.__name__, repr(p), str(p), p.parts, repr(p.root),
              p.anchor, p.name, p.suffix, p.suffixes, p.stem, p.is_absolute())
    print(repr(text), PurePosixPath(text) == PurePosixPath(text, ''),
          hash(PurePosixPath(text)) == hash(PurePosixPath(text + '/')))

print(type(PurePosixPath(S('a/b')).name), type(PurePosixPath('a', S('b')).name))
print(repr(PurePosixPath(S('//x'))), repr(PosixPath(S('a'), 'b')))

# -- joining with '/', joinpath and the reverse
bases = [PurePosixPath(''), PurePosixPath('/'), PurePosixPath('//'), PurePosixPath('a'),
         PurePosixPath('/a/b'), PurePosixPath('//srv/x'), PosixPath('rel/d'), Path('/abs')]
for base in bases:
    for key in ['', '.', 'x', 'x/y', 'x//y/', './x', '../x', '/r', '//r', '///r', '//', '/',
                '..', 'x/./.', S('s/t')]:
        q = base / key
        j = base.joinpath(key)
        print(repr(base), repr(key), repr(q), q.parts, type(q).__name__, q == j,
              str(q) == str(j), type(q.name).__name__)
    show('div int', lambda: base / 5)
    show('div bytes', lambda: base / b'x')
    show('div none', lambda: base / None)
    show('joinpath many', lambda: base.joinpath('a', '/b', 'c'))
    show('joinpath none', lambda: base.joinpath())
    show('rdiv', lambda: 'pre' / base)
    show('rdiv abs', lambda: '/pre' / base)
    show('div path', lambda: base / PurePosixPath('z/w'))
    show('div win', lambda: base / PureWindowsPath('z'))

# -- derived paths
p = PosixPath('/usr/lib/python3.12/os.tar.gz')
for q in [p.parent, p.parent.parent, p.parents[0], p.parents[-1], p.parents[1:3],
          p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('s'),
          p.relative_to('/usr'), p.relative_to('/usr/bin', walk_up=True),
          PurePosixPath('a/b').relative_to('a'), PurePosixPath('.bashrc').with_suffix('.x')]:
    print(repr(q), str(q), getattr(q, 'parts', None))
print(list(PurePosixPath('//a/b').parents), list(PurePosixPath('a/b/c').parents))
print(repr(p.with_name(S('n.py'))))
print(type(p.with_suffix(S('.s')).name).__name__, repr(p.with_suffix(S('.s'))))
print(repr(p.with_suffix(R('.r'))), type(p.with_suffix(R('.r')).name).__name__)
for bad in ['', '.', 'a/b', '/']:
    show('with_name %r' % bad, lambda: p.with_name(bad))
    show('with_suffix %r' % bad, lambda: p.with_suffix(bad))
show('with_name int', lambda: p.with_name(5))
show('with_name root', lambda: PurePosixPath('/').with_name('x'))
for name in ['a', 'a.', '.a', 'a.b', 'a.b.', '..', '...', 'a..b', '.a.b', 'a.b.c']:
    q = PurePosixPath('d') / name
    print(repr(name), repr(q.suffix), repr(q.stem), q.suffixes)

# -- comparison and hashing of fast-built paths
a = PosixPath('/x') / 'y'
b = PosixPath('/x/y')
c = next(p for p in [PosixPath('/x', 'y')])
print(a == b, b == c, hash(a) == hash(b) == hash(c), a < PosixPath('/x/z'),
      sorted([PurePosixPath('b'), PurePosixPath('a') / 'c', PurePosixPath('a')]),
      a == PurePosixPath('/x/y'), PurePosixPath('/x/y') == PureWindowsPath('/x/y'))


# -- a subclass with with_segments keeps going through it
class Tagged(PosixPath):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag

    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)


t = Tagged('/a', tag='T')
for q in [t / 'b', t.joinpath('b'), t.parent, t.with_name('z'), t.parents[0]]:
    print(type(q).__name__, repr(q), q.tag)

# -- the file system
root = 'tree_fast'
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root + '/sub/deep')
os.makedirs(root + '/.hid')
for n in ['a.py', 'b.txt', 'c.tar.gz', 'plain', '.py', '.hidden.py', 'A.PY', 'x.py.bak',
          'sub/s.py', 'sub/deep/d.py', '.hid/h.py']:
    with open(root + '/' + n, 'w') as fh:
        fh.write(n)
os.symlink('a.py', root + '/link.py')
os.symlink('sub', root + '/linkdir')

base = Path(root)
print(sorted(base.iterdir()))
print(sorted(str(q) for q in Path(root + '/').iterdir()))
print(sorted(q.name for q in Path(root, 'sub').iterdir()))
print(sorted(Path('./' + root + '/sub/.').iterdir()))
for pat in ['*.py', '*', '*.PY', '*.gz', '*.tar.gz', 'a*', '?.py', '[ab].*', '*/', '*/*.py',
            '**/*.py', 'sub/*', '**', '.*', '*py', 'sub/../*.txt', '*.py/', 'nothing*']:
    print(pat, sorted(str(q) for q in base.glob(pat)))
    print(pat, 'cs=False', sorted(str(q) for q in base.glob(pat, case_sensitive=False)))
print(sorted(str(q) for q in base.rglob('*.py')))
print(sorted(type(q).__name__ for q in base.glob('*.py')))
show('glob empty', lambda: list(base.glob('')))
show('glob abs', lambda: list(base.glob('/x')))
show('glob missing dir', lambda: list(Path('nope').glob('*')))
show('iterdir missing', lambda: list(Path('nope').iterdir()))
show('iterdir file', lambda: list(Path(root, 'a.py').iterdir()))

for top, dirs, files in base.walk():
    print('walk', top, sorted(dirs), sorted(files))
    if top == base:
        dirs[:] = sorted(dirs) + ['sub/deep', 'missing']
for top, dirs, files in base.walk(top_down=False):
    print('walk up', top, sorted(dirs), sorted(files))

# -- stat
for q in [Path(root, 'a.py'), Path(root) / 'link.py', Path(root, 'linkdir')]:
    st = q.stat()
    lst = q.lstat()
    nst = q.stat(follow_symlinks=False)
    print(q, type(st).__name__, len(st), st.st_size, st[6], stat.S_ISREG(st.st_mode),
          stat.S_ISLNK(lst.st_mode), stat.S_ISLNK(nst.st_mode), stat.S_ISDIR(st.st_mode),
          st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime),
          st.st_mtime == st[8] + (st.st_mtime_ns % 10**9) * 1e-9,
          st.st_atime == st[7] + (st.st_atime_ns % 10**9) * 1e-9,
          type(st.st_ctime).__name__, type(st[9]).__name__, st == tuple(st),
          st[:3] == (st.st_mode, st.st_ino, st.st_dev), q.exists(), q.is_file(), q.is_dir(),
          q.is_symlink())
    st2 = pickle.loads(pickle.dumps(st))
    print(st2 == st, st2.st_mtime_ns == st.st_mtime_ns, type(st2).__name__)
    show('setattr', lambda: setattr(st, 'st_size', 1))
for args, kw in [(('tree_fast/a.py',), {}), ((b'tree_fast/a.py',), {}),
                 ((Path('tree_fast/link.py'),), {'follow_symlinks': False}),
                 (('tree_fast/link.py',), {'follow_symlinks': 0}),
                 (('tree_fast/link.py',), {'follow_symlinks': 1}),
                 (('tree_fast/a.py',), {'dir_fd': None}),
                 (('tree_fast/missing',), {}), ((5.5,), {}), (('',), {}),
                 (('tree_fast/a.py/x',), {})]:
    for fn in (os.stat, os.lstat):
        if fn is os.lstat and 'follow_symlinks' in kw:
            continue  # (pyrs words this TypeError differently)

        def call():
            st = fn(*args, **kw)
            return (st.st_size, stat.S_ISLNK(st.st_mode), stat.S_IFMT(st.st_mode))
        show('%s %r %r' % (fn.__name__, args, kw), call)
show('stat missing', lambda: Path('tree_fast/zz').stat())
show('lstat missing', lambda: Path('tree_fast/zz').lstat())

# -- scandir
for arg in ['tree_fast', 'tree_fast/', b'tree_fast', Path('tree_fast/sub'), './tree_fast']:
    with os.scandir(arg) as it:
        ents = sorted(it, key=lambda e: e.name)
    print(repr(arg), [(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
                       e.is_dir(follow_symlinks=False), os.fspath(e), repr(e)) for e in ents])
    print([type(e).__name__ for e in ents][:1], [e.stat().st_size for e in ents if e.is_file()])
show('scandir missing', lambda: list(os.scandir('nope')))
with os.scandir('tree_fast') as it:
    first = next(it)
    print(first.__class__.__name__, it.__class__.__name__)
print(list(it))
os.chdir('tree_fast/sub')
print(sorted(e.name for e in os.scandir()), sorted(e.path for e in os.scandir()))
os.chdir('../..')

# -- posixpath.join
for args in [('a',), ('a', 'b'), ('a/', 'b'), ('', 'b'), ('a', ''), ('a', '/b', 'c'),
             ('/', ''), ('', ''), ('a', 'b/', 'c//'), (S('a'), 'b'), ('a', S('b')),
             (b'a', b'b'), (b'a', 'b'), ('a', b'b'), ('a', 5), (5, 'a'), ('a', None),
             (Path('p'), 'q'), ('p', Path('q')), ('a', 'b', Path('/c')), ('//a', '//b')]:
    show('join %r' % (args,), lambda: posixpath.join(*args))
    show('os.path.join %r' % (args,), lambda: os.path.join(*args))
print(type(posixpath.join(S('a'), 'b')).__name__, type(posixpath.join('a', S('/b'))).__name__)

shutil.rmtree(root)
print('done')
