"""Clocks, sleeping and calendar time (CPython's time module, written for pyrs).

The clocks and `sleep` are `_time` (WASI's clocks). WASI has no time zones: local time is
UTC, as in CPython built for WASI. The calendar arithmetic is here (proleptic Gregorian,
days counted from 1970-01-01).
"""

from _time import (monotonic, monotonic_ns, perf_counter, perf_counter_ns, process_time,
                   process_time_ns, sleep, time, time_ns)
from os import _structseq

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAY = 86400
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
# Days before each month in a common year.
_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


@_structseq
class struct_time:
    """A date and time of day as nine fields (and tm_zone, tm_gmtoff by name)."""

    _seq_name = 'time.struct_time'
    _seq_fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
                   'tm_yday', 'tm_isdst')
    _seq_extra = ('tm_zone', 'tm_gmtoff')
    _seq_min = 9
    n_unnamed_fields = 0


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_from_civil(year, month, day):
    # Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(days):
    # (year, month, day) of a day count since 1970-01-01.
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


def _seconds(secs):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')) or abs(secs) > 6.7e16:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs // 1)
    if not isinstance(secs, int):
        try:
            secs = secs.__index__()
        except AttributeError:
            raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an "
                            'integer') from None
    if abs(secs) > 67768036191676799:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs


def _broken_down(secs, zone):
    days, rest = divmod(secs, _DAY)
    year, month, day = _civil_from_days(days)
    yday = _BEFORE[month - 1] + day + (month > 2 and _leap(year))
    wday = (days + 3) % 7
    return struct_time((year, month, day, rest // 3600, rest // 60 % 60, rest % 60, wday,
                        yday, 0, zone, 0))


def gmtime(secs=None):
    """The UTC date and time of a timestamp (default: now)."""
    return _broken_down(_seconds(secs), 'GMT')


def localtime(secs=None):
    """The local date and time of a timestamp: UTC on WASI."""
    return _broken_down(_seconds(secs), 'UTC')


def _fields(t, name):
    if isinstance(t, struct_time):
        values = tuple(t)
    else:
        if not isinstance(t, tuple):
            raise TypeError('Tuple or struct_time argument required')
        if len(t) != 9:
            raise TypeError(f'{name}(): illegal time tuple argument')
        values = t
    for v in values:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return values


def mktime(t):
    """Seconds since the epoch of a local time tuple (local time is UTC)."""
    year, month, day, hour, minute, second = _fields(t, 'mktime')[:6]
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _days_from_civil(year, month, 1) + day - 1
    return float(days * _DAY + hour * 3600 + minute * 60 + second)


def _checked(t, name):
    values = list(_fields(t, name))
    year, month, day, hour, minute, second, wday, yday, isdst = values
    if month == 0:
        values[1] = month = 1
    if not 1 <= month <= 12:
        raise ValueError('month out of range')
    if day == 0:
        values[2] = 1
    elif not 1 <= day <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= second <= 61:
        raise ValueError('seconds out of range')
    values[6] = wday % 7
    if yday == 0:
        values[7] = 1
    elif not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    if isdst < -1:
        values[8] = -1
    elif isdst > 1:
        values[8] = 1
    return values


def asctime(t=None):
    """`'Thu Jan  1 00:00:00 1970'` for a time tuple (default: local time now)."""
    if t is None:
        t = localtime()
    year, month, day, hour, minute, second, wday = _checked(t, 'asctime')[:7]
    return (f'{_DAYS[wday]} {_MONTHS[month - 1]} {day:2d} {hour:02d}:{minute:02d}:'
            f'{second:02d} {year}')


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def _week_number(yday, wday, first):
    # Weeks of the year starting on `first` (0: Monday), days before the first one in week 0.
    return (yday - 1 + 7 - (wday - first) % 7) // 7


def _iso(year, yday, wday):
    # (ISO year, ISO week) of a date.
    week = (yday - 1 - wday + 10) // 7
    if week < 1:
        year -= 1
        days = 366 if _leap(year) else 365
        week = (yday + days - 1 - wday + 10) // 7
    elif week == 53 and (yday - 1 - wday + 10 - (366 if _leap(year) else 365)) // 7 >= 1:
        year += 1
        week = 1
    return year, week


def strftime(format, t=None):
    """The time tuple written by `format`'s % directives (C locale)."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    zone = 'UTC'
    if t is None:
        t = localtime()
    if isinstance(t, struct_time) and t.tm_zone is not None:
        zone = t.tm_zone
    year, month, day, hour, minute, second, wday, yday, isdst = _checked(t, 'strftime')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        # glibc's extensions: flags (_ - 0 ^ #), a field width, the E and O modifiers.
        directive = i
        j = i + 1
        while j < n and format[j] in '_-0^#':
            j += 1
        flags = format[i + 1:j]
        start = j
        while j < n and format[j].isdigit():
            j += 1
        width = int(format[start:j]) if j > start else None
        if j < n and format[j] in 'EO':
            j += 1
        if j == n:
            out.append(format[i:])
            break
        d = format[j]
        i = j + 1
        mark = len(out) if flags or width is not None else None
        hour12 = (hour + 11) % 12 + 1
        if d == 'a':
            out.append(_DAYS[wday])
        elif d == 'A':
            out.append(_DAY_NAMES[wday])
        elif d in 'bh':
            out.append(_MONTHS[month - 1])
        elif d == 'B':
            out.append(_MONTH_NAMES[month - 1])
        elif d == 'c':
            out.append(f'{_DAYS[wday]} {_MONTHS[month - 1]} {day:2d} {hour:02d}:{minute:02d}:'
                       f'{second:02d} {year}')
        elif d == 'C':
            out.append(f'{year // 100:02d}')
        elif d == 'd':
            out.append(f'{day:02d}')
        elif d == 'D' or d == 'x':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif d == 'e':
            out.append(f'{day:2d}')
        elif d == 'F':
            out.append(f'{year}-{month:02d}-{day:02d}')
        elif d in 'gG':
            iso_year = _iso(year, yday, wday)[0]
            out.append(f'{iso_year % 100:02d}' if d == 'g' else str(iso_year))
        elif d == 'H':
            out.append(f'{hour:02d}')
        elif d == 'I':
            out.append(f'{hour12:02d}')
        elif d == 'j':
            out.append(f'{yday:03d}')
        elif d == 'k':
            out.append(f'{hour:2d}')
        elif d == 'l':
            out.append(f'{hour12:2d}')
        elif d == 'm':
            out.append(f'{month:02d}')
        elif d == 'M':
            out.append(f'{minute:02d}')
        elif d == 'n':
            out.append('\n')
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif d == 'r':
            out.append(f'{hour12:02d}:{minute:02d}:{second:02d} '
                       f'{"AM" if hour < 12 else "PM"}')
        elif d == 'R':
            out.append(f'{hour:02d}:{minute:02d}')
        elif d == 's':
            out.append(str(int(mktime(t))))
        elif d == 'S':
            out.append(f'{second:02d}')
        elif d == 't':
            out.append('\t')
        elif d == 'T' or d == 'X':
            out.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == 'U':
            out.append(f'{_week_number(yday, wday, 6):02d}')
        elif d == 'V':
            out.append(f'{_iso(year, yday, wday)[1]:02d}')
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'W':
            out.append(f'{_week_number(yday, wday, 0):02d}')
        elif d == 'y':
            out.append(f'{year % 100:02d}')
        elif d == 'Y':
            out.append(str(year))
        # Without daylight-saving information (tm_isdst -1) glibc writes no zone.
        elif d == 'z':
            out.append('+0000' if isdst >= 0 else '')
        elif d == 'Z':
            out.append(zone if isdst >= 0 else '')
        elif d == '%':
            out.append('%')
        else:
            out.append(None)
        if out and out[-1] is None:
            out[-1] = format[directive:i]
        elif mark is not None:
            out[mark:] = [_flagged(''.join(out[mark:]), d, flags, width)]
    return ''.join(out)


# Directives whose result is a number, with the character glibc pads them with.
_NUMERIC = dict.fromkeys('CdgGHIjmMsSuUVwWyY', '0')
_NUMERIC.update(dict.fromkeys('ekl', ' '))


def _flagged(text, d, flags, width):
    """A directive's text with glibc's flags and width applied."""
    pad = _NUMERIC.get(d)
    if pad is not None:
        digits = text.lstrip(' 0') or '0'
        # The width is at least the directive's own, but for `-` (which pads only to an
        # explicit width, with spaces).
        if '-' in flags:
            text = digits.rjust(width or 0, ' ')
        else:
            width = max(width or 0, len(text))
            if '_' in flags:
                pad = ' '
            elif '0' in flags:
                pad = '0'
            text = digits.rjust(width, pad)
    elif width is not None:
        text = text.rjust(width, '0' if '0' in flags else ' ')
    if '^' in flags and d != 'P':
        text = text.upper()
    elif '#' in flags:
        if d in 'aAbBh':
            text = text.upper()
        elif d in 'pZ':
            text = text.lower()
    return text


def get_clock_info(name):
    """A description of one of the clocks."""
    from types import SimpleNamespace
    table = {
        'time': ('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09),
        'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09),
        'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, 1e-09),
    }
    if name not in table:
        raise ValueError('unknown clock')
    implementation, monotonic_, adjustable, resolution = table[name]
    return SimpleNamespace(implementation=implementation, monotonic=monotonic_,
                           adjustable=adjustable, resolution=resolution)


def thread_time():
    """CPU time of the only thread: the process's."""
    return process_time()


def thread_time_ns():
    return process_time_ns()


def tzset():
    """Time zones come from the environment on POSIX; WASI has none: nothing changes."""


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """The struct_time that `string` spells in `format` (C locale directives)."""
    import _strptime
    return _strptime._build_struct_time(string, format)
