"""Common front end for the dbm family of key/value databases.

open() picks the back end that wrote an existing database (see whichdb())
or, when creating one, the first back end that can be imported from
dbm.gnu, dbm.ndbm and dbm.dumb (in that order).  Every back end offers the
same small mapping interface: item get/set/delete, ``in``, keys(), close().
"""

import importlib
import os
import sys

_builtin_open = open  # shadowed below by this module's open()

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


# Exceptions a caller may meet: our own first, then the back ends' (OSError).
error = (error, OSError)

# Candidate back ends, best first.
_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
# Imported back ends by name, and the one used for new databases.
_modules = {}
_defaultmod = None

_GNU_MAGICS = frozenset((0x13579ace, 0x13579acd, 0x13579acf))
_UNDECIDED = object()


def _try_import(name):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _load_backends():
    """Import the available back ends on first use; return the preferred one."""
    global _defaultmod
    if _defaultmod is None:
        found = [mod for mod in map(_try_import, _names) if mod is not None]
        if not found:
            raise ImportError('no dbm clone found; tried %s' % _names)
        _modules.update((mod.__name__, mod) for mod in found)
        _defaultmod = found[0]
    return _defaultmod


# --- format detection ---------------------------------------------------------
# Each detector gets the encoded base name.  The file-pair ones return a
# module name or _UNDECIDED; the magic-number one always decides.

def _readable_file(path):
    try:
        with _builtin_open(path, 'rb'):
            return True
    except OSError:
        return False


def _looks_ndbm(stem):
    if _readable_file(stem + b'.pag') and _readable_file(stem + b'.dir'):
        return 'dbm.ndbm'
    return _UNDECIDED


def _looks_dumb(stem):
    listing = stem + b'.dir'
    try:
        os.stat(stem + b'.dat')
        if os.stat(listing).st_size == 0:
            return 'dbm.dumb'
        with _builtin_open(listing, 'rb') as fh:
            first = fh.read(1)
    except OSError:
        return _UNDECIDED
    return 'dbm.dumb' if first in (b"'", b'"') else _UNDECIDED


def _looks_by_magic(stem):
    try:
        with _builtin_open(stem, 'rb') as fh:
            head = fh.read(4)
    except OSError:
        return None
    if len(head) == 4 and int.from_bytes(head, sys.byteorder) in _GNU_MAGICS:
        return 'dbm.gnu'
    return ''


_FILE_PAIR_DETECTORS = (_looks_ndbm, _looks_dumb)


def whichdb(filename):
    """Guess which dbm module created the database *filename*.

    Returns None when nothing readable is there, '' when the format is not
    recognised, and otherwise the module name, e.g. 'dbm.dumb'.
    """
    stem = os.fsencode(filename)
    for detector in _FILE_PAIR_DETECTORS:
        verdict = detector(stem)
        if verdict is not _UNDECIDED:
            return verdict
    return _looks_by_magic(stem)


def _choose_backend(file, flag):
    default = _load_backends()
    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if any(letter in flag for letter in 'cn'):
            return default
        raise error[0]("db file doesn't exist; "
                       "use 'c' or 'n' flag to create a new db")
    if not kind:
        raise error[0]('db type could not be determined')
    if kind not in _modules:
        raise error[0]('db type is {0}, but the module is not available'.format(kind))
    return _modules[kind]


def open(file, flag='r', mode=0o666):
    """Open or create a database and return a back-end object for it.

    flag: 'r' read only (default), 'w' read/write, 'c' create when missing,
    'n' always create a new empty database.  mode sets the permissions of
    created files (before the umask).
    """
    return _choose_backend(file, flag).open(file, flag, mode)
