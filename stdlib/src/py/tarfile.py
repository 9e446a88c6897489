"""tarfile (CPython's tarfile module, written for pyrs)."""

import builtins
import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time
import warnings

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter",
           "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

_file_open = builtins.open

# ---- format constants -------------------------------------------------------

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = 20 * BLOCKSIZE
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"

GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"

XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT, GNU_FORMAT, PAX_FORMAT = 0, 1, 2
DEFAULT_FORMAT = 2   # pax

REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE) + GNU_TYPES

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = set(PAX_FIELDS[:2] + PAX_FIELDS[6:])
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()

symlink_exception = (AttributeError, NotImplementedError, OSError)


# ---- exceptions ---------------------------------------------------------------

class TarError(Exception):
    """Root of the errors this module raises."""


class ExtractError(TarError):
    """A member could not be extracted (non-fatal)."""


class ReadError(TarError):
    """The data is not a readable tar archive."""


class CompressionError(TarError):
    """A compression method is unknown or unavailable."""


class StreamError(TarError):
    """The operation cannot be done on a stream."""


class HeaderError(TarError):
    """A header block could not be decoded."""


class EmptyHeaderError(HeaderError):
    """The header block is empty."""


class TruncatedHeaderError(HeaderError):
    """The header block is shorter than 512 bytes."""


class EOFHeaderError(HeaderError):
    """The header block is all zeros (end of archive)."""


class InvalidHeaderError(HeaderError):
    """The header block holds bad fields."""


class SubsequentHeaderError(HeaderError):
    """A GNU or pax extension header is broken."""


class FilterError(TarError):
    """An extraction filter refused a member."""


def _refusal(template, takes_path):
    """Make the __init__ of a FilterError subclass from a message template."""
    if takes_path:
        def __init__(self, tarinfo, path):
            self.tarinfo = tarinfo
            self._member_path = path
            FilterError.__init__(self, template.format(repr(tarinfo.name), repr(path)))
    else:
        def __init__(self, tarinfo):
            self.tarinfo = tarinfo
            FilterError.__init__(self, template.format(repr(tarinfo.name)))
    return __init__


class AbsolutePathError(FilterError):
    __init__ = _refusal("member {} has an absolute path", False)


class OutsideDestinationError(FilterError):
    __init__ = _refusal("{} would be extracted to {}, which is outside the destination", True)


class SpecialFileError(FilterError):
    __init__ = _refusal("{} is a special file", False)


class AbsoluteLinkError(FilterError):
    __init__ = _refusal("{} is a link to an absolute path", False)


class LinkOutsideDestinationError(FilterError):
    __init__ = _refusal("{} would link to {}, which is outside the destination", True)


# ---- field encoding helpers -----------------------------------------------------

def stn(s, length, encoding, errors):
    """Encode a str into a NUL-padded field of the given length."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)
    return raw[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """Decode a NUL-terminated field into a str."""
    head = s.partition(NUL)[0]
    return head.decode(encoding, errors)


def nti(s):
    """Decode a numeric header field (octal or GNU base-256)."""
    lead = s[0] if s else 0
    if lead in (0o200, 0o377):
        value = int.from_bytes(s[1:], "big")
        if lead == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        digits = nts(s, "ascii", "strict").strip()
        return int(digits, 8) if digits else 0
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """Encode an integer as a numeric header field of `digits` bytes."""
    try:
        n = int(n)
    except (TypeError, ValueError):
        raise ValueError("overflow in number field")
    width = digits - 1
    if n >= 0 and n < 8 ** width:
        return b"%0*o" % (width, n) + NUL
    span = 256 ** width
    if format == GNU_FORMAT and -span <= n < span:
        if n < 0:
            return b"\xff" + (span + n).to_bytes(width, "big")
        return b"\x80" + n.to_bytes(width, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """Return the unsigned and signed checksums of a header block."""
    masked = buf[:148] + b"        " + buf[156:512]
    unsigned = sum(masked)
    signed = unsigned - 256 * sum(1 for b in masked if b > 127)
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy `length` bytes from src to dst (everything when length is None)."""
    step = bufsize or 0x4000
    if length is None:
        shutil.copyfileobj(src, dst, step)
        return
    left = length
    while left > 0:
        want = min(step, left)
        piece = src.read(want)
        if len(piece) < want:
            raise exception("unexpected end of data")
        dst.write(piece)
        left -= want


def _padded(size):
    """Round a size up to a whole number of blocks."""
    return -(-size // BLOCKSIZE) * BLOCKSIZE


def _emit_listing(s):
    enc = getattr(sys.stdout, "encoding", None)
    if enc is not None:
        s = s.encode(enc, "backslashreplace").decode(enc)
    print(s, end=" ")
# ---- stream (pipe) access ---------------------------------------------------------

class _FdStream:
    """Plain unbuffered file used by the stream modes when given a name."""

    def __init__(self, name, mode):
        flags = {"r": os.O_RDONLY, "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC}[mode]
        flags |= getattr(os, "O_BINARY", 0)
        self.fd = os.open(name, flags, 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        data = os.read(self.fd, size)
        return data

    def write(self, s):
        os.write(self.fd, s)


class _PipeStream:
    """Sequential, forward-only access to a (maybe compressed) tar stream."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel=9):
        self._owned = False
        if fileobj is None:
            fileobj = _FdStream(name, {"r": "r", "w": "w"}[mode])
            self._owned = True
        if comptype == "*":
            fileobj = _Sniffer(fileobj)
            comptype = fileobj.kind()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.pending = b""      # compressed input not yet inflated / output not yet written
        self.plain = b""        # inflated data not yet handed out
        self.pos = 0
        self.closed = False
        self._crc = 0
        self._zlib = None
        try:
            if comptype == "gz":
                try:
                    import zlib
                except ImportError:
                    raise CompressionError("zlib module is not available") from None
                self._zlib = zlib
                self._crc = zlib.crc32(b"")
                if mode == "r":
                    self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._gz_header_done = False
                    self._gz_read_header()
                else:
                    self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                                      -zlib.MAX_WBITS,
                                                      zlib.DEF_MEM_LEVEL, 0)
                    self._gz_write_header()
            elif comptype == "bz2":
                raise CompressionError("bz2 module is not available")
            elif comptype == "xz":
                raise CompressionError("lzma module is not available")
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except BaseException:
            if self._owned:
                self.fileobj.close()
            self.closed = True
            raise

    def __del__(self):
        if getattr(self, "closed", True) is False:
            try:
                self.close()
            except Exception:
                pass

    # writing
    def _gz_write_header(self):
        stamp = struct.pack("<L", int(time.time()))
        flags = b"\0"
        label = self.name
        if label:
            flags = b"\010"
        self.pending += b"\037\213\010" + flags + stamp + b"\002\377"
        if label:
            label = os.path.basename(label)
            if label.endswith(".gz"):
                label = label[:-3]
            self.pending += label.encode("iso-8859-1", "replace") + NUL

    def write(self, s):
        self._crc = self._zlib.crc32(s, self._crc) if self._zlib else 0
        self.pos += len(s)
        if self.comptype == "gz":
            s = self._deflater.compress(s)
        self.pending += s
        while len(self.pending) > self.bufsize:
            self.fileobj.write(self.pending[:self.bufsize])
            self.pending = self.pending[self.bufsize:]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                if self.comptype == "gz":
                    self.pending += self._deflater.flush()
                if self.pending:
                    self.fileobj.write(self.pending)
                    self.pending = b""
                if self.comptype == "gz":
                    self.fileobj.write(struct.pack("<L", self._crc & 0xffffffff))
                    self.fileobj.write(struct.pack("<L", self.pos & 0xffffffff))
        finally:
            if self._owned:
                self.fileobj.close()

    # reading
    def _raw(self, n):
        data = self.fileobj.read(n)
        return data

    def _compressed(self, n):
        while len(self.pending) < n:
            more = self._raw(self.bufsize)
            if not more:
                break
            self.pending += more
        out, self.pending = self.pending[:n], self.pending[n:]
        return out

    def _gz_read_header(self):
        if self._compressed(2) != b"\037\213":
            raise ReadError("not a gzip file")
        if self._compressed(1) != b"\010":
            raise CompressionError("unsupported compression method")
        flag = ord(self._compressed(1))
        self._compressed(6)
        if flag & 4:
            xlen = ord(self._compressed(1)) + 256 * ord(self._compressed(1))
            self.read(xlen)
        for bit in (8, 16):
            if flag & bit:
                while True:
                    ch = self._compressed(1)
                    if not ch or ch == NUL:
                        break
        if flag & 2:
            self._compressed(2)

    def _fill(self, n):
        while len(self.plain) < n:
            if self.comptype in ("tar",):
                more = self._raw(self.bufsize)
                if not more:
                    break
                self.plain += more
                continue
            chunk = self.pending or self._raw(self.bufsize)
            self.pending = b""
            if not chunk:
                break
            try:
                self.plain += self._inflater.decompress(chunk)
            except self._zlib.error as e:
                raise ReadError("invalid compressed data") from e
            if self._inflater.unused_data:
                self.pending = b""
                break

    def read(self, size):
        self._fill(size)
        out, self.plain = self.plain[:size], self.plain[size:]
        self.pos += len(out)
        return out

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos - self.pos >= 0:
            left = pos - self.pos
            while left > 0:
                got = self.read(min(left, self.bufsize))
                if not got:
                    break
                left -= len(got)
        else:
            raise StreamError("seeking backwards is not allowed")
        return self.pos


class _Sniffer:
    """Wraps a raw stream, peeking at its first bytes to guess a compression."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.head = fileobj.read(BLOCKSIZE)

    def read(self, size):
        if self.head:
            out, self.head = self.head, b""
            return out
        return self.fileobj.read(size)

    def kind(self):
        if self.head.startswith(b"\x1f\x8b\x08"):
            return "gz"
        if self.head[0:3] == b"BZh" and self.head[4:10] == b"1AY&SY":
            return "bz2"
        if self.head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
            return "xz"
        return "tar"

    def close(self):
        self.fileobj.close()


# ---- reading a member's data -----------------------------------------------------

class _MemberRaw(io.RawIOBase):
    """Raw, seekable view of one member's data inside the archive."""

    def __init__(self, fileobj, offset, size, name, sparse=None):
        super().__init__()
        self._src = fileobj
        self._start = offset
        self._length = size
        self._at = 0
        self.name = name
        # pieces: (is_data, start_in_member, end_in_member, offset_in_archive)
        self._pieces = []
        if sparse is None:
            self._pieces.append((True, 0, size, offset))
        else:
            cursor = 0
            archive_at = offset
            for where, count in sparse:
                if cursor < where:
                    self._pieces.append((False, cursor, where, None))
                self._pieces.append((True, where, where + count, archive_at))
                archive_at += count
                cursor = where + count
            if cursor < size:
                self._pieces.append((False, cursor, size, None))

    def flush(self):
        pass

    @property
    def mode(self):
        return "rb"

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self._src.seekable()

    def tell(self):
        return self._at

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == 1:
            target = self._at + position
        elif whence == 2:
            target = self._length + position
        else:
            raise ValueError("Invalid argument")
        self._at = max(0, min(target, self._length))
        return self._at

    def read(self, size=-1):
        if size is None or size < 0:
            size = self._length - self._at
        else:
            size = min(size, self._length - self._at)
        out = bytearray()
        while size > 0:
            for is_data, lo, hi, base in self._pieces:
                if lo <= self._at < hi:
                    break
            else:
                break
            step = min(size, hi - self._at)
            if is_data:
                self._src.seek(base + self._at - lo)
                got = self._src.read(step)
                if len(got) != step:
                    raise ReadError("unexpected end of data")
                out += got
            else:
                out += NUL * step
            self._at += step
            size -= step
        return bytes(out)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


class ExFileObject(io.BufferedReader):
    """File object returned by TarFile.extractfile()."""

    def __init__(self, tarfile, tarinfo):
        raw = _MemberRaw(tarfile.fileobj, tarinfo.offset_data, tarinfo.size,
                         tarinfo.name, tarinfo.sparse)
        super().__init__(raw)


# ---- TarInfo -------------------------------------------------------------------


# (field, offset, width, kind) of the ustar header; kind: s=text, n=number, r=raw
_LAYOUT = (
    ("name", 0, 100, "s"), ("mode", 100, 8, "n"), ("uid", 108, 8, "n"),
    ("gid", 116, 8, "n"), ("size", 124, 12, "n"), ("mtime", 136, 12, "n"),
    ("chksum", 148, 8, "n"), ("type", 156, 1, "r"), ("linkname", 157, 100, "s"),
    ("magic", 257, 8, "r"), ("uname", 265, 32, "s"), ("gname", 297, 32, "s"),
    ("devmajor", 329, 8, "n"), ("devminor", 337, 8, "n"), ("prefix", 345, 155, "s"),
)


def _type_test(*kinds):
    def test(self):
        return self.type in kinds
    return test


class TarInfo(object):
    """Metadata of one archive member."""

    __slots__ = dict(
        name='Name of the archive member.',
        mode='Permission bits.',
        uid='User ID of the owner.',
        gid='Group ID of the owner.',
        size='Size in bytes.',
        mtime='Time of last modification.',
        chksum='Header checksum.',
        type='File type (one of the *TYPE constants).',
        linkname='Target of a link.',
        uname='User name of the owner.',
        gname='Group name of the owner.',
        devmajor='Device major number.',
        devminor='Device minor number.',
        offset='Offset of the header in the archive.',
        offset_data="Offset of the member's data in the archive.",
        pax_headers='Key/value pairs of the pax extended header.',
        sparse='Sparse map, or None.',
        tarfile=None,
        _sparse_runs=None,
        _resolved_link=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = self.mtime = self.chksum = 0
        self.type = REGTYPE
        self.linkname = self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self.tarfile = None

    path = property(lambda self: self.name,
                    lambda self, value: setattr(self, "name", value),
                    doc="Same as name.")
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value),
                        doc="Same as linkname.")

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, deep=True, **changes):
        """Return a copy with the given attributes changed."""
        allowed = ("name", "mtime", "mode", "linkname", "uid", "gid", "uname", "gname")
        for attr in changes:
            if attr not in allowed:
                raise TypeError(
                    f"TarInfo.replace() got an unexpected keyword argument '{attr}'")
        other = (copy.deepcopy if deep else copy.copy)(self)
        for attr, value in changes.items():
            setattr(other, attr, value)
        return other

    def get_info(self):
        """Return the header fields as a dict."""
        keys = ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type",
                "linkname", "uname", "gname", "devmajor", "devminor")
        fields = {k: getattr(self, k) for k in keys}
        if fields["mode"] is not None:
            fields["mode"] &= 0o7777
        if fields["type"] == DIRTYPE and not fields["name"].endswith("/"):
            fields["name"] = fields["name"] + "/"
        return fields

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """Return the header block(s) of this member as bytes."""
        info = self.get_info()
        missing = [k for k, v in info.items() if v is None]
        if missing:
            raise ValueError("%s may not be None" % missing[0])
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        builder = {USTAR_FORMAT: self.create_ustar_header,
                   GNU_FORMAT: self.create_gnu_header}.get(format)
        if builder is None:
            raise ValueError("invalid format")
        return builder(info, encoding, errors)

    def create_ustar_header(self, info, encoding, errors):
        """Build a POSIX.1-1988 (ustar) header."""
        def size_of(text):
            return len(text.encode(encoding, errors))
        if size_of(info["linkname"]) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if size_of(info["name"]) > LENGTH_NAME:
            info["prefix"], info["name"] = self._split_for_prefix(info["name"], encoding, errors)
        info["magic"] = POSIX_MAGIC
        return self._header_block(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """Build a GNU header, with ././@LongLink blocks for long names."""
        pieces = []
        for field, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                   ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[field].encode(encoding, errors)) > limit:
                pieces.append(self._gnu_long_block(info[field], kind, encoding, errors))
        info["magic"] = GNU_MAGIC
        pieces.append(self._header_block(info, GNU_FORMAT, encoding, errors))
        return b"".join(pieces)

    def create_pax_header(self, info, encoding):
        """Build a ustar header, preceded by a pax header when needed."""
        extra = dict(self.pax_headers)
        for field, key, limit in (("name", "path", LENGTH_NAME),
                                  ("linkname", "linkpath", LENGTH_LINK),
                                  ("uname", "uname", 32), ("gname", "gname", 32)):
            text = info[field]
            if key not in extra and (not text.isascii() or len(text) > limit):
                extra[key] = text
        for field, width in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            number = info[field]
            whole = round(number) if isinstance(number, float) else number
            fits = 0 <= whole < 8 ** (width - 1)
            if whole is not number or not fits:
                extra.setdefault(field, str(number))
                info[field] = whole if fits else 0
        info["magic"] = POSIX_MAGIC
        lead = self._pax_block(extra, XHDTYPE, encoding) if extra else b""
        return lead + self._header_block(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """Build a pax global header block."""
        return cls._pax_block(pax_headers, XGLTYPE, "utf-8")

    @staticmethod
    def _split_for_prefix(name, encoding, errors):
        """Split a long ustar name at a slash into (prefix, name)."""
        raw = name.encode(encoding, errors)
        for cut in range(len(raw) - 1, 0, -1):
            if raw[cut:cut + 1] != b"/":
                continue
            head, tail = raw[:cut], raw[cut + 1:]
            if len(tail) > LENGTH_NAME:
                break
            if len(head) <= LENGTH_PREFIX and tail:
                best = (head, tail)
        try:
            head, tail = best
        except NameError:
            raise ValueError("name is too long") from None
        return head.decode(encoding, errors), tail.decode(encoding, errors)

    @staticmethod
    def _header_block(info, format, encoding, errors):
        """Pack the fields into one 512-byte header block with its checksum."""
        block = bytearray(BLOCKSIZE)
        is_device = info.get("type", REGTYPE) in (CHRTYPE, BLKTYPE)
        for field, at, width, kind in _LAYOUT:
            if field == "chksum":
                raw = b" " * 8
            elif kind == "r":
                raw = info.get(field, REGTYPE if field == "type" else POSIX_MAGIC)
            elif kind == "s":
                raw = stn(info.get(field, ""), width, encoding, errors)
            elif field.startswith("dev") and not is_device:
                raw = NUL * 8
            else:
                number = info.get(field, 0)
                if field == "mode":
                    number = 0 if number is None else number & 0o7777
                raw = itn(number, width, format)
            block[at:at + len(raw)] = raw
        block[148:155] = b"%06o\0" % calc_chksums(block)[0]
        return bytes(block)

    @staticmethod
    def _data_blocks(payload):
        """The payload followed by NUL padding to a block boundary."""
        return payload.ljust(_padded(len(payload)), NUL)

    @classmethod
    def _gnu_long_block(cls, name, kind, encoding, errors):
        payload = name.encode(encoding, errors) + NUL
        head = {"name": "././@LongLink", "type": kind, "size": len(payload),
                "magic": GNU_MAGIC}
        return cls._header_block(head, USTAR_FORMAT, encoding, errors) + cls._data_blocks(payload)

    @staticmethod
    def _pax_record(key, value):
        body = len(key) + len(value) + 3
        total = body + 1
        while body + len(str(total)) != total:
            total = body + len(str(total))
        return b"%d %s=%s\n" % (total, key, value)

    @classmethod
    def _pax_block(cls, pax_headers, kind, encoding):
        def utf8_ok(text):
            try:
                text.encode("utf-8", "strict")
                return True
            except UnicodeEncodeError:
                return False
        binary = not all(utf8_ok(v) for v in pax_headers.values())
        chunks = [b"21 hdrcharset=BINARY\n"] if binary else []
        for key, value in pax_headers.items():
            if binary:
                data = value.encode(encoding, "surrogateescape")
            else:
                data = value.encode("utf-8")
            chunks.append(cls._pax_record(key.encode("utf-8"), data))
        records = b"".join(chunks)
        head = {"name": "././@PaxHeader", "type": kind, "size": len(records),
                "magic": POSIX_MAGIC}
        return cls._header_block(head, USTAR_FORMAT, "ascii", "replace") + cls._data_blocks(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """Decode one 512-byte header block into a TarInfo."""
        if not buf:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if not buf.strip(NUL):
            raise EOFHeaderError("end of file header")
        if nti(buf[148:156]) not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        member = cls()
        prefix = ""
        for field, at, width, kind in _LAYOUT:
            chunk = buf[at:at + width]
            if kind == "n":
                value = nti(chunk)
            elif kind == "s":
                value = nts(chunk, encoding, errors)
            else:
                value = chunk
            if field == "prefix":
                prefix = value
            elif field != "magic":
                setattr(member, field, value)
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            pairs = cls._sparse_pairs(buf, 386, 4)
            member._sparse_runs = (pairs, bool(buf[482]), nti(buf[483:495]))
        if member.isdir():
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = "/".join((prefix, member.name))
        return member

    @staticmethod
    def _sparse_pairs(buf, start, count):
        pairs = []
        for k in range(count):
            at = start + 24 * k
            try:
                where, length = nti(buf[at:at + 12]), nti(buf[at + 12:at + 24])
            except ValueError:
                break
            if where or length:
                pairs.append((where, length))
        return pairs

    @classmethod
    def fromtarfile(cls, tarfile):
        """Read the next member (with its extension headers) from an open TarFile."""
        src = tarfile.fileobj
        member = cls.frombuf(src.read(BLOCKSIZE), tarfile.encoding, tarfile.errors)
        member.offset = src.tell() - BLOCKSIZE
        return member._resolve_member(tarfile)

    # --- what follows the header
    def _resolve_member(self, tarfile):
        handler = {GNUTYPE_LONGNAME: self._take_gnu_long,
                   GNUTYPE_LONGLINK: self._take_gnu_long,
                   GNUTYPE_SPARSE: self._take_gnu_sparse,
                   XHDTYPE: self._take_pax, XGLTYPE: self._take_pax,
                   SOLARIS_XHDTYPE: self._take_pax}.get(self.type, self._take_plain)
        return handler(tarfile)

    def _data_end(self):
        end = self.offset_data
        if self.type in REGULAR_TYPES or self.type not in SUPPORTED_TYPES:
            end += _padded(self.size)
        return end

    def _take_plain(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self._data_end()
        self._merge_pax(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.path = self.path.rstrip("/")
        return self

    def _next_header(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _take_gnu_long(self, tarfile):
        payload = tarfile.fileobj.read(_padded(self.size))
        following = self._next_header(tarfile)
        following.offset = self.offset
        text = nts(payload, tarfile.encoding, tarfile.errors)
        setattr(following, "name" if self.type == GNUTYPE_LONGNAME else "linkname", text)
        if following.isdir():
            following.name = following.name.removesuffix("/")
        return following

    def _take_gnu_sparse(self, tarfile):
        pairs, more, real = self._sparse_runs
        del self._sparse_runs
        while more:
            ext = tarfile.fileobj.read(BLOCKSIZE)
            pairs.extend(self._sparse_pairs(ext, 0, 21))
            more = bool(ext[504])
        self.sparse = pairs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + _padded(self.size)
        self.size = real
        return self

    def _take_pax(self, tarfile):
        raw = tarfile.fileobj.read(_padded(self.size))
        is_global = self.type == XGLTYPE
        pax = tarfile.pax_headers if is_global else dict(tarfile.pax_headers)
        binary = re.search(rb"\d+ hdrcharset=BINARY\n", raw) is not None
        pos = 0
        head_re = re.compile(rb"(\d+) ([^=]+)=")
        while pos < len(raw) and raw[pos] != 0:
            found = head_re.match(raw, pos)
            if found is None:
                raise InvalidHeaderError("invalid header")
            length = int(found.group(1))
            if length < 1:
                raise InvalidHeaderError("invalid header")
            value_bytes = raw[found.end():pos + length - 1]
            key = self._pax_text(found.group(2), "utf-8", "utf-8", tarfile.errors)
            if key in PAX_NAME_FIELDS:
                first = tarfile.encoding if binary else "utf-8"
                value = self._pax_text(value_bytes, first, tarfile.encoding, tarfile.errors)
            else:
                value = self._pax_text(value_bytes, "utf-8", "utf-8", tarfile.errors)
            pax[key] = value
            pos += length
        following = self._next_header(tarfile)
        if "GNU.sparse.map" in pax:
            numbers = [int(x) for x in pax["GNU.sparse.map"].split(",")]
            following.sparse = list(zip(numbers[::2], numbers[1::2]))
        if not is_global:
            following._merge_pax(pax, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if "size" in pax:
                tarfile.offset = following._data_end()
        return following

    @staticmethod
    def _pax_text(value, first, fallback, errors):
        try:
            return value.decode(first, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback, errors)

    def _merge_pax(self, pax_headers, encoding, errors):
        for key, value in pax_headers.items():
            if key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
            elif key == "GNU.sparse.name":
                self.path = value
            elif key in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(key)
                if convert is not None:
                    try:
                        value = convert(value)
                    except ValueError:
                        value = 0
                elif key == "path":
                    value = value.rstrip("/")
                setattr(self, key, value)
        self.pax_headers = dict(pax_headers)

    def _padded_size(self, count):
        return _padded(count)

    isreg = _type_test(*REGULAR_TYPES)
    isfile = isreg
    isdir = _type_test(DIRTYPE)
    issym = _type_test(SYMTYPE)
    islnk = _type_test(LNKTYPE)
    ischr = _type_test(CHRTYPE)
    isblk = _type_test(BLKTYPE)
    isfifo = _type_test(FIFOTYPE)
    isdev = _type_test(CHRTYPE, BLKTYPE, FIFOTYPE)

    def issparse(self):
        """True for a sparse file."""
        return self.sparse is not None


# ---- extraction filters -----------------------------------------------------------

def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _filtered_changes(member, dest_path, for_data):
    """The attribute changes a filter makes, or raise FilterError."""
    changes = {}
    root = os.path.realpath(dest_path)
    rel = member.name
    if rel.startswith(("/", os.sep)):
        rel = member.path.lstrip("/" + os.sep)
        changes["name"] = rel
    if os.path.isabs(rel):
        raise AbsolutePathError(member)
    landing = os.path.realpath(os.path.join(root, rel))
    if not _inside(landing, root):
        raise OutsideDestinationError(member, landing)
    if member.mode is not None:
        bits = member.mode & 0o755
        if for_data:
            if member.type in REGULAR_TYPES or member.type == LNKTYPE:
                if bits & 0o100 == 0:
                    bits &= 0o7666
                bits |= 0o600
            elif member.type in (DIRTYPE, SYMTYPE):
                bits = None
            else:
                raise SpecialFileError(member)
        if bits != member.mode:
            changes["mode"] = bits
    if not for_data:
        return changes
    for attr in ("uid", "gid", "uname", "gname"):
        if getattr(member, attr) is not None:
            changes[attr] = None
    if member.type in (LNKTYPE, SYMTYPE):
        if os.path.isabs(member.linkname):
            raise AbsoluteLinkError(member)
        base = root
        if member.type == SYMTYPE:
            base = os.path.join(root, os.path.dirname(rel))
        pointee = os.path.realpath(os.path.join(base, member.linkname))
        if not _inside(pointee, root):
            raise LinkOutsideDestinationError(member, pointee)
    return changes


def fully_trusted_filter(member, dest_path):
    """Extract the member as it is."""
    return member


def tar_filter(member, dest_path):
    """Refuse paths outside the destination and drop dangerous mode bits."""
    changes = _filtered_changes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    """Like tar_filter, also refusing links outside and special files."""
    changes = _filtered_changes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_FILTER_BY_NAME = dict(fully_trusted=fully_trusted_filter, tar=tar_filter,
                       data=data_filter)


# ---- TarFile -------------------------------------------------------------------

_FILE_MODES = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
_WRITING = ("a", "w", "x")


class TarFile(object):
    """A tar archive opened for reading, writing or appending."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None,
                 stream=False):
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        if fileobj is None:
            if mode == "a" and not os.path.exists(name):
                mode = "w"
            self._open_mode = _FILE_MODES[mode]
            fileobj = _file_open(name, self._open_mode)
            self._borrowed_fileobj = False
        else:
            self._open_mode = getattr(fileobj, "mode", _FILE_MODES[mode])
            given = getattr(fileobj, "name", None)
            if name is None and isinstance(given, (str, bytes)):
                name = given
            self._borrowed_fileobj = True
        self.mode = mode
        self.name = None if not name else os.path.abspath(name)
        self.fileobj = fileobj
        self.stream = stream

        overrides = (("format", format), ("tarinfo", tarinfo),
                     ("dereference", dereference), ("ignore_zeros", ignore_zeros),
                     ("encoding", encoding), ("debug", debug),
                     ("errorlevel", errorlevel))
        for attr, value in overrides:
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        use_pax = pax_headers is not None and self.format == PAX_FORMAT
        self.pax_headers = pax_headers if use_pax else {}
        self.copybufsize, self.closed = copybufsize, False
        self.members = []
        self._fully_scanned = False
        self.offset = fileobj.tell()
        self.inodes = {}

        try:
            if mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            elif mode == "a":
                self._skip_to_end()
            if mode in _WRITING:
                self._fully_scanned = True
                if self.pax_headers:
                    lead = self.tarinfo.create_pax_global_header(dict(self.pax_headers))
                    fileobj.write(lead)
                    self.offset += len(lead)
        except:
            if not self._borrowed_fileobj:
                fileobj.close()
            self.closed = True
            raise

    def _skip_to_end(self):
        """Read the members of an archive opened for appending."""
        while True:
            here = self.offset
            self.fileobj.seek(here)
            try:
                self.members.append(self.tarinfo.fromtarfile(self))
            except EOFHeaderError:
                self.fileobj.seek(here)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None

    # --- opening
    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive; see the documentation for the modes."""
        if not (name or fileobj):
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_guessing(name, fileobj, kwargs)
        for sep in ":|":
            if sep in mode:
                how, _, comp = mode.partition(sep)
                how = how or "r"
                comp = comp or "tar"
                if sep == ":":
                    if comp not in cls.OPEN_METH:
                        raise CompressionError("unknown compression type %r" % comp)
                    return getattr(cls, cls.OPEN_METH[comp])(name, how, fileobj, **kwargs)
                return cls._open_pipe(name, how, comp, fileobj, bufsize, kwargs)
        if mode in _WRITING:
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_guessing(cls, name, fileobj, kwargs):
        kinds = [k for k in cls.OPEN_METH if cls.OPEN_METH[k] != "taropen"]
        kinds += [k for k in cls.OPEN_METH if cls.OPEN_METH[k] == "taropen"]
        problems = []
        for kind in kinds:
            start = None if fileobj is None else fileobj.tell()
            try:
                return getattr(cls, cls.OPEN_METH[kind])(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                problems.append(f"- method {kind}: {e!r}")
                if start is not None:
                    fileobj.seek(start)
        detail = "\n".join(problems)
        raise ReadError(f"file could not be opened successfully:\n{detail}")

    @classmethod
    def _open_pipe(cls, name, how, comp, fileobj, bufsize, kwargs):
        if how not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'")
        level = kwargs.pop("compresslevel", 9)
        pipe = _PipeStream(name, how, comp, fileobj, bufsize, level)
        try:
            archive = cls(name, how, pipe, **kwargs)
        except:
            pipe.close()
            raise
        archive._borrowed_fileobj = False
        return archive

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed archive."""
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _wrap_compressed(cls, name, mode, wrapper, failures, complaint, kwargs):
        """Open the archive over an already made decompressing file object."""
        try:
            archive = cls.taropen(name, mode, wrapper, **kwargs)
        except BaseException as e:
            wrapper.close()
            if mode == "r" and isinstance(e, failures):
                raise ReadError(complaint) from e
            raise
        archive._borrowed_fileobj = False
        return archive

    @staticmethod
    def _compressed_mode(mode):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive."""
        cls._compressed_mode(mode)
        try:
            import gzip
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            wrapper = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if mode == "r" and fileobj is not None:
                raise ReadError("not a gzip file") from e
            raise
        return cls._wrap_compressed(name, mode, wrapper, OSError, "not a gzip file", kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed archive."""
        cls._compressed_mode(mode)
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        wrapper = bz2.BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        return cls._wrap_compressed(name, mode, wrapper, (OSError, EOFError),
                                    "not a bzip2 file", kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an lzma-compressed archive."""
        cls._compressed_mode(mode)
        try:
            import lzma
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        wrapper = lzma.LZMAFile(fileobj or name, mode, preset=preset)
        return cls._wrap_compressed(name, mode, wrapper, (lzma.LZMAError, EOFError),
                                    "not an lzma file", kwargs)

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    # --- closing
    def close(self):
        """Finish the archive (when writing) and close it."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in _WRITING:
                trailer = 2 * BLOCKSIZE
                trailer += -(self.offset + trailer) % RECORDSIZE
                self.fileobj.write(NUL * trailer)
                self.offset += 2 * BLOCKSIZE
        finally:
            if not self._borrowed_fileobj:
                self.fileobj.close()

    def __enter__(self):
        self._require_open()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            if not self._borrowed_fileobj:
                self.fileobj.close()
            self.closed = True
            return
        self.close()

    def __iter__(self):
        if self._fully_scanned:
            yield from self.members
            return
        k = 0
        if self.firstmember is not None:
            k = 1
            yield self.next()
        while True:
            if k < len(self.members):
                member = self.members[k]
            elif self._fully_scanned:
                return
            else:
                member = self.next()
                if not member:
                    self._fully_scanned = True
                    return
            k += 1
            yield member

    # --- members
    def getmember(self, name):
        """Return the TarInfo named `name` (the last one if repeated)."""
        found = self._lookup(name.rstrip("/"))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def getmembers(self):
        """Return every member as a list of TarInfo objects."""
        self._require_open()
        if not self._fully_scanned:
            while self.next() is not None:
                pass
            self._fully_scanned = True
        return self.members

    def getnames(self):
        """Return the names of the members."""
        return [m.name for m in self.getmembers()]

    def next(self):
        """Return the next member, or None at the end of the archive."""
        self._require_open("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        src = self.fileobj
        if src.tell() != self.offset:
            if not self.offset:
                return None
            src.seek(self.offset - 1)
            if not src.read(1):
                raise ReadError("unexpected end of data")
        found = self._read_header()
        if found is None:
            self._fully_scanned = True
        else:
            self.members.append(found)
        return found

    def _read_header(self):
        """Decode the member at self.offset (None at the end)."""
        while True:
            at_start = self.offset == 0
            try:
                return self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._debug_note(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and at_start:
                    raise ReadError(str(e)) from None
                return None
            except EmptyHeaderError:
                if at_start:
                    raise ReadError("empty file") from None
                return None
            except TruncatedHeaderError as e:
                if at_start:
                    raise ReadError(str(e)) from None
                return None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                zlib = sys.modules.get("zlib")
                if zlib is not None and isinstance(e, zlib.error):
                    raise ReadError(f"zlib error: {e}") from None
                raise

    def _lookup(self, name, tarinfo=None, normalize=False):
        pool = self.getmembers()
        if tarinfo is not None:
            if tarinfo not in pool:
                raise ValueError(tarinfo)
            pool = pool[:pool.index(tarinfo)]
        norm = os.path.normpath if normalize else (lambda s: s)
        wanted = norm(name)
        for member in reversed(pool):
            if norm(member.name) == wanted:
                return member
        return None

    def _require_open(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _debug_note(self, level, msg):
        if self.debug >= level:
            print(msg, file=sys.stderr)

    # --- writing
    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """Make a TarInfo for a file on disk (or an open file object)."""
        self._require_open("awx")
        if fileobj is not None:
            name = fileobj.name
        label = name if arcname is None else arcname
        label = os.path.splitdrive(label)[1].replace(os.sep, "/").lstrip("/")

        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        else:
            st = (os.stat if self.dereference else os.lstat)(name)
        kind = None
        target = ""
        fmt = st.st_mode
        if stat.S_ISREG(fmt):
            node = (st.st_ino, st.st_dev)
            seen = self.inodes.get(node)
            if not self.dereference and st.st_nlink > 1 and seen is not None and seen != label:
                kind, target = LNKTYPE, seen
            else:
                kind = REGTYPE
                if node[0]:
                    self.inodes[node] = label
        else:
            for test, code in ((stat.S_ISDIR, DIRTYPE), (stat.S_ISFIFO, FIFOTYPE),
                               (stat.S_ISLNK, SYMTYPE), (stat.S_ISCHR, CHRTYPE),
                               (stat.S_ISBLK, BLKTYPE)):
                if test(fmt):
                    kind = code
                    break
            if kind is None:
                return None
            if kind == SYMTYPE:
                target = os.readlink(name)

        info.name = label
        info.mode = fmt
        info.uid, info.gid = st.st_uid, st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = target
        for module, getter, number, attr in ((pwd, "getpwuid", info.uid, "uname"),
                                             (grp, "getgrgid", info.gid, "gname")):
            if module is not None:
                try:
                    setattr(info, attr, getattr(module, getter)(number)[0])
                except KeyError:
                    pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            info.devmajor, info.devminor = os.major(st.st_rdev), os.minor(st.st_rdev)
        return info

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add a file, directory (recursively) or link to the archive."""
        self._require_open("awx")
        label = name if arcname is None else arcname
        if self.name is not None and self.name == os.path.abspath(name):
            self._debug_note(2, "tarfile: Skipped %r" % name)
            return
        self._debug_note(1, name)
        info = self.gettarinfo(name, label)
        if info is None:
            self._debug_note(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                self._debug_note(2, "tarfile: Excluded %r" % name)
                return
        if info.isreg():
            with _file_open(name, "rb") as src:
                self.addfile(info, src)
            return
        self.addfile(info)
        if info.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(label, entry),
                         recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write a member's header, then tarinfo.size bytes from fileobj."""
        self._require_open("awx")
        member = copy.copy(tarinfo)
        head = member.tobuf(self.format, self.encoding, self.errors)
        out = self.fileobj
        out.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, out, member.size, bufsize=self.copybufsize)
            whole = _padded(member.size)
            if whole > member.size:
                out.write(NUL * (whole - member.size))
            self.offset += whole
        self.members.append(member)

    # --- listing
    def list(self, verbose=True, *, members=None):
        """Print a table of contents (like `tar -t`, `tar -tv` when verbose)."""
        self._require_open()
        for member in (self if members is None else members):
            if verbose:
                self._long_columns(member)
            _emit_listing(member.name + ("/" if member.isdir() else ""))
            if verbose and member.issym():
                _emit_listing("-> " + member.linkname)
            if verbose and member.islnk():
                _emit_listing("link to " + member.linkname)
            print()

    @staticmethod
    def _long_columns(member):
        cols = []
        cols.append("??????????" if member.mode is None else stat.filemode(member.mode))
        cols.append("%s/%s" % (member.uname or member.uid, member.gname or member.gid))
        if member.type in (CHRTYPE, BLKTYPE):
            cols.append("%10s" % ("%d,%d" % (member.devmajor, member.devminor)))
        else:
            cols.append("%10d" % member.size)
        if member.mtime is None:
            cols.append("????-??-?? ??:??:??")
        else:
            cols.append("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6])
        for col in cols:
            _emit_listing(col)

    # --- extracting
    def _pick_filter(self, filter):
        if filter is not None:
            if callable(filter):
                return filter
            if filter in _FILTER_BY_NAME:
                return _FILTER_BY_NAME[filter]
            raise ValueError(f"filter {filter!r} not found")
        chosen = self.extraction_filter
        if chosen is None:
            warnings.warn(
                "Python 3.14 will, by default, filter extracted tar archives "
                "and reject files or modify their metadata. Use the filter "
                "argument to control this behavior.", DeprecationWarning, stacklevel=3)
            return fully_trusted_filter
        if isinstance(chosen, str):
            raise TypeError(
                "String names are not supported for TarFile.extraction_filter. "
                "Use a function such as tarfile.data_filter directly.")
        return chosen

    def _filtered_member(self, member, chooser, path):
        original = self.getmember(member) if isinstance(member, str) else member
        result = None
        try:
            result = chooser(original, path)
        except (OSError, FilterError) as e:
            self._fatal(e)
        except ExtractError as e:
            self._nonfatal(e)
        if result is None:
            self._debug_note(2, "tarfile: Excluded %r" % original.name)
            return None
        if result.type == LNKTYPE:
            result = copy.copy(result)
            result._resolved_link = os.path.join(path, result.linkname)
        return result

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract every member (or `members`) below `path`."""
        chooser = self._pick_filter(filter)
        dirs = []
        for member in (self if members is None else members):
            info = self._filtered_member(member, chooser, path)
            if info is None:
                continue
            is_dir = info.isdir()
            if is_dir:
                dirs.append(info)
            self._extract_checked(info, path, not is_dir, numeric_owner)
        for info in sorted(dirs, key=lambda m: m.name, reverse=True):
            where = os.path.join(path, info.name)
            try:
                self.chown(info, where, numeric_owner)
                self.utime(info, where)
                self.chmod(info, where)
            except ExtractError as e:
                self._nonfatal(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member below `path`."""
        chooser = self._pick_filter(filter)
        info = self._filtered_member(member, chooser, path)
        if info is not None:
            self._extract_checked(info, path, set_attrs, numeric_owner)

    def _extract_checked(self, info, path, set_attrs, numeric_owner):
        self._require_open("r")
        try:
            self._write_member_out(info, os.path.join(path, info.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)
        except OSError as e:
            self._fatal(e)
        except ExtractError as e:
            self._nonfatal(e)

    def _fatal(self, e):
        if self.errorlevel > 0:
            raise e
        if not isinstance(e, OSError):
            self._debug_note(1, "tarfile: %s %s" % (type(e).__name__, e))
        elif e.filename is None:
            self._debug_note(1, "tarfile: %s" % e.strerror)
        else:
            self._debug_note(1, "tarfile: %s %r" % (e.strerror, e.filename))

    def _nonfatal(self, e):
        if self.errorlevel > 1:
            raise e
        self._debug_note(1, "tarfile: %s" % e)

    def extractfile(self, member):
        """Return a readable file object for a member's data (None for directories)."""
        self._require_open("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.type in REGULAR_TYPES or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.type not in (LNKTYPE, SYMTYPE):
            return None
        if isinstance(self.fileobj, _PipeStream):
            raise StreamError("cannot extract (sym)link as file object")
        return self.extractfile(self._resolve_link_member(info))

    def _write_member_out(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        dest = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(dest)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        is_link = tarinfo.type in (LNKTYPE, SYMTYPE)
        self._debug_note(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname) if is_link else tarinfo.name)
        maker = {DIRTYPE: self.makedir, FIFOTYPE: self.makefifo,
                 CHRTYPE: self.makedev, BLKTYPE: self.makedev,
                 LNKTYPE: self.makelink, SYMTYPE: self.makelink}.get(tarinfo.type)
        if tarinfo.type in REGULAR_TYPES or maker is None:
            maker = self.makefile if tarinfo.type in SUPPORTED_TYPES else self.makeunknown
        maker(tarinfo, dest)
        if not set_attrs:
            return
        self.chown(tarinfo, dest, numeric_owner)
        if tarinfo.type != SYMTYPE:
            self.chmod(tarinfo, dest)
            self.utime(tarinfo, dest)

    def makedir(self, tarinfo, targetpath):
        """Create a directory."""
        try:
            os.mkdir(targetpath, *(() if tarinfo.mode is None else (0o700,)))
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        """Write a regular file from the member's data."""
        src = self.fileobj
        src.seek(tarinfo.offset_data)
        with _file_open(targetpath, "wb") as out:
            if tarinfo.sparse is None:
                copyfileobj(src, out, tarinfo.size, ReadError, self.copybufsize)
                return
            for where, count in tarinfo.sparse:
                out.seek(where)
                copyfileobj(src, out, count, ReadError, self.copybufsize)
            out.seek(tarinfo.size)
            out.truncate()

    def makeunknown(self, tarinfo, targetpath):
        """Extract a member of unknown type as a regular file."""
        self.makefile(tarinfo, targetpath)
        self._debug_note(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        """Create a named pipe."""
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        """Create a character or block device."""
        if not (hasattr(os, "mknod") and hasattr(os, "makedev")):
            raise ExtractError("special devices not supported by system")
        bits = 0o600 if tarinfo.mode is None else tarinfo.mode
        bits |= stat.S_IFBLK if tarinfo.type == BLKTYPE else stat.S_IFCHR
        os.mknod(targetpath, bits, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Create a symbolic or hard link (copying the target if links fail)."""
        try:
            if tarinfo.type == SYMTYPE:
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, dst=targetpath)
                return
            source = tarinfo._resolved_link
            if os.path.exists(source):
                os.link(source, targetpath)
                return
        except symlink_exception:
            pass
        try:
            self._write_member_out(self._resolve_link_member(tarinfo), targetpath)
        except KeyError:
            raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Set the owner of an extracted file (only as root)."""
        if not (hasattr(os, "geteuid") and hasattr(os, "chown")) or os.geteuid() != 0:
            return
        ids = [tarinfo.uid, tarinfo.gid]
        if not numeric_owner:
            for k, (module, getter, label) in enumerate(((pwd, "getpwnam", tarinfo.uname),
                                                          (grp, "getgrnam", tarinfo.gname))):
                if module is not None and label:
                    try:
                        ids[k] = getattr(module, getter)(label)[2]
                    except KeyError:
                        pass
        ids = [-1 if v is None else v for v in ids]
        change = os.chown
        if tarinfo.type == SYMTYPE and hasattr(os, "lchown"):
            change = os.lchown
        try:
            change(targetpath, *ids)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        """Set the permission bits of an extracted file."""
        if tarinfo.mode is not None:
            try:
                os.chmod(targetpath, mode=tarinfo.mode)
            except OSError as e:
                raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        """Set the modification time of an extracted file."""
        stamp = tarinfo.mtime
        if stamp is not None and hasattr(os, "utime"):
            try:
                os.utime(targetpath, (stamp, stamp))
            except OSError as e:
                raise ExtractError("could not change modification time") from e

    def _resolve_link_member(self, tarinfo):
        if tarinfo.type == SYMTYPE:
            parts = [p for p in (os.path.dirname(tarinfo.name), tarinfo.linkname) if p]
            wanted, limit = "/".join(parts), None
        else:
            wanted, limit = tarinfo.linkname, tarinfo
        found = self._lookup(wanted, tarinfo=limit, normalize=True)
        if found is None:
            raise KeyError("linkname %r not found" % wanted)
        return found


def is_tarfile(name):
    """True when `name` (a path or a file object) can be read as a tar archive."""
    try:
        if hasattr(name, "read"):
            mark = name.tell()
            open(fileobj=name).close()
            name.seek(mark)
        else:
            open(name).close()
    except TarError:
        return False
    return True


open = TarFile.open


# ---- command line -----------------------------------------------------------------

_SUFFIX_COMPRESSION = {".gz": "gz", ".tgz": "gz", ".xz": "xz", ".txz": "xz",
                       ".bz2": "bz2", ".tbz": "bz2", ".tbz2": "bz2", ".tb2": "bz2"}


def _cli_parser():
    import argparse
    p = argparse.ArgumentParser(
        description="A simple command-line interface for tarfile module.")
    p.add_argument("-v", "--verbose", action="store_true", default=False,
                   help="Verbose output")
    p.add_argument("--filter", metavar="<filtername>", choices=_FILTER_BY_NAME,
                   help="Filter for extraction")
    actions = p.add_mutually_exclusive_group(required=True)
    table = (
        ("-l", "--list", None, "<tarfile>", "Show listing of a tarfile"),
        ("-e", "--extract", "+", ("<tarfile>", "<output_dir>"), "Extract tarfile into target dir"),
        ("-c", "--create", "+", ("<name>", "<file>"), "Create tarfile from sources"),
        ("-t", "--test", None, "<tarfile>", "Test if a tarfile is valid"),
    )
    for short, long_, count, meta, text in table:
        extra = {"nargs": count} if count else {}
        actions.add_argument(short, long_, metavar=meta, help=text, **extra)
    return p


def main():
    """Entry point of `python -m tarfile`."""
    parser = _cli_parser()
    opts = parser.parse_args()

    def refuse(src):
        parser.exit(1, "%r is not a tar archive.\n" % (src,))

    if opts.filter and opts.extract is None:
        parser.exit(1, "--filter is only valid for extraction\n")
    if opts.test is not None:
        src = opts.test
        if not is_tarfile(src):
            refuse(src)
        with open(src, "r") as archive:
            print(archive.getmembers(), file=sys.stderr)
        if opts.verbose:
            print("%r is a tar archive." % (src,))
    elif opts.list is not None:
        src = opts.list
        if not is_tarfile(src):
            refuse(src)
        with TarFile.open(src, "r:*") as archive:
            archive.list(verbose=opts.verbose)
    elif opts.extract is not None:
        if len(opts.extract) > 2:
            parser.exit(1, parser.format_help())
        src = opts.extract[0]
        dest = opts.extract[1] if len(opts.extract) == 2 else os.curdir
        if not is_tarfile(src):
            refuse(src)
        with TarFile.open(src, "r:*") as archive:
            archive.extractall(path=dest, filter=opts.filter)
        if opts.verbose:
            if dest == ".":
                print("%r file is extracted." % (src,))
            else:
                print("%r file is extracted into %r directory." % (src, dest))
    elif opts.create is not None:
        target, *sources = opts.create
        comp = _SUFFIX_COMPRESSION.get(os.path.splitext(target)[1])
        with TarFile.open(target, "w:" + comp if comp else "w") as archive:
            for src in sources:
                archive.add(src)
        if opts.verbose:
            print("%r file created." % (target,))


if __name__ == "__main__":
    main()
