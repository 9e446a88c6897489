# io.IOBase, RawIOBase, BufferedIOBase and TextIOBase are ABCs (io.py registers the _io
# classes with them), as in CPython.
import io

for cls in [io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase]:
    print(cls.__name__, cls.__module__, cls.__qualname__, cls.__bases__)
print(io.IOBase is io._IOBase if hasattr(io, '_IOBase') else 'no _IOBase')
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.StringIO, io.TextIOBase))
