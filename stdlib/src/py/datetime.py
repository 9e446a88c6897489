"""Dates, times, durations and fixed time zones (CPython's datetime module, written for pyrs).

Calendar arithmetic is proleptic Gregorian on day numbers where 0001-01-01 is day 1. The
local time zone is whatever `time.localtime` reports (UTC on WASI).
"""

import time as _clock
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR',
           'UTC')

MINYEAR = 1
MAXYEAR = 9999

_MICRO = 1_000_000
_DAY_MICRO = 86_400 * _MICRO
_DAYS_LIMIT = 999_999_999
_UNIX_DAY1 = 719_163            # day number of 1970-01-01
_LAST_DAY = 3_652_059           # day number of 9999-12-31
_NOARG = object()               # marks an argument the caller left out

# The constructors' parameters, in C's order, and which of them are read as C ints.
_DATE_ARGS = ('year', 'month', 'day')
_DATE_INTS = (0, 1, 2)
_TIME_ARGS = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_TIME_INTS = (0, 1, 2, 3, 5)
_DATETIME_ARGS = _DATE_ARGS + _TIME_ARGS
_DATETIME_INTS = (0, 1, 2, 3, 4, 5, 6, 8)
_DELTA_ARGS = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours',
               'weeks')

_WEEKDAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_ABBR = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec')
_MONTH_LEN = (None, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (None, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_WEEKDAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                  'Sunday')
_MONTH_NAMES = (None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')
# '00'..'99': cheaper than formatting with '02d' each time.
_TWO = tuple(f'{i:02d}' for i in range(100))

# time's own localtime and strftime, when nobody has replaced them: local time is then
# UTC (see the time module) and strftime's C-locale output is known, so the common cases
# can skip building struct_time objects.
_TIME_LOCALTIME = (_clock.localtime if _clock.localtime.__module__ == 'time'
                   and _clock.timezone == 0 and not _clock.daylight else None)
_TIME_STRFTIME = _clock.strftime if _clock.strftime.__module__ == 'time' else None
# The seconds since the epoch of 0001-01-01 and of 10000-01-01, and the largest
# timestamp time.localtime accepts.
_FIRST_SECOND = -62_135_596_800
_END_SECOND = 253_402_300_800
_TIME_T_LIMIT = 67_768_036_191_676_799


# ---- calendar arithmetic ------------------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_LEN[month]


def _day_number(year, month, day):
    # The days of the whole years before (floor division keeps this right for years
    # before 1 too), of the months before, and the day itself.
    before = year - 1
    number = (before * 365 + before // 4 - before // 100 + before // 400
              + _DAYS_BEFORE_MONTH[month] + day)
    if month > 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        number += 1
    return number


def _civil(number):
    # (year, month, day) of a day number; the inverse of _day_number, for any integer.
    era, day_of_era = divmod(number + 305, 146097)
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    march_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * march_month + 2) // 5 + 1
    month = march_month + 3 if march_month < 10 else march_month - 9
    return year_of_era + era * 400 + (month <= 2), month, day


def _iso_week1_monday(year):
    jan4 = _day_number(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_parts(number):
    # (ISO year, ISO week, ISO weekday) of a day number.
    year = _civil(number)[0]
    start = _iso_week1_monday(year)
    if number < start:
        year -= 1
        start = _iso_week1_monday(year)
    else:
        following = _iso_week1_monday(year + 1)
        if number >= following:
            year += 1
            start = following
    return year, (number - start) // 7 + 1, (number + 6) % 7 + 1


def _iso_to_number(year, week, weekday, check_year=True):
    # Day number of an ISO calendar date; ValueError with CPython's messages when invalid.
    if check_year and not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        jan1 = (_day_number(year, 1, 1) + 6) % 7
        long_year = week == 53 and (jan1 == 3 or (jan1 == 2 and _is_leap(year)))
        if not long_year:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < weekday < 8:
        raise ValueError(f'Invalid day: {weekday} (range is [1, 7])')
    return _iso_week1_monday(year) + (week - 1) * 7 + weekday - 1


# ---- argument checking ----------------------------------------------------------------------

def _index(value):
    if type(value) is int:
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        hook = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an "
                        'integer') from None
    return hook(value)


def _c_int(value):
    # An argument CPython reads as a C int.
    value = _index(value)
    if -2147483648 <= value <= 2147483647:
        return value
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError('Python int too large to convert to C long')
    if value > 0:
        raise OverflowError('signed integer is greater than maximum')
    raise OverflowError('signed integer is less than minimum')


def _valid_date(year, month, day):
    year, month, day = _c_int(year), _c_int(month), _c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _valid_clock(hour, minute, second, microsecond, fold):
    hour, minute, second = _c_int(hour), _c_int(minute), _c_int(second)
    microsecond, fold = _c_int(microsecond), _c_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _valid_zone(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type '
                        f"'{type(tz).__name__}'")
    return tz


def _offset_result(value, method):
    # What utcoffset()/dst() returned, checked as CPython checks it.
    if value is None:
        return None
    if type(value) is timedelta and (value._days == 0 or value._days == -1
                                     and (value._seconds or value._microseconds)):
        return value      # strictly within a day either way
    if not isinstance(value, timedelta):
        raise TypeError(f'tzinfo.{method}() must return None or timedelta, not '
                        f"'{type(value).__name__}'")
    if not -_ONE_DAY < value < _ONE_DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24).')
    return value


def _name_result(value):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not "
                        f"'{type(value).__name__}'")
    return value


def _refuse_call(fname, args, kwargs, names, required, positional, whole):
    """Raise the error C's argument parser gives for a bad call of a constructor (named
    `fname`, or None for "function"): the first `required` of `names` are mandatory,
    only the first `positional` may come by position, and those at the indexes in
    `whole` are read as C ints, in order, until one is missing."""
    label = f'{fname}()' if fname else 'function'
    count = len(args)
    given = count + len(kwargs)
    most = len(names)
    if given > most:
        raise TypeError(f"{label} takes at most {most} {'' if count else 'keyword '}"
                        f"argument{'' if most == 1 else 's'} ({given} given)")
    if count > positional:
        raise TypeError(f"{label} takes at most {positional} positional "
                        f"argument{'' if positional == 1 else 's'} ({count} given)")
    for i, name in enumerate(names):
        value = args[i] if i < count else kwargs.get(name, _NOARG)
        if value is _NOARG:
            if i < required:
                raise TypeError(f"{label} missing required argument '{name}' (pos {i + 1})")
        elif i in whole:
            _c_int(value)
    for i in range(count):
        if names[i] in kwargs:
            raise TypeError(f"argument for {label} given by name ('{names[i]}') "
                            f'and position ({i + 1})')
    for key in kwargs:
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for "
                            f"{label if fname else 'this function'}")


# Bind a constructor's arguments (the VM's TypeError for a bad call is then reworded).
def _date_fields(year=_NOARG, month=_NOARG, day=_NOARG):
    return year, month, day


def _time_fields(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
    return hour, minute, second, microsecond, tzinfo, fold


def _datetime_fields(year=_NOARG, month=_NOARG, day=_NOARG, hour=0, minute=0, second=0,
                     microsecond=0, tzinfo=None, *, fold=0):
    return year, month, day, hour, minute, second, microsecond, tzinfo, fold


def _delta_fields(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                  weeks=0):
    return days, seconds, microseconds, milliseconds, minutes, hours, weeks


def _zone_fields(offset=_NOARG, name=_NOARG):
    return offset, name


def _label(obj, name):
    # The class name CPython puts in a repr: qualified for the module's own classes.
    cls = type(obj)
    return 'datetime.' + name if cls.__name__ == name and cls.__module__ == __name__ \
        else cls.__name__


def _round_half_even_div(numerator, denominator):
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, rest = divmod(numerator, denominator)
    twice = rest * 2
    if twice > denominator or (twice == denominator and quotient % 2):
        quotient += 1
    return quotient


# ---- text helpers ---------------------------------------------------------------------------

def _offset_text(offset, colon):
    # '+HH:MM[:SS[.ffffff]]' (colons optional) for a timedelta; '' for None.
    if offset is None:
        return ''
    micro = offset._total()
    sign = '+'
    if micro < 0:
        sign = '-'
        micro = -micro
    seconds, micro = divmod(micro, _MICRO)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    sep = ':' if colon else ''
    text = f'{sign}{hours:02d}{sep}{_TWO[minutes]}'
    if seconds or micro:
        text += f'{sep}{_TWO[seconds]}'
        if micro:
            text += f'.{micro:06d}'
    return text


def _clock_text(hour, minute, second, micro, timespec, position):
    if not isinstance(timespec, str):
        raise TypeError(f'isoformat() argument {position} must be str, not '
                        f'{type(timespec).__name__}')
    if timespec == 'auto':
        timespec = 'microseconds' if micro else 'seconds'
    if timespec == 'seconds':
        return f'{_TWO[hour]}:{_TWO[minute]}:{_TWO[second]}'
    if timespec == 'microseconds':
        return f'{_TWO[hour]}:{_TWO[minute]}:{_TWO[second]}.{micro:06d}'
    if timespec == 'hours':
        return _TWO[hour]
    if timespec == 'minutes':
        return f'{_TWO[hour]}:{_TWO[minute]}'
    if timespec == 'milliseconds':
        return f'{_TWO[hour]}:{_TWO[minute]}:{_TWO[second]}.{micro // 1000:03d}'
    raise ValueError('Unknown timespec value')


def _date_text(year, month, day):
    # 'YYYY-MM-DD'.
    if year > 999:
        return f'{year}-{_TWO[month]}-{_TWO[day]}'
    return f'{year:04d}-{_TWO[month]}-{_TWO[day]}'


def _ctime_text(number, year, month, day, hour, minute, second):
    weekday = _WEEKDAY_ABBR[(number + 6) % 7]
    return (f'{weekday} {_MONTH_ABBR[month]} {day:2d} {hour:02d}:{minute:02d}:{second:02d} '
            f'{year:04d}')


def _strftime(obj, fmt, fields, micro):
    """Expand %f, %z, %:z and %Z for `obj`, then let time.strftime do the rest."""
    if not isinstance(fmt, str):
        shown = 'None' if fmt is None else type(fmt).__name__
        raise TypeError(f'strftime() argument 1 must be str, not {shown}')
    pieces = []
    pos = 0
    end = len(fmt)
    while pos < end:
        percent = fmt.find('%', pos)
        if percent < 0 or percent + 1 == end:
            pieces.append(fmt[pos:])
            break
        pieces.append(fmt[pos:percent])
        code = fmt[percent + 1]
        pos = percent + 2
        if code == 'f':
            pieces.append(f'{micro:06d}')
        elif code == 'z':
            pieces.append(_offset_text(obj.utcoffset(), False) if obj is not None else '')
        elif code == ':' and pos < end and fmt[pos] == 'z':
            pos += 1
            pieces.append(_offset_text(obj.utcoffset(), True) if obj is not None else '')
        elif code == 'Z':
            name = obj.tzname() if obj is not None else None
            pieces.append(name.replace('%', '%%') if name else '')
        else:
            pieces.append('%' + code)
    return _clock.strftime(''.join(pieces), fields)


def _quick_strftime(fmt, year, month, day, hour, minute, second, micro):
    """What _strftime gives for a naive or fixed-offset value with these fields when
    `fmt` only uses common directives without flags or widths (written as time.strftime
    writes them); None for any other format."""
    pieces = []
    pos = 0
    while True:
        percent = fmt.find('%', pos)
        if percent < 0:
            pieces.append(fmt[pos:])
            return ''.join(pieces)
        if percent > pos:
            pieces.append(fmt[pos:percent])
        code = fmt[percent + 1:percent + 2]
        if code == 'Y':
            pieces.append(str(year))
        elif code == 'm':
            pieces.append(_TWO[month])
        elif code == 'd':
            pieces.append(_TWO[day])
        elif code == 'H':
            pieces.append(_TWO[hour])
        elif code == 'M':
            pieces.append(_TWO[minute])
        elif code == 'S':
            pieces.append(_TWO[second])
        elif code == 'f':
            pieces.append(f'{micro:06d}')
        elif code == 'F':
            pieces.append(f'{year}-{_TWO[month]}-{_TWO[day]}')
        elif code == 'T':
            pieces.append(f'{_TWO[hour]}:{_TWO[minute]}:{_TWO[second]}')
        elif code == 'y':
            pieces.append(_TWO[year % 100])
        elif code == 'b':
            pieces.append(_MONTH_ABBR[month])
        elif code == 'B':
            pieces.append(_MONTH_NAMES[month])
        elif code == 'a':
            pieces.append(_WEEKDAY_ABBR[(_day_number(year, month, day) + 6) % 7])
        elif code == 'A':
            pieces.append(_WEEKDAY_NAMES[(_day_number(year, month, day) + 6) % 7])
        elif code == 'p':
            pieces.append('AM' if hour < 12 else 'PM')
        elif code == 'I':
            pieces.append(_TWO[(hour + 11) % 12 + 1])
        elif code == 'j':
            year_day = _DAYS_BEFORE_MONTH[month] + day + (month > 2 and _is_leap(year))
            pieces.append(f'{year_day:03d}')
        elif code == '%':
            pieces.append('%')
        else:
            return None
        pos = percent + 2


def _check_format_spec(spec):
    if not isinstance(spec, str):
        raise TypeError(f'__format__() argument 1 must be str, not {type(spec).__name__}')


# ---- ISO 8601 text --------------------------------------------------------------------------

def _digits(text, pos, count):
    # The value of `count` ASCII digits at text[pos], or -1.
    chunk = text[pos:pos + count]
    if len(chunk) != count or not chunk.isascii() or not chunk.isdigit():
        return -1
    return int(chunk)


def _is_digit(char):
    return '0' <= char <= '9'


# Date layouts fromisoformat accepts, as templates: Y/M/D/w/d are digit slots (year,
# month, day of month, ISO week, ISO weekday); '-' and 'W' must appear literally and
# '?' is any character (CPython ignores two trailing characters after a basic date).
_DATE_LAYOUTS = {
    7: ('YYYYWww',),
    8: ('YYYYMMDD', 'YYYY-Www', 'YYYYWwwd'),
    10: ('YYYY-MM-DD', 'YYYY-Www-d', 'YYYYMMDD??', 'YYYYWwwd??'),
}


def _fit_layout(text, layout):
    """The digit groups of `text` by slot letter, or None if it does not fit."""
    groups = {}
    for char, slot in zip(text, layout):
        if slot in 'YMDwd':
            if not _is_digit(char):
                return None
            groups[slot] = groups.get(slot, '') + char
        elif char != slot and slot != '?':
            return None
    return groups


def _read_date(text):
    """What the whole of `text` writes as a date: (year, month, day) for a calendar
    date (range-checked later by the constructor), the day number of a valid week
    date, or None."""
    for layout in _DATE_LAYOUTS.get(len(text), ()):
        groups = _fit_layout(text, layout)
        if groups is None:
            continue
        year = int(groups['Y'])
        if 'w' not in groups:
            return year, int(groups['M']), int(groups['D'])
        try:
            return _iso_to_number(year, int(groups['w']), int(groups.get('d', '1')),
                                  check_year=False)
        except ValueError:
            return None
    return None


def _calendar(read):
    """(year, month, day) of a _read_date result."""
    if not isinstance(read, int):
        return read
    if read < 1:
        # Week dates of year 0: CPython reports them with this message.
        raise ValueError('month must be in 1..12')
    return _civil(read)


def _date_width(text):
    """How many leading characters of a datetime string are its date part."""
    marker = text[4:5]
    if marker == '-':
        if text[5:6] != 'W':
            return 10
        # 'YYYY-Www' then '-D' only when a single digit follows the dash.
        return 10 if text[8:9] == '-' and _digit_run(text, 9) == 1 else 8
    if marker != 'W':
        return 8
    # 'YYYYWww' may be followed by a weekday digit, and the separator itself may be a
    # digit: the weekday is taken when that leaves an even number of time digits.
    run = _digit_run(text, 7)
    return 8 if run == 1 or (run and run % 2 == 0) else 7


def _digit_run(text, start):
    end = start
    while end < len(text) and _is_digit(text[end]):
        end += 1
    return end - start


def _clock_fields(text, pos, end, zoned):
    """[hour, minute, second, microsecond] from text[pos:end]: HH, HHMM, HHMMSS or the
    same with ':' between the fields, then a fraction after '.' or ',' (after ':' or
    directly, for seconds).  When a zone follows (`zoned`), a stray last character and
    anything after the sixth fraction digit are tolerated."""
    fields = [0, 0, 0, 0]
    colons = None          # whether the fields are ':'-separated; unknown at first
    for index in range(3):
        value = _digits(text, pos, 2)
        if value < 0:
            return None
        fields[index] = value
        pos += 2
        if pos >= end:
            return fields
        mark = text[pos]
        if pos + 1 == end:
            return fields if zoned else None
        if mark in '.,':
            pos += 1
            break
        if index == 2:
            if mark == ':' and colons:
                pos += 1
            elif not (_is_digit(mark) and colons is False):
                return None
            break          # a digit right after basic-format seconds starts the fraction
        if mark == ':' and colons is not False:
            colons = True
            pos += 1
        elif not (_is_digit(mark) and not colons):
            return None
        else:
            colons = False
    # The fraction: its first (up to) six characters must be digits.
    head = text[pos:min(end, pos + 6)]
    if not head or not head.isascii() or not head.isdigit():
        return None
    fields[3] = int(head.ljust(6, '0'))
    pos += len(head)
    while pos < end and _is_digit(text[pos]):
        pos += 1
    if pos < end and not zoned:
        return None
    return fields


def _zone_from(text, pos):
    """The tzinfo written at text[pos:] ('Z' or a signed offset), or None if invalid."""
    if text[pos] == 'Z':
        return timezone.utc if pos + 1 == len(text) else None
    parts = _clock_fields(text, pos + 1, len(text), False)
    if parts is None:
        return None
    hours, minutes, seconds, micro = parts
    if not (hours or minutes or seconds):
        return timezone.utc
    sign = -1 if text[pos] == '-' else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes, seconds=seconds,
                                     microseconds=micro))


def _time_and_zone(text):
    """([hour, minute, second, microsecond], tzinfo) of an ISO time string, or None."""
    cut = len(text)
    for pos, char in enumerate(text):
        if char in '+-Z':
            cut = pos
            break
    fields = _clock_fields(text, 0, cut, cut < len(text))
    if fields is None:
        return None
    if cut == len(text):
        return fields, None
    zone = _zone_from(text, cut)
    if zone is None:
        return None
    return fields, zone


def _quick_iso_date(text):
    """(year, month, day) of a text starting 'YYYY-MM-DD' (ASCII digits), or None."""
    if text[4:5] == '-' and text[7:8] == '-':
        digits = text[0:4] + text[5:7] + text[8:10]
        if len(digits) == 8 and digits.isascii() and digits.isdigit():
            return int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    return None


def _quick_iso_clock(text):
    """(hour, minute, second, microsecond, tzinfo) of the common time part
    'HH:MM:SS[.fff|.ffffff][Z|+HH:MM|-HH:MM]' at text[11:], or None for anything
    else (including offsets of a day or more, which _time_and_zone reports)."""
    end = len(text)
    if end < 19 or text[13] != ':' or text[16] != ':':
        return None
    digits = text[11:13] + text[14:16] + text[17:19]
    if not (digits.isascii() and digits.isdigit()):
        return None
    micro = 0
    pos = 19
    if end > 19 and text[19] == '.':
        for size in (7, 4):
            fraction = text[20:19 + size]
            if (len(fraction) == size - 1 and fraction.isascii() and fraction.isdigit()
                    and not _is_digit(text[19 + size:20 + size])):
                micro = int(fraction) * (1 if size == 7 else 1000)
                pos = 19 + size
                break
        else:
            return None
    tz = None
    if pos < end:
        mark = text[pos]
        if mark == 'Z' and pos + 1 == end:
            tz = timezone.utc
        elif (mark == '+' or mark == '-') and pos + 6 == end and text[pos + 3] == ':':
            shown = text[pos + 1:pos + 3] + text[pos + 4:pos + 6]
            if not (shown.isascii() and shown.isdigit()):
                return None
            hours, minutes = int(shown[0:2]), int(shown[2:4])
            if hours > 23 or minutes > 59:
                return None
            if not (hours or minutes):
                tz = timezone.utc
            else:
                offset = (hours * 60 + minutes) * 60 * _MICRO
                tz = _bare_zone(_delta_from_micro(-offset if mark == '-' else offset), None)
        else:
            return None
    return int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), micro, tz


def _bad_iso(text):
    return ValueError(f'Invalid isoformat string: {text!r}')


# ---- timestamps -----------------------------------------------------------------------------

def _split_stamp(stamp):
    # (whole seconds, microseconds) of a POSIX timestamp, rounding half to even.
    if isinstance(stamp, float):
        if stamp != stamp:
            raise ValueError('Invalid value NaN (not a number)')
        fraction, whole = _math.modf(stamp)
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        seconds = int(whole)
        micro = round(fraction * 1e6)
        if micro >= _MICRO:
            micro -= _MICRO
            seconds += 1
        elif micro < 0:
            micro += _MICRO
            seconds -= 1
        return seconds, micro
    seconds = _index(stamp)
    if not -9223372036854775808 <= seconds <= 9223372036854775807:
        raise OverflowError('timestamp out of range for platform time_t')
    return seconds, 0


def _utc_fields(seconds):
    days, rest = divmod(seconds, 86400)
    year, month, day = _civil(days + _UNIX_DAY1)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    return year, month, day, rest // 3600, rest // 60 % 60, rest % 60


def _local_fields(seconds):
    if _clock.localtime is _TIME_LOCALTIME and _FIRST_SECOND <= seconds < _END_SECOND:
        return _utc_fields(seconds)       # what time.localtime would give
    local = _clock.localtime(seconds)
    if not MINYEAR <= local.tm_year <= MAXYEAR:
        raise ValueError(f'year {local.tm_year} is out of range')
    return tuple(local)[:6]


def _local_zone(seconds):
    if (_clock.localtime is _TIME_LOCALTIME and type(seconds) is int
            and -_TIME_T_LIMIT <= seconds <= _TIME_T_LIMIT):
        return _bare_zone(_delta_from_micro(0), 'UTC')
    local = _clock.localtime(seconds)
    return timezone(timedelta(seconds=local.tm_gmtoff or 0), local.tm_zone)


def _local_offset_seconds(seconds):
    if (_clock.localtime is _TIME_LOCALTIME and type(seconds) is int
            and -_TIME_T_LIMIT <= seconds <= _TIME_T_LIMIT):
        return 0
    return _clock.localtime(seconds).tm_gmtoff or 0


def _naive_local_to_posix(dt):
    # Seconds since the epoch of a naive datetime read as local time.
    wall = (dt.toordinal() - _UNIX_DAY1) * 86400 + dt._hour * 3600 + dt._minute * 60 \
        + dt._second
    guess = wall - _local_offset_seconds(wall)
    return wall - _local_offset_seconds(guess)


# ---- timedelta ------------------------------------------------------------------------------

# (keyword, microseconds per unit) in the order CPython adds the components up.
_DELTA_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', _MICRO),
                ('minutes', 60 * _MICRO), ('hours', 3600 * _MICRO), ('days', _DAY_MICRO),
                ('weeks', 7 * _DAY_MICRO))


def _delta_from_micro(micro, cls=None):
    days, rest = divmod(micro, _DAY_MICRO)
    if not -_DAYS_LIMIT <= days <= _DAYS_LIMIT:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError(f'days={days}; must have magnitude <= {_DAYS_LIMIT}')
    self = object.__new__(timedelta if cls is None else cls)
    self._days = days
    self._seconds, self._microseconds = divmod(rest, _MICRO)
    self._hashcode = -1
    return self


def _micro_of(value):
    # Total microseconds of a timedelta; None for anything else.
    return value._total() if isinstance(value, timedelta) else None


class timedelta:
    """A signed duration with microsecond resolution, kept as days, seconds (0..86399) and
    microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kwargs):
        try:
            days, seconds, microseconds, milliseconds, minutes, hours, weeks = \
                _delta_fields(*args, **kwargs)
        except TypeError:
            _refuse_call('__new__', args, kwargs, _DELTA_ARGS, 0, 7, ())
            raise
        if (type(days) is type(seconds) is type(microseconds) is type(milliseconds)
                is type(minutes) is type(hours) is type(weeks) is int):
            # Plain ints add up exactly: nothing to round.
            return _delta_from_micro(
                ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * _MICRO
                + milliseconds * 1000 + microseconds, cls)
        given = (microseconds, milliseconds, seconds, minutes, hours, days, weeks)
        whole = 0
        spare = 0.0
        for value, (unit, scale) in zip(given, _DELTA_UNITS):
            if isinstance(value, int):
                whole += value * scale
            elif isinstance(value, float):
                fraction, integral = _math.modf(value)
                whole += int(integral) * scale
                if fraction:
                    fraction, integral = _math.modf(fraction * scale)
                    whole += int(integral)
                    spare += fraction
            else:
                raise TypeError(f'unsupported type for timedelta {unit} component: '
                                f'{type(value).__name__}')
        if spare:
            # Round the float leftovers so that the total lands half-to-even.
            step = _math.floor(spare)
            above = spare - step
            if above > 0.5 or (above == 0.5 and (whole + step) % 2):
                step += 1
            whole += int(step)
        return _delta_from_micro(whole, cls)

    def _total(self):
        return (self._days * 86400 + self._seconds) * _MICRO + self._microseconds

    @property
    def days(self):
        """Number of days (may be negative)."""
        return self._days

    @property
    def seconds(self):
        """Seconds within the day, 0..86399."""
        return self._seconds

    @property
    def microseconds(self):
        """Microseconds within the second, 0..999999."""
        return self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._total() / _MICRO

    def __repr__(self):
        shown = []
        if self._days:
            shown.append(f'days={self._days}')
        if self._seconds:
            shown.append(f'seconds={self._seconds}')
        if self._microseconds:
            shown.append(f'microseconds={self._microseconds}')
        return f"{_label(self, 'timedelta')}({', '.join(shown) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f'{hours}:{minutes:02d}:{seconds:02d}'
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        if self._days:
            plural = '' if self._days in (1, -1) else 's'
            text = f'{self._days} day{plural}, {text}'
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_micro(
                ((self._days + other._days) * 86400 + self._seconds + other._seconds) * _MICRO
                + self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_micro(
                ((self._days - other._days) * 86400 + self._seconds - other._seconds) * _MICRO
                + self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        theirs = _micro_of(other)
        return NotImplemented if theirs is None else _delta_from_micro(theirs - self._total())

    def __neg__(self):
        return _delta_from_micro(-self._total())

    def __pos__(self):
        return _delta_from_micro(self._total())

    def __abs__(self):
        return _delta_from_micro(abs(self._total()))

    def __mul__(self, other):
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _delta_from_micro(_round_half_even_div(self._total() * top, bottom))
        if not isinstance(other, int):
            return NotImplemented
        return _delta_from_micro(self._total() * other)

    __rmul__ = __mul__

    def __floordiv__(self, other):
        theirs = _micro_of(other)
        if theirs is not None:
            return self._total() // theirs
        if not isinstance(other, int):
            return NotImplemented
        if not other:
            raise ZeroDivisionError('integer division or modulo by zero')
        return _delta_from_micro(self._total() // other)

    def __truediv__(self, other):
        theirs = _micro_of(other)
        if theirs is not None:
            return self._total() / theirs
        if isinstance(other, int):
            top, bottom = other, 1
        elif isinstance(other, float):
            top, bottom = other.as_integer_ratio()
        else:
            return NotImplemented
        if not top:
            raise ZeroDivisionError('integer division or modulo by zero')
        return _delta_from_micro(_round_half_even_div(self._total() * bottom, top))

    def __mod__(self, other):
        theirs = _micro_of(other)
        return NotImplemented if theirs is None else _delta_from_micro(self._total() % theirs)

    def __divmod__(self, other):
        theirs = _micro_of(other)
        if theirs is None:
            return NotImplemented
        quotient, rest = divmod(self._total(), theirs)
        return quotient, _delta_from_micro(rest)

    # The fields are normalized, so comparing them in order compares the durations.

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._microseconds == other._microseconds
                    and self._seconds == other._seconds and self._days == other._days)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return (self._microseconds != other._microseconds
                    or self._seconds != other._seconds or self._days != other._days)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    < (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    <= (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    > (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    >= (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = _delta_from_micro(-_DAYS_LIMIT * _DAY_MICRO)
timedelta.max = _delta_from_micro((_DAYS_LIMIT + 1) * _DAY_MICRO - 1)
timedelta.resolution = _delta_from_micro(1)
_ONE_DAY = _delta_from_micro(_DAY_MICRO)
_ZERO = _delta_from_micro(0)


# ---- date -----------------------------------------------------------------------------------

def _bare_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _make_date(cls, year, month, day):
    # A new instance of `cls`; subclasses are built through their own constructor.
    if cls is date:
        if (type(year) is type(month) is type(day) is int and 0 < year < 10000
                and 0 < month < 13 and 0 < day
                and (day < 29 or day <= _days_in(year, month))):
            return _bare_date(cls, year, month, day)
        return _bare_date(cls, *_valid_date(year, month, day))
    return cls(year, month, day)


def _pickle_bytes(state):
    if isinstance(state, str):
        return state.encode('latin-1')
    return state


class date:
    """A day of the proleptic Gregorian calendar: date(year, month, day)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if not kwargs:
            if len(args) == 3:
                # The usual call, with plain ints in range: nothing to convert.
                year, month, day = args
                if (type(year) is type(month) is type(day) is int and 0 < year < 10000
                        and 0 < month < 13 and 0 < day
                        and (day < 29 or day <= _days_in(year, month))):
                    self = object.__new__(cls)
                    self._year = year
                    self._month = month
                    self._day = day
                    self._hashcode = -1
                    return self
            elif len(args) == 1:
                # Unpickling: the 4-byte state.
                state = args[0]
                if type(state) is bytes and len(state) == 4 and 1 <= state[2] <= 12:
                    return _bare_date(cls, state[0] * 256 + state[1], state[2], state[3])
        try:
            year, month, day = _date_fields(*args, **kwargs)
        except TypeError:
            _refuse_call(None, args, kwargs, _DATE_ARGS, 3, 3, _DATE_INTS)
            raise
        if (month is _NOARG and day is _NOARG and isinstance(year, (bytes, str))
                and len(year) == 4 and 1 <= ord(year[2:3]) <= 12):
            state = _pickle_bytes(year)
            return _bare_date(cls, state[0] * 256 + state[1], state[2], state[3])
        if year is _NOARG or month is _NOARG or day is _NOARG:
            _refuse_call(None, args, kwargs, _DATE_ARGS, 3, 3, _DATE_INTS)
        return _bare_date(cls, *_valid_date(year, month, day))

    # -- alternative constructors

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_clock.time())

    @classmethod
    def fromtimestamp(cls, timestamp):
        """The local date of a POSIX timestamp."""
        seconds = _split_stamp(timestamp)[0]
        year, month, day = _local_fields(seconds)[:3]
        return _make_date(cls, year, month, day)

    @classmethod
    def fromordinal(cls, ordinal):
        """The date whose toordinal() is `ordinal` (0001-01-01 is 1)."""
        ordinal = _c_int(ordinal)
        if ordinal < 1:
            raise ValueError('ordinal must be >= 1')
        return _make_date(cls, *_civil(ordinal))

    @classmethod
    def fromisoformat(cls, date_string):
        """The date written as YYYY-MM-DD, YYYYMMDD or an ISO week date."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) == 10:
            fields = _quick_iso_date(date_string)
            if fields is not None:
                return _make_date(cls, *fields)
        read = _read_date(date_string)
        if read is None:
            raise _bad_iso(date_string)
        fields = _calendar(read)
        return _make_date(cls, *fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of ISO year, week number and weekday (1 is Monday)."""
        number = _iso_to_number(_c_int(year), _c_int(week), _c_int(day))
        return _make_date(cls, *_civil(number))

    # -- fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- conversions

    def toordinal(self):
        """Day number, 1 for 0001-01-01."""
        return _day_number(self._year, self._month, self._day)

    def weekday(self):
        """0 for Monday through 6 for Sunday."""
        return (_day_number(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """1 for Monday through 7 for Sunday."""
        return (_day_number(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """(ISO year, week number, weekday) as an IsoCalendarDate."""
        return _IsoCalendarDate(*_iso_parts(self.toordinal()))

    def _year_day(self):
        month = self._month
        year_day = _DAYS_BEFORE_MONTH[month] + self._day
        if month > 2 and _is_leap(self._year):
            year_day += 1
        return year_day

    def timetuple(self):
        """A time.struct_time for midnight of this day."""
        return _clock.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                   self.weekday(), self._year_day(), -1))

    def replace(self, year=_NOARG, month=_NOARG, day=_NOARG):
        """A copy with the given fields changed."""
        return _make_date(type(self), self._year if year is _NOARG else year,
                          self._month if month is _NOARG else month,
                          self._day if day is _NOARG else day)

    # -- text

    def __repr__(self):
        return f"{_label(self, 'date')}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return _date_text(self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """'Sun Jan  2 00:00:00 2000' style text."""
        return _ctime_text(self.toordinal(), self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        """The date written by a time.strftime format."""
        if type(self) is date and type(format) is str and _clock.strftime is _TIME_STRFTIME:
            text = _quick_strftime(format, self._year, self._month, self._day, 0, 0, 0, 0)
            if text is not None:
                return text
        return _strftime(None, format, self.timetuple(), 0)

    def __format__(self, fmt):
        _check_format_spec(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- comparison and arithmetic

    def _key(self):
        return self._year, self._month, self._day

    def _same_kind(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) \
            and not isinstance(self, datetime)

    def _order(self, other):
        if not isinstance(other, date):
            return None
        if isinstance(other, datetime) or isinstance(self, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return True

    # Two plain dates (the usual case) skip the checks of _same_kind() and _order().

    def __eq__(self, other):
        if type(other) is date is type(self) or self._same_kind(other):
            return (self._day == other._day and self._month == other._month
                    and self._year == other._year)
        return NotImplemented

    def __ne__(self, other):
        if type(other) is date is type(self) or self._same_kind(other):
            return (self._day != other._day or self._month != other._month
                    or self._year != other._year)
        return NotImplemented

    def __lt__(self, other):
        if type(other) is date is type(self) or self._order(other):
            return ((self._year, self._month, self._day)
                    < (other._year, other._month, other._day))
        return NotImplemented

    def __le__(self, other):
        if type(other) is date is type(self) or self._order(other):
            return ((self._year, self._month, self._day)
                    <= (other._year, other._month, other._day))
        return NotImplemented

    def __gt__(self, other):
        if type(other) is date is type(self) or self._order(other):
            return ((self._year, self._month, self._day)
                    > (other._year, other._month, other._day))
        return NotImplemented

    def __ge__(self, other):
        if type(other) is date is type(self) or self._order(other):
            return ((self._year, self._month, self._day)
                    >= (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def _shifted(self, days):
        if type(self) is date:
            day = self._day + days
            if 0 < day < 29:
                # Still within the month.
                return _bare_date(date, self._year, self._month, day)
        number = _day_number(self._year, self._month, self._day) + days
        if not 1 <= number <= _LAST_DAY:
            raise OverflowError('date value out of range')
        return _make_date(type(self), *_civil(number))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta_from_micro((_day_number(self._year, self._month, self._day)
                                      - _day_number(other._year, other._month, other._day))
                                     * _DAY_MICRO)
        return NotImplemented

    def __reduce__(self):
        year = self._year
        return type(self), (bytes((year >> 8, year & 255, self._month, self._day)),)


date.min = _bare_date(date, 1, 1, 1)
date.max = _bare_date(date, 9999, 12, 31)
date.resolution = _ONE_DAY


class _IsoCalendarDate(tuple):
    """The (year, week, weekday) triple of date.isocalendar()."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return (f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, '
                f'weekday={self[2]})')

    def __reduce__(self):
        return tuple, (tuple(self),)


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


# ---- tzinfo and timezone --------------------------------------------------------------------

class tzinfo:
    """Abstract base of time zone descriptions: subclasses give utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        """Name of the zone at `dt`."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """Local time minus UTC at `dt`, a timedelta."""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """Daylight saving adjustment at `dt` (already part of utcoffset)."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """Turn `dt`, a UTC time carrying this zone, into this zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        saving = dt.dst()
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = offset - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + saving

    def __reduce__(self):
        initargs = getattr(self, '__getinitargs__', None)
        args = initargs() if initargs is not None else ()
        getstate = getattr(self, '__getstate__', None)
        state = getstate() if getstate is not None else getattr(self, '__dict__', None)
        return type(self), args, state or None


_tzinfo_type = tzinfo     # for functions with a `tzinfo` parameter


def _zone_arg(dt, method):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError(f'{method}(dt) argument must be a datetime instance or None, not '
                        f'{type(dt).__name__}')


def _bare_zone(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


class timezone(tzinfo):
    """A zone at a fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        try:
            offset, name = _zone_fields(*args, **kwargs)
        except TypeError:
            _refuse_call('timezone', args, kwargs, ('offset', 'name'), 1, 2, ())
            raise
        if offset is _NOARG:
            _refuse_call('timezone', args, kwargs, ('offset', 'name'), 1, 2, ())
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not '
                            f'{type(offset).__name__}')
        if name is _NOARG:
            if not offset and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            shown = 'None' if name is None else type(name).__name__
            raise TypeError(f'timezone() argument 2 must be str, not {shown}')
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             f'and timedelta(hours=24), not {offset!r}.')
        return _bare_zone(offset, name)

    def utcoffset(self, dt):
        _zone_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        _zone_arg(dt, 'dst')
        return None

    def tzname(self, dt):
        _zone_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _offset_text(self._offset, True)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__(), None


_UTC = None
_UTC = _bare_zone(_ZERO, None)
timezone.utc = _UTC
timezone.min = _bare_zone(_delta_from_micro(-(23 * 60 + 59) * 60 * _MICRO), None)
timezone.max = _bare_zone(_delta_from_micro((23 * 60 + 59) * 60 * _MICRO), None)
UTC = _UTC


# ---- time -----------------------------------------------------------------------------------

def _bare_time(cls, hour, minute, second, micro, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = micro
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


# What time(...) fills in for the fields not given by position.
_TIME_DEFAULTS = (None, (0, 0, 0, None), (0, 0, None), (0, None), (None,), ())


def _make_time(cls, hour, minute, second, micro, tz, fold):
    if cls is time:
        if (type(hour) is type(minute) is type(second) is type(micro) is type(fold) is int
                and 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60
                and 0 <= micro < 1000000 and (fold == 0 or fold == 1)
                and (tz is None or isinstance(tz, tzinfo))):
            return _bare_time(cls, hour, minute, second, micro, tz, fold)
        fields = _valid_clock(hour, minute, second, micro, fold)
        return _bare_time(cls, *fields[:4], _valid_zone(tz), fields[4])
    if fold:
        return cls(hour, minute, second, micro, tz, fold=fold)
    return cls(hour, minute, second, micro, tz)


class time:
    """A time of day, optionally with a tzinfo: time(hour, minute, second, microsecond,
    tzinfo, *, fold)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, *args, **kwargs):
        count = len(args)
        if not kwargs and 0 < count < 6:
            # Positional fields, plain ints in range (and maybe a tzinfo).
            hour, minute, second, micro, tz = args + _TIME_DEFAULTS[count]
            if (type(hour) is type(minute) is type(second) is type(micro) is int
                    and 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60
                    and 0 <= micro < 1000000
                    and (tz is None or isinstance(tz, _tzinfo_type))):
                return _bare_time(cls, hour, minute, second, micro, tz, 0)
        try:
            hour, minute, second, microsecond, tzinfo, fold = _time_fields(*args, **kwargs)
        except TypeError:
            _refuse_call(None, args, kwargs, _TIME_ARGS, 0, 5, _TIME_INTS)
            raise
        if (isinstance(hour, (bytes, str)) and len(hour) == 6
                and ord(hour[0:1]) & 0x7F < 24):
            state = _pickle_bytes(hour)
            tz = None if minute == 0 else minute
            return _bare_time(cls, state[0] & 0x7F, state[1], state[2],
                              (state[3] << 16) | (state[4] << 8) | state[5],
                              _valid_zone(tz), state[0] >> 7)
        fields = _valid_clock(hour, minute, second, microsecond, fold)
        return _bare_time(cls, *fields[:4], _valid_zone(tzinfo), fields[4])

    @classmethod
    def fromisoformat(cls, time_string):
        """The time written as HH[:MM[:SS[.ffffff]]][+HH:MM] (or without colons)."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string.startswith('T') else time_string
        found = _time_and_zone(text)
        if found is None:
            raise _bad_iso(time_string)
        fields, tz = found
        return _make_time(cls, *fields, tz, 0)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        """The tzinfo's utcoffset(None), or None for a naive time."""
        if self._tzinfo is None:
            return None
        return _offset_result(self._tzinfo.utcoffset(None), 'utcoffset')

    def dst(self):
        """The tzinfo's dst(None), or None for a naive time."""
        if self._tzinfo is None:
            return None
        return _offset_result(self._tzinfo.dst(None), 'dst')

    def tzname(self):
        """The tzinfo's tzname(None), or None for a naive time."""
        if self._tzinfo is None:
            return None
        return _name_result(self._tzinfo.tzname(None))

    def replace(self, hour=_NOARG, minute=_NOARG, second=_NOARG, microsecond=_NOARG,
                tzinfo=_NOARG, *, fold=_NOARG):
        """A copy with the given fields changed."""
        return _make_time(type(self), self._hour if hour is _NOARG else hour,
                          self._minute if minute is _NOARG else minute,
                          self._second if second is _NOARG else second,
                          self._microsecond if microsecond is _NOARG else microsecond,
                          self._tzinfo if tzinfo is _NOARG else tzinfo,
                          self._fold if fold is _NOARG else fold)

    def _day_micro(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _MICRO \
            + self._microsecond

    def _compare(self, other, equality):
        # Sign of self - other; a non-zero for naive against aware under ==/!=.
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._day_micro(), other._day_micro()
        else:
            offset, other_offset = self.utcoffset(), other.utcoffset()
            if (offset is None) != (other_offset is None):
                if equality:
                    return 1
                raise TypeError("can't compare offset-naive and offset-aware times")
            mine, theirs = self._day_micro(), other._day_micro()
            if offset is not None:
                mine -= offset._total()
                theirs -= other_offset._total()
        return (mine > theirs) - (mine < theirs)

    def _sign(self, other, equality):
        return self._compare(other, equality) if isinstance(other, time) else None

    def __eq__(self, other):
        sign = self._sign(other, True)
        return NotImplemented if sign is None else sign == 0

    def __ne__(self, other):
        sign = self._sign(other, True)
        return NotImplemented if sign is None else sign != 0

    def __lt__(self, other):
        sign = self._sign(other, False)
        return NotImplemented if sign is None else sign < 0

    def __le__(self, other):
        sign = self._sign(other, False)
        return NotImplemented if sign is None else sign <= 0

    def __gt__(self, other):
        sign = self._sign(other, False)
        return NotImplemented if sign is None else sign > 0

    def __ge__(self, other):
        sign = self._sign(other, False)
        return NotImplemented if sign is None else sign >= 0

    def __hash__(self):
        if self._hashcode == -1:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            key = plain._day_micro()
            if offset is not None:
                key -= offset._total()
            self._hashcode = hash(key)
        return self._hashcode

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]', or fewer parts per `timespec`."""
        text = _clock_text(self._hour, self._minute, self._second, self._microsecond,
                           timespec, 1)
        return text + _offset_text(self.utcoffset(), True)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            shown = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            shown = f'{self._hour}, {self._minute}, {self._second}'
        else:
            shown = f'{self._hour}, {self._minute}'
        if self._tzinfo is not None:
            shown += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            shown += ', fold=1'
        return f"{_label(self, 'time')}({shown})"

    def strftime(self, format):
        """The time written by a time.strftime format (on 1900-01-01)."""
        if (type(format) is str and _clock.strftime is _TIME_STRFTIME
                and (self._tzinfo is None or type(self._tzinfo) is timezone)):
            text = _quick_strftime(format, 1900, 1, 1, self._hour, self._minute,
                                   self._second, self._microsecond)
            if text is not None:
                return text
        fields = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, _clock.struct_time(fields), self._microsecond)

    def __format__(self, fmt):
        _check_format_spec(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _state(self, protocol):
        micro = self._microsecond
        hour = self._hour | (128 if self._fold and protocol > 3 else 0)
        return bytes((hour, self._minute, self._second, micro >> 16, (micro >> 8) & 255,
                      micro & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return type(self), (self._state(protocol),)
        return type(self), (self._state(protocol), self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = _bare_time(time, 0, 0, 0, 0, None, 0)
time.max = _bare_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---- datetime -------------------------------------------------------------------------------

def _bare_datetime(cls, year, month, day, hour, minute, second, micro, tz, fold):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = micro
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _make_datetime(cls, year, month, day, hour, minute, second, micro, tz, fold=0):
    if cls is datetime:
        if (type(year) is type(month) is type(day) is type(hour) is type(minute)
                is type(second) is type(micro) is type(fold) is int
                and 0 < year < 10000 and 0 < month < 13 and 0 < day
                and (day < 29 or day <= _days_in(year, month))
                and 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60
                and 0 <= micro < 1000000 and (fold == 0 or fold == 1)
                and (tz is None or isinstance(tz, tzinfo))):
            return _bare_datetime(cls, year, month, day, hour, minute, second, micro, tz,
                                  fold)
        year, month, day = _valid_date(year, month, day)
        hour, minute, second, micro, fold = _valid_clock(hour, minute, second, micro, fold)
        return _bare_datetime(cls, year, month, day, hour, minute, second, micro,
                              _valid_zone(tz), fold)
    if fold:
        return cls(year, month, day, hour, minute, second, micro, tz, fold=fold)
    return cls(year, month, day, hour, minute, second, micro, tz)


# What datetime(...) fills in for the fields not given by position.
_DATETIME_DEFAULTS = (None, None, None, (0, 0, 0, 0, None), (0, 0, 0, None), (0, 0, None),
                      (0, None), (None,), ())


def _datetime_from_micro(cls, micro, tz):
    # The datetime `micro` microseconds after 0001-01-01 minus one day (day number 0).
    number, rest = divmod(micro, _DAY_MICRO)
    if not 1 <= number <= _LAST_DAY:
        raise OverflowError('date value out of range')
    seconds, micro = divmod(rest, _MICRO)
    year, month, day = _civil(number)
    if cls is datetime:
        return _bare_datetime(cls, year, month, day, seconds // 3600, seconds // 60 % 60,
                              seconds % 60, micro, tz, 0)
    return cls(year, month, day, seconds // 3600, seconds // 60 % 60, seconds % 60, micro, tz)


def _deprecated(name, replacement):
    import warnings
    warnings.warn(f'datetime.datetime.{name}() is deprecated and scheduled for removal in a '
                  'future version. Use timezone-aware objects to represent datetimes in UTC: '
                  f'datetime.datetime.{replacement}.', DeprecationWarning, stacklevel=3)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo: datetime(year, month, day,
    hour, minute, second, microsecond, tzinfo, *, fold)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        count = len(args)
        if not kwargs and count < 9:
            if count > 2:
                # Positional fields, plain ints in range (and maybe a tzinfo).
                year, month, day, hour, minute, second, micro, tz = \
                    args + _DATETIME_DEFAULTS[count]
                if (type(year) is type(month) is type(day) is type(hour) is type(minute)
                        is type(second) is type(micro) is int
                        and 0 < year < 10000 and 0 < month < 13 and 0 < day
                        and (day < 29 or day <= _days_in(year, month))
                        and 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60
                        and 0 <= micro < 1000000
                        and (tz is None or isinstance(tz, _tzinfo_type))):
                    self = object.__new__(cls)
                    self._year = year
                    self._month = month
                    self._day = day
                    self._hour = hour
                    self._minute = minute
                    self._second = second
                    self._microsecond = micro
                    self._tzinfo = tz
                    self._fold = 0
                    self._hashcode = -1
                    return self
            elif count:
                # Unpickling: the 10-byte state, then maybe the tzinfo.
                state = args[0]
                if (type(state) is bytes and len(state) == 10
                        and 1 <= state[2] & 0x7F <= 12):
                    tz = args[1] if count == 2 else None
                    return _bare_datetime(cls, state[0] * 256 + state[1], state[2] & 0x7F,
                                          state[3], state[4], state[5], state[6],
                                          (state[7] << 16) | (state[8] << 8) | state[9],
                                          _valid_zone(tz), state[2] >> 7)
        try:
            year, month, day, hour, minute, second, microsecond, tzinfo, fold = \
                _datetime_fields(*args, **kwargs)
        except TypeError:
            _refuse_call(None, args, kwargs, _DATETIME_ARGS, 3, 8, _DATETIME_INTS)
            raise
        if (day is _NOARG and isinstance(year, (bytes, str)) and len(year) == 10
                and 1 <= ord(year[2:3]) & 0x7F <= 12):
            state = _pickle_bytes(year)
            tz = None if month is _NOARG else month
            return _bare_datetime(cls, state[0] * 256 + state[1], state[2] & 0x7F, state[3],
                                  state[4], state[5], state[6],
                                  (state[7] << 16) | (state[8] << 8) | state[9],
                                  _valid_zone(tz), state[2] >> 7)
        if year is _NOARG or month is _NOARG or day is _NOARG:
            _refuse_call(None, args, kwargs, _DATETIME_ARGS, 3, 8, _DATETIME_INTS)
        try:
            year, month, day = _valid_date(year, month, day)
        except ValueError:
            # C reads every argument before it checks any range.
            for value in (hour, minute, second, microsecond, fold):
                _c_int(value)
            raise
        hour, minute, second, microsecond, fold = _valid_clock(hour, minute, second,
                                                               microsecond, fold)
        return _bare_datetime(cls, year, month, day, hour, minute, second, microsecond,
                              _valid_zone(tzinfo), fold)

    # -- alternative constructors

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """The local date and time of a POSIX timestamp, or the time in zone `tz`."""
        _valid_zone(tz)
        seconds, micro = _split_stamp(timestamp)
        if tz is None:
            if (cls is datetime and _clock.localtime is _TIME_LOCALTIME
                    and _FIRST_SECOND <= seconds < _END_SECOND):
                # Local time is UTC and the fields are valid: no checks needed.
                return _bare_datetime(cls, *_utc_fields(seconds), micro, None, 0)
            return _make_datetime(cls, *_local_fields(seconds), micro, None)
        utc = _make_datetime(cls, *_utc_fields(seconds), micro, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        """The naive UTC date and time of a POSIX timestamp (deprecated)."""
        _deprecated('utcfromtimestamp', 'fromtimestamp(timestamp, datetime.UTC)')
        seconds, micro = _split_stamp(timestamp)
        return _make_datetime(cls, *_utc_fields(seconds), micro, None)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time, or the time in zone `tz`."""
        return cls.fromtimestamp(_clock.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current naive UTC date and time (deprecated)."""
        _deprecated('utcnow', 'now(datetime.UTC)')
        seconds, micro = _split_stamp(_clock.time())
        return _make_datetime(cls, *_utc_fields(seconds), micro, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (tzinfo defaults to the time's)."""
        if not isinstance(date, _date_type):
            raise TypeError('combine() argument 1 must be datetime.date, not '
                            f'{type(date).__name__}')
        if not isinstance(time, _time_type):
            raise TypeError('combine() argument 2 must be datetime.time, not '
                            f'{type(time).__name__}')
        if tzinfo is True:
            tzinfo = time._tzinfo
        return _make_datetime(cls, date._year, date._month, date._day, time._hour,
                              time._minute, time._second, time._microsecond, tzinfo,
                              time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime written in (most forms of) ISO 8601."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) > 18:
            fields = _quick_iso_date(date_string)
            if fields is not None:
                clock = _quick_iso_clock(date_string)
                if clock is not None:
                    return _make_datetime(cls, *fields, *clock)
        width = _date_width(date_string)
        read = _read_date(date_string[:width])
        if read is None:
            raise _bad_iso(date_string)
        clock, tz = [0, 0, 0, 0], None
        if len(date_string) > width:
            found = _time_and_zone(date_string[width + 1:])
            if found is None:
                raise _bad_iso(date_string)
            clock, tz = found
        fields = _calendar(read)
        return _make_datetime(cls, *fields, *clock, tz)

    @classmethod
    def strptime(cls, *args):
        """The datetime that `date_string` spells in `format` (see time.strptime)."""
        if len(args) != 2:
            raise TypeError(f'strptime() takes exactly 2 arguments ({len(args)} given)')
        text, fmt = args
        if not isinstance(text, str):
            raise TypeError(f'strptime() argument 1 must be str, not {type(text).__name__}')
        if not isinstance(fmt, str):
            raise TypeError(f'strptime() argument 2 must be str, not {type(fmt).__name__}')
        import _strptime
        return _strptime._build_datetime(cls, text, fmt)

    # -- fields

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -- conversions

    def date(self):
        """The date part."""
        return _bare_date(_date_type, self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return _bare_time(_time_type, self._hour, self._minute, self._second,
                          self._microsecond, None, self._fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return _bare_time(_time_type, self._hour, self._minute, self._second,
                          self._microsecond, self._tzinfo, self._fold)

    def replace(self, year=_NOARG, month=_NOARG, day=_NOARG, hour=_NOARG, minute=_NOARG,
                second=_NOARG, microsecond=_NOARG, tzinfo=_NOARG, *, fold=_NOARG):
        """A copy with the given fields changed."""
        return _make_datetime(type(self), self._year if year is _NOARG else year,
                              self._month if month is _NOARG else month,
                              self._day if day is _NOARG else day,
                              self._hour if hour is _NOARG else hour,
                              self._minute if minute is _NOARG else minute,
                              self._second if second is _NOARG else second,
                              self._microsecond if microsecond is _NOARG else microsecond,
                              self._tzinfo if tzinfo is _NOARG else tzinfo,
                              self._fold if fold is _NOARG else fold)

    def utcoffset(self):
        """The tzinfo's utcoffset(self), or None for a naive datetime."""
        if self._tzinfo is None:
            return None
        return _offset_result(self._tzinfo.utcoffset(self), 'utcoffset')

    def dst(self):
        """The tzinfo's dst(self), or None for a naive datetime."""
        if self._tzinfo is None:
            return None
        return _offset_result(self._tzinfo.dst(self), 'dst')

    def tzname(self):
        """The tzinfo's tzname(self), or None for a naive datetime."""
        if self._tzinfo is None:
            return None
        return _name_result(self._tzinfo.tzname(self))

    def timetuple(self):
        """A time.struct_time of the local fields (tm_isdst from dst())."""
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _clock.struct_time((self._year, self._month, self._day, self._hour,
                                   self._minute, self._second, self.weekday(),
                                   self._year_day(), flag))

    def utctimetuple(self):
        """A time.struct_time of the UTC fields (naive datetimes are taken as UTC)."""
        moment = self
        offset = self.utcoffset()
        if offset:
            moment = self - offset
        return _clock.struct_time((moment._year, moment._month, moment._day, moment._hour,
                                   moment._minute, moment._second, moment.weekday(),
                                   moment._year_day(), 0))

    def timestamp(self):
        """POSIX timestamp as a float (naive datetimes are local time)."""
        if self.utcoffset() is None:
            return _naive_local_to_posix(self) + self._microsecond / 1e6
        return (self - _UNIX_EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """The same moment expressed in zone `tz` (default: the local zone)."""
        _valid_zone(tz)
        if self._tzinfo is tz and tz is not None:
            return self
        offset = self.utcoffset()
        if offset is None:
            seconds = _naive_local_to_posix(self)
            offset = timedelta(seconds=_local_offset_seconds(seconds))
        utc = self - offset
        if tz is None:
            seconds = (utc.toordinal() - _UNIX_DAY1) * 86400 + utc._hour * 3600 \
                + utc._minute * 60 + utc._second
            tz = _local_zone(seconds)
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- text

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'; `sep` goes between date and time."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not '
                            f'{type(sep).__name__}')
        clock = _clock_text(self._hour, self._minute, self._second, self._microsecond,
                            timespec, 2)
        text = f'{_date_text(self._year, self._month, self._day)}{sep}{clock}'
        if self._tzinfo is None:
            return text         # no offset to add (utcoffset() is None)
        return text + _offset_text(self.utcoffset(), True)

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        shown = f'{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}'
        if self._microsecond:
            shown += f', {self._second}, {self._microsecond}'
        elif self._second:
            shown += f', {self._second}'
        if self._fold:
            shown += ', fold=1'
        if self._tzinfo is not None:
            shown += f', tzinfo={self._tzinfo!r}'
        return f"{_label(self, 'datetime')}({shown})"

    def ctime(self):
        return _ctime_text(self.toordinal(), self._year, self._month, self._day, self._hour,
                           self._minute, self._second)

    def strftime(self, format):
        """The datetime written by a time.strftime format (plus %f, %z, %:z, %Z)."""
        # timetuple() of a naive or fixed-offset datetime calls nothing that could be
        # told apart, so the common formats can be written directly.
        if (type(self) is datetime and type(format) is str
                and _clock.strftime is _TIME_STRFTIME
                and (self._tzinfo is None or type(self._tzinfo) is timezone)):
            text = _quick_strftime(format, self._year, self._month, self._day, self._hour,
                                   self._minute, self._second, self._microsecond)
            if text is not None:
                return text
        return _strftime(self, format, self.timetuple(), self._microsecond)

    # -- comparison and arithmetic

    def _micro(self):
        # Microseconds since day number 0, ignoring tzinfo.
        return (((_day_number(self._year, self._month, self._day) * 24 + self._hour) * 60
                 + self._minute) * 60 + self._second) * _MICRO + self._microsecond

    def _fold_matters(self, offset):
        # Whether the other fold of this wall time has another UTC offset (PEP 495).
        flipped = self.replace(fold=1 - self._fold).utcoffset()
        return flipped != offset

    def _compare(self, other, equality):
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._micro(), other._micro()
            return (mine > theirs) - (mine < theirs)
        offset, other_offset = self.utcoffset(), other.utcoffset()
        if offset == other_offset:
            mine, theirs = self._micro(), other._micro()
        elif offset is not None and other_offset is not None:
            mine = self._micro() - offset._total()
            theirs = other._micro() - other_offset._total()
        elif equality:
            return 1
        else:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if mine == theirs and equality and (self._fold_matters(offset)
                                            or other._fold_matters(other_offset)):
            return 1
        return (mine > theirs) - (mine < theirs)

    def _against(self, other, equality):
        # None when the comparison is not ours to make.
        if isinstance(other, datetime):
            return self._compare(other, equality)
        if isinstance(other, date) and not equality:
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return None
    # With the same tzinfo object (None included) the fields compare in order, without
    # asking for UTC offsets.

    def __eq__(self, other):
        if isinstance(other, datetime) and other._tzinfo is self._tzinfo:
            return ((self._year, self._month, self._day, self._hour, self._minute,
                     self._second, self._microsecond)
                    == (other._year, other._month, other._day, other._hour, other._minute,
                       other._second, other._microsecond))
        sign = self._against(other, True)
        return NotImplemented if sign is None else sign == 0

    def __ne__(self, other):
        if isinstance(other, datetime) and other._tzinfo is self._tzinfo:
            return ((self._year, self._month, self._day, self._hour, self._minute,
                     self._second, self._microsecond)
                    != (other._year, other._month, other._day, other._hour, other._minute,
                       other._second, other._microsecond))
        sign = self._against(other, True)
        return NotImplemented if sign is None else sign != 0

    def __lt__(self, other):
        if isinstance(other, datetime) and other._tzinfo is self._tzinfo:
            return ((self._year, self._month, self._day, self._hour, self._minute,
                     self._second, self._microsecond)
                    < (other._year, other._month, other._day, other._hour, other._minute,
                       other._second, other._microsecond))
        sign = self._against(other, False)
        return NotImplemented if sign is None else sign < 0

    def __le__(self, other):
        if isinstance(other, datetime) and other._tzinfo is self._tzinfo:
            return ((self._year, self._month, self._day, self._hour, self._minute,
                     self._second, self._microsecond)
                    <= (other._year, other._month, other._day, other._hour, other._minute,
                       other._second, other._microsecond))
        sign = self._against(other, False)
        return NotImplemented if sign is None else sign <= 0

    def __gt__(self, other):
        if isinstance(other, datetime) and other._tzinfo is self._tzinfo:
            return ((self._year, self._month, self._day, self._hour, self._minute,
                     self._second, self._microsecond)
                    > (other._year, other._month, other._day, other._hour, other._minute,
                       other._second, other._microsecond))
        sign = self._against(other, False)
        return NotImplemented if sign is None else sign > 0

    def __ge__(self, other):
        if isinstance(other, datetime) and other._tzinfo is self._tzinfo:
            return ((self._year, self._month, self._day, self._hour, self._minute,
                     self._second, self._microsecond)
                    >= (other._year, other._month, other._day, other._hour, other._minute,
                       other._second, other._microsecond))
        sign = self._against(other, False)
        return NotImplemented if sign is None else sign >= 0

    def __hash__(self):
        if self._hashcode == -1:
            if self._tzinfo is None and type(self) is datetime:
                self._hashcode = hash(self._micro())
                return self._hashcode
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            key = plain._micro()
            if offset is not None:
                key -= offset._total()
            self._hashcode = hash(key)
        return self._hashcode

    def _moved(self, days, micro):
        # This moment plus `days` days and `micro` microseconds, same tzinfo.
        if type(self) is datetime:
            carry, rest = divmod(((self._hour * 60 + self._minute) * 60 + self._second)
                                 * _MICRO + self._microsecond + micro, _DAY_MICRO)
            day = self._day + days + carry
            if 0 < day < 29:
                # Still within the month: no calendar arithmetic needed.
                seconds, micro = divmod(rest, _MICRO)
                return _bare_datetime(datetime, self._year, self._month, day,
                                      seconds // 3600, seconds // 60 % 60, seconds % 60,
                                      micro, self._tzinfo, 0)
        return _datetime_from_micro(type(self), self._micro() + days * _DAY_MICRO + micro,
                                    self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._moved(other._days, other._seconds * _MICRO + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._moved(-other._days, -other._seconds * _MICRO - other._microseconds)
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._micro() - other._micro()
        if self._tzinfo is not other._tzinfo:
            offset, other_offset = self.utcoffset(), other.utcoffset()
            if (offset is None) != (other_offset is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if offset is not None:
                difference -= offset._total() - other_offset._total()
        return _delta_from_micro(difference)

    def __rsub__(self, other):
        return NotImplemented

    def _state(self, protocol):
        year, micro = self._year, self._microsecond
        month = self._month | (128 if self._fold and protocol > 3 else 0)
        return bytes((year >> 8, year & 255, month, self._day, self._hour, self._minute,
                      self._second, micro >> 16, (micro >> 8) & 255, micro & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return type(self), (self._state(protocol),)
        return type(self), (self._state(protocol), self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = _bare_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _bare_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution

_date_type = date
_time_type = time
_UNIX_EPOCH = _bare_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)

# CPython's datetime types are C types: messages name them 'datetime.timedelta'.
import _abc
for _cls in (timedelta, date, datetime, time, tzinfo, timezone):
    _abc.set_static_name(_cls)
del _cls, _abc
