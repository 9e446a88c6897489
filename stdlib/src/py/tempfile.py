"""Temporary files and directories (CPython's tempfile module), written for pyrs."""

import os as _os
import io as _io
import errno as _errno
import random as _random
import shutil as _shutil
import functools as _functools

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]


def _open_flags(binary):
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for name in ('O_NOFOLLOW', 'O_NOINHERIT') + (('O_BINARY',) if binary else ()):
        flags |= getattr(_os, name, 0)
    return flags


_text_openflags = _open_flags(False)
_bin_openflags = _open_flags(True)

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

# The default prefix of the names made here.
template = "tmp"

# The directory used when no dir= is given; computed on first use.
tempdir = None

_name_sequence = None


def _fsencode(path):
    encode = getattr(_os, 'fsencode', None)
    if encode is not None:
        return encode(path)
    if isinstance(path, str):
        return path.encode('utf-8', 'surrogateescape')
    return path


def _fsdecode(path):
    decode = getattr(_os, 'fsdecode', None)
    if decode is not None:
        return decode(path)
    if isinstance(path, bytes):
        return path.decode('utf-8', 'surrogateescape')
    return path


def _resource_warning(message, stacklevel=2):
    # Silent where the warnings module is missing (and, by default, in CPython).
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, ResourceWarning, stacklevel=stacklevel + 1)


def _exists(path):
    try:
        _os.lstat(path)
    except OSError:
        return False
    return True


# ---------------------------------------------------------------- random names

class _UrandomChooser:
    """Stands in for random.Random where the random module has no class:
    draws straight from os.urandom."""

    def choices(self, population, k=1):
        n = len(population)
        limit = 256 - 256 % n
        picked = []
        while len(picked) < k:
            for byte in _os.urandom(2 * k):
                if byte < limit and len(picked) < k:
                    picked.append(population[byte % n])
        return picked


def _new_rng():
    cls = getattr(_random, 'Random', None)
    if cls is None:
        return _UrandomChooser()
    # Random() without a seed is seeded from os.urandom.
    return cls()


class _RandomNameSequence:
    """An endless iterator of 8-character random names, with a generator
    of its own (made again in a forked child)."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, '_rng_pid', None):
            self._rng = _new_rng()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


# ---------------------------------------------------------------- the temporary directory

def _candidate_tempdir_list():
    """The directories _get_default_tempdir() tries, in order."""
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    # pyrs: the directories the WASI host granted.
    preopened = getattr(_os, '_preopened_dirs', None)
    if preopened is not None:
        dirlist.extend(preopened())
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _usable_tempdir(directory, namer):
    """Whether a file can be made, written and removed in directory."""
    for _ in range(100):
        filename = _os.path.join(directory, next(namer))
        try:
            fd = _os.open(filename, _bin_openflags, 0o600)
            try:
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
            finally:
                _os.unlink(filename)
            return True
        except FileExistsError:
            pass
        except OSError:
            return False
    return False


def _get_default_tempdir():
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for directory in dirlist:
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        if _usable_tempdir(directory, namer):
            return directory
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % dirlist)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """Return the default directory for temporary files, as str."""
    return _fsdecode(_gettempdir())


def gettempdirb():
    """Return the default directory for temporary files, as bytes."""
    return _fsencode(_gettempdir())


def gettempprefix():
    """Return the default prefix of temporary names, as str."""
    return _fsdecode(template)


def gettempprefixb():
    """Return the default prefix of temporary names, as bytes."""
    return _fsencode(template)


# ---------------------------------------------------------------- arguments

def _infer_return_type(*args):
    """str or bytes, from the types of the path arguments that are not None."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if not isinstance(arg, (str, bytes)) and hasattr(arg, '__fspath__'):
            arg = _os.fspath(arg)
        kind = bytes if isinstance(arg, bytes) else str
        if return_type is not None and kind is not return_type:
            raise TypeError("Can't mix bytes and non-bytes in "
                            "path components.")
        return_type = kind
    if return_type is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _names_of(output_type):
    names = _get_candidate_names()
    if output_type is bytes:
        return map(_fsencode, names)
    return names


# ---------------------------------------------------------------- mkstemp and friends

def _mkstemp_inner(dir, pre, suf, flags, output_type):
    dir = _os.path.abspath(dir)
    names = _names_of(output_type)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, pre + next(names) + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file, open for reading and writing and readable and
    writable by its owner only; return (fd, absolute path).

    The caller must close and remove it.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable by its owner only; return its absolute path.

    The caller must remove it.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _names_of(output_type)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a name that did not exist when checked (unsafe: another
    process may take it first; use mkstemp())."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


# ---------------------------------------------------------------- file objects

class _TemporaryFileCloser:
    """Closes the file and removes it (when delete is true)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close
        self.cleanup_called = False
        self.close_called = False

    def cleanup(self):
        if self.cleanup_called:
            return
        self.cleanup_called = True
        try:
            if not self.close_called:
                self.close_called = True
                self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        if self.close_called:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete and self.delete_on_close:
                self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """A file object that knows its name and removes the file when done;
    other attributes come from the file."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        attr = getattr(self.__dict__['file'], name)
        if callable(attr):
            attr = self._wrap_method(attr)
        # Methods and other non-numbers are kept; numbers such as 'closed'
        # change and are looked up each time.
        if not isinstance(attr, int):
            setattr(self, name, attr)
        return attr

    def _wrap_method(self, method):
        def func_wrapper(*args, **kwargs):
            return method(*args, **kwargs)
        try:
            _functools.update_wrapper(func_wrapper, method)
        except (AttributeError, TypeError):
            pass
        # The wrapper keeps the closer (and so the file) alive.
        func_wrapper._closer = self._closer
        return func_wrapper

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        return result

    def close(self):
        """Close the file, and remove it if so asked."""
        self._closer.close()

    def __iter__(self):
        # A generator rather than iter(self.file): the wrapper must stay alive
        # while it is iterated.
        for line in self.file:
            yield line


def _text_encoding(mode, encoding):
    if "b" in mode:
        return encoding
    text_encoding = getattr(_io, 'text_encoding', None)
    if text_encoding is None:
        return encoding
    return text_encoding(encoding)


def _set_raw_name(file, name):
    raw = getattr(file, 'buffer', file)
    raw = getattr(raw, 'raw', raw)
    try:
        raw.name = name
    except (AttributeError, TypeError):
        pass


def _close_quietly(fd):
    try:
        _os.close(fd)
    except OSError:
        pass


def _open_fd(fd, mode, buffering, encoding, newline, errors):
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline,
                       encoding=encoding, errors=errors)
    except BaseException:
        _close_quietly(fd)
        raise


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Create a temporary file as mkstemp() does and return it open, in a
    wrapper whose .name is its path.

    With delete true the file is removed when closed (or, if delete_on_close
    is false, when the with-block ends or the object goes away).
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    encoding = _text_encoding(mode, encoding)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        file = _open_fd(fd, mode, buffering, encoding, newline, errors)
        try:
            _set_raw_name(file, name)
            return _TemporaryFileWrapper(file, name, delete, delete_on_close)
        except BaseException:
            file.close()
            raise
    except BaseException:
        _os.unlink(name)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return an open temporary file that has no name: it is
    removed at once where the platform allows it, else when closed."""
    encoding = _text_encoding(mode, encoding)
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        _os.unlink(name)
    except OSError:
        # The host cannot remove an open file: remove it on close instead.
        try:
            file = _open_fd(fd, mode, buffering, encoding, newline, errors)
        except BaseException:
            _os.unlink(name)
            raise
        _set_raw_name(file, name)
        return _TemporaryFileWrapper(file, name, True, True)
    except BaseException:
        _close_quietly(fd)
        raise
    file = _open_fd(fd, mode, buffering, encoding, newline, errors)
    _set_raw_name(file, fd)
    return file


class SpooledTemporaryFile:
    """A temporary file kept in memory (io.BytesIO, or a TextIOWrapper on
    one) until it grows past max_size or its fileno() is asked for; then it
    is rolled over to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _text_encoding(mode, encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                          errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {
            'mode': mode, 'buffering': buffering, 'suffix': suffix,
            'prefix': prefix, 'encoding': encoding, 'newline': newline,
            'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        old = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = old.tell()
        if hasattr(new, 'buffer'):
            new.buffer.write(old.detach().getvalue())
        else:
            new.write(old.getvalue())
        new.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __next__(self):
        line = self._file.readline()
        if not line:
            raise StopIteration
        return line

    def __del__(self):
        try:
            if self.closed:
                return
        except AttributeError:
            return
        _resource_warning("Unclosed file {!r}".format(self))
        self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        written = file.write(s)
        self._check(file)
        return written

    def writelines(self, iterable):
        file = self._file
        result = file.writelines(iterable)
        self._check(file)
        return result

    def detach(self):
        return self._file.detach()


# ---------------------------------------------------------------- directories

def _resetperms(path):
    chflags = getattr(_os, 'chflags', None)
    if chflags is not None:
        try:
            chflags(path, 0)
        except OSError:
            pass
    chmod = getattr(_os, 'chmod', None)
    if chmod is not None:
        chmod(path, 0o700)


def _remove_tree(name, ignore_errors=False, repeated=False):
    """rmtree() that skips vanished entries and retries after making
    entries writable on a PermissionError."""
    def onexc(func, path, exc):
        if isinstance(exc, FileNotFoundError):
            return
        if isinstance(exc, PermissionError) and not (repeated and path == name):
            _retry_removal(name, path, ignore_errors)
            return
        if not ignore_errors:
            raise exc
    _shutil.rmtree(name, onexc=onexc)


def _retry_removal(top, path, ignore_errors):
    try:
        if path != top:
            _resetperms(_os.path.dirname(path))
        _resetperms(path)
        try:
            _os.unlink(path)
        except IsADirectoryError:
            _remove_tree(path, ignore_errors)
        except PermissionError:
            if not _os.path.isdir(path):
                if ignore_errors:
                    return
                raise
            _remove_tree(path, ignore_errors, repeated=(path == top))
    except FileNotFoundError:
        pass


class TemporaryDirectory:
    """A directory made by mkdtemp(); usable as a context manager giving its
    name, and removed with its contents at the end (unless delete is false)
    or by cleanup()."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._finalized = False
        self._warn_message = "Implicitly cleaning up {!r}".format(self)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        first = not self._finalized
        self._finalized = True
        if first or _os.path.exists(self.name):
            _remove_tree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        # The implicit clean-up CPython does when the object goes away.
        if getattr(self, '_finalized', True) or not self._delete:
            return
        self._finalized = True
        _remove_tree(self.name, ignore_errors=self._ignore_cleanup_errors)
        _resource_warning(self._warn_message)
