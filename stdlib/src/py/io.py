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

# The abstract bases are the _io classes themselves, so every io object is an instance.
IOBase = _io._IOBase
RawIOBase = _io._RawIOBase
BufferedIOBase = _io._BufferedIOBase
TextIOBase = _io._TextIOBase

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
