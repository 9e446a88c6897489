"""Management of the time zone search path (TZPATH)."""

import os

_DEFAULT_TZPATH = (
    "/usr/share/zoneinfo",
    "/usr/lib/zoneinfo",
    "/usr/share/lib/zoneinfo",
    "/etc/zoneinfo",
)


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised when PYTHONTZPATH holds an invalid path."""


def _get_invalid_paths_message(tzpaths):
    bad = (p for p in tzpaths if not os.path.isabs(p))
    prefix = "\n    "
    joined = prefix.join(bad)
    return (
        "Paths should be absolute but found the following relative paths:"
        + prefix + joined
    )


def _parse_python_tzpath(env_var):
    if not env_var:
        return ()
    parts = env_var.split(os.pathsep)
    good = tuple(p for p in parts if os.path.isabs(p))
    if len(good) != len(parts):
        import warnings
        msg = _get_invalid_paths_message(parts)
        warnings.warn(
            "Invalid paths specified in PYTHONTZPATH environment variable. "
            + msg,
            InvalidTZPathWarning,
        )
    return good


def reset_tzpath(to=None):
    """Reset the global TZPATH to `to`, or to the environment/default value."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(
                f"tzpaths must be a list or tuple, not {type(to)}: {to!r}"
            )
        if not all(map(os.path.isabs, to)):
            raise ValueError(_get_invalid_paths_message(to))
        base = to
    else:
        env = os.environ.get("PYTHONTZPATH", None)
        if env is not None:
            base = _parse_python_tzpath(env)
        else:
            base = _DEFAULT_TZPATH
    TZPATH = tuple(base)


def find_tzfile(key):
    """Return the path of the TZif file for key on TZPATH, or None."""
    _validate_tzfile_path(key)
    for search_path in TZPATH:
        filepath = os.path.join(search_path, key)
        if os.path.isfile(filepath):
            return filepath
    return None


_BASE = os.path.normpath(os.path.join("_", "_"))[:-1]


def _validate_tzfile_path(path, _base=_BASE):
    if os.path.isabs(path):
        raise ValueError(
            f"ZoneInfo keys may not be absolute paths, got: {path}"
        )
    normed = os.path.normpath(path)
    if len(normed) != len(path):
        raise ValueError(
            f"ZoneInfo keys must be normalized relative paths, got: {path}"
        )
    resolved = os.path.normpath(os.path.join(_base, normed))
    if not resolved.startswith(_base):
        raise ValueError(
            f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {path}"
        )


del _BASE


def available_timezones():
    """Return a set of all the valid time zone keys available."""
    valid = set()
    try:
        from importlib import resources
        with resources.files("tzdata").joinpath("zones").open("r") as f:
            for line in f:
                line = line.strip()
                if line:
                    valid.add(line)
    except (ImportError, FileNotFoundError, AttributeError):
        pass

    def is_tzif(path):
        try:
            with open(path, "rb") as f:
                return f.read(4) == b"TZif"
        except Exception:
            return False

    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                if "right" in dirnames:
                    dirnames.remove("right")
                if "posix" in dirnames:
                    dirnames.remove("posix")
            for name in filenames:
                fpath = os.path.join(dirpath, name)
                key = os.path.relpath(fpath, start=root)
                if os.sep != "/":
                    key = key.replace(os.sep, "/")
                if not key or key in valid:
                    continue
                if is_tzif(fpath):
                    valid.add(key)
    valid.discard("posixrules")
    return valid


TZPATH = ()
reset_tzpath()
