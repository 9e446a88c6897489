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
        cut = filename.find('\0')
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != '/' and os.sep in filename:
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

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
        """The local file header (with name and extra field) as bytes."""
        dosdate, dostime = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = csize = usize = 0
        else:
            crc, csize, usize = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        large = usize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if zip64 is None:
            zip64 = large
        if zip64:
            extra = extra + struct.pack('<HHQQ', _ZIP64_TAG, 16, usize, csize)
        if large and not zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if zip64:
            usize = csize = 0xffffffff
        self.extract_version, self.create_version = self._versions(zip64)
        name, flags = self._name_and_flags()
        head = _LOCAL.pack(stringFileHeader, self.extract_version, self.reserved, flags,
                           self.compress_type, dostime, dosdate, crc, csize, usize,
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
        """A ZipInfo for the file or directory at `filename` (stat'ed now)."""
        filename = os.fspath(filename)
        st = os.stat(filename)
        folder = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        _, arcname = os.path.splitdrive(arcname)
        arcname = os.path.normpath(arcname)
        for sep in (os.sep, os.altsep):
            if sep:
                arcname = arcname.lstrip(sep)
        if folder:
            arcname += '/'
        info = cls(arcname, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if folder:
            info.file_size = 0
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
            zf._release()


class ZipExtFile(io.BufferedIOBase):
    """A readable stream over one member's uncompressed data."""

    MAX_N = 1 << 31 - 1
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


class _EntryWriter(io.BufferedIOBase):
    """The stream ZipFile.open(..., 'w') returns: compresses into the archive."""

    def __init__(self, zf, zinfo, zip64):
        self._zf = zf
        self._info = zinfo
        self._zip64 = zip64
        self._packer = _new_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._size = 0
        self._packed = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zf.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, memoryview):
            count = data.nbytes
        else:
            count = len(data)
        self._size += count
        self._crc = crc32(data, self._crc) & 0xFFFFFFFF
        if self._packer is not None:
            data = self._packer.compress(data)
            self._packed += len(data)
        self._zf.fp.write(data)
        return count

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            fp = self._zf.fp
            if self._packer is not None:
                tail = self._packer.flush()
                self._packed += len(tail)
                fp.write(tail)
                self._info.compress_size = self._packed
            else:
                self._info.compress_size = self._size
            info = self._info
            info.CRC = self._crc
            info.file_size = self._size
            if not self._zip64:
                if self._size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if info.compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            if info.flag_bits & _FLAG_DESCRIPTOR:
                layout = '<LLQQ' if self._zip64 else '<LLLL'
                fp.write(struct.pack(layout, _DESCRIPTOR_MAGIC, info.CRC,
                                     info.compress_size, info.file_size))
                self._zf.start_dir = fp.tell()
            else:
                self._zf.start_dir = fp.tell()
                fp.seek(info.header_offset)
                fp.write(info.FileHeader(self._zip64))
                fp.seek(self._zf.start_dir)
            self._zf.filelist.append(info)
            self._zf.NameToInfo[info.filename] = info
        finally:
            self._zf._writing = False


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
    _windows_illegal_name_trans_table = {}

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in 'rwxa' or len(mode) != 1:
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self.mode, self.compression, self.compresslevel = mode, compression, compresslevel
        self._allowZip64, self._strict_timestamps = allowZip64, strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._modified = False
        self.debug = 0
        self.NameToInfo, self.filelist = {}, []
        self.pwd = None
        self._comment = b''
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        if hasattr(file, '__fspath__'):
            file = file.__fspath__()
        if isinstance(file, str):
            self._borrowed_file = 0
            self.filename = file
            tries = {'r': ('rb',), 'w': ('w+b', 'wb'), 'x': ('x+b', 'xb'),
                     'a': ('r+b', 'w+b', 'wb')}[mode]
            for number, how in enumerate(tries):
                try:
                    self.fp = io.open(file, how)
                    break
                except OSError:
                    if number == len(tries) - 1:
                        raise
        else:
            self._borrowed_file = 1
            self.fp = file
            self.filename = getattr(file, 'name') if hasattr(file, 'name') else None
        self._users = 1
        self._lock = threading.RLock()   # guards the shared file position
        self._seekable = True
        self._writing = False
        try:
            if mode == 'r':
                self._load_directory()
            elif mode in ('w', 'x'):
                self._modified = True
                self._prepare_output()
            else:
                try:
                    self._load_directory()
                except BadZipFile:
                    self._modified = True
                    self.start_dir = self.fp.seek(0, 2)
                self._to_end()
        except:
            fp, self.fp = self.fp, None
            self._close_file(fp)
            raise

    def _prepare_output(self):
        try:
            self.start_dir = self.fp.tell()
        except (OSError, AttributeError):
            self.fp, self.start_dir = _CountingWriter(self.fp), 0
            self._seekable = False
            return
        try:
            self._to_end()
        except (OSError, AttributeError):
            self._seekable = False

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
        """A stream reading (mode 'r') or writing (mode 'w') one member.

        `name` is a member name or a ZipInfo; the returned object is a
        ZipExtFile for reading.
        """
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        _check_password(pwd)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if type(name) is ZipInfo or isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._start_entry(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open "
                             "writing handle on it. Close the writing handle before "
                             "trying to read.")
        self._users += 1
        cursor = _Cursor(self, info.header_offset)
        try:
            head = cursor.read(_LOCAL.size)
            if len(head) != _LOCAL.size:
                raise BadZipFile("Truncated file header")
            fields = _LOCAL.unpack(head)
            if fields[0] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")
            raw_name = cursor.read(fields[10])
            if fields[11]:
                cursor.read(fields[11])
            if info.flag_bits & _FLAG_PATCHED:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & _FLAG_STRONG:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if fields[3] & _FLAG_UTF8:
                local_name = raw_name.decode('utf-8')
            else:
                local_name = raw_name.decode(self.metadata_encoding or 'cp437')
            if local_name != info.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (info.orig_filename, raw_name))
            if info.flag_bits & _FLAG_ENCRYPTED:
                if not pwd:
                    pwd = self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for "
                                       "extraction" % name)
            else:
                pwd = None
            return ZipExtFile(cursor, mode, info, pwd, True)
        except:
            cursor.close()
            raise

    def _start_entry(self, info, force_zip64=False):
        if not self._allowZip64 and force_zip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when "
                             "opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another "
                             "write handle open on it. Close the first handle before "
                             "opening another.")
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= _FLAG_OPTION_1
        if not self._seekable:
            info.flag_bits |= _FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = _UNIX_RW
        zip64 = self._allowZip64 and (force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        self._check_writable(info)
        if self._seekable:
            self._to_end()
        info.header_offset = self.fp.tell()
        self._check_limits(info)
        self._modified = True
        self.fp.write(info.FileHeader(zip64))
        self._writing = True
        return _EntryWriter(self, info, zip64)

    def _check_writable(self, info):
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=4)
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(info.compress_type)

    def _check_limits(self, info):
        if self._allowZip64:
            return
        reason = None
        if ZIP_FILECOUNT_LIMIT <= len(self.filelist):
            reason = "Files count"
        elif info.file_size > ZIP64_LIMIT:
            reason = "Filesize"
        elif info.header_offset > ZIP64_LIMIT:
            reason = "Zipfile size"
        if reason:
            raise LargeZipFile(reason + " would require ZIP64 extensions")

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

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        """Replace characters Windows forbids in file names."""
        table = cls._windows_illegal_name_trans_table
        if not table:
            table.update(str.maketrans(':<>|"?*', '_' * 7))
        parts = (part.translate(table).rstrip('.') for part in arcname.split(pathsep))
        return pathsep.join(part for part in parts if part)

    def _unpack(self, member, root, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        relative = info.filename.replace('/', os.path.sep)
        if os.path.altsep:
            relative = relative.replace(os.path.altsep, os.path.sep)
        relative = os.path.splitdrive(relative)[1]
        relative = os.path.sep.join(part for part in relative.split(os.path.sep)
                                    if part not in ('', os.path.curdir, os.path.pardir))
        if os.path.sep == '\\':
            relative = self._sanitize_windows_name(relative, os.path.sep)
        target = os.path.normpath(os.path.join(root, relative))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(info, pwd=pwd) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
        return target

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file or directory at `filename` as member `arcname`."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source, self.open(info, 'w') as sink:
            shutil.copyfileobj(source, sink, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member holding `data` (bytes, or str stored as UTF-8).

        `zinfo_or_arcname` is the member name or a ZipInfo describing it.
        """
        if isinstance(data, str):
            data = data.encode()
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.is_dir():
                info.external_attr = (0o40775 << 16) | _DOS_DIRECTORY
            else:
                info.external_attr = _UNIX_RW
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        info.compress_type = info.compress_type if compress_type is None else compress_type
        if compresslevel is None:
            compresslevel = info._compresslevel
        info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode='w') as sink:
                sink.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry, from a name or a ZipInfo."""
        given = zinfo_or_directory_name
        if isinstance(given, ZipInfo):
            info = given
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(given, str):
            info = ZipInfo(given if given[-1:] == '/' else given + '/')
            info.compress_size = 0
            info.CRC = 0
            info.file_size = 0
            info.external_attr = (((0o40000 | mode) & 0xFFFF) << 16) | _DOS_DIRECTORY
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._writing:
                raise ValueError("Can't create directory while an open writing handle "
                                 "exists.")
            self._check_writable(info)
            if self._seekable:
                self._to_end()
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= _FLAG_OPTION_1
            self._check_limits(info)
            self._modified = True
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Write the central directory if the archive changed, then close."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing "
                             "the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                with self._lock:
                    if self._seekable:
                        self._to_end()
                    self._write_directory()
        finally:
            fp, self.fp = self.fp, None
            self._close_file(fp)

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

    def _write_directory(self):
        fp = self.fp
        start = fp.tell()
        for info in self.filelist:
            fp.write(self._central_record(info))
        end = fp.tell()
        count, size, offset = len(self.filelist), end - start, self.start_dir
        reason = None
        if count > ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif offset > ZIP64_LIMIT:
            reason = "Central directory offset"
        elif size > ZIP64_LIMIT:
            reason = "Central directory size"
        if reason:
            if not self._allowZip64:
                raise LargeZipFile(reason + " would require ZIP64 extensions")
            fp.write(_TAIL64.pack(stringEndArchive64, 44, 45, 45, 0, 0,
                                  count, count, size, offset))
            fp.write(_LOCATOR.pack(stringEndArchive64Locator, 0, end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(_TAIL.pack(stringEndArchive, 0, 0, count, count, size, offset,
                            len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def _release(self):
        self._users -= 1
        if self._users == 0 and not self._borrowed_file and self._file_to_close is not None:
            fp, self._file_to_close = self._file_to_close, None
            fp.close()

    _file_to_close = None

    def _close_file(self, fp):
        self._users -= 1
        if self._borrowed_file or fp is None:
            return
        if self._users <= 0:
            fp.close()
        else:
            self._file_to_close = fp


class PyZipFile(ZipFile):
    """Not provided by pyrs (it has no bytecode compiler to produce .pyc files)."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("PyZipFile is not supported by pyrs")


from ._path import Path, CompleteDirs  # noqa: E402


def main(args=None):
    """The command line: python -m zipfile -l|-e|-c|-t ..."""
    import argparse

    parser = argparse.ArgumentParser(
        description='A simple command-line interface for zipfile module.')
    choice = parser.add_mutually_exclusive_group(required=True)
    options = [
        ('-l', '--list', None, '<zipfile>', 'Show listing of a zipfile'),
        ('-e', '--extract', 2, ('<zipfile>', '<output_dir>'), 'Extract zipfile into target dir'),
        ('-c', '--create', '+', ('<name>', '<file>'), 'Create zipfile from sources'),
        ('-t', '--test', None, '<zipfile>', 'Test if a zipfile is valid'),
    ]
    for short, long, count, shown, text in options:
        choice.add_argument(short, long, nargs=count, metavar=shown, help=text)
    parser.add_argument('--metadata-encoding', metavar='<encoding>', help='Specify '
                        'encoding of member names for -l, -e and -t')
    opts = parser.parse_args(args)
    encoding = opts.metadata_encoding

    if opts.test is not None:
        with ZipFile(opts.test, 'r', metadata_encoding=encoding) as zf:
            broken = zf.testzip()
        if broken:
            print("The following enclosed file is corrupted: {!r}".format(broken))
        print("Done testing")
    elif opts.list is not None:
        with ZipFile(opts.list, 'r', metadata_encoding=encoding) as zf:
            zf.printdir()
    elif opts.extract is not None:
        archive, target = opts.extract
        with ZipFile(archive, 'r', metadata_encoding=encoding) as zf:
            zf.extractall(target)
    elif opts.create is not None:
        if encoding:
            parser.error("Non-conforming encodings not supported with -c.")
        archive, *sources = opts.create

        def add(zf, path, member):
            if os.path.isfile(path):
                zf.write(path, member, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if member:
                    zf.write(path, member)
                for entry in sorted(os.listdir(path)):
                    add(zf, os.path.join(path, entry), os.path.join(member, entry))

        with ZipFile(archive, 'w') as zf:
            for path in sources:
                member = os.path.basename(path)
                if not member:
                    member = os.path.basename(os.path.dirname(path))
                if member in ('', os.curdir, os.pardir):
                    member = ''
                add(zf, path, member)
