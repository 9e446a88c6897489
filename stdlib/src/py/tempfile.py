"""Temporary files and directories (pyrs's tempfile).

Low level: mkstemp(), mkdtemp() and the unsafe mktemp() make unique names.
High level: TemporaryFile(), NamedTemporaryFile(), SpooledTemporaryFile()
and TemporaryDirectory() also clean up after themselves.

The directory used when none is given is gettempdir(): $TMPDIR, $TEMP or
$TMP, else /tmp, /var/tmp or /usr/tmp, else the first directory the WASI
host granted, else the current directory -- the first of these where a file
can really be created.  Setting the module attribute `tempdir` overrides it.
"""

import errno as _errno
import functools as _functools
import io as _io
import os as _os
import shutil as _shutil
import types as _types
import warnings as _warnings
import weakref as _weakref

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

# How many names are tried before giving up.
TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

# Default prefix of the names made here.
template = "tmp"

# The directory chosen by gettempdir() (None until first needed).
tempdir = None


def _open_flags():
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for extra in ('O_NOFOLLOW', 'O_NOINHERIT', 'O_BINARY'):
        flags |= getattr(_os, extra, 0)
    return flags


_bin_openflags = _text_openflags = _open_flags()


# --- names --------------------------------------------------------------------------------

class _RandomNameSequence:
    """Endless iterator of random 8-character names drawn from
    lower-case letters, digits and the underscore."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._owner_pid = None
        self._source = None

    @property
    def rng(self):
        # A forked child must not repeat its parent's names.
        pid = _os.getpid() if hasattr(_os, 'getpid') else None
        if self._source is None or pid != self._owner_pid:
            import random
            self._source = random.Random()
            self._owner_pid = pid
        return self._source

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_shared_names = []


def _get_candidate_names():
    """The module's shared iterator of random names."""
    if not _shared_names:
        _shared_names.append(_RandomNameSequence())
    return _shared_names[0]


def _attempts(pieces_of, parent, prefix, suffix):
    """Yield up to TMP_MAX fresh candidate paths in `parent`."""
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        middle = next(names)
        if pieces_of is bytes:
            middle = _os.fsencode(middle)
        yield _os.path.join(parent, prefix + middle + suffix)


# --- the default directory ------------------------------------------------------------------

def _candidate_tempdir_list():
    """Where a default temporary directory is looked for, in order."""
    found = []
    for variable in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(variable)
        if value:
            found.append(value)
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    # Under WASI only the granted (preopened) directories are reachable.
    granted = getattr(_os, '_preopened_dirs', None)
    if granted is not None:
        found += [d for d in granted() if d not in found]
    try:
        found.append(_os.getcwd())
    except OSError:
        found.append(_os.curdir)
    return found


def _can_write_in(directory):
    """Try to create, write and delete a file in `directory`."""
    for path in _attempts(str, directory, template, ''):
        try:
            fd = _os.open(path, _bin_openflags, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            try:
                _os.write(fd, b'blat')
            finally:
                _os.close(fd)
        finally:
            _os.unlink(path)
        return True
    return False


def _get_default_tempdir():
    """The first usable directory of _candidate_tempdir_list(), made absolute."""
    tried = _candidate_tempdir_list()
    for place in tried:
        if place != _os.curdir:
            place = _os.path.abspath(place)
        try:
            if _can_write_in(place):
                return place
        except OSError:
            pass
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % tried)


def _gettempdir():
    # Chosen once, on first use, unless the program has set `tempdir`.
    chosen = globals()['tempdir']
    if chosen is None:
        chosen = globals()['tempdir'] = _get_default_tempdir()
    return chosen


def gettempdir():
    """The default directory for temporary files, as a str."""
    chosen = _gettempdir()
    return chosen if isinstance(chosen, str) else _os.fsdecode(chosen)


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    chosen = _gettempdir()
    return chosen if isinstance(chosen, bytes) else _os.fsencode(chosen)


def gettempprefix():
    """The default prefix of temporary names, as a str."""
    prefix = template
    return prefix if isinstance(prefix, str) else _os.fsdecode(prefix)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    prefix = template
    return prefix if isinstance(prefix, bytes) else _os.fsencode(prefix)


# --- argument handling shared by the makers -----------------------------------------------

def _infer_return_type(*parts):
    """str or bytes: the one kind used by the non-None parts of a path."""
    kinds = set()
    for part in parts:
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        kinds.add(bytes if isinstance(part, bytes) else str)
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds:
        return kinds.pop()
    return bytes if isinstance(tempdir, bytes) else str


def _sanitize_params(prefix, suffix, dir):
    """Fill in the defaults of prefix, suffix and dir in the right kind."""
    kind = _infer_return_type(prefix, suffix, dir)
    defaults = ((gettempprefixb, bytes(), gettempdirb) if kind is bytes
                else (lambda: template, str(), gettempdir))
    return (defaults[0]() if prefix is None else prefix,
            defaults[1] if suffix is None else suffix,
            defaults[2]() if dir is None else dir,
            kind)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create and open a new file; return (fd, absolute path)."""
    for path in _attempts(output_type, dir, pre, suf):
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


# --- the low-level makers ----------------------------------------------------------------

def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner, opened
    with os.open(); return (fd, absolute path).  Deleting it is up to the
    caller.  `text` only matters on systems that tell text from binary."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix,
                          _text_openflags if text else _bin_openflags, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable only by its owner; return its absolute
    path.  Deleting it is up to the caller."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    for path in _attempts(kind, dir, prefix, suffix):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a name that did not exist when checked.  Unsafe (deprecated):
    someone may create the file before you do; use mkstemp() instead."""
    parent = gettempdir() if dir is None else dir
    for path in _attempts(str, parent, prefix, suffix):
        if not _exists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


# --- named files --------------------------------------------------------------------------

class _TemporaryFileCloser:
    """Closes a temporary file and deletes it by name, when asked to and
    at most once each."""

    close_called = False
    cleanup_called = False

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file, self.name = file, name
        self.delete, self.delete_on_close = delete, delete_on_close

    def _close_file(self):
        if not self.close_called:
            self.close_called = True
            self.file.close()

    def cleanup(self, windows=False, unlink=_os.unlink):
        """Close the file, then delete it if deletion was asked for."""
        if self.cleanup_called:
            return
        self.cleanup_called = True
        try:
            self._close_file()
        finally:
            if self.delete:
                try:
                    unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        """Close the file; delete it too when delete_on_close says so."""
        if self.delete and self.delete_on_close:
            self.cleanup()
        else:
            self._close_file()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """What NamedTemporaryFile() returns: the open file (as `file`) with
    its path (as `name`); other attributes are the file's own."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        vars(self).update(
            file=file, name=name,
            _closer=_TemporaryFileCloser(file, name, delete, delete_on_close))

    def __getattr__(self, attr):
        found = getattr(self.__dict__['file'], attr)
        if not callable(found):
            return found
        # Methods are wrapped so that the wrapper (and with it the closer)
        # lives as long as they do, and kept so that f.write is f.write.
        method = found

        @_functools.wraps(method)
        def through_wrapper(*args, **kwargs):
            return method(*args, **kwargs)
        through_wrapper._closer = self._closer
        setattr(self, attr, through_wrapper)
        return through_wrapper

    def __enter__(self):
        # The file's own __enter__ checks that it is still open.
        type(self.file).__enter__(self.file)
        return self

    def __exit__(self, exc, value, tb):
        try:
            return self.file.__exit__(exc, value, tb)
        finally:
            self._closer.cleanup()

    def close(self):
        """Close the file (deleting it, depending on delete_on_close)."""
        closer = self._closer
        closer.close()

    def __iter__(self):
        # A generator keeps the wrapper alive while the lines are read.
        yield from self.file


def _open_new(dir, mode, buffering, newline, encoding, errors,
              prefix, suffix, kind, then=None):
    """io.open() on a newly made file in dir; return (file, its path).
    `then(path)` runs right after creation."""
    created = []

    def opener(_ignored, _flags):
        fd, path = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, kind)
        created.append(path)
        if then is not None:
            try:
                then(path)
            except BaseException:
                _os.close(fd)
                raise
        return fd

    try:
        stream = _io.open(dir, mode, buffering=buffering, newline=newline,
                          encoding=encoding, errors=errors, opener=opener)
    except BaseException:
        if created and then is None:
            _os.unlink(created[0])
        raise
    return stream, created[0]


def _rename_raw(stream, name):
    inner = getattr(stream, 'buffer', stream)
    getattr(inner, 'raw', inner).name = name


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Open a new temporary file that has a visible name in the file
    system (the result's `name`).  Arguments are those of io.open() and
    mkstemp().  With delete true the file goes away when closed (or only
    when the context manager exits if delete_on_close is false)."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    stream, path = _open_new(dir, mode, buffering, newline, encoding, errors,
                             prefix, suffix, kind)
    try:
        _rename_raw(stream, path)
        return _TemporaryFileWrapper(stream, path, delete, delete_on_close)
    except BaseException:
        stream.close()
        _os.unlink(path)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Open a new temporary file with no name in the file system: it is
    gone once closed.  Arguments are those of io.open() and mkstemp()."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    # The name is removed as soon as the file exists; the descriptor stays.
    stream, _ = _open_new(dir, mode, buffering, newline, encoding, errors,
                          prefix, suffix, kind, then=_os.unlink)
    try:
        raw = getattr(stream, 'buffer', stream)
        _rename_raw(stream, getattr(raw, 'raw', raw).fileno())
    except BaseException:
        stream.close()
        raise
    return stream


# --- spooled files ------------------------------------------------------------------------

class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size (or
    until fileno() or rollover() is called); then it moves to a real
    TemporaryFile() made with the same arguments."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        memory = _io.BytesIO()
        if 'b' not in mode:
            encoding = _io.text_encoding(encoding)
            memory = _io.TextIOWrapper(memory, encoding=encoding,
                                       errors=errors, newline=newline)
        self._file, self._max_size, self._rolled = memory, max_size, False
        self._TemporaryFileArgs = dict(
            mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
            encoding=encoding, newline=newline, dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        limit = self._max_size
        if not self._rolled and limit and file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        old = self._file
        settings = self._TemporaryFileArgs
        del self._TemporaryFileArgs
        new = self._file = TemporaryFile(**settings)
        where = old.tell()
        if hasattr(new, 'buffer'):
            # Text mode: copy the encoded bytes under the text layer.
            new.buffer.write(old.detach().getvalue())
        else:
            new.write(old.getvalue())
        new.seek(where, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        if not self.closed:
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                           stacklevel=2, source=self)
            self.close()

    # mode and name exist before the rollover too.
    @property
    def mode(self):
        current = self._file
        if hasattr(current, 'mode'):
            return current.mode
        return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def fileno(self):
        self.rollover()   # only a real file has a descriptor
        current = self._file
        return current.fileno()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        target = self._file
        return target.truncate() if size is None else target.truncate(size)

    def write(self, s):
        target = self._file
        written = target.write(s)
        self._check(target)
        return written

    def writelines(self, iterable):
        target = self._file
        outcome = target.writelines(iterable)
        self._check(target)
        return outcome



def _spool_forwarder(method):
    def forward(self, *args):
        return getattr(self._file, method)(*args)
    forward.__name__ = method
    forward.__qualname__ = 'SpooledTemporaryFile.' + method
    return forward


def _spool_property(attribute):
    return property(lambda self: getattr(self._file, attribute),
                    doc=f"The {attribute} attribute of the underlying file.")


# Everything else is simply asked of the file currently in use.
for _method in ('close', 'detach', 'flush', 'isatty', 'readable', 'seekable',
                'writable', 'read', 'read1', 'readinto', 'readinto1',
                'readline', 'readlines', 'seek', 'tell'):
    setattr(SpooledTemporaryFile, _method, _spool_forwarder(_method))
for _method in ('closed', 'encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _method, _spool_property(_method))
del _method


# --- directories --------------------------------------------------------------------------

class TemporaryDirectory:
    """A new directory made with mkdtemp(), removed with all its contents
    by cleanup(), by leaving the `with` block (unless delete is false) or,
    with a ResourceWarning, when the object is garbage collected."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix=suffix, prefix=prefix, dir=dir)
        self._tolerant = ignore_cleanup_errors
        self._remove_on_exit = delete
        # Removes the directory if the object is collected before cleanup().
        self._finalizer = _weakref.finalize(
            self, type(self)._cleanup, self.name,
            warn_message=f"Implicitly cleaning up {self!r}",
            ignore_errors=ignore_cleanup_errors, delete=delete)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False, repeated=False):
        def on_error(func, path, exc):
            # A vanished entry is what we wanted anyway.
            if isinstance(exc, FileNotFoundError) or ignore_errors:
                return
            raise exc
        _shutil.rmtree(name, onexc=on_error)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False, delete=True):
        if not delete:
            return
        cls._rmtree(name, ignore_errors=ignore_errors)
        _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._remove_on_exit:
            self.cleanup()

    def cleanup(self):
        """Remove the directory and everything in it."""
        pending = self._finalizer.detach() is not None
        if pending or _os.path.exists(self.name):
            type(self)._rmtree(self.name, ignore_errors=self._tolerant)

    __class_getitem__ = classmethod(_types.GenericAlias)
