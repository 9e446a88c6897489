"""Read and write bzip2-compressed data.

BZ2File gives file-like access to a .bz2 file, open() adds text mode on top
of it, and compress()/decompress() work on whole byte strings.  The codec
objects BZ2Compressor and BZ2Decompressor come from _bz2.
"""

import builtins
import io
import operator
import os
import sys

from _bz2 import BZ2Compressor, BZ2Decompressor

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor',
           'open', 'compress', 'decompress']

_CHUNK = io.DEFAULT_BUFFER_SIZE     # compressed bytes per file read; window size
_SSIZE_MAX = sys.maxsize
_CLOSED = "I/O operation on closed file"


# ---------------------------------------------------------------- argument checks
# Each reading method converts its size argument in its own way; the messages
# below are the ones CPython 3.12 produces for the same calls.

def _whole(value, what):
    """value as an int within ssize_t, or OverflowError naming `what`."""
    number = operator.index(value)
    if -_SSIZE_MAX - 1 <= number <= _SSIZE_MAX:
        return number
    raise OverflowError(what)


def _as_count(size):
    """Size argument of read(): None or an integer >= -1."""
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    number = _whole(size, "cannot fit 'int' into an index-sized integer")
    if number < -1:
        raise ValueError("read length must be non-negative or -1")
    return number


def _as_limit(size):
    """Size argument of readline()/readlines(); negative means no limit."""
    if not hasattr(type(size), '__index__'):
        raise TypeError("Integer argument expected")
    return _whole(size, "cannot fit 'int' into an index-sized integer")


def _as_ssize(size):
    return _whole(size, "Python int too large to convert to C ssize_t")


def _seek_args(offset, whence):
    """Validate seek() arguments in CPython's order; returns (offset, whence)."""
    how = operator.index(whence)
    if not -(1 << 31) <= how < (1 << 31):
        raise OverflowError("Python int too large to convert to C int")
    if not 0 <= how <= 4:
        raise ValueError("whence value %d unsupported" % how)
    where = operator.index(offset)
    if not -_SSIZE_MAX - 1 <= where <= _SSIZE_MAX:
        raise ValueError("cannot fit 'int' into an offset-sized integer")
    if how > 2:     # SEEK_DATA / SEEK_HOLE: known, but meaningless here
        raise ValueError("Invalid value for whence: %d" % how)
    return where, how


def _writable_view(target):
    """A flat writable byte view of readinto()'s argument."""
    try:
        view = memoryview(target)
    except TypeError:
        view = None
    if view is None or view.readonly or not view.c_contiguous:
        shown = 'None' if target is None else type(target).__name__
        raise TypeError("readinto() argument must be read-write bytes-like "
                        "object, not %s" % shown)
    if view.ndim != 1 or view.format != 'B':
        view = view.cast('B')
    return view


# ---------------------------------------------------------------- the two sides

class _Outflow:
    """Write side: compress what is put and pass it on to the sink."""

    def __init__(self, sink, packer):
        self.sink = sink
        self.packer = packer
        self.count = 0          # uncompressed bytes accepted so far

    def put(self, data):
        with memoryview(data) as view:
            size = view.nbytes
        self.sink.write(self.packer.compress(data))
        self.count += size
        return size

    def finish(self):
        self.sink.write(self.packer.flush())


class _Inflow:
    """Read side: decodes the concatenated streams of `src` and keeps a
    small look-ahead window of decoded bytes for peek/readline."""

    def __init__(self, src):
        self.src = src
        self.total = None       # decoded size, once the end has been seen
        self.win = b''          # look-ahead window of decoded bytes ...
        self.at = 0             # ... of which win[:at] was handed out
        self._begin()

    def _begin(self):
        self.unit = BZ2Decompressor()   # None once the data is exhausted
        self.primer = None      # opening bytes of a stream after the first
        self.made = 0           # decoded bytes produced since offset 0

    def tell(self):
        return self.made - len(self.win) + self.at

    # -- decoding

    def _piece(self, limit):
        """Next decoded bytes, at most `limit` of them; b'' at the end."""
        while self.unit is not None:
            unit = self.unit
            if unit.eof:
                spill = unit.unused_data or self.src.read(_CHUNK)
                if spill:
                    self.unit = BZ2Decompressor()
                    self.primer = spill
                else:
                    self._ended()
                continue
            feed, self.primer = self.primer, None
            if feed is None:
                got = unit.decompress(self._fetch(unit), limit)
            else:
                try:
                    got = unit.decompress(feed, limit)
                except OSError:
                    # not another bzip2 stream: the rest is ignored
                    self._ended()
                    continue
            if got:
                self.made += len(got)
                return got
        return b''

    def _fetch(self, unit):
        if not unit.needs_input:
            return b''
        block = self.src.read(_CHUNK)
        if block:
            return block
        raise EOFError("Compressed file ended before the "
                       "end-of-stream marker was reached")

    def _ended(self):
        self.unit = None
        self.total = self.made

    # -- window
    # The window holds at most _CHUNK decoded bytes; once fully handed out it
    # counts as empty, and the next fill starts a fresh one -- except inside
    # read(), which tops the same window up, as CPython's buffering does.

    def _refill(self):
        self.win = self._piece(_CHUNK)
        self.at = 0
        return self.win

    def _take(self, n):
        start = self.at
        self.at = min(start + n, len(self.win))
        return self.win[start:self.at]

    def peek(self):
        if self.at == len(self.win):
            self._refill()
        return self.win[self.at:]

    def read1(self, n):
        if self.at < len(self.win):
            return self._take(n)
        return self._piece(n)

    def read(self, n, whole=False):
        """n bytes, or fewer at the end.  Large gaps skip the window: they
        are decoded in whole multiples of _CHUNK, or, when `whole` is set
        (readinto), in one go while more than _CHUNK bytes are missing."""
        if n < len(self.win) - self.at:
            return self._take(n)
        parts = [self.win[self.at:]]
        missing = n - len(parts[0])
        self.win, self.at = b'', 0
        while True:
            if whole:
                direct = missing if missing > _CHUNK else 0
            else:
                direct = missing - missing % _CHUNK
            if not direct:
                break
            got = self._piece(direct)
            if not got:
                return b''.join(parts)
            parts.append(got)
            missing -= len(got)
        while missing:
            got = self._piece(_CHUNK - len(self.win))
            if not got:
                break
            self.win += got
            parts.append(self._take(missing))
            missing -= len(parts[-1])
        return b''.join(parts)

    def read_rest(self):
        parts = [self.win[self.at:]]
        self.win, self.at = b'', 0
        got = self._piece(sys.maxsize)
        while got:
            parts.append(got)
            got = self._piece(sys.maxsize)
        return b''.join(parts)

    def readline(self, limit):
        parts = []
        while limit:
            if self.at == len(self.win) and not self._refill():
                break
            stop = len(self.win)
            if 0 < limit < stop - self.at:
                stop = self.at + limit
            newline = self.win.find(b'\n', self.at, stop)
            if newline >= 0:
                stop = newline + 1
            parts.append(self.win[self.at:stop])
            limit -= stop - self.at
            self.at = stop
            if newline >= 0:
                break
        return b''.join(parts)

    def seek(self, offset, whence):
        if whence == 2:
            while self.total is None:
                self._piece(_CHUNK)
            target = self.total + offset
        else:
            target = offset + (self.tell() if whence == 1 else 0)
            first = self.made - len(self.win)
            if self.at < len(self.win) and first <= target <= self.made:
                self.at = target - first
                return target
        # The window is only forgotten once the move has worked (an error
        # leaves it in place, and tell() reflects that, as in CPython).
        if target < self.made:
            self.src.seek(0)
            self._begin()
        while self.made < target and self._piece(min(_CHUNK, target - self.made)):
            pass
        self.win, self.at = b'', 0
        return self.made


# ---------------------------------------------------------------- BZ2File

# BZ2File mode -> mode of the underlying file
_FILE_MODES = {"": "rb", "r": "rb", "rb": "rb", "w": "wb", "wb": "wb",
               "x": "xb", "xb": "xb", "a": "ab", "ab": "ab"}


def _attach(target, file_mode):
    """(file object, whether we opened it) for a path or a file object."""
    if isinstance(target, (str, bytes, os.PathLike)):
        return builtins.open(target, file_mode), True
    if hasattr(target, "read") or hasattr(target, "write"):
        return target, False
    raise TypeError("filename must be a str, bytes, file or PathLike object")


class BZ2File(io.BufferedIOBase):
    """A file object reading or writing bzip2-compressed data.

    Several concatenated bzip2 streams are read as one; writing produces a
    single stream (appending with mode 'a' adds another one).
    """

    _handle = None      # the compressed file object while open
    _owned = False      # whether close() must close _handle
    _inflow = None
    _outflow = None

    def __init__(self, filename, mode="r", *, compresslevel=9):
        """Open `filename` (a path or a file object) in mode 'r', 'w', 'x'
        or 'a' (with optional 'b'); compresslevel (1-9) is used for writing.
        """
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        file_mode = _FILE_MODES.get(mode) if isinstance(mode, str) else None
        if file_mode is None:
            raise ValueError("Invalid mode: %r" % (mode,))
        packer = None if file_mode == "rb" else BZ2Compressor(compresslevel)
        handle, self._owned = _attach(filename, file_mode)
        self._handle = handle
        if packer is None:
            self._inflow = _Inflow(handle)
        else:
            self._outflow = _Outflow(handle, packer)

    # -- the side a method needs, or CPython's error when it is missing

    def _reading(self):
        if self._inflow is None:
            if self._handle is None:
                raise ValueError(_CLOSED)
            raise io.UnsupportedOperation("File not open for reading")
        return self._inflow

    def _writing(self):
        if self._outflow is None:
            if self._handle is None:
                raise ValueError(_CLOSED)
            raise io.UnsupportedOperation("File not open for writing")
        return self._outflow

    def _seeking(self):
        if self._handle is not None and self._inflow is None:
            raise io.UnsupportedOperation(
                "Seeking is only supported on files open for reading")
        reader = self._reading()
        if not self._handle.seekable():
            raise io.UnsupportedOperation(
                "The underlying file object does not support seeking")
        return reader

    def _open_handle(self):
        if self._handle is None:
            raise ValueError(_CLOSED)
        return self._handle

    # -- reading

    def read(self, size=-1):
        """Read up to size decompressed bytes (all of them if size < 0)."""
        reader = self._reading()
        count = _as_count(size)
        if count < 0:
            return reader.read_rest()
        return reader.read(count)

    def read1(self, size=-1):
        """Read up to size bytes, decompressing at most once."""
        reader = self._reading()
        if size < 0:
            size = _CHUNK
        count = _as_ssize(size)
        return reader.read1(count) if count else b''

    def readinto(self, b):
        """Fill the writable buffer b; return how many bytes were stored."""
        reader = self._reading()
        view = _writable_view(b)
        data = reader.read(len(view), whole=True)
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        """Read one line; at most size bytes when size >= 0."""
        limit = _as_limit(size)
        return self._reading().readline(limit)

    def readlines(self, size=-1):
        """Read remaining lines; stop once more than size bytes were read
        (size <= 0 means no limit)."""
        hint = _as_limit(size)
        reader = self._reading()
        lines = []
        total = 0
        while not 0 < hint < total:
            line = reader.readline(-1)
            if not line:
                break
            lines.append(line)
            total += len(line)
        return lines

    def peek(self, n=0):
        """Return buffered decompressed data without consuming it.

        At least one byte is returned unless at end of file; n is not a
        bound on the result.
        """
        reader = self._reading()
        _as_ssize(n)
        return reader.peek()

    # -- position

    def seek(self, offset, whence=io.SEEK_SET):
        """Move to a position of the decompressed data; return it.

        Positions past the end stop at the end.  Seeking backwards starts
        decompressing again from the beginning, so it can be slow.
        """
        reader = self._seeking()
        where, how = _seek_args(offset, whence)
        return reader.seek(where, how)

    def tell(self):
        """Position in the decompressed data."""
        if self._inflow is not None:
            return self._inflow.tell()
        return self._writing().count

    # -- writing

    def write(self, data):
        """Compress and write a bytes-like object; return its length."""
        return self._writing().put(data)

    def writelines(self, seq):
        """Write each bytes-like object of an iterable."""
        if self._handle is None:
            raise ValueError(_CLOSED + ".")
        for item in seq:
            self.write(item)

    def flush(self, /):
        """Nothing is held back between writes, so there is nothing to do."""

    # -- status and lifetime

    def readable(self):
        """Whether the file was opened for reading."""
        self._open_handle()
        return self._inflow is not None

    def writable(self):
        """Whether the file was opened for writing."""
        self._open_handle()
        return self._outflow is not None

    def seekable(self):
        """Whether seek() can be used (reading from a seekable file)."""
        handle = self._open_handle()
        return self._inflow is not None and handle.seekable()

    def fileno(self):
        """File descriptor of the underlying file."""
        return self._open_handle().fileno()

    @property
    def closed(self):
        """True once the file has been closed."""
        return self._handle is None

    def close(self):
        """Finish the compressed stream when writing, then close.

        The underlying file is closed only if BZ2File opened it.
        """
        handle, outflow = self._handle, self._outflow
        if handle is None:
            return
        self._handle = self._inflow = self._outflow = None
        try:
            if outflow is not None:
                outflow.finish()
        finally:
            if self._owned:
                handle.close()


# ---------------------------------------------------------------- functions

def open(filename, mode="rb", compresslevel=9,
         encoding=None, errors=None, newline=None):
    """Open a bzip2 file in binary or text mode.

    Binary modes return a BZ2File; text modes ('rt', 'wt', 'xt', 'at')
    wrap it in an io.TextIOWrapper using encoding, errors and newline.
    """
    text = "t" in mode
    if text:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        extras = {'encoding': encoding, 'errors': errors, 'newline': newline}
        for label, given in extras.items():
            if given is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % label)
    binary = BZ2File(filename, mode.replace("t", ""), compresslevel=compresslevel)
    if not text:
        return binary
    return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)


def compress(data, compresslevel=9):
    """Compress data (bytes-like) into one bzip2 stream."""
    packer = BZ2Compressor(compresslevel)
    return packer.compress(data) + packer.flush()


def decompress(data):
    """Decompress data holding one or more bzip2 streams.

    Anything after the last complete stream that is not itself the start of
    a stream is ignored.
    """
    out = bytearray()
    first = True
    while data:
        unit = BZ2Decompressor()
        try:
            out += unit.decompress(data)
        except OSError:
            if first:
                raise
            break
        if not unit.eof:
            raise ValueError("Compressed data ended before the "
                             "end-of-stream marker was reached")
        data, first = unit.unused_data, False
    return bytes(out)
