"""The time zone search path used by zoneinfo, and key-to-file lookup."""

import os

# Used when neither PYTHONTZPATH nor the build configuration says otherwise.
_FALLBACK_SEARCH_PATH = os.pathsep.join((
    '/usr/share/zoneinfo',
    '/usr/lib/zoneinfo',
    '/usr/share/lib/zoneinfo',
    '/etc/zoneinfo',
))


class InvalidTZPathWarning(RuntimeWarning):
    """Issued when PYTHONTZPATH contains entries that are not absolute."""


def _relative_entries_message(entries):
    # isabs() runs on every entry first, so a bad element type surfaces as
    # the TypeError os.path raises; str.join then rejects bytes entries.
    relative = [entry for entry in entries if not os.path.isabs(entry)]
    indent = '\n' + ' ' * 4
    return ("Paths should be absolute but found the following relative paths:"
            + indent + indent.join(relative))


def _configured_default():
    try:
        import sysconfig
    except ImportError:
        return _FALLBACK_SEARCH_PATH
    configured = sysconfig.get_config_var('TZPATH')
    return _FALLBACK_SEARCH_PATH if configured is None else configured


def _from_environment_string(text):
    """Split a PYTHONTZPATH-style string, warning about relative entries."""
    if not text:
        return ()
    pieces = text.split(os.pathsep)
    kept = tuple(piece for piece in pieces if os.path.isabs(piece))
    if len(kept) < len(pieces):
        import warnings
        warnings.warn(
            "Invalid paths specified in PYTHONTZPATH environment variable. "
            + _relative_entries_message(pieces),
            InvalidTZPathWarning,
        )
    return kept


def reset_tzpath(to=None):
    """Set TZPATH to the given absolute paths, or recompute the default."""
    global TZPATH
    if to is None:
        source = os.environ.get('PYTHONTZPATH')
        if source is None:
            source = _configured_default()
        TZPATH = _from_environment_string(source)
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, "
                        f"not {type(to)}: {to!r}")
    # 'to' is walked once to validate and again to store it (so a one-shot
    # iterator ends up stored empty, as in CPython).
    for entry in to:
        if not os.path.isabs(entry):
            raise ValueError(_relative_entries_message(to))
    TZPATH = tuple(to)


def _check_key(key):
    """Refuse keys that could name something outside the search path."""
    if os.path.isabs(key):
        raise ValueError(
            f"ZoneInfo keys may not be absolute paths, got: {key}")
    if os.path.normpath(key) != key:
        raise ValueError(
            f"ZoneInfo keys must be normalized relative paths, got: {key}")
    # A normalized relative key escapes when it starts with a '..' part or
    # is '.' itself; probing it below a dummy root tells us which.
    anchor = os.path.join('_root_', '')
    placed = os.path.normpath(os.path.join('_root_', key))
    if not placed.startswith(anchor) or len(placed) <= len(anchor):
        raise ValueError(
            f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def find_tzfile(key):
    """Return the path of the first TZif file for key on TZPATH, or None."""
    _check_key(key)
    for directory in TZPATH:
        candidate = os.path.join(directory, key)
        if os.path.isfile(candidate):
            return candidate
    return None


def _looks_like_tzif(path):
    try:
        with open(path, 'rb') as stream:
            return stream.read(4) == b'TZif'
    except OSError:
        return False


def _keys_from_tzdata_package():
    """Keys listed by the optional first-party 'tzdata' package."""
    try:
        import importlib.resources as resources
        listing = resources.files('tzdata').joinpath('zones')
        with listing.open('r', encoding='utf-8') as stream:
            return {line.strip() for line in stream if line.strip()}
    except Exception:
        return set()


def available_timezones():
    """Collect every key that resolves to a TZif file on TZPATH.

    Every candidate file is opened to check its header, so this can be slow.
    """
    keys = _keys_from_tzdata_package()
    # Top-level entries that are aliases or alternative trees, not keys.
    skipped_at_top = {'posixrules', 'right', 'posix'}
    for directory in TZPATH:
        for here, subdirs, files in os.walk(directory):
            at_top = here == directory
            if at_top:
                subdirs[:] = [d for d in subdirs if d not in skipped_at_top]
            for name in files:
                if at_top and name in skipped_at_top:
                    continue
                full = os.path.join(here, name)
                if not _looks_like_tzif(full):
                    continue
                relative = os.path.relpath(full, directory)
                if os.sep != '/':
                    relative = relative.replace(os.sep, '/')
                keys.add(relative)
    return keys


TZPATH = ()
reset_tzpath()
