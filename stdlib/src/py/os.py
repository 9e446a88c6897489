"""Operating system interfaces (os), written for pyrs over its posix module (WASI)."""

import sys
import errno as _errno
import posix as _posix
import abc as _abc
from posix import *
from posix import _scandir, _preopened_dirs

import posixpath as path

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_bytes_environ = True
error = OSError

sys.modules['os.path'] = path

_unset = object()


def _unsupported(name, what):
    def fail(*args, **kwargs):
        raise OSError(_errno.ENOTSUP, f'{what}: os.{name}() is not available')
    fail.__name__ = name
    fail.__qualname__ = name
    return fail


fork = _unsupported('fork', 'WASI has no processes')
forkpty = _unsupported('forkpty', 'WASI has no processes')
execv = _unsupported('execv', 'WASI has no processes')
execve = _unsupported('execve', 'WASI has no processes')
execl = _unsupported('execl', 'WASI has no processes')
execle = _unsupported('execle', 'WASI has no processes')
execlp = _unsupported('execlp', 'WASI has no processes')
execlpe = _unsupported('execlpe', 'WASI has no processes')
execvp = _unsupported('execvp', 'WASI has no processes')
execvpe = _unsupported('execvpe', 'WASI has no processes')
spawnv = _unsupported('spawnv', 'WASI has no processes')
spawnve = _unsupported('spawnve', 'WASI has no processes')
spawnl = _unsupported('spawnl', 'WASI has no processes')
spawnle = _unsupported('spawnle', 'WASI has no processes')
spawnlp = _unsupported('spawnlp', 'WASI has no processes')
spawnlpe = _unsupported('spawnlpe', 'WASI has no processes')
spawnvp = _unsupported('spawnvp', 'WASI has no processes')
spawnvpe = _unsupported('spawnvpe', 'WASI has no processes')
system = _unsupported('system', 'WASI has no processes')
popen = _unsupported('popen', 'WASI has no processes')
wait = _unsupported('wait', 'WASI has no processes')
waitpid = _unsupported('waitpid', 'WASI has no processes')
wait3 = _unsupported('wait3', 'WASI has no processes')
wait4 = _unsupported('wait4', 'WASI has no processes')
waitstatus_to_exitcode = _unsupported('waitstatus_to_exitcode', 'WASI has no processes')
setsid = _unsupported('setsid', 'WASI has no processes')
setpgid = _unsupported('setpgid', 'WASI has no processes')
getpgid = _unsupported('getpgid', 'WASI has no processes')
nice = _unsupported('nice', 'WASI has no processes')
posix_spawn = _unsupported('posix_spawn', 'WASI has no processes')
posix_spawnp = _unsupported('posix_spawnp', 'WASI has no processes')
kill = _unsupported('kill', 'WASI has no signals')
killpg = _unsupported('killpg', 'WASI has no signals')
dup = _unsupported('dup', 'WASI cannot duplicate file descriptors')
dup2 = _unsupported('dup2', 'WASI cannot duplicate file descriptors')
pipe = _unsupported('pipe', 'WASI has no pipes')
pipe2 = _unsupported('pipe2', 'WASI has no pipes')
mkfifo = _unsupported('mkfifo', 'WASI has no pipes')

P_WAIT = 0
P_NOWAIT = 1
P_NOWAITO = 1
WNOHANG = 1
TMP_MAX = 238328


def _exit(status):
    sys.stdout.flush()
    sys.stderr.flush()
    raise SystemExit(status)


def chdir(*args, **kwargs):
    path = args[0] if args else kwargs.get('path')
    if isinstance(path, int) and not isinstance(path, bool):
        raise OSError(_errno.ENOTSUP, 'WASI cannot change the current directory to a file '
                                      'descriptor: os.chdir() needs a path')
    _posix.chdir(*args, **kwargs)


def getpid():
    return 42


def getppid():
    return 1


def getuid():
    return 0


geteuid = getgid = getegid = getuid


def getlogin():
    raise OSError(_errno.ENOTSUP, 'WASI has no users: os.getlogin() is not available')


def cpu_count():
    return 1


def process_cpu_count():
    return 1


def umask(mask):
    global _umask
    old, _umask = _umask, mask
    return old


_umask = 0o022


def sync():
    pass


def device_encoding(fd):
    return None


def get_blocking(fd):
    fstat(fd)
    return True


def set_blocking(fd, blocking):
    fstat(fd)


def get_inheritable(fd):
    fstat(fd)
    return False


def set_inheritable(fd, inheritable):
    fstat(fd)


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            close(fd)
        except OSError:
            pass


class _StructSeq:
    """The methods of CPython's structseq types, for `_structseq` to copy: `_seq_fields` are
    the items, `_seq_extra` the fields reachable by name only (None unless given)."""

    _seq_fields = ()
    _seq_extra = ()
    _seq_min = None

    def __new__(cls, sequence, dict=None):
        if not hasattr(sequence, '__iter__') and not hasattr(sequence, '__getitem__'):
            raise TypeError('constructor requires a sequence')
        values = tuple(sequence)
        n, most = len(cls._seq_fields), len(cls._seq_fields) + len(cls._seq_extra)
        least = n if cls._seq_min is None else cls._seq_min
        if least == most and len(values) != n:
            raise TypeError(f'{cls._seq_name}() takes a {n}-sequence ({len(values)}-sequence given)')
        if len(values) < least:
            raise TypeError(f'{cls._seq_name}() takes an at least {least}-sequence '
                            f'({len(values)}-sequence given)')
        if len(values) > most:
            raise TypeError(f'{cls._seq_name}() takes an at most {most}-sequence '
                            f'({len(values)}-sequence given)')
        self = tuple.__new__(cls, values[:n])
        more = tuple(values[n:]) + (None,) * (most - len(values))
        object.__setattr__(self, '_seq_more', cls._defaults(values, more))
        return self

    @staticmethod
    def _defaults(values, more):
        return more

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __setitem__(self, index, value):
        raise TypeError(f"'{self._seq_name}' object does not support item assignment")

    def __delattr__(self, name):
        raise AttributeError('readonly attribute')

    def __reduce__(self):
        return (type(self), (tuple(self) + self._seq_more,))

    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in zip(self._seq_fields, self))
        return f'{self._seq_name}({fields})'


def _structseq(spec):
    """A tuple subclass with the methods of _StructSeq, the class attributes of `spec`
    and a property per field."""
    ns = {k: v for k, v in vars(_StructSeq).items() if k not in ('__dict__', '__weakref__')}
    ns.update((k, v) for k, v in vars(spec).items() if k not in ('__dict__', '__weakref__'))
    cls = type(spec.__name__, (tuple,), ns)
    for i, name in enumerate(cls._seq_fields):
        if name not in cls._seq_extra:
            setattr(cls, name, property(lambda self, i=i: tuple.__getitem__(self, i)))
    for i, name in enumerate(cls._seq_extra):
        setattr(cls, name, property(lambda self, i=i: self._seq_more[i]))
    cls.__match_args__ = tuple(n for n in cls._seq_fields if n not in cls._seq_extra)
    cls.n_sequence_fields = len(cls._seq_fields)
    cls.n_fields = len(set(cls._seq_fields) | set(cls._seq_extra)) + cls.n_unnamed_fields
    return cls


@_structseq
class terminal_size:
    """The (columns, lines) pair of get_terminal_size."""

    _seq_name = 'os.terminal_size'
    _seq_fields = ('columns', 'lines')
    n_unnamed_fields = 0


def get_terminal_size(fd=1):
    if not isatty(fd):
        raise OSError(_errno.ENOTTY, strerror(_errno.ENOTTY))
    raise OSError(_errno.ENOTSUP, 'WASI cannot tell the size of a terminal')


@_structseq
class stat_result:
    """The result of stat, lstat and fstat: 10 items, more fields by name."""

    _seq_name = 'os.stat_result'
    _seq_fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')
    _seq_extra = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
              'st_blksize', 'st_blocks', 'st_rdev')
    _seq_min = 10
    n_unnamed_fields = 3

    @staticmethod
    def _defaults(values, more):
        # The float times default to the int ones, as CPython's constructor does.
        return tuple(values[7 + k] if k < 3 and v is None else v for k, v in enumerate(more))


def _stat_from(raw):
    """A stat_result from posix's (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns,
    ctime_ns): times as CPython computes them (seconds + nanoseconds * 1e-9)."""
    ns = raw[7:10]
    secs = tuple(t // 1_000_000_000 for t in ns)
    floats = tuple(s + (t % 1_000_000_000) * 1e-9 for s, t in zip(secs, ns))
    return stat_result(raw[:7] + secs + floats + ns + (0, 0, 0))


@_structseq
class uname_result:
    __module__ = 'posix'
    _seq_name = 'posix.uname_result'
    _seq_fields = ('sysname', 'nodename', 'release', 'version', 'machine')
    n_unnamed_fields = 0


@_structseq
class times_result:
    __module__ = 'posix'
    _seq_name = 'posix.times_result'
    _seq_fields = ('user', 'system', 'children_user', 'children_system', 'elapsed')
    n_unnamed_fields = 0


def uname():
    return uname_result(('wasi', 'localhost', '0.0.0', '0.0.0', 'wasm32'))


def times():
    import time
    t = time.process_time()
    return times_result((t, 0.0, 0.0, 0.0, time.monotonic()))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _stat_from(_posix.stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _stat_from(_posix.lstat(path, dir_fd=dir_fd))


def fstat(fd):
    return _stat_from(_posix.fstat(fd))


# ----- the os.PathLike protocol -----

class PathLike(_abc.ABC):
    """Abstract base class for objects with a file system path (``__fspath__``)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            # The first class of the MRO defining __fspath__ decides (None refuses).
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    if klass.__dict__['__fspath__'] is None:
                        return NotImplemented
                    return True
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getenv(key, default=None):
    environ._check(key, 'key')
    return environ.get(key, default)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    """An open file object over file descriptor fd (as open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError(f'invalid fd type ({type(fd)}, expected integer)')
    import io
    if 'b' not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def getenvb(key, default=None):
    return environb.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    value = env.get('PATH')
    if value is None:
        value = defpath
    return value.split(pathsep)


# ----- environ -----

class _Environ:
    """The process environment as a mapping of str to str (WASI has no putenv: changes stay
    in this mapping)."""

    def __init__(self, data, bytes_keys=False):
        self._data = data
        self._bytes = bytes_keys

    def _check(self, value, what):
        kind = bytes if self._bytes else str
        if not isinstance(value, kind):
            raise TypeError(f'{kind.__name__} expected, not {type(value).__name__}')
        return value

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key, 'key')
        self._check(value, 'value')
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def pop(self, key, default=_unset):
        if key in self._data:
            return self._data.pop(key)
        if default is _unset:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = list(self._data)[-1]
        return key, self._data.pop(key)

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwargs):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'


environ = _Environ(_posix.environ)


class _EnvironBytes(_Environ):
    """`os.environb`: the environment with bytes keys and values, kept in step with environ."""

    def __init__(self, text):
        self._text = text
        self._bytes = True

    @property
    def _data(self):
        return {k.encode('utf-8', 'surrogateescape'): v.encode('utf-8', 'surrogateescape')
                for k, v in self._text.items()}

    def __setitem__(self, key, value):
        self._check(key, 'key')
        self._check(value, 'value')
        self._text[key.decode('utf-8', 'surrogateescape')] = value.decode('utf-8', 'surrogateescape')

    def __delitem__(self, key):
        del self._text[self._check(key, 'key').decode('utf-8', 'surrogateescape')]

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'


environb = _EnvironBytes(environ)


def putenv(key, value):
    environ._check(key, 'key')
    environ._check(value, 'value')


def unsetenv(key):
    environ._check(key, 'key')


# ----- directories -----

_DT_DIR, _DT_REG, _DT_LNK = 4, 8, 10


class DirEntry:
    """An entry of os.scandir(): the name, the path, and the file type (cached)."""

    __module__ = 'posix'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def _setup(self, directory, name, d_type, inode):
        self.name = name
        if isinstance(name, bytes):
            sep_ = b'/'
            directory = directory if directory is not None else b'.'
        else:
            sep_ = '/'
            directory = directory if directory is not None else '.'
        if directory.endswith(sep_):
            self.path = directory + name
        else:
            self.path = directory + sep_ + name
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None

    def inode(self):
        return self._inode

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._get_lstat()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self._get_lstat()
        return self._stat

    def _test(self, d_type, mask, follow_symlinks):
        if self._d_type == _DT_LNK and follow_symlinks:
            try:
                st = self.stat()
            except FileNotFoundError:
                return False
            return (st.st_mode & 0o170000) == mask
        if self._d_type == 0:
            try:
                st = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return (st.st_mode & 0o170000) == mask
        return self._d_type == d_type

    def is_dir(self, *, follow_symlinks=True):
        return self._test(_DT_DIR, 0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test(_DT_REG, 0o100000, follow_symlinks)

    def is_symlink(self):
        if self._d_type == 0:
            try:
                return (self._get_lstat().st_mode & 0o170000) == 0o120000
            except FileNotFoundError:
                return False
        return self._d_type == _DT_LNK

    def is_junction(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


def _dir_entry(directory, name, d_type, inode):
    entry = object.__new__(DirEntry)
    entry._setup(directory, name, d_type, inode)
    return entry


class ScandirIterator:
    """What os.scandir() returns: an iterator of DirEntry, also a context manager."""

    __module__ = 'posix'

    def __init__(self, path):
        if path is None:
            directory = None
            entries = _scandir()
        else:
            entries = _scandir(path)
            directory = fspath(path)
        self._entries = iter([_dir_entry(directory, n, t, i) for n, t, i in entries])

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        return next(self._entries)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    return ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory in the tree under top."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            while True:
                try:
                    entry = next(it)
                except StopIteration:
                    break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and every missing parent."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, creating the new parents and removing the old ones left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fwalk(top='.', topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    raise NotImplementedError('os.fwalk is not available: WASI has no directory descriptors here')


SEEK_DATA = 3
SEEK_HOLE = 4
