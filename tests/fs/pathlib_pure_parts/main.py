import os
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath


class Fs:
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value


def show(p):
    print(repr(p), str(p), p.parts)
    print('  drive=%r root=%r anchor=%r' % (p.drive, p.root, p.anchor))
    print('  name=%r suffix=%r suffixes=%r stem=%r' % (p.name, p.suffix, p.suffixes, p.stem))
    print('  abs=%s posix=%r fspath=%r' % (p.is_absolute(), p.as_posix(), os.fspath(p)))


for text in ['', '.', 'a', 'a/b/c', '/', '//', '///', '//x/y', '/usr//lib/./x',
             'a/../b', 'a/', '.hidden', 'file.tar.gz', 'noext.', '..', 'x/.bashrc',
             'dir.d/name', 'a\\b', 'sp ace/é.txt']:
    show(PurePosixPath(text))

print(repr(PurePath('a', 'b')), type(PurePath('a')).__name__, type(Path('a')).__name__)
print(repr(PurePosixPath()), repr(PurePosixPath('a', '/b', 'c')), repr(PurePosixPath('a/', 'b')))
print(repr(PurePosixPath(Fs('from/fspath'))), repr(PurePosixPath(PurePosixPath('x'), 'y')))
print(repr(PurePosixPath('a') / 'b' / 'c'), repr('x' / PurePosixPath('y')), repr(Fs('f') / PurePosixPath('g')))
print(repr(PurePosixPath('a') / '/abs'), repr(PurePosixPath('a').joinpath('b', 'c', '/d', 'e')))
print(repr(PosixPath('a') / PurePosixPath('b')), repr(PurePosixPath('a') / PosixPath('b')))
print(bytes(PurePosixPath('a/é')), PurePosixPath('/a b/c%d/é').as_uri(), PurePosixPath('//h/x').as_uri())
for bad in [1, b'bytes', None, Fs(b'x'), 3.5]:
    try:
        PurePosixPath('a', bad)
    except TypeError as e:
        print(type(e).__name__, e)
for expr in [lambda: PurePosixPath('a') / 1, lambda: 2 / PurePosixPath('a'),
             lambda: PurePosixPath('rel').as_uri(), lambda: PurePosixPath('a').joinpath(None)]:
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# equality and hashing
a, b = PurePosixPath('a/b'), PurePosixPath('a//b/')
print(a == b, hash(a) == hash(b), a == 'a/b', a != PurePosixPath('A/b'), a == PosixPath('a/b'))
print(PurePosixPath('a') == PureWindowsPath('a'), PurePosixPath('/x') == PurePosixPath('//x'))
print(len({PurePosixPath('x'), PurePosixPath('x/'), PurePosixPath('./x'), PosixPath('x')}))
d = {PurePosixPath('k'): 1}
print(d.get(PurePosixPath('k/.')), d.get(PurePosixPath('K')))
print(PurePosixPath('a').__reduce__()[1], str(PurePosixPath('a/b').__reduce__()[0].__name__))
