"""Names and helpers for decoding the st_mode and st_flags fields that
os.stat() and os.lstat() report (pyrs's own stat module).

Typical use: ``from stat import *``.
"""

# --- positions of the fields in the old 10-tuple form of a stat result -------

(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID,
 ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME) = range(10)

# --- file kinds, kept in the 0o170000 nibble of a mode ------------------------

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts do not exist here.
S_IFDOOR = S_IFPORT = S_IFWHT = 0

_KIND_MASK = 0o170000

# --- permission and special bits ----------------------------------------------

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000

S_IRUSR, S_IWUSR, S_IXUSR = 0o400, 0o200, 0o100
S_IRGRP, S_IWGRP, S_IXGRP = 0o040, 0o020, 0o010
S_IROTH, S_IWOTH, S_IXOTH = 0o004, 0o002, 0o001
S_IRWXU = S_IRUSR | S_IWUSR | S_IXUSR
S_IRWXG = S_IRGRP | S_IWGRP | S_IXGRP
S_IRWXO = S_IROTH | S_IWOTH | S_IXOTH
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# --- BSD st_flags bits ----------------------------------------------------------

UF_NODUMP = 1 << 0
UF_IMMUTABLE = 1 << 1
UF_APPEND = 1 << 2
UF_OPAQUE = 1 << 3
UF_NOUNLINK = 1 << 4
UF_COMPRESSED = 1 << 5
UF_HIDDEN = 1 << 15
SF_ARCHIVED = 1 << 16
SF_IMMUTABLE = 1 << 17
SF_APPEND = 1 << 18
SF_NOUNLINK = 1 << 20
SF_SNAPSHOT = 1 << 21

# --- Windows st_file_attributes bits ---------------------------------------------

FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


# --- argument checking shared by every function below ------------------------------

_MODE_LIMIT = 1 << 32          # mode_t is 32 bits wide
_ULONG_LIMIT = 1 << 64


def _mode_of(fname, args, kwargs):
    """Check a call's arguments the way the C accelerator does and return
    the mode as a plain int."""
    if kwargs:
        raise TypeError(f"_stat.{fname}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"_stat.{fname}() takes exactly one argument "
                        f"({len(args)} given)")
    value = args[0]
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    value = int(value)
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value >= _ULONG_LIMIT:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if value >= _MODE_LIMIT:
        raise OverflowError("mode out of range")
    return value


def _named(name, doc):
    def mark(func):
        func.__name__ = func.__qualname__ = name
        func.__doc__ = doc
        return func
    return mark


def S_IMODE(*args, **kwargs):
    return _mode_of('S_IMODE', args, kwargs) & 0o7777


def S_IFMT(*args, **kwargs):
    return _mode_of('S_IFMT', args, kwargs) & _KIND_MASK


S_IMODE.__doc__ = ("Return the portion of the file's mode that can be set by "
                   "os.chmod().")
S_IFMT.__doc__ = "Return the portion of the file's mode that describes the file type."


def _kind_test(name, kind, what):
    """Build one of the S_IS*() predicates."""
    if kind:
        def predicate(*args, **kwargs):
            return _mode_of(name, args, kwargs) & _KIND_MASK == kind
    else:
        # The kind is unsupported here: validate, then always answer False.
        def predicate(*args, **kwargs):
            _mode_of(name, args, kwargs)
            return False
    return _named(name, f"{name}(mode) -> bool\n\nReturn True if mode is from "
                        f"{what}.")(predicate)


S_ISDIR = _kind_test('S_ISDIR', S_IFDIR, 'a directory')
S_ISCHR = _kind_test('S_ISCHR', S_IFCHR, 'a character special device file')
S_ISBLK = _kind_test('S_ISBLK', S_IFBLK, 'a block special device file')
S_ISREG = _kind_test('S_ISREG', S_IFREG, 'a regular file')
S_ISFIFO = _kind_test('S_ISFIFO', S_IFIFO, 'a FIFO (named pipe)')
S_ISLNK = _kind_test('S_ISLNK', S_IFLNK, 'a symbolic link')
S_ISSOCK = _kind_test('S_ISSOCK', S_IFSOCK, 'a socket')
S_ISDOOR = _kind_test('S_ISDOOR', S_IFDOOR, 'a door')
S_ISPORT = _kind_test('S_ISPORT', S_IFPORT, 'an event port')
S_ISWHT = _kind_test('S_ISWHT', S_IFWHT, 'a whiteout')


# --- filemode() ----------------------------------------------------------------------

_KIND_LETTERS = {
    S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b',
    S_IFDIR: 'd', S_IFCHR: 'c', S_IFIFO: 'p',
}


def _build_table():
    # One group for the kind letter, then three per owner class (user,
    # group, other): read, write, and execute combined with a special bit.
    groups = [tuple(_KIND_LETTERS.items())]
    specials = ((S_ISUID, 's'), (S_ISGID, 's'), (S_ISVTX, 't'))
    for shift, (special, letter) in zip((6, 3, 0), specials):
        groups.append(((4 << shift, 'r'),))
        groups.append(((2 << shift, 'w'),))
        run = 1 << shift
        groups.append(((special | run, letter),
                       (special, 'T' if letter == 't' else 'S'),
                       (run, 'x')))
    return tuple(groups)


# Kept for code that reads it; filemode() itself does not need it.
_filemode_table = _build_table()


def filemode(*args, **kwargs):
    mode = _mode_of('filemode', args, kwargs)
    chars = [_KIND_LETTERS.get(mode & _KIND_MASK, '?')]
    for shift, special, mark in ((6, S_ISUID, 's'), (3, S_ISGID, 's'),
                                 (0, S_ISVTX, 't')):
        bits = (mode >> shift) & 7
        chars.append('r' if bits & 4 else '-')
        chars.append('w' if bits & 2 else '-')
        if mode & special:
            chars.append(mark if bits & 1 else mark.upper())
        else:
            chars.append('x' if bits & 1 else '-')
    return ''.join(chars)


filemode.__doc__ = "Convert a file's mode to a string of the form '-rwxrwxrwx'"
