"""Importing Python modules from zip archives: `zipimporter`, which pyrs's path finder uses
for a `sys.path` entry that is a zip file (or a folder inside one)."""

import _imp
import os
import stat
import sys

__all__ = ['ZipImportError', 'zipimporter']


class ZipImportError(ImportError):
    """The archive cannot be read, or has no such module."""


# Where a module can be in the archive, relative to the importer's folder: a package's
# __init__.py first, then a plain module (compiled .pyc files are CPython's and skipped).
_LAYOUTS = (('/__init__.py', True), ('.py', False))

_EOCD = b'PK\x05\x06'
_CENTRAL = b'PK\x01\x02'
_LOCAL = b'PK\x03\x04'


class _Member:
    """One file of the archive, as its central directory entry describes it."""
    __slots__ = ('name', 'method', 'flags', 'packed', 'size', 'header')

    def __init__(self, name, method, flags, packed, size, header):
        self.name = name
        self.method = method
        self.flags = flags
        self.packed = packed
        self.size = size
        self.header = header


def _u16(b, at):
    return int.from_bytes(b[at:at + 2], 'little')


def _u32(b, at):
    return int.from_bytes(b[at:at + 4], 'little')


def _read_directory(archive):
    """{name inside the archive: _Member} from the end-of-directory record back."""
    try:
        with open(archive, 'rb') as f:
            f.seek(0, 2)
            length = f.tell()
            back = min(length, 65536 + 22)
            f.seek(length - back)
            tail = f.read(back)
            at = tail.rfind(_EOCD)
            if at < 0 or len(tail) - at < 22:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            count, dir_size, dir_offset = _u16(tail, at + 10), _u32(tail, at + 12), _u32(tail, at + 16)
            # Data prepended to the archive (a self-extractor) shifts every offset.
            shift = (length - back + at) - dir_size - dir_offset
            if shift < 0:
                raise ZipImportError(f"bad central directory size or offset: {archive!r}",
                                     path=archive)
            f.seek(dir_offset + shift)
            table = f.read(dir_size)
    except OSError:
        raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive) from None
    members = {}
    pos = 0
    for _ in range(count):
        if table[pos:pos + 4] != _CENTRAL:
            raise ZipImportError(f"bad central directory: {archive!r}", path=archive)
        flags, method = _u16(table, pos + 8), _u16(table, pos + 10)
        packed, size = _u32(table, pos + 20), _u32(table, pos + 24)
        name_len, extra_len, note_len = (_u16(table, pos + 28), _u16(table, pos + 30),
                                         _u16(table, pos + 32))
        header = _u32(table, pos + 42) + shift
        raw = table[pos + 46:pos + 46 + name_len]
        name = raw.decode('utf-8' if flags & 0x800 else 'cp437')
        members[name] = _Member(name, method, flags, packed, size, header)
        pos += 46 + name_len + extra_len + note_len
    return members


def _member_bytes(archive, member):
    if member.flags & 1:
        raise ZipImportError(f"file #{member.name!r} is encrypted", path=archive)
    with open(archive, 'rb') as f:
        f.seek(member.header)
        local = f.read(30)
        if local[:4] != _LOCAL:
            raise ZipImportError(f"bad local file header: {archive!r}", path=archive)
        f.seek(member.header + 30 + _u16(local, 26) + _u16(local, 28))
        data = f.read(member.packed)
    if member.method == 0:
        return data
    if member.method != 8:
        raise ZipImportError(f"can't decompress data; zlib not available")
    import zlib
    return zlib.decompressobj(-15).decompress(data)


class zipimporter:
    """The importer of one zip archive, or of one folder inside it (`lib.zip/pkg/sub`).

    `archive` is the zip file's path, `prefix` the folder inside it ('' or ending in '/')."""

    def __init__(self, path):
        if not isinstance(path, str):
            path = _fspath(path)
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        inner = []
        archive = path
        while True:
            try:
                st = os.stat(archive)
            except (OSError, ValueError):
                head, _, tail = archive.rpartition('/')
                if not head or head == archive:
                    raise ZipImportError('not a Zip file', path=head)
                inner.append(tail)
                archive = head
                continue
            if not stat.S_ISREG(st.st_mode):
                raise ZipImportError('not a Zip file', path=archive)
            break
        self._members = _read_directory(archive)
        self.archive = archive
        self.prefix = '/'.join(reversed(inner))
        if self.prefix:
            self.prefix += '/'

    def __repr__(self):
        return f'<zipimporter object "{self.archive}/{self.prefix}">'

    def _locate(self, fullname):
        """(path inside the archive, is a package) of the module, or None."""
        base = self.prefix + fullname.rpartition('.')[2]
        for suffix, package in _LAYOUTS:
            if base + suffix in self._members:
                return base + suffix, package
        return None

    def _require(self, fullname):
        where = self._locate(fullname)
        if where is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return where

    def find_spec(self, fullname, target=None):
        where = self._locate(fullname)
        if where is None:
            # A folder with no __init__.py: a portion of a namespace package.
            folder = self.prefix + fullname.rpartition('.')[2] + '/'
            if any(n.startswith(folder) for n in self._members):
                spec = _imp.ModuleSpec(fullname, None)
                spec.submodule_search_locations = [f'{self.archive}/{folder[:-1]}']
                return spec
            return None
        inner, package = where
        spec = _imp.ModuleSpec(fullname, self, origin=f'{self.archive}/{inner}',
                               is_package=package)
        spec.has_location = True
        if package:
            spec.submodule_search_locations = [
                f'{self.archive}/{self.prefix}{fullname.rpartition(".")[2]}']
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__spec__.name if module.__spec__ else module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import warnings
        warnings.warn('zipimport.zipimporter.load_module() is deprecated and slated for '
                      'removal in Python 3.12; use exec_module() instead',
                      DeprecationWarning)
        spec = self.find_spec(fullname)
        if spec is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        module = sys.modules.get(fullname)
        if module is None:
            module = type(sys)(fullname)
            sys.modules[fullname] = module
        module.__spec__ = spec
        module.__loader__ = self
        module.__file__ = spec.origin
        if spec.submodule_search_locations is not None:
            module.__path__ = list(spec.submodule_search_locations)
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    def get_code(self, fullname):
        inner, _ = self._require(fullname)
        source = _member_bytes(self.archive, self._members[inner])
        return compile(source, f'{self.archive}/{inner}', 'exec', dont_inherit=True)

    def get_source(self, fullname):
        inner, _ = self._require(fullname)
        source = _member_bytes(self.archive, self._members[inner])
        return source.decode().replace('\r\n', '\n').replace('\r', '\n')

    def get_filename(self, fullname):
        inner, _ = self._require(fullname)
        return f'{self.archive}/{inner}'

    def is_package(self, fullname):
        return self._require(fullname)[1]

    def get_data(self, pathname):
        lead = self.archive + '/'
        if pathname.startswith(lead):
            pathname = pathname[len(lead):]
        member = self._members.get(pathname)
        if member is None:
            raise OSError(0, '', pathname)
        return _member_bytes(self.archive, member)

    def get_resource_reader(self, fullname):
        try:
            if not self.is_package(fullname):
                return None
        except ZipImportError:
            return None
        return _Resources(self, fullname)

    def invalidate_caches(self):
        try:
            self._members = _read_directory(self.archive)
        except ZipImportError:
            self._members = {}


class _Resources:
    """The resources of a package inside the archive (`importlib.resources`)."""

    def __init__(self, importer, fullname):
        self._importer = importer
        self._folder = importer.prefix + fullname.rpartition('.')[2] + '/'

    def files(self):
        import zipfile
        return zipfile.Path(self._importer.archive, at=self._folder)

    def open_resource(self, resource):
        import io
        return io.BytesIO(self._importer.get_data(self._folder + resource))

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, name):
        return (self._folder + name) in self._importer._members

    def contents(self):
        names = set()
        for n in self._importer._members:
            if n.startswith(self._folder) and n != self._folder:
                names.add(n[len(self._folder):].split('/')[0])
        return iter(sorted(names))


def _fspath(path):
    path = os.fspath(path)
    return path.decode() if isinstance(path, bytes) else path
