"""Where zoneinfo looks for TZif files: the TZPATH search list, key checking,
file lookup and the listing of every available zone."""

import os

# The default search list, used when PYTHONTZPATH is unset.
_BUILTIN_SEARCH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo',
                   '/usr/share/lib/zoneinfo', '/etc/zoneinfo')

TZPATH = ()


class InvalidTZPathWarning(RuntimeWarning):
    """PYTHONTZPATH held entries that are not absolute paths."""


def _relative_report(entries):
    listing = ''.join('\n    ' + entry for entry in entries)
    return ('Paths should be absolute but found the following relative paths:'
            + listing)


def _from_environment():
    """The search list named by PYTHONTZPATH (relative entries are dropped
    with a warning), or the built-in one when the variable is unset."""
    raw = os.environ.get('PYTHONTZPATH')
    if raw is None:
        return _BUILTIN_SEARCH
    if not raw:
        return ()
    entries = raw.split(os.pathsep)
    usable = tuple(e for e in entries if os.path.isabs(e))
    rejected = [e for e in entries if not os.path.isabs(e)]
    if rejected:
        import warnings
        warnings.warn('Invalid paths specified in PYTHONTZPATH environment variable. '
                      + _relative_report(rejected), InvalidTZPathWarning)
    return usable


def reset_tzpath(to=None):
    """Replace the search list: with `to` (a list or tuple of absolute
    paths), or afresh from PYTHONTZPATH / the built-in default."""
    global TZPATH
    if to is None:
        TZPATH = _from_environment()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
    # `to` is walked twice (check, then copy): a one-shot iterator therefore
    # leaves an empty search list.
    rejected = [entry for entry in to if not os.path.isabs(entry)]
    if rejected:
        raise ValueError(_relative_report(rejected))
    TZPATH = tuple(to)


def _check_key(key):
    """Refuse keys that could name a file outside the search directories."""
    if os.path.isabs(key):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    if not isinstance(key, (str, bytes)):
        raise TypeError(f"object of type '{type(key).__name__}' has no len()")
    if os.path.normpath(key) != key:
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    if isinstance(key, bytes):
        # Keys are joined to the (text) TZPATH entries.
        raise TypeError("Can't mix strings and bytes in path components")
    # A normalised relative key can only climb out through leading '..'
    # components, and '.' is the search directory itself.
    if key == '.' or key.split('/', 1)[0] == '..':
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')


def find_tzfile(key):
    """The path of the first TZPATH file for `key`, or None."""
    _check_key(key)
    for root in TZPATH:
        candidate = os.path.join(root, key)
        if os.path.isfile(candidate):
            return candidate
    return None


def _looks_like_tzif(filename):
    try:
        with open(filename, 'rb') as handle:
            return handle.read(4) == b'TZif'
    except OSError:
        return False


def _tzdata_keys():
    """Keys listed by the optional 'tzdata' package, if it is installed."""
    try:
        from importlib import resources
        text = resources.files('tzdata').joinpath('zones').read_text()
    except (ImportError, OSError, AttributeError, TypeError, ValueError):
        return set()
    return {line.strip() for line in text.splitlines() if line.strip()}


def available_timezones():
    """Every key for which a TZif file exists on TZPATH (or in tzdata)."""
    keys = _tzdata_keys()
    # At the top of a zone directory, 'right' and 'posix' are alternative
    # copies of the whole database and 'posixrules' is not a zone.
    skipped_dirs = {'right', 'posix'}
    for root in TZPATH:
        for folder, subdirs, files in os.walk(root):
            at_top = folder == root
            if at_top:
                subdirs[:] = [d for d in subdirs if d not in skipped_dirs]
            for name in files:
                if at_top and name == 'posixrules':
                    continue
                full = os.path.join(folder, name)
                if _looks_like_tzif(full):
                    keys.add(os.path.relpath(full, root))
    return keys


reset_tzpath()
