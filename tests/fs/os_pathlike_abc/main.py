# os.PathLike is an ABC: any class with __fspath__ is a virtual subclass, and the class
# cannot be instantiated. File names with undecodable bytes use surrogateescape.
import os


class StrPath:
    def __fspath__(self):
        return 'x'


class NotPath:
    pass


print(isinstance(StrPath(), os.PathLike), isinstance(NotPath(), os.PathLike))
print(issubclass(StrPath, os.PathLike))
try:
    os.PathLike()
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(os.fsencode('a\udcffb'))
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    print(repr(os.fsdecode(b'a\xffb')))
except UnicodeError as e:
    print(type(e).__name__, e)
