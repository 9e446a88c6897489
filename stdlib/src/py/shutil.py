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
    except OSError:
        # A missing path cannot be the same file as anything.
        return False
    except AttributeError:
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


class _TreeWalk:
    """One directory being copied: where it comes from, where it goes, and
    which of its entries are still to be handled."""

    __slots__ = ('source', 'target', 'entries', 'skip')

    def __init__(self, source, target, ignore, exist_ok):
        with os.scandir(source) as listing:
            found = list(listing)
        if ignore is None:
            self.skip = ()
        else:
            self.skip = ignore(os.fspath(source), [e.name for e in found])
        os.makedirs(target, exist_ok=exist_ok)
        self.source = source
        self.target = target
        self.entries = iter(found)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree at src to a new directory dst; return dst.

    Problems met below the top are gathered and raised together as one
    shutil.Error once everything else has been copied.
    """
    _audit("shutil.copytree", src, dst)
    stack = [_TreeWalk(src, dst, ignore, dirs_exist_ok)]
    problems = []
    while stack:
        walk = stack[-1]
        entry = next(walk.entries, None)
        if entry is None:
            stack.pop()
            try:
                copystat(walk.source, walk.target)
            except OSError as exc:
                problems.append((walk.source, walk.target, str(exc)))
            continue
        if entry.name in walk.skip:
            continue
        here = os.path.join(walk.source, entry.name)
        there = os.path.join(walk.target, entry.name)
        try:
            descend = _copy_tree_entry(entry, here, there, symlinks,
                                       copy_function,
                                       ignore_dangling_symlinks)
            if descend:
                _audit("shutil.copytree", here, there)
                stack.append(_TreeWalk(here, there, ignore, dirs_exist_ok))
        except Error as exc:
            problems.extend(exc.args[0])
        except OSError as exc:
            problems.append((here, there, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def _copy_tree_entry(entry, here, there, symlinks, copy_function,
                     skip_dangling):
    """Copy one non-directory entry; True means: descend into it instead."""
    if entry.is_symlink():
        if symlinks:
            os.symlink(os.readlink(here), there)
            copystat(here, there, follow_symlinks=False)
            return False
        if skip_dangling and not os.path.exists(here):
            return False
        if os.path.isdir(here):
            return True
    elif entry.is_dir():
        return True
    copy_function(here, there)
    return False


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
        # The error names the path as given (a Path object stays one).
        exc.filename = path
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


def _inside(inner, outer):
    """True when path inner is outer itself or lies somewhere below it."""
    inner = os.path.abspath(inner)
    outer = os.path.abspath(outer)
    return os.path.commonpath([inner, outer]) == outer


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst and return where it ended up.

    A plain rename is tried first; when that is impossible the source is
    copied (links recreated, trees with copytree) and then removed.
    """
    _audit("shutil.move", src, dst)
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst) and not os.path.islink(src):
            # Same directory under another spelling: just rename it.
            os.rename(src, dst)
            return None
        leaf = os.path.basename(os.fspath(src).rstrip(os.sep))
        target = os.path.join(dst, leaf)
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.isdir(src) and not os.path.islink(src):
        if _inside(dst, src):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
        return target
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
    else:
        copy_function(src, target)
    os.unlink(src)
    return target


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

class _FormatSpec:
    """A registered format: its callable, the fixed keyword options given
    at registration, a description and (for unpacking) file suffixes."""

    __slots__ = ('func', 'options', 'text', 'suffixes')

    def __init__(self, func, options, text, suffixes=None):
        self.func = func
        self.options = options
        self.text = text
        self.suffixes = suffixes

    def run(self, *args, **more):
        kwargs = dict(self.options)
        kwargs.update(more)
        return self.func(*args, **kwargs)


class _FormatBook:
    """Name -> _FormatSpec table; one book for making, one for unpacking."""

    def __init__(self):
        self._specs = {}

    def put(self, name, spec):
        self._specs[name] = spec

    def drop(self, name):
        del self._specs[name]

    def find(self, name):
        return self._specs.get(name)

    def owner_of_suffix(self, suffix):
        for name, spec in self._specs.items():
            if any(tail == suffix for tail in spec.suffixes):
                return name
        return None

    def matching(self, filename):
        for spec in self._specs.values():
            if any(filename.endswith(tail) for tail in spec.suffixes):
                return spec
        return None

    def listing(self):
        return sorted(self._specs.items())


_makers = _FormatBook()
_unpackers = _FormatBook()

# compressor name -> (tarfile mode suffix, extension); only usable codecs.
_TAR_CODECS = {None: ('', '')}
for _codec, _module, _short in (('gzip', 'zlib', 'gz'), ('bzip2', 'bz2', 'bz2'),
                                ('xz', 'lzma', 'xz')):
    try:
        __import__(_module)
    except ImportError:
        continue
    _TAR_CODECS[_codec] = (_short, '.' + _short)
del _codec, _module, _short


def _ensure_parent(archive, dry_run, logger):
    folder = os.path.dirname(archive)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)


def _tar_maker(base_name, base_dir, compress=None, dry_run=0, owner=None,
               group=None, logger=None, root_dir=None):
    mode_tail, extension = _TAR_CODECS[compress]
    archive = base_name + '.tar' + extension
    _ensure_parent(archive, dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')
    uid = _account_id('pwd', 'getpwnam', owner)
    gid = _account_id('grp', 'getgrnam', group)

    def stamp(member):
        if uid is not None:
            member.uid, member.uname = uid, owner
        if gid is not None:
            member.gid, member.gname = gid, group
        return member

    if not dry_run:
        import tarfile
        source = base_dir if root_dir is None else os.path.join(root_dir,
                                                                base_dir)
        with tarfile.open(archive, 'w:' + mode_tail) as tar:
            tar.add(source, base_dir, filter=stamp)
    return archive if root_dir is None else os.path.abspath(archive)


def _zip_maker(base_name, base_dir, dry_run=0, owner=None, group=None,
               logger=None, root_dir=None):
    # owner and group are part of the maker calling convention; zip
    # archives have no place for them.
    archive = base_name + '.zip'
    top = os.path.normpath(base_dir)
    _ensure_parent(archive, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", archive, base_dir)
    if not dry_run:
        import zipfile
        with zipfile.ZipFile(archive, 'w',
                             compression=zipfile.ZIP_DEFLATED) as book:
            _fill_zip(book, top, root_dir, logger)
    return archive if root_dir is None else os.path.abspath(archive)


def _fill_zip(book, top, root_dir, logger):
    def on_disk(name):
        return name if root_dir is None else os.path.join(root_dir, name)

    def put(name, shown):
        book.write(on_disk(name), name)
        if logger is not None:
            logger.info("adding '%s'", shown)

    if top != os.curdir:
        put(top, on_disk(top))
    for folder, subdirs, files in os.walk(on_disk(top)):
        inner = folder if root_dir is None else os.path.relpath(folder,
                                                                root_dir)
        subdirs.sort()
        for name in subdirs:
            arcname = os.path.normpath(os.path.join(inner, name))
            shown = os.path.join(folder, name)
            put(arcname, shown if root_dir is None else on_disk(arcname))
        for name in sorted(files):
            arcname = os.path.normpath(os.path.join(inner, name))
            if os.path.isfile(on_disk(arcname)):
                put(arcname, on_disk(arcname))


_tar_maker.supports_root_dir = True
_zip_maker.supports_root_dir = True

for _codec, _label in ((None, ('tar', "uncompressed tar file")),
                       ('gzip', ('gztar', "gzip'ed tar-file")),
                       ('bzip2', ('bztar', "bzip2'ed tar-file")),
                       ('xz', ('xztar', "xz'ed tar-file"))):
    if _codec in _TAR_CODECS:
        _makers.put(_label[0], _FormatSpec(_tar_maker, [('compress', _codec)],
                                           _label[1]))
if 'gzip' in _TAR_CODECS:
    _makers.put('zip', _FormatSpec(_zip_maker, [], "ZIP file"))
del _codec, _label


def get_archive_formats():
    """List (name, description) for every format make_archive() knows."""
    return [(name, spec.text) for name, spec in _makers.listing()]


def register_archive_format(name, function, extra_args=None, description=''):
    """Add or replace an archive format for make_archive().

    function(base_name, base_dir, **options) builds the archive; the
    (name, value) pairs in extra_args become extra keyword arguments.
    """
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    options = [] if extra_args is None else extra_args
    if not isinstance(options, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for pair in options:
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2):
            raise TypeError('extra_args elements are : (arg_name, value)')
    _makers.put(name, _FormatSpec(function, options, description))


def unregister_archive_format(name):
    """Forget an archive format; KeyError if it is unknown."""
    _makers.drop(name)


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive of base_dir (default: the current directory) as
    seen from root_dir, named base_name plus the format's extension, and
    return the archive's name.  `verbose` is accepted and ignored.
    """
    _audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    spec = _makers.find(format)
    if spec is None:
        raise ValueError("unknown archive format '%s'" % format)
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory',
                                     root_dir)
    base_dir = os.curdir if base_dir is None else base_dir
    common = {'dry_run': dry_run, 'owner': owner, 'group': group,
              'logger': logger}
    if root_dir is None:
        return spec.run(base_name, base_dir, **common)
    if getattr(spec.func, 'supports_root_dir', False):
        return spec.run(base_name, base_dir, root_dir=root_dir, **common)
    # Other makers work relative to the current directory, so step into
    # root_dir around the call (only logged, not done, for a dry run).
    base_name = os.path.abspath(base_name)
    home = os.getcwd()
    if logger is not None:
        logger.debug("changing into '%s'", root_dir)
    if not dry_run:
        os.chdir(root_dir)
    try:
        return spec.run(base_name, base_dir, **common)
    finally:
        if logger is not None:
            logger.debug("changing back to '%s'", home)
        if not dry_run:
            os.chdir(home)


# ---------------------------------------------------------------------------
# Unpacking
# ---------------------------------------------------------------------------

def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as book:
        for member in book.infolist():
            inner = member.filename
            # Refuse absolute names and any name that could climb upward.
            if inner.startswith('/') or '..' in inner:
                continue
            place = os.path.join(extract_dir, *inner.split('/'))
            if inner.endswith('/'):
                os.makedirs(place, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(place), exist_ok=True)
            with book.open(member) as source, open(place, 'wb') as sink:
                copyfileobj(source, sink)


def _untar(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file"
                        % filename)
    with archive:
        archive.extractall(extract_dir, filter=filter)


for _name, _codec, _tails, _text in (
        ('tar', None, ['.tar'], "uncompressed tar file"),
        ('zip', None, ['.zip'], "ZIP file"),
        ('gztar', 'gzip', ['.tar.gz', '.tgz'], "gzip'ed tar-file"),
        ('bztar', 'bzip2', ['.tar.bz2', '.tbz2'], "bzip2'ed tar-file"),
        ('xztar', 'xz', ['.tar.xz', '.txz'], "xz'ed tar-file")):
    if _codec in _TAR_CODECS:
        _unpackers.put(_name, _FormatSpec(
            _unpack_zipfile if _name == 'zip' else _untar, [], _text, _tails))
del _name, _codec, _tails, _text


def get_unpack_formats():
    """List (name, extensions, description) for every unpack format."""
    return [(name, spec.suffixes, spec.text)
            for name, spec in _unpackers.listing()]


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    """Add or replace an unpack format used by unpack_archive().

    function(filename, extract_dir, **options) does the work; a file
    whose name ends with one of `extensions` is routed to it.
    """
    for tail in extensions:
        holder = _unpackers.owner_of_suffix(tail)
        if holder is not None:
            raise RegistryError('%s is already registered for "%s"'
                                % (tail, holder))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    options = [] if extra_args is None else extra_args
    _unpackers.put(name, _FormatSpec(function, options, description,
                                     extensions))


def unregister_unpack_format(name):
    """Forget an unpack format; KeyError if it is unknown."""
    _unpackers.drop(name)


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack the archive `filename` into extract_dir (default: the
    current directory).  The format comes from `format` or, failing that,
    from the file name's extension; `filter` goes to tar extraction.
    """
    _audit("shutil.unpack_archive", filename, extract_dir, format)
    extract_dir = os.fspath(os.getcwd() if extract_dir is None
                            else extract_dir)
    filename = os.fspath(filename)
    if format is None:
        spec = _unpackers.matching(filename)
        if spec is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    else:
        spec = _unpackers.find(format)
        if spec is None:
            raise ValueError("Unknown unpack format '{0}'".format(format))
    extra = {} if filter is None else {'filter': filter}
    spec.run(filename, extract_dir, **extra)
