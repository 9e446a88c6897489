"""Generic interface to the dbm-style databases.

Use dbm.open(file, flag, mode) to open (or create) a database; the
database type is detected with whichdb().  Only dbm.dumb is available
on this platform unless dbm.gnu or dbm.ndbm can be imported.
"""

__all__ = ['open', 'whichdb', 'error']

import io
import os
import struct
import sys


class error(Exception):
    pass


_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)

try:
    from dbm import ndbm
except ImportError:
    ndbm = None


def open(file, flag='r', mode=0o666):
    """Open or create a database of the type detected for *file*.

    flag is 'r' (read-only, default), 'w' (read-write), 'c' (read-write,
    create if missing) or 'n' (always create a new, empty database).
    mode is the Unix permission mode used when a file is created.
    """
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                mod = __import__(name, fromlist=['open'])
            except ImportError:
                continue
            if not _defaultmod:
                _defaultmod = mod
            _modules[name] = mod
        if not _defaultmod:
            raise ImportError("no dbm clone found; tried %s" % _names)

    # Detect the type of an existing database unless a new one is wanted.
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; "
                           "use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _modules:
        raise error[0]("db type is {0}, but the module is not "
                       "available".format(result))
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def whichdb(filename):
    """Guess which db package can open the database *filename*.

    Returns None if the file cannot be opened, "" if its format is
    unknown, or a module name such as "dbm.dumb" or "dbm.gnu".
    """
    filename = os.fsencode(filename)

    # ndbm keeps its data in a .pag and a .dir file
    try:
        f = io.open(filename + b".pag", "rb")
        f.close()
        f = io.open(filename + b".dir", "rb")
        f.close()
        return "dbm.ndbm"
    except OSError:
        # Berkeley DB based ndbm emulations use a single .db file
        try:
            f = io.open(filename + b".db", "rb")
            f.close()
            if ndbm is not None:
                d = ndbm.open(filename)
                d.close()
                return "dbm.ndbm"
        except OSError:
            pass

    # dumb dbm: a .dat file plus a .dir file that is empty or starts
    # with a quoted key
    try:
        os.stat(filename + b".dat")
        size = os.stat(filename + b".dir").st_size
        if size == 0:
            return "dbm.dumb"
        f = io.open(filename + b".dir", "rb")
        try:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
        finally:
            f.close()
    except OSError:
        pass

    try:
        f = io.open(filename, "rb")
    except OSError:
        return None

    with f:
        s16 = f.read(16)
    s = s16[0:4]

    if len(s) != 4:
        return ""

    try:
        (magic,) = struct.unpack("=l", s)
    except struct.error:
        return ""

    # GNU dbm magic numbers
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"

    try:
        (magic,) = struct.unpack("=l", s16[-4:])
    except struct.error:
        return ""

    return ""


if __name__ == "__main__":
    for filename in sys.argv[1:]:
        print(whichdb(filename) or "UNKNOWN", filename)
