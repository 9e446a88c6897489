"""Object-oriented file system paths.

Pure path classes only manipulate strings; the concrete ``Path`` classes also
talk to the operating system.  ``PurePosixPath`` and ``PureWindowsPath`` can be
used anywhere, whatever the host system is.
"""

import errno
import fnmatch
import io
import ntpath
import operator
import os
import posixpath
import re
import sys
import warnings
from collections.abc import Sequence
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


# Errors meaning "the path is simply not there" for the is_*() queries.
_ABSENT_ERRNOS = frozenset((errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP))
# The Windows counterparts: not ready, invalid name, cannot resolve name.
_ABSENT_WINERRORS = frozenset((21, 123, 1921))


def _host_pure_class():
    return PureWindowsPath if os.name == 'nt' else PurePosixPath


def _host_concrete_class():
    return WindowsPath if os.name == 'nt' else PosixPath


def _is_absent(exc):
    if getattr(exc, 'errno', None) in _ABSENT_ERRNOS:
        return True
    return getattr(exc, 'winerror', None) in _ABSENT_WINERRORS


def _os_call(name):
    """os.<name>, or NotImplementedError when the platform lacks it."""
    func = getattr(os, name, None)
    if func is None:
        raise NotImplementedError(f"os.{name}() not available on this system")
    return func


def _audit(*event):
    hook = getattr(sys, 'audit', None)
    if hook is not None:
        hook(*event)


def _reserved_windows_names():
    names = {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
    for digit in '123456789\xb9\xb2\xb3':
        names.add('COM' + digit)
        names.add('LPT' + digit)
    return frozenset(names)


_WINDOWS_RESERVED = _reserved_windows_names()

_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _percent_encode(raw):
    return ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in raw)


# --------------------------------------------------------------------------
# Wildcard helpers shared by match() and glob()

_regex_cache = {}


def _wildcard_body(part):
    """Regex source for one shell-style component, without anchors or flags."""
    full = fnmatch.translate(part)
    # fnmatch wraps its output as '(?s:' ... ')\Z'; keep only the middle so
    # that '.' cannot cross the newlines standing in for separators.
    return full[4:-3]


def _line_pattern(lines, case_sensitive):
    """Compile a newline-separated path pattern for PurePath.match()."""
    key = (lines, case_sensitive)
    compiled = _regex_cache.get(key)
    if compiled is None:
        pieces = ['^']
        for chunk in lines.splitlines(keepends=True):
            if chunk in ('*', '*\n'):
                # A lone star stands for exactly one non-empty component.
                pieces.append('.+' + chunk[1:])
            else:
                pieces.append(_wildcard_body(chunk))
        pieces.append(r'\Z')
        flags = re.MULTILINE if case_sensitive else re.MULTILINE | re.IGNORECASE
        if len(_regex_cache) > 512:
            _regex_cache.clear()
        compiled = _regex_cache[key] = re.compile(''.join(pieces), flags)
    return compiled


def _name_matcher(pattern, case_sensitive):
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(fnmatch.translate(pattern), flags).match


# --------------------------------------------------------------------------
# Path.glob() machinery: the pattern is checked once, then walked recursively.

_BAD_DOUBLE_STAR = "Invalid pattern: '**' can only be an entire path component"


def _check_glob_parts(parts):
    for part in parts:
        if part != '**' and '**' in part:
            raise ValueError(_BAD_DOUBLE_STAR)


def _directories_under(start):
    """The start directory, then every directory below it (symlinks not followed)."""
    yield start
    for folder, subdirs, _ in start.walk():
        for sub in subdirs:
            yield folder._child(sub)


def _glob_select(base, parts, pos, case_sensitive):
    """Yield the paths under *base* matching parts[pos:]."""
    if pos >= len(parts) or not parts[pos]:
        yield base
        return
    part = parts[pos]
    if part == '**':
        nxt = pos + 1
        while nxt < len(parts) and parts[nxt] == '**':
            nxt += 1
        if '**' in parts[nxt:]:
            seen = set()
            for start in _directories_under(base):
                for hit in _glob_select(start, parts, nxt, case_sensitive):
                    if hit not in seen:
                        seen.add(hit)
                        yield hit
        else:
            for start in _directories_under(base):
                yield from _glob_select(start, parts, nxt, case_sensitive)
        return
    if part == '..':
        yield from _glob_select(base._child('..'), parts, pos + 1, case_sensitive)
        return
    want_dir = pos + 1 < len(parts)
    matches = _name_matcher(part, case_sensitive)
    try:
        with base._scan() as listing:
            entries = list(listing)
    except OSError:
        return
    for entry in entries:
        if want_dir:
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
        if matches(entry.name):
            child = base._child(entry.name)
            yield from _glob_select(child, parts, pos + 1, case_sensitive)


# --------------------------------------------------------------------------

def _segments_of(arg, posix_target):
    """The string segments one constructor argument contributes."""
    if isinstance(arg, PurePath):
        if posix_target and arg._pathmod is ntpath:
            # Windows separators mean nothing to POSIX: translate them.
            return [text.replace('\\', '/') for text in arg._segs]
        return arg._segs
    try:
        text = os.fspath(arg)
    except TypeError:
        text = arg
    if isinstance(text, str):
        return (text,)
    raise TypeError(
        "argument should be a str or an os.PathLike object where "
        f"__fspath__ returns a str, not {type(text).__name__!r}")


class _Ancestry(Sequence):
    """Read-only sequence of a path's ancestors, nearest first."""

    __slots__ = ('_origin', '_anchor_parts', '_names')

    def __init__(self, path):
        self._origin = path
        self._anchor_parts = (path.drive, path.root)
        self._names = path._names

    def __len__(self):
        return len(self._names)

    def __getitem__(self, idx):
        count = len(self._names)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(count)))
        pos = operator.index(idx)
        if not -count <= pos < count:
            raise IndexError(idx)
        if pos < 0:
            pos += count
        drv, root = self._anchor_parts
        return self._origin._derive(drv, root, self._names[:count - 1 - pos])

    def __repr__(self):
        return "<%s.parents>" % type(self._origin).__name__


class PurePath:
    """A path that is only a string: no system calls are made.

    Instantiating PurePath gives a PurePosixPath or a PureWindowsPath,
    according to the host system.
    """

    __slots__ = (
        '_segs',      # the arguments, as strings
        '_p_drive', '_p_root', '_p_names',   # parsed form, filled on demand
        '_text',            # rendered form
        '_folded_text', '_folded_parts', '_nl_cache',
        '_hashcode',
    )
    _pathmod = os.path

    def __new__(cls, *args, **kwargs):
        # The abstract class stands for the host system's flavour.
        return object.__new__(_host_pure_class() if cls is PurePath else cls)

    def __init__(self, *args):
        posix_target = self._pathmod is posixpath
        self._segs = [text for arg in args for text in _segments_of(arg, posix_target)]

    def with_segments(self, *pathsegments):
        """Build a path of the same type from *pathsegments*.

        Every derived path is made through this method, so subclasses can
        override it to carry extra state along.
        """
        return type(self)(*pathsegments)

    # -- parsing and rendering ------------------------------------------

    @classmethod
    def _split_text(cls, text):
        flav = cls._pathmod
        sep = flav.sep
        if flav.altsep:
            text = text.replace(flav.altsep, sep)
        drv, root, rest = flav.splitroot(text)
        if drv[:1] == sep and not root and drv[-1:] != sep:
            # A UNC share ('\\srv\share') or a '\\?\UNC\srv\share' drive
            # always comes with a root, even when it was not written.
            fields = drv.split(sep)
            if (len(fields) == 4 and fields[2] not in ('', '?', '.', '?.')) or len(fields) == 6:
                root = sep
        names = [piece for piece in rest.split(sep) if piece not in ('', '.')]
        return drv, root, names

    def _parse_segments(self):
        raw = self._segs
        if not raw:
            text = ''
        elif len(raw) == 1:
            text = raw[0]
        else:
            text = self._pathmod.join(*raw)
        self._p_drive, self._p_root, self._p_names = self._split_text(text)

    @classmethod
    def _render(cls, drv, root, tail):
        sep = cls._pathmod.sep
        body = sep.join(tail)
        if drv or root:
            return drv + root + body
        if tail and cls._pathmod.splitdrive(tail[0])[0]:
            # A first name such as 'c:x' must not read back as a drive.
            return '.' + sep + body
        return body

    def _derive(self, drv, root, tail):
        text = self._render(drv, root, tail)
        made = self.with_segments(text)
        made._text = text or '.'
        made._p_drive = drv
        made._p_root = root
        made._p_names = tail
        return made

    def _parsed(self):
        try:
            return self._p_drive, self._p_root, self._p_names
        except AttributeError:
            self._parse_segments()
            return self._p_drive, self._p_root, self._p_names

    def __str__(self):
        try:
            return self._text
        except AttributeError:
            self._text = self._render(*self._parsed()) or '.'
            return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self).replace(self._pathmod.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __reduce__(self):
        return (self.__class__, self.parts)

    def as_uri(self):
        """The path as a 'file:' URI; the path must be absolute."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drv = self.drive
        if len(drv) == 2 and drv[1] == ':':
            # 'c:/x' gives 'file:///c:/x'
            head, text = 'file:///' + drv, self.as_posix()[2:]
        elif drv:
            # UNC: 'file://server/share/x'
            head, text = 'file:', self.as_posix()
        else:
            head, text = 'file://', str(self)
        return head + _percent_encode(os.fsencode(text))

    # -- comparison -----------------------------------------------------

    @property
    def _folded(self):
        try:
            return self._folded_text
        except AttributeError:
            text = str(self)
            if self._pathmod is not posixpath:
                text = text.lower()
            self._folded_text = text
            return text

    @property
    def _fold_key(self):
        try:
            return self._folded_parts
        except AttributeError:
            self._folded_parts = self._folded.split(self._pathmod.sep)
            return self._folded_parts

    def __eq__(self, other):
        if isinstance(other, PurePath):
            return self._pathmod is other._pathmod and self._folded == other._folded
        return NotImplemented

    def __hash__(self):
        try:
            return self._hashcode
        except AttributeError:
            self._hashcode = hash(self._folded)
            return self._hashcode

    def _order_key(self, other):
        if isinstance(other, PurePath) and self._pathmod is other._pathmod:
            return self._fold_key, other._fold_key
        return None

    def __lt__(self, other):
        keys = self._order_key(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._order_key(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._order_key(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._order_key(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    # -- components -----------------------------------------------------

    @property
    def drive(self):
        """The drive letter or UNC share, if any."""
        return self._parsed()[0]

    @property
    def root(self):
        """The root separator, if any."""
        return self._parsed()[1]

    @property
    def _names(self):
        return self._parsed()[2]

    @property
    def anchor(self):
        """Drive and root together."""
        drv, root, _ = self._parsed()
        return drv + root

    @property
    def parts(self):
        """The components of the path as a tuple (the anchor comes first)."""
        drv, root, tail = self._parsed()
        if drv or root:
            return (drv + root,) + tuple(tail)
        return tuple(tail)

    @property
    def name(self):
        """The last component, without drive or root."""
        tail = self._names
        return tail[-1] if tail else ''

    def _suffix_at(self):
        # Index of the dot that starts the last suffix, or -1 when none.
        name = self.name
        dot = name.rfind('.')
        if dot <= 0 or dot == len(name) - 1:
            return -1
        return dot

    @property
    def suffix(self):
        """The final extension of the name, dot included ('' if none)."""
        dot = self._suffix_at()
        return self.name[dot:] if dot >= 0 else ''

    @property
    def suffixes(self):
        """All the extensions of the name, in order."""
        name = self.name
        if name[-1:] == '.':
            return []
        first, *rest = name.lstrip('.').split('.')
        return [f'.{ext}' for ext in rest]

    @property
    def stem(self):
        """The name without its final extension."""
        dot = self._suffix_at()
        return self.name[:dot] if dot >= 0 else self.name

    @property
    def parent(self):
        """The path one level up (the path itself for an anchor or '.')."""
        drv, root, tail = self._parsed()
        if not tail:
            return self
        return self._derive(drv, root, tail[:-1])

    @property
    def parents(self):
        """A sequence of every ancestor, nearest first."""
        return _Ancestry(self)

    # -- derived paths --------------------------------------------------

    def _replace_last(self, name):
        drv, root, tail = self._parsed()
        return self._derive(drv, root, tail[:-1] + [name])

    def with_name(self, name):
        """Swap the last component for *name*."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        seps = [c for c in (self._pathmod.sep, self._pathmod.altsep) if c]
        if not name or name == '.' or any(c in name for c in seps):
            raise ValueError("Invalid name %r" % (name))
        return self._replace_last(name)

    def with_stem(self, stem):
        """Swap the name's stem, keeping the final suffix."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Swap (or add, or drop with '') the final suffix."""
        flav = self._pathmod
        if flav.sep in suffix or flav.altsep and flav.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix == '.' or (suffix and suffix[0] != '.'):
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        return self._replace_last(self.stem + suffix)

    def joinpath(self, *pathsegments):
        """Append the given segments; an absolute one starts afresh."""
        return self.with_segments(self, *pathsegments)

    def _join_or_decline(self, build, *pieces):
        try:
            return build(*pieces)
        except TypeError:
            return NotImplemented

    def __truediv__(self, key):
        return self._join_or_decline(self.joinpath, key)

    def __rtruediv__(self, key):
        return self._join_or_decline(self.with_segments, key, self)

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path expressed relative to *other*.

        Without *walk_up*, *other* must be an ancestor (or the path itself);
        with it, '..' entries are added as needed.
        """
        if _deprecated:
            warnings.warn(
                "support for supplying more than one positional argument to "
                "pathlib.PurePath.relative_to() is deprecated and scheduled "
                "for removal in Python 3.14", DeprecationWarning, stacklevel=2)
        other = self.with_segments(other, *_deprecated)
        ups = 0
        for candidate in (other, *other.parents):
            if self.is_relative_to(candidate):
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if candidate.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            ups += 1
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        remainder = self._names[len(candidate._names):]
        return self.with_segments(*(['..'] * ups), *remainder)

    def is_relative_to(self, other, /, *_deprecated):
        """Whether *other* is this path or one of its ancestors."""
        if _deprecated:
            warnings.warn(
                "support for supplying more than one argument to "
                "pathlib.PurePath.is_relative_to() is deprecated and scheduled "
                "for removal in Python 3.14", DeprecationWarning, stacklevel=2)
        other = self.with_segments(other, *_deprecated)
        return other == self or other in self.parents

    # -- queries --------------------------------------------------------

    def is_absolute(self):
        """Whether the path has a root (and a drive, for Windows paths)."""
        drv, root, _ = self._parsed()
        if self._pathmod is ntpath:
            return bool(drv and root)
        if self._pathmod is posixpath:
            return bool(root)
        return self._pathmod.isabs(str(self))

    def is_reserved(self):
        """Whether Windows reserves the name (CON, NUL, COM1, ...)."""
        if self._pathmod is posixpath:
            return False
        tail = self._names
        if not tail or self.drive.startswith('\\\\'):
            return False
        # Windows ignores anything from the first '.' or ':' on, and
        # trailing spaces, when it looks for device names.
        stem = re.split('[.:]', tail[-1], maxsplit=1)[0]
        return stem.rstrip(' ').upper() in _WINDOWS_RESERVED

    @property
    def _nl_form(self):
        # The path with separators and newlines swapped, so a regex '.'
        # never crosses a separator.
        try:
            return self._nl_cache
        except AttributeError:
            text = str(self)
            if text == '.':
                swapped = ''
            else:
                sep = self._pathmod.sep
                swapped = ''.join('\n' if ch == sep else sep if ch == '\n' else ch
                                  for ch in text)
            self._nl_cache = swapped
            return swapped

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches a glob-style pattern, compared from the right.

        An absolute pattern has to match the whole path.
        """
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._pathmod is posixpath
        regex = _line_pattern(path_pattern._nl_form, case_sensitive)
        if path_pattern.drive or path_pattern.root:
            return regex.match(self._nl_form) is not None
        if path_pattern._names:
            return regex.search(self._nl_form) is not None
        raise ValueError("empty pattern")


class PurePosixPath(PurePath):
    """Pure path with POSIX rules: '/' separator, no drives."""
    _pathmod = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Pure path with Windows rules: drives, UNC shares, '\\' or '/'."""
    _pathmod = ntpath
    __slots__ = ()


# --------------------------------------------------------------------------

class Path(PurePath):
    """A path on the local file system, with methods doing system calls.

    Instantiating Path gives a PosixPath or a WindowsPath.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        return object.__new__(_host_concrete_class() if cls is Path else cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            warnings.warn(
                "support for supplying keyword arguments to pathlib.PurePath "
                "is deprecated and scheduled for removal in Python 3.14",
                DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    def __enter__(self):
        warnings.warn(
            "pathlib.Path.__enter__() is deprecated and scheduled for removal "
            "in Python 3.13; Path objects as a context manager is a no-op",
            DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    # -- where we are ---------------------------------------------------

    @classmethod
    def cwd(cls):
        """The current working directory, as a path."""
        return cls().absolute()

    @classmethod
    def home(cls):
        """The user's home directory, as a path."""
        return cls("~").expanduser()

    def absolute(self):
        """Make the path absolute by prefixing the working directory.

        Unlike resolve(), nothing is normalised and symlinks stay as they are.
        """
        if self.is_absolute():
            return self
        if self.drive:
            # Windows keeps one working directory per drive.
            here = self._pathmod.abspath(self.drive)
        else:
            here = os.getcwd()
            if not self.root and not self._names:
                made = self.with_segments(here)
                made._text = here
                return made
        return self.with_segments(here, self)

    def resolve(self, strict=False):
        """Make the path absolute, following symlinks and removing '..'."""

        def loop_check(exc):
            if exc.errno == errno.ELOOP or getattr(exc, 'winerror', 0) == 1921:
                raise RuntimeError("Symlink loop from %r" % exc.filename)

        try:
            text = self._pathmod.realpath(self, strict=strict)
        except OSError as exc:
            loop_check(exc)
            raise
        result = self.with_segments(text)
        if not strict:
            # realpath() is quiet about loops when not strict: stat to find out.
            try:
                result.stat()
            except OSError as exc:
                loop_check(exc)
        return result

    def expanduser(self):
        """Replace a leading '~' or '~user' by the home directory."""
        drv, root, tail = self._parsed()
        if drv or root or not tail or not tail[0].startswith('~'):
            return self
        home = self._pathmod.expanduser(tail[0])
        if home.startswith('~'):
            raise RuntimeError("Could not determine home directory.")
        hdrv, hroot, htail = self._split_text(home)
        return self._derive(hdrv, hroot, htail + tail[1:])

    # -- status ---------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        """os.stat() on the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), but about a symlink itself rather than its target."""
        return self.stat(follow_symlinks=False)

    def _mode_or_none(self, follow_symlinks=True):
        # st_mode, or None when the path is missing or unusable.
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as exc:
            if not _is_absent(exc):
                raise
        except ValueError:
            pass
        return None

    def exists(self, *, follow_symlinks=True):
        """Whether the path exists."""
        return self._mode_or_none(follow_symlinks) is not None

    def _has_kind(self, test, follow_symlinks=True):
        mode = self._mode_or_none(follow_symlinks)
        return mode is not None and test(mode)

    def is_dir(self):
        """Whether the path is a directory (symlinks followed)."""
        return self._has_kind(S_ISDIR)

    def is_file(self):
        """Whether the path is a regular file (symlinks followed)."""
        return self._has_kind(S_ISREG)

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._has_kind(S_ISLNK, follow_symlinks=False)

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._has_kind(S_ISBLK)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._has_kind(S_ISCHR)

    def is_fifo(self):
        """Whether the path is a named pipe."""
        return self._has_kind(S_ISFIFO)

    def is_socket(self):
        """Whether the path is a Unix socket."""
        return self._has_kind(S_ISSOCK)

    def is_mount(self):
        """Whether the path is a mount point."""
        return self._pathmod.ismount(self)

    def is_junction(self):
        """Whether the path is a Windows junction (never, elsewhere)."""
        return self._pathmod.isjunction(self)

    def samefile(self, other_path):
        """Whether both paths name the same file."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.with_segments(other_path).stat()
        return os.path.samestat(mine, theirs)

    def owner(self):
        """Name of the user owning the file."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """Name of the group owning the file."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")
        return grp.getgrgid(self.stat().st_gid).gr_name

    def readlink(self):
        """The target of the symbolic link, as a path."""
        return self.with_segments(_os_call('readlink')(self))

    # -- directories ----------------------------------------------------

    def _scan(self):
        return os.scandir(self)

    def _child(self, name):
        # Fast join of a plain name found in this directory.
        drv, root, tail = self._parsed()
        here = str(self)
        if tail:
            text = here + self._pathmod.sep + name
        elif here == '.':
            text = name
        else:
            text = here + name
        child = self.with_segments(text)
        child._text = text
        child._p_drive = drv
        child._p_root = root
        child._p_names = tail + [name]
        return child

    def iterdir(self):
        """Yield a path for each entry of the directory ('.' and '..' excluded)."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern, *, case_sensitive=None):
        """Yield the paths below this one that match the relative *pattern*."""
        _audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        yield from self._run_glob(pattern, (), case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """Like glob(), with '**/' in front of the pattern."""
        _audit("pathlib.Path.rglob", self, pattern)
        yield from self._run_glob(pattern, ('**',), case_sensitive)

    def _run_glob(self, pattern, prefix, case_sensitive):
        drv, root, parts = self._split_text(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        flav = self._pathmod
        if pattern and pattern[-1] in (flav.sep, flav.altsep):
            # A trailing separator asks for directories only.
            parts.append('')
        parts = list(prefix) + parts
        _check_glob_parts(parts)
        if case_sensitive is None:
            case_sensitive = flav is posixpath
        if not self.is_dir():
            return
        yield from _glob_select(self, parts, 0, case_sensitive)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Yield (dirpath, dirnames, filenames) for the tree rooted here.

        With *top_down*, dirnames may be edited in place to prune the walk.
        """
        _audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        yield from self._walk_from(top_down, on_error, follow_symlinks)

    def _walk_from(self, top_down, on_error, follow_symlinks):
        try:
            listing = self._scan()
        except OSError as exc:
            if on_error is not None:
                on_error(exc)
            return
        subdirs, files = [], []
        with listing:
            for entry in listing:
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                (subdirs if is_dir else files).append(entry.name)
        if top_down:
            yield self, subdirs, files
        for sub in [self._child(d) for d in subdirs]:
            yield from sub._walk_from(top_down, on_error, follow_symlinks)
        if not top_down:
            yield self, subdirs, files

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory, with its missing parents if *parents*."""
        # Work from a stack: a missing parent is pushed and made first.
        # Parents get the default mode and tolerate existing already.
        todo = [self]
        while todo:
            current = todo[-1]
            try:
                os.mkdir(current, mode if current is self else 0o777)
            except FileNotFoundError:
                above = current.parent
                if not parents or above == current:
                    raise
                todo.append(above)
                continue
            except OSError:
                tolerated = exist_ok or current is not self
                if not (tolerated and current.is_dir()):
                    raise
            todo.pop()

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    # -- files ----------------------------------------------------------

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, like the built-in open()."""
        if 'b' in mode:
            return io.open(self, mode, buffering, encoding, errors, newline)
        return io.open(self, mode, buffering, io.text_encoding(encoding), errors, newline)

    def _whole(self, mode, payload=None, **options):
        # Open, read everything (payload None) or write payload, close.
        with self.open(mode, **options) as stream:
            return stream.read() if payload is None else stream.write(payload)

    def read_bytes(self):
        """The whole content of the file, as bytes."""
        return self._whole('rb')

    def read_text(self, encoding=None, errors=None):
        """The whole content of the file, decoded."""
        return self._whole('r', encoding=io.text_encoding(encoding), errors=errors)

    def write_bytes(self, data):
        """Replace the file's content by *data* (bytes-like)."""
        return self._whole('wb', memoryview(data))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's content by the string *data*."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        return self._whole('w', data, encoding=io.text_encoding(encoding),
                           errors=errors, newline=newline)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times if it is already there."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass  # missing: create it below
        how = os.O_WRONLY | os.O_CREAT | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, how, mode))

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits, like os.chmod()."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Like chmod(), on a symlink itself."""
        return self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or symlink."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if missing_ok:
                return
            raise

    def _moved(self, how, target):
        how(self, target)
        return self.with_segments(target)

    def rename(self, target):
        """Rename to *target* and return the new path."""
        return self._moved(os.rename, target)

    def replace(self, target):
        """Rename to *target*, overwriting it, and return the new path."""
        return self._moved(os.replace, target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link pointing to *target*."""
        _os_call('symlink')(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to *target*."""
        _os_call('link')(target, self)


class PosixPath(Path, PurePosixPath):
    """Concrete path on a POSIX system."""
    __slots__ = ()

    if os.name == 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")


class WindowsPath(Path, PureWindowsPath):
    """Concrete path on Windows."""
    __slots__ = ()

    if os.name != 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")
