import errno
import os


def attrs(e):
    return (type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))


def show(label, fn):
    try:
        print(label, repr(fn()))
    except OSError as e:
        print(label, *attrs(e))
    except Exception as e:
        print(label, type(e).__name__, e)


os.mkdir('adir')
with open('file', 'w') as f:
    f.write('x')

show('missing', lambda: open('no/such/file'))
show('missing bytes', lambda: open(b'missing.txt'))
show('missing rb', lambda: open('missing.txt', 'rb'))
show('is a dir', lambda: open('adir'))
show('is a dir w', lambda: open('adir', 'w'))
show('is a dir rb0', lambda: open('adir', 'rb', buffering=0))
show('exists', lambda: open('file', 'x'))
show('exists dir', lambda: open('adir', 'x'))
show('not a dir', lambda: open('file/x'))
show('not a dir w', lambda: open('file/x', 'w'))
show('bad fd', lambda: open(987654))
show('os.remove missing', lambda: os.remove('missing.txt'))
show('os.rmdir file', lambda: os.rmdir('file'))
show('os.mkdir exists', lambda: os.mkdir('adir'))
show('os.listdir file', lambda: os.listdir('file'))
show('os.rename', lambda: os.rename('missing.txt', 'other.txt'))

try:
    open('missing.txt')
except FileNotFoundError as e:
    print(isinstance(e, OSError), isinstance(e, IOError), isinstance(e, EnvironmentError))
    print(e.errno == errno.ENOENT, repr(e))

print('-- construction')
for args in [(), ('just a message',), (2,), (2, 'msg'), (2, 'msg', 'fname'),
             (2, 'msg', 'fname', None), (2, 'msg', 'fname', None, 'fname2'),
             (17, 'exists', 'a', None, 'b'), (1, 2, 3, 4, 5, 6), ('a', 'b'),
             (2, 'msg', None, None, 'f2'), (2, 'msg', b'bytes name'), (99999, 'unknown'),
             (errno.EISDIR, 'dir'), (errno.ENOTDIR, 'notdir'), (errno.EACCES, 'acc'),
             (errno.EPERM, 'perm'), (errno.EEXIST, 'ex'), (errno.EAGAIN, 'again'),
             (errno.ECHILD, 'child'), (errno.EINTR, 'intr'), (errno.ESRCH, 'srch'),
             (errno.ETIMEDOUT, 'timeout'), (errno.ECONNREFUSED, 'refused'),
             (errno.EPIPE, 'pipe'), (errno.ECONNRESET, 'reset'), (errno.ECONNABORTED, 'aborted'),
             (errno.EWOULDBLOCK, 'block'), (errno.EINPROGRESS, 'progress'),
             (errno.ESHUTDOWN, 'shutdown'), (errno.EALREADY, 'already'), ('2', 'str errno')]:
        e = OSError(*args)
        print(args, *attrs(e))

print('-- subclasses constructed directly')
e = FileNotFoundError('only message')
print(*attrs(e))
e = FileNotFoundError(2, 'No such file', 'f.txt')
print(*attrs(e))
e = IsADirectoryError(1, 'mismatched errno')
print(*attrs(e))
e = PermissionError(errno.EACCES, 'denied', 'p', None, 'q')
print(*attrs(e))
e = BlockingIOError(errno.EAGAIN, 'blocked', 5)
print(*attrs(e))
show('characters_written', lambda: e.characters_written)

print('-- identities and hierarchy')
print(IOError is OSError, EnvironmentError is OSError, os.error is OSError)
for cls in [FileNotFoundError, FileExistsError, IsADirectoryError, NotADirectoryError,
            PermissionError, BlockingIOError, ChildProcessError, InterruptedError,
            ProcessLookupError, TimeoutError, ConnectionError, BrokenPipeError,
            ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

print('-- attributes are writable')
e = OSError(2, 'msg')
e.filename = 'set later'
e.errno = 5
e.strerror = 'changed'
print(*attrs(e))
e.filename2 = 'second'
print(str(e))

print('-- raising and catching')
try:
    raise OSError(errno.ENOENT, 'raised', 'r.txt')
except FileNotFoundError as e:
    print('caught as FileNotFoundError', repr(e))
try:
    raise FileExistsError
except OSError as e:
    print('bare class', *attrs(e))
print(sorted(os.listdir('.')))
