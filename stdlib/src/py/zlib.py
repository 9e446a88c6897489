"""zlib (CPython's zlib module, written for pyrs over `_zlib`)."""

import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
ZLIB_VERSION = ZLIB_RUNTIME_VERSION = '1.2.13'
Z_NO_COMPRESSION, Z_BEST_SPEED, Z_BEST_COMPRESSION, Z_DEFAULT_COMPRESSION = 0, 1, 9, -1
Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED = 0, 1, 2, 3, 4
Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES = range(7)


class error(Exception):
    pass


error.__module__ = 'zlib'

crc32 = _zlib.crc32
adler32 = _zlib.adler32



def _gzip_header(level):
    # The extra-flags byte says 2 for the best compression, 4 for the fastest.
    xfl = 2 if level == 9 else 4 if level in (0, 1) else 0
    return b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes((xfl, 3))


def _framing(wbits, compressing):
    """'zlib', 'raw', 'gzip' or (decompressing only) 'auto' for a wbits value."""
    if 9 <= wbits <= 15 or (wbits == 0 and not compressing):
        return 'zlib'
    if -15 <= wbits <= -9:
        return 'raw'
    if 25 <= wbits <= 31:
        return 'gzip'
    if 40 <= wbits <= 47 and not compressing:
        return 'auto'
    return None


def _bytes_of(data):
    """The bytes of a bytes-like argument (bytes, bytearray, memoryview, array...)."""
    if type(data) is bytes:
        return data
    if not isinstance(data, str):
        try:
            return memoryview(data).tobytes()
        except TypeError:
            pass
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


class Compress:
    """A compression stream: `compressobj()` makes one."""

    def __init__(self, level, wbits, strategy):
        self._framing = _framing(wbits, True)
        if self._framing is None or not -1 <= level <= 9:
            raise ValueError('Invalid initialization option')
        self._level, self._strategy = level, strategy
        self._slot = _zlib.deflate_new(level, self._framing != 'zlib', strategy)
        self._crc = 0
        self._size = 0
        self._started = False
        self._done = False

    def __del__(self):
        if getattr(self, '_slot', None) is not None:
            _zlib.free(self._slot)

    def _run(self, data, mode):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        out = _zlib.deflate(self._slot, data, mode)
        if self._framing == 'gzip':
            self._crc = _zlib.crc32(data, self._crc)
            self._size += len(data)
            if not self._started:
                out = _gzip_header(self._level) + out
                self._started = True
            if mode == Z_FINISH:
                out += (self._crc.to_bytes(4, 'little')
                        + (self._size & 0xffffffff).to_bytes(4, 'little'))
        if mode == Z_FINISH:
            self._done = True
        return out

    def compress(self, data, /):
        return self._run(_bytes_of(data), Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        return self._run(b'', mode)

    def copy(self):
        raise ValueError('pyrs: copying a compression stream is not supported')


class Decompress:
    """A decompression stream: `decompressobj()` makes one."""

    def __init__(self, wbits, zdict=b''):
        self._framing = _framing(wbits, False)
        if self._framing is None:
            raise ValueError('Invalid initialization option')
        if zdict:
            raise ValueError('pyrs: preset dictionaries (zdict) are not supported')
        self._slot = None
        self._pending = b''       # header or trailer bytes not complete yet
        self._stage = 'header' if self._framing in ('gzip', 'auto') else 'body'
        self._crc = 0
        self._size = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False
        self._started = False
        if self._stage == 'body':
            self._slot = _zlib.inflate_new(self._framing == 'raw')

    def __del__(self):
        if getattr(self, '_slot', None) is not None:
            _zlib.free(self._slot)

    def _header(self):
        """Reads a gzip header from the pending bytes; False until it is complete."""
        buf = self._pending
        magic = b'\x1f\x8b'[:len(buf)]
        if self._framing == 'auto' and buf and buf[:2] != magic:
            self._framing = 'zlib'
            self._stage = 'body'
            self._slot = _zlib.inflate_new(False)
            return True
        if buf[:2] != magic:
            raise error('Error -3 while decompressing data: incorrect header check')
        if len(buf) < 10:
            return False
        if buf[2] != 8:
            raise error('Error -3 while decompressing data: unknown compression method')
        flags, at = buf[3], 10
        if flags & 4:
            if len(buf) < at + 2:
                return False
            at += 2 + int.from_bytes(buf[at:at + 2], 'little')
        for bit in (8, 16):
            if flags & bit:
                end = buf.find(b'\x00', at)
                if end < 0:
                    return False
                at = end + 1
        if flags & 2:
            at += 2
        if len(buf) < at:
            return False
        self._framing = 'gzip'
        self._pending = buf[at:]
        self._stage = 'body'
        self._slot = _zlib.inflate_new(True)
        return True

    def decompress(self, data, /, max_length=0):
        data = _bytes_of(data)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        if self.eof:
            self.unused_data += data
            return b''
        if self._stage == 'header':
            self._pending += data
            if not self._header():
                return b''
            data, self._pending = self._pending, b''
        if self._stage == 'trailer':
            self._pending += data
            return self._trailer()
        first = not self._started
        self._started = True
        # As CPython's, a call that ends the stream leaves the input after it in
        # unconsumed_tail too when the call before had left a tail.
        had_tail = bool(self.unconsumed_tail)
        out, used, status = _zlib.inflate(self._slot, data, max_length)
        if status < 0:
            raise error(self._message(status, first and self._framing == 'zlib'))
        if self._framing == 'gzip':
            self._crc = _zlib.crc32(out, self._crc)
            self._size += len(out)
        rest = data[used:]
        if status == 1:
            if self._framing == 'gzip':
                self._stage = 'trailer'
                self._pending = rest
                before = len(self.unused_data)
                self._trailer()
                left = self.unused_data[before:]
                self.unconsumed_tail = left if had_tail and self.eof else b''
                return out
            self.eof = True
            self.unused_data += rest
            self.unconsumed_tail = rest if had_tail else b''
        else:
            self.unconsumed_tail = rest if max_length else b''
        return out

    def _trailer(self):
        if len(self._pending) < 8:
            return b''
        crc = int.from_bytes(self._pending[:4], 'little')
        size = int.from_bytes(self._pending[4:8], 'little')
        if crc != self._crc:
            raise error('Error -3 while decompressing data: incorrect data check')
        if size != self._size & 0xffffffff:
            raise error('Error -3 while decompressing data: incorrect length check')
        self.eof = True
        self.unused_data += self._pending[8:]
        self._pending = b''
        return b''

    @staticmethod
    def _message(status, at_header):
        if status == -5:
            return 'Error -5 while decompressing data: incomplete or truncated stream'
        if status == -4:
            return 'Error -3 while decompressing data: incorrect data check'
        if at_header:
            return 'Error -3 while decompressing data: incorrect header check'
        return 'Error -3 while decompressing data: invalid block'

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError('length must be greater than zero')
        if self.eof or self._slot is None:
            return b''
        tail, self.unconsumed_tail = self.unconsumed_tail, b''
        return self.decompress(tail)

    def copy(self):
        twin = object.__new__(Decompress)
        twin.__dict__.update(self.__dict__)
        if self._slot is not None:
            twin._slot = _zlib.inflate_copy(self._slot)
        return twin


Compress.__module__ = Decompress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A compression stream."""
    if method != DEFLATED or not 1 <= memLevel <= 9:
        raise ValueError('Invalid initialization option')
    if zdict is not None:
        raise ValueError('pyrs: preset dictionaries (zdict) are not supported')
    return Compress(level, wbits, strategy)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """A decompression stream."""
    return Decompress(wbits, zdict)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """`data` compressed whole."""
    data = _bytes_of(data)
    if not -1 <= level <= 9 or _framing(wbits, True) is None:
        raise error('Bad compression level')
    c = Compress(level, wbits, Z_DEFAULT_STRATEGY)
    return c._run(data, Z_FINISH)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The whole of a compressed stream, decompressed."""
    data = _bytes_of(data)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    if _framing(wbits, False) is None:
        raise error('Error -2 while preparing to decompress data: inconsistent stream state')
    d = Decompress(wbits)
    if d._framing == 'zlib' and len(data) >= 2:
        head = data[0] * 256 + data[1]
        if head % 31 or data[0] & 15 != 8:
            raise error('Error -3 while decompressing data: incorrect header check')
    out = d.decompress(data)
    if not d.eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out
