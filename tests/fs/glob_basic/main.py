# glob.glob / iglob without recursion: wildcards, hidden files, trailing slashes, bytes.
import glob
import os


def touch(path):
    open(path, 'w').close()


os.makedirs('t/sub/deep')
os.mkdir('t/.hdir')
os.mkdir('t/empty')
for name in ['a.txt', 'b.py', 'c.PY', '.hidden.txt', 'ab[c].txt', 'q?.txt', 'sub/x.py',
             'sub/y.txt', 'sub/.h.py', 'sub/deep/z.py', '.hdir/in.py']:
    touch('t/' + name)
os.symlink('sub', 't/link_sub')
os.symlink('nowhere', 't/dangling')
print(glob.__all__)


def show(pattern, **kw):
    try:
        print(repr(pattern), kw, sorted(glob.glob(pattern, **kw)))
    except Exception as e:
        print(repr(pattern), kw, '!!', type(e).__name__, e)


for pattern in ['t/*', 't/*.py', 't/*.txt', 't/?.txt', 't/[ab]*', 't/[!ab]*', 't/*.[pP][yY]',
                't/*/', 't/*/*.py', 't/*/*', 't/sub/*', 't/sub', 't/sub/', 't/a.txt',
                't/a.txt/', 't/nope', 't/nope/*', 't/*/deep', 't/*/deep/', 't/s*/d*/z*',
                't/.*', 't/.h*', 't/.hdir/*', 't/*/.*', 't/empty/*', 't/d*', 't/dangling',
                't/ab[c].txt', 't/q?.txt', 't', 't/', '', 't//sub//*.py', 't/./sub/*.py',
                't/sub/../*.py', 't/**', 't/**/*.py', 't/link_sub/*']:
    show(pattern)

print('--- include_hidden')
for pattern in ['t/*', 't/*/*.py', 't/.*', 't/[.]*', 't/?hdir']:
    show(pattern, include_hidden=True)

print('--- bytes')
show(b't/*.py')
show(b't/sub/*')
show(b't/.h*')
show(b't/a.txt')

print('--- escape / has_magic')
for s in ['plain', 'a*b', 'q?', '[x]', 'a[b', ']', '*?[', 'dir/*/f', '', b'b*[?]', b'x']:
    print(repr(s), repr(glob.escape(s)), glob.has_magic(s))
show(glob.escape('t/ab[c].txt'))
show(glob.escape('t/q?.txt'))
show('t/' + glob.escape('ab[') + '*')
show('t/ab[[]c].txt')

print('--- iglob and arguments')
it = glob.iglob('t/sub/*.py')
print(iter(it) is it, sorted(it), list(it))
show('t/*.txt', dir_fd=None)
class Pth:
    def __init__(self, value):
        self.value = value
    def __fspath__(self):
        return self.value
    def __repr__(self):
        return 'Pth()'
for bad in [None, 7, Pth('t/*')]:
    show(bad)
show('t/*', root_dir=b't')
