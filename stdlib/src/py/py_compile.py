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


class PyCompileError(Exception):
    """A source file failed to compile: `msg` says why, as a traceback's last lines would."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        name = exc_type.__name__
        if exc_type is SyntaxError:
            text = ''.join(traceback.format_exception_only(exc_type, exc_value))
            text = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            text = "Sorry: %s: %s" % (name, exc_value)
        Exception.__init__(self, msg or text, name, exc_value, file)
        self.exc_type_name = name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or text

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compiles `file` and writes its byte code to `cfile` (by default the cache path
    importlib.util.cache_from_source gives); returns that path, or None when the source
    did not compile (the error raised as PyCompileError with `doraise`, else printed to
    stderr unless `quiet` is 2)."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            level = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=level)
        else:
            cfile = importlib.util.cache_from_source(file)
    if os.path.islink(cfile):
        raise FileExistsError(
            '{} is a symlink and will be changed into a regular file if import writes a '
            'byte-compiled file to it'.format(cfile))
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError(
            '{} is a non-regular file and will be changed into a regular one if import '
            'writes a byte-compiled file to it'.format(cfile))
    with open(file, 'rb') as f:
        source = f.read()
    try:
        code = builtins_compile(source, dfile or file, 'exec', dont_inherit=True,
                                optimize=optimize)
    except Exception as err:
        error = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise error
            sys.stderr.write(error.msg + '\n')
        return None
    directory = os.path.dirname(cfile)
    if directory:
        os.makedirs(directory, exist_ok=True)
    if invalidation_mode == PycInvalidationMode.TIMESTAMP:
        st = os.stat(file)
        header = ((0).to_bytes(4, 'little') + (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, 'little')
                  + (st.st_size & 0xFFFFFFFF).to_bytes(4, 'little'))
    else:
        checked = invalidation_mode == PycInvalidationMode.CHECKED_HASH
        flags = 0b01 | (0b10 if checked else 0)
        # (pyrs's own hash of the source: the file is pyrs's alone anyway)
        header = flags.to_bytes(4, 'little') + hashlib.blake2b(source, digest_size=8).digest()
    with open(cfile, 'wb') as f:
        f.write(importlib.util.MAGIC_NUMBER + header + marshal.dumps(code))
    return cfile


builtins_compile = (__builtins__['compile'] if isinstance(__builtins__, dict)
                    else __builtins__.compile)


def main():
    """Compiles the files named on the command line (or, with '-', on standard input, one
    per line); exits with status 1 if any failed."""
    import argparse

    parser = argparse.ArgumentParser(description='A simple command-line interface for '
                                                 'py_compile module.')
    parser.add_argument('-q', '--quiet', action='store_true',
                        help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    args = parser.parse_args()
    if args.filenames == ['-']:
        filenames = [name.rstrip('\n') for name in sys.stdin.readlines()]
    else:
        filenames = args.filenames
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if args.quiet:
                parser.exit(1)
            else:
                parser.exit(1, error.msg)
        except OSError as error:
            if args.quiet:
                parser.exit(1)
            else:
                parser.exit(1, str(error))


if __name__ == "__main__":
    main()
