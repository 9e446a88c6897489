"""Read IFF-style chunks: a 4-byte id, a 4-byte length, the data and, when
the length is odd and alignment is on, one pad byte.

A Chunk behaves like a small read-only file confined to the chunk's data.
This module is deprecated.
"""

import warnings

warnings.warn("'chunk' is deprecated and slated for removal in Python 3.13",
              DeprecationWarning, stacklevel=2)

_DRAIN_BLOCK = 8192


def _parse_header(source, bigendian):
    """Return (id, length) read from source; EOFError when it is cut short."""
    import struct
    tag = source.read(4)
    if len(tag) < 4:
        raise EOFError
    layout = '>L' if bigendian else '<L'
    try:
        (length,) = struct.unpack_from(layout, source.read(4))
    except struct.error:
        raise EOFError from None
    return tag, length


def _position_of(source):
    """Current position of source, or None if it cannot tell."""
    try:
        return source.tell()
    except (AttributeError, OSError):
        return None


class Chunk:
    """File-like view of one chunk's data.

    chunkname and chunksize may be changed by the caller; reads, seeks and
    skips always use their current values.
    """

    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        name, length = _parse_header(file, bigendian)
        self.file = file
        self.chunkname = name
        self.chunksize = length - 8 if inclheader else length
        self.align = align
        self.closed = False
        self._origin = _position_of(file)   # where the data starts in file
        self._used = 0                      # bytes consumed, pad included

    # -- derived information -------------------------------------------------

    @property
    def seekable(self):
        return self._origin is not None

    @property
    def offset(self):
        if self._origin is None:
            raise AttributeError("'Chunk' object has no attribute 'offset'")
        return self._origin

    def _pad(self):
        return 1 if self.align and self.chunksize % 2 else 0

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _consume(self, count):
        data = self.file.read(count)
        self._used += len(data)
        return data

    def _finish(self):
        """Move the file past the data and pad byte."""
        end = self.chunksize + self._pad()
        if self._origin is not None:
            try:
                self.file.seek(self._origin + end, 0)
            except OSError:
                pass            # no random access after all: read through
            else:
                self._used = end
                return
        while self._used < self.chunksize:
            wanted = min(_DRAIN_BLOCK, self.chunksize - self._used)
            if not self.read(wanted):
                raise EOFError

    # -- public interface ------------------------------------------------------

    def getname(self):
        """The chunk's 4-byte id."""
        return self.chunkname

    def getsize(self):
        """Length of the chunk's data."""
        return self.chunksize

    def isatty(self):
        self._check_open()
        return False

    def tell(self):
        self._check_open()
        return self._used

    def read(self, size=-1):
        """Read up to size bytes of data (all that is left if size < 0)."""
        self._check_open()
        left = self.chunksize - self._used
        if left <= 0:
            return b''
        if size < 0 or left < size:
            size = left
        data = self._consume(size)
        if self._used == self.chunksize and self._pad():
            self._consume(1)
        return data

    def seek(self, pos, whence=0):
        """Reposition within the data; whence is 0, 1 or 2 as for files."""
        self._check_open()
        if self._origin is None:
            raise OSError("cannot seek")
        if whence == 1:
            pos += self._used
        elif whence == 2:
            pos += self.chunksize
        if pos < 0 or self.chunksize < pos:
            raise RuntimeError
        self.file.seek(self._origin + pos, 0)
        self._used = pos

    def skip(self):
        """Go to the end of the chunk, ready for the next one."""
        self._check_open()
        self._finish()

    def close(self):
        """Skip the rest of the chunk (if still open) and mark it closed."""
        if not self.closed:
            try:
                self._finish()
            finally:
                self.closed = True
