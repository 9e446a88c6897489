"""The io module: CPython's I/O classes and open(), implemented in Rust by pyrs's _io."""

import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code,
                 FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                 BufferedRandom, IncrementalNewlineDecoder, text_encoding, TextIOWrapper)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

import abc as _abc


class IOBase(_io._IOBase, metaclass=_abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
