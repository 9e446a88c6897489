"""IANA time zone support (pure-Python implementation)."""

__all__ = [
    "ZoneInfo",
    "reset_tzpath",
    "available_timezones",
    "TZPATH",
    "ZoneInfoNotFoundError",
    "InvalidTZPathWarning",
]

from . import _tzpath
from ._common import ZoneInfoNotFoundError
from ._zoneinfo import ZoneInfo

del _zoneinfo  # keep the package namespace like CPython's

reset_tzpath = _tzpath.reset_tzpath
available_timezones = _tzpath.available_timezones
InvalidTZPathWarning = _tzpath.InvalidTZPathWarning


def __getattr__(name):
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError(f"module 'zoneinfo' has no attribute '{name}'")


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
