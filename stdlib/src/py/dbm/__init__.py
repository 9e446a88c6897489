"""Uniform access to the "dbm" family of key/value databases.

``open()`` inspects an existing file to decide which backend created it,
and uses the first importable backend for new databases.  This build only
ships the pure Python ``dbm.dumb`` backend; ``dbm.gnu`` and ``dbm.ndbm``
are tried but normally absent.
"""

import io
import os
import struct
import sys


__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


# candidate backends, best first
_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

# callers catch either the generic dbm error or plain OSError
error = (error, OSError)

try:
    from dbm import ndbm
except ImportError:
    ndbm = None


def _load_backends():
    """Import every available backend once; remember the preferred one."""
    global _defaultmod
    for name in _names:
        try:
            module = __import__(name, fromlist=['open'])
        except ImportError:
            continue
        _modules[name] = module
        if _defaultmod is None:
            _defaultmod = module
    if _defaultmod is None:
        raise ImportError('no dbm clone found; tried %s' % _names)


def open(file, flag='r', mode=0o666):
    """Open (or with flag 'c'/'n', create) the database *file*."""
    if _defaultmod is None:
        _load_backends()

    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; "
                           "use 'c' or 'n' flag to create a new db")
        backend = _defaultmod
    elif kind == '':
        raise error[0]('db type could not be determined')
    elif kind in _modules:
        backend = _modules[kind]
    else:
        raise error[0]('db type is {0}, but the module is not available'
                       .format(kind))
    return backend.open(file, flag, mode)


def _readable(path):
    """True when *path* can be opened for reading."""
    try:
        io.open(path, 'rb').close()
    except OSError:
        return False
    return True


# first four bytes of gdbm files in their various flavours
_GDBM_MAGICS = (0x13579ace, 0x13579acd, 0x13579acf)


def whichdb(filename):
    """Name the module able to open database *filename*.

    Returns None when nothing is there (or it cannot be read), '' when
    the format is not recognised, otherwise e.g. 'dbm.dumb'.
    """
    base = os.fsencode(filename)

    # ndbm keeps .pag and .dir side by side (or a single Berkeley .db)
    if _readable(base + b'.pag') and _readable(base + b'.dir'):
        return 'dbm.ndbm'
    if ndbm is not None and _readable(base + b'.db'):
        try:
            ndbm.open(filename).close()
            return 'dbm.ndbm'
        except OSError:
            pass

    # dumb: a .dat file plus a .dir index that is empty or starts with
    # a quoted key
    try:
        os.stat(base + b'.dat')
        if os.stat(base + b'.dir').st_size == 0:
            return 'dbm.dumb'
        with io.open(base + b'.dir', 'rb') as index:
            if index.read(1) in (b"'", b'"'):
                return 'dbm.dumb'
    except OSError:
        pass

    # otherwise look at the magic number at the start of the file itself
    try:
        stream = io.open(filename, 'rb')
    except OSError:
        return None
    with stream:
        head = stream.read(16)
    if len(head) < 4:
        return ''
    magic = struct.unpack('=l', head[:4])[0]
    if magic in _GDBM_MAGICS:
        return 'dbm.gnu'
    # anything else (Berkeley DB hash files included) is not supported
    return ''


if __name__ == '__main__':
    for path in sys.argv[1:]:
        print(whichdb(path) or 'UNKNOWN', path)
