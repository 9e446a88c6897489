"""Object-oriented filesystem paths (pathlib), written for pyrs."""

import errno
import io
import os
from stat import (S_ISDIR, S_ISREG, S_ISLNK, S_ISSOCK, S_ISFIFO, S_ISBLK,
                  S_ISCHR)

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath',
           'Path', 'PosixPath', 'WindowsPath']


# ---------------------------------------------------------------------------
# Flavours: how a path string splits into drive, root and components.

class _PosixFlavour:
    sep = '/'
    altsep = ''
    case_sensitive = True

    def splitroot(self, path):
        if path[:1] != '/':
            return '', '', path
        if path[1:2] == '/' and path[2:3] != '/':
            return '', '//', path[2:]
        return '', '/', path[1:]

    def splitdrive(self, path):
        return '', path

    def join(self, first, *others):
        result = first
        for part in others:
            if part.startswith('/') or not result:
                result = part
            elif result.endswith('/'):
                result = result + part
            else:
                result = result + '/' + part
        return result

    def normcase(self, text):
        return text


class _WindowsFlavour:
    sep = '\\'
    altsep = '/'
    case_sensitive = False

    def splitroot(self, path):
        norm = path.replace('/', '\\')
        if norm[:1] == '\\':
            if norm[1:2] != '\\':
                return '', path[:1], path[1:]
            # UNC share or device path: \\server\share, \\?\UNC\server\share
            start = 8 if norm[:8].upper() == '\\\\?\\UNC\\' else 2
            first = norm.find('\\', start)
            if first < 0:
                return path, '', ''
            second = norm.find('\\', first + 1)
            if second < 0:
                return path, '', ''
            return path[:second], path[second:second + 1], path[second + 1:]
        if norm[1:2] == ':':
            if norm[2:3] == '\\':
                return path[:2], path[2:3], path[3:]
            return path[:2], '', path[2:]
        return '', '', path

    def splitdrive(self, path):
        drive, root, rest = self.splitroot(path)
        return drive, root + rest

    def join(self, first, *others):
        drive, root, rest = self.splitroot(first)
        for part in others:
            p_drive, p_root, p_rest = self.splitroot(part)
            if p_root:
                if p_drive or not drive:
                    drive = p_drive
                root = p_root
                rest = p_rest
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, root, rest = p_drive, p_root, p_rest
                    continue
                drive = p_drive
            if rest and rest[-1] not in '\\/':
                rest = rest + '\\'
            rest = rest + p_rest
        if rest and not root and drive and drive[-1:] not in ':\\/':
            return drive + '\\' + rest
        return drive + root + rest

    def normcase(self, text):
        return text.replace('/', '\\').lower()


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()

_WINDOWS_RESERVED = {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
for _digit in '123456789\xb9\xb2\xb3':
    _WINDOWS_RESERVED.add('COM' + _digit)
    _WINDOWS_RESERVED.add('LPT' + _digit)
del _digit


def _coerce_segment(arg):
    try:
        path = os.fspath(arg)
    except TypeError:
        path = arg
    if not isinstance(path, str):
        raise TypeError("argument should be a str or an os.PathLike object "
                        "where __fspath__ returns a str, not "
                        f"{type(path).__name__!r}")
    return path


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      b'0123456789_.-~/')


def _uri_quote(text):
    out = []
    for byte in text.encode('utf-8', 'surrogateescape'):
        if byte in _URI_SAFE:
            out.append(chr(byte))
        else:
            out.append('%%%02X' % byte)
    return ''.join(out)


# ---------------------------------------------------------------------------
# Wildcard patterns, with the semantics of the regular expressions that
# fnmatch.translate() builds.  A compiled pattern is a list of elements:
#   ('c', ch)        one literal character
#   ('.',)           any character ('\n' only when dotall)
#   ('[', neg, chars, ranges)  a character set
#   ('!',)           a set that can never match
#   ('*',)           any run of characters ('\n' only when dotall)
#   ('>', tokens)    the shortest run followed by fixed tokens, committed

_STAR = ('*',)
_ANY = ('.',)


def _parse_set(pat, i):
    """Parse the set whose '[' is just before pat[i]; None if unclosed."""
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None
    body = pat[i:j]
    chunks = _set_chunks(body) if '-' in body else [body]
    text = '-'.join(chunks)
    if not text:
        return ('!',), j + 1
    if text == '!':
        return _ANY, j + 1
    negated = text[0] == '!'
    if negated:
        chunks[0] = chunks[0][1:]
    ranges = []
    for k in range(1, len(chunks)):
        if chunks[k - 1]:
            ranges.append((chunks[k - 1][-1], chunks[k][0]))
    return ('[', negated, ''.join(chunks), ranges), j + 1


def _set_chunks(body):
    """Split a set body at the hyphens that make ranges."""
    chunks = []
    start = 0
    k = 2 if body[:1] == '!' else 1
    while True:
        k = body.find('-', k)
        if k < 0:
            break
        chunks.append(body[start:k])
        start = k + 1
        k += 3
    last = body[start:]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'
    # Ranges running backwards are empty: drop both of their ends.
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _tokenize(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append(_ANY)
        elif c == '[':
            parsed = _parse_set(pat, i)
            if parsed is None:
                tokens.append(('c', '['))
            else:
                tok, i = parsed
                tokens.append(tok)
        else:
            tokens.append(('c', c))
    return tokens


def _compile_wildcard(pat):
    """Elements for one fnmatch-style pattern (no anchoring)."""
    tokens = _tokenize(pat)
    elems = []
    i = 0
    n = len(tokens)
    while i < n and tokens[i] is not _STAR:
        elems.append(tokens[i])
        i += 1
    while i < n:
        i += 1  # skip the star
        fixed = []
        while i < n and tokens[i] is not _STAR:
            fixed.append(tokens[i])
            i += 1
        if i < n:
            elems.append(('>', fixed))
        else:
            elems.append(_STAR)
            elems.extend(fixed)
    return elems


def _in_set(tok, ch):
    if ch in tok[2]:
        return True
    for low, high in tok[3]:
        if low <= ch <= high:
            return True
    return False


def _token_matches(tok, ch, dotall, icase):
    kind = tok[0]
    if kind == 'c':
        if ch == tok[1]:
            return True
        return icase and ch.lower() == tok[1].lower()
    if kind == '.':
        return dotall or ch != '\n'
    if kind == '[':
        hit = _in_set(tok, ch)
        if not hit and icase:
            for other in (ch.lower(), ch.upper()):
                if len(other) == 1 and _in_set(tok, other):
                    hit = True
                    break
        return hit != tok[1]
    return False


def _run_match(elems, text, starts, dotall, icase):
    """True if elems match text from one of starts to its very end."""
    n = len(text)
    memo = {}

    def free(q):
        return q < n and (dotall or text[q] != '\n')

    def fixed_at(tokens, q):
        if q + len(tokens) > n:
            return False
        for offset, tok in enumerate(tokens):
            if not _token_matches(tok, text[q + offset], dotall, icase):
                return False
        return True

    def step(k, p):
        key = (k, p)
        if key not in memo:
            memo[key] = attempt(k, p)
        return memo[key]

    def attempt(k, p):
        if k == len(elems):
            return p == n
        elem = elems[k]
        if elem is _STAR:
            q = p
            while True:
                if step(k + 1, q):
                    return True
                if not free(q):
                    return False
                q += 1
        if elem[0] == '>':
            q = p
            while not fixed_at(elem[1], q):
                if not free(q):
                    return False
                q += 1
            return step(k + 1, q + len(elem[1]))
        if p < n and _token_matches(elem, text[p], dotall, icase):
            return step(k + 1, p + 1)
        return False

    for start in starts:
        if step(0, start):
            return True
    return False


_name_cache = {}
_lines_cache = {}


def _name_matcher(pat, case_sensitive):
    """A function telling whether a file name matches pat (for glob)."""
    elems = _name_cache.get(pat)
    if elems is None:
        if len(_name_cache) > 256:
            _name_cache.clear()
        elems = _name_cache[pat] = _compile_wildcard(pat)
    icase = not case_sensitive

    def matches(name):
        return _run_match(elems, name, (0,), True, icase)
    return matches


def _compile_lines(lines):
    """Elements for a path pattern whose separators were turned into '\n'."""
    elems = _lines_cache.get(lines)
    if elems is not None:
        return elems
    elems = []
    for piece in lines.splitlines(True):
        if piece == '*' or piece == '*\n':
            # A lone '*' component matches a non-empty name.
            elems.append(_ANY)
            elems.append(_STAR)
            if piece.endswith('\n'):
                elems.append(('c', '\n'))
        else:
            elems.extend(_compile_wildcard(piece))
    if len(_lines_cache) > 256:
        _lines_cache.clear()
    _lines_cache[lines] = elems
    return elems


# ---------------------------------------------------------------------------
# Pure paths

class _PathParents:
    """The sequence of a path's logical ancestors."""

    def __init__(self, path):
        self._path = path
        self._drv = path.drive
        self._root = path.root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed_parts(self._drv, self._root,
                                             self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def index(self, value, start=0, stop=None):
        size = len(self)
        if start is not None and start < 0:
            start = max(size + start, 0)
        if stop is not None and stop < 0:
            stop += size
        i = start
        while stop is None or i < stop:
            if i >= size:
                break
            item = self[i]
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath(os.PathLike):
    """A path without filesystem access; PurePath() gives PurePosixPath."""

    # CPython registers PurePath with the os.PathLike ABC; without ABCs, pyrs inherits it.

    _flavour = _posix_flavour

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        raw = []
        for arg in args:
            if isinstance(arg, PurePath):
                if (arg._flavour is _windows_flavour
                        and self._flavour is not _windows_flavour):
                    raw.extend(p.replace('\\', '/') for p in arg._raw_paths)
                else:
                    raw.extend(arg._raw_paths)
            else:
                raw.append(_coerce_segment(arg))
        self._raw_paths = raw
        self._str = None

    def with_segments(self, *pathsegments):
        """Build a path of this type from segments (subclasses override)."""
        return type(self)(*pathsegments)

    # -- parsing and formatting

    @classmethod
    def _parse_path(cls, path):
        if not path:
            return '', '', []
        flavour = cls._flavour
        sep = flavour.sep
        if flavour.altsep:
            path = path.replace(flavour.altsep, sep)
        drv, root, rel = flavour.splitroot(path)
        if not root and drv.startswith(sep) and not drv.endswith(sep):
            pieces = drv.split(sep)
            if len(pieces) == 4 and pieces[2] not in '?.':
                root = sep
            elif len(pieces) == 6:
                root = sep
        tail = [x for x in rel.split(sep) if x and x != '.']
        return drv, root, tail

    @classmethod
    def _format_parsed_parts(cls, drv, root, tail):
        sep = cls._flavour.sep
        if drv or root:
            return drv + root + sep.join(tail)
        if tail and cls._flavour.splitdrive(tail[0])[0]:
            return '.' + sep + sep.join(tail)
        return sep.join(tail)

    def _load(self):
        raw = self._raw_paths
        if not raw:
            path = ''
        elif len(raw) == 1:
            path = raw[0]
        else:
            path = self._flavour.join(*raw)
        drv, root, tail = self._parse_path(path)
        self._set_parts(drv, root, tail)

    def _set_parts(self, drv, root, tail):
        self._drv = drv
        self._root = root
        self._tail_list = tail
        self._str = self._format_parsed_parts(drv, root, tail) or '.'

    def _from_parsed_parts(self, drv, root, tail):
        path = self.with_segments(self._format_parsed_parts(drv, root, tail))
        path._set_parts(drv, root, tail)
        return path

    def _make_child_relpath(self, name):
        tail = self._tail
        text = str(self)
        if tail:
            text = text + self._flavour.sep + name
        elif text != '.':
            text = text + name
        else:
            text = name
        path = self.with_segments(text)
        path._set_parts(self.drive, self.root, tail + [name])
        return path

    @property
    def _tail(self):
        if self._str is None:
            self._load()
        return self._tail_list

    # -- string forms

    def __str__(self):
        if self._str is None:
            self._load()
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the path as a string with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        fsencode = getattr(os, 'fsencode', None)
        if fsencode is not None:
            return fsencode(str(self))
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._flavour is _posix_flavour:
            return 'file://' + _uri_quote(str(self))
        drive = self.drive
        if len(drive) == 2 and drive[1] == ':':
            return 'file:///' + drive + _uri_quote(self.as_posix()[2:])
        if drive:
            return 'file:' + _uri_quote(self.as_posix())
        return 'file://' + _uri_quote(str(self))

    def __reduce__(self):
        return (self.__class__, self.parts)

    # -- comparison

    @property
    def _str_normcase(self):
        if self._flavour.case_sensitive:
            return str(self)
        return str(self).lower()

    @property
    def _parts_normcase(self):
        return self._str_normcase.split(self._flavour.sep)

    @property
    def _lines(self):
        text = str(self)
        if text == '.':
            return ''
        sep = self._flavour.sep
        return text.translate({ord(sep): '\n', ord('\n'): sep})

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._flavour is other._flavour
                and self._str_normcase == other._str_normcase)

    def __hash__(self):
        return hash(self._str_normcase)

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase < other._parts_normcase

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase <= other._parts_normcase

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase > other._parts_normcase

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._parts_normcase >= other._parts_normcase

    # -- components

    @property
    def drive(self):
        """The drive prefix (letter or UNC share), if any."""
        if self._str is None:
            self._load()
        return self._drv

    @property
    def root(self):
        """The root, if any."""
        if self._str is None:
            self._load()
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root."""
        return self.drive + self.root

    @property
    def parts(self):
        """A tuple of the path's components."""
        anchor = self.anchor
        if anchor:
            return (anchor,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        """The final component, if any."""
        tail = self._tail
        return tail[-1] if tail else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The logical parent of the path."""
        tail = self._tail
        if not tail:
            return self
        return self._from_parsed_parts(self.drive, self.root, tail[:-1])

    @property
    def parents(self):
        """A sequence of the path's logical parents."""
        return _PathParents(self)

    # -- derived paths

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        flavour = self._flavour
        if (not name or flavour.sep in name
                or (flavour.altsep and flavour.altsep in name) or name == '.'):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self.drive, self.root,
                                       self._tail[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the suffix changed ('' removes it)."""
        flavour = self._flavour
        if flavour.sep in suffix or (flavour.altsep and flavour.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)] + suffix
        else:
            name = name + suffix
        return self._from_parsed_parts(self.drive, self.root,
                                       self._tail[:-1] + [name])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """Return the path relative to other (ValueError if impossible)."""
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        step = 0
        for base in [other] + list(other.parents):
            if self.is_relative_to(base):
                break
            if not walk_up:
                raise ValueError(
                    f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if base.name == '..':
                raise ValueError(
                    f"'..' segment in {str(other)!r} cannot be walked")
            step += 1
        else:
            raise ValueError(
                f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = ['..'] * step + self._tail[len(base._tail):]
        return self.with_segments(*parts)

    def is_relative_to(self, other, /, *_deprecated):
        """True if the path is relative to other."""
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def joinpath(self, *pathsegments):
        """Combine this path with the given segments."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    # -- queries

    def is_absolute(self):
        """True if the path has a root (and a drive, on Windows)."""
        if self._flavour is _windows_flavour:
            return bool(self.drive and self.root)
        return bool(self.root)

    def is_reserved(self):
        """True if the path is a reserved name on Windows."""
        if self._flavour is not _windows_flavour or not self._tail:
            return False
        if self.drive.startswith('\\\\'):
            return False
        name = self._tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_RESERVED

    def match(self, path_pattern, *, case_sensitive=None):
        """True if the path matches the glob-style pattern (from the right)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        elems = _compile_lines(path_pattern._lines)
        lines = self._lines
        if path_pattern.drive or path_pattern.root:
            starts = (0,)
        elif path_pattern._tail:
            starts = [0] + [i + 1 for i, ch in enumerate(lines) if ch == '\n']
        else:
            raise ValueError("empty pattern")
        return _run_match(elems, lines, starts, False, not case_sensitive)


class PurePosixPath(PurePath):
    """A pure path using POSIX syntax."""
    _flavour = _posix_flavour


class PureWindowsPath(PurePath):
    """A pure path using Windows syntax (drives, backslashes)."""
    _flavour = _windows_flavour


# ---------------------------------------------------------------------------
# Concrete paths

def _ignore_error(exc):
    return (getattr(exc, 'errno', None) in _IGNORED_ERRNOS
            or getattr(exc, 'winerror', None) in (21, 123, 1921))


_IGNORED_ERRNOS = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def _make_selector(parts, case_sensitive):
    """A function (path -> iterator of paths) for the pattern parts."""
    pat = parts[0]  # an empty pattern ('.') fails here, as in CPython
    if not pat:
        return _select_self
    if pat == '**':
        i = 1
        while i < len(parts) and parts[i] == '**':
            i += 1
        rest = parts[i:]
        successor = _successor(rest, case_sensitive)
        return _recursive_selector(successor, '**' in rest)
    rest = parts[1:]
    if pat == '..':
        successor = _successor(rest, case_sensitive)
        return _parent_selector(successor)
    if '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path "
                         "component")
    successor = _successor(rest, case_sensitive)
    return _wildcard_selector(pat, successor, bool(rest), case_sensitive)


def _successor(parts, case_sensitive):
    if parts:
        return _make_selector(parts, case_sensitive)
    return _select_self


def _select_self(path):
    yield path


def _parent_selector(successor):
    def select(path):
        yield from successor(path._make_child_relpath('..'))
    return select


def _wildcard_selector(pat, successor, dironly, case_sensitive):
    matches = _name_matcher(pat, case_sensitive)

    def select(path):
        try:
            with path._scandir() as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            if dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            name = entry.name
            if matches(name):
                yield from successor(path._make_child_relpath(name))
    return select


def _recursive_selector(successor, dedupe):
    def directories(path):
        yield path
        for dirpath, dirnames, _ in path.walk():
            for dirname in dirnames:
                yield dirpath._make_child_relpath(dirname)

    def select(path):
        seen = set()
        for start in directories(path):
            for found in successor(start):
                if dedupe:
                    if found in seen:
                        continue
                    seen.add(found)
                yield found
    return select


class Path(PurePath):
    """A path with filesystem access; Path() gives PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        super().__init__(*args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        pass

    # -- information

    @classmethod
    def cwd(cls):
        """Return a path to the current working directory."""
        return cls().absolute()

    @classmethod
    def home(cls):
        """Return a path to the user's home directory."""
        return cls('~').expanduser()

    def stat(self, *, follow_symlinks=True):
        """Return the result of os.stat() on this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), without following a final symlink."""
        return self.stat(follow_symlinks=False)

    def exists(self, *, follow_symlinks=True):
        """True if the path exists."""
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode_test(self, test, follow_symlinks=True):
        try:
            if follow_symlinks:
                mode = self.stat().st_mode
            else:
                mode = self.lstat().st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(mode)

    def is_dir(self):
        """True if the path is a directory (following symlinks)."""
        return self._mode_test(S_ISDIR)

    def is_file(self):
        """True if the path is a regular file (following symlinks)."""
        return self._mode_test(S_ISREG)

    def is_symlink(self):
        """True if the path is a symbolic link."""
        return self._mode_test(S_ISLNK, follow_symlinks=False)

    def is_socket(self):
        """True if the path is a socket."""
        return self._mode_test(S_ISSOCK)

    def is_fifo(self):
        """True if the path is a FIFO."""
        return self._mode_test(S_ISFIFO)

    def is_block_device(self):
        """True if the path is a block device."""
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        """True if the path is a character device."""
        return self._mode_test(S_ISCHR)

    def is_mount(self):
        """True if the path is a mount point."""
        return os.path.ismount(self)

    def is_junction(self):
        """True if the path is a junction (never, on POSIX)."""
        isjunction = getattr(os.path, 'isjunction', None)
        if isjunction is not None:
            return isjunction(self)
        os.fspath(self)
        return False

    def samefile(self, other_path):
        """True if other_path is the same file as this path."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return os.path.samestat(st, other_st)

    def owner(self):
        """Return the login name of the file's owner."""
        try:
            import pwd
            return pwd.getpwuid(self.stat().st_uid).pw_name
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        """Return the group name of the file's group."""
        try:
            import grp
            return grp.getgrgid(self.stat().st_gid).gr_name
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")

    def readlink(self):
        """Return the path a symbolic link points to."""
        if not hasattr(os, 'readlink'):
            raise NotImplementedError("os.readlink() not available on this system")
        return self.with_segments(os.readlink(self))

    # -- directory listing and globbing

    def _scandir(self):
        return os.scandir(self)

    def iterdir(self):
        """Yield the paths of the directory's entries."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _pattern_parts(self, pattern):
        drv, root, parts = self._parse_path(os.fspath(pattern))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        return parts

    def glob(self, pattern, *, case_sensitive=None):
        """Yield the existing paths matching the relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = self._pattern_parts(pattern)
        yield from self._select(parts, case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """Like glob() with '**/' in front of the pattern."""
        parts = self._pattern_parts(pattern)
        yield from self._select(['**'] + parts, case_sensitive)

    def _select(self, parts, case_sensitive):
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        selector = _make_selector(tuple(parts), case_sensitive)
        if not self.is_dir():
            return
        yield from selector(self)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Walk the tree below this directory, like os.walk()."""
        pending = [self]
        while pending:
            path = pending.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                scanner = path._scandir()
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames = []
            filenames = []
            with scanner:
                for entry in scanner:
                    try:
                        is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                    except OSError:
                        is_dir = False
                    if is_dir:
                        dirnames.append(entry.name)
                    else:
                        filenames.append(entry.name)
            if top_down:
                yield path, dirnames, filenames
            else:
                pending.append((path, dirnames, filenames))
            for name in reversed(dirnames):
                pending.append(path._make_child_relpath(name))

    # -- path transformations using the filesystem

    def absolute(self):
        """Return an absolute version of the path (no normalisation)."""
        if self.is_absolute():
            return self
        cwd = os.getcwd()
        if not self.drive and not self.root and not self._tail:
            return self.with_segments(cwd)
        return self.with_segments(cwd, self)

    def resolve(self, strict=False):
        """Make the path absolute, resolving symlinks and '..'."""
        try:
            resolved = os.path.realpath(self, strict=strict)
        except OSError as e:
            _check_loop(e)
            raise
        path = self.with_segments(resolved)
        if not strict:
            try:
                path.stat()
            except OSError as e:
                _check_loop(e)
        return path

    def expanduser(self):
        """Replace a leading '~' or '~user' with the home directory."""
        tail = self._tail
        if not (self.drive or self.root) and tail and tail[0][:1] == '~':
            home = os.path.expanduser(tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            drv, root, home_tail = self._parse_path(home)
            return self._from_parsed_parts(drv, root, home_tail + tail[1:])
        return self

    # -- reading and writing

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        """Open the file, as the built-in open() does."""
        if 'b' not in mode:
            encoding = _text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Return the file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Return the file's contents as str."""
        encoding = _text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write bytes to the file (replacing it); return the count."""
        if not isinstance(data, bytes):
            try:
                data = memoryview(data)
            except NameError:
                raise TypeError("memoryview: a bytes-like object is required, "
                                f"not '{type(data).__name__}'") from None
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write str to the file (replacing it); return the count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        encoding = _text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    # -- changing the filesystem

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its modification time."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a directory here."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions, as os.chmod() does."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Like chmod(), without following a final symlink."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or symbolic link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the empty directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename to target; return the new path."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """Rename to target, replacing it if it exists; return the new path."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link pointing to target."""
        if not hasattr(os, 'symlink'):
            raise NotImplementedError("os.symlink() not available on this system")
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        if not hasattr(os, 'link'):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)


def _check_loop(exc):
    if exc.errno == errno.ELOOP or getattr(exc, 'winerror', 0) == 1921:
        raise RuntimeError("Symlink loop from %r" % exc.filename)


def _text_encoding(encoding):
    text_encoding = getattr(io, 'text_encoding', None)
    if text_encoding is not None:
        return text_encoding(encoding)
    return 'locale' if encoding is None else encoding


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    if os.name == 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(
                f"cannot instantiate {cls.__name__!r} on your system")


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on a Windows system (not available here)."""

    if os.name != 'nt':
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(
                f"cannot instantiate {cls.__name__!r} on your system")
