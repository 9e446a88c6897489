"""Windows pathname operations, usable on any host (written for pyrs).

Paths are handled as text: a path is made of an optional drive ('c:' or a
UNC '\\\\server\\share'), an optional root separator and the rest.  Both
backslash and forward slash count as separators.  On non-Windows hosts
the functions that would need the Windows API fall back to pure string
work.
"""

import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split",
           "splitext", "basename", "dirname", "commonprefix", "getsize",
           "getmtime", "getatime", "getctime", "islink", "exists", "lexists",
           "isdir", "isfile", "ismount", "expanduser", "expandvars",
           "normpath", "abspath", "curdir", "pardir", "sep", "pathsep",
           "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "samefile",
           "sameopenfile", "samestat", "commonpath", "isjunction"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'
supports_unicode_filenames = True

# No Windows volume API here; ismount() relies on the path text alone.
_getvolumepathname = None


class _TextSyntax:
    """The punctuation of Windows paths, as str."""
    sep = '\\'
    alt = '/'
    seps = '\\/'
    colon = ':'
    dot = '.'
    dotdot = '..'
    empty = ''
    tilde = '~'
    unc_marker = '\\\\?\\UNC\\'
    quote = "'"
    percent = '%'
    dollar = '$'
    lbrace = '{'
    rbrace = '}'
    name_chars = ('abcdefghijklmnopqrstuvwxyz'
                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')


class _ByteSyntax:
    """The same punctuation, as bytes."""
    sep = b'\\'
    alt = b'/'
    seps = b'\\/'
    colon = b':'
    dot = b'.'
    dotdot = b'..'
    empty = b''
    tilde = b'~'
    unc_marker = b'\\\\?\\UNC\\'
    quote = b"'"
    percent = b'%'
    dollar = b'$'
    lbrace = b'{'
    rbrace = b'}'
    name_chars = _TextSyntax.name_chars.encode('ascii')


def _syntax(path):
    return _ByteSyntax if isinstance(path, bytes) else _TextSyntax


def _get_bothseps(path):
    return _syntax(path).seps


# ------------------------------------------------------------- case

def normcase(s):
    """Fold case and turn forward slashes into backslashes."""
    s = os.fspath(s)
    if not isinstance(s, bytes):
        return s.replace('/', '\\').lower()
    # Fold bytes as text so that non-ASCII letters are handled too.
    codec = sys.getfilesystemencoding()
    text = s.decode(codec, 'surrogateescape')
    return text.replace('/', '\\').lower().encode(codec, 'surrogateescape')


# ------------------------------------------------- drive / root split

def splitroot(p):
    """Split p into (drive, root, tail); drive + root + tail == p.

    The drive is 'X:' or a UNC share such as '//server/share' (also the
    '//?/UNC/server/share' form); the root is the separator right after
    the drive, when there is one."""
    p = os.fspath(p)
    syn = _syntax(p)
    flat = p.replace(syn.alt, syn.sep)
    if flat[:1] == syn.sep:
        if flat[1:2] != syn.sep:
            # Rooted but without a drive: \dir
            return syn.empty, p[:1], p[1:]
        # UNC: two more separators end the server and the share names.
        marker = syn.unc_marker
        start = len(marker) if flat[:len(marker)].upper() == marker else 2
        after_server = flat.find(syn.sep, start)
        if after_server < 0:
            return p, syn.empty, syn.empty
        after_share = flat.find(syn.sep, after_server + 1)
        if after_share < 0:
            return p, syn.empty, syn.empty
        return p[:after_share], p[after_share:after_share + 1], p[after_share + 1:]
    if flat[1:2] != syn.colon:
        return syn.empty, syn.empty, p
    # Drive letter, maybe followed by a root.
    cut = 3 if flat[2:3] == syn.sep else 2
    return p[:2], p[2:cut], p[cut:]


def splitdrive(p):
    """Split p into (drive, rest) with drive + rest == p."""
    parts = splitroot(p)
    return parts[0], parts[1] + parts[2]


def isabs(s):
    """True if s has a root (with or without a drive)."""
    s = os.fspath(s)
    syn = _syntax(s)
    head = s[:3].replace(syn.alt, syn.sep)
    return head[:1] == syn.sep or head[1:3] == syn.colon + syn.sep


# --------------------------------------------------------------- join

def join(path, *paths):
    """Join path components; a component with a root or another drive
    discards what came before it (as far as drive and root go)."""
    path = os.fspath(path)
    syn = _syntax(path)
    try:
        drive, root, body = splitroot(path)
        for item in paths:
            new_drive, new_root, new_body = splitroot(os.fspath(item))
            if new_root:
                # An absolute piece: keep the current drive only when the
                # piece has none of its own.
                if new_drive or not drive:
                    drive = new_drive
                root = new_root
                body = new_body
                continue
            if new_drive and new_drive != drive:
                if new_drive.lower() != drive.lower():
                    # Another drive entirely: start over from the piece.
                    drive, root, body = new_drive, new_root, new_body
                    continue
                drive = new_drive     # same drive, other letter case
            if body and body[-1:] not in syn.seps:
                body = body + syn.sep
            body = body + new_body
        glue = root
        if body and not root and drive and drive[-1:] not in syn.colon + syn.seps:
            # A UNC drive needs a separator before a relative remainder.
            glue = syn.sep
        return drive + glue + body
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)
        raise


# -------------------------------------------------------------- split

def split(p):
    """Return (head, tail): tail is what follows the last separator."""
    p = os.fspath(p)
    syn = _syntax(p)
    drive, root, rest = splitroot(p)
    cut = 1 + max(rest.rfind(syn.sep), rest.rfind(syn.alt))
    head = rest[:cut].rstrip(syn.seps)
    return drive + root + head, rest[cut:]


def splitext(p):
    """Split off the extension: return (root, ext), ext maybe empty."""
    p = os.fspath(p)
    syn = _syntax(p)
    return genericpath._splitext(p, syn.sep, syn.alt, syn.dot)


def basename(p):
    """Final component of p (empty if p ends with a separator)."""
    return split(p)[1]


def dirname(p):
    """Everything of p but its final component."""
    return split(p)[0]


# ----------------------------------------------------- file system

def lexists(path):
    """True if path exists, even as a broken symbolic link."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isjunction(path):
    """Junctions only exist on Windows: always False here."""
    os.fspath(path)
    return False


def isdevdrive(path):
    """Dev Drives only exist on Windows: always False here."""
    return False


def ismount(path):
    """True for a drive root, a bare UNC share or a lone root."""
    path = os.fspath(path)
    syn = _syntax(path)
    drive, root, rest = splitroot(abspath(path))
    if drive[:1] and drive[:1] in syn.seps:
        # A UNC share is a mount point when nothing follows it.
        return not rest
    return bool(root) and not rest


# ---------------------------------------------------------- expanding

def expanduser(path):
    """Replace a leading ~ or ~user using USERPROFILE or HOMEDRIVE/HOMEPATH.

    Returns path unchanged when no home directory can be worked out."""
    path = os.fspath(path)
    syn = _syntax(path)
    if not path.startswith(syn.tilde):
        return path
    found = [i for i in (path.find(syn.sep, 1), path.find(syn.alt, 1)) if i >= 0]
    name_end = min(found) if found else len(path)

    env = os.environ
    if 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        home = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    else:
        return path

    if name_end > 1:
        wanted = path[1:name_end]
        if isinstance(wanted, bytes):
            wanted = os.fsdecode(wanted)
        me = env.get('USERNAME')
        if wanted != me:
            # Guess that other users live next to the current one.
            if basename(home) != me:
                return path
            home = join(dirname(home), wanted)

    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home + path[name_end:]


def _environment_reader(is_bytes):
    """Return a function mapping a variable name to its value or None."""
    if not is_bytes:
        return os.environ.get
    table = getattr(os, 'environb', None)
    if table is not None:
        return table.get

    def via_text(name):
        value = os.environ.get(os.fsdecode(name))
        return None if value is None else os.fsencode(value)
    return via_text


def expandvars(path):
    """Expand %name%, $name and ${name}; unknown variables stay as written.

    '%%' and '$$' stand for a single character and text between single
    quotes is left alone."""
    path = os.fspath(path)
    syn = _syntax(path)
    if syn.dollar not in path and syn.percent not in path:
        return path
    read = _environment_reader(syn is _ByteSyntax)
    size = len(path)
    pieces = []
    pos = 0

    def substitute(name, start, stop):
        value = read(name)
        pieces.append(path[start:stop] if value is None else value)
        return stop

    while pos < size:
        ch = path[pos:pos + 1]
        follower = path[pos + 1:pos + 2]
        if ch == syn.quote:
            close = path.find(ch, pos + 1)
            if close < 0:
                pieces.append(path[pos:])
                break
            pieces.append(path[pos:close + 1])
            pos = close + 1
        elif ch == syn.percent:
            if follower == syn.percent:
                pieces.append(ch)
                pos += 2
                continue
            close = path.find(ch, pos + 1)
            if close < 0:
                pieces.append(path[pos:])
                break
            pos = substitute(path[pos + 1:close], pos, close + 1)
        elif ch == syn.dollar:
            if follower == syn.dollar:
                pieces.append(ch)
                pos += 2
            elif follower == syn.lbrace:
                close = path.find(syn.rbrace, pos + 2)
                if close < 0:
                    pieces.append(path[pos:])
                    break
                pos = substitute(path[pos + 2:close], pos, close + 1)
            else:
                stop = pos + 1
                while stop < size and path[stop:stop + 1] in syn.name_chars:
                    stop += 1
                pos = substitute(path[pos + 1:stop], pos, stop)
        else:
            pieces.append(ch)
            pos += 1
    return syn.empty.join(pieces)


# ------------------------------------------------------- normalizing

def normpath(path):
    """Collapse separators and '.' parts, resolve '..' against what
    precedes it; the drive and root are kept as they are."""
    path = os.fspath(path)
    syn = _syntax(path)
    drive, root, rest = splitroot(path.replace(syn.alt, syn.sep))
    stack = []
    for part in rest.split(syn.sep):
        if part == syn.empty or part == syn.dot:
            continue
        if part == syn.dotdot:
            if stack and stack[-1] != syn.dotdot:
                stack.pop()
                continue
            if root:
                # Nothing is above the root.
                continue
        stack.append(part)
    prefix = drive + root
    if not (prefix or stack):
        return syn.dot
    return prefix + syn.sep.join(stack)


def _abspath_fallback(path):
    """Absolute form of path, made from the current directory when needed."""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


# Without the Windows API the fallbacks are the real thing.
abspath = _abspath_fallback
realpath = abspath


# --------------------------------------------------------- relations

def _parts_below(path, syn):
    """Non-empty components after the drive and root of path."""
    return [part for part in splitroot(path)[2].split(syn.sep) if part]


def relpath(path, start=None):
    """Path leading to path from start (the current directory by default)."""
    path = os.fspath(path)
    syn = _syntax(path)
    if start is None:
        start = syn.dot
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    try:
        target = abspath(normpath(path))
        origin = abspath(normpath(start))
        target_drive = splitroot(target)[0]
        origin_drive = splitroot(origin)[0]
        if normcase(target_drive) != normcase(origin_drive):
            raise ValueError("path is on mount %r, start on mount %r"
                             % (target_drive, origin_drive))
        down = _parts_below(target, syn)
        up = _parts_below(origin, syn)
        shared = 0
        limit = min(len(down), len(up))
        while shared < limit and normcase(down[shared]) == normcase(up[shared]):
            shared += 1
        steps = [syn.dotdot] * (len(up) - shared) + down[shared:]
        if not steps:
            return syn.dot
        return join(*steps)
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Longest sub-path shared by every path of the sequence (compared
    without regard to case or separator style)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(os.fspath(item) for item in paths)
    syn = _syntax(paths[0])
    try:
        folded = [splitroot(item.replace(syn.alt, syn.sep).lower())
                  for item in paths]
        if len(set(root for _, root, _ in folded)) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        # The drive test comes second so that str/bytes mixes are
        # reported as such above.
        if len(set(drive for drive, _, _ in folded)) > 1:
            raise ValueError("Paths don't have the same drive")

        def useful(text):
            return [part for part in text.split(syn.sep)
                    if part and part != syn.dot]

        lists = [useful(rest) for _, _, rest in folded]
        first_drive, first_root, first_rest = splitroot(
            paths[0].replace(syn.alt, syn.sep))
        keep = useful(first_rest)
        lowest, highest = min(lists), max(lists)
        count = 0
        while count < len(lowest) and lowest[count] == highest[count]:
            count += 1
        return first_drive + first_root + syn.sep.join(keep[:count])
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
