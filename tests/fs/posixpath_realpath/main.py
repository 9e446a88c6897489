# os.path.realpath through relative symlinks, loops, and strict mode.
import errno
import os

P = os.path

os.makedirs('r/a/b')
f = open('r/a/b/f', 'w')
f.write('x')
f.close()
links = [('a/b', 'r/l1'), ('l1', 'r/l2'), ('..', 'r/a/up'), ('loop2', 'r/loop1'),
         ('loop1', 'r/loop2'), ('self', 'r/self'), ('nothere/z', 'r/dangle'),
         ('.', 'r/dot'), ('a/', 'r/slash'), ('../../l1', 'r/a/b/back'),
         ('r/l1', 'top'), ('l2/f', 'r/lf'), ('dangle', 'r/dd'), ('loop1/q', 'r/intoloop')]
for target, name in links:
    os.symlink(target, name)
print(sorted(os.listdir('r')))


def show(path, **kw):
    try:
        print(repr(path), kw, '->', repr(P.realpath(path, **kw)))
    except OSError as e:
        print(repr(path), kw, '!!', type(e).__name__, e.errno == errno.ELOOP, e)


print('--- plain paths')
for path in ['', '.', 'r', 'r/', 'r/a/b/f', 'r/./a//b/', 'r/../r/a', 'r/a/b/..',
             'r/missing', 'r/missing/../a', 'zz/..']:
    show(path)
print('--- symlinks')
for path in ['r/l1', 'r/l1/f', 'r/l2', 'r/l2/f', 'r/l1/..', 'r/l2/../..', 'r/a/up',
             'r/a/up/a/b/f', 'r/dot', 'r/dot/dot/a', 'r/slash', 'r/slash/b',
             'r/a/b/back', 'r/a/b/back/back/f', 'top', 'top/../f', 'top/f', 'r/lf',
             'r/l1/../b/../../l1/f', 'r/l2/../../l2/../../l1']:
    show(path)
print('--- dangling links and loops')
for path in ['r/dangle', 'r/dangle/more', 'r/dd', 'r/dd/..', 'r/loop1', 'r/loop2',
             'r/loop1/x', 'r/self', 'r/self/y/z', 'r/intoloop', 'r/intoloop/w',
             'r/loop1/../a']:
    show(path)
print('--- bytes and PathLike')
class Pth:
    def __init__(self, value):
        self.value = value
    def __fspath__(self):
        return self.value
    def __repr__(self):
        return f'Pth({self.value!r})'
show(b'r/l2/f')
show(b'r/loop1/x')
show(Pth('top/f'))
show(Pth(b'r/a/up'))
print('--- strict')
for path in ['r/l2/f', 'r', '.', 'r/a/up/a', 'r/missing', 'r/dangle', 'r/dd',
             'r/loop1', 'r/self/y', 'r/intoloop', 'r/l1/nope', 'r/a/b/f/x']:
    show(path, strict=True)
show(b'r/self', strict=True)
show('r/loop2', strict=False)
