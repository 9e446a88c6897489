"""zipfile.Path: a pathlib-style view of the members of a ZIP archive."""

import contextlib
import io
import itertools
import pathlib
import posixpath
import re
import zipfile

__all__ = ['Path']


def _parent_dirs(name):
    """'a/b/c' -> 'a/b', 'a' (nearest first)."""
    name = name.rstrip(posixpath.sep)
    while True:
        name, _, _ = name.rpartition(posixpath.sep)
        if not name:
            return
        yield name


def _implied_dirs(names):
    """Directory entries (with a trailing slash) the names imply but do not list."""
    listed = set(names)
    seen = set()
    for parent in itertools.chain.from_iterable(map(_parent_dirs, names)):
        folder = parent + posixpath.sep
        if folder not in seen and folder not in listed:
            seen.add(folder)
            yield folder


def translate(pattern):
    """A regular expression for a glob pattern over member names."""
    tokens = re.findall(r'\*\*/|\*\*|\*|\?|\[[^\]]*\]|.', pattern, re.DOTALL)
    table = {'**/': '.*/', '**': '.*', '*': '[^/]*', '?': '.'}
    out = []
    for token in tokens:
        if token in table:
            out.append(table[token])
        elif token.startswith('[') and len(token) > 1:
            out.append(token)
        else:
            out.append(re.escape(token))
    return ''.join(out)


class InitializedState:
    """Keeps the arguments a ZipFile was made with, so it can be pickled."""

    def __init__(self, *args, **kwargs):
        self._made_with = (args, kwargs)
        zipfile.ZipFile.__init__(self, *args, **kwargs)

    def __getstate__(self):
        return self._made_with

    def __setstate__(self, state):
        self._made_with = state
        zipfile.ZipFile.__init__(self, *state[0], **state[1])


class CompleteDirs(InitializedState, zipfile.ZipFile):
    """A ZipFile whose name list includes the directories its members imply."""

    def namelist(self):
        listed = zipfile.ZipFile.namelist(self)
        return listed + list(_implied_dirs(listed))

    def _name_set(self):
        return {*self.namelist()}

    def resolve_dir(self, name):
        """`name` with a trailing slash if only that form names a directory."""
        names = self._name_set()
        folder = name + '/'
        if name not in names and folder in names:
            return folder
        return name

    def getinfo(self, name):
        """Like ZipFile.getinfo, with a bare ZipInfo for implied directories."""
        try:
            return zipfile.ZipFile.getinfo(self, name)
        except KeyError:
            if name[-1:] == '/' and name in self._name_set():
                return zipfile.ZipInfo(name)
            raise

    @classmethod
    def make(cls, source):
        """Turn a ZipFile or a path into a CompleteDirs (FastLookup for reading)."""
        if isinstance(source, CompleteDirs):
            return source
        if isinstance(source, zipfile.ZipFile):
            source.__class__ = cls if source.mode == 'r' else CompleteDirs
            return source
        return cls(source)


class FastLookup(CompleteDirs):
    """CompleteDirs that computes its name list once (for read-only archives)."""

    def namelist(self):
        cached = self.__dict__.get('_cached_names')
        if cached is None:
            cached = self._cached_names = super().namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get('_cached_set')
        if cached is None:
            cached = self._cached_set = super()._name_set()
        return cached


def _text_options(encoding=None, *args, **kwargs):
    chosen = io.text_encoding(encoding, 3)
    return chosen, args, kwargs


class Path:
    """A member (or directory) of a ZIP archive, used like a pathlib path.

    `root` is a ZipFile or the archive's path; `at` is the member name inside it.
    """

    def __init__(self, root, at=""):
        self.at = at
        self.root = FastLookup.make(root)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.root == other.root and self.at == other.at

    def __hash__(self):
        return hash(self.root) ^ hash(self.at)

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Open the member: text by default, binary with 'b' in `mode`."""
        if self.is_dir():
            raise IsADirectoryError(self)
        how = mode[0]
        if how == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, how, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _text_options(*args, **kwargs)
        wrapper = io.TextIOWrapper(stream, encoding, *args, **kwargs)
        return wrapper

    def _pure(self):
        return pathlib.PurePosixPath(self.at)

    def _part(attr):
        def get(self):
            return getattr(self._pure(), attr) or getattr(self.filename, attr)
        return property(get)

    name = _part('name')
    suffix = _part('suffix')
    suffixes = _part('suffixes')
    stem = _part('stem')
    del _part

    @property
    def filename(self):
        return pathlib.Path(self.root.filename) / self.at

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _text_options(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def _is_child(self, path):
        here = self.at.rstrip('/')
        return posixpath.dirname(path.at.rstrip('/')) == here

    def _next(self, at):
        return type(self)(self.root, at)

    def is_dir(self):
        return self.at == '' or self.at[-1] == '/'

    def is_file(self):
        return not self.is_dir() and self.exists()

    def exists(self):
        names = self.root._name_set()
        return self.at in names

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        children = map(self._next, self.root.namelist())
        return filter(self._is_child, children)

    def match(self, path_pattern):
        return self._pure().match(path_pattern)

    def is_symlink(self):
        """Members are never symbolic links here."""
        return False

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        wanted = re.compile(re.escape(self.at) + translate(pattern)).fullmatch
        return map(self._next, filter(wanted, self.root.namelist()))

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def relative_to(self, other, *extra):
        base = other.joinpath(*extra)
        return posixpath.relpath(str(self), str(base))

    def __str__(self):
        archive = self.root.filename
        return posixpath.join(archive, self.at)

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        target = posixpath.join(self.at, *other)
        return self._next(self.root.resolve_dir(target))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent  # the folder holding the archive
        above = posixpath.dirname(self.at.rstrip('/'))
        if above:
            above += '/'
        return self._next(above)
