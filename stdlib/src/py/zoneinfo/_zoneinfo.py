"""Pure-Python implementation of zoneinfo.ZoneInfo."""

import bisect
import weakref
from datetime import date, datetime, timedelta, tzinfo

from . import _common, _tzpath

_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()
_ONE_HOUR = 3600


def _ts_of(dt):
    """Seconds since the epoch of the naive wall-clock fields of dt."""
    return ((dt.toordinal() - _EPOCH_ORD) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


class _TTInfo:
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        if not isinstance(other, _TTInfo):
            return NotImplemented
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff
                and self.tzname == other.tzname)

    def __hash__(self):
        return hash((self.utcoff, self.dstoff, self.tzname))


def _make_tti(utcoff_s, dstoff_s, name):
    return _TTInfo(timedelta(seconds=utcoff_s), timedelta(seconds=dstoff_s), name)


# ---------------------------------------------------------------------------
# POSIX TZ string support

_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ord_jan1(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + 1


class _MonthWeekRule:
    __slots__ = ("month", "week", "day", "time")

    def __init__(self, month, week, day, time):
        self.month, self.week, self.day, self.time = month, week, day, time

    def ordinal(self, year):
        first = _ord_jan1(year) + _DAYS_BEFORE_MONTH[self.month]
        if self.month > 2 and _is_leap(year):
            first += 1
        # POSIX weekday: 0 = Sunday; ordinal 1 (0001-01-01) is a Monday.
        first_wd = first % 7
        mday = 1 + (self.day - first_wd) % 7 + (self.week - 1) * 7
        mlen = _DAYS_IN_MONTH[self.month]
        if self.month == 2 and _is_leap(year):
            mlen += 1
        while mday > mlen:
            mday -= 7
        return first + mday - 1


class _JulianRule:
    __slots__ = ("n", "time")

    def __init__(self, n, time):
        self.n, self.time = n, time

    def ordinal(self, year):
        n = self.n
        # Matches CPython: the leap-day shift applies from J59 on.
        if n >= 59 and _is_leap(year):
            n += 1
        return _ord_jan1(year) + n - 1


class _DayRule:
    __slots__ = ("n", "time")

    def __init__(self, n, time):
        self.n, self.time = n, time

    def ordinal(self, year):
        # Matches CPython, which treats the plain-day form as 1-based.
        return _ord_jan1(year) + self.n - 1


def _rule_ts(rule, year):
    return (rule.ordinal(year) - _EPOCH_ORD) * 86400 + rule.time


class _TZStr:
    __slots__ = ("std", "dst", "std_off", "dst_off", "start", "end")

    def __init__(self, std_name, std_off, dst_name, dst_off, start, end):
        self.std_off = std_off
        self.dst_off = dst_off
        self.std = _make_tti(std_off, 0, std_name)
        self.dst = _make_tti(dst_off, dst_off - std_off, dst_name)
        self.start = start
        self.end = end

    def _bounds_utc(self, year):
        s = _rule_ts(self.start, year) - self.std_off
        e = _rule_ts(self.end, year) - self.dst_off
        return s, e

    def _isdst_utc(self, ts, s, e):
        if s < e:
            return s <= ts < e
        return not (e <= ts < s)

    def get_trans_info(self, ts, year, fold):
        s, e = self._bounds_utc(year)
        if fold:
            delta = min(self.std_off, self.dst_off)
        else:
            delta = max(self.std_off, self.dst_off)
        return self.dst if self._isdst_utc(ts, s + delta, e + delta) else self.std

    def fromutc_info(self, ts, year):
        s, e = self._bounds_utc(year)
        isdst = self._isdst_utc(ts, s, e)
        diff = self.dst_off - self.std_off
        fold = 0
        if isdst:
            if diff < 0 and s <= ts < s - diff:
                fold = 1
            return self.dst, fold
        if diff > 0 and e <= ts < e + diff:
            fold = 1
        return self.std, fold


class _TZStrParser:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def peek(self):
        return self.s[self.i:self.i + 1]

    def digits(self, lo, hi):
        j = self.i
        while j < len(self.s) and j - self.i < hi and 48 <= self.s[j] <= 57:
            j += 1
        if j - self.i < lo:
            return None
        v = int(self.s[self.i:j])
        self.i = j
        return v

    def name(self):
        s = self.s
        if self.peek() == b"<":
            j = s.find(b">", self.i + 1)
            if j < 0:
                return None
            body = s[self.i + 1:j]
            if not body or not all(
                    (65 <= c <= 90) or (97 <= c <= 122) or (48 <= c <= 57)
                    or c in (43, 45) for c in body):
                return None
            self.i = j + 1
            return body.decode()
        j = self.i
        while j < len(s) and ((65 <= s[j] <= 90) or (97 <= s[j] <= 122)):
            j += 1
        if j == self.i:
            return None
        v = s[self.i:j].decode()
        self.i = j
        return v

    def hms(self, maxh, hdigits):
        """Parse [+-]hh[:mm[:ss]] and return signed seconds, or None."""
        start = self.i
        sign = 1
        c = self.peek()
        if c in (b"+", b"-"):
            if c == b"-":
                sign = -1
            self.i += 1
        h = self.digits(1, hdigits)
        if h is None or h > maxh:
            self.i = start
            return None
        m = sec = 0
        if self.peek() == b":":
            self.i += 1
            m = self.digits(2, 2)
            if m is None:
                self.i = start
                return None
            if self.peek() == b":":
                self.i += 1
                sec = self.digits(2, 2)
                if sec is None:
                    self.i = start
                    return None
        return sign * (h * 3600 + m * 60 + sec)

    def rule(self):
        c = self.peek()
        if c == b"M":
            self.i += 1
            m = self.digits(1, 2)
            if m is None or not 1 <= m <= 12 or self.peek() != b".":
                return None
            self.i += 1
            w = self.digits(1, 1)
            if w is None or not 1 <= w <= 5 or self.peek() != b".":
                return None
            self.i += 1
            d = self.digits(1, 1)
            if d is None or not 0 <= d <= 6:
                return None
            r = _MonthWeekRule(m, w, d, 7200)
        elif c == b"J":
            self.i += 1
            n = self.digits(1, 3)
            if n is None or not 1 <= n <= 365:
                return None
            r = _JulianRule(n, 7200)
        else:
            n = self.digits(1, 3)
            if n is None or not 0 <= n <= 365:
                return None
            r = _DayRule(n, 7200)
        if self.peek() == b"/":
            self.i += 1
            t = self.hms(167, 3)
            if t is None:
                return None
            r.time = t
        return r


def _check_offset(secs):
    if not -86400 < secs < 86400:
        raise ValueError(
            "offset must be a timedelta strictly between "
            "-timedelta(hours=24) and timedelta(hours=24)."
        )


def _parse_tz_str(tz_str):
    """Parse a POSIX TZ string (bytes) into a _TTInfo or a _TZStr."""
    p = _TZStrParser(tz_str)
    std_name = p.name()
    if std_name is None:
        raise ValueError(f"Invalid STD format in {tz_str!r}")
    std = p.hms(24, 2)
    if std is None:
        raise ValueError(f"Invalid STD offset in {tz_str!r}")
    std_off = -std
    if p.i >= len(tz_str):
        return _make_tti(std_off, 0, std_name)
    dst_name = p.name()
    if dst_name is None:
        raise ValueError(f"Invalid DST format in {tz_str!r}")
    if p.peek() == b",":
        dst_off = std_off + _ONE_HOUR
    else:
        dst = p.hms(24, 2)
        if dst is None:
            raise ValueError(f"Invalid DST offset in {tz_str!r}")
        dst_off = -dst
    if p.peek() != b",":
        raise ValueError(f"Missing transition rules in TZ string: {tz_str!r}")
    p.i += 1
    start = p.rule()
    if start is None:
        raise ValueError(f"Malformed transition rule in TZ string: {tz_str!r}")
    if p.peek() != b",":
        if p.i >= len(tz_str):
            raise ValueError(
                f"Missing transition rules in TZ string: {tz_str!r}")
        raise ValueError(f"Malformed transition rule in TZ string: {tz_str!r}")
    p.i += 1
    end = p.rule()
    if end is None:
        raise ValueError(f"Malformed transition rule in TZ string: {tz_str!r}")
    if p.i != len(tz_str):
        raise ValueError(
            f"Extraneous characters at end of TZ string: {tz_str!r}")
    return _TZStr(std_name, std_off, dst_name, dst_off, start, end)


# ---------------------------------------------------------------------------


def _compute_dstoffs(trans_idx, utcoffs, isdsts):
    typecnt = len(isdsts)
    dstoffs = [0] * typecnt
    n = len(trans_idx)
    for i in range(1, n):
        idx = trans_idx[i]
        if not isdsts[idx] or dstoffs[idx]:
            continue
        d = 0
        prev = trans_idx[i - 1]
        if not isdsts[prev]:
            d = utcoffs[idx] - utcoffs[prev]
        if not d and idx < typecnt - 1 and i + 1 < n:
            nxt = trans_idx[i + 1]
            if not isdsts[nxt]:
                d = utcoffs[idx] - utcoffs[nxt]
        if d:
            dstoffs[idx] = d
    for idx in range(typecnt):
        if isdsts[idx] and not dstoffs[idx]:
            dstoffs[idx] = _ONE_HOUR
    return dstoffs


class _ReadOnlyKey:
    """Descriptor exposing the read-only `key` attribute."""

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._key

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


class ZoneInfo(tzinfo):
    """An IANA time zone backed by TZif data."""

    __module__ = "zoneinfo"

    __slots__ = ("_key", "_file_repr", "_from_cache", "_trans_utc",
                 "_trans_wall", "_ttinfos", "_tti_before", "_tz_after",
                 "_fixed", "__weakref__")

    key = _ReadOnlyKey()

    _strong_cache_size = 8

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._weak_cache = weakref.WeakValueDictionary()
        cls._strong_cache = {}

    def __new__(cls, *args, **kwargs):
        n = len(args) + len(kwargs)
        if len(args) > 1 or (args and kwargs):
            raise TypeError(f"function takes at most 1 argument ({n} given)")
        if len(kwargs) > 1:
            raise TypeError(
                f"function takes at most 1 keyword argument ({n} given)")
        if args:
            key = args[0]
        elif "key" in kwargs:
            key = kwargs["key"]
        else:
            raise TypeError("function missing required argument 'key' (pos 1)")
        instance = cls._weak_cache.get(key, None)
        if instance is None:
            instance = cls._weak_cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        strong = cls._strong_cache
        strong.pop(key, None)
        strong[key] = instance
        while len(strong) > cls._strong_cache_size:
            del strong[next(iter(strong))]
        return instance

    @classmethod
    def no_cache(cls, key):
        """Construct a new instance, bypassing the cache."""
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = object.__new__(cls)
        obj._key = key
        obj._file_repr = None
        obj._from_cache = False
        fobj = _load_tzfile(key)
        try:
            obj._load(fobj)
        finally:
            fobj.close()
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """Construct an instance from a TZif file object."""
        obj = object.__new__(cls)
        obj._key = key
        obj._file_repr = repr(fobj)
        obj._from_cache = False
        obj._load(fobj)
        return obj

    @classmethod
    def clear_cache(cls, *args, only_keys=None):
        """Clear the cache, or only the given keys."""
        if args:
            raise TypeError("clear_cache() takes no positional arguments")
        if only_keys is not None:
            for k in only_keys:
                cls._weak_cache.pop(k, None)
                cls._strong_cache.pop(k, None)
        else:
            cls._weak_cache.clear()
            cls._strong_cache.clear()

    # -- loading ----------------------------------------------------------

    def _load(self, fobj):
        trans, idxs, utcoffs, isdsts, abbrs, footer = _common.load_data(fobj)
        dstoffs = _compute_dstoffs(idxs, utcoffs, isdsts)
        types = [_make_tti(utcoffs[i], dstoffs[i], abbrs[i])
                 for i in range(len(utcoffs))]

        before = None
        for i, d in enumerate(isdsts):
            if not d:
                before = types[i]
                break
        if before is None:
            before = types[0] if types else None
        self._tti_before = before

        ttinfos = [types[i] for i in idxs]
        self._ttinfos = ttinfos
        self._trans_utc = trans

        wall0 = []
        wall1 = []
        prev = (before.utcoff.days * 86400 + before.utcoff.seconds
                if before is not None else 0)
        for t, i in zip(trans, idxs):
            cur = utcoffs[i]
            hi = prev if prev > cur else cur
            lo = cur if prev > cur else prev
            wall0.append(t + hi)
            wall1.append(t + lo)
            prev = cur
        self._trans_wall = (wall0, wall1)

        tz_after = None
        if footer:
            tz_after = _parse_tz_str(footer)
        if tz_after is None:
            if ttinfos:
                tz_after = ttinfos[-1]
            else:
                tz_after = before
        self._tz_after = tz_after
        self._fixed = (not trans) and isinstance(tz_after, _TTInfo)

    # -- lookups ----------------------------------------------------------

    def _find(self, dt):
        ts = _ts_of(dt)
        fold = dt.fold
        lt = self._trans_wall[fold]
        if lt and ts < lt[0]:
            return self._tti_before
        if not lt or ts > lt[-1]:
            after = self._tz_after
            if isinstance(after, _TZStr):
                return after.get_trans_info(ts, dt.year, fold)
            return after
        return self._ttinfos[bisect.bisect_right(lt, ts) - 1]

    def utcoffset(self, dt):
        if dt is None:
            return self._tz_after.utcoff if self._fixed else None
        return self._find(dt).utcoff

    def dst(self, dt):
        if dt is None:
            return self._tz_after.dstoff if self._fixed else None
        return self._find(dt).dstoff

    def tzname(self, dt):
        if dt is None:
            return self._tz_after.tzname if self._fixed else None
        return self._find(dt).tzname

    def fromutc(self, dt):
        """Convert a UTC datetime (with tzinfo=self) to local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        if self._fixed:
            return dt + self._tz_after.utcoff
        ts = _ts_of(dt)
        trans = self._trans_utc
        idx = bisect.bisect_right(trans, ts)
        fold = 0
        if trans and idx == 0:
            tti = self._tti_before
        elif idx == len(trans) and isinstance(self._tz_after, _TZStr):
            tti, fold = self._tz_after.fromutc_info(ts, dt.year)
        else:
            if idx == len(trans):
                tti = self._tz_after
            else:
                tti = self._ttinfos[idx - 1]
            prev = (self._ttinfos[idx - 2] if idx >= 2 else self._tti_before)
            shift = prev.utcoff - self._ttinfos[idx - 1].utcoff
            if shift > timedelta(0) and \
                    ts - trans[idx - 1] < shift.days * 86400 + shift.seconds:
                fold = 1
        result = dt + tti.utcoff
        if fold:
            result = result.replace(fold=1)
        return result

    # -- representation / pickling ---------------------------------------

    def _type_name(self):
        cls = type(self)
        if cls is ZoneInfo:
            return "zoneinfo.ZoneInfo"
        return cls.__name__

    def __repr__(self):
        if self._key is not None:
            return f"{self._type_name()}(key={self._key!r})"
        return f"{self._type_name()}.from_file({self._file_repr})"

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError(
                "Cannot pickle a ZoneInfo file from a file stream.")
        return (self.__class__._unpickle, (self._key, int(self._from_cache)))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


ZoneInfo._weak_cache = weakref.WeakValueDictionary()
ZoneInfo._strong_cache = {}


def _load_tzfile(key):
    path = _tzpath.find_tzfile(key)
    if path is not None:
        return open(path, "rb")
    components = key.split("/")
    package = ".".join(["tzdata.zoneinfo"] + components[:-1])
    resource = components[-1]
    try:
        from importlib import resources
        return resources.files(package).joinpath(resource).open("rb")
    except (ImportError, FileNotFoundError, UnicodeEncodeError,
            IsADirectoryError, NotADirectoryError, ValueError):
        raise _common.ZoneInfoNotFoundError(
            f"No time zone found with key {key}")
