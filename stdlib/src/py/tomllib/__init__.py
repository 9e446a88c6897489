"""tomllib (CPython's TOML 1.0 reader, written for pyrs)."""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

TOMLDecodeError.__module__ = 'tomllib'
