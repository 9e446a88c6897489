"""Source lines of files, read once and kept (CPython's linecache module, written for pyrs)."""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); mtime None for entries that never go stale.
cache = {}


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of the file (read now if it is not kept yet); [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop kept files that changed on disk (all of them, or just `filename`)."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _decode(data):
    # The encoding a source file declares on one of its first two lines, else UTF-8.
    encoding = 'utf-8'
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    else:
        for raw in data.split(b'\n', 2)[:2]:
            text = raw.decode('latin-1').strip()
            if not text.startswith('#'):
                if text:
                    break
                continue
            at = text.find('coding')
            if at >= 0 and text[at + 6:at + 7] in (':', '='):
                name = text[at + 7:].strip()
                end = 0
                while end < len(name) and (name[end].isalnum() or name[end] in '-_.'):
                    end += 1
                if end:
                    encoding = name[:end]
                break
    return data.decode(encoding, 'replace')


def updatecache(filename, module_globals=None):
    """Reads the file again and keeps its lines; [] when it cannot be read."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    candidates = [filename]
    if not os.path.isabs(filename):
        candidates += [os.path.join(d, filename) for d in sys.path if isinstance(d, str)]
    for fullname in candidates:
        try:
            st = os.stat(fullname)
            with open(fullname, 'rb') as f:
                data = f.read()
        except (OSError, ValueError):
            continue
        lines = _decode(data).splitlines(keepends=True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
        return lines
    return []


def lazycache(filename, module_globals):
    """CPython keeps a loader to read the file later; pyrs reads files directly: False."""
    return False
