"""Path functions that do not depend on the path syntax of the platform.

posixpath and ntpath build on these (and re-export most of them).
"""

__all__ = [
    "commonprefix", "exists", "getatime", "getctime", "getmtime", "getsize",
    "isdir", "isfile", "islink", "samefile", "sameopenfile", "samestat",
]


def _status(path, follow=True):
    """os.stat(path) (os.lstat when not following links), or None when the
    path cannot be examined: missing, inaccessible, or not representable
    (a name holding NUL)."""
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (for a symlink: its target), or an
    open file descriptor."""
    return _status(path) is not None


def isfile(path):
    """Whether path is a regular file, following symbolic links."""
    info = _status(path)
    return info is not None and stat.S_ISREG(info.st_mode)


def isdir(s):
    """Whether s is a directory, following symbolic links."""
    info = _status(s)
    return info is not None and stat.S_ISDIR(info.st_mode)


def islink(path):
    """Whether path is a symbolic link itself."""
    info = _status(path, follow=False)
    return info is not None and stat.S_ISLNK(info.st_mode)


def getsize(filename):
    """Size in bytes of the file, as os.stat() reports it."""
    info = os.stat(filename)
    return info.st_size


def getmtime(filename):
    """Last modification time of the file (seconds since the epoch)."""
    info = os.stat(filename)
    return info.st_mtime


def getatime(filename):
    """Last access time of the file (seconds since the epoch)."""
    info = os.stat(filename)
    return info.st_atime


def getctime(filename):
    """Metadata change time of the file (seconds since the epoch)."""
    info = os.stat(filename)
    return info.st_ctime


def commonprefix(m):
    """The longest leading run shared by every item of m, compared element by
    element (so not necessarily a whole path component)."""
    if not m:
        return ""
    # Sequences of path-likes are converted; lists or tuples are compared
    # as they are.
    as_paths = not isinstance(m[0], (list, tuple))
    if as_paths:
        m = [os.fspath(item) for item in m]
    # Only the smallest and the largest items can disagree first.
    low, high = min(m), max(m)
    width = next((n for n, (a, b) in enumerate(zip(low, high)) if a != b), len(low))
    return low[:width]


def samestat(s1, s2):
    """Whether two stat results describe the same file (inode and device)."""
    return all(getattr(s1, key) == getattr(s2, key) for key in ("st_ino", "st_dev"))


def samefile(f1, f2):
    """Whether two paths name the same file."""
    first = os.stat(f1)
    return samestat(first, os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    first = os.fstat(fp1)
    return samestat(first, os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    # (root, ext) with ext starting at the last extsep of the final
    # component, unless that component is nothing but leading extseps
    # before it (".profile" has no extension).
    start = p.rfind(sep)
    if altsep:
        start = max(start, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > start and p[start + 1:dot].strip(extsep):
        return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # Explains why funcname rejected its arguments: a non-path value, or
    # str and bytes mixed.
    seen = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f"{funcname}() argument must be str, bytes, or "
                            f"os.PathLike object, not {type(arg).__name__!r}") from None
        seen.add(isinstance(arg, str))
    if len(seen) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


# Imported last: os imports posixpath, which imports names from this module,
# so they must all exist by the time os is loaded.
import os  # noqa: E402
import stat  # noqa: E402
