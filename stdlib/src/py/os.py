"""Operating system interfaces (os), written for pyrs over its posix module (WASI)."""

import sys
import errno as _errno
import posix as _posix
import abc as _abc
from posix import *
from posix import _exit, _scandir, _preopened_dirs

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


_tuple_new = tuple.__new__
_set_attr = object.__setattr__


def _stat_from(raw):
    """A stat_result from posix's (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns,
    ctime_ns): times as CPython computes them (seconds + nanoseconds * 1e-9)."""
    # Built directly rather than through stat_result(...): posix's tuple is
    # always well formed, so the generic sequence checks are not needed.
    mode, ino, dev, nlink, uid, gid, size, a_ns, m_ns, c_ns = raw
    a_s, a_rest = divmod(a_ns, 1_000_000_000)
    m_s, m_rest = divmod(m_ns, 1_000_000_000)
    c_s, c_rest = divmod(c_ns, 1_000_000_000)
    result = _tuple_new(stat_result, (mode, ino, dev, nlink, uid, gid, size, a_s, m_s, c_s))
    _set_attr(result, '_seq_more', (a_s + a_rest * 1e-9, m_s + m_rest * 1e-9,
                                    c_s + c_rest * 1e-9, a_ns, m_ns, c_ns, 0, 0, 0))
    return result


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
    if dir_fd is None and follow_symlinks is True:
        return _stat_from(_posix.stat(path))
    return _stat_from(_posix.stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    if dir_fd is None:
        return _stat_from(_posix.lstat(path))
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
    """Wrap an open file descriptor in a file object (io.open does the work)."""
    if not isinstance(fd, int):
        raise TypeError(f'invalid fd type ({type(fd)}, expected integer)')
    import io
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


def _dir_entries(directory, listing):
    """DirEntry objects for the (name, d_type, inode) triples of one directory.

    directory is what was listed (None for the working directory); the names
    all have its type, str or bytes."""
    if not listing:
        return []
    if isinstance(listing[0][0], bytes):
        sep_ = b'/'
        directory = directory if directory is not None else b'.'
    else:
        sep_ = '/'
        directory = directory if directory is not None else '.'
    prefix = directory if directory.endswith(sep_) else directory + sep_
    new = object.__new__
    entries = []
    append = entries.append
    for name, d_type, inode in listing:
        entry = new(DirEntry)
        entry.name = name
        entry.path = prefix + name
        entry._d_type = d_type
        entry._inode = inode
        entry._stat = None
        entry._lstat = None
        append(entry)
    return entries


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
        self._entries = iter(_dir_entries(directory, entries))

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
    """Generate (dirpath, dirnames, filenames) for each directory under top.

    Top-down, the caller may edit dirnames in place to prune or reorder the
    directories still to be visited."""
    # One frame per directory still open, innermost last.
    frames = []
    pending = fspath(top)
    while True:
        if pending is not None:
            frame = _WalkFrame.scan(pending, onerror)
            if frame is not None:
                frames.append(frame)
                if topdown:
                    yield frame.dirpath, frame.dirnames, frame.filenames
                    frame.plan_by_name(followlinks)
                else:
                    frame.plan_by_entry(followlinks)
        if not frames:
            return
        current = frames[-1]
        pending = next(current.ahead, None)
        if pending is None:
            frames.pop()
            if not topdown:
                yield current.dirpath, current.dirnames, current.filenames


class _WalkFrame:
    """A directory being walked: its listing, the scan entries of its
    subdirectories, and the subdirectory paths still to enter (`ahead`)."""

    __slots__ = ('dirpath', 'dirnames', 'filenames', 'subdir_entries', 'ahead')

    @classmethod
    def scan(cls, dirpath, onerror):
        """List dirpath; on OSError tell onerror and give None."""
        try:
            with scandir(dirpath) as listing:
                entries = list(listing)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            return None
        frame = cls()
        frame.dirpath = dirpath
        frame.dirnames = []
        frame.filenames = []
        frame.subdir_entries = []
        for entry in entries:
            if _walk_says(entry.is_dir):
                frame.dirnames.append(entry.name)
                frame.subdir_entries.append(entry)
            else:
                frame.filenames.append(entry.name)
        return frame

    def plan_by_name(self, followlinks):
        """Top-down: enter what dirnames names now, judging links by path."""
        subpaths = [path.join(self.dirpath, name) for name in self.dirnames]
        if not followlinks:
            subpaths = [p for p in subpaths if not path.islink(p)]
        self.ahead = iter(subpaths)

    def plan_by_entry(self, followlinks):
        """Bottom-up: enter the subdirectories as scanned, judging links by
        their scan entry."""
        self.ahead = iter([path.join(self.dirpath, entry.name)
                           for entry in self.subdir_entries
                           if followlinks or not _walk_says(entry.is_symlink)])


def _walk_says(test):
    """test(), counting an OSError as False."""
    try:
        return test()
    except OSError:
        return False


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parent directories."""
    bare = _without_trailing_seps(name)
    absent = []
    cursor = bare
    while True:
        parent = path.dirname(cursor)
        if not parent or parent == cursor or path.exists(parent):
            break
        absent.append(parent)
        cursor = _without_trailing_seps(parent)
    for parent in reversed(absent):
        try:
            mkdir(parent)
        except FileExistsError:
            # Someone else made it, or it is a '.'/'..' alias of one just made.
            pass
    dot = '.' if isinstance(bare, str) else b'.'
    if absent and path.basename(bare) == dot:
        return
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and path.isdir(name):
            return
        raise


def _without_trailing_seps(name):
    """name (str or bytes, made a plain path) with the trailing slashes dropped,
    except for a bare root."""
    name = fspath(name)
    slash = '/' if isinstance(name, str) else b'/'
    trimmed = name.rstrip(slash)
    return trimmed if trimmed else name


def removedirs(name):
    """Remove a directory, then each parent that becomes empty."""
    rmdir(name)
    _prune_parents(name)


def _prune_parents(name):
    """Remove the ancestors of name from the nearest up, stopping silently at
    the first one that cannot be removed."""
    current = _without_trailing_seps(name)
    while True:
        parent = path.dirname(current)
        if not parent or parent == current:
            return
        try:
            rmdir(parent)
        except OSError:
            return
        current = _without_trailing_seps(parent)


def renames(old, new):
    """Rename old to new, creating new's parents and pruning old's empty parents."""
    # A name ending in a slash names no file in its parent: nothing to do there.
    new_parent, new_leaf = path.split(new)
    if new_parent and new_leaf and not path.exists(new_parent):
        makedirs(new_parent)
    rename(old, new)
    if all(path.split(old)):
        _prune_parents(old)


def fwalk(top='.', topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    raise NotImplementedError('os.fwalk is not available: WASI has no directory descriptors here')


SEEK_DATA = 3
SEEK_HOLE = 4
