"""Reader for IFF-style chunks (EA IFF 85, AIFF, RIFF and friends).

A chunk on disk is a 4-byte identifier, a 4-byte length (big-endian by
default) and that many bytes of payload, optionally followed by a single
pad byte so the next chunk starts on an even offset.  ``Chunk`` wraps an
open binary file positioned at such a header and exposes the payload as a
small read-only file object.  Deprecated since Python 3.11.
"""

import warnings

warnings.warn("'chunk' is deprecated and slated for removal in Python 3.13",
              DeprecationWarning, stacklevel=2)


class Chunk:
    # Public attributes (kept for compatibility): file, align, closed,
    # chunkname, chunksize, size_read, seekable and, when seekable, offset.

    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        import struct

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
        # Some formats count the 8 header bytes in the stored length.
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
        """Number of pad bytes stored after the payload (0 or 1)."""
        if self.align and self.chunksize % 2:
            return 1
        return 0

    def getname(self):
        """The 4-byte identifier of this chunk."""
        return self.chunkname

    def getsize(self):
        """Payload length in bytes (header excluded)."""
        return self.chunksize

    def close(self):
        """Move the underlying file past this chunk and mark it closed."""
        if self.closed:
            return
        try:
            self.skip()
        finally:
            self.closed = True

    def isatty(self):
        self._live()
        return False

    def seek(self, pos, whence=0):
        """Reposition inside the payload; whence 1 and 2 are relative to
        the current position and to the end of the payload."""
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
        """Read up to size bytes of payload (all that is left by default)."""
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
            # Swallow the pad byte so the file sits at the next header.
            self.size_read = self.size_read + len(self.file.read(1))
        return piece

    def skip(self):
        """Advance the underlying file to the start of the next chunk."""
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
        # Not seekable: consume the rest of the payload piece by piece.
        left = self.chunksize - self.size_read
        while left > 0:
            if not self.read(min(left, 8192)):
                raise EOFError
            left = self.chunksize - self.size_read
