"""Iterate over the lines of several files (or stdin) as one stream.

Supports in-place rewriting: while a file is being read, sys.stdout is
redirected to a fresh copy of it, optionally keeping a backup.
"""

import io
import os
import sys
from types import GenericAlias

__all__ = [
    "input", "close", "nextfile", "filename", "lineno", "filelineno",
    "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
    "hook_encoded",
]

_STDIN_NAME = "<stdin>"

# The FileInput created by input(); the module-level functions use it.
_active = None


class _Current:
    """Bookkeeping for the file being read (kept after it is closed)."""

    def __init__(self, name):
        self.name = name
        self.count = 0           # lines delivered from this file
        self.stream = None       # None once closed
        self.from_stdin = False
        self.redirect = None     # (old sys.stdout, new output file)
        self.backup = None       # path of the renamed original
        self.keep_backup = False

    def release(self):
        """Undo redirection, close handles, drop the backup if unwanted."""
        problems = []
        if self.redirect is not None:
            previous, output = self.redirect
            self.redirect = None
            sys.stdout = previous
            _attempt(output.close, problems)
        stream, self.stream = self.stream, None
        if stream is not None and not self.from_stdin:
            _attempt(stream.close, problems)
        self.from_stdin = False
        doomed, self.backup = self.backup, None
        if doomed is not None and not self.keep_backup:
            try:
                os.unlink(doomed)
            except OSError:
                pass
        if problems:
            raise problems[0]


def _attempt(action, problems):
    try:
        action()
    except BaseException as exc:
        problems.append(exc)


class FileInput:
    """Line iterator over a sequence of files; see the module docstring."""

    def __init__(self, files=None, inplace=False, backup="", *,
                 mode="r", openhook=None, encoding=None, errors=None):
        if files is None:
            files = sys.argv[1:]
        elif isinstance(files, str):
            files = [files]
        elif isinstance(files, os.PathLike):
            files = [os.fspath(files)]
        queue = list(files) or ["-"]
        if mode not in ("r", "rb"):
            raise ValueError(
                "FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None:
            if inplace:
                raise ValueError(
                    "FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        elif mode == "r" and encoding is None:
            _warn_default_encoding()
        self._queue = queue
        self._inplace = inplace
        self._suffix = backup
        self._mode = mode
        self._opener = openhook
        self._encoding = encoding
        self._errors = errors
        self._total = 0
        self._cur = None

    __class_getitem__ = classmethod(GenericAlias)

    def __del__(self):
        if "_cur" in self.__dict__:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            cur = self._cur
            if self._reading():
                line = cur.stream.readline()
                if line:
                    cur.count += 1
                    self._total += 1
                    return line
                self.nextfile()
            if not self._queue:
                raise StopIteration
            self._start(self._queue.pop(0))

    def readline(self):
        """The next line, or an empty string/bytes at the very end."""
        for line in self:
            return line
        return b"" if "b" in self._mode else ""

    def nextfile(self):
        """Close the current file; reading continues with the next one."""
        cur = self._cur
        if cur is not None:
            cur.release()

    def close(self):
        """Close the current file and forget the remaining ones."""
        try:
            self.nextfile()
        finally:
            self._queue = []

    # -- queries ---------------------------------------------------------

    def _reading(self):
        """True while a file is open for reading."""
        return self._cur is not None and self._cur.stream is not None

    def filename(self):
        return None if self._cur is None else self._cur.name

    def lineno(self):
        return self._total

    def filelineno(self):
        return 0 if self._cur is None else self._cur.count

    def fileno(self):
        cur = self._cur
        if cur is None or cur.stream is None:
            return -1
        try:
            return cur.stream.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._cur is not None and self._cur.count == 1

    def isstdin(self):
        return self._cur is not None and self._cur.from_stdin

    # -- opening -----------------------------------------------------------

    def _start(self, name):
        """Make name the current file (the record exists even if opening
        fails, so filename() reports the culprit)."""
        use_stdin = name == "-"
        cur = _Current(_STDIN_NAME if use_stdin else name)
        self._cur = cur
        if use_stdin:
            cur.from_stdin = True
            stdin = sys.stdin
            cur.stream = getattr(stdin, "buffer", stdin) if "b" in self._mode else stdin
        elif self._inplace:
            self._start_rewrite(cur, name)
        elif self._opener is not None:
            extra = {}
            if self._encoding is not None:
                extra = {"encoding": self._encoding, "errors": self._errors}
            cur.stream = self._opener(name, self._mode, **extra)
        else:
            cur.stream = self._plain_open(name, self._mode)

    def _plain_open(self, path, mode):
        if "b" in mode:
            return open(path, mode)
        return open(path, mode, encoding=self._encoding, errors=self._errors)

    def _start_rewrite(self, cur, name):
        saved = os.fspath(name) + (self._suffix or ".bak")
        os.replace(name, saved)
        cur.backup = saved
        cur.keep_backup = bool(self._suffix)
        cur.stream = self._plain_open(saved, self._mode)
        # The rewritten file gets the permission bits of the original.
        perms = os.stat(saved).st_mode
        output = self._plain_open(name, "wb" if "b" in self._mode else "w")
        cur.redirect = (sys.stdout, output)
        sys.stdout = output
        try:
            os.chmod(name, perms)
        except OSError:
            pass


def _warn_default_encoding():
    flags = getattr(sys, "flags", None)
    if getattr(flags, "warn_default_encoding", 0):
        import warnings
        warnings.warn("'encoding' argument not specified.",
                      EncodingWarning, stacklevel=3)


# -- module-level interface over one shared instance ------------------------

def input(files=None, inplace=False, backup="", *,
          mode="r", openhook=None, encoding=None, errors=None):
    """Create the shared FileInput used by the other module functions."""
    global _active
    busy = _active
    if busy is not None and busy._reading():
        raise RuntimeError("input() already active")
    _active = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                        encoding=encoding, errors=errors)
    return _active


def close():
    """Close the shared FileInput, if any."""
    global _active
    instance, _active = _active, None
    if instance is not None:
        instance.close()


def _shared():
    if _active is None:
        raise RuntimeError("no active input()")
    return _active


def nextfile():
    """Skip to the next file of the shared FileInput."""
    return _shared().nextfile()


def filename():
    """Name of the file being read, or None before the first line."""
    return _shared().filename()


def lineno():
    """Total number of lines read so far."""
    return _shared().lineno()


def filelineno():
    """Number of lines read so far from the current file."""
    return _shared().filelineno()


def fileno():
    """File descriptor of the current file, or -1."""
    return _shared().fileno()


def isfirstline():
    """True if the last line read was the first of its file."""
    return _shared().isfirstline()


def isstdin():
    """True if the last line read came from sys.stdin."""
    return _shared().isstdin()


# -- opening hooks --------------------------------------------------------------

def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open .gz and .bz2 files transparently; anything else with open()."""
    suffix = os.path.splitext(filename)[1]
    if suffix == ".gz":
        import gzip
        raw = gzip.open(filename, mode)
    elif suffix == ".bz2":
        import bz2
        raw = bz2.open(filename, mode)
    else:
        return open(filename, mode, errors=errors, encoding=encoding)
    if "b" in mode:
        return raw
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """An opening hook that reads files with the given encoding."""
    def openhook(filename, mode):
        return open(filename, mode, errors=errors, encoding=encoding)
    return openhook
