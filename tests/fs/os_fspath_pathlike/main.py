import os
import pathlib


class StrPath:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class BadReturn:
    def __fspath__(self):
        return 42


class Raises:
    def __fspath__(self):
        raise ValueError('no path for you')


class NotPath:
    pass


class Sub(os.PathLike):
    def __fspath__(self):
        return 'sub'


print(os.fspath('a/b'), os.fspath(b'a/b'), os.fspath(StrPath('x')), os.fspath(StrPath(b'y')))
print(os.fspath(pathlib.Path('p/q')), os.fspath(pathlib.PurePosixPath('/r')))
print(os.fspath(Sub()), isinstance(Sub(), os.PathLike))
print(isinstance('x', os.PathLike), isinstance(NotPath(), os.PathLike))
print(issubclass(str, os.PathLike), issubclass(pathlib.Path, os.PathLike))
print(isinstance(pathlib.Path('x'), os.PathLike))
for bad in [BadReturn(), NotPath(), None, 3, 1.5, ['a']]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.fspath(Raises())
except ValueError as e:
    print(type(e).__name__, e)
try:
    os.fspath(StrPath(StrPath('nested')))
except TypeError as e:
    print(type(e).__name__, e)

print(os.fsencode('abc'), os.fsencode(b'abc'), os.fsencode(StrPath('é')))
print(os.fsdecode(b'abc'), os.fsdecode('abc'), os.fsdecode(StrPath(b'\xc3\xa9')))
print(os.fsdecode(os.fsencode('日本')) == '日本')
for bad in [5, None, NotPath()]:
    try:
        os.fsencode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        os.fsdecode(bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(os.path.join(StrPath('a'), 'b'), os.path.basename(StrPath('x/y.txt')))
print(os.path.exists(StrPath('main.py')), os.path.isfile(StrPath(b'main.py')))
print(os.path.splitext(StrPath('f.tar.gz')), os.path.dirname(StrPath(b'd/f')))
try:
    os.path.join(StrPath('a'), b'b')
except TypeError as e:
    print(type(e).__name__, e)
print(os.PathLike.__name__, os.PathLike.__module__)
print(hasattr(os.PathLike, '__fspath__'))
