"""gzip (CPython's gzip module, written for pyrs)."""

import builtins
import errno
import io
import operator
import os
import struct
import sys
import time
import warnings
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_GZ_MAGIC = b'\x1f\x8b'
_TRUNCATED = 'Compressed file ended before the end-of-stream marker was reached'
_IN_CHUNK = 64 * 1024        # compressed bytes fetched from the file at a time
_OUT_CHUNK = 64 * 1024       # most decompressed bytes produced by one step
_HOLD_LIMIT = 4 * io.DEFAULT_BUFFER_SIZE   # uncompressed bytes kept before deflating

# the names CPython's module has for its sizes and levels
READ_BUFFER_SIZE = 128 * 1024
_WRITE_BUFFER_SIZE = _HOLD_LIMIT
_COMPRESS_LEVEL_FAST, _COMPRESS_LEVEL_TRADEOFF, _COMPRESS_LEVEL_BEST = 1, 6, 9


class BadGzipFile(OSError):
    """Raised for data that is not a valid gzip stream."""


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a gzip file in binary or text mode; returns a GzipFile or a TextIOWrapper.

    `filename` is a path (str, bytes or path-like) or a file object to wrap.
    """
    text = 't' in mode
    if text:
        if 'b' in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for label, given in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if given is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % label)
    binary_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        inner = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        inner = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if not text:
        return inner
    return io.TextIOWrapper(inner, io.text_encoding(encoding), errors, newline)


def _exactly(pull, count):
    """`count` bytes from pull(); a short read means the member was cut off."""
    got = pull(count)
    while len(got) < count:
        more = pull(count - len(got))
        if not more:
            raise EOFError(_TRUNCATED)
        got += more
    return got


def _skip_member_header(pull):
    """Consume one member header through pull(n).

    Returns the header's mtime, or None when the data ends cleanly before it.
    """
    start = pull(2)
    if not start:
        return None
    if start != _GZ_MAGIC:
        raise BadGzipFile('Not a gzipped file (%r)' % start)
    fixed = _exactly(pull, 8)
    method, flags = fixed[0], fixed[1]
    stamp = int.from_bytes(fixed[2:6], 'little')
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        extra_len = int.from_bytes(_exactly(pull, 2), 'little')
        _exactly(pull, extra_len)
    for field in (FNAME, FCOMMENT):
        if flags & field:
            # a zero-terminated string we have no use for (the end of the
            # data ends it too)
            while pull(1) not in (b'\x00', b''):
                pass
    if flags & FHCRC:
        _exactly(pull, 2)
    return stamp


def _header_bytes(level, stamp, name=b'', os_byte=255):
    if stamp is None:
        stamp = time.time()
    extra = 2 if level == 9 else 4 if level == 1 else 0
    flags = FNAME if name else 0
    head = _GZ_MAGIC + bytes((8, flags)) + struct.pack('<L', int(stamp)) + bytes((extra, os_byte))
    if name:
        head += name + b'\x00'
    return head


def _create_simple_gzip_header(compresslevel, mtime=None):
    """A member header without a file name (as compress() writes)."""
    return _header_bytes(compresslevel, mtime)


def _read_exact(fp, n):
    """Exactly n bytes from fp.read(); EOFError if the data ends first."""
    return _exactly(fp.read, n)


def _read_gzip_header(fp):
    """Skip one member header in fp; its mtime, or None at a clean end."""
    return _skip_member_header(fp.read)


def write32u(output, value):
    """Write value as an unsigned 32-bit little-endian number."""
    output.write(struct.pack('<L', value))


def _trailer_bytes(crc, length):
    return struct.pack('<LL', crc, length & 0xffffffff)


class _MemberReader:
    """Turns the gzip members found in a file object into decompressed chunks."""

    def __init__(self, source):
        self._source = source
        self._spare = b''       # compressed input read ahead but not consumed yet
        self._stream = None     # zlib stream of the member being inflated
        self._crc = 0
        self._count = 0
        self.done = False
        self.mtime = None

    def restart(self):
        self._source.seek(0)
        self._spare = b''
        self._stream = None
        self.done = False

    def _pull(self, count):
        if self._spare:
            got, self._spare = self._spare[:count], self._spare[count:]
            return got
        return self._source.read(count)

    def _open_member(self):
        stamp = _skip_member_header(self._pull)
        if stamp is None:
            return False
        self.mtime = stamp
        self._stream = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._count = 0
        return True

    def _close_member(self):
        tail = _exactly(self._pull, 8)
        crc, length = struct.unpack('<LL', tail)
        if crc != self._crc:
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(self._crc)))
        if length != self._count & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        self._stream = None
        # members may be followed by zero bytes of padding
        while True:
            byte = self._pull(1)
            if byte != b'\x00':
                self._spare = byte + self._spare
                return

    def chunk(self):
        """Next piece of decompressed data; b'' once every member has been read."""
        while not self.done:
            if self._stream is None:
                if not self._open_member():
                    self.done = True
                    break
            feed = self._spare or self._source.read(_IN_CHUNK)
            self._spare = b''
            stream = self._stream
            if not feed and not stream.unconsumed_tail:
                raise EOFError(_TRUNCATED)
            piece = stream.decompress(feed, _OUT_CHUNK)
            self._crc = zlib.crc32(piece, self._crc)
            self._count += len(piece)
            if stream.eof:
                self._spare = stream.unused_data
                self._close_member()
            else:
                self._spare = stream.unconsumed_tail
            if piece:
                return piece
        return b''


def _as_size(size):
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError('argument should be integer or None, not %r'
                        % type(size).__name__) from None


class GzipFile(io.BufferedIOBase):
    """A file object that reads or writes gzip-compressed data.

    Reading handles any number of concatenated members; writing produces one member.
    """

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode:
            if 't' in mode or 'U' in mode:
                raise ValueError("Invalid mode: {!r}".format(mode))
            if 'b' not in mode:
                mode += 'b'
        if fileobj is None:
            fileobj = builtins.open(filename, mode or 'rb')
            self.myfileobj = fileobj
        if filename is not None:
            label = os.fspath(filename)
        else:
            label = getattr(fileobj, 'name', '')
            if not isinstance(label, (bytes, str)):
                label = ''
        chosen = mode
        if chosen is None:
            chosen = getattr(fileobj, 'mode', 'rb')
        self.name = label
        if chosen.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._chunk = b''
            self._cut = 0          # how much of _chunk has been handed out
            self._pos = 0          # uncompressed position
        elif chosen.startswith(('w', 'a', 'x')):
            if mode is None:
                warnings.warn("GzipFile was opened for writing, but this will change in "
                              "future Python releases.  Specify the mode argument for "
                              "opening it for writing.", FutureWarning, 2)
            self.mode = WRITE
            self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            self._held = []        # written data not yet given to the compressor
            self._held_size = 0
            self._pos = 0
            self._crc = 0
            self._count = 0
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            fileobj.write(_header_bytes(compresslevel, mtime, self._stored_name()))

    def _stored_name(self):
        base = os.path.basename(self.name)
        if not isinstance(base, bytes):
            try:
                base = base.encode('latin-1')
            except UnicodeEncodeError:
                return b''
        return base[:-3] if base.endswith(b'.gz') else base

    @property
    def mtime(self):
        """Modification time from the most recently read member header."""
        if self.mode != READ:
            raise AttributeError("'_WriteBufferStream' object has no attribute '_last_mtime'")
        return self._reader.mtime

    def __repr__(self):
        inner = repr(self.fileobj)
        return '<gzip %s %s>' % (inner[1:-1], hex(id(self)))

    @property
    def closed(self):
        return self.fileobj is None

    def _ensure_open(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file')

    def _need_mode(self, wanted, what):
        self._ensure_open()
        if self.mode != wanted:
            kind = 'write-only' if wanted == READ else 'read-only'
            raise OSError(errno.EBADF, '%s() on %s GzipFile object' % (what, kind))

    # -- writing --

    def write(self, data):
        self._need_mode(WRITE, 'write')
        if isinstance(data, (bytearray, bytes)):
            size = len(data)
            data = bytes(data)
        else:
            try:
                view = memoryview(data)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__) from None
            size = view.nbytes
            data = view.tobytes()
        if size:
            self._held.append(data)
            self._held_size += size
            self._pos += size
            if self._held_size >= _HOLD_LIMIT:
                self._deflate_held()
        return size

    def _deflate_held(self):
        if not self._held:
            return
        data = b''.join(self._held)
        self._held = []
        self._held_size = 0
        self._crc = zlib.crc32(data, self._crc)
        self._count += len(data)
        self.fileobj.write(self._deflater.compress(data))

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._ensure_open()
        if self.mode == WRITE:
            self._deflate_held()
            self.fileobj.write(self._deflater.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        target = self.fileobj
        if target is None:
            return
        try:
            if self.mode == WRITE:
                self._deflate_held()
                target.write(self._deflater.flush())
                target.write(_trailer_bytes(self._crc, self._count))
            else:
                self._chunk = b''
        finally:
            self.fileobj = None
            owned, self.myfileobj = self.myfileobj, None
            if owned is not None:
                owned.close()

    # -- reading --

    def _refill(self):
        """Make sure unread data is buffered; False at the end of the data."""
        if self._cut < len(self._chunk):
            return True
        self._chunk = self._reader.chunk()
        self._cut = 0
        return bool(self._chunk)

    def _take(self, limit):
        """Up to `limit` buffered bytes (all of them if limit < 0)."""
        end = len(self._chunk) if limit < 0 else min(len(self._chunk), self._cut + limit)
        got = self._chunk[self._cut:end]
        self._cut = end
        self._pos += len(got)
        return got

    def read(self, size=-1):
        self._need_mode(READ, 'read')
        size = _as_size(size)
        parts = []
        while size != 0 and self._refill():
            got = self._take(size)
            parts.append(got)
            if size > 0:
                size -= len(got)
        return b''.join(parts)

    def read1(self, size=-1):
        self._need_mode(READ, 'read1')
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0 or not self._refill():
            return b''
        return self._take(size)

    def peek(self, n):
        self._need_mode(READ, 'peek')
        if not self._refill():
            return b''
        return self._chunk[self._cut:]

    def readinto(self, b):
        return self._fill_buffer(b, self.read)

    def readinto1(self, b):
        return self._fill_buffer(b, self.read1)

    @staticmethod
    def _fill_buffer(b, reader):
        with memoryview(b) as view:
            if view.readonly:
                raise TypeError('readinto() argument must be read-write bytes-like object, '
                                'not %s' % type(b).__name__)
            flat = view.cast('B')
            data = reader(len(flat))
            flat[:len(data)] = data
            return len(data)

    def readline(self, size=-1):
        self._ensure_open()
        if self.mode != READ:
            raise io.UnsupportedOperation('read')
        size = _as_size(size)
        parts = []
        while size != 0 and self._refill():
            stop = self._chunk.find(b'\n', self._cut)
            want = size
            if stop >= 0 and (size < 0 or stop + 1 - self._cut <= size):
                want = stop + 1 - self._cut
            got = self._take(want)
            parts.append(got)
            if got.endswith(b'\n'):
                break
            if size > 0:
                size -= len(got)
        return b''.join(parts)

    def rewind(self):
        """Go back to the start of the (uncompressed) data; read mode only."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        if self.fileobj is None:
            raise ValueError('seek of closed file')
        self._restart()

    def _restart(self):
        self._reader.restart()
        self._chunk = b''
        self._cut = 0
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        """The file descriptor of the underlying file."""
        return self.fileobj.fileno()

    def tell(self):
        self._ensure_open()
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._ensure_open()
            if whence == io.SEEK_CUR:
                offset = self._pos + offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._pos:
                raise OSError('Negative seek in write mode')
            # CPython 3.12 hands back the position from before the zero fill
            self._deflate_held()
            before = self._pos
            gap = offset - before
            while gap > 0:
                step = min(gap, 1024)
                self.write(bytes(step))
                gap -= step
            return before
        self._ensure_open()
        offset = operator.index(offset)
        whence = operator.index(whence)
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            while self._refill():
                self._take(-1)
            offset += self._pos
        elif whence != io.SEEK_SET:
            raise ValueError('Invalid value for whence: {}'.format(whence))
        if offset < self._pos:
            self._restart()
        while self._pos < offset and self._refill():
            self._take(offset - self._pos)
        return self._pos


def _zlib_style_header(level):
    """The member header zlib writes itself: no time stamp, OS byte 3."""
    if level == 9:
        hint = 2
    elif level in (0, 1):
        hint = 4
    else:
        hint = 0
    return _GZ_MAGIC + bytes((8, 0, 0, 0, 0, 0, hint, 3))


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Return `data` packed as one gzip member.

    mtime (seconds) goes into the header; None means now.
    """
    if mtime == 0:
        head = _zlib_style_header(compresslevel)
    else:
        head = _header_bytes(compresslevel, mtime)
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    # zlib counts bytes; the time-stamped form counts items, as CPython does
    size = memoryview(data).nbytes if mtime == 0 else len(data)
    return head + body + _trailer_bytes(zlib.crc32(data), size)


class _Cursor:
    """Reads a bytes-like object front to back."""

    def __init__(self, data):
        self.view = data
        self.at = 0

    def pull(self, count):
        got = bytes(self.view[self.at:self.at + count])
        self.at += len(got)
        return got

    def rest(self):
        return self.view[self.at:]


def decompress(data):
    """Unpack gzip data (any number of members, zero padding between them)."""
    if data is None:
        # CPython 3.12 treats None as no data at all
        data = b''
    try:
        view = memoryview(data).cast('B')
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None
    cursor = _Cursor(view)
    out = []
    while _skip_member_header(cursor.pull) is not None:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        plain = inflater.decompress(cursor.rest())
        if not inflater.eof:
            raise EOFError(_TRUNCATED)
        cursor = _Cursor(memoryview(inflater.unused_data))
        crc, size = struct.unpack('<LL', _exactly(cursor.pull, 8))
        if crc != zlib.crc32(plain):
            raise BadGzipFile('CRC check failed')
        if size != len(plain) & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        out.append(plain)
        while cursor.at < len(cursor.view) and cursor.view[cursor.at] == 0:
            cursor.at += 1
    return b''.join(out)


def _cli_parser():
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command line interface for the gzip module: '
                    'act like gzip, but do not delete the input file.')
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument('--fast', action='store_true', help='compress faster')
    choice.add_argument('--best', action='store_true', help='compress better')
    choice.add_argument('-d', '--decompress', action='store_true',
                        help='act like gunzip instead of gzip')
    parser.add_argument('file', nargs='*')
    return parser


def _pump(source, target):
    while True:
        block = source.read(READ_BUFFER_SIZE)
        if not block:
            return
        target.write(block)


def _unpack_one(name):
    if name == '-':
        source = GzipFile(filename='', mode='rb', fileobj=sys.stdin.buffer)
        target = sys.stdout.buffer
        owned = False
    else:
        if not name.endswith('.gz'):
            sys.exit("filename doesn't end in .gz: %r" % (name,))
        source = open(name, 'rb')
        target = builtins.open(name[:-3], 'wb')
        owned = True
    with source:
        try:
            _pump(source, target)
        finally:
            if owned:
                target.close()


def _pack_one(name, level):
    if name == '-':
        source = sys.stdin.buffer
        target = GzipFile(filename='', mode='wb', fileobj=sys.stdout.buffer,
                          compresslevel=level)
        owned = False
    else:
        source = builtins.open(name, 'rb')
        target = open(name + '.gz', 'wb')
        owned = True
    try:
        with target:
            _pump(source, target)
    finally:
        if owned:
            source.close()


def main():
    """`python -m gzip`: compress (or with -d, decompress) each file named,
    keeping the input; '-' or no name at all means stdin to stdout."""
    options = _cli_parser().parse_args()
    if options.fast:
        level = _COMPRESS_LEVEL_FAST
    elif options.best:
        level = _COMPRESS_LEVEL_BEST
    else:
        level = _COMPRESS_LEVEL_TRADEOFF
    for name in options.file or ['-']:
        if options.decompress:
            _unpack_one(name)
        else:
            _pack_one(name, level)


if __name__ == '__main__':
    main()
