"""Compile Python source files and write their byte code (CPython's py_compile, for pyrs).

pyrs's byte code is its own: the file written holds the usual 16-byte header and the code
object as pyrs's marshal writes it, which pyrs alone reads back.
"""

import enum
import hashlib
import importlib.util
import marshal
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


def _describe(exc_type, exc_value, file):
    """What a failed compilation says: a syntax error as a traceback shows it, located in
    `file`; any other error after "Sorry:"."""
    if exc_type is not SyntaxError:
        return f"Sorry: {exc_type.__name__}: {exc_value}"
    lines = traceback.format_exception_only(exc_type, exc_value)
    return "".join(lines).replace('File "<string>"', f'File "{file}"')


class PyCompileError(Exception):
    """A source file failed to compile: `msg` says why."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        text = msg or _describe(exc_type, exc_value, file)
        super().__init__(text, exc_type.__name__, exc_value, file)
        self.msg, self.file = text, file
        self.exc_type_name, self.exc_value = exc_type.__name__, exc_value

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    # Reproducible builds set SOURCE_DATE_EPOCH: a timestamp would differ between them.
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def _cache_path(file, optimize):
    if optimize < 0:
        return importlib.util.cache_from_source(file)
    return importlib.util.cache_from_source(file, optimization=optimize or '')


def _check_target(cfile):
    """Import would replace a symlink or a special file by a regular one: refused."""
    what = None
    if os.path.islink(cfile):
        what = "a symlink"
    elif os.path.exists(cfile) and not os.path.isfile(cfile):
        what = "a non-regular file"
    if what is not None:
        change = "changed into a regular file" if what == "a symlink" else \
            "changed into a regular one"
        raise FileExistsError(f"{cfile} is {what} and will be {change} if import writes a "
                              f"byte-compiled file to it")


def _header(mode, file, source):
    """The 12 bytes after the magic number: flags, then the source's time and size, or a
    hash of it (pyrs's own: the file is read by pyrs alone)."""
    little = lambda n: (n & 0xFFFFFFFF).to_bytes(4, 'little')
    if mode is PycInvalidationMode.TIMESTAMP:
        info = os.stat(file)
        return little(0) + little(int(info.st_mtime)) + little(info.st_size)
    flags = 3 if mode is PycInvalidationMode.CHECKED_HASH else 1
    return little(flags) + hashlib.blake2b(source, digest_size=8).digest()


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compiles `file` and writes its byte code to `cfile` (by default the cache path
    importlib.util.cache_from_source gives); returns that path, or None when the source
    did not compile (the error raised as PyCompileError with `doraise`, else printed to
    stderr unless `quiet` is 2)."""
    mode = invalidation_mode or _get_default_invalidation_mode()
    target = _cache_path(file, optimize) if cfile is None else cfile
    _check_target(target)
    shown = dfile or file
    with open(file, 'rb') as f:
        source = f.read()
    try:
        code = _builtin_compile(source, shown, 'exec', dont_inherit=True, optimize=optimize)
    except Exception as failure:
        report = PyCompileError(type(failure), failure, shown)
        if quiet >= 2:
            return None
        if doraise:
            raise report
        sys.stderr.write(report.msg + '\n')
        return None
    folder = os.path.dirname(target)
    if folder:
        os.makedirs(folder, exist_ok=True)
    data = importlib.util.MAGIC_NUMBER + _header(mode, file, source) + marshal.dumps(code)
    with open(target, 'wb') as out:
        out.write(data)
    return target


_builtin_compile = (__builtins__['compile'] if isinstance(__builtins__, dict)
                    else __builtins__.compile)


def main():
    """Compiles the files named on the command line (or, with '-', read one per line from
    standard input); the first failure ends it with status 1."""
    import argparse

    cli = argparse.ArgumentParser(
        description='A simple command-line interface for py_compile module.')
    cli.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    cli.add_argument('filenames', nargs='+', help='Files to compile')
    options = cli.parse_args()
    names = options.filenames
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin]
    for name in names:
        try:
            compile(name, doraise=True)
        except (PyCompileError, OSError) as failure:
            text = failure.msg if isinstance(failure, PyCompileError) else str(failure)
            cli.exit(1, None if options.quiet else text)


if __name__ == "__main__":
    main()
