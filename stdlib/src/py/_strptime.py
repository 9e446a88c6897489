"""Reading dates and times back from text by a strftime-style format (the engine behind
time.strptime and datetime.strptime, written for pyrs; C locale only).

A format becomes a regular expression with one named group per directive; the matched
groups are then resolved into calendar fields.
"""

import re as _re
import time as _clock

_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTH_NAMES = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
                'september', 'october', 'november', 'december')


def _choice(words):
    # Alternatives longest first, so that a longer name wins over its prefix.
    ordered = sorted(words, key=len, reverse=True)
    return '|'.join(_re.escape(word) for word in ordered)


def _ranges(*alternatives):
    return '|'.join(alternatives)


# What each directive matches (C locale), tried left to right like CPython's patterns.
_TWO_TO_59 = _ranges('[0-5][0-9]', '[0-9]')
_SIMPLE = {
    'd': _ranges('3[01]', '[12][0-9]', '0[1-9]', '[1-9]', ' [1-9]'),
    'f': '[0-9]{1,6}',
    'H': _ranges('2[0-3]', '[01][0-9]', '[0-9]'),
    'I': _ranges('1[0-2]', '0[1-9]', '[1-9]'),
    'G': '[0-9]{4}',
    'j': _ranges('36[0-6]', '3[0-5][0-9]', '[12][0-9][0-9]', '0[1-9][0-9]', '00[1-9]',
                 '[1-9][0-9]', '0[1-9]', '[1-9]'),
    'm': _ranges('1[0-2]', '0[1-9]', '[1-9]'),
    'M': _TWO_TO_59,
    'S': _ranges('6[01]', '[0-5][0-9]', '[0-9]'),
    'U': _ranges('5[0-3]', '[0-4][0-9]', '[0-9]'),
    'W': _ranges('5[0-3]', '[0-4][0-9]', '[0-9]'),
    'w': '[0-6]',
    'u': '[1-7]',
    'V': _ranges('5[0-3]', '0[1-9]', '[1-4][0-9]', '[0-9]'),
    'y': '[0-9]{2}',
    'Y': '[0-9]{4}',
    'z': r'[+-][0-9]{2}:?[0-5][0-9](?::?[0-5][0-9](?:\.[0-9]{1,6})?)?|(?-i:Z)',
    'a': _choice(name[:3] for name in _DAY_NAMES),
    'A': _choice(_DAY_NAMES),
    'b': _choice(name[:3] for name in _MONTH_NAMES),
    'B': _choice(_MONTH_NAMES),
    'p': 'am|pm',
}
# Directives that stand for a whole sub-format in the C locale.
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _zone_names():
    # Lower-cased zone names by tm_isdst value, as the locale reports them.
    standard = {'utc', 'gmt', _clock.tzname[0].lower()}
    summer = {_clock.tzname[1].lower()} if _clock.daylight else set()
    return standard, summer


def _translate(fmt, whole):
    """The regular expression text of a format; `whole` is the format named in errors."""
    out = []
    pos = 0
    end = len(fmt)
    while pos < end:
        char = fmt[pos]
        if char == '%':
            if pos + 1 == end:
                raise ValueError(f"stray % in format '{whole}'")
            code = fmt[pos + 1]
            pos += 2
            if code == '%':
                out.append('%')
            elif code in _COMPOSITE:
                out.append(_translate(_COMPOSITE[code], whole))
            elif code == 'Z':
                standard, summer = _zone_names()
                out.append(f'(?P<Z>{_choice(standard | summer)})')
            elif code in _SIMPLE:
                out.append(f'(?P<{code}>{_SIMPLE[code]})')
            else:
                # CPython escapes regex syntax and whitespace before reading directives,
                # so such a character shows up as a stray '%'.
                if code.isspace() or code in '\\.^$*+?(){}[]|':
                    code = '%'
                raise ValueError(f"'{code}' is a bad directive in format '{whole}'")
        elif char.isspace():
            while pos < end and fmt[pos].isspace():
                pos += 1
            out.append(r'\s+')
            continue
        else:
            out.append(_re.escape(char))
            pos += 1
    return ''.join(out)


_compiled = {}


def _regex_for(fmt):
    found = _compiled.get(fmt)
    if found is None:
        if len(_compiled) > 100:
            _compiled.clear()
        found = _re.compile(_translate(fmt, fmt), _re.IGNORECASE)
        _compiled[fmt] = found
    return found


def _offset_of(text):
    # (seconds, microseconds) east of UTC written by %z: Z, +HHMM, +HH:MM[:SS[.ffffff]].
    if text == 'Z':
        return 0, 0
    digits = text[1:]
    if digits[2:3] == ':':
        digits = digits[:2] + digits[3:]
        if len(digits) > 4:
            if digits[4] != ':':
                raise ValueError(f'Inconsistent use of : in {text}')
            digits = digits[:4] + digits[5:]
    hours, minutes = int(digits[:2]), int(digits[2:4])
    seconds = int(digits[4:6] or 0)
    fraction = digits[7:]
    micro = int(fraction + '0' * (6 - len(fraction))) if fraction else 0
    total = (hours * 60 + minutes) * 60 + seconds
    if text[0] == '-':
        return -total, -micro
    return total, micro


def _first_of_year_weekday(year):
    import datetime
    return datetime.date(year, 1, 1).weekday()


def _week_day_of_year(year, week, weekday, monday_first):
    """Day of the year (1-based, may be <= 0) of a %U/%W week number and a weekday."""
    first = _first_of_year_weekday(year)
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


_ISO_YEAR_NEEDS = ("ISO year directive '%G' must be used with the ISO week directive '%V' "
                   "and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_WEEK_NEEDS = ("ISO week directive '%V' must be used with the ISO year directive '%G' "
                   "and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_WEEK_VS_YEAR = ("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                     "Use the ISO year '%G' instead.")
_YEAR_DAY_VS_ISO = ("Day of the year directive '%j' is not compatible with ISO year "
                    "directive '%G'. Use '%Y' instead.")


def _parse(text, fmt):
    """Match `text` against `fmt`; returns (fields, microseconds, offset microseconds) where
    fields are year, month, day, hour, minute, second, weekday, yearday, isdst, zone name,
    offset seconds."""
    import datetime
    for position, value in enumerate((text, fmt)):
        if not isinstance(value, str):
            raise TypeError(f'strptime() argument {position} must be str, not {type(value)}')
    pattern = _regex_for(fmt)
    found = pattern.match(text)
    if found is None:
        raise ValueError(f'time data {text!r} does not match format {fmt!r}')
    if found.end() != len(text):
        raise ValueError(f'unconverted data remains: {text[found.end():]}')
    groups = found.groupdict()

    year = iso_year = iso_week = weekday = yearday = None
    month = day = 1
    hour = minute = second = micro = 0
    isdst = -1
    offset = None
    offset_micro = 0
    week = week_monday_first = None
    for code, value in groups.items():
        if code == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif code == 'Y':
            year = int(value)
        elif code == 'G':
            iso_year = int(value)
        elif code == 'm':
            month = int(value)
        elif code == 'B':
            month = _MONTH_NAMES.index(value.lower()) + 1
        elif code == 'b':
            month = [name[:3] for name in _MONTH_NAMES].index(value.lower()) + 1
        elif code == 'd':
            day = int(value)
        elif code == 'H':
            hour = int(value)
        elif code == 'I':
            hour = int(value) % 12
            if groups.get('p', '').lower() == 'pm':
                hour += 12
        elif code == 'M':
            minute = int(value)
        elif code == 'S':
            second = int(value)
        elif code == 'f':
            micro = int(value + '0' * (6 - len(value)))
        elif code == 'A':
            weekday = _DAY_NAMES.index(value.lower())
        elif code == 'a':
            weekday = [name[:3] for name in _DAY_NAMES].index(value.lower())
        elif code == 'w':
            weekday = (int(value) + 6) % 7
        elif code == 'u':
            weekday = int(value) - 1
        elif code == 'j':
            yearday = int(value)
        elif code in 'UW':
            week = int(value)
            week_monday_first = code == 'W'
        elif code == 'V':
            iso_week = int(value)
        elif code == 'z':
            offset, offset_micro = _offset_of(value)
        elif code == 'Z':
            name = value.lower()
            standard, summer = _zone_names()
            same = _clock.tzname[0] == _clock.tzname[1]
            if name in standard:
                if not (same and _clock.daylight and name not in ('utc', 'gmt')):
                    isdst = 0
            elif name in summer:
                if not (same and _clock.daylight):
                    isdst = 1

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError(_ISO_YEAR_NEEDS)
        if yearday is not None:
            raise ValueError(_YEAR_DAY_VS_ISO)
    elif iso_week is not None:
        raise ValueError(_ISO_WEEK_VS_YEAR if weekday is not None else _ISO_WEEK_NEEDS)

    # Without a year, 29 February is checked against a leap year but reported as 1900.
    leap_stand_in = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_stand_in else 1900

    if yearday is None and weekday is not None:
        if week is not None:
            yearday = _week_day_of_year(year, week, weekday, week_monday_first)
        elif iso_year is not None and iso_week is not None:
            found_date = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = found_date.year, found_date.month, found_date.day
        if yearday is not None and yearday <= 0:
            year -= 1
            yearday += 366 if _is_leap(year) else 365
    if yearday is None:
        start = datetime.date(year, 1, 1).toordinal()
        yearday = datetime.date(year, month, day).toordinal() - start + 1
    else:
        start = datetime.date(year, 1, 1).toordinal()
        found_date = datetime.date.fromordinal(start + yearday - 1)
        year, month, day = found_date.year, found_date.month, found_date.day
    if weekday is None:
        weekday = datetime.date(year, month, day).weekday()
    if leap_stand_in:
        year = 1900
    fields = (year, month, day, hour, minute, second, weekday, yearday, isdst,
              groups.get('Z'), offset)
    return fields, micro, offset_micro


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _build_struct_time(text, fmt):
    """time.strptime: a struct_time (tm_zone and tm_gmtoff from %Z and %z)."""
    return _clock.struct_time(_parse(text, fmt)[0])


def _build_datetime(cls, text, fmt):
    """datetime.strptime: an instance of `cls`, aware when the format has %z."""
    import datetime
    fields, micro, offset_micro = _parse(text, fmt)
    args = fields[:6] + (micro,)
    name, offset = fields[9], fields[10]
    if offset is None:
        return cls(*args)
    delta = datetime.timedelta(seconds=offset, microseconds=offset_micro)
    zone = datetime.timezone(delta, name) if name else datetime.timezone(delta)
    return cls(*args, zone)
