# String-only os.path operations: join, split, splitext, normpath, ... (str and bytes).
import os
import posixpath

P = os.path
print(P is posixpath, P.__name__)
print(repr(P.sep), repr(P.altsep), repr(P.curdir), repr(P.pardir), repr(P.extsep))
print(repr(P.pathsep), repr(P.defpath), repr(P.devnull), P.supports_unicode_filenames)
print(sorted(posixpath.__all__))

print('--- join')
for args in [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'a'), ('a', ''),
             ('', ''), ('/', 'a'), ('a', 'b/', ''), ('//a', 'b'), ('a', '.', '..')]:
    print(args, repr(P.join(*args)))
print(repr(P.join(b'a', b'b')), repr(P.join(b'/x', b'', b'y')), repr(P.join(b'a', b'/b')))

print('--- split / basename / dirname')
cases = ['', '/', '//', '///', 'a', 'a/', 'a/b', 'a//b', '/a/b/', '//a', '///a/b', 'a/b//',
         '.', '..', 'a/.', '/a/../b']
for s in cases:
    print(repr(s), P.split(s), repr(P.basename(s)), repr(P.dirname(s)))
print(P.split(b'/usr/lib/x.so'), P.basename(b'a/b'), P.dirname(b'a//b//'))

print('--- splitext')
for s in ['', 'a', 'a.b', 'a.b.c', '.a', '..a', '...', 'a.', '.a.b', 'x/.y', 'x.y/z',
          'x.y/.z', 'dir.d/f.tar.gz', '/a/b.', 'a..']:
    print(repr(s), P.splitext(s))
print(P.splitext(b'a.tar.gz'), P.splitext(b'.bashrc'), P.splitext(b'x/y.z'))

print('--- splitdrive / splitroot')
for s in ['', 'a', '/a', '//a', '///a', '////a', 'a/b', '/', '//', '///']:
    print(repr(s), P.splitdrive(s), P.splitroot(s))
print(P.splitroot(b'//x/y'), P.splitdrive(b'/z'))

print('--- normpath')
for s in ['', '.', '..', '/', '//', '///', '////a', '//a/b', 'a/b/..', 'a/../..',
          '/..', '/../a', '//..', 'a/./b/./c/.', '../../a/./b/..', 'a//b///c',
          './a', 'a/', '/a/b/../../..', '.../..', 'a/..', '../']:
    print(repr(s), repr(P.normpath(s)))
print(repr(P.normpath(b'/a/./b/../c/')), repr(P.normpath(b'')), repr(P.normpath(b'//x')))

print('--- isabs / normcase')
for s in ['', '/', 'a', '/a', '//a', './a', b'/a', b'a']:
    print(repr(s), P.isabs(s), repr(P.normcase(s)))

print('--- abspath (cwd is the test folder)')
for s in ['.', 'a', 'a/b/../c', './x/', '/abs/./p', '//x', b'sub', b'/b/../c']:
    print(repr(s), repr(P.abspath(s)))
print(P.abspath('') == os.getcwd(), P.abspath(b'') == os.getcwd().encode())

print('--- PathLike')
class Pth:
    def __init__(self, value):
        self.value = value
    def __fspath__(self):
        return self.value
print(repr(P.join(Pth('a'), 'b', Pth('c'))), repr(P.join(Pth(b'x'), b'y')))
print(P.split(Pth('q/r')), P.splitext(Pth('q.r')), repr(P.basename(Pth(b'm/n'))))
print(repr(P.normpath(Pth('a/../b'))), P.isabs(Pth('/x')), repr(P.dirname(Pth('a/b'))))
print(P.splitroot(Pth('/r')), P.splitdrive(Pth('d')), repr(P.normcase(Pth('N'))))
