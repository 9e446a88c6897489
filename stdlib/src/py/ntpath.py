"""Windows path manipulation (os.path on Windows), usable on any host.

Paths are str or bytes; every function answers in the type it was given.
Both backslash and forward slash separate components.  A path splits into
drive ("c:", "\\\\server\\share", "\\\\?\\device"), root (one separator or
nothing) and the remaining tail.
"""

import os
import genericpath
from genericpath import *

curdir = "."
pardir = ".."
extsep = "."
sep = "\\"
pathsep = ";"
altsep = "/"
defpath = ".;C:\\bin"
devnull = "nul"
supports_unicode_filenames = True

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "splitroot", "split",
    "splitext", "basename", "dirname", "commonprefix", "getsize",
    "getmtime", "getatime", "getctime", "islink", "exists", "lexists",
    "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
    "abspath", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
    "extsep", "devnull", "realpath", "supports_unicode_filenames",
    "relpath", "samefile", "sameopenfile", "samestat", "commonpath",
    "isjunction",
]


class _Alphabet:
    """The literal pieces of path syntax, in str or in bytes."""

    def __init__(self, conv):
        self.back = conv("\\")
        self.fwd = conv("/")
        self.colon = conv(":")
        self.dot = conv(".")
        self.dotdot = conv("..")
        self.nothing = conv("")
        self.tilde = conv("~")
        self.device_unc = conv("\\\\?\\UNC\\")
        self.varchars = conv("abcdefghijklmnopqrstuvwxyz"
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        self.quote = conv("'")
        self.percent = conv("%")
        self.dollar = conv("$")
        self.lbrace = conv("{")
        self.rbrace = conv("}")

    def slashes(self, text):
        """text with every forward slash turned into a backslash."""
        return text.replace(self.fwd, self.back)

    def is_sep(self, piece):
        return piece == self.back or piece == self.fwd


_TEXT = _Alphabet(str)
_BINARY = _Alphabet(lambda s: s.encode("ascii"))


def _abc(path):
    return _BINARY if isinstance(path, bytes) else _TEXT


# -- splitting ------------------------------------------------------------

def splitroot(p):
    """Split p into (drive, root, tail) such that drive + root + tail == p."""
    p = os.fspath(p)
    a = _abc(p)
    flat = a.slashes(p)
    one = a.back
    if flat[:1] == one:
        if flat[1:2] != one:
            # "\\x": rooted, but relative to the current drive
            return a.nothing, p[:1], p[1:]
        # UNC "\\server\share" or a device path "\\?\..."; the drive is
        # the first two components after the prefix.
        begin = 2
        if flat[:8].upper() == a.device_unc:
            begin = 8
        cut = flat.find(one, begin)
        cut = -1 if cut < 0 else flat.find(one, cut + 1)
        if cut < 0:
            return p, a.nothing, a.nothing
        return p[:cut], p[cut:cut + 1], p[cut + 1:]
    if flat[1:2] == a.colon:
        rooted = 3 if flat[2:3] == one else 2
        return p[:2], p[2:rooted], p[rooted:]
    return a.nothing, a.nothing, p


def splitdrive(p):
    """Split p into (drive, rest)."""
    drive, root, tail = splitroot(p)
    return drive, root + tail


def _last_sep(text, a):
    return max(text.rfind(a.back), text.rfind(a.fwd))


def split(p):
    """Split p into (head, last component); head keeps drive and root."""
    drive, root, tail = splitroot(p)
    a = _abc(tail)
    at = _last_sep(tail, a) + 1
    head = tail[:at].rstrip(a.back + a.fwd)
    return drive + root + head, tail[at:]


def basename(p):
    """Final component of p."""
    return split(p)[1]


def dirname(p):
    """Everything before the final component of p."""
    return split(p)[0]


def splitext(p):
    """Split p into (root, extension); leading dots do not start one."""
    p = os.fspath(p)
    a = _abc(p)
    start = _last_sep(p, a) + 1
    dot = p.rfind(a.dot)
    if dot <= start:
        return p, p[:0]
    # the name must have something other than dots before the extension
    if p[start:dot].strip(a.dot):
        return p[:dot], p[dot:]
    return p, p[:0]


def isabs(s):
    """True for paths with a root (after an optional drive)."""
    s = os.fspath(s)
    a = _abc(s)
    head = a.slashes(s[:3])
    return head[:1] == a.back or head[1:3] == a.colon + a.back


def normcase(s):
    """Lower-case s and turn slashes into backslashes."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return os.fsencode(os.fsdecode(s).replace("/", "\\").lower())
    return s.replace("/", "\\").lower()


# -- building -------------------------------------------------------------------

def join(path, *paths):
    """Combine path components; a rooted or drive-bearing one resets."""
    path = os.fspath(path)
    a = _abc(path)
    try:
        drive, root, body = splitroot(path)
        for piece in map(os.fspath, paths):
            p_drive, p_root, p_body = splitroot(piece)
            if p_drive and p_drive.lower() != drive.lower():
                # another drive: start over from this component
                drive, root, body = p_drive, p_root, p_body
                continue
            if p_drive:
                drive = p_drive
            if p_root:
                root, body = p_root, p_body
                continue
            if body and not a.is_sep(body[-1:]):
                body += a.back
            body += p_body
        if (body and not root and drive
                and drive[-1:] != a.colon and not a.is_sep(drive[-1:])):
            # a bare UNC drive needs a separator before the rest
            return drive + a.back + body
        return drive + root + body
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types("join", path, *paths)
        raise


def normpath(path):
    """Collapse redundant separators and "." / ".." components."""
    path = os.fspath(path)
    a = _abc(path)
    drive, root, tail = splitroot(a.slashes(path))
    kept = []
    for name in tail.split(a.back):
        if not name or name == a.dot:
            continue
        if name == a.dotdot:
            if kept and kept[-1] != a.dotdot:
                kept.pop()
                continue
            if root:
                continue
        kept.append(name)
    lead = drive + root
    if not lead and not kept:
        return a.dot
    return lead + a.back.join(kept)


def abspath(path):
    """normpath of path made absolute against the current directory."""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


# On a host without the Windows API, CPython's abspath (and realpath) is the
# pure fallback, and that name is what introspection reports.
abspath.__name__ = abspath.__qualname__ = "_abspath_fallback"
realpath = abspath


def _anchored(p, a):
    """(drive, components) of p made absolute."""
    drive, _, rest = splitroot(abspath(p))
    return drive, [part for part in rest.split(a.back) if part]


def relpath(path, start=None):
    """path expressed relative to start (default: the current directory)."""
    path = os.fspath(path)
    a = _abc(path)
    start = a.dot if start is None else os.fspath(start)
    if not path:
        raise ValueError("no path specified")
    try:
        to_drive, to_parts = _anchored(path, a)
        from_drive, from_parts = _anchored(start, a)
        if normcase(to_drive) != normcase(from_drive):
            raise ValueError(f"path is on mount {to_drive!r}, "
                             f"start on mount {from_drive!r}")
        limit = min(len(to_parts), len(from_parts))
        same = 0
        while same < limit and normcase(to_parts[same]) == normcase(from_parts[same]):
            same += 1
        climb = [a.dotdot] * (len(from_parts) - same)
        rest = climb + to_parts[same:]
        return join(*rest) if rest else a.dot
    except (TypeError, ValueError, AttributeError, BytesWarning):
        # Mixed str and bytes are reported as such.
        genericpath._check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    """Longest common sub-path (compared case-insensitively)."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    try:
        a = _abc(paths[0])
        folded = [splitroot(a.slashes(p).lower()) for p in paths]
        if len({root for _, root, _ in folded}) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        if len({drive for drive, _, _ in folded}) > 1:
            raise ValueError("Paths don't have the same drive")

        def names(tail):
            return [x for x in tail.split(a.back) if x and x != a.dot]

        drive, root, tail = splitroot(a.slashes(paths[0]))
        first = names(tail)
        lowered = [names(t) for _, _, t in folded]
        depth = min(len(x) for x in lowered)
        for i in range(depth):
            if len({x[i] for x in lowered}) > 1:
                depth = i
                break
        return drive + root + a.back.join(first[:depth])
    except (TypeError, AttributeError):
        genericpath._check_arg_types("commonpath", *paths)
        raise


# -- environment ------------------------------------------------------------------

def expanduser(path):
    """Replace a leading ~ or ~user using USERPROFILE / HOMEPATH."""
    path = os.fspath(path)
    a = _abc(path)
    if not path.startswith(a.tilde):
        return path
    end = 1
    while end < len(path) and not a.is_sep(path[end:end + 1]):
        end += 1
    env = os.environ
    if "USERPROFILE" in env:
        home = env["USERPROFILE"]
    elif "HOMEPATH" in env:
        home = join(env.get("HOMEDRIVE", ""), env["HOMEPATH"])
    else:
        return path
    if end > 1:
        wanted = path[1:end]
        if isinstance(wanted, bytes):
            wanted = os.fsdecode(wanted)
        me = env.get("USERNAME")
        if wanted != me:
            # only guess another user's home from a sibling of ours
            if me != basename(home):
                return path
            home = join(dirname(home), wanted)
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home + path[end:]


def _lookup(name):
    """Environment value for name (same type as name) or None."""
    if isinstance(name, bytes):
        environb = getattr(os, "environb", None)
        if environb is not None:
            return environb.get(name)
        value = os.environ.get(os.fsdecode(name))
        return None if value is None else os.fsencode(value)
    return os.environ.get(name)


def expandvars(path):
    """Substitute %name%, $name and ${name}; unknown ones stay as they are.

    Text between single quotes is copied unchanged; %% and $$ stand for a
    single % and $."""
    path = os.fspath(path)
    a = _abc(path)
    if a.dollar not in path and a.percent not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        ch = path[i:i + 1]
        if ch == a.quote:
            close = path.find(a.quote, i + 1)
            if close < 0:
                out.append(path[i:])
                break
            out.append(path[i:close + 1])
            i = close + 1
        elif ch == a.percent:
            if path[i + 1:i + 2] == a.percent:
                out.append(ch)
                i += 2
                continue
            close = path.find(a.percent, i + 1)
            if close < 0:
                out.append(path[i:])
                break
            name = path[i + 1:close]
            value = _lookup(name)
            out.append(ch + name + ch if value is None else value)
            i = close + 1
        elif ch == a.dollar:
            nxt = path[i + 1:i + 2]
            if nxt == a.dollar:
                out.append(ch)
                i += 2
            elif nxt == a.lbrace:
                close = path.find(a.rbrace, i + 2)
                if close < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:close]
                value = _lookup(name)
                out.append(path[i:close + 1] if value is None else value)
                i = close + 1
            else:
                stop = i + 1
                while stop < n and path[stop:stop + 1] in a.varchars:
                    stop += 1
                name = path[i + 1:stop]
                value = _lookup(name) if name else None
                out.append(path[i:stop] if value is None else value)
                i = stop
        else:
            out.append(ch)
            i += 1
    return a.nothing.join(out)


# -- file system --------------------------------------------------------------------

def ismount(path):
    """True for a drive root or a bare UNC share (no volume API here)."""
    path = abspath(path)
    a = _abc(path)
    drive, root, rest = splitroot(path)
    if drive[:1] and a.is_sep(drive[:1]):
        return not rest
    return bool(root) and not rest


def lexists(path):
    """True if path exists, even as a dangling symbolic link."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isjunction(path):
    """Always False: junctions only exist on Windows file systems."""
    os.fspath(path)
    return False


def isdevdrive(path):
    """Always False: Dev Drives only exist on Windows."""
    return False
