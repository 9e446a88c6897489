"""Path helpers shared by posixpath and ntpath (written for pyrs).

These functions query the file system or work on plain sequences, so they
behave the same whatever the path flavour is.  Import them through os.path.
"""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'islink', 'samefile', 'sameopenfile',
           'samestat']


# ------------------------------------------------------------ type checks

def _check_arg_types(funcname, *args):
    """Raise TypeError when args are not all str or all bytes.

    Meant to be called from an except clause: the original exception is
    hidden (the new one is raised "from None")."""
    kinds = set()
    for arg in args:
        if isinstance(arg, str):
            kinds.add(str)
        elif isinstance(arg, bytes):
            kinds.add(bytes)
        else:
            kind_name = type(arg).__name__
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {kind_name!r}') from None
    if len(kinds) == 2:
        raise TypeError("Can't mix strings and bytes in path components") from None


# ------------------------------------------------------ file system tests

def _mode_of(path, follow):
    """st_mode of path, or None when it cannot be examined."""
    try:
        info = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None
    return info.st_mode


def exists(path):
    """True if path names an existing file or directory (symlinks followed)."""
    return _mode_of(path, True) is not None


def isfile(path):
    """True if path exists and is a regular file (symlinks followed)."""
    mode = _mode_of(path, True)
    return mode is not None and stat.S_ISREG(mode)


def isdir(s):
    """True if s exists and is a directory (symlinks followed)."""
    mode = _mode_of(s, True)
    return mode is not None and stat.S_ISDIR(mode)


def islink(path):
    """True if path is a symbolic link (a dangling one included)."""
    try:
        mode = _mode_of(path, False)
    except AttributeError:
        # No lstat() on this platform: nothing can be a link.
        return False
    return mode is not None and stat.S_ISLNK(mode)


def _stat_field(filename, field):
    """One field of os.stat(filename); errors propagate to the caller."""
    return getattr(os.stat(filename), field)


def getsize(filename):
    """Size of the file in bytes; OSError if it cannot be read."""
    return _stat_field(filename, 'st_size')


def getmtime(filename):
    """Time of last modification, in seconds since the epoch."""
    return _stat_field(filename, 'st_mtime')


def getatime(filename):
    """Time of last access, in seconds since the epoch."""
    return _stat_field(filename, 'st_atime')


def getctime(filename):
    """Metadata change time (creation time on some systems)."""
    return _stat_field(filename, 'st_ctime')


# ------------------------------------------------------- identity tests

def samestat(s1, s2):
    """True if two stat results describe the same file."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """True if both paths lead to the same file (or directory)."""
    return samestat(*[os.stat(name) for name in (f1, f2)])


def sameopenfile(fp1, fp2):
    """True if two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


# ---------------------------------------------------------- string work

def commonprefix(m):
    """Longest leading run shared by every item of m, compared item by item.

    Works on characters of strings, not on path components."""
    if not m:
        return ''
    # Sequences of components are compared as they are; anything else is
    # taken as path-like.
    components = isinstance(m[0], (list, tuple))
    if not components:
        m = [os.fspath(item) for item in m]
    # Only the smallest and the largest item can disagree first.
    low = min(m)
    high = max(m)
    size = 0
    limit = len(low)
    while size < limit and low[size] == high[size]:
        size += 1
    return low[:size]


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext) where ext starts at the last extsep.

    A dot that only leads the last component (as in '.profile') does not
    start an extension.  Shared by the path flavours, which pass in their
    own separators (altsep may be None)."""
    name_start = p.rfind(sep) + 1
    if altsep:
        name_start = max(name_start, p.rfind(altsep) + 1)
    dot = p.rfind(extsep)
    if dot >= name_start:
        leading = p[name_start:dot]
        # Anything other than dots before the last dot?
        if leading.replace(extsep, p[:0]):
            return p[:dot], p[dot:]
    return p, p[:0]
