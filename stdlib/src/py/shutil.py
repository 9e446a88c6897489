"""High-level file operations: copying files and whole trees, removing and
moving trees, building and unpacking archives, and a few related helpers."""

import collections
import errno
import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

# Chunk size used when streaming file contents.
COPY_BUFSIZE = (1 << 20) if os.name == 'nt' else (1 << 16)


def _module_available(name):
    try:
        __import__(name)
    except ImportError:
        return False
    return True


_ZLIB_SUPPORTED = _module_available('zlib')
_BZ2_SUPPORTED = _module_available('bz2')
_LZMA_SUPPORTED = _module_available('lzma')


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination name one and the same file."""


class SpecialFileError(OSError):
    """The operation cannot be done on a special file such as a FIFO."""


class ExecError(OSError):
    """An external command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """Registering or unregistering an archive format failed."""


def _audit(event, *args):
    hook = getattr(sys, 'audit', None)
    if hook is not None:
        hook(event, *args)


def _os_error(code, filename=None):
    if filename is None:
        return OSError(code, os.strerror(code))
    return OSError(code, os.strerror(code), filename)


# ---------------------------------------------------------------------------
# Copying single files
# ---------------------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Stream everything readable from fsrc into fdst, length bytes at a time."""
    size = length or COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(size)
        if not chunk:
            return
        write(chunk)


def _stat_of(path, follow=True):
    if isinstance(path, os.DirEntry):
        return path.stat(follow_symlinks=follow)
    return os.stat(path, follow_symlinks=follow)


def _is_link(path):
    if isinstance(path, os.DirEntry):
        return path.is_symlink()
    return os.path.islink(path)


def _same_file(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except (OSError, AttributeError):
        pass
    try:
        left = os.path.normcase(os.path.abspath(src))
        return left == os.path.normcase(os.path.abspath(dst))
    except (TypeError, ValueError):
        return False


def _refuse_fifo(path):
    try:
        info = _stat_of(path)
    except OSError:
        return
    if stat.S_ISFIFO(info.st_mode):
        raise SpecialFileError("`%s` is a named pipe" % os.fspath(path))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src into the file dst and return dst.

    With follow_symlinks false, a symbolic link src is recreated as a link.
    """
    _audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifo(src)
    _refuse_fifo(dst)
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader, open(dst, 'wb') as writer:
        copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    _audit("shutil.copymode", src, dst)
    both_links = (not follow_symlinks and _is_link(src)
                  and os.path.islink(dst))
    if both_links:
        lchmod = getattr(os, 'lchmod', None)
        if lchmod is None:
            return
        lchmod(dst, stat.S_IMODE(os.lstat(src).st_mode))
        return
    os.chmod(dst, stat.S_IMODE(_stat_of(src).st_mode))


def _ignore_call(*args, **kwargs):
    return None


def _metadata_call(name, follow):
    """The os function `name`, or a no-op when it cannot act on a link."""
    func = getattr(os, name, None)
    if func is None:
        return _ignore_call
    if follow:
        return func
    capable = getattr(os, 'supports_follow_symlinks', None)
    if capable is not None and func not in capable:
        return _ignore_call
    return func


def _copy_xattrs(src, dst, follow):
    lister = getattr(os, 'listxattr', None)
    if lister is None:
        return
    quiet = (errno.ENOTSUP, errno.ENODATA, errno.EINVAL)
    try:
        names = lister(src, follow_symlinks=follow)
    except OSError as exc:
        if exc.errno not in quiet:
            raise
        return
    for attr in names:
        try:
            value = os.getxattr(src, attr, follow_symlinks=follow)
            os.setxattr(dst, attr, value, follow_symlinks=follow)
        except OSError as exc:
            if exc.errno not in quiet + (errno.EPERM, errno.EACCES):
                raise


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits, timestamps and flags from src to dst."""
    _audit("shutil.copystat", src, dst)
    follow = follow_symlinks or not (_is_link(src) and os.path.islink(dst))
    info = _stat_of(src, follow)
    times = (info.st_atime_ns, info.st_mtime_ns)
    _metadata_call('utime', follow)(dst, ns=times, follow_symlinks=follow)
    _copy_xattrs(src, dst, follow)
    try:
        _metadata_call('chmod', follow)(dst, stat.S_IMODE(info.st_mode),
                                        follow_symlinks=follow)
    except NotImplementedError:
        pass
    flags = getattr(info, 'st_flags', None)
    if flags is not None:
        try:
            _metadata_call('chflags', follow)(dst, flags,
                                              follow_symlinks=follow)
        except OSError as exc:
            if exc.errno not in (getattr(errno, 'EOPNOTSUPP', None),
                                 getattr(errno, 'ENOTSUP', None)):
                raise


def _into_directory(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but also carries over timestamps and other metadata."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# ---------------------------------------------------------------------------
# Trees
# ---------------------------------------------------------------------------

def ignore_patterns(*patterns):
    """Build an `ignore` callable for copytree() from glob-style patterns."""
    def matching_names(path, names):
        hits = set()
        for pattern in patterns:
            hits.update(fnmatch.filter(names, pattern))
        return hits
    return matching_names


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory src to dst and return dst.

    Failures on individual entries are gathered and raised together as an
    Error whose argument is a list of (source, destination, reason).
    """
    _audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks,
               dirs_exist_ok)
    return _copy_listing(entries, src, dst, options)


def _copy_listing(entries, src, dst, options):
    symlinks, ignore, copy_function, skip_dangling, exist_ok = options
    if ignore is None:
        skipped = ()
    else:
        skipped = ignore(os.fspath(src), [entry.name for entry in entries])
    os.makedirs(dst, exist_ok=exist_ok)
    problems = []

    def descend(source, target):
        copytree(source, target, symlinks, ignore, copy_function,
                 skip_dangling, exist_ok)

    for entry in entries:
        if entry.name in skipped:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                pointee = os.readlink(source)
                if symlinks:
                    os.symlink(pointee, target)
                    copystat(source, target, follow_symlinks=False)
                    continue
                # Note: the target text is checked as-is, relative to the
                # current directory, as CPython does.
                if skip_dangling and not os.path.exists(pointee):
                    continue
            if entry.is_dir():
                descend(source, target)
            else:
                copy_function(source, target)
        except Error as exc:
            problems.extend(exc.args[0])
        except OSError as exc:
            problems.append((source, target, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        if getattr(exc, 'winerror', None) is None:
            problems.append((src, dst, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None,
           dir_fd=None):
    """Delete a directory and everything below it.

    Errors go to onexc(function, path, exception) when given, else to the
    older onerror(function, path, exc_info); with ignore_errors they are
    dropped, and with no handler at all they propagate.
    """
    _audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def report(func, where, exc):
            pass
    elif onexc is not None:
        report = onexc
    elif onerror is not None:
        def report(func, where, exc):
            onerror(func, where, (type(exc), exc, exc.__traceback__))
    else:
        def report(func, where, exc):
            raise exc
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    _remove_tree(path, report)


# This implementation works on paths, not on directory descriptors.
rmtree.avoids_symlink_attacks = False


def _remove_tree(path, report):
    # The failing step is reported under the same function names CPython's
    # descriptor-based version uses: lstat, open, islink, scandir, unlink
    # and rmdir.
    try:
        own = os.lstat(path)
    except OSError as exc:
        report(os.lstat, path, exc)
        return
    try:
        followed = os.stat(path)
    except OSError as exc:
        report(os.open, path, exc)
        return
    try:
        if not os.path.samestat(own, followed):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as exc:
        report(os.path.islink, path, exc)
        return
    _empty_directory(path, report)
    try:
        os.rmdir(path)
    except OSError as exc:
        report(os.rmdir, path, exc)


def _empty_directory(path, report):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError as exc:
        report(os.scandir, path, exc)
        return
    for entry in entries:
        child = os.path.join(path, entry.name)
        try:
            subdir = entry.is_dir(follow_symlinks=False)
        except OSError:
            subdir = False
        if subdir:
            _remove_tree(child, report)
            continue
        try:
            os.unlink(child)
        except OSError as exc:
            report(os.unlink, child, exc)


def _trimmed_basename(path):
    path = os.fspath(path)
    separators = os.path.sep + (os.path.altsep or '')
    if isinstance(path, bytes):
        separators = os.fsencode(separators)
    return os.path.basename(path.rstrip(separators))


def _inside(src, dst):
    """True when dst lies within (or is) the directory src."""
    def with_slash(p):
        p = os.path.abspath(p)
        tail = os.sep if isinstance(p, str) else os.fsencode(os.sep)
        return p if p.endswith(tail) else p + tail
    return with_slash(dst).startswith(with_slash(src))


def _is_immutable(path):
    flags = getattr(_stat_of(path), 'st_flags', None)
    if flags is None:
        return False
    return flags in (getattr(stat, 'UF_IMMUTABLE', 2),
                     getattr(stat, 'SF_IMMUTABLE', 0x20000))


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst and return where it ended up.

    A plain rename is tried first; when that fails the data is copied with
    copy_function (or copytree for directories) and the source removed.
    """
    _audit("shutil.move", src, dst)
    destination = dst
    if os.path.isdir(dst):
        if _same_file(src, dst) and not os.path.islink(src):
            # Only the spelling differs (or nothing at all): just rename.
            os.rename(src, dst)
            return None
        destination = os.path.join(dst, _trimmed_basename(src))
        if os.path.exists(destination):
            raise Error("Destination path '%s' already exists" % destination)
    try:
        os.rename(src, destination)
        return destination
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), destination)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        if _is_immutable(src):
            raise PermissionError(
                "Cannot move the non-empty directory '%s': Lacking write "
                "permission to '%s'." % (src, src))
        copytree(src, destination, copy_function=copy_function,
                 symlinks=True)
        rmtree(src)
    else:
        copy_function(src, destination)
        os.unlink(src)
    return destination


# ---------------------------------------------------------------------------
# System information
# ---------------------------------------------------------------------------

_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """Return (total, used, free) byte counts for the file system of path."""
    probe = getattr(os, 'statvfs', None)
    if probe is None:
        os.stat(path)
        raise OSError(errno.ENOTSUP, "WASI cannot report file system usage: "
                                     "shutil.disk_usage() is not available")
    info = probe(path)
    total = info.f_blocks * info.f_frsize
    free = info.f_bavail * info.f_frsize
    used = (info.f_blocks - info.f_bfree) * info.f_frsize
    return _ntuple_diskusage(total, used, free)


def _account_id(module_name, function_name, name):
    """Numeric id for a user or group name, or None if it is unknown."""
    if name is None:
        return None
    try:
        database = __import__(module_name)
    except ImportError:
        return None
    try:
        record = getattr(database, function_name)(name)
    except KeyError:
        return None
    return record[2]


def chown(path, user=None, group=None):
    """Change the owning user and/or group of path (names or ids)."""
    _audit("shutil.chown", path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = -1
    gid = -1
    if isinstance(user, str):
        uid = _account_id('pwd', 'getpwnam', user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    elif user is not None:
        uid = user
    if isinstance(group, str):
        gid = _account_id('grp', 'getgrnam', group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    elif group is not None:
        gid = group
    changer = getattr(os, 'chown', None)
    if changer is None:
        os.stat(path)
        raise OSError(errno.ENOTSUP,
                      "WASI has no users: shutil.chown() is not available")
    changer(path, uid, gid)


def get_terminal_size(fallback=(80, 24)):
    """Return the terminal size as os.terminal_size(columns, lines).

    COLUMNS and LINES from the environment win when they hold positive
    integers; otherwise the terminal attached to sys.__stdout__ is asked,
    and failing that `fallback` is used.
    """
    def from_env(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0

    columns = from_env('COLUMNS')
    lines = from_env('LINES')
    if columns > 0 and lines > 0:
        return os.terminal_size((columns, lines))
    try:
        measured = os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError):
        measured = os.terminal_size(fallback)
    if columns <= 0:
        columns = measured.columns or fallback[0]
    if lines <= 0:
        lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Find cmd on the search path; return its path, or None.

    `path` defaults to the PATH environment variable; `mode` is what
    os.access() must allow on the match.
    """
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        path = os.fsencode(path)
        directories = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        directories = path.split(os.pathsep)
    visited = set()
    for directory in directories:
        key = os.path.normcase(directory)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


# ---------------------------------------------------------------------------
# Archives
# ---------------------------------------------------------------------------

def _prepare_output_dir(archive_name, dry_run, logger):
    folder = os.path.dirname(archive_name)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)


_TAR_COMPRESSION = {None: ('', '')}
if _ZLIB_SUPPORTED:
    _TAR_COMPRESSION['gzip'] = ('.gz', 'gz')
if _BZ2_SUPPORTED:
    _TAR_COMPRESSION['bzip2'] = ('.bz2', 'bz2')
if _LZMA_SUPPORTED:
    _TAR_COMPRESSION['xz'] = ('.xz', 'xz')


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None, root_dir=None):
    """Write base_name + '.tar[.gz|.bz2|.xz]' holding base_dir."""
    if compress not in _TAR_COMPRESSION:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    extension, stream_kind = _TAR_COMPRESSION[compress]
    archive_name = base_name + '.tar' + extension
    _prepare_output_dir(archive_name, dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')

    uid = _account_id('pwd', 'getpwnam', owner)
    gid = _account_id('grp', 'getgrnam', group)

    def stamp_owner(member):
        if gid is not None:
            member.gid, member.gname = gid, group
        if uid is not None:
            member.uid, member.uname = uid, owner
        return member

    if not dry_run:
        import tarfile
        source = base_dir if root_dir is None else os.path.join(root_dir,
                                                                base_dir)
        with tarfile.open(archive_name, 'w|' + stream_kind) as archive:
            archive.add(source, base_dir, filter=stamp_owner)
    return archive_name if root_dir is None else os.path.abspath(archive_name)


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, owner=None,
                  group=None, logger=None, root_dir=None):
    """Write base_name + '.zip' holding base_dir (deflate-compressed)."""
    import zipfile
    zip_name = base_name + '.zip'
    _prepare_output_dir(zip_name, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_name, base_dir)

    if not dry_run:
        top_arcname = os.path.normpath(base_dir)
        top = base_dir if root_dir is None else os.path.join(root_dir,
                                                             base_dir)
        top = os.path.normpath(top)

        with zipfile.ZipFile(zip_name, 'w',
                             compression=zipfile.ZIP_DEFLATED) as archive:
            def store(path, arcname):
                archive.write(path, arcname)
                if logger is not None:
                    logger.info("adding '%s'", path)

            if top_arcname != os.curdir:
                store(top, top_arcname)
            for folder, subdirs, files in os.walk(top):
                inner = folder if root_dir is None else os.path.relpath(
                    folder, root_dir)
                inner = os.path.normpath(inner)
                for name in sorted(subdirs):
                    store(os.path.join(folder, name), os.path.join(inner, name))
                for name in files:
                    full = os.path.normpath(os.path.join(folder, name))
                    if os.path.isfile(full):
                        store(full, os.path.join(inner, name))
    return zip_name if root_dir is None else os.path.abspath(zip_name)


_make_tarball.supports_root_dir = True
_make_zipfile.supports_root_dir = True

_ARCHIVE_FORMATS = {
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
}
if _ZLIB_SUPPORTED:
    _ARCHIVE_FORMATS['gztar'] = (_make_tarball, [('compress', 'gzip')],
                                 "gzip'ed tar-file")
    _ARCHIVE_FORMATS['zip'] = (_make_zipfile, [], "ZIP file")
if _BZ2_SUPPORTED:
    _ARCHIVE_FORMATS['bztar'] = (_make_tarball, [('compress', 'bzip2')],
                                 "bzip2'ed tar-file")
if _LZMA_SUPPORTED:
    _ARCHIVE_FORMATS['xztar'] = (_make_tarball, [('compress', 'xz')],
                                 "xz'ed tar-file")


def get_archive_formats():
    """List (name, description) for every format make_archive() knows."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Add an archive writer: function(base_name, base_dir, **options)."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for pair in extra_args:
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2):
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive file (zip, tar, gztar, ...) and return its name.

    base_name is the file name without extension; root_dir is the directory
    the archive is relative to and base_dir the part of it to include.
    """
    _audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        writer, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None

    options = {'dry_run': dry_run, 'owner': owner, 'group': group,
               'logger': logger}
    options.update(extra)
    return_to = None
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory',
                                     root_dir)
        if getattr(writer, 'supports_root_dir', False):
            base_name = os.fspath(base_name)
            options['root_dir'] = root_dir
        else:
            # The writer only knows the current directory: go there.
            return_to = os.getcwd()
            base_name = os.path.abspath(base_name)
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            if not dry_run:
                os.chdir(root_dir)
    if base_dir is None:
        base_dir = os.curdir
    try:
        return writer(base_name, base_dir, **options)
    finally:
        if return_to is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", return_to)
            os.chdir(return_to)


def _unpack_zipfile(filename, extract_dir):
    """Extract a zip archive, skipping members that would land outside."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for member in archive.infolist():
            name = member.filename
            parts = name.split('/')
            if name.startswith('/') or os.path.isabs(name) or '..' in parts:
                continue
            target = os.path.join(extract_dir, *parts)
            if not target:
                continue
            parent = os.path.dirname(target)
            if not os.path.isdir(parent):
                os.makedirs(parent)
            if name.endswith('/'):
                continue
            with archive.open(member) as reader, open(target, 'wb') as out:
                copyfileobj(reader, out)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    """Extract a tar archive (compressed or not) with tarfile."""
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError(
            "%s is not a compressed or uncompressed tar file" % filename)
    with archive:
        archive.extractall(extract_dir, filter=filter)


_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
}
if _ZLIB_SUPPORTED:
    _UNPACK_FORMATS['gztar'] = (['.tar.gz', '.tgz'], _unpack_tarfile, [],
                                "gzip'ed tar-file")
if _BZ2_SUPPORTED:
    _UNPACK_FORMATS['bztar'] = (['.tar.bz2', '.tbz2'], _unpack_tarfile, [],
                                "bzip2'ed tar-file")
if _LZMA_SUPPORTED:
    _UNPACK_FORMATS['xztar'] = (['.tar.xz', '.txz'], _unpack_tarfile, [],
                                "xz'ed tar-file")


def get_unpack_formats():
    """List (name, extensions, description) for every unpack format."""
    return sorted((name, entry[0], entry[3])
                  for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    """Add an unpacker: function(filename, extract_dir, **options)."""
    if extra_args is None:
        extra_args = []
    owners = {}
    for fmt, entry in _UNPACK_FORMATS.items():
        for ext in entry[0]:
            owners[ext] = fmt
    for ext in extensions:
        if ext in owners:
            raise RegistryError('%s is already registered for "%s"'
                                % (ext, owners[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _format_for(filename):
    for name, entry in _UNPACK_FORMATS.items():
        if any(filename.endswith(ext) for ext in entry[0]):
            return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive into extract_dir (default: the current directory).

    The format is guessed from the file name unless given; `filter` is
    handed to the unpacker (tar archives use it for extraction filters).
    """
    _audit("shutil.unpack_archive", filename, extract_dir, format)
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is None:
        format = _format_for(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, unpacker, extra, _ = _UNPACK_FORMATS[format]
    options = dict(extra)
    if filter is not None:
        options['filter'] = filter
    unpacker(filename, extract_dir, **options)
