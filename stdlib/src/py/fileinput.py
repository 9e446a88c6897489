"""Iterate over the lines of several input files in turn (CPython's fileinput, written for pyrs).

    import fileinput
    for line in fileinput.input():
        process(line)

With no file names the command-line arguments are used, and '-' (or no
argument at all) stands for standard input.  With inplace=True, whatever is
printed while a file is being read replaces that file's contents.
"""

import io
import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Create the module's shared FileInput instance and return it."""
    global _state
    if _state is not None and _state._stream:
        raise RuntimeError("input() already active")
    options = dict(mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    _state = FileInput(files, inplace, backup, **options)
    return _state


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the shared input sequence."""
    global _state
    current, _state = _state, None
    if current:
        current.close()


def nextfile():
    """Skip the rest of the current file of the shared input."""
    return _active().nextfile()


def filename():
    """Name of the file being read, or None before the first line."""
    return _active().filename()


def lineno():
    """Number of lines read so far, over all files."""
    return _active().lineno()


def filelineno():
    """Number of lines read so far from the current file."""
    return _active().filelineno()


def fileno():
    """File descriptor of the current file, or -1."""
    return _active().fileno()


def isfirstline():
    """True if the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """True if the last line read came from standard input."""
    return _active().isstdin()


class FileInput:
    """Read lines from a sequence of files as one stream.

    Supports iteration, readline() and the with statement, plus the same
    query methods as the module-level functions.
    """

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        if isinstance(files, (str, os.PathLike)):
            files = (os.fspath(files),)
        elif files is None:
            files = tuple(sys.argv[1:]) or ('-',)
        else:
            files = tuple(files)
        self._pending = files
        self._in_place = inplace
        self._suffix = backup
        self._real_stdout = None
        self._sink = None
        self._name = None
        self._base = 0
        self._count = 0
        self._stream = None
        self._from_stdin = False
        self._spare = None
        self._enc = encoding
        self._errs = errors
        if mode != 'r' and mode != 'rb':
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._out_mode = 'wb' if mode == 'rb' else 'w'
        if openhook and inplace:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._hook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._count += 1
                return line
            if not self._stream:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        saved, self._real_stdout = self._real_stdout, None
        if saved:
            sys.stdout = saved
        out, self._sink = self._sink, None
        try:
            if out:
                out.close()
        finally:
            current, self._stream = self._stream, None
            try:
                if current and not self._from_stdin:
                    current.close()
            finally:
                spare, self._spare = self._spare, None
                if spare and not self._suffix:
                    try:
                        os.unlink(spare)
                    except OSError:
                        pass
                self._from_stdin = False

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._count += 1
                return line
            if not self._stream:
                return line
            self.nextfile()

    def _readline(self):
        if self._stream is None:
            if not self._pending:
                return b'' if 'b' in self._mode else ''
            self._begin_next()
        return self._stream.readline()

    def _begin_next(self):
        name, *rest = self._pending
        self._pending = tuple(rest)
        self._name = name
        self._base += self._count
        self._count = 0
        self._from_stdin = False
        self._spare = None
        text_kwargs = {}
        if 'b' not in self._mode:
            text_kwargs = {'encoding': self._enc, 'errors': self._errs}
        if name == '-':
            self._name = "<stdin>"
            self._stream = sys.stdin.buffer if 'b' in self._mode else sys.stdin
            self._from_stdin = True
        elif self._in_place:
            self._swap_in_place(name, text_kwargs)
        elif self._hook:
            if self._enc is None and self._errs is None:
                self._stream = self._hook(name, self._mode)
            else:
                self._stream = self._hook(name, self._mode, **text_kwargs)
        else:
            self._stream = open(name, self._mode, **text_kwargs)

    def _swap_in_place(self, name, text_kwargs):
        spare = name + (self._suffix or ".bak")
        try:
            os.unlink(spare)
        except OSError:
            pass
        os.rename(name, spare)
        self._spare = spare
        self._stream = open(spare, self._mode, **text_kwargs)
        try:
            permissions = os.fstat(self._stream.fileno()).st_mode
        except OSError:
            self._sink = open(name, self._out_mode, **text_kwargs)
        else:
            flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC
            fd = os.open(name, flags, permissions)
            self._sink = os.fdopen(fd, self._out_mode, **text_kwargs)
            try:
                os.chmod(name, permissions)
            except OSError:
                pass
        self._real_stdout, sys.stdout = sys.stdout, self._sink

    def filename(self):
        return self._name

    def lineno(self):
        return self._count + self._base

    def filelineno(self):
        return self._count

    def fileno(self):
        if not self._stream:
            return -1
        try:
            fd = self._stream.fileno()
        except ValueError:
            return -1
        return fd

    def isfirstline(self):
        return 1 == self._count

    def isstdin(self):
        return self._from_stdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open hook reading .gz and .bz2 files transparently."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        raw = gzip.open(filename, mode)
    elif ext == '.bz2':
        import bz2
        raw = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode=mode, encoding=encoding, errors=errors)
    if "b" in mode:
        return raw
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """Return an open hook that opens files with the given encoding."""
    def openhook(filename, mode):
        return open(filename, mode, errors=errors, encoding=encoding)
    return openhook
