"""zipfile (CPython's zipfile package, written for pyrs): read and write ZIP archives.

The layout follows PKWARE's APPNOTE: local headers, an optional data descriptor,
the central directory and its end record (with the ZIP64 forms when needed).
"""

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import threading
import time

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

try:
    import bz2
except ImportError:
    bz2 = None

try:
    import lzma
except ImportError:
    lzma = None

__all__ = ["BadZipFile", "BadZipfile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when an archive would need ZIP64 records but they are disabled."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = 0x7FFFFFFF        # sizes and offsets beyond this need ZIP64
ZIP_FILECOUNT_LIMIT = 0xFFFF
ZIP_MAX_COMMENT = 0xFFFF

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
    10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
    97: 'wavpack', 98: 'ppmd',
}

stringFileHeader = b'PK\x03\x04'
stringCentralDir = b'PK\x01\x02'
stringEndArchive = b'PK\x05\x06'
stringEndArchive64 = b'PK\x06\x06'
stringEndArchive64Locator = b'PK\x06\x07'

# record layouts (APPNOTE 4.3.7, 4.3.12, 4.3.14, 4.3.15, 4.3.16)
_LOCAL = struct.Struct('<4s2B4HL2L2H')
_CENTRAL = struct.Struct('<4s4B4HL2L5H2L')
_TAIL = struct.Struct('<4s4H2LH')
_TAIL64 = struct.Struct('<4sQ2H2L4Q')
_LOCATOR = struct.Struct('<4sLQL')
_FIELD = struct.Struct('<HH')

sizeFileHeader = _LOCAL.size
sizeCentralDir = _CENTRAL.size
sizeEndCentDir = _TAIL.size
sizeEndCentDir64 = _TAIL64.size
sizeEndCentDir64Locator = _LOCATOR.size

_DESCRIPTOR_MAGIC = 0x08074b50
_FLAG_ENCRYPTED = 0x01
_FLAG_OPTION_1 = 0x02
_FLAG_DESCRIPTOR = 0x08
_FLAG_PATCHED = 0x20
_FLAG_STRONG = 0x40
_FLAG_UTF8 = 0x800
_ZIP64_TAG = 1
_UNIX_RW = 0o600 << 16
_DOS_DIRECTORY = 0x10


def _dos_stamp(when):
    """(date, time) words for a date_time tuple."""
    year, month, day, hour, minute, second = when[:6]
    return (((year - 1980) << 9) | (month << 5) | day,
            (hour << 11) | (minute << 5) | (second // 2))


def _without_fields(extra, tags):
    """`extra` with every field whose id is in `tags` left out."""
    kept = []
    at = 0
    while at + 4 <= len(extra):
        tag, size = _FIELD.unpack_from(extra, at)
        end = at + 4 + size
        if tag not in tags:
            kept.append(extra[at:end])
        at = end
    kept.append(extra[at:])
    return b''.join(kept)


def _check_password(pwd):
    if pwd and type(pwd) is not bytes and not isinstance(pwd, bytes):
        raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)


def _check_compression(method):
    needs = {ZIP_DEFLATED: ('zlib', zlib), ZIP_BZIP2: ('bz2', bz2), ZIP_LZMA: ('lzma', lzma)}
    if method == ZIP_STORED:
        return
    if method not in needs:
        raise NotImplementedError("That compression method is not supported")
    label, module = needs[method]
    if module is None:
        raise RuntimeError("Compression requires the (missing) %s module" % label)


def _new_compressor(method, level=None):
    if method == ZIP_DEFLATED:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                                zlib.DEFLATED, -15)
    if method == ZIP_BZIP2:
        return bz2.BZ2Compressor(9 if level is None else level)
    return None


def _new_decompressor(method):
    _check_compression(method)
    if method == ZIP_STORED:
        return None
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(wbits=-15)
    if method == ZIP_BZIP2:
        return getattr(bz2, 'BZ2Decompressor')()
    label = compressor_names.get(method)
    if label:
        raise NotImplementedError("compression type %d (%s)" % (method, label))
    raise NotImplementedError("compression type %d" % (method,))


# attribute values every new ZipInfo starts with (name, stamp and system aside)
_FRESH_INFO = (
    ('compress_type', ZIP_STORED), ('_compresslevel', None), ('comment', b''),
    ('extra', b''), ('create_version', DEFAULT_VERSION),
    ('extract_version', DEFAULT_VERSION), ('reserved', 0), ('flag_bits', 0),
    ('volume', 0), ('internal_attr', 0), ('external_attr', 0),
    ('compress_size', 0), ('file_size', 0),
)

# the DOS date field covers 1980 to 2107
_STAMP_RANGE = ((1980, 1, 1, 0, 0, 0), (2107, 12, 31, 23, 59, 59))


def _archive_name(name):
    """Member name as stored: cut at a NUL, local separators turned into '/'."""
    nul = name.find('\0')
    if nul >= 0:
        name = name[:nul]
    for sep in (os.sep, os.altsep):
        if sep and sep != '/':
            name = name.replace(sep, '/')
    return name


def _clamp_stamp(stamp):
    low, high = _STAMP_RANGE
    return max(low, min(stamp, high))


def _stored_path(path, folder):
    """Archive name for a file system path: no drive or root, normalised."""
    path = os.path.normpath(os.path.splitdrive(path)[1])
    path = path.lstrip(os.sep + (os.altsep or ''))
    return path + '/' if folder else path


def _beyond_zip32(*amounts):
    """True when any size or offset needs a ZIP64 field (APPNOTE 4.4.8, 4.5.3)."""
    return any(amount > ZIP64_LIMIT for amount in amounts)


def _safe_parts(name):
    """The components of a member name that may be created below a folder.

    Any drive, root, '.', '..' and empty component is dropped, so the result
    can never lead outside the extraction folder.  (Characters Windows forbids
    in file names are left alone: pyrs runs on WASI, whose only separator is '/'.)
    """
    for sep in (os.sep, os.altsep):
        if sep and sep != '/':
            name = name.replace(sep, '/')
    name = os.path.splitdrive(name)[1]
    return [part for part in name.split('/') if part not in ('', os.curdir, os.pardir)]


def _open_read_write(path, flags):
    # like 'r+b', but creates a missing file (without truncating one that exists)
    return os.open(path, flags | os.O_CREAT, 0o666)


def _open_archive_path(path, mode):
    """The file object a ZipFile opened by path works on."""
    if mode == 'r':
        return open(path, 'rb')
    if mode == 'a':
        return open(path, 'r+b', opener=_open_read_write)
    try:
        return open(path, mode + '+b')
    except OSError:
        # some targets (pipes, devices) only accept writing
        return open(path, mode + 'b')


class ZipInfo:
    """Everything the archive records about one member."""

    __slots__ = (
        'orig_filename', 'filename', 'date_time', 'compress_type',
        '_compresslevel', 'comment', 'extra', 'create_system',
        'create_version', 'extract_version', 'reserved', 'flag_bits',
        'volume', 'internal_attr', 'external_attr', 'header_offset', 'CRC',
        'compress_size', 'file_size', '_raw_time',
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _archive_name(filename)
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.date_time = date_time
        self.create_system = 0 if sys.platform == 'win32' else 3
        for attr, value in _FRESH_INFO:
            setattr(self, attr, value)

    def __repr__(self):
        text = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        method = self.compress_type
        if method != ZIP_STORED:
            text.append(' compress_type=%s' % compressor_names.get(method, method))
        mode, dos = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode:
            text.append(' filemode=%r' % stat.filemode(mode))
        if dos:
            text.append(' external_attr=%#x' % dos)
        folder = self.is_dir()
        if not folder or self.file_size:
            text.append(' file_size=%r' % self.file_size)
        differs = method != ZIP_STORED or self.file_size != self.compress_size
        if (not folder or self.compress_size) and differs:
            text.append(' compress_size=%r' % self.compress_size)
        text.append('>')
        return ''.join(text)

    def _name_and_flags(self):
        if self.filename.isascii():
            return self.filename.encode(), self.flag_bits
        return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def _versions(self, zip64):
        floor = ZIP64_VERSION if zip64 else 0
        floor = max(floor, {ZIP_BZIP2: BZIP2_VERSION, ZIP_LZMA: LZMA_VERSION}.get(
            self.compress_type, 0))
        return max(floor, self.extract_version), max(floor, self.create_version)

    def FileHeader(self, zip64=None):
        """The local file header (APPNOTE 4.3.7) that precedes the member's data."""
        crc, packed, plain = self.CRC, self.compress_size, self.file_size
        if self.flag_bits & _FLAG_DESCRIPTOR:
            # the real values follow the data, in the descriptor
            crc = packed = plain = 0
        if zip64 is None:
            zip64 = _beyond_zip32(plain, packed)
        extra = self.extra
        if zip64:
            extra += struct.pack('<HHQQ', _ZIP64_TAG, 16, plain, packed)
            packed = plain = 0xFFFFFFFF
        # the versions stick: the directory record repeats them
        self.extract_version, self.create_version = self._versions(zip64)
        name, flags = self._name_and_flags()
        dosdate, dostime = _dos_stamp(self.date_time)
        head = _LOCAL.pack(stringFileHeader, self.extract_version, self.reserved, flags,
                           self.compress_type, dostime, dosdate, crc, packed, plain,
                           len(name), len(extra))
        return head + name + extra

    def _read_zip64_field(self):
        """Take the real sizes and offset from a ZIP64 extra field."""
        extra = self.extra
        at = 0
        while at + 4 <= len(extra):
            tag, size = _FIELD.unpack_from(extra, at)
            if at + 4 + size > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tag, size))
            if tag == _ZIP64_TAG:
                body = extra[at + 4:at + 4 + size]
                for attr, what in (('file_size', 'File size'),
                                   ('compress_size', 'Compress size'),
                                   ('header_offset', 'Header offset')):
                    if getattr(self, attr) != 0xFFFFFFFF:
                        continue
                    if len(body) < 8:
                        raise BadZipFile("Corrupt zip64 extra field. %s not found." % what)
                    setattr(self, attr, struct.unpack('<Q', body[:8])[0])
                    body = body[8:]
            at += 4 + size

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo describing the file or directory `filename` on disk."""
        filename = os.fspath(filename)
        st = os.stat(filename)
        folder = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            stamp = _clamp_stamp(stamp)
        source = filename if arcname is None else os.fspath(arcname)
        info = cls(_stored_path(source, folder), stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if folder:
            info.external_attr |= _DOS_DIRECTORY
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """True for a directory entry (its name ends with a slash)."""
        return self.filename[-1:] == '/'


def _crc_table():
    table = []
    for byte in range(256):
        value = byte
        for _ in range(8):
            value = (value >> 1) ^ 0xEDB88320 if value & 1 else value >> 1
        table.append(value)
    return table


_CRC_TABLE = None


class _Unscrambler:
    """Traditional PKWARE decryption (APPNOTE 6.1), one byte at a time."""

    def __init__(self, password):
        global _CRC_TABLE
        if _CRC_TABLE is None:
            _CRC_TABLE = _crc_table()
        self._keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._mix(byte)

    def _mix(self, byte):
        k0, k1, k2 = self._keys
        k0 = _CRC_TABLE[(k0 ^ byte) & 0xFF] ^ (k0 >> 8)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = _CRC_TABLE[(k2 ^ (k1 >> 24)) & 0xFF] ^ (k2 >> 8)
        self._keys = [k0, k1, k2]

    def __call__(self, data):
        out = bytearray()
        for byte in data:
            temp = self._keys[2] | 2
            plain = byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF)
            self._mix(plain)
            out.append(plain)
        return bytes(out)


class _Cursor:
    """A read position of its own over a file other readers share."""

    def __init__(self, zf, start):
        self._zf = zf
        self._fp = zf.fp
        self._pos = start
        self.seekable = self._fp.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._zf._lock:
            self._fp.seek(offset, whence)
            self._pos = self._fp.tell()
            return self._pos

    def read(self, n=-1):
        with self._zf._lock:
            if self._zf._writing:
                raise ValueError("Can't read from the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            self._fp.seek(self._pos)
            data = self._fp.read(n)
            self._pos = self._fp.tell()
            return data

    def close(self):
        if self._zf is not None:
            zf, self._zf = self._zf, None
            zf._reader_done(self)


class ZipExtFile(io.BufferedIOBase):
    """A readable stream over one member's uncompressed data."""

    MAX_N = 1 << 30             # most compressed bytes read at once
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._raw = fileobj
        self._own_raw = close_fileobj
        self._info = zipinfo
        self._method = zipinfo.compress_type
        self._inflater = _new_decompressor(self._method)
        self._total = zipinfo.file_size
        self._expected_crc = getattr(zipinfo, 'CRC', None)
        self.name = self._info.filename
        self.mode = mode
        self.newlines = None
        self._unscramble = None
        self._salt = b''
        if pwd:
            self._unscramble = _Unscrambler(pwd)
            header = fileobj.read(12)
            clear = self._unscramble(header)
            if zipinfo.flag_bits & _FLAG_DESCRIPTOR:
                check = (zipinfo._raw_time >> 8) & 0xFF
            else:
                check = (zipinfo.CRC >> 24) & 0xFF
            if len(clear) < 12 or clear[11] != check:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)
            self._salt = header
        self._pwd = pwd
        self._can_seek = False
        try:
            if fileobj.seekable():
                self._data_start = fileobj.tell()
                self._can_seek = True
        except AttributeError:
            pass
        self._restart()

    def _restart(self):
        self._remaining = self._info.compress_size - (12 if self._pwd else 0)
        self._out = b''
        self._offset = 0
        self._pos = 0
        self._crc = 0
        self._ended = False
        if self._pwd:
            self._unscramble = _Unscrambler(self._pwd)
            self._unscramble(self._salt)

    def __repr__(self):
        cls = self.__class__
        head = '<%s.%s' % (cls.__module__, cls.__qualname__)
        if self.closed:
            return head + ' [closed]>'
        text = head + ' name=%r mode=%r' % (self.name, self.mode)
        if self._method != ZIP_STORED:
            text += ' compress_type=%s' % compressor_names.get(self._method, self._method)
        return text + '>'

    def _account(self, data):
        if self._expected_crc is not None:
            self._crc = crc32(data, self._crc)
        if self._expected_crc is not None and self._ended and self._crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _pull(self, want):
        """Produce up to about `want` more uncompressed bytes; b'' at the end."""
        while not self._ended:
            size = want if self._inflater is None else max(want, self.MIN_READ_SIZE)
            size = min(size, self._remaining)
            chunk = self._raw.read(size) if size > 0 else b''
            self._remaining -= len(chunk)
            if self._unscramble is not None:
                chunk = self._unscramble(chunk)
            if self._inflater is None:
                data = chunk
                if self._remaining <= 0:
                    self._ended = True
                elif not chunk:
                    raise EOFError
            else:
                data = self._inflater.decompress(chunk)
                if self._inflater.eof or self._remaining <= 0:
                    if self._method == ZIP_DEFLATED:
                        data += self._inflater.flush()
                    self._ended = True
                elif not chunk:
                    raise EOFError
            data = data[:max(0, self._total - self._pos)]
            self._pos += len(data)
            self._account(data)
            if data:
                return data
        return b''

    def _buffered(self):
        return len(self._out) - self._offset

    def _take(self, n):
        data = self._out[self._offset:self._offset + n]
        self._offset += len(data)
        if self._offset >= len(self._out):
            self._out, self._offset = b'', 0
        return data

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        """Read up to n uncompressed bytes (all that is left by default)."""
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            parts = [self._take(self._buffered())]
            while True:
                data = self._pull(self.MAX_N)
                if not data:
                    break
                parts.append(data)
            return b''.join(parts)
        parts = [self._take(n)]
        have = len(parts[0])
        while have < n:
            data = self._pull(n - have)
            if not data:
                break
            if len(data) > n - have:
                self._out, self._offset = data, n - have
                data = data[:n - have]
            parts.append(data)
            have += len(data)
        return b''.join(parts)

    def read1(self, n=-1):
        """Read up to n bytes with at most one read of the archive."""
        if n is None or n < 0:
            return self.read()
        if self._buffered():
            return self._take(n)
        data = self._pull(n)
        if len(data) > n:
            self._out, self._offset = data, n
            data = data[:n]
        return data

    def peek(self, n=1):
        """Bytes ahead of the position, without moving it."""
        if self._buffered() < n:
            more = self._pull(max(n - self._buffered(), 512))
            self._out = self._out[self._offset:] + more
            self._offset = 0
        return self._out[self._offset:self._offset + 512]

    def readline(self, limit=-1):
        """One line, up to and including b'\\n'."""
        if limit is None:
            limit = -1
        line = b''
        while limit < 0 or len(line) < limit:
            ahead = self.peek(1)
            if not ahead:
                break
            cut = ahead.find(b'\n') + 1
            if cut <= 0:
                cut = len(ahead)
            if limit >= 0:
                cut = min(cut, limit - len(line))
            line += self._take(cut)
            if line.endswith(b'\n'):
                break
        return line

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._can_seek

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._can_seek:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._pos - self._buffered()

    def seek(self, offset, whence=0):
        """Move to an uncompressed position (rewinding decompresses again)."""
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._can_seek:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        here = self.tell()
        if whence == 0:
            target = offset
        elif whence == 1:
            target = here + offset
        elif whence == 2:
            target = self._total + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._total))
        if target < here:
            self._raw.seek(self._data_start)
            self._inflater = _new_decompressor(self._method)
            self._restart()
            here = 0
        skip = target - here
        while skip > 0:
            got = self.read(min(skip, self.MAX_SEEK_READ))
            if not got:
                break
            skip -= len(got)
        return self.tell()

    def close(self):
        try:
            if self._own_raw:
                self._raw.close()
        finally:
            super().close()


def _packer(info):
    """(squeeze, drain) callables compressing the member's data, chosen once."""
    engine = _new_compressor(info.compress_type, info._compresslevel)
    if engine is None:
        return (lambda chunk: chunk), (lambda: b'')
    return engine.compress, engine.flush


class _EntryWriter(io.BufferedIOBase):
    """The writable stream for one new member (ZipFile.open(name, 'w'))."""

    def __init__(self, zf, info, zip64):
        super().__init__()
        self._zf = zf
        self._info = info
        self._zip64 = zip64
        self._squeeze, self._drain = _packer(info)
        self._plain = self._packed = self._crc = 0

    def writable(self):
        return True

    def _emit(self, out):
        size = memoryview(out).nbytes
        if size:
            self._zf.fp.write(out)
            self._packed += size

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        count = memoryview(data).nbytes
        self._crc = crc32(data, self._crc)
        self._plain += count
        self._emit(self._squeeze(data))
        return count

    def _settle(self):
        info = self._info
        info.file_size, info.compress_size, info.CRC = self._plain, self._packed, self._crc
        if self._zip64:
            return
        for what, amount in (('File', self._plain), ('Compressed', self._packed)):
            if amount > ZIP64_LIMIT:
                raise RuntimeError("%s size too large, try using force_zip64" % what)

    def _seal(self):
        """Make the sizes known to readers; return the offset just past the member."""
        info = self._info
        fp = self._zf.fp
        if info.flag_bits & _FLAG_DESCRIPTOR:
            shape = '<4L' if not self._zip64 else '<2L2Q'
            fp.write(struct.pack(shape, _DESCRIPTOR_MAGIC, self._crc, self._packed,
                                 self._plain))
            return fp.tell()
        end = fp.tell()
        fp.seek(info.header_offset)
        fp.write(info.FileHeader(self._zip64))
        fp.seek(end)
        return end

    def close(self):
        if self.closed:
            return
        end = None
        try:
            self._emit(self._drain())
            self._settle()
            end = self._seal()
        finally:
            super().close()
            self._zf._stream_closed(self._info, end)


class _CountingWriter:
    """Wraps a stream that cannot tell() and counts what goes through it."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        count = self.fp.write(data)
        self.offset += count
        return count

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


def _find_tail(fp):
    """Locate the end of central directory record.

    Returns a dict of its fields (ZIP64 values when present) or None.
    """
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    total = fp.tell()
    span = min(total, _TAIL.size + ZIP_MAX_COMMENT)
    fp.seek(total - span)
    blob = fp.read(span)
    at = blob.rfind(stringEndArchive)
    if at < 0 or len(blob) - at < _TAIL.size:
        return None
    (_, disk, _, _, count, cd_size, cd_offset,
     comment_len) = _TAIL.unpack_from(blob, at)
    record = {
        'where': total - span + at, 'count': count, 'size': cd_size,
        'offset': cd_offset, 'zip64': False,
        'comment': blob[at + _TAIL.size:at + _TAIL.size + comment_len],
    }
    locator_at = record['where'] - _LOCATOR.size
    if locator_at < 0:
        return record
    fp.seek(locator_at)
    raw = fp.read(_LOCATOR.size)
    if len(raw) != _LOCATOR.size or raw[:4] != stringEndArchive64Locator:
        return record
    _, first_disk, _, disks = _LOCATOR.unpack(raw)
    if first_disk or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    big_at = locator_at - _TAIL64.size
    if big_at < 0:
        return record
    fp.seek(big_at)
    raw = fp.read(_TAIL64.size)
    if len(raw) != _TAIL64.size:
        return record
    fields = _TAIL64.unpack(raw)
    if fields[0] != stringEndArchive64:
        return record
    record.update(count=fields[7], size=fields[8], offset=fields[9], zip64=True)
    return record


def _has_tail(fp):
    try:
        return _find_tail(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """True if `filename` (a path or a file object) looks like a ZIP archive."""
    try:
        if hasattr(filename, 'read'):
            return _has_tail(filename)
        with open(filename, 'rb') as fp:
            return _has_tail(fp)
    except OSError:
        return False


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a').

    `file` is a path or a file object; `compression` is ZIP_STORED, ZIP_DEFLATED,
    ZIP_BZIP2 or ZIP_LZMA; `allowZip64` permits the ZIP64 records that files and
    archives over 2 GiB, or more than 65535 members, need.
    """

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self.mode = mode
        self.compression = compression
        self.compresslevel = compresslevel
        self.metadata_encoding = metadata_encoding
        self.debug = 0
        self.pwd = None
        self.filelist = []
        self.NameToInfo = {}
        self.start_dir = 0
        self._comment = b''
        self._allow64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self._lock = threading.RLock()
        self._writing = False       # a stream from open(..., 'w') is live
        self._modified = False      # the directory must be (re)written on close
        self._can_seek = True
        self._readers = set()       # live cursors of member readers
        self._own_handle = None     # the file object we opened ourselves, if any
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        self._borrowed_file = not isinstance(file, str)
        if self._borrowed_file:
            self.filename = getattr(file, 'name', None)
            self.fp = file
        else:
            self.filename = file
            self.fp = self._own_handle = _open_archive_path(file, mode)
        try:
            self._set_up(mode)
        except BaseException:
            self.fp = None
            self._drop_file()
            raise

    def _set_up(self, mode):
        if mode == 'r':
            self._load_directory()
        elif mode == 'a':
            try:
                self._load_directory()
            except BadZipFile:
                # not an archive: a new one goes after the bytes already there
                self.filelist, self.NameToInfo = [], {}
                self.fp.seek(0, 2)
                self.start_dir = self.fp.tell()
                self._modified = True
            else:
                self._to_end()
        else:
            self._modified = True
            self._start_output()

    def _start_output(self):
        """Note where writing starts; wrap streams that cannot report a position."""
        try:
            here = self.fp.tell()
        except (AttributeError, OSError):
            self.fp = _CountingWriter(self.fp)
            self._can_seek = False
            return
        self.start_dir = here
        try:
            self.fp.seek(here)
        except (AttributeError, OSError):
            self._can_seek = False

    def _drop_file(self):
        """Close a file we opened once neither the archive nor any reader uses it."""
        if self.fp is None and not self._readers and self._own_handle is not None:
            handle, self._own_handle = self._own_handle, None
            handle.close()

    def _reader_done(self, cursor):
        self._readers.discard(cursor)
        self._drop_file()

    def _to_end(self):
        """Move the file to where the next member (or the directory) goes."""
        self.fp.seek(self.start_dir)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __repr__(self):
        cls = self.__class__
        text = '<%s.%s' % (cls.__module__, cls.__qualname__)
        if self.fp is None:
            return text + ' [closed]>'
        if self._borrowed_file:
            text += ' file=%r' % (self.fp,)
        elif self.filename is None:
            pass
        else:
            text += ' filename=%r' % (self.filename,)
        return text + ' mode=%r>' % (self.mode,)

    def _decode_name(self, raw, flags):
        if flags & _FLAG_UTF8:
            return raw.decode('utf-8')
        return raw.decode(self.metadata_encoding or 'cp437')

    def _load_directory(self):
        fp = self.fp
        try:
            tail = _find_tail(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if tail is None:
            raise BadZipFile("File is not a zip file")
        self._comment = tail['comment']
        shift = tail['where'] - tail['size'] - tail['offset']
        if tail['zip64']:
            shift -= _TAIL64.size + _LOCATOR.size
        self.start_dir = tail['offset'] + shift
        fp.seek(self.start_dir)
        table = fp.read(tail['size'])
        at = 0
        while at < len(table):
            head = table[at:at + _CENTRAL.size]
            if len(head) != _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            (magic, made_by, system, needs, reserved, flags, method, dostime, dosdate,
             crc, csize, usize, name_len, extra_len, comment_len, _disk, internal,
             external, offset) = _CENTRAL.unpack(head)
            if magic != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            at += _CENTRAL.size
            raw_name = table[at:at + name_len]
            at += name_len
            info = ZipInfo(self._decode_name(raw_name, flags))
            info.extra = table[at:at + extra_len]
            at += extra_len
            info.comment = table[at:at + comment_len]
            at += comment_len
            info.header_offset = offset
            info.create_version, info.create_system = made_by, system
            info.extract_version, info.reserved = needs, reserved
            info.flag_bits, info.compress_type = flags, method
            info.CRC, info.compress_size, info.file_size = crc, csize, usize
            info.volume, info.internal_attr, info.external_attr = _disk, internal, external
            if needs > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (needs / 10))
            info._raw_time = dostime
            info.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                              dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
            info._read_zip64_field()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    def namelist(self):
        """The member names, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members to `file` (standard output by default)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """Read every member; return the first bad member's name or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as stream:
                    while stream.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of member `name` (KeyError if there is none)."""
        if name in self.NameToInfo:
            return self.NameToInfo[name]
        else:
            raise KeyError('There is no item named %r in the archive' % name)

    def setpassword(self, pwd):
        """Set the default password for encrypted members."""
        _check_password(pwd)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive comment, bytes."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if isinstance(comment, bytes):
            if len(comment) <= ZIP_MAX_COMMENT:
                self._comment = comment
            else:
                import warnings
                warnings.warn('Archive comment is too long; truncating to %d bytes'
                              % ZIP_MAX_COMMENT, stacklevel=2)
                self._comment = comment[:0xFFFF]
        else:
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        self._modified = True

    def read(self, name, pwd=None):
        """The uncompressed bytes of member `name`."""
        with self.open(name, "r", pwd) as stream:
            return stream.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file-like object for member `name` (a name or a ZipInfo).

        Mode 'r' reads the member; mode 'w' adds a new member whose data is
        written to the returned stream.
        """
        if mode not in ('r', 'w'):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == 'w':
            raise ValueError("pwd is only supported for reading files")
        if self.fp is None:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if mode == 'w':
            info = name if isinstance(name, ZipInfo) else self._member_named(name)
            return self._add_entry(info, True, force_zip64)
        info = name if isinstance(name, ZipInfo) else self.getinfo(name)
        with self._lock:
            if self._writing:
                raise ValueError("Can't read from the ZIP file while there is an open "
                                 "writing handle on it. Close the writing handle before "
                                 "trying to read.")
            cursor = _Cursor(self, info.header_offset)
            self._readers.add(cursor)
        try:
            if info.flag_bits & _FLAG_PATCHED:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & _FLAG_STRONG:
                raise NotImplementedError("strong encryption (flag bit 6)")
            self._pass_local_header(cursor, info)
            if info.flag_bits & _FLAG_ENCRYPTED:
                pwd = pwd or self.pwd
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for "
                                       "extraction" % (name,))
                _check_password(pwd)
            else:
                pwd = None
            return ZipExtFile(cursor, 'r', info, pwd, True)
        except BaseException:
            cursor.close()
            raise

    def _pass_local_header(self, cursor, info):
        """Check the member's local header and move `cursor` past it to the data."""
        head = cursor.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        fields = _LOCAL.unpack(head)
        if fields[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        raw = cursor.read(fields[10])
        cursor.read(fields[11])
        if self._decode_name(raw, fields[3]) != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw))

    # -- adding members ------------------------------------------------------
    #
    # open(..., 'w') (and so writestr() and write() for files) and mkdir() all end
    # in _add_entry().  It works in three steps: find out whether the member can
    # be added at all (raising before anything in the archive or the ZipInfo
    # changes), fill in the fields its local header needs, then emit the header.
    # A streamed member is finished by its _EntryWriter; a directory entry is
    # complete at once.

    def _member_named(self, name, *stamp):
        """A new ZipInfo for `name` using the archive's compression settings."""
        info = ZipInfo(name, *stamp)
        info.compress_type = self.compression
        info._compresslevel = self.compresslevel
        return info

    def _ready_for_member(self, stop):
        """Refuse writestr()/write() on a closed archive or during a streamed write."""
        if self.fp is None:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle "
                             "exists" + stop)

    def _add_entry(self, info, streaming, force_zip64=False):
        """Append `info` to the archive; return its data writer when `streaming`."""
        with self._lock:
            zip64 = streaming and self._stream_needs_zip64(info, force_zip64)
            where = self._end_offset()
            self._vet(info, where, streaming)
            self._modified = True
            self._stamp(info, where, streaming)
            if streaming:
                self.fp.write(info.FileHeader(zip64))
                self._writing = True
                return _EntryWriter(self, info, zip64)
            self._record(info)
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()
            return None

    def _stream_needs_zip64(self, info, forced):
        """Settle the header form of a streamed member, refusing impossible requests.

        Its sizes are only known after the data, so the decision uses the
        announced file_size with 5% room for data that grows when compressed.
        """
        if forced and not self._allow64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when "
                             "opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening "
                             "another.")
        wanted = forced or info.file_size * 21 > ZIP64_LIMIT * 20
        if wanted and not self._allow64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        return wanted

    def _end_offset(self):
        """Where the next local header goes (the file is moved there if it can seek)."""
        if self._can_seek:
            self._to_end()
        return self.fp.tell()

    def _vet(self, info, where, streaming):
        """Warn about a reused name; refuse what this archive cannot take."""
        if info.filename in self.NameToInfo:
            import warnings
            # point at open() for streams, at mkdir()'s caller for directories
            warnings.warn('Duplicate name: %r' % info.filename,
                          stacklevel=3 if streaming else 4)
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        _check_compression(info.compress_type)
        if self._allow64:
            return
        for label, amount, limit in (('Files count', len(self.filelist) + 1,
                                      ZIP_FILECOUNT_LIMIT),
                                     ('Filesize', info.file_size, ZIP64_LIMIT),
                                     ('Zipfile size', where, ZIP64_LIMIT)):
            if amount > limit:
                raise LargeZipFile(label + " would require ZIP64 extensions")

    def _stamp(self, info, where, streaming):
        """Fill in what the local header of a member about to be added records."""
        if streaming:
            # CRC and sizes come with the data; an archive that cannot seek back
            # gets them in a data descriptor after it
            info.CRC = info.compress_size = 0
            info.flag_bits = 0 if self._can_seek else _FLAG_DESCRIPTOR
            info.external_attr = info.external_attr or _UNIX_RW
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= _FLAG_OPTION_1    # the LZMA stream ends with a marker
        info.header_offset = where

    def _record(self, info):
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def _stream_closed(self, info, end):
        """A member stream ended; `end` is None when it failed to finish."""
        self._writing = False
        if end is not None:
            self._record(info)
            self.start_dir = end

    def extract(self, member, path=None, pwd=None):
        """Extract one member under `path` (the current directory by default).

        Returns the path written.
        """
        path = os.getcwd() if path is None else os.fspath(path)
        return self._unpack(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract `members` (all by default) under `path`."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._unpack(member, path, pwd)

    def _unpack(self, member, root, pwd):
        """Extract one member under directory `root`; return the path made."""
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        parts = _safe_parts(info.filename)
        if not parts:
            raise ValueError("Empty filename.")
        target = os.path.normpath(os.path.join(root, *parts))
        if info.is_dir():
            if not os.path.isdir(target):
                os.makedirs(target)
            return target
        folder = os.path.dirname(target)
        if folder and not os.path.exists(folder):
            os.makedirs(folder)
        with self.open(info, pwd=pwd) as source, open(target, 'wb') as sink:
            shutil.copyfileobj(source, sink)
        return target

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file or directory `filename`, stored as `arcname` (default: its path)."""
        self._ready_for_member('')
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, 'rb') as source, self.open(info, 'w') as sink:
            shutil.copyfileobj(source, sink, 1 << 16)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member holding `data` (str is stored as UTF-8)."""
        self._ready_for_member('.')
        if isinstance(data, str):
            data = data.encode('utf-8')
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = self._member_named(zinfo_or_arcname, time.localtime(time.time())[:6])
            if info.is_dir():
                info.external_attr = ((stat.S_IFDIR | 0o775) << 16) | _DOS_DIRECTORY
            else:
                info.external_attr = _UNIX_RW
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        try:
            info.file_size = memoryview(data).nbytes
        except TypeError:
            # not a buffer: len() or the writer reports the problem
            info.file_size = len(data)
        with self._lock, self.open(info, mode='w') as sink:
            sink.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry, from a name (a slash is added) or a ZipInfo."""
        entry = zinfo_or_directory_name
        if isinstance(entry, str):
            info = ZipInfo(entry if entry.endswith('/') else entry + '/')
            info.CRC = 0
            info.external_attr = (((stat.S_IFDIR | mode) & 0xFFFF) << 16) | _DOS_DIRECTORY
        elif isinstance(entry, ZipInfo):
            if not entry.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
            info = entry
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._add_entry(info, False)

    def __del__(self):
        self.close()

    def close(self):
        """Finish the archive (writing its directory if needed) and release the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing the zip.")
        try:
            if self.mode != 'r' and self._modified:
                with self._lock:
                    self._finish_archive()
        finally:
            self.fp = None
            self._drop_file()

    def _central_record(self, info):
        dosdate, dostime = _dos_stamp(info.date_time)
        big = []
        usize, csize, offset = info.file_size, info.compress_size, info.header_offset
        if usize > ZIP64_LIMIT or csize > ZIP64_LIMIT:
            big += [usize, csize]
            usize = csize = 0xffffffff
        if offset > ZIP64_LIMIT:
            big.append(offset)
            offset = 0xffffffff
        extra = info.extra
        if big:
            extra = (struct.pack('<HH%dQ' % len(big), _ZIP64_TAG, 8 * len(big), *big)
                     + _without_fields(extra, (_ZIP64_TAG,)))
        needs, made_by = info._versions(bool(big))
        name, flags = info._name_and_flags()
        head = _CENTRAL.pack(stringCentralDir, made_by, info.create_system, needs,
                             info.reserved, flags, info.compress_type, dostime, dosdate,
                             info.CRC, csize, usize, len(name), len(extra),
                             len(info.comment), 0, info.internal_attr,
                             info.external_attr, offset)
        return head + name + extra + info.comment

    def _finish_archive(self):
        """Write the central directory and the end records after the last member."""
        if self._can_seek:
            self._to_end()
        where = self.start_dir
        directory = b''.join(map(self._central_record, self.filelist))
        count = len(self.filelist)
        over = [label for label, value, limit in (
                    ('Files count', count, ZIP_FILECOUNT_LIMIT),
                    ('Central directory offset', where, ZIP64_LIMIT),
                    ('Central directory size', len(directory), ZIP64_LIMIT))
                if value > limit]
        pieces = [directory]
        if over:
            if not self._allow64:
                raise LargeZipFile(over[0] + " would require ZIP64 extensions")
            pieces.append(_TAIL64.pack(stringEndArchive64, _TAIL64.size - 12,
                                       ZIP64_VERSION, ZIP64_VERSION, 0, 0,
                                       count, count, len(directory), where))
            pieces.append(_LOCATOR.pack(stringEndArchive64Locator, 0,
                                        where + len(directory), 1))
        short_count = min(count, 0xFFFF)
        pieces.append(_TAIL.pack(stringEndArchive, 0, 0, short_count, short_count,
                                 min(len(directory), 0xFFFFFFFF),
                                 min(where, 0xFFFFFFFF), len(self._comment)))
        pieces.append(self._comment)
        self.fp.write(b''.join(pieces))
        if self.mode == 'a':
            self.fp.truncate()
        self.fp.flush()


class PyZipFile(ZipFile):
    """Not provided by pyrs (it has no bytecode compiler to produce .pyc files)."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("PyZipFile is not supported by pyrs")


from ._path import Path, CompleteDirs  # noqa: E402


def _cli_name(path):
    """Archive name for a path given on the command line (its last component)."""
    name = os.path.basename(path) or os.path.basename(os.path.dirname(path))
    return '' if name in (os.curdir, os.pardir) else name


def _cli_add(archive, path, name):
    if os.path.isfile(path):
        archive.write(path, name, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if name:
            archive.write(path, name)
        for child in sorted(os.listdir(path)):
            _cli_add(archive, os.path.join(path, child), os.path.join(name, child))


def main(args=None):
    """The command line: python -m zipfile -l|-e|-c|-t ..."""
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command-line interface for zipfile module.')
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument('-l', '--list', metavar='<zipfile>',
                        help='Show listing of a zipfile')
    action.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                        help='Extract zipfile into target dir')
    action.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                        help='Create zipfile from sources')
    action.add_argument('-t', '--test', metavar='<zipfile>',
                        help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    opts = parser.parse_args(args)
    encoding = opts.metadata_encoding

    if opts.create:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        target, *sources = opts.create
        with ZipFile(target, 'w') as archive:
            for path in sources:
                _cli_add(archive, path, _cli_name(path))
        return
    source = opts.list or opts.test or opts.extract[0]
    with ZipFile(source, 'r', metadata_encoding=encoding) as archive:
        if opts.list:
            archive.printdir()
        elif opts.test:
            broken = archive.testzip()
            if broken:
                print("The following enclosed file is corrupted: {!r}".format(broken))
            print("Done testing")
        else:
            archive.extractall(opts.extract[1])
