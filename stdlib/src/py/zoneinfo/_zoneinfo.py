"""The ZoneInfo tzinfo: IANA zone data from TZif files, with per-class instance caches.

A zone is kept as a list of "periods" (offset, DST amount, abbreviation), the UTC instants
at which each period starts, and, for local-time lookups, the same instants shifted into
wall-clock seconds once for fold=0 and once for fold=1.  Past the last instant in the file
the POSIX TZ rule from the file's footer (if any) takes over.
"""

import bisect
import collections
import weakref
from datetime import datetime, timedelta, tzinfo

from . import _common, _tzpath

_UNIX_DAY_ZERO = datetime(1970, 1, 1).toordinal()
_DAY = 86400
_STRONG_SLOTS = 8


def _seconds_of(dt):
    """Naive fields of `dt` as whole seconds since 1970-01-01T00:00."""
    return ((dt.toordinal() - _UNIX_DAY_ZERO) * _DAY
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


class _Period:
    """One kind of local time: UTC offset, DST amount and abbreviation."""

    __slots__ = ('offset', 'shift', 'name', 'seconds')

    def __init__(self, seconds, dst_seconds, name):
        self.seconds = seconds
        self.offset = timedelta(seconds=seconds)
        self.shift = timedelta(seconds=dst_seconds)
        self.name = name


# ---------------------------------------------------------------- POSIX TZ rules

def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


class _RuleText:
    """Cursor over a POSIX TZ string."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def done(self):
        return self.at >= len(self.text)

    def peek(self):
        return self.text[self.at:self.at + 1]

    def take(self, ch):
        if self.peek() == ch:
            self.at += 1
            return True
        return False

    def name(self):
        if self.take('<'):
            end = self.text.index('>', self.at)
            word, self.at = self.text[self.at:end], end + 1
            return word
        start = self.at
        while self.peek().isalpha():
            self.at += 1
        if self.at == start:
            raise ValueError(f'Invalid TZ string: {self.text!r}')
        return self.text[start:self.at]

    def digits(self):
        start = self.at
        while self.peek().isdigit():
            self.at += 1
        if start == self.at:
            raise ValueError(f'Invalid TZ string: {self.text!r}')
        return int(self.text[start:self.at])

    def clock(self):
        """[+-]h[h][:mm[:ss]] as signed seconds."""
        sign = -1 if self.peek() == '-' else 1
        if self.peek() in ('+', '-'):
            self.at += 1
        total = self.digits() * 3600
        for scale in (60, 1):
            if not self.take(':'):
                break
            total += self.digits() * scale
        return sign * total

    def day_rule(self):
        if self.take('M'):
            month = self.digits()
            self.take('.')
            week = self.digits()
            self.take('.')
            return ('M', month, week, self.digits())
        if self.take('J'):
            return ('J', self.digits())
        return ('N', self.digits())


def _rule_day_start(year, rule):
    """Seconds since the epoch (local midnight) of the day a rule names in `year`."""
    jan1 = datetime(year, 1, 1).toordinal()
    kind = rule[0]
    if kind == 'J':
        n = rule[1]
        ordinal = jan1 + n - 1 + (1 if _leap(year) and n >= 60 else 0)
    elif kind == 'N':
        ordinal = jan1 + rule[1]
    else:
        _, month, week, weekday = rule
        first = datetime(year, month, 1).toordinal()
        # weekday: 0 is Sunday; ordinal 1 (0001-01-01) was a Monday.
        first_match = first + (weekday - first % 7) % 7
        ordinal = first_match + (week - 1) * 7
        following = datetime(year + 1, 1, 1) if month == 12 else datetime(year, month + 1, 1)
        while ordinal >= following.toordinal():
            ordinal -= 7
    return (ordinal - _UNIX_DAY_ZERO) * _DAY


class _PosixRule:
    """Standard/daylight periods described by a POSIX TZ string."""

    def __init__(self, raw):
        text = raw.decode()
        cursor = _RuleText(text)
        std_name = cursor.name()
        std = -cursor.clock()
        self.std = _Period(std, 0, std_name)
        self.dst = None
        if cursor.done():
            return
        dst_name = cursor.name()
        dst = std + 3600
        if not cursor.done() and cursor.peek() != ',':
            dst = -cursor.clock()
        self.dst = _Period(dst, dst - std, dst_name)
        if cursor.done():
            raise ValueError(f'Invalid DST offset in {raw!r}')
        edges = []
        for _ in range(2):
            if not cursor.take(','):
                raise ValueError(f'Invalid TZ string: {text!r}')
            day = cursor.day_rule()
            when = cursor.clock() if cursor.take('/') else 7200
            edges.append((day, when))
        if not cursor.done():
            raise ValueError(f'Invalid TZ string: {text!r}')
        self.begin, self.finish = edges

    def _instants(self, year):
        """UTC seconds at which DST starts and ends in `year`."""
        (day, when), (day2, when2) = self.begin, self.finish
        starts = _rule_day_start(year, day) + when - self.std.seconds
        ends = _rule_day_start(year, day2) + when2 - self.dst.seconds
        return starts, ends

    def _in_summer(self, value, starts, ends):
        if starts < ends:
            return starts <= value < ends
        return not (ends <= value < starts)

    def for_wall(self, wall, fold):
        if self.dst is None:
            return self.std
        year = datetime.fromordinal(wall // _DAY + _UNIX_DAY_ZERO).year
        starts, ends = self._instants(year)
        pick = min if fold else max
        widen = pick(self.std.seconds, self.dst.seconds)
        summer = self._in_summer(wall, starts + widen, ends + widen)
        return self.dst if summer else self.std

    def for_utc(self, instant):
        """(period, fold) for a UTC instant."""
        if self.dst is None:
            return self.std, 0
        year = datetime.fromordinal((instant + self.std.seconds) // _DAY + _UNIX_DAY_ZERO).year
        starts, ends = self._instants(year)
        summer = self._in_summer(instant, starts, ends)
        gained = self.dst.seconds - self.std.seconds
        if summer:
            repeat = starts <= instant < starts - gained
        else:
            repeat = ends <= instant < ends + gained
        return (self.dst if summer else self.std), int(repeat)


# ---------------------------------------------------------------- the tzinfo

def _dst_amounts(offsets, flags, sequence):
    """DST amount for each type: its offset minus a nearby standard type's offset."""
    amounts = [0] * len(offsets)
    for pos, kind in enumerate(sequence):
        if not flags[kind] or amounts[kind]:
            continue
        neighbours = sequence[pos - 1:pos] if pos else ()
        neighbours = list(neighbours) + list(sequence[pos + 1:pos + 2])
        for other in neighbours:
            if not flags[other]:
                amounts[kind] = offsets[kind] - offsets[other]
                break
    for kind, flag in enumerate(flags):
        if flag and not amounts[kind]:
            amounts[kind] = 3600
    return amounts


class ZoneInfo(tzinfo):
    """A time zone from the IANA database, looked up by key."""

    __module__ = 'zoneinfo'

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._live = weakref.WeakValueDictionary()
        cls._recent = collections.OrderedDict()

    def __new__(cls, key):
        zone = cls._live.get(key)
        if zone is None:
            zone = cls._live.setdefault(key, cls._fresh(key))
        recent = cls._recent
        recent[key] = zone
        recent.move_to_end(key)
        while len(recent) > _STRONG_SLOTS:
            recent.popitem(last=False)
        return zone

    @classmethod
    def no_cache(cls, key):
        zone = cls._fresh(key)
        zone._cached = False
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = object.__new__(cls)
        zone._absorb(fobj)
        zone._key = key
        zone._stream_repr = repr(fobj)
        zone._cached = None
        return zone

    @classmethod
    def clear_cache(cls, *args, only_keys=None):
        if args:
            raise TypeError('clear_cache() takes no positional arguments')
        if only_keys is None:
            cls._live.clear()
            cls._recent.clear()
            return
        for key in only_keys:
            cls._live.pop(key, None)
            cls._recent.pop(key, None)

    @classmethod
    def _fresh(cls, key):
        zone = object.__new__(cls)
        path = _tzpath.find_tzfile(key)
        if path is not None:
            with open(path, 'rb') as handle:
                zone._absorb(handle)
        else:
            handle = cls._packaged(key)
            if handle is None:
                raise _common.ZoneInfoNotFoundError(f'No time zone found with key {key}')
            with handle:
                zone._absorb(handle)
        zone._key = key
        zone._stream_repr = None
        zone._cached = True
        return zone

    @staticmethod
    def _packaged(key):
        """An open TZif stream from the optional 'tzdata' package, or None."""
        try:
            from importlib import resources
            package, _, leaf = ('tzdata.zoneinfo.' + key.replace('/', '.')).rpartition('.')
            return resources.files(package).joinpath(leaf).open('rb')
        except Exception:
            return None

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)

    def _absorb(self, stream):
        moments, kinds, offsets, flags, names, footer = _common.load_data(stream)
        amounts = _dst_amounts(offsets, flags, kinds)
        catalogue = [_Period(offsets[k], amounts[k], names[k]) for k in range(len(offsets))]
        self._moments = list(moments)
        self._periods = [catalogue[k] for k in kinds]
        # Before the first transition: the first standard-time type, else type 0.
        standard = [period for period, flag in zip(catalogue, flags) if not flag]
        self._opening = (standard or catalogue or [None])[0]
        self._rule = _PosixRule(footer) if footer else None
        if self._opening is None:
            self._opening = self._rule.std
        early, late = [], []
        before = self._opening
        for moment, period in zip(self._moments, self._periods):
            low, high = sorted((before.seconds, period.seconds))
            early.append(moment + high)
            late.append(moment + low)
            before = period
        self._wall_edges = (early, late)
        everything = [self._opening] + self._periods
        self._fixed = None
        if self._rule is None or self._rule.dst is None:
            if self._rule is not None:
                everything.append(self._rule.std)
            if len({(p.seconds, p.shift, p.name) for p in everything}) == 1:
                self._fixed = everything[0]

    @property
    def key(self):
        return self._key

    def _period_at(self, dt):
        if dt is None:
            return self._fixed
        wall = _seconds_of(dt)
        edges = self._wall_edges[1 if dt.fold else 0]
        if self._rule is not None and (not edges or wall >= edges[-1]):
            return self._rule.for_wall(wall, dt.fold)
        slot = bisect.bisect_right(edges, wall) - 1
        return self._opening if slot < 0 else self._periods[slot]

    def utcoffset(self, dt):
        period = self._period_at(dt)
        return None if period is None else period.offset

    def dst(self, dt):
        period = self._period_at(dt)
        return None if period is None else period.shift

    def tzname(self, dt):
        period = self._period_at(dt)
        return None if period is None else period.name

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        instant = _seconds_of(dt)
        moments = self._moments
        if self._rule is not None and (not moments or instant >= moments[-1]):
            period, fold = self._rule.for_utc(instant)
        else:
            slot = bisect.bisect_right(moments, instant) - 1
            if slot < 0:
                period, fold = self._opening, 0
            else:
                period = self._periods[slot]
                earlier = self._periods[slot - 1] if slot else self._opening
                overlap = earlier.seconds - period.seconds
                fold = int(instant - moments[slot] < overlap)
        shifted = dt + period.offset
        return shifted.replace(fold=1) if fold else shifted

    def __str__(self):
        return repr(self) if self._key is None else str(self._key)

    def __repr__(self):
        kind = f'{type(self).__module__}.{type(self).__qualname__}'
        if self._key is not None:
            return f'{kind}(key={self._key!r})'
        return f'{kind}.from_file({self._stream_repr})'

    def __reduce__(self):
        if self._cached is None:
            import pickle
            raise pickle.PicklingError('Cannot pickle a ZoneInfo file from a file stream.')
        return (type(self)._unpickle, (self._key, int(self._cached)))


ZoneInfo._live = weakref.WeakValueDictionary()
ZoneInfo._recent = collections.OrderedDict()
