"""High-level file operations (copying, moving and removing files and trees), written for pyrs."""

import os
import sys
import stat
import errno

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

# Size of the chunks copyfileobj() reads and writes when no length is given.
COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


# Errors meaning "this platform cannot do that", ignored when copying metadata.
_UNSUPPORTED = {getattr(errno, name) for name in ('ENOTSUP', 'EOPNOTSUPP', 'ENOSYS')
                if hasattr(errno, name)}

_DirEntry = getattr(os, 'DirEntry', None)


def _is_entry(obj):
    return _DirEntry is not None and isinstance(obj, _DirEntry)


def _fsdecode(path):
    if isinstance(path, bytes):
        decode = getattr(os, 'fsdecode', None)
        if decode is not None:
            return decode(path)
        return path.decode('utf-8', 'surrogateescape')
    return path


def _fsencode(path):
    if isinstance(path, str):
        encode = getattr(os, 'fsencode', None)
        if encode is not None:
            return encode(path)
        return path.encode('utf-8', 'surrogateescape')
    return path


# ---------------------------------------------------------------- copying files

def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of the file-like object fsrc to the file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _samefile(src, dst):
    if _is_entry(src) and hasattr(os.path, 'samestat'):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    return (os.path.normcase(os.path.abspath(src)) ==
            os.path.normcase(os.path.abspath(dst)))


def _stat(fn):
    if _is_entry(fn):
        return fn.stat()
    return os.stat(fn)


def _islink(fn):
    if _is_entry(fn):
        return fn.is_symlink()
    return os.path.islink(fn)


def _refuse_fifo(fn):
    try:
        st = _stat(fn)
    except OSError:
        return
    if stat.S_ISFIFO(st.st_mode):
        name = fn.path if _is_entry(fn) else fn
        raise SpecialFileError("`%s` is a named pipe" % name)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst; return dst.

    If follow_symlinks is false and src is a symbolic link, a new symbolic
    link is made instead of copying the file it points to.
    """
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifo(src)
    _refuse_fifo(dst)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # A path such as 'missing/' names a directory that is not there.
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def _nofollow_supported(func):
    supported = getattr(os, 'supports_follow_symlinks', None)
    return supported is not None and func in supported


def _try_chmod(func, path, mode, **kwargs):
    try:
        func(path, mode, **kwargs)
    except NotImplementedError:
        pass
    except OSError as e:
        if e.errno not in _UNSUPPORTED:
            raise


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst (where the platform has them)."""
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        lchmod = getattr(os, 'lchmod', None)
        if lchmod is not None:
            _try_chmod(lchmod, dst, stat.S_IMODE(os.lstat(src).st_mode))
        return
    mode = stat.S_IMODE(_stat(src).st_mode)
    chmod = getattr(os, 'chmod', None)
    if chmod is None:
        # No permission bits here; still fail as chmod would on a missing dst.
        os.stat(dst)
        return
    _try_chmod(chmod, dst, mode)


def _set_times(dst, st, follow):
    kwargs = {} if follow else {'follow_symlinks': False}
    if not follow and not _nofollow_supported(os.utime):
        return
    atime_ns = getattr(st, 'st_atime_ns', None)
    mtime_ns = getattr(st, 'st_mtime_ns', None)
    if atime_ns is not None and mtime_ns is not None:
        os.utime(dst, ns=(atime_ns, mtime_ns), **kwargs)
    else:
        os.utime(dst, (st.st_atime, st.st_mtime), **kwargs)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the access and modification times (and permission bits and flags,
    where the platform has them) of src to dst.

    If follow_symlinks is false and both src and dst are symbolic links,
    the links themselves are updated.
    """
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if _is_entry(src):
        st = src.stat(follow_symlinks=follow)
    elif follow:
        st = os.stat(src)
    else:
        st = os.lstat(src)
    _set_times(dst, st, follow)
    chmod = getattr(os, 'chmod', None)
    if chmod is not None:
        mode = stat.S_IMODE(st.st_mode)
        if follow:
            _try_chmod(chmod, dst, mode)
        elif _nofollow_supported(chmod):
            _try_chmod(chmod, dst, mode, follow_symlinks=False)
    chflags = getattr(os, 'chflags', None)
    if chflags is not None and hasattr(st, 'st_flags'):
        if follow:
            _try_chmod(chflags, dst, st.st_flags)
        elif _nofollow_supported(chflags):
            _try_chmod(chflags, dst, st.st_flags, follow_symlinks=False)


def _target_in_dir(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits ("cp src dst"); return the destination.

    dst may be a directory, in which case the file keeps its base name.
    """
    dst = _target_in_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata ("cp -p src dst"); return the destination.

    dst may be a directory, in which case the file keeps its base name.
    """
    dst = _target_in_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---------------------------------------------------------------- copying trees

def ignore_patterns(*patterns):
    """Return a function usable as copytree()'s ignore argument that ignores
    the names matching any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        import fnmatch
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; return dst.

    Errors met on the way are collected and raised together as an Error
    whose argument is a list of (srcname, dstname, message) tuples.
    """
    with os.scandir(src) as it:
        entries = list(it)
    if ignore is not None:
        ignored = ignore(os.fspath(src), [entry.name for entry in entries])
    else:
        ignored = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks,
               dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, srcname, dstname, options)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if getattr(why, 'winerror', None) is None:
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _copy_entry(entry, srcname, dstname, options):
    symlinks, ignore, copy_function, ignore_dangling, dirs_exist_ok = options
    # copy() and copy2() can use the cached stat of the DirEntry.
    if copy_function is copy2 or copy_function is copy:
        srcobj = entry
    else:
        srcobj = srcname
    if entry.is_symlink():
        linkto = os.readlink(srcname)
        if symlinks:
            os.symlink(linkto, dstname)
            copystat(srcobj, dstname, follow_symlinks=not symlinks)
            return
        if not os.path.exists(linkto) and ignore_dangling:
            return
    if entry.is_dir():
        copytree(srcobj, dstname, symlinks, ignore, copy_function,
                 ignore_dangling, dirs_exist_ok)
    else:
        copy_function(srcobj, dstname)


# ---------------------------------------------------------------- removing trees

def _error_handler(ignore_errors, onerror, onexc):
    """The function rmtree() calls as handler(func, path, exc)."""
    if ignore_errors:
        def handler(func, path, exc):
            pass
    elif onexc is not None:
        handler = onexc
    elif onerror is not None:
        def handler(func, path, exc):
            return onerror(func, path, (type(exc), exc, exc.__traceback__))
    else:
        def handler(func, path, exc):
            raise exc
    return handler


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Recursively delete a directory tree.

    If ignore_errors is true, errors are ignored; otherwise onexc(func, path,
    exc) (or the deprecated onerror(func, path, exc_info)) is called for each
    error, and with neither the error is raised. A symbolic link is refused.
    dir_fd is not supported and must be None.
    """
    handler = _error_handler(ignore_errors, onerror, onexc)
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    path = _fsdecode(path)
    try:
        st = os.lstat(path)
    except Exception as err:
        handler(os.lstat, path, err)
        return
    if stat.S_ISLNK(st.st_mode):
        _refuse_link(path, handler)
        return
    if _remove_contents(path, path, handler):
        try:
            os.rmdir(path)
        except OSError as err:
            handler(os.rmdir, path, err)


def _refuse_link(path, handler):
    # The link is opened (followed) before being refused: a dangling link
    # fails on the open.
    try:
        os.stat(path)
    except Exception as err:
        handler(os.open, path, err)
        return
    try:
        raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as err:
        handler(os.path.islink, path, err)


def _set_filename(err, name):
    try:
        err.filename = name
    except AttributeError:
        pass


# The errors are reported as CPython reports them: it opens each directory
# (by its entry name, relative to its parent's descriptor), lists it through
# the descriptor, and removes entries relative to it, so those errors name
# just the entry.

def _remove_contents(path, name, handler):
    """Remove what the directory path holds. Returns False when path could
    not be opened (it is then left alone); name is how that error names it."""
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except NotADirectoryError as err:
        # Opening a file works; listing it does not.
        _set_filename(err, path)
        handler(os.scandir, path, err)
        return True
    except OSError as err:
        _set_filename(err, name)
        handler(os.open, path, err)
        return False
    for entry in entries:
        _remove_entry(entry, os.path.join(path, entry.name), handler)
    return True


def _remove_entry(entry, fullname, handler):
    try:
        is_dir = entry.is_dir(follow_symlinks=False)
    except OSError:
        is_dir = False
    if not is_dir:
        try:
            os.unlink(fullname)
        except OSError as err:
            _set_filename(err, entry.name)
            handler(os.unlink, fullname, err)
        return
    if _remove_contents(fullname, entry.name, handler):
        try:
            os.rmdir(fullname)
        except OSError as err:
            _set_filename(err, entry.name)
            handler(os.rmdir, fullname, err)


# Removal goes by path names, not by directory descriptors.
rmtree.avoids_symlink_attacks = False


# ---------------------------------------------------------------- moving

def _basename(path):
    # basename() of the path without its trailing slashes: 'a/b/' gives 'b'.
    path = os.fspath(path)
    seps = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(seps))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to another place ("mv src dst").

    A rename is tried first; across file systems the source is copied
    (copy_function for files, copytree() for directories) and then removed.
    If dst is a directory, src is moved inside it. Returns the destination.
    """
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        _move_by_copy(src, dst, real_dst, copy_function)
    return real_dst


def _move_by_copy(src, dst, real_dst, copy_function):
    if os.path.islink(src):
        os.symlink(os.readlink(src), real_dst)
        os.unlink(src)
    elif os.path.isdir(src):
        if _destinsrc(src, dst):
            raise Error("Cannot move a directory '%s' into itself"
                        " '%s'." % (src, dst))
        copytree(src, real_dst, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, real_dst)
        os.unlink(src)


# ---------------------------------------------------------------- system queries

class _usage:
    """The (total, used, free) result of disk_usage()."""

    _fields = ('total', 'used', 'free')

    def __init__(self, total, used, free):
        self.total = total
        self.used = used
        self.free = free

    def _tuple(self):
        return (self.total, self.used, self.free)

    def __getitem__(self, index):
        return self._tuple()[index]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._tuple())

    def __eq__(self, other):
        if isinstance(other, _usage):
            other = other._tuple()
        return self._tuple() == other

    def __hash__(self):
        return hash(self._tuple())

    def __repr__(self):
        return 'usage(total=%r, used=%r, free=%r)' % self._tuple()


def disk_usage(path):
    """Return (total, used, free) disk space in bytes for the file system of path."""
    statvfs = getattr(os, 'statvfs', None)
    if statvfs is None:
        raise OSError(errno.ENOSYS, "disk_usage is not available on WASI")
    st = statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _usage(total, used, free)


def _get_uid(name):
    try:
        import pwd
        return pwd.getpwnam(name)[2]
    except (ImportError, KeyError):
        return None


def _get_gid(name):
    try:
        import grp
        return grp.getgrnam(name)[2]
    except (ImportError, KeyError):
        return None


def chown(path, user=None, group=None):
    """Change the owner user and/or group (ids or names) of path."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = user
    gid = group
    if user is None:
        uid = -1
    elif isinstance(user, str):
        uid = _get_uid(user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is None:
        gid = -1
    elif not isinstance(group, int):
        gid = _get_gid(group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


_F_OK = getattr(os, 'F_OK', 0)
_X_OK = getattr(os, 'X_OK', 1)
_PATHSEP = getattr(os, 'pathsep', ':')


def _access_check(fn, mode):
    try:
        st = os.stat(fn)
    except (OSError, ValueError):
        return False
    if stat.S_ISDIR(st.st_mode):
        return False
    access = getattr(os, 'access', None)
    if access is not None:
        return access(fn, mode)
    # Without os.access, judge by the mode bits (WASI has none: nothing
    # is executable there).
    if mode & _X_OK:
        return bool(st.st_mode & 0o111)
    return True


def _default_path():
    try:
        return os.confstr("CS_PATH")
    except (AttributeError, ValueError):
        return getattr(os, 'defpath', '/bin:/usr/bin')


def which(cmd, mode=_F_OK | _X_OK, path=None):
    """Return the path of the command cmd found in path (default: the PATH
    environment variable) with the given access mode, or None."""
    use_bytes = isinstance(cmd, bytes)
    dirname, cmd = os.path.split(cmd)
    if dirname:
        dirs = [dirname]
    else:
        if path is None:
            path = os.environ.get("PATH", None)
            if path is None:
                path = _default_path()
        if not path:
            return None
        if use_bytes:
            dirs = _fsencode(path).split(_fsencode(_PATHSEP))
        else:
            dirs = _fsdecode(path).split(_PATHSEP)
    seen = set()
    for directory in dirs:
        key = os.path.normcase(directory)
        if key in seen:
            continue
        seen.add(key)
        name = os.path.join(directory, cmd)
        if _access_check(name, mode):
            return name
    return None


class _terminal_size:
    """The (columns, lines) pair that os.terminal_size gives in CPython."""

    def __init__(self, size):
        columns, lines = size
        self.columns = columns
        self.lines = lines

    def __getitem__(self, index):
        return (self.columns, self.lines)[index]

    def __len__(self):
        return 2

    def __iter__(self):
        return iter((self.columns, self.lines))

    def __eq__(self, other):
        if isinstance(other, _terminal_size):
            other = (other.columns, other.lines)
        return (self.columns, self.lines) == other

    def __hash__(self):
        return hash((self.columns, self.lines))

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self.columns, self.lines)


_terminal_size_type = getattr(os, 'terminal_size', _terminal_size)


def _env_int(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """Return the terminal size as (columns, lines).

    The COLUMNS and LINES environment variables win when they hold positive
    integers; otherwise the terminal of sys.__stdout__ is asked, and when
    that fails the fallback is used.
    """
    columns = _env_int('COLUMNS')
    lines = _env_int('LINES')
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = _terminal_size_type(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return _terminal_size_type((columns, lines))


# ---------------------------------------------------------------- archives

def _no_archives(*args, **kwargs):
    raise NotImplementedError("archive support (make_archive, unpack_archive "
                              "and their registries) is not available in pyrs")


make_archive = _no_archives
unpack_archive = _no_archives
get_archive_formats = _no_archives
register_archive_format = _no_archives
unregister_archive_format = _no_archives
get_unpack_formats = _no_archives
register_unpack_format = _no_archives
unregister_unpack_format = _no_archives
