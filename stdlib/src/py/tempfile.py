"""Temporary files and directories.

Public helpers: TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile
and TemporaryDirectory (objects that clean up after themselves), and the
lower-level mkstemp, mkdtemp and mktemp.  Names are built from a prefix,
eight random characters and a suffix, inside the directory given or
gettempdir().

Under WASI the default directory is $TMPDIR when set, otherwise the first
preopened directory in which a file can be created.
"""

import errno as _errno
import functools as _functools
import io as _io
import os as _os
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref
from random import Random as _Random

try:
    import _thread
except ImportError:
    _thread = None

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
    "gettempdirb",
]

# How many names are tried before giving up.
TMP_MAX = getattr(_os, 'TMP_MAX', None) or 10000

template = "tmp"

# The directory used when none is given; None until first needed.
tempdir = None

_EXCLUSIVE = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
for _extra in ('O_NOFOLLOW', 'O_CLOEXEC'):
    _EXCLUSIVE |= getattr(_os, _extra, 0)
del _extra


def _alias(cls, item):
    """Support for subscripting the class in type hints."""
    return _types.GenericAlias(cls, item)


_generic = classmethod(_alias)


class _Guard:
    """A lock when threads exist, a do-nothing context otherwise."""

    def __init__(self):
        self._lock = _thread.allocate_lock() if _thread is not None else None

    def __enter__(self):
        if self._lock is not None:
            self._lock.acquire()

    def __exit__(self, *exc):
        if self._lock is not None:
            self._lock.release()


_guard = _Guard()


# ---------------------------------------------------------------------------
# Random names
# ---------------------------------------------------------------------------

class _NameMaker:
    """Endless supply of eight-character random name fragments."""

    letters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = _Random()

    def __iter__(self):
        return self

    def __next__(self):
        pick = self._rng.choice
        return ''.join(pick(self.letters) for _ in range(8))


_names = _NameMaker()


# ---------------------------------------------------------------------------
# Where temporary things go
# ---------------------------------------------------------------------------

def _can_create_in(folder):
    """Try to create (and then remove) a fresh empty file in folder."""
    for _ in range(100):
        probe = _os.path.join(folder, next(_names))
        try:
            fd = _os.open(probe, _EXCLUSIVE, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        _os.close(fd)
        _os.unlink(probe)
        return True
    return False


def _candidate_dirs():
    chosen = _os.environ.get('TMPDIR')
    if chosen:
        return [chosen]
    lister = getattr(_os, '_preopened_dirs', None)
    found = list(lister()) if lister is not None else []
    if not found:
        found = [_os.getcwd()]
    return found


def _find_tempdir():
    options = _candidate_dirs()
    for folder in options:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        if _can_create_in(folder):
            return folder
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s"
                            % options)


def _ensure_tempdir():
    global tempdir
    if tempdir is None:
        with _guard:
            if tempdir is None:
                tempdir = _find_tempdir()
    return tempdir


def gettempdir():
    """Default directory for temporary files, as a str."""
    return _os.fsdecode(_ensure_tempdir())


def gettempdirb():
    """Default directory for temporary files, as bytes."""
    return _os.fsencode(_ensure_tempdir())


def gettempprefix():
    """Default name prefix for temporary files, as a str."""
    return template if isinstance(template, str) else _os.fsdecode(template)


def gettempprefixb():
    """Default name prefix for temporary files, as bytes."""
    return _os.fsencode(gettempprefix())


# ---------------------------------------------------------------------------
# Building and claiming names
# ---------------------------------------------------------------------------

def _pieces(suffix, prefix, folder):
    """Fill in defaults for (suffix, prefix, folder), all str or all bytes."""
    kinds = set()
    for value in (suffix, prefix, folder):
        if value is None:
            continue
        if isinstance(value, _os.PathLike):
            value = _os.fspath(value)
        kinds.add(bytes if isinstance(value, bytes) else str)
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds:
        wanted = kinds.pop()
    else:
        wanted = bytes if isinstance(tempdir, bytes) else str
    if wanted is bytes:
        defaults = (b"", gettempprefixb(), gettempdirb)
    else:
        defaults = ("", gettempprefix(), gettempdir)
    if suffix is None:
        suffix = defaults[0]
    if prefix is None:
        prefix = defaults[1]
    if folder is None:
        folder = defaults[2]()
    return suffix, prefix, folder


def _claim(folder, prefix, suffix, make, what='file'):
    """Call make(path) on fresh candidate paths until one is not taken;
    return (path, whatever make returned)."""
    folder = _os.path.abspath(folder)
    for _ in range(TMP_MAX):
        middle = next(_names)
        if isinstance(prefix, bytes):
            middle = _os.fsencode(middle)
        path = _os.path.join(folder, prefix + middle + suffix)
        try:
            return path, make(path)
        except FileExistsError:
            continue
    raise FileExistsError(_errno.EEXIST,
                          "No usable temporary %s name found" % what)


def _announce(event, path):
    hook = getattr(_sys, 'audit', None)
    if hook is not None:
        hook(event, path)


def _new_file(path):
    _announce("tempfile.mkstemp", path)
    return _os.open(path, _EXCLUSIVE, 0o600)


def _new_dir(path):
    _announce("tempfile.mkdtemp", path)
    _os.mkdir(path, 0o700)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner.

    Returns (descriptor, absolute path); the caller must close and delete
    it.  `text` is accepted for compatibility: POSIX makes no difference
    between text and binary files.
    """
    suffix, prefix, dir = _pieces(suffix, prefix, dir)
    path, fd = _claim(dir, prefix, suffix, _new_file)
    return fd, path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new private directory and return its absolute path."""
    suffix, prefix, dir = _pieces(suffix, prefix, dir)
    path, _ = _claim(dir, prefix, suffix, _new_dir, 'directory')
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """Return a path that did not exist when checked (unsafe: another
    process may create it before you do; prefer mkstemp)."""
    folder = gettempdir() if dir is None else dir
    for _ in range(TMP_MAX):
        path = _os.path.join(folder, prefix + next(_names) + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _pick_encoding(mode, encoding):
    # Text modes resolve the default encoding the way open() does.
    return encoding if 'b' in mode else _io.text_encoding(encoding)


def _open_fresh(mode, buffering, encoding, newline, errors, suffix, prefix,
                dir):
    """Create a new file and open it with io.open; return (path, fileobj).

    The exclusive create happens inside io.open's opener, so an invalid
    mode is refused before anything exists on disk.
    """
    encoding = _pick_encoding(mode, encoding)
    suffix, prefix, dir = _pieces(suffix, prefix, dir)
    made = []

    def attempt(path):
        def opener(name, flags):
            fd = _new_file(name)
            made.append(name)
            return fd
        try:
            return _io.open(path, mode, buffering=buffering,
                            newline=newline, encoding=encoding,
                            errors=errors, opener=opener)
        except BaseException:
            if made:
                _os.unlink(made.pop())
            raise

    return _claim(dir, prefix, suffix, attempt)


# ---------------------------------------------------------------------------
# NamedTemporaryFile
# ---------------------------------------------------------------------------

def _forwarder(method):
    def forward(*args, **kwargs):
        return method(*args, **kwargs)
    return forward


class _TemporaryFileWrapper:
    """Proxy around an open file that removes the file from disk.

    When it is removed depends on the two NamedTemporaryFile switches:
    delete (at all) and delete_on_close (on close() rather than only when
    the with block ends or the wrapper is collected).
    """

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._policy = (delete, delete_on_close)
        self._removed = False

    def _remove(self):
        if self._removed:
            return
        self._removed = True
        try:
            _os.unlink(self.name)
        except FileNotFoundError:
            pass

    def __getattr__(self, attr):
        try:
            inner = self.__dict__['file']
        except KeyError:
            raise AttributeError(attr) from None
        found = getattr(inner, attr)
        if callable(found):
            # Cache a plain function so repeated lookups give one object.
            found = _functools.wraps(found)(_forwarder(found))
            setattr(self, attr, found)
        return found

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        if self._policy[0]:
            self._remove()
        return outcome

    def close(self):
        """Close the file, removing it when the policy says so."""
        try:
            self.file.close()
        finally:
            if self._policy == (True, True):
                self._remove()

    def __iter__(self):
        yield from self.file

    def __del__(self):
        file = self.__dict__.get('file')
        if file is None:
            return
        if not file.closed:
            file.close()
        if self._policy[0]:
            self._remove()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None, delete_on_close=True):
    """Open a new temporary file that has a visible name (`.name`).

    The first arguments are io.open()'s; suffix, prefix and dir shape the
    name as for mkstemp().  With delete true the file is removed when it
    is closed (or, with delete_on_close false, when the with block ends or
    the object is collected).
    """
    path, file = _open_fresh(mode, buffering, encoding, newline, errors,
                             suffix, prefix, dir)
    return _TemporaryFileWrapper(file, path, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """Open a new temporary file that has no name on disk."""
    encoding = _pick_encoding(mode, encoding)
    suffix, prefix, dir = _pieces(suffix, prefix, dir)
    path, fd = _claim(dir, prefix, suffix, _new_file)
    # Drop the directory entry at once; the descriptor keeps the data.
    try:
        _os.unlink(path)
        return _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        try:
            _os.close(fd)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------------------
# SpooledTemporaryFile
# ---------------------------------------------------------------------------

class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size bytes
    (or fileno() is needed), then moved to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *,
                 errors=None):
        encoding = _pick_encoding(mode, encoding)
        self._buffer = _io.BytesIO()
        if 'b' not in mode:
            self._buffer = _io.TextIOWrapper(self._buffer, encoding=encoding,
                                             errors=errors, newline=newline)
        self._limit = max_size
        self._recipe = dict(mode=mode, buffering=buffering, encoding=encoding,
                            newline=newline, suffix=suffix, prefix=prefix,
                            dir=dir, errors=errors)

    __class_getitem__ = _generic

    def _grew(self):
        if self._limit and not self._rolled and self._buffer.tell() > self._limit:
            self.rollover()

    def rollover(self):
        """Move the data to a real file on disk (once)."""
        if self._rolled:
            return
        memory = self._buffer
        disk = TemporaryFile(**self._recipe)
        spot = memory.tell()
        raw = memory if isinstance(memory, _io.BytesIO) else memory.buffer
        (disk if raw is memory else disk.buffer).write(raw.getvalue())
        disk.seek(spot, 0)
        memory.close()
        self._buffer = disk
        self._rolled = True

    # Context management and lifetime.

    def __enter__(self):
        if self._buffer.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._buffer.close()

    def __del__(self):
        if not self.closed:
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                           stacklevel=2, source=self)
            self.close()

    def __iter__(self):
        return self._buffer.__iter__()

    def close(self):
        self._buffer.close()

    @property
    def closed(self):
        return self._buffer.closed

    # Descriptive attributes.

    @property
    def mode(self):
        if self._rolled:
            return self._buffer.mode
        return self._recipe['mode']

    @property
    def name(self):
        return self._buffer.name if self._rolled else None

    @property
    def encoding(self):
        return self._buffer.encoding

    @property
    def errors(self):
        return self._buffer.errors

    @property
    def newlines(self):
        return self._buffer.newlines

    # Plain delegation.

    def detach(self):
        return self._buffer.detach()

    def fileno(self):
        self.rollover()
        return self._buffer.fileno()

    def flush(self):
        self._buffer.flush()

    def isatty(self):
        return self._buffer.isatty()

    def read(self, *args):
        return self._buffer.read(*args)

    def read1(self, *args):
        return self._buffer.read1(*args)

    def readinto(self, b):
        return self._buffer.readinto(b)

    def readinto1(self, b):
        return self._buffer.readinto1(b)

    def readline(self, *args):
        return self._buffer.readline(*args)

    def readlines(self, *args):
        return self._buffer.readlines(*args)

    def readable(self):
        return self._buffer.readable()

    def seekable(self):
        return self._buffer.seekable()

    def writable(self):
        return self._buffer.writable()

    def seek(self, *args):
        return self._buffer.seek(*args)

    def tell(self):
        return self._buffer.tell()

    # Writing may trigger the move to disk.

    def write(self, s):
        count = self._buffer.write(s)
        self._grew()
        return count

    def writelines(self, iterable):
        self._buffer.writelines(iterable)
        self._grew()

    def truncate(self, size=None):
        if size is None:
            return self._buffer.truncate()
        if size > self._limit:
            self.rollover()
        return self._buffer.truncate(size)


# ---------------------------------------------------------------------------
# TemporaryDirectory
# ---------------------------------------------------------------------------

def _unlock_parents(path, top):
    """Give the owner full access to path and its parents up to top."""
    while True:
        try:
            _os.chmod(path, 0o700)
        except OSError:
            pass
        if path == top:
            return
        parent = _os.path.dirname(path)
        if parent == path:
            return
        path = parent


def _wipe(top, ignore_errors):
    """Remove the tree at top, forcing permissions where needed."""
    import shutil

    def trouble(func, path, exc):
        if isinstance(exc, FileNotFoundError):
            return
        if isinstance(exc, PermissionError):
            _unlock_parents(_os.path.dirname(path) or path, top)
            try:
                if _os.path.isdir(path) and not _os.path.islink(path):
                    _wipe_again(path, ignore_errors)
                else:
                    _os.unlink(path)
                return
            except FileNotFoundError:
                return
            except OSError:
                if ignore_errors:
                    return
                raise
        if not ignore_errors:
            raise exc

    shutil.rmtree(top, onexc=trouble)


def _wipe_again(path, ignore_errors):
    import shutil
    _unlock_parents(path, path)
    shutil.rmtree(path, ignore_errors=ignore_errors)


def _finalize_dir(name, warning, ignore_errors, delete):
    if delete:
        _wipe(name, ignore_errors)
        _warnings.warn(warning, ResourceWarning)


class TemporaryDirectory:
    """A new temporary directory, removed by cleanup(), at the end of a
    with block (which yields its name) or when the object is collected.

    ignore_cleanup_errors makes removal best-effort; delete=False keeps
    the directory when the with block ends.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix=suffix, prefix=prefix, dir=dir)
        self._forgiving = ignore_cleanup_errors
        self._delete = delete
        self._finalizer = _weakref.finalize(
            self, _finalize_dir, self.name,
            "Implicitly cleaning up {!r}".format(self),
            ignore_cleanup_errors, delete)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        """Remove the directory now (doing nothing if already gone)."""
        if self._finalizer.detach() is not None or _os.path.exists(self.name):
            _wipe(self.name, self._forgiving)

    __class_getitem__ = _generic
