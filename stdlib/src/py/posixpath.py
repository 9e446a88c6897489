"""Pathname operations on POSIX paths (os.path), written for pyrs."""

import os
import stat

from genericpath import (_check_arg_types, commonprefix, exists, getatime, getctime, getmtime,
                         getsize, isdir, isfile, islink, samefile, sameopenfile, samestat)

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split',
           'splitext', 'basename', 'dirname', 'commonprefix', 'getsize',
           'getmtime', 'getatime', 'getctime', 'islink', 'exists', 'lexists',
           'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars',
           'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep',
           'extsep', 'devnull', 'realpath', 'supports_unicode_filenames',
           'relpath', 'commonpath', 'isjunction']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


# ---------------------------------------------------------------- helpers

def _seps(path):
    """Return (sep, curdir, pardir, empty) of the same type as path."""
    if isinstance(path, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def _fspath_all(funcname, args):
    """fspath() every argument; all results must share one type."""
    try:
        paths = [os.fspath(arg) for arg in args]
    except TypeError:
        _check_arg_types(funcname, *args)
        raise
    if paths:
        kind = bytes if isinstance(paths[0], bytes) else str
        for path in paths:
            if not isinstance(path, kind):
                _check_arg_types(funcname, *args)
    return paths


def _fsencode(text):
    encode = getattr(os, 'fsencode', None)
    if encode is not None:
        return encode(text)
    return text.encode('utf-8', 'surrogateescape')


def _fsdecode(data):
    decode = getattr(os, 'fsdecode', None)
    if decode is not None:
        return decode(data)
    return data.decode('utf-8', 'surrogateescape')


def _getcwd_like(path):
    if isinstance(path, bytes):
        getcwdb = getattr(os, 'getcwdb', None)
        if getcwdb is not None:
            return getcwdb()
        return _fsencode(os.getcwd())
    return os.getcwd()


# ------------------------------------------------------ pure string work

def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    a = os.fspath(a)
    if not p:
        return a
    if type(a) is str:
        # All plain str (the usual case): joined as below, without the
        # fspath and type checks.
        path = a
        for part in p:
            if type(part) is not str:
                break
            if part[:1] == '/':
                path = part
            elif not path or path[-1:] == '/':
                path = path + part
            else:
                path = path + '/' + part
        else:
            return path
    parts = _fspath_all('join', (a,) + p)
    sep = _get_sep(a)
    path = a
    for part in parts[1:]:
        if part.startswith(sep):
            path = part
        elif not path or path.endswith(sep):
            path = path + part
        else:
            path = path + sep + part
    return path


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    p = os.fspath(p)
    sep, _, _, empty = _seps(p)
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] == sep and p[2:3] != sep:
        # Exactly two leading slashes are kept (implementation-defined).
        return empty, p[:2], p[2:]
    return empty, sep, p[1:]


def _split_index(p, sep):
    return p.rfind(sep) + 1


def split(p):
    p = os.fspath(p)
    sep = _get_sep(p)
    i = _split_index(p, sep)
    head, tail = p[:i], p[i:]
    if head.strip(sep):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    dot_at = p.rfind(dot)
    name_at = p.rfind(sep) + 1
    if dot_at < name_at:
        return p, p[:0]
    # Leading dots of the file name do not start an extension.
    if p[name_at:dot_at].strip(dot):
        return p[:dot_at], p[dot_at:]
    return p, p[:0]


def basename(p):
    p = os.fspath(p)
    return p[_split_index(p, _get_sep(p)):]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = os.fspath(path)
    sep, dot, dotdot, empty = _seps(path)
    if not path:
        return dot
    lead = empty
    if path[:1] == sep:
        lead = sep
        if path[1:2] == sep and path[2:3] != sep:
            lead = sep + sep
    parts = []
    for comp in path.split(sep):
        if not comp or comp == dot:
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if lead:
                continue
        parts.append(comp)
    return (lead + sep.join(parts)) or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        path = join(_getcwd_like(path), path)
    return normpath(path)


def commonpath(paths):
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    kinds = set(isinstance(path, bytes) for path in paths)
    if len(kinds) > 1:
        _check_arg_types('commonpath', *paths)
    sep, dot, _, _ = _seps(paths[0])
    absolute = set(path[:1] == sep for path in paths)
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in path.split(sep) if c and c != dot]
                   for path in paths]
    low = min(split_paths)
    high = max(split_paths)
    common = low
    for i in range(len(low)):
        if low[i] != high[i]:
            common = low[:i]
            break
    prefix = sep if paths[0][:1] == sep else sep[:0]
    return prefix + sep.join(common)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    sep, dot, dotdot, _ = _seps(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    if isinstance(path, bytes) != isinstance(start, bytes):
        _check_arg_types('relpath', path, start)
    start_parts = [c for c in abspath(start).split(sep) if c]
    path_parts = [c for c in abspath(path).split(sep) if c]
    shared = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        shared += 1
    rel = [dotdot] * (len(start_parts) - shared) + path_parts[shared:]
    if not rel:
        return dot
    return join(*rel)


# ---------------------------------------------------------- expansions

def _home_of(name):
    """Home directory for '~' (name None) or '~name'; None if unknown."""
    if name is None and 'HOME' in os.environ:
        return os.environ['HOME']
    try:
        import pwd
    except ImportError:
        return None
    try:
        if name is None:
            return pwd.getpwuid(os.getuid()).pw_dir
        return pwd.getpwnam(name).pw_dir
    except KeyError:
        return None


def expanduser(path):
    path = os.fspath(path)
    sep, _, _, _ = _seps(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        home = _home_of(None)
    else:
        name = path[1:end]
        if isinstance(name, bytes):
            name = _fsdecode(name)
        home = _home_of(name)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = _fsencode(home)
    home = home.rstrip(sep)
    return (home + path[end:]) or sep


_WORD_CHARS = ('abcdefghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _find_var(path, start, is_bytes):
    """Find the next $name or ${name} at or after start.

    Returns (begin, end, name) or None."""
    dollar, brace_open, brace_close = '$', '{', '}'
    if is_bytes:
        dollar, brace_open, brace_close = b'$', b'{', b'}'
    n = len(path)
    pos = path.find(dollar, start)
    while pos >= 0:
        end = pos + 1
        while end < n and _is_word(path[end:end + 1], is_bytes):
            end += 1
        if end > pos + 1:
            return pos, end, path[pos + 1:end]
        if path[pos + 1:pos + 2] == brace_open:
            close = path.find(brace_close, pos + 2)
            if close >= 0:
                return pos, close + 1, path[pos + 2:close]
        pos = path.find(dollar, pos + 1)
    return None


def _is_word(ch, is_bytes):
    if not ch:
        return False
    if is_bytes:
        ch = chr(ch[0])
    return ch in _WORD_CHARS


def _lookup_var(name, is_bytes):
    """Value of an environment variable, or None when it is not set."""
    if not is_bytes:
        return os.environ.get(name)
    environb = getattr(os, 'environb', None)
    if environb is not None:
        return environb.get(name)
    value = os.environ.get(_fsdecode(name))
    if value is None:
        return None
    return _fsencode(value)


def expandvars(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if (b'$' if is_bytes else '$') not in path:
        return path
    pos = 0
    while True:
        found = _find_var(path, pos, is_bytes)
        if found is None:
            return path
        begin, end, name = found
        value = _lookup_var(name, is_bytes)
        if value is None:
            pos = end
            continue
        tail = path[end:]
        path = path[:begin] + value
        pos = len(path)
        path = path + tail


# ------------------------------------------------- file system queries

def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isjunction(path):
    os.fspath(path)
    return False


def ismount(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = realpath(join(path, b'..' if isinstance(path, bytes) else '..'))
    try:
        parent_st = os.lstat(parent)
    except (OSError, ValueError):
        return False
    if st.st_dev != parent_st.st_dev:
        return True
    return st.st_ino == parent_st.st_ino


# ------------------------------------------------------------ realpath

class _Loop(Exception):
    """A symlink loop met in non-strict mode; carries the unresolved path."""

    def __init__(self, path):
        Exception.__init__(self)
        self.path = path


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    resolved = {}
    try:
        path = _resolve(filename[:0], filename, strict, resolved)
    except _Loop as loop:
        path = loop.path
    return abspath(path)


def _resolve(base, rest, strict, resolved):
    """Join rest onto the already resolved base, following symlinks.

    resolved maps each link met to its target (None while in progress).
    On a loop in non-strict mode, raises _Loop with the unresolved path."""
    sep, dot, dotdot, _ = _seps(rest)
    path = base
    if rest.startswith(sep):
        path = sep
        rest = rest[1:]
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            path = _parent(path, sep, dotdot)
            continue
        candidate = join(path, name)
        if not _is_symlink(candidate, strict):
            path = candidate
            continue
        if candidate in resolved:
            target = resolved[candidate]
            if target is not None:
                path = target
                continue
            if strict:
                os.stat(candidate)   # raises the ELOOP error
            raise _Loop(join(candidate, rest))
        resolved[candidate] = None
        try:
            path = _resolve(path, os.readlink(candidate), strict, resolved)
        except _Loop as loop:
            raise _Loop(join(loop.path, rest))
        resolved[candidate] = path
    return path


def _parent(path, sep, dotdot):
    if not path:
        return dotdot
    head, tail = split(path)
    if tail == dotdot:
        return join(head, dotdot, dotdot)
    return head


def _is_symlink(path, strict):
    try:
        st = os.lstat(path)
    except OSError:
        if strict:
            raise
        return False
    return stat.S_ISLNK(st.st_mode)
