"""Packing values into bytes and back (CPython's struct module, written for pyrs over `_struct`)."""

from _struct import (calcsize, error, iter_unpack as _iter_unpack, pack, pack_into, unpack,
                     unpack_from)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


def iter_unpack(format, buffer, /):
    return iter(_iter_unpack(format, buffer))


class Struct:
    """A compiled format: the same operations with the format bound."""

    __slots__ = ('_format', '_size', '__weakref__')

    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not '
                            + type(format).__name__)
        self._size = calcsize(format)
        self._format = format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer, /):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._format, buffer)


Struct.__module__ = '_struct'


def _clearcache():
    pass
