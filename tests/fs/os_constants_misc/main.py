import os
import sys
import errno
import posixpath

print(os.name, repr(os.sep), repr(os.altsep), repr(os.curdir), repr(os.pardir))
print(repr(os.extsep), repr(os.linesep), repr(os.devnull), repr(os.pathsep))
print(os.path is posixpath, sys.modules['os.path'] is posixpath, os.path.__name__)
print(os.error is OSError, os.error.__name__)
print(os.supports_bytes_environ)
print(sys.modules['os'] is os, os.__name__)

data = os.urandom(16)
print(type(data).__name__, len(data))
print(len(os.urandom(0)), os.urandom(0), len(os.urandom(1000)))
print(len(set(os.urandom(64))) > 1)
for bad in [-1, 1.5, '3']:
    try:
        os.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(os.strerror(2))
print(os.strerror(errno.ENOENT), '|', os.strerror(errno.EEXIST), '|', os.strerror(errno.EISDIR))
print(os.strerror(errno.ENOTDIR), '|', os.strerror(errno.ENOTEMPTY), '|', os.strerror(errno.EBADF))
print(os.strerror(errno.EACCES), '|', os.strerror(errno.EINVAL))
try:
    os.strerror('2')
except TypeError as e:
    print(type(e).__name__, e)

print(errno.ENOENT, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY, errno.EBADF)
print(errno.errorcode[2], errno.errorcode[17])
e = OSError(errno.ENOENT, os.strerror(errno.ENOENT), 'some/file')
print(type(e).__name__, e, e.errno, e.strerror, e.filename)
e = OSError(errno.EEXIST, 'exists', 'a', None, 'b')
print(type(e).__name__, e, e.filename2)
print(issubclass(FileNotFoundError, os.error), IsADirectoryError.__mro__[1].__name__)

try:
    open('does/not/exist')
except os.error as e:
    print('caught as os.error:', type(e).__name__, e)

# getpid and friends return ints
print(type(os.getpid()).__name__, os.getpid() > 0)
print(type(os.cpu_count()).__name__)
print(callable(os.get_terminal_size), callable(os.isatty))
print(os.isatty(999))
print(os.fsencode(os.curdir), os.fsdecode(os.pardir.encode()))
print(os.path.join(os.curdir, 'x') == '.' + os.sep + 'x')
print('x' + os.extsep + 'py')
print(os.get_exec_path({'PATH': 'a:b'}), os.get_exec_path({}) == os.defpath.split(os.pathsep))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.O_CREAT != 0, os.O_EXCL != 0, os.O_TRUNC != 0, os.O_APPEND != 0)
print(all(callable(getattr(os, n)) for n in ['stat', 'lstat', 'fstat', 'listdir', 'scandir', 'walk', 'makedirs']))
