"""Object-oriented filesystem paths.

PurePosixPath and PureWindowsPath do pure text manipulation; Path (with its
concrete PosixPath / WindowsPath forms) adds filesystem access.
"""

import io
import ntpath
import os
import posixpath
import re
import stat as _st
import warnings
from collections.abc import Sequence
from errno import EBADF, ELOOP, ENOENT, ENOTDIR

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

_ON_WINDOWS = os.name == 'nt'

_KWARGS_NOTE = ("support for supplying keyword arguments to pathlib.PurePath "
                "is deprecated and scheduled for removal in Python 3.14")
_ENTER_NOTE = ("pathlib.Path.__enter__() is deprecated and scheduled for "
               "removal in Python 3.13; Path objects as a context manager "
               "is a no-op")
_EXTRA_ARGS_NOTE = ("support for supplying more than one %s to "
                    "pathlib.PurePath.%s() is deprecated and scheduled for "
                    "removal in Python 3.14")

# errno values meaning "there is nothing usable there" for the is_*() tests
_ABSENT = frozenset((ENOENT, ENOTDIR, EBADF, ELOOP))


# ---------------------------------------------------------------- patterns

def _glob_piece_regex(piece, sep):
    """Regex source for one separator-free glob piece."""
    if piece and piece.strip('*') == '':
        # a bare '*' must match something; '**' (or more) may match nothing
        return '[^%s]+' % re.escape(sep) if piece == '*' else '[^%s]*' % re.escape(sep)
    out = []
    pos = 0
    end = len(piece)
    not_sep = '[^%s]' % re.escape(sep)
    while pos < end:
        ch = piece[pos]
        pos += 1
        if ch == '*':
            while pos < end and piece[pos] == '*':
                pos += 1
            out.append(not_sep + '*')
        elif ch == '?':
            out.append(not_sep)
        elif ch == '[':
            cls, pos = _bracket_regex(piece, pos)
            out.append(cls)
        else:
            out.append(re.escape(ch))
    return ''.join(out)


def _bracket_regex(piece, pos):
    """Translate a '[...]' set whose '[' ends just before pos.

    Returns (regex, new position); an unterminated set is a literal '['."""
    end = len(piece)
    look = pos
    negate = False
    if look < end and piece[look] == '!':
        negate = True
        look += 1
    if look < end and piece[look] == ']':
        look += 1                       # a leading ']' is an ordinary member
    close = piece.find(']', look)
    if close < 0:
        return re.escape('['), pos
    body = piece[pos + negate:close]
    members = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == '-':
            low, high = body[i], body[i + 2]
            if low <= high:
                members.append(re.escape(low) + '-' + re.escape(high))
            i += 3
        else:
            members.append(re.escape(body[i]))
            i += 1
    if not members:
        regex = '[\\s\\S]' if negate else '(?!)'
    else:
        regex = '[' + ('^' if negate else '') + ''.join(members) + ']'
    return regex, close + 1


def _name_matcher(piece, sep, ignore_case):
    if not ignore_case and piece[:1] == '*' and not _has_magic(piece[1:]):
        # '*' and '*LITERAL' (e.g. '*.py'), case-sensitively: plain string
        # tests that accept exactly what the regex below would.
        tail = piece[1:]
        if tail:
            def accept(name):
                return name.endswith(tail) and sep not in name
        else:
            def accept(name):
                return name != '' and sep not in name
        return accept
    flags = re.DOTALL | (re.IGNORECASE if ignore_case else 0)
    return re.compile(_glob_piece_regex(piece, sep), flags).fullmatch


def _has_magic(piece):
    return '*' in piece or '?' in piece or '[' in piece


# ---------------------------------------------------------------- grammars

class _PosixGrammar:
    """Path syntax of POSIX systems."""

    sep = '/'
    seps = ('/',)
    pathmod = posixpath
    exact_case = True
    device_names = frozenset()

    def fold(self, text):
        return text

    def split(self, text):
        return posixpath.splitroot(text)

    def render(self, drive, root, names):
        text = drive + root + '/'.join(names)
        return text or '.'

    def uri(self, path):
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(path)))


class _WindowsGrammar:
    """Path syntax of Windows: drives, UNC shares, either slash."""

    sep = '\\'
    seps = ('\\', '/')
    pathmod = ntpath
    exact_case = False
    device_names = frozenset(
        ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
        + ['%s%s' % (kind, digit) for kind in ('COM', 'LPT')
           for digit in '123456789\u00b9\u00b2\u00b3'])

    def fold(self, text):
        return text.lower()

    def split(self, text):
        drive, root, body = ntpath.splitroot(text)
        drive = drive.replace('/', '\\')
        if root:
            root = '\\'
        elif drive and self.names_share(drive):
            root = '\\'
        return drive, root, body.replace('/', '\\')

    @staticmethod
    def names_share(drive):
        """True for a complete \\\\server\\share (or \\\\?\\UNC\\...) drive."""
        if drive[:2] != '\\\\' or drive.endswith('\\'):
            return False
        bits = drive[2:].split('\\')
        if len(bits) == 4 and bits[0] == '?' and bits[1].upper() == 'UNC':
            return True
        return len(bits) == 2 and bits[0] not in ('', '?', '.')

    def render(self, drive, root, names):
        text = drive + root + '\\'.join(names)
        if not drive and not root and names and ntpath.splitroot(names[0])[0]:
            # keep a first name such as 'c:x' from reading as a drive
            text = '.\\' + text
        return text or '.'

    def uri(self, path):
        from urllib.parse import quote_from_bytes
        drive = path._drive_s
        slashed = path.as_posix()
        if len(drive) == 2 and drive[1] == ':':
            return 'file:///' + drive + quote_from_bytes(slashed[2:].encode('utf-8'))
        return 'file:' + quote_from_bytes(slashed.encode('utf-8'))


_POSIX = _PosixGrammar()
_WINDOWS = _WindowsGrammar()


def _as_text(arg):
    """The str a constructor argument stands for."""
    if isinstance(arg, PurePath):
        return arg.as_posix()
    if isinstance(arg, str):
        return arg
    try:
        value = os.fspath(arg)
    except TypeError:
        value = arg
    if isinstance(value, str):
        return value
    raise TypeError("argument should be a str or an os.PathLike object where "
                    "__fspath__ returns a str, not %r" % type(value).__name__)


def _names_of(body, sep):
    """The names of a separator-joined body, without empty and '.' ones."""
    names = body.split(sep)
    if '' in names or '.' in names:
        return tuple([n for n in names if n and n != '.'])
    return tuple(names)


def _posix_root(text):
    """posixpath.splitroot() of a str, without its (always empty) drive."""
    if text[:1] != '/':
        return '', text
    if text[1:2] == '/' and text[2:3] != '/':
        return '//', text[2:]
    return '/', text[1:]


def _posix_path(cls, root, names, text):
    """A new cls (PurePosixPath or PosixPath exactly) from its parsed parts.

    What cls(text) would build, minus the parsing: names must be free of
    separators, '' and '.'; text may be None (rendered when asked for)."""
    path = _new_object(cls)
    path._drive_s = ''
    path._root_s = root
    path._names = names
    path._text = text
    path._key = None
    return path


_new_object = object.__new__


# ---------------------------------------------------------------- parents

class _Lineage(Sequence):
    """Read-only sequence of a path's ancestors, nearest first."""

    __slots__ = ('_child',)

    def __init__(self, child):
        self._child = child

    def __len__(self):
        return len(self._child._names)

    def __getitem__(self, index):
        count = len(self._child._names)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(count)))
        where = index + count if index < 0 else index
        if where < 0 or where >= count:
            raise IndexError(index)
        child = self._child
        return child._spawn(child._names[:count - 1 - where])

    def __repr__(self):
        return '<%s.parents>' % type(self._child).__name__


# ---------------------------------------------------------------- PurePath

class PurePath:
    """Path text manipulation without any filesystem access.

    Instantiating PurePath itself gives the flavour of the host system."""

    __slots__ = ('_drive_s', '_root_s', '_names', '_text', '_key')
    _grammar = _WINDOWS if _ON_WINDOWS else _POSIX

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if _ON_WINDOWS else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        grammar = self._grammar
        if grammar is _POSIX and len(args) == 1 and type(args[0]) is str:
            # the usual Path('some/text'): what the general code below does
            # for it, without the join
            root, body = _posix_root(args[0])
            self._drive_s = ''
            self._root_s = root
            self._names = _names_of(body, '/')
            self._text = None
            self._key = None
            return
        texts = [_as_text(a) for a in args]
        joined = grammar.pathmod.join(*texts) if texts else ''
        drive, root, body = grammar.split(joined)
        self._drive_s = drive
        self._root_s = root
        self._names = tuple(n for n in body.split(grammar.sep) if n and n != '.')
        self._text = None
        self._key = None

    def with_segments(self, *pathsegments):
        """Build a path of the same type from segments (subclass hook)."""
        cls = type(self)
        return cls(*pathsegments)

    def _spawn(self, names, drive=None, root=None):
        """A derived path through with_segments; anchor kept by default."""
        if drive is None:
            drive, root = self._drive_s, self._root_s
        cls = type(self)
        if (cls is PosixPath or cls is PurePosixPath) and (
                not names or type(names[-1]) is str):
            # with_segments is not overridden, and re-parsing the rendered
            # text would give back exactly these parts (callers pass names
            # taken from parsed paths, or checked like with_name's)
            return _posix_path(cls, root, names, None)
        return self.with_segments(self._grammar.render(drive, root, names))

    # -- text forms
    def __str__(self):
        if self._text is None:
            self._text = self._grammar.render(self._drive_s, self._root_s, self._names)
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path text with forward slashes."""
        return str(self).replace('\\', '/') if self._grammar is _WINDOWS else str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def __reduce__(self):
        return type(self), self.parts

    def as_uri(self):
        """The path as a 'file:' URI; the path must be absolute."""
        if self.is_absolute():
            return self._grammar.uri(self)
        raise ValueError("relative path can't be expressed as a file URI")

    # -- comparison
    def _folded(self):
        if self._key is None:
            self._key = self._grammar.fold(str(self))
        return self._key

    def _rank(self, other):
        """Ordering keys of self and other, or None for a foreign object."""
        if not isinstance(other, PurePath) or other._grammar is not self._grammar:
            return None
        sep = self._grammar.sep
        return self._folded().split(sep), other._folded().split(sep)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or other._grammar is not self._grammar:
            return NotImplemented
        return self._folded() == other._folded()

    def __hash__(self):
        return hash(self._folded())

    def __lt__(self, other):
        pair = self._rank(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._rank(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._rank(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._rank(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    # -- components
    @property
    def drive(self):
        """The drive, e.g. 'c:' or '\\\\server\\share' ('' on POSIX)."""
        return self._drive_s

    @property
    def root(self):
        """The root separator, if any."""
        return self._root_s

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drive_s + self._root_s

    @property
    def parts(self):
        """Tuple of the anchor (if any) followed by the names."""
        head = self._drive_s + self._root_s
        return ((head,) + self._names) if head else self._names

    @property
    def name(self):
        """Final name component, '' when there is none."""
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        """Final dotted extension of the name, or ''."""
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        """All dotted extensions of the name."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + ext for ext in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The name without its final suffix."""
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        """The logical parent (the path itself for an anchor or '.')."""
        if not self._names:
            return self
        return self._spawn(self._names[:-1])

    @property
    def parents(self):
        """Sequence of the logical ancestors."""
        return _Lineage(self)

    # -- derivations
    def with_name(self, name):
        """Same path with the final name replaced."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or name == '.' or any(s in name for s in self._grammar.seps):
            raise ValueError('Invalid name %r' % (name,))
        return self._spawn(self._names[:-1] + (name,))

    def with_stem(self, stem):
        """Same path with the stem replaced, suffix kept."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Same path with the suffix replaced ('' removes it)."""
        if any(s in suffix for s in self._grammar.seps) or suffix == '.' or (
                suffix and not suffix.startswith('.')):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        return self._spawn(self._names[:-1] + (self.stem + suffix,))

    def joinpath(self, *pathsegments):
        """This path extended by the given segments."""
        if len(pathsegments) == 1:
            cls = type(self)
            if (cls is PosixPath or cls is PurePosixPath) and type(pathsegments[0]) is str:
                return self._joined(pathsegments[0])
        return self.with_segments(self, *pathsegments)

    def _joined(self, text):
        """self / text for a plain POSIX path and a str: posixpath.join's
        result parsed, without building and re-splitting the joined text."""
        if text[:1] == '/':
            root, body = _posix_root(text)
            return _posix_path(type(self), root, _names_of(body, '/'), None)
        return _posix_path(type(self), self._root_s,
                           self._names + _names_of(text, '/'), None)

    def __truediv__(self, key):
        cls = type(self)
        if (cls is PosixPath or cls is PurePosixPath) and type(key) is str:
            return self._joined(key)
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            joined = self.with_segments(key, self)
        except TypeError:
            joined = NotImplemented
        return joined

    def _other_path(self, other, extra, method, what):
        if extra:
            warnings.warn(_EXTRA_ARGS_NOTE % (what, method),
                          DeprecationWarning, stacklevel=3)
        return self.with_segments(other, *extra)

    def _shared_depth(self, other):
        """Count of leading names equal (case-normalised) in both paths."""
        fold = self._grammar.fold
        depth = 0
        for mine, theirs in zip(self._names, other._names):
            if fold(mine) != fold(theirs):
                break
            depth += 1
        return depth

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path expressed relative to other.

        With walk_up, '..' entries climb out of other when needed."""
        base = self._other_path(other, _deprecated, 'relative_to',
                                'positional argument')
        fold = self._grammar.fold
        same_anchor = fold(self.anchor) == fold(base.anchor)
        depth = self._shared_depth(base) if same_anchor else 0
        if same_anchor and depth == len(base._names):
            return self._spawn(self._names[depth:], '', '')
        if not walk_up:
            raise ValueError('%r is not in the subpath of %r' % (str(self), str(base)))
        climb = base._names[depth:]
        if '..' in climb:
            raise ValueError("'..' segment in %r cannot be walked" % (str(base),))
        if not same_anchor:
            raise ValueError('%r and %r have different anchors' % (str(self), str(base)))
        return self._spawn(('..',) * len(climb) + self._names[depth:], '', '')

    def is_relative_to(self, other, /, *_deprecated):
        """Whether this path lies at or below other."""
        base = self._other_path(other, _deprecated, 'is_relative_to', 'argument')
        fold = self._grammar.fold
        return (fold(self.anchor) == fold(base.anchor)
                and self._shared_depth(base) == len(base._names))

    # -- queries
    def is_absolute(self):
        """True when both the needed anchor pieces are present."""
        if self._grammar is _WINDOWS:
            return bool(self._drive_s and self._root_s)
        return bool(self._root_s)

    def is_reserved(self):
        """True for Windows device names such as 'NUL' or 'COM1'."""
        devices = self._grammar.device_names
        if not devices or not self._names or self._drive_s.startswith('\\\\'):
            return False
        # the device name is what precedes any extension or stream suffix
        head = re.split('[.:]', self._names[-1], maxsplit=1)[0]
        return head.rstrip(' ').upper() in devices

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches a glob-style pattern, from the right."""
        grammar = self._grammar
        pattern = self.with_segments(path_pattern)
        if not pattern._names and not pattern.anchor:
            raise ValueError('empty pattern')
        if case_sensitive is None:
            case_sensitive = grammar.exact_case
        sep = grammar.sep
        text = pattern.anchor + sep.join(pattern._names)
        body = re.escape(sep).join(_glob_piece_regex(p, sep) for p in text.split(sep))
        if pattern.anchor:
            source = '\\A' + body + '\\Z'
        else:
            source = '(?:\\A|(?<=%s))%s\\Z' % (re.escape(sep), body)
        flags = re.DOTALL | (0 if case_sensitive else re.IGNORECASE)
        subject = str(self) if self._names or self.anchor else ''
        return re.search(source, subject, flags) is not None


class PurePosixPath(PurePath):
    """Pure path with POSIX syntax."""
    _grammar = _POSIX
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Pure path with Windows syntax."""
    _grammar = _WINDOWS
    __slots__ = ()


# ---------------------------------------------------------------- Path

class Path(PurePath):
    """Path with filesystem operations; instantiates the host flavour."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if _ON_WINDOWS else PosixPath
        elif cls._grammar is not PurePath._grammar:
            raise NotImplementedError('cannot instantiate %r on your system'
                                      % (cls.__name__,))
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            warnings.warn(_KWARGS_NOTE, DeprecationWarning, stacklevel=2)
        PurePath.__init__(self, *args)

    def __enter__(self):
        warnings.warn(_ENTER_NOTE, DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    def _child(self, name):
        names = self._names + (name,)
        if type(name) is str:
            # As CPython's, not normalised: a '.' put in walk()'s dirnames
            # gives 'top/.', which is not 'top'
            return self._spawn(names)
        return self.with_segments(self._grammar.render(self._drive_s, self._root_s, names))

    def _child_maker(self):
        """A function giving self._child(name) for names read from the
        directory self (so never '', '.' or holding a separator)."""
        cls = type(self)
        if cls is not PosixPath:
            return self._child
        root = self._root_s
        names = self._names
        prefix = str(self) + '/' if names else root

        def child(name):
            return _posix_path(cls, root, names + (name,), prefix + name)
        return child

    # -- constructors
    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls('~').expanduser()

    def absolute(self):
        """An absolute form, made by prefixing the working directory."""
        if self.is_absolute():
            return self
        here = os.getcwd()
        if not self._names and not self.anchor:
            return self.with_segments(here)
        return self.with_segments(here, str(self))

    def resolve(self, strict=False):
        """Absolute path with symlinks and '..' resolved."""
        try:
            text = os.path.realpath(str(self), strict=strict)
        except OSError as err:
            if err.errno == ELOOP:
                raise RuntimeError('Symlink loop from %r' % (err.filename,))
            raise
        if not strict:
            try:
                os.stat(text)
            except OSError as err:
                if err.errno == ELOOP:
                    raise RuntimeError('Symlink loop from %r' % (text,))
        return self.with_segments(text)

    def expanduser(self):
        """Replace a leading '~' or '~user' by the home directory."""
        if self.anchor or not self._names or not self._names[0].startswith('~'):
            return self
        home = os.path.expanduser(self._names[0])
        if home.startswith('~'):
            raise RuntimeError('Could not determine home directory.')
        return self.with_segments(home, *self._names[1:])

    def readlink(self):
        """The target a symbolic link points to."""
        target = os.readlink(str(self))
        return self.with_segments(target)

    # -- status
    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.stat() without following a final symlink."""
        return os.stat(str(self), follow_symlinks=False)

    def _mode_or_none(self, follow):
        try:
            return os.stat(str(self), follow_symlinks=follow).st_mode
        except OSError as err:
            if err.errno not in _ABSENT:
                raise
        except ValueError:
            pass
        return None

    def _mode_is(self, test, follow=True):
        mode = self._mode_or_none(follow)
        return mode is not None and test(mode)

    def exists(self, *, follow_symlinks=True):
        """Whether the path exists."""
        return self._mode_or_none(follow_symlinks) is not None

    def is_dir(self):
        return self._mode_is(_st.S_ISDIR)

    def is_file(self):
        return self._mode_is(_st.S_ISREG)

    def is_symlink(self):
        return self._mode_is(_st.S_ISLNK, False)

    def is_block_device(self):
        return self._mode_is(_st.S_ISBLK)

    def is_char_device(self):
        return self._mode_is(_st.S_ISCHR)

    def is_fifo(self):
        return self._mode_is(_st.S_ISFIFO)

    def is_socket(self):
        return self._mode_is(_st.S_ISSOCK)

    def is_mount(self):
        return os.path.ismount(str(self))

    def is_junction(self):
        return os.path.isjunction(str(self))

    def samefile(self, other_path):
        """Whether other_path names the same file."""
        mine = self.stat()
        if not isinstance(other_path, Path):
            other_path = self.with_segments(other_path)
        theirs = other_path.stat()
        return mine.st_ino == theirs.st_ino and mine.st_dev == theirs.st_dev

    def owner(self):
        """Name of the user owning the file."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError('Path.owner() is unsupported on this system')
        uid = self.stat().st_uid
        return pwd.getpwuid(uid).pw_name

    def group(self):
        """Name of the group owning the file."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError('Path.group() is unsupported on this system')
        gid = self.stat().st_gid
        return grp.getgrgid(gid).gr_name

    # -- file contents
    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, like the built-in open()."""
        if 'b' in mode:
            return io.open(str(self), mode, buffering, encoding, errors, newline)
        return io.open(str(self), mode, buffering, io.text_encoding(encoding),
                       errors, newline)

    def read_bytes(self):
        with self.open('rb') as fh:
            return fh.read()

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=io.text_encoding(encoding), errors=errors) as fh:
            return fh.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open('wb') as fh:
            return fh.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        kind = type(data)
        if not issubclass(kind, str):
            raise TypeError('data must be str, not %s' % kind.__name__)
        with self.open('w', encoding=io.text_encoding(encoding), errors=errors,
                       newline=newline) as fh:
            return fh.write(data)

    # -- directories
    def iterdir(self):
        """Yield the entries of this directory (not '.' or '..')."""
        names = os.listdir(str(self))
        child = self._child_maker()
        for name in names:
            yield child(name)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Yield (dirpath, dirnames, filenames) like os.walk()."""
        # Depth-first over a stack of frames [report, names_left]; names_left
        # stays None until the frame is first reached, so that a top-down
        # caller can edit report[1] before the children are taken from it.
        frames = []

        def open_frame(folder):
            try:
                with os.scandir(str(folder)) as it:
                    found = list(it)
            except OSError as exc:
                if on_error is not None:
                    on_error(exc)
                return
            subdirs = []
            others = []
            for ent in found:
                try:
                    target = subdirs if ent.is_dir(follow_symlinks=follow_symlinks) else others
                except OSError:
                    target = others
                target.append(ent.name)
            frames.append([(folder, subdirs, others), None])

        open_frame(self)
        while frames:
            frame = frames[-1]
            report = frame[0]
            if frame[1] is None:
                if top_down:
                    yield report
                frame[1] = iter(tuple(report[1]))
            for name in frame[1]:
                open_frame(report[0]._child(name))
                break
            else:
                frames.pop()
                if not top_down:
                    yield report

    def glob(self, pattern, *, case_sensitive=None):
        """Yield the paths below this one that match pattern."""
        text = os.fspath(pattern)
        if not text:
            raise ValueError('Unacceptable pattern: %r' % (text,))
        yield from self._search(text, [], case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """Like glob() with '**/' put in front of pattern."""
        yield from self._search(os.fspath(pattern), ['**'], case_sensitive)

    def _search(self, text, steps, case_sensitive):
        grammar = self._grammar
        shape = self.with_segments(text)
        if shape.anchor:
            raise NotImplementedError('Non-relative patterns are unsupported')
        steps.extend(shape._names)
        for step in steps:
            if '**' in step and step != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        dirs_only = text.endswith(grammar.seps)
        if not steps:
            # CPython 3.12 crashes on patterns such as '.' and './'.
            if dirs_only:
                raise AttributeError(
                    "'_TerminatingSelector' object has no attribute 'select_from'")
            raise IndexError('tuple index out of range')
        if case_sensitive is None:
            case_sensitive = grammar.exact_case
        if not self.is_dir():
            return ()
        # Every step but '..' and '**' lists the directories reached so far;
        # only the last step may select non-directories, and nothing found is
        # re-checked afterwards.
        stream = iter((self,))
        final = len(steps) - 1
        for index, step in enumerate(steps):
            if step == '..':
                stream = _parents_of(stream)
            elif step == '**':
                stream = _every_directory(stream)
            else:
                if case_sensitive and not _has_magic(step):
                    accept = step.__eq__
                else:
                    accept = _name_matcher(step, grammar.sep, not case_sensitive)
                stream = _scan_matching(stream, accept, index < final or dirs_only)
        if steps.count('**') > 1:
            stream = _first_sightings(stream)
        return stream

    # -- changing the filesystem
    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times when it exists."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create this directory (and missing ancestors when parents)."""
        missing = []                     # ancestors to create, nearest first
        cursor = self
        while True:
            try:
                os.mkdir(cursor, mode if cursor is self else 0o777)
                break
            except FileNotFoundError:
                up = cursor.parent
                if not parents or up == cursor:
                    raise
                missing.append(cursor)
                cursor = up
            except OSError:
                if cursor is self:
                    if exist_ok and self.is_dir():
                        return
                    raise
                if not cursor.is_dir():
                    raise
                break
        for step in reversed(missing):
            try:
                os.mkdir(step, mode if step is self else 0o777)
            except OSError:
                if step is self and not exist_ok or not step.is_dir():
                    raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits."""
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() applied to a symlink itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(str(self))

    def rename(self, target):
        """Rename to target; returns the new path."""
        os.rename(str(self), target)
        return self.with_segments(os.fspath(target))

    def replace(self, target):
        """Rename to target, overwriting it; returns the new path."""
        os.replace(str(self), target)
        return self.with_segments(os.fspath(target))

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, str(self), target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(target, str(self))


def _every_directory(stream):
    """Each given directory, then every real directory below it.

    All subdirectories of a directory are reported before any of them is
    listed in turn."""
    for top in stream:
        yield top
        to_list = [top]
        while to_list:
            found = _real_subdirs(to_list.pop())
            yield from found
            to_list.extend(reversed(found))


def _real_subdirs(folder):
    """Child directories (symlinks excluded) of folder; [] if unreadable."""
    try:
        with os.scandir(str(folder)) as entries:
            listing = list(entries)
    except OSError:
        return []
    found = []
    child = folder._child_maker()
    for entry in listing:
        try:
            if entry.is_dir(follow_symlinks=False):
                found.append(child(entry.name))
        except OSError:
            pass
    return found


def _parents_of(stream):
    """Each given path with '..' appended, unchecked."""
    for base in stream:
        yield base._child('..')


def _first_sightings(stream):
    """The given paths with repeats dropped."""
    seen = set()
    for item in stream:
        if item not in seen:
            seen.add(item)
            yield item


def _scan_matching(stream, accept, dirs_only):
    """Entries of each given directory whose names satisfy accept.

    With dirs_only, only entries that are (or point to) directories."""
    for base in stream:
        if not dirs_only:
            # only the names are needed: a plain listing will do
            try:
                names = os.listdir(str(base))
            except OSError:
                continue
            child = base._child_maker()
            for name in names:
                if accept(name):
                    yield child(name)
            continue
        try:
            with os.scandir(str(base)) as entries:
                listing = list(entries)
        except OSError:
            continue
        child = base._child_maker()
        for entry in listing:
            if not accept(entry.name):
                continue
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
            yield child(entry.name)


class PosixPath(Path, PurePosixPath):
    """Concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Concrete path on a Windows system."""
    __slots__ = ()
