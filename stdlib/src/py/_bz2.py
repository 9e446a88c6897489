"""The bzip2 compressor and decompressor objects (over the native `_bzip2` streams)."""

import _bzip2
from operator import index as _index


class _ReadOnly:
    """A data attribute the object updates and Python code may only read."""

    def __init__(self, field):
        self._field = field

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self._field)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class _Native:
    """Shared parts: one native stream, freed with the object; not picklable, not a base."""

    _stream = None

    def __init_subclass__(cls, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type '_bz2.{cls.__mro__[1].__name__}' is not an acceptable base type")
        super().__init_subclass__(**kwargs)

    def __del__(self):
        if self._stream is not None:
            _bzip2.free(self._stream)
            self._stream = None

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '_bz2.{type(self).__name__}' object")


class BZ2Compressor(_Native):
    """Compresses data into one bzip2 stream, a piece at a time."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('BZ2Compressor() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError(f'BZ2Compressor expected at most 1 argument, got {len(args)}')
        level = _index(args[0]) if args else 9
        if not 1 <= level <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        self._done = False
        self._stream = _bzip2.compressor(level)

    def compress(self, data, /):
        """The compressed bytes ready so far (often none: bzip2 works in large blocks)."""
        if self._done:
            raise ValueError('Compressor has been flushed')
        return _bzip2.compress(self._stream, data, False)

    def flush(self):
        """Ends the stream: what remains of it."""
        if self._done:
            raise ValueError('Repeated call to flush()')
        self._done = True
        return _bzip2.compress(self._stream, b'', True)


class BZ2Decompressor(_Native):
    """Decompresses one bzip2 stream, a piece at a time."""

    eof = _ReadOnly('_eof')
    unused_data = _ReadOnly('_unused')
    needs_input = _ReadOnly('_hungry')

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('BZ2Decompressor() takes no positional arguments')
        if kwargs:
            raise TypeError('BZ2Decompressor() takes no keyword arguments')
        self._eof = False
        self._unused = b''
        self._hungry = True
        self._held = b''
        self._stream = _bzip2.decompressor()

    def decompress(self, data, max_length=-1):
        """Up to max_length bytes (no limit when negative) of the data decompressed; input
        not used yet is kept for the next call."""
        if self._eof:
            raise EOFError('End of stream already reached')
        data = _bytes_of(data)
        max_length = _index(max_length)
        if self._held:
            data = self._held + data
        out, used, end = _bzip2.decompress(self._stream, data, max_length)
        rest = data[used:]
        if end:
            self._eof = True
            self._hungry = False
            self._unused = rest
            self._held = b''
        elif not rest:
            self._hungry = True
            self._held = b''
        else:
            self._hungry = False
            self._held = rest
        return out


def _bytes_of(data):
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
