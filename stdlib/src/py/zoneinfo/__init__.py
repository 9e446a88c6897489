"""IANA time zone support (PEP 615): the ZoneInfo class and the search path."""

__all__ = [
    "ZoneInfo",
    "reset_tzpath",
    "available_timezones",
    "TZPATH",
    "ZoneInfoNotFoundError",
    "InvalidTZPathWarning",
]

from . import _common, _tzpath
from ._common import ZoneInfoNotFoundError
from ._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath
from ._zoneinfo import ZoneInfo

# The implementation submodule is an internal detail; keep the package
# namespace to the public names plus the two helper modules.
globals().pop("_zoneinfo", None)


def __getattr__(name):
    # reset_tzpath() rebinds the search path inside _tzpath, so read it
    # from there on every access rather than caching a copy here.
    if name != "TZPATH":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _tzpath.TZPATH


def __dir__():
    return sorted([*globals(), "TZPATH"])
