"""Read and write WAVE (RIFF) audio files holding uncompressed PCM data.

wave.open(f, 'rb') gives a Wave_read, wave.open(f, 'wb') a Wave_write;
`f` is a file name or an open binary file object.  Parameters travel as
the named tuple (nchannels, sampwidth, framerate, nframes, comptype,
compname); the only compression type is 'NONE'.
"""

import builtins
import struct
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 1
WAVE_FORMAT_EXTENSIBLE = 65534
# GUID of integer PCM samples inside a WAVE_FORMAT_EXTENSIBLE header.
KSDATAFORMAT_SUBTYPE_PCM = b'\x01\x00\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x008\x9bq'

# array type codes by sample width, kept for code that looks them up here.
_array_fmts = (None, 'b', 'h', None, 'i')

_wave_params = namedtuple('_wave_params',
                          'nchannels sampwidth framerate nframes '
                          'comptype compname')

# Little-endian layouts: a chunk header, the 16 common bytes of a 'fmt '
# body, the extension of an extensible 'fmt ' body, a complete header.
_CHUNK_HEAD = struct.Struct('<4sL')
_FMT_CORE = struct.Struct('<HHLLHH')
_FMT_EXTENSION = struct.Struct('<HHL16s')
_FILE_HEAD = struct.Struct('<4sL4s4sLHHLLHH4sL')


def _guid_text(raw):
    """Format 16 GUID bytes (Microsoft mixed-endian order) like a UUID."""
    first, second, third = struct.unpack('<LHH', raw[:8])
    return '%08x-%04x-%04x-%s-%s' % (first, second, third, raw[8:10].hex(),
                                     raw[10:].hex())


class _Chunk:
    """One RIFF chunk read from a parent stream (a file or another chunk).

    Reads stop at the end of the chunk; positions are relative to the
    start of its data; the pad byte of an odd-sized chunk is consumed
    when the data is read to the end or the chunk is skipped.
    """

    def __init__(self, parent):
        head = parent.read(_CHUNK_HEAD.size)
        if len(head) < _CHUNK_HEAD.size:
            raise EOFError
        self._name, self._size = _CHUNK_HEAD.unpack(head)
        self._parent = parent
        self._offset = 0
        self._closed = False
        try:
            self._base = parent.tell()
        except (AttributeError, OSError):
            self._base = None

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def getname(self):
        return self._name

    def tell(self):
        self._check_open()
        return self._offset

    def close(self):
        self._closed = True

    def _padded_size(self):
        return self._size + (self._size & 1)

    def read(self, size=-1):
        self._check_open()
        left = self._size - self._offset
        if left <= 0:
            return b''
        if size < 0 or size > left:
            size = left
        data = self._parent.read(size)
        self._offset += len(data)
        if self._offset == self._size and self._size & 1:
            self._offset += len(self._parent.read(1))
        return data

    def seek(self, pos, whence=0):
        self._check_open()
        if self._base is None:
            raise OSError("cannot seek")
        if whence == 1:
            pos += self._offset
        elif whence == 2:
            pos += self._size
        if pos < 0 or pos > self._size:
            raise RuntimeError
        self._parent.seek(self._base + pos, 0)
        self._offset = pos

    def skip(self):
        """Move past the rest of the chunk, pad byte included."""
        self._check_open()
        left = self._padded_size() - self._offset
        if left <= 0:
            return
        if self._base is not None:
            try:
                self._parent.seek(left, 1)
                self._offset += left
                return
            except OSError:
                pass
        while self._offset < self._padded_size():
            piece = self._parent.read(min(8192, self._padded_size()
                                          - self._offset))
            if not piece:
                raise EOFError
            self._offset += len(piece)


def _parse_format(chunk):
    """Decode a 'fmt ' chunk body into (nchannels, sampwidth, framerate)."""
    try:
        tag, channels, rate, _, _, bits = _FMT_CORE.unpack(
            chunk.read(_FMT_CORE.size))
        if tag == WAVE_FORMAT_EXTENSIBLE:
            *_, subformat = _FMT_EXTENSION.unpack(
                chunk.read(_FMT_EXTENSION.size))
    except struct.error:
        raise EOFError from None
    if tag == WAVE_FORMAT_EXTENSIBLE:
        if subformat != KSDATAFORMAT_SUBTYPE_PCM:
            raise Error('unknown extended format: ' + _guid_text(subformat))
    elif tag != WAVE_FORMAT_PCM:
        raise Error('unknown format: %r' % (tag,))
    width = (bits + 7) // 8
    if not width:
        raise Error('bad sample width')
    if not channels:
        raise Error('bad # of channels')
    return channels, width, rate


class Wave_read:
    """Reader for a WAVE file; frames come out as raw little-endian bytes."""

    def __init__(self, f):
        self._owned = None
        if isinstance(f, str):
            f = self._owned = builtins.open(f, 'rb')
        try:
            self._scan(f)
        except BaseException:
            if self._owned is not None:
                self._owned.close()
            raise

    def _scan(self, stream):
        self._riff = _Chunk(stream)
        if self._riff.getname() != b'RIFF':
            raise Error('file does not start with RIFF id')
        if self._riff.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        layout = None
        while True:
            try:
                piece = _Chunk(self._riff)
            except EOFError:
                break
            kind = piece.getname()
            if kind == b'data':
                if layout is None:
                    raise Error('data chunk before fmt chunk')
                self._samples = piece
                break
            if kind == b'fmt ':
                layout = _parse_format(piece)
            piece.skip()
        if layout is None or not hasattr(self, '_samples'):
            raise Error('fmt chunk and/or data chunk missing')
        channels, width, rate = layout
        self._frame_bytes = channels * width
        self._info = _wave_params(channels, width, rate,
                                  self._samples._size // self._frame_bytes,
                                  'NONE', 'not compressed')
        self._frame = 0
        self._reposition = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def getfp(self):
        return self._riff

    def rewind(self):
        self._frame = 0
        self._reposition = True

    def close(self):
        self._riff = None
        owned = getattr(self, '_owned', None)
        if owned is not None:
            self._owned = None
            owned.close()

    def tell(self):
        return self._frame

    def getnchannels(self):
        return self._info.nchannels

    def getnframes(self):
        return self._info.nframes

    def getsampwidth(self):
        return self._info.sampwidth

    def getframerate(self):
        return self._info.framerate

    def getcomptype(self):
        return self._info.comptype

    def getcompname(self):
        return self._info.compname

    def getparams(self):
        return self._info

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if not 0 <= pos <= self._info.nframes:
            raise Error('position not in range')
        self._frame = pos
        self._reposition = True

    def readframes(self, nframes):
        if self._reposition:
            self._samples.seek(self._frame * self._frame_bytes, 0)
            self._reposition = False
        if nframes == 0:
            return b''
        data = self._samples.read(nframes * self._frame_bytes)
        self._frame += len(data) // self._frame_bytes
        return data


class Wave_write:
    """Writer for a WAVE file.

    Set the parameters, then write frames; the header goes out with the
    first frames, sized from setnframes() or from that first write, and
    its two length fields are rewritten whenever they turn out wrong.
    """

    def __init__(self, f):
        self._owned = None
        if isinstance(f, str):
            f = self._owned = builtins.open(f, 'wb')
        self._file = f
        # Numeric settings; 0 means "not set yet".
        self._spec = dict.fromkeys(('nchannels', 'sampwidth', 'framerate',
                                    'nframes'), 0)
        self._frames_out = 0
        self._bytes_out = 0
        self._bytes_declared = 0
        self._header_done = False
        self._header_start = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def _frozen(self):
        if self._bytes_out:
            raise Error('cannot change parameters after starting to write')

    def _setting(self, key, missing):
        value = self._spec[key]
        if not value:
            raise Error(missing)
        return value

    def setnchannels(self, nchannels):
        self._frozen()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._spec['nchannels'] = nchannels

    def getnchannels(self):
        return self._setting('nchannels', 'number of channels not set')

    def setsampwidth(self, sampwidth):
        self._frozen()
        if not 1 <= sampwidth <= 4:
            raise Error('bad sample width')
        self._spec['sampwidth'] = sampwidth

    def getsampwidth(self):
        return self._setting('sampwidth', 'sample width not set')

    def setframerate(self, framerate):
        self._frozen()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._spec['framerate'] = int(round(framerate))

    def getframerate(self):
        return self._setting('framerate', 'frame rate not set')

    def setnframes(self, nframes):
        self._frozen()
        self._spec['nframes'] = nframes

    def getnframes(self):
        return self._frames_out

    def setcomptype(self, comptype, compname):
        self._frozen()
        if comptype != 'NONE':
            raise Error('unsupported compression type')
        self._comptype = comptype
        self._compname = compname

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        channels, width, rate, count, kind, label = params
        self._frozen()
        # Applied one by one: a bad value leaves the earlier ones set.
        for apply, value in ((self.setnchannels, channels),
                             (self.setsampwidth, width),
                             (self.setframerate, rate),
                             (self.setnframes, count)):
            apply(value)
        self.setcomptype(kind, label)

    def getparams(self):
        spec = self._spec
        if not (spec['nchannels'] and spec['sampwidth'] and spec['framerate']):
            raise Error('not all parameters set')
        return _wave_params(spec['nchannels'], spec['sampwidth'],
                            spec['framerate'], spec['nframes'],
                            self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._frames_out

    def _start(self, first_size):
        """Emit the header before the first frames (once)."""
        if self._header_done:
            return
        spec = self._spec
        for key, problem in (('nchannels', '# channels not specified'),
                             ('sampwidth', 'sample width not specified'),
                             ('framerate', 'sampling rate not specified')):
            if not spec[key]:
                raise Error(problem)
        frame = spec['nchannels'] * spec['sampwidth']
        if not spec['nframes']:
            spec['nframes'] = first_size // frame
        self._bytes_declared = spec['nframes'] * frame
        try:
            self._header_start = self._file.tell()
        except (AttributeError, OSError):
            self._header_start = None
        self._file.write(_FILE_HEAD.pack(
            b'RIFF', 36 + self._bytes_declared, b'WAVE', b'fmt ', 16,
            WAVE_FORMAT_PCM, spec['nchannels'], spec['framerate'],
            spec['framerate'] * frame, frame, spec['sampwidth'] * 8,
            b'data', self._bytes_declared))
        self._header_done = True

    def _fix_lengths(self):
        """Rewrite the RIFF and data lengths to match what was written."""
        resume = self._file.tell()
        self._file.seek(self._header_start + 4, 0)
        self._file.write(struct.pack('<L', 36 + self._bytes_out))
        self._file.seek(self._header_start + _FILE_HEAD.size - 4, 0)
        self._file.write(struct.pack('<L', self._bytes_out))
        self._file.seek(resume, 0)
        self._bytes_declared = self._bytes_out

    def writeframesraw(self, data):
        if isinstance(data, (bytes, bytearray)):
            chunk = data
        else:
            chunk = memoryview(data).cast('B')
        self._start(len(chunk))
        self._file.write(chunk)
        self._bytes_out += len(chunk)
        self._frames_out += len(chunk) // (self._spec['sampwidth']
                                           * self._spec['nchannels'])

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._bytes_declared != self._bytes_out:
            self._fix_lengths()

    def close(self):
        try:
            if getattr(self, '_file', None):
                self._start(0)
                if self._bytes_declared != self._bytes_out:
                    self._fix_lengths()
                self._file.flush()
        finally:
            self._file = None
            owned = getattr(self, '_owned', None)
            if owned is not None:
                self._owned = None
                owned.close()


def open(f, mode=None):
    """Open a WAVE file for reading ('r'/'rb') or writing ('w'/'wb').

    Without a mode, a file object's own `mode` attribute decides, and
    reading is the default.
    """
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
