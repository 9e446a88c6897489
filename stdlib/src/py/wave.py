"""Read and write uncompressed PCM audio stored in RIFF/WAVE files.

``open(f, mode)`` returns a ``Wave_read`` for modes 'r'/'rb' and a
``Wave_write`` for modes 'w'/'wb'; *f* is a path or a binary file object.

A reader reports the stream parameters (channel count, sample width in
bytes, frame rate, frame count, compression type and name) and hands out
raw frames with ``readframes``; ``setpos``/``rewind``/``tell`` move around
in the sample data.  A writer is configured with the matching ``set*``
calls (or ``setparams``) before the first frames go out; the header is
emitted lazily and its length fields are patched once the real amount of
data is known (which needs a seekable output unless ``setnframes`` was
given the exact count).  Only PCM data (format tag 1, or 0xFFFE with the
PCM sub-format) is supported.
"""

import builtins
import struct
import sys
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 1
WAVE_FORMAT_EXTENSIBLE = 65534
# GUID 00000001-0000-0010-8000-00aa00389b71 in its little-endian byte layout.
KSDATAFORMAT_SUBTYPE_PCM = bytes.fromhex('0100000000001000800000aa00389b71')

# array typecode per sample width (index = width in bytes), None if absent.
_array_fmts = tuple({1: 'b', 2: 'h', 4: 'i'}.get(width) for width in range(5))

_wave_params = namedtuple(
    '_wave_params',
    ['nchannels', 'sampwidth', 'framerate', 'nframes', 'comptype', 'compname'])

_PCM_TAGS = frozenset([WAVE_FORMAT_PCM, WAVE_FORMAT_EXTENSIBLE])
_COMPRESSIONS = ('NONE',)   # the only comptype a writer accepts
_NEEDS_SWAP = sys.byteorder == 'big'
_HEADER_LAYOUT = '<L4s4sLHHLLHH4s'   # RIFF size .. 'data' tag of a 44-byte header
_RIFF_OVERHEAD = 36                  # bytes counted by the RIFF size besides the samples


def _byteswap(data, width):
    """Reverse the byte order inside every width-byte group of data."""
    out = bytearray(len(data))
    for index, value in enumerate(data):
        within = index % width
        out[index - within + (width - 1 - within)] = value
    return bytes(out)


class _Chunk:
    """Minimal view of one RIFF chunk: header parsed, payload readable."""

    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        self.closed = False
        self.align = align
        self.file = file
        ident = file.read(4)
        self.chunkname = ident
        if len(ident) < 4:
            raise EOFError
        raw_len = file.read(4)
        try:
            stored = struct.unpack_from('<>'[bool(bigendian)] + 'L', raw_len)[0]
        except struct.error:
            raise EOFError from None
        self.chunksize = stored - (8 if inclheader else 0)
        self.size_read = 0
        try:
            start = file.tell()
        except (OSError, AttributeError):
            self.seekable = False
        else:
            self.offset = start
            self.seekable = True

    def _live(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _trailer(self):
        return 1 if self.align and self.chunksize % 2 else 0

    def getname(self):
        return self.chunkname

    def close(self):
        if self.closed:
            return
        try:
            self.skip()
        finally:
            self.closed = True

    def seek(self, pos, whence=0):
        self._live()
        if not self.seekable:
            raise OSError("cannot seek")
        if whence == 1:
            pos = pos + self.size_read
        elif whence == 2:
            pos = pos + self.chunksize
        if pos < 0 or self.chunksize < pos:
            raise RuntimeError
        target = self.offset + pos
        self.file.seek(target, 0)
        self.size_read = pos

    def tell(self):
        self._live()
        return self.size_read

    def read(self, size=-1):
        self._live()
        left = self.chunksize - self.size_read
        if left <= 0:
            return b''
        if size < 0 or size > left:
            size = left
        piece = self.file.read(size)
        got = len(piece)
        self.size_read = self.size_read + got
        if got == left and self._trailer():
            self.size_read = self.size_read + len(self.file.read(1))
        return piece

    def skip(self):
        self._live()
        if self.seekable:
            jump = self.chunksize - self.size_read + self._trailer()
            try:
                self.file.seek(jump, 1)
            except OSError:
                pass
            else:
                self.size_read = self.size_read + jump
                return
        left = self.chunksize - self.size_read
        while left > 0:
            if not self.read(min(left, 8192)):
                raise EOFError
            left = self.chunksize - self.size_read


def _unpack_or_eof(layout, ck):
    """Read exactly the bytes layout needs from chunk ck and decode them."""
    try:
        return struct.unpack_from(layout, ck.read(struct.calcsize(layout)))
    except struct.error:
        raise EOFError from None


def _describe_subformat(guid):
    try:
        import uuid
        return f'unknown extended format: {uuid.UUID(bytes_le=guid)}'
    except Exception:
        return 'unknown extended format'


def _attach(obj, f, mode):
    """Call obj.initfp(f); a path is opened first and owned by obj."""
    obj._owned_file = None
    if isinstance(f, str):
        f = obj._owned_file = builtins.open(f, mode)
    try:
        obj.initfp(f)
    except BaseException:
        _release(obj)
        raise


def _release(obj):
    """Close the file obj opened itself, if any (only once)."""
    owned = obj._owned_file
    obj._owned_file = None
    if owned:
        owned.close()


def _flat_bytes(data):
    """Bytes and bytearrays pass through; other buffers become a byte view."""
    if isinstance(data, (bytearray, bytes)):
        return data
    return memoryview(data).cast('B')


class Wave_read:
    """Sequential/random access reader for the frames of a WAVE file.

    Obtained from ``wave.open(f, 'rb')``.  Parameters are available through
    the ``get*`` methods; frames are read with ``readframes(n)``.
    """

    def __init__(self, f):
        _attach(self, f, 'rb')

    def initfp(self, file):
        self._cursor = 0
        self._file = riff = _Chunk(file, bigendian=0)
        if riff.getname() != b'RIFF':
            raise Error('file does not start with RIFF id')
        if riff.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        self._data_chunk = None
        self._reposition = True
        seen_fmt = False
        while True:
            try:
                sub = _Chunk(riff, bigendian=0)
            except EOFError:
                break
            tag = sub.getname()
            if tag == b'fmt ':
                self._parse_format(sub)
                seen_fmt = True
            elif tag == b'data':
                if not seen_fmt:
                    raise Error('data chunk before fmt chunk')
                # The underlying file now sits at the first sample.
                self._data_chunk = sub
                self._frame_total = sub.chunksize // self._block
                self._reposition = False
                break
            sub.skip()
        if not seen_fmt or self._data_chunk is None:
            raise Error('fmt chunk and/or data chunk missing')

    def _parse_format(self, ck):
        tag, channels, rate, _byte_rate, _align = _unpack_or_eof('<HHLLH', ck)
        self._channels = channels
        self._rate = rate
        if tag not in _PCM_TAGS:
            raise Error('unknown format: %r' % (tag,))
        (bits,) = _unpack_or_eof('<H', ck)
        if tag == WAVE_FORMAT_EXTENSIBLE:
            # cbSize, valid bits per sample and channel mask are not needed.
            _unpack_or_eof('<HHL', ck)
            guid = ck.read(16)
            if len(guid) < 16:
                raise EOFError
            if guid != KSDATAFORMAT_SUBTYPE_PCM:
                raise Error(_describe_subformat(guid))
        self._width = (bits + 7) // 8
        if not self._width:
            raise Error('bad sample width')
        if not self._channels:
            raise Error('bad # of channels')
        self._block = self._channels * self._width
        self._comptype, self._compname = 'NONE', 'not compressed'

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._cursor = 0
        self._reposition = True

    def close(self):
        self._file = None
        _release(self)

    def tell(self):
        return self._cursor

    def getnchannels(self):
        return self._channels

    def getnframes(self):
        return self._frame_total

    def getsampwidth(self):
        return self._width

    def getframerate(self):
        return self._rate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(),
                            self.getframerate(), self.getnframes(),
                            self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if pos < 0 or pos > self._frame_total:
            raise Error('position not in range')
        self._cursor = pos
        self._reposition = True

    def readframes(self, nframes):
        """Return up to nframes frames of raw sample bytes."""
        if self._reposition:
            self._data_chunk.seek(self._cursor * self._block, 0)
            self._reposition = False
        if nframes == 0:
            return b''
        data = self._data_chunk.read(nframes * self._block)
        if _NEEDS_SWAP and self._width != 1:
            data = _byteswap(data, self._width)
        self._cursor += len(data) // self._block
        return data


class Wave_write:
    """Writer producing a PCM WAVE file.

    Obtained from ``wave.open(f, 'wb')``.  Set the channel count, sample
    width and frame rate before writing frames; the header is produced on
    the first write (or on close) and fixed up afterwards if needed.
    """

    def __init__(self, f):
        _attach(self, f, 'wb')

    def initfp(self, file):
        self._file = file
        self._channels = self._width = self._rate = 0
        self._frame_total = 0
        self._frames_out = 0       # frames handed to writeframes*/so far
        self._bytes_out = 0        # sample bytes written so far
        self._declared_bytes = 0   # data size currently recorded in the header
        self._header_done = False

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    # -- parameters ----------------------------------------------------
    def _frozen_check(self):
        if self._bytes_out:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._frozen_check()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._channels = nchannels

    def getnchannels(self):
        if not self._channels:
            raise Error('number of channels not set')
        return self._channels

    def setsampwidth(self, sampwidth):
        self._frozen_check()
        if sampwidth < 1 or 4 < sampwidth:
            raise Error('bad sample width')
        self._width = sampwidth

    def getsampwidth(self):
        if not self._width:
            raise Error('sample width not set')
        return self._width

    def setframerate(self, framerate):
        self._frozen_check()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._rate = int(round(framerate))

    def getframerate(self):
        if not self._rate:
            raise Error('frame rate not set')
        return self._rate

    def setnframes(self, nframes):
        self._frozen_check()
        self._frame_total = nframes

    def getnframes(self):
        return self._frames_out

    def setcomptype(self, comptype, compname):
        self._frozen_check()
        if comptype not in _COMPRESSIONS:
            raise Error('unsupported compression type')
        self._comptype = comptype
        self._compname = compname

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        nch, width, rate, count, ctype, cname = params
        self._frozen_check()
        self.setnchannels(nch)
        self.setsampwidth(width)
        self.setframerate(rate)
        self.setnframes(count)
        self.setcomptype(ctype, cname)

    def getparams(self):
        if not (self._channels and self._width and self._rate):
            raise Error('not all parameters set')
        return _wave_params(self._channels, self._width, self._rate,
                            self._frame_total, self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._frames_out

    # -- output --------------------------------------------------------
    def writeframesraw(self, data):
        """Write frames without correcting the header afterwards."""
        data = _flat_bytes(data)
        self._start_output(len(data))
        count = len(data) // (self._width * self._channels)
        if _NEEDS_SWAP and self._width != 1:
            data = _byteswap(data, self._width)
        self._file.write(data)
        self._bytes_out += len(data)
        self._frames_out += count

    def writeframes(self, data):
        """Write frames and keep the header's length fields accurate."""
        self.writeframesraw(data)
        if self._declared_bytes != self._bytes_out:
            self._fix_lengths()

    def close(self):
        try:
            if self._file:
                self._start_output(0)
                if self._declared_bytes != self._bytes_out:
                    self._fix_lengths()
                self._file.flush()
        finally:
            self._file = None
            _release(self)

    def _start_output(self, first_len):
        if self._header_done:
            return
        if not self._channels:
            raise Error('# channels not specified')
        if not self._width:
            raise Error('sample width not specified')
        if not self._rate:
            raise Error('sampling rate not specified')
        self._emit_header(first_len)

    def _emit_header(self, first_len):
        out = self._file
        block = self._channels * self._width
        out.write(b'RIFF')
        if not self._frame_total:
            # Guess the total from the first batch; patched later if wrong.
            self._frame_total = first_len // block
        self._declared_bytes = self._frame_total * block
        try:
            self._riff_size_at = out.tell()
        except (AttributeError, OSError):
            self._riff_size_at = None
        out.write(struct.pack(_HEADER_LAYOUT,
                              _RIFF_OVERHEAD + self._declared_bytes,
                              b'WAVE', b'fmt ', 16, WAVE_FORMAT_PCM,
                              self._channels, self._rate,
                              self._rate * block, block,
                              self._width * 8, b'data'))
        if self._riff_size_at is not None:
            self._data_size_at = out.tell()
        out.write(struct.pack('<L', self._declared_bytes))
        self._header_done = True

    def _fix_lengths(self):
        """Rewrite both size fields of the header to match what was written."""
        if self._bytes_out == self._declared_bytes:
            return
        out = self._file
        resume = out.tell()
        for where, value in ((self._riff_size_at, _RIFF_OVERHEAD + self._bytes_out),
                             (self._data_size_at, self._bytes_out)):
            out.seek(where, 0)
            out.write(struct.pack('<L', value))
        out.seek(resume, 0)
        self._declared_bytes = self._bytes_out


def open(f, mode=None):
    """Open a WAVE file; mode defaults to f.mode when present, else 'rb'."""
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
