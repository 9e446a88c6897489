# OSError: attributes and str() with 1..5 args, subclass selection by errno.
import errno
for args in [(), ('msg',), (2, 'No such file'), (2, 'No such file', 'a.txt'), (2, 'No such file', 'a.txt', None, 'b.txt'),
             (13, 'Denied', 'x', None), (1, 2, 3, 4, 5, 6), ('a', 'b', 'c')]:
    e = OSError(*args)
    print(type(e).__name__, repr(e.errno), repr(e.strerror), repr(e.filename), repr(e.filename2), '|', str(e), '|', e.args)
for name in ['ENOENT', 'EEXIST', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EAGAIN', 'EWOULDBLOCK', 'EALREADY',
             'EINPROGRESS', 'EPIPE', 'ESHUTDOWN', 'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'ECHILD',
             'ESRCH', 'EINTR', 'EINVAL', 'ENOSPC', 'EBADF']:
    e = OSError(getattr(errno, name), 'text')
    print(name, type(e).__name__, isinstance(e, OSError), e.errno == getattr(errno, name))
print(type(OSError(99999, 'x')).__name__)
print(type(OSError(2)).__name__, type(OSError('2', 'x')).__name__, type(OSError(2, 'x', 'f', 0, 'g', 'h')).__name__)
e = FileNotFoundError(2, 'gone', 'path.txt')
print(str(e), repr(e), e.errno, e.filename)
e2 = FileNotFoundError('just a message')
print(str(e2), e2.errno, e2.strerror)
print(type(PermissionError(2, 'x')).__name__, IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(BlockingIOError, OSError), issubclass(ConnectionRefusedError, ConnectionError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError), issubclass(InterruptedError, OSError))
b = BlockingIOError(11, 'would block', 5)
print(b.characters_written, str(b))
try:
    BlockingIOError(11, 'x').characters_written
except AttributeError as err:
    print(type(err).__name__, err)
e = OSError(5, 'io')
e.errno = 7
e.strerror = 'changed'
e.filename = 'f'
print(str(e), e.args)
try:
    open('/definitely/not/here.txt')
except OSError as err:
    print(type(err).__name__, err.errno, err.strerror, err.filename, err)
try:
    raise FileExistsError(17, 'File exists', 'dir1', None, 'dir2')
except OSError as err:
    print(type(err).__name__, err)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, 'x')).__name__, MyOSError(2, 'x').errno)
print(OSError(2, 'x').__reduce__()[1], str(OSError(None, 'x')), str(OSError(2, None)))
raise OSError(2, 'No such file or directory', 'final.txt')
