"""tarfile (CPython's tarfile module, written for pyrs)."""

import bisect
import builtins
import copy
import io
import os
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


class _PlainCodec:
    """Identity transform used by uncompressed pipe streams."""

    def prepare_write(self):
        return b""

    def prepare_read(self, _pull):
        pass

    def encode(self, data):
        return data

    def decode(self, data):
        return data

    def finish(self):
        return b""


class _GzipCodec:
    """gzip framing (RFC 1952) around a raw deflate stream."""

    def __init__(self, label, level):
        import zlib
        self._z = zlib
        self._label = label
        self._level = level
        self._crc = 0
        self._length = 0
        self._engine = None

    def prepare_write(self):
        z = self._z
        self._engine = z.compressobj(self._level, z.DEFLATED, -z.MAX_WBITS,
                                     z.DEF_MEM_LEVEL, 0)
        base = os.path.basename(self._label)
        if base.endswith(".gz"):
            base = base[:-3]
        stamp = struct.pack("<L", int(time.time()) & 0xFFFFFFFF)
        # FNAME is always flagged; extra flags 2, OS unknown (255)
        return (b"\x1f\x8b\x08\x08" + stamp + b"\x02\xff"
                + base.encode("iso-8859-1", "replace") + NUL)

    def prepare_read(self, pull):
        if pull(2) != b"\x1f\x8b":
            raise ReadError("not a gzip file")
        if pull(1) != b"\x08":
            raise CompressionError("unsupported compression method")
        flags = ord(pull(1))
        pull(6)                      # mtime, extra flags, OS
        if flags & 0x04:             # FEXTRA
            pull(int.from_bytes(pull(2), "little"))
        for bit in (0x08, 0x10):     # FNAME, FCOMMENT: NUL-terminated
            if flags & bit:
                while pull(1) not in (NUL, b""):
                    pass
        if flags & 0x02:             # FHCRC
            pull(2)
        self._engine = self._z.decompressobj(-self._z.MAX_WBITS)

    def encode(self, data):
        self._crc = self._z.crc32(data, self._crc)
        self._length += len(data)
        return self._engine.compress(data)

    def decode(self, data):
        if self._engine.eof:
            return b""
        try:
            return self._engine.decompress(data)
        except self._z.error as e:
            raise ReadError("invalid compressed data") from e

    def finish(self):
        tail = self._engine.flush()
        return tail + struct.pack("<LL", self._crc, self._length & 0xFFFFFFFF)


class _Bz2Codec:
    """A bzip2 stream (no framing of its own)."""

    def __init__(self, label, level):
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        self._bz2 = bz2
        self._level = level
        self._engine = None

    def prepare_write(self):
        self._engine = self._bz2.BZ2Compressor(self._level)
        return b""

    def prepare_read(self, _pull):
        self._engine = self._bz2.BZ2Decompressor()

    def encode(self, data):
        return self._engine.compress(data)

    def decode(self, data):
        if self._engine.eof:
            return b""
        try:
            return self._engine.decompress(data)
        except OSError as e:
            raise ReadError("invalid compressed data") from e

    def finish(self):
        return self._engine.flush()


def _missing_codec(module_name):
    def make(*_):
        raise CompressionError("%s module is not available" % module_name)
    return make


# suffix after '|' -> codec factory
_PIPE_CODECS = {
    "tar": lambda *_: _PlainCodec(),
    "gz": _GzipCodec,
    "bz2": _Bz2Codec,
    "xz": _missing_codec("lzma"),
}


def _guess_pipe_codec(head):
    """Name the compression of a stream from its first bytes."""
    if head.startswith(b"\x1f\x8b\x08"):
        return "gz"
    if head[:3] == b"BZh" and head[4:10] == b"1AY&SY":
        return "bz2"
    if head.startswith((b"\x5d\x00\x00\x80\x00", b"\xfd7zXZ")):
        return "xz"
    return "tar"


class _PipeStream:
    """Forward-only file object over a (possibly compressed) byte stream."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel=9):
        self._owned = fileobj is None
        if fileobj is None:
            fileobj = _FdStream(name, mode)
        self.name = name or ""
        self.mode = mode
        self._raw = fileobj
        self._chunk = bufsize
        self._pos = 0
        self._done = False
        self._ready = bytearray()    # decoded bytes not handed out yet (read)
        self._spool = bytearray()    # encoded bytes not written yet (write)
        self.closed = False
        self._sniffed = b""
        if comptype not in _PIPE_CODECS and comptype != "*":
            raise CompressionError("unknown compression type %r" % comptype)
        try:
            if mode == "r":
                if comptype == "*":
                    self._sniffed = self._raw.read(self._chunk)
                    comptype = _guess_pipe_codec(self._sniffed)
                self._codec = _PIPE_CODECS[comptype](self.name, compresslevel)
                self._codec.prepare_read(self._pull_exact)
            else:
                self._codec = _PIPE_CODECS[comptype](self.name, compresslevel)
                self._spool += self._codec.prepare_write()
        except:
            if self._owned:
                fileobj.close()
            self.closed = True
            raise

    def _pull_raw(self, size):
        """Raw (still encoded) bytes, sniffed bytes first."""
        if self._sniffed:
            piece, self._sniffed = self._sniffed[:size], self._sniffed[size:]
            if len(piece) == size:
                return piece
            return piece + self._raw.read(size - len(piece))
        return self._raw.read(size)

    def _pull_exact(self, size):
        out = b""
        while len(out) < size:
            piece = self._pull_raw(size - len(out))
            if not piece:
                break
            out += piece
        return out

    def _fill(self, wanted):
        while len(self._ready) < wanted and not self._done:
            piece = self._pull_raw(self._chunk)
            if not piece:
                self._done = True
                break
            self._ready += self._codec.decode(piece)

    def read(self, size):
        self._fill(size)
        out = bytes(self._ready[:size])
        del self._ready[:size]
        self._pos += len(out)
        return out

    def tell(self):
        return self._pos

    def seek(self, pos=0):
        if pos < self._pos:
            raise StreamError("seeking backwards is not allowed")
        while self._pos < pos:
            if not self.read(min(pos - self._pos, self._chunk)):
                break
        return self._pos

    def write(self, data):
        self._pos += len(data)
        self._spool += self._codec.encode(data)
        while len(self._spool) >= self._chunk:
            self._raw.write(bytes(self._spool[:self._chunk]))
            del self._spool[:self._chunk]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                self._spool += self._codec.finish()
                if self._spool:
                    self._raw.write(bytes(self._spool))
                self._spool.clear()
        finally:
            if self._owned:
                self._raw.close()


# ---- reading a member's data -----------------------------------------------------

class _MemberRaw(io.RawIOBase):
    """Raw reader over one member's data, with sparse holes read as zeros."""

    def __init__(self, archive, data_at, size, name, sparse):
        super().__init__()
        self._archive = archive
        self._total = size
        self._at = 0
        self.name = name
        # extents: (logical start, length, archive offset or None for a hole)
        self._extents = []
        cursor, stored = 0, data_at
        runs = [(0, size)] if sparse is None else sparse
        for start, count in runs:
            if start > cursor:
                self._extents.append((cursor, start - cursor, None))
            if count:
                self._extents.append((start, count, stored))
            stored += count
            cursor = max(cursor, start + count)
        if cursor < size:
            self._extents.append((cursor, size - cursor, None))
        self._starts = [e[0] for e in self._extents]

    def readable(self):
        return True

    def seekable(self):
        return self._archive.seekable()

    def tell(self):
        return self._at

    def seek(self, offset, whence=io.SEEK_SET):
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._at, io.SEEK_END: self._total}.get(whence)
        if base is None:
            raise ValueError("Invalid argument")
        self._at = min(max(base + offset, 0), self._total)
        return self._at

    def readinto(self, buf):
        view = memoryview(buf).cast("B")
        want = min(len(view), self._total - self._at)
        done = 0
        while done < want:
            k = bisect.bisect_right(self._starts, self._at) - 1
            start, length, stored = self._extents[k]
            take = min(want - done, start + length - self._at)
            if stored is None:
                view[done:done + take] = bytes(take)
            else:
                self._archive.seek(stored + self._at - start)
                piece = self._archive.read(take)
                if len(piece) != take:
                    raise ReadError("unexpected end of data")
                view[done:done + take] = piece
            done += take
            self._at += take
        return done


# ---- reading extension headers ----------------------------------------------------

class _HeaderChain:
    """What the extension headers seen so far say about the coming member."""

    def __init__(self):
        self.started = False
        self.first_at = None       # offset of the first header of the member
        self.overrides = []        # callables, in reading order
        self.local_size = False    # a pax 'size' record decides the data length
        self.map_in_data = False   # GNU sparse 1.0: map stored before the data


def _pax_records(payload):
    """Yield the (key, value) byte strings of a pax extended header.

    Each record reads "LEN KEY=VALUE" plus one terminating byte, LEN counting
    the whole record.  Reading stops quietly at the first malformed record.
    """
    cursor, size = 0, len(payload)
    while cursor < size:
        gap = payload.find(b" ", cursor)
        digits = payload[cursor:gap] if gap > cursor else b""
        if not digits.isdigit():
            return
        key_at = gap + 1
        equals = payload.find(b"=", key_at)
        if equals <= key_at:
            return
        record_len = int(digits)
        if not record_len:
            raise InvalidHeaderError("invalid header")
        yield payload[key_at:equals], payload[equals + 1:cursor + record_len - 1]
        cursor += record_len


def _charset_line(payload):
    """Value of the first "<digits> hdrcharset=<text>\n" run anywhere in
    the payload (even inside another record), or None."""
    marker = b" hdrcharset="
    hit = payload.find(marker)
    while hit >= 0:
        text_at = hit + len(marker)
        newline = payload.find(b"\n", text_at)
        if hit and payload[hit - 1:hit].isdigit() and newline > text_at:
            return payload[text_at:newline]
        hit = payload.find(marker, hit + 1)
    return None


# values of these keys name things: they follow hdrcharset; others are UTF-8
_PAX_NAME_KEYS = frozenset(("path", "linkpath", "uname", "gname"))


def _load_pax(payload, into, tarfile):
    """Decode the records of a pax header into the dict `into` and return
    them as a list of (key, value) str pairs, repeated keys included."""
    declared = _charset_line(payload)
    if declared is not None:
        into["hdrcharset"] = declared.decode("utf-8")
    verbatim = into.get("hdrcharset") == "BINARY"
    enc, errs = tarfile.encoding, tarfile.errors
    seen = []
    for raw_key, raw_value in _pax_records(payload):
        key = raw_key.decode("utf-8", errs)
        if key not in _PAX_NAME_KEYS:
            value = raw_value.decode("utf-8", errs)
        elif verbatim:
            value = raw_value.decode(enc, errs)
        else:
            try:
                value = raw_value.decode("utf-8", "strict")
            except UnicodeDecodeError:
                value = raw_value.decode(enc, errs)
        into[key] = value
        seen.append((key, value))
    return seen


def _pax_number(kind):
    def convert(value):
        try:
            return kind(value)
        except ValueError:
            return 0
    return convert


# pax key -> (TarInfo attribute, conversion)
_PAX_TARGETS = {
    "path": ("name", lambda text: text.rstrip("/")), "GNU.sparse.name": ("name", str),
    "linkpath": ("linkname", str),
    "uname": ("uname", str), "gname": ("gname", str),
    "uid": ("uid", _pax_number(int)), "gid": ("gid", _pax_number(int)),
    "size": ("size", _pax_number(int)), "mtime": ("mtime", _pax_number(float)),
    "GNU.sparse.size": ("size", _pax_number(int)),
    "GNU.sparse.realsize": ("size", _pax_number(int)),
}


def _apply_pax_records(member, mapping, ordered):
    """Set member attributes from pax records; `ordered` keeps repeated keys."""
    for key, value in mapping.items():
        target = _PAX_TARGETS.get(key)
        if target is not None:
            setattr(member, target[0], target[1](value))
    if "GNU.sparse.map" in mapping:
        numbers = [int(x) for x in mapping["GNU.sparse.map"].split(",")]
        member.sparse = list(zip(numbers[0::2], numbers[1::2]))
    elif "GNU.sparse.offset" in mapping:
        starts = [int(v) for k, v in ordered if k == "GNU.sparse.offset"]
        counts = [int(v) for k, v in ordered if k == "GNU.sparse.numbytes"]
        member.sparse = list(zip(starts, counts))
    member.pax_headers = dict(mapping)


def _extension_payload(head, tarfile):
    return tarfile.fileobj.read(_padded(head.size))


def _read_long_name(chain, head, tarfile):
    text = nts(_extension_payload(head, tarfile), tarfile.encoding, tarfile.errors)
    if head.type == GNUTYPE_LONGLINK:
        chain.overrides.append(lambda member: setattr(member, "linkname", text))
        return

    def rename(member):
        # a directory gives up one trailing slash of its long name
        cut = member.isdir() and text.endswith("/")
        member.name = text[:-1] if cut else text
    chain.overrides.append(rename)


def _read_pax_local(chain, head, tarfile):
    merged = dict(tarfile.pax_headers)
    ordered = _load_pax(_extension_payload(head, tarfile), merged, tarfile)
    if any(k == "size" for k, _ in ordered):
        chain.local_size = True
    if merged.get("GNU.sparse.major") == "1" and merged.get("GNU.sparse.minor") == "0":
        chain.map_in_data = True
    chain.overrides.append(lambda member: _apply_pax_records(member, merged, ordered))


def _read_pax_global(chain, head, tarfile):
    _load_pax(_extension_payload(head, tarfile), tarfile.pax_headers, tarfile)
    chain.first_at = None


_EXTENSION_READERS = {
    GNUTYPE_LONGNAME: _read_long_name,
    GNUTYPE_LONGLINK: _read_long_name,
    XHDTYPE: _read_pax_local,
    SOLARIS_XHDTYPE: _read_pax_local,
    XGLTYPE: _read_pax_global,
}


def _number_pairs(buf, count):
    """The first `count` (offset, numbytes) pairs of 12-byte numbers in buf."""
    fields = [nti(buf[at:at + 12]) for at in range(0, 24 * count, 12)]
    return list(zip(fields[0::2], fields[1::2]))


def _old_gnu_sparse_map(header, src):
    """Yield the data runs of an old GNU sparse member.

    Four runs sit in the header at byte 386, all kept.  A nonzero byte 482
    announces an extension block read from src: 21 runs, empty ones dropped,
    and byte 504 saying whether yet another block follows."""
    yield from _number_pairs(header[386:482], 4)
    follows = header[482]
    while follows:
        extra = src.read(BLOCKSIZE)
        yield from (run for run in _number_pairs(extra, 21) if run[0] and run[1])
        follows = extra[504]


def _read_sparse_map(src):
    """Read a GNU sparse 1.0 map from the data area: (pairs, bytes used)."""
    text = b""
    used = 0
    while True:
        block = src.read(BLOCKSIZE)
        if not block:
            break
        text += block
        used += BLOCKSIZE
        lines = text.split(b"\n")[:-1]
        if lines and len(lines) >= 1 + 2 * int(lines[0]):
            break
    numbers = [int(x) for x in text.split(b"\n")[:-1]]
    count = numbers[0] if numbers else 0
    fields = numbers[1:1 + 2 * count]
    return list(zip(fields[0::2], fields[1::2])), used


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
        if prefix and member.type not in GNU_TYPES:
            member.name = "/".join((prefix, member.name))
        if member.isdir():
            member.name = member.name.rstrip("/")
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """Read the next member, including any extension headers before it."""
        src = tarfile.fileobj
        chain = _HeaderChain()
        while True:
            here = src.tell()
            block = src.read(BLOCKSIZE)
            try:
                head = cls.frombuf(block, tarfile.encoding, tarfile.errors)
            except HeaderError as e:
                if chain.started:
                    raise SubsequentHeaderError(str(e)) from None
                raise
            if chain.first_at is None:
                chain.first_at = here
            chain.started = True
            reader = _EXTENSION_READERS.get(head.type)
            if reader is None:
                break
            reader(chain, head, tarfile)
        head.offset = chain.first_at
        head._finish_member(chain, tarfile, block)
        return head

    def _finish_member(self, chain, tarfile, block):
        """Apply extension data, then locate the member's data in the archive.

        `block` is the raw header of the member itself."""
        src = tarfile.fileobj
        stored = self.size
        if self.type == GNUTYPE_SPARSE:
            self.sparse = list(_old_gnu_sparse_map(block, src))
            self.size = nti(block[483:495])
        self.offset_data = src.tell()
        _apply_pax_records(self, tarfile.pax_headers, [])
        for change in reversed(chain.overrides):
            change(self)
        if chain.local_size:
            stored = self.size
        skips_data = self.type in REGULAR_TYPES or self.type not in SUPPORTED_TYPES
        tarfile.offset = self.offset_data + (_padded(stored) if skips_data else 0)
        if chain.map_in_data:
            self.sparse, used = _read_sparse_map(src)
            self.offset_data += used

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


# header error -> (skipped when ignore_zeros, ReadError text when at offset 0)
_HEADER_POLICY = {
    EOFHeaderError: (True, None),
    InvalidHeaderError: (True, str),
    EmptyHeaderError: (False, lambda exc: "empty file"),
    TruncatedHeaderError: (False, str),
}

# member type -> TarFile method creating it (others: makefile / makeunknown)
_MAKERS = {DIRTYPE: "makedir", FIFOTYPE: "makefifo", CHRTYPE: "makedev",
           BLKTYPE: "makedev", LNKTYPE: "makelink", SYMTYPE: "makelink"}


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
        """Read past the existing members so that new ones go after them."""
        src = self.fileobj
        while True:
            src.seek(self.offset)
            try:
                found = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                src.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None
            self.members.append(found)

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
        """Try every known compression (plain tar last) until one opens."""
        start = None if fileobj is None else fileobj.tell()
        methods = sorted(cls.OPEN_METH, key=lambda k: cls.OPEN_METH[k] == "taropen")
        notes = ["file could not be opened successfully:"]
        for comp in methods:
            if start is not None:
                fileobj.seek(start)
            opener = getattr(cls, cls.OPEN_METH[comp])
            try:
                return opener(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                notes.append("- method %s: %r" % (comp, e))
        raise ReadError("\n".join(notes))

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
    def _wrap_compressed(cls, name, mode, wrapper, decode_errors, complaint, kwargs):
        """Open a tar archive inside an already built decompressing file."""
        try:
            archive = cls.taropen(name, mode, wrapper, **kwargs)
        except BaseException as e:
            wrapper.close()
            if mode == "r" and isinstance(e, decode_errors):
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
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            wrapper = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is None or mode != "r":
                raise
            raise ReadError("not a gzip file") from e
        return cls._wrap_compressed(name, mode, wrapper, OSError,
                                    "not a gzip file", kwargs)


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
        """Return the next member, or None when the archive is exhausted."""
        self._require_open("ra")
        if self.firstmember is not None:
            member, self.firstmember = self.firstmember, None
            return member
        src = self.fileobj
        while True:
            jumped = src.tell() != self.offset
            if jumped:
                src.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
            except HeaderError as e:
                if isinstance(e, EmptyHeaderError) and jumped and self._ended_early():
                    raise ReadError("unexpected end of data") from None
                if self._header_problem(e):
                    self.offset += BLOCKSIZE
                    continue
                self._fully_scanned = True
                return None
            except Exception as e:
                zlib = sys.modules.get("zlib")
                if zlib is not None and isinstance(e, zlib.error):
                    raise ReadError("zlib error: %s" % e) from None
                raise
            self.members.append(member)
            return member

    def _ended_early(self):
        """After a header read found nothing: did the data stop before self.offset?"""
        src = self.fileobj
        if self.offset <= 0:
            return False
        if src.tell() < self.offset:
            return True
        if isinstance(src, _PipeStream):
            return False
        src.seek(self.offset - 1)
        return not src.read(1)

    def _header_problem(self, exc):
        """Decide on a bad header: True to skip a block, False to stop, or raise."""
        if isinstance(exc, SubsequentHeaderError):
            raise ReadError(str(exc)) from None
        skippable, at_start = _HEADER_POLICY[type(exc)]
        if skippable and self.ignore_zeros:
            self._debug_note(2, "0x%X: %s" % (self.offset, exc))
            return True
        if self.offset == 0 and at_start is not None:
            raise ReadError(at_start(exc)) from None
        return False


    def _lookup(self, name, tarinfo=None, normalize=False):
        pool = self.getmembers()
        if tarinfo is not None:
            offsets = [m.offset for m in pool]
            if tarinfo.offset not in offsets:
                raise ValueError(tarinfo)
            pool = pool[:offsets.index(tarinfo.offset)]
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
        except (OSError, FilterError, ExtractError) as e:
            self._tolerate(e)
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
                self._tolerate(e)

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
        except (OSError, ExtractError) as e:
            self._tolerate(e)

    def _tolerate(self, exc):
        """Re-raise an extraction problem unless errorlevel says to only log it."""
        minor = isinstance(exc, ExtractError)
        if self.errorlevel > (1 if minor else 0):
            raise exc
        if minor:
            note = str(exc)
        elif isinstance(exc, OSError):
            note = "%s" % (exc.strerror,) if exc.filename is None else "%s %r" % (exc.strerror, exc.filename)
        else:
            note = "%s %s" % (type(exc).__name__, exc)
        self._debug_note(1, "tarfile: " + note)


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
        """Create one member on disk at targetpath."""
        target = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        shown = tarinfo.name
        if tarinfo.type in (LNKTYPE, SYMTYPE):
            shown = "%s -> %s" % (shown, tarinfo.linkname)
        self._debug_note(1, shown)
        maker = _MAKERS.get(tarinfo.type)
        if maker is None:
            maker = "makefile" if tarinfo.type in SUPPORTED_TYPES else "makeunknown"
        getattr(self, maker)(tarinfo, target)
        if not set_attrs:
            return
        self.chown(tarinfo, target, numeric_owner)
        if tarinfo.type != SYMTYPE:
            self.chmod(tarinfo, target)
            self.utime(tarinfo, target)

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
        """Create a link; fall back to copying the linked member's data."""
        def copy_target():
            self._write_member_out(self._resolve_link_member(tarinfo), targetpath)

        if tarinfo.type == SYMTYPE:
            def native():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
        elif os.path.exists(tarinfo._resolved_link):
            def native():
                os.link(tarinfo._resolved_link, targetpath)
        else:
            copy_target()
            return
        try:
            native()
        except symlink_exception:
            try:
                copy_target()
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give an extracted file its owner and group (only when run as root)."""
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
        uid, gid = (-1 if v is None else v for v in ids)
        use_l = tarinfo.type == SYMTYPE and hasattr(os, "lchown")
        try:
            (os.lchown if use_l else os.chown)(targetpath, uid, gid)
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
        """The archive member a (sym)link points at; KeyError when absent."""
        if tarinfo.type == SYMTYPE:
            parts = (os.path.dirname(tarinfo.name), tarinfo.linkname)
            wanted, before = "/".join(p for p in parts if p), None
        else:
            wanted, before = tarinfo.linkname, tarinfo
        found = self._lookup(wanted, before, normalize=True)
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
