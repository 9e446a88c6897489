"""Text-to-time parsing behind time.strptime and datetime.strptime (C locale only).

A format is compiled once into a regular expression with one named group per
directive; a successful match is then turned into calendar fields, resolving week
numbers, day-of-year and ISO week dates into an ordinary year/month/day.
"""

import re
import time

# Composite directives, spelled out as in the C locale.
_ALIASES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')


def _one_of(words):
    # Longest first so that no alternative shadows a longer one.
    return '|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _char_set(chars):
    """A regex class for `chars`; all ten ASCII digits become "any digit"."""
    chars = sorted(chars)
    if chars == list('0123456789'):
        return r'\d'
    if len(chars) == 1:
        return re.escape(chars[0])
    runs = []
    for ch in chars:
        if runs and ord(ch) == ord(runs[-1][1]) + 1:
            runs[-1][1] = ch
        else:
            runs.append([ch, ch])
    return '[%s]' % ''.join(re.escape(a) if a == b else re.escape(a) + '-' + re.escape(b)
                            for a, b in runs)


def _same_length_regex(words):
    """Regex matching exactly the equal-length strings in `words` (prefix-tree form)."""
    if '' in words:
        return ''
    tails_by_head = {}
    for word in words:
        tails_by_head.setdefault(word[0], set()).add(word[1:])
    # Heads continuing identically share one character class.
    heads_by_tails = {}
    for head, tails in tails_by_head.items():
        heads_by_tails.setdefault(frozenset(tails), []).append(head)
    options = sorted(_char_set(heads) + _same_length_regex(tails)
                     for tails, heads in heads_by_tails.items())
    if len(options) == 1:
        return options[0]
    return '(?:%s)' % '|'.join(options)


def _number(lo, hi, widths, extra=()):
    """Pattern for the integers lo..hi, each written with any digit count in `widths`
    (zero-padded up to it), plus the `extra` spellings.  Longer spellings are tried first, so a
    shorter one is still taken when the rest of the format needs it."""
    spellings = set(extra)
    for value in range(lo, hi + 1):
        digits = str(value)
        spellings.update(digits.zfill(w) for w in widths if w >= len(digits))
    lengths = sorted({len(s) for s in spellings}, reverse=True)
    return '|'.join(_same_length_regex({s for s in spellings if len(s) == n})
                    for n in lengths)


def _offset_pattern():
    """%z: 'Z', or sign, hours and minutes, then optionally seconds and a fraction."""
    clock = ':?(?:%s)' % _number(0, 59, (2,))
    hours = r'[+-]\d\d' + clock
    shapes = [hours + clock + r'\.\d{1,6}', hours + clock, hours, 'Z']
    return '|'.join(shapes)


# Regex fragment for every directive that reads a field.  %Z is filled in per call
# because it depends on time.tzname.  Entries in _WORDY compare letters without
# regard to case; everything else (digits, and the 'Z' of %z) is matched as is.
_PIECES = {
    'Y': r'\d{4}',
    'G': r'\d{4}',
    'y': _number(0, 99, (2,)),
    'm': _number(1, 12, (1, 2)),
    'I': _number(1, 12, (1, 2)),
    'd': _number(1, 31, (1, 2), [' %d' % n for n in range(1, 10)]),
    'j': _number(1, 366, (1, 2, 3)),
    'H': _number(0, 23, (1, 2)),
    'M': _number(0, 59, (1, 2)),
    'S': _number(0, 61, (1, 2)),
    'U': _number(0, 53, (1, 2)),
    'W': _number(0, 53, (1, 2)),
    'V': _number(1, 53, (1, 2), ['0']),
    'f': '[0-9]{1,6}',
    'w': '[0-6]',
    'u': '[1-7]',
    'z': _offset_pattern(),
}
_WORDY = {
    'p': _one_of(('am', 'pm')),
    'a': _one_of(w[:3] for w in _WEEKDAYS),
    'A': _one_of(_WEEKDAYS),
    'b': _one_of(m[:3] for m in _MONTHS),
    'B': _one_of(_MONTHS),
}

# Characters that, following a '%', are reported as "'%' is a bad directive".
_SHOWN_AS_PERCENT = frozenset('$()*+.?[\\]^{|}') | frozenset(' \t\n\r\v\f')

_compiled = {}
_COMPILED_LIMIT = 64

_ISO_YEAR_ALONE = ("ISO year directive '%G' must be used with the ISO week directive '%V' "
                   "and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_WEEK_WITH_YEAR = ("ISO week directive '%V' is incompatible with the year directive "
                       "'%Y'. Use the ISO year '%G' instead.")
_ISO_WEEK_ALONE = ("ISO week directive '%V' must be used with the ISO year directive '%G' "
                   "and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_AND_YDAY = ("Day of the year directive '%j' is not compatible with ISO year directive "
                 "'%G'. Use '%Y' instead.")


def _zone_names():
    names = {'utc', 'gmt'}
    names.update(n.lower() for n in time.tzname if n)
    return names


def _pattern_for(fmt):
    """Compile (and cache) the matcher for `fmt`."""
    zones = _zone_names()
    key = (fmt, frozenset(zones))
    found = _compiled.get(key)
    if found is not None:
        return found
    expanded = fmt
    pieces = []
    pos = 0
    while pos < len(expanded):
        ch = expanded[pos]
        if ch != '%':
            run_end = pos
            while run_end < len(expanded) and expanded[run_end] != '%':
                run_end += 1
            for chunk in re.split(r'(\s+)', expanded[pos:run_end]):
                if chunk.isspace():
                    pieces.append(r'\s+')
                elif chunk:
                    pieces.append('(?i:%s)' % re.escape(chunk))
            pos = run_end
            continue
        if pos + 1 >= len(expanded):
            raise ValueError('stray %% in format %r' % fmt)
        letter = expanded[pos + 1]
        pos += 2
        if letter == '%':
            pieces.append('%')
        elif letter in _ALIASES:
            # Splice the spelled-out form in place and keep scanning from it.
            expanded = expanded[:pos - 2] + _ALIASES[letter] + expanded[pos:]
            pos -= 2
        elif letter == 'Z':
            pieces.append('(?P<Z>(?i:%s))' % _one_of(zones))
        elif letter in _WORDY:
            pieces.append('(?P<%s>(?i:%s))' % (letter, _WORDY[letter]))
        elif letter in _PIECES:
            pieces.append('(?P<%s>%s)' % (letter, _PIECES[letter]))
        else:
            shown = '%' if letter in _SHOWN_AS_PERCENT else letter
            raise ValueError("'%s' is a bad directive in format '%s'" % (shown, fmt))
    found = re.compile(''.join(pieces))
    if len(_compiled) >= _COMPILED_LIMIT:
        _compiled.clear()
    _compiled[key] = found
    return found


# ---------------------------------------------------------------- calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_lengths(year):
    return (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _day_number(year, yday):
    """Days since 0001-01-00 of day `yday` (1-based) of `year`."""
    prior = year - 1
    return prior * 365 + prior // 4 - prior // 100 + prior // 400 + yday


def _from_day_number(number):
    """Inverse of _day_number: (year, month, day, yday), checking the year range."""
    year = (number - 1) * 400 // 146097 + 1
    while _day_number(year, 1) > number:
        year -= 1
    while _day_number(year + 1, 1) <= number:
        year += 1
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    yday = number - _day_number(year, 0)
    rest = yday
    for month, length in enumerate(_month_lengths(year), 1):
        if rest <= length:
            return year, month, rest, yday
        rest -= length
    raise AssertionError('unreachable')


def _weekday_of(number):
    # Day number 1 (0001-01-01) was a Monday; Monday is 0.
    return (number - 1) % 7


def _checked_yday(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    lengths = _month_lengths(year)
    if not 1 <= day <= lengths[month - 1]:
        raise ValueError('day is out of range for month')
    return sum(lengths[:month - 1]) + day


def _iso_day_number(year, week, weekday):
    if not 1 <= year <= 9999:
        raise ValueError('Year is out of range: %d' % year)
    jan4 = _day_number(year, 4)
    week_one = jan4 - _weekday_of(jan4)
    jan1_wd = _weekday_of(_day_number(year, 1))
    long_year = jan1_wd == 3 or (jan1_wd == 2 and _is_leap(year))
    if not 1 <= week <= (53 if long_year else 52):
        raise ValueError('Invalid week: %d' % week)
    return week_one + (week - 1) * 7 + weekday


# ---------------------------------------------------------------- field resolution

def _parse_offset(text):
    """(whole seconds, microseconds) east of UTC for a %z match."""
    if text == 'Z':
        return 0, 0
    sign = -1 if text[0] == '-' else 1
    body = text[1:]
    if body[2:3] == ':':
        if len(body) > 5 and body[5] != ':':
            raise ValueError('Inconsistent use of : in %s' % text)
        body = body.replace(':', '')
    body, _, frac = body.partition('.')
    seconds = int(body[0:2]) * 3600 + int(body[2:4]) * 60
    if len(body) > 4:
        seconds += int(body[4:6])
    micro = int(frac.ljust(6, '0')) if frac else 0
    return sign * seconds, sign * micro


class _Fields:
    """Calendar fields accumulated from one match."""

    def __init__(self, groups):
        self.groups = groups
        self.year = 1900
        self.month = self.day = 1
        self.hour = self.minute = self.second = self.micro = 0
        self.weekday = None
        self.yday = None
        self.offset = None
        self.offset_micro = 0
        self.zone = None
        self.isdst = -1
        self._read()

    def _read(self):
        g = self.groups
        hour12 = None
        afternoon = None
        for letter, text in g.items():
            if text is None:
                continue
            low = text.lower()
            if letter == 'y' and g.get('Y') is None:
                two = int(text)
                self.year = two + (2000 if two < 69 else 1900)
            elif letter == 'Y':
                self.year = int(text)
            elif letter == 'm':
                self.month = int(text)
            elif letter in 'bB':
                self.month = 1 + [n[:len(low)] for n in _MONTHS].index(low)
            elif letter == 'd':
                self.day = int(text)
            elif letter == 'H':
                self.hour = int(text)
            elif letter == 'I':
                hour12 = int(text) % 12
            elif letter == 'p':
                afternoon = low == 'pm'
            elif letter == 'M':
                self.minute = int(text)
            elif letter == 'S':
                self.second = int(text)
            elif letter == 'f':
                self.micro = int(text.ljust(6, '0'))
            elif letter in 'aA':
                self.weekday = [n[:len(low)] for n in _WEEKDAYS].index(low)
            elif letter == 'w':
                self.weekday = (int(text) + 6) % 7
            elif letter == 'u':
                self.weekday = int(text) - 1
            elif letter == 'j':
                self.yday = int(text)
            elif letter == 'z':
                self.offset, self.offset_micro = _parse_offset(text)
            elif letter == 'Z':
                self.zone = text
                self.isdst = self._dst_flag(low)
        if hour12 is not None:
            self.hour = hour12 + (12 if afternoon else 0)

    @staticmethod
    def _dst_flag(name):
        if name in ('utc', 'gmt'):
            return 0
        std, summer = (n.lower() for n in time.tzname)
        if name == std and std != summer:
            return 0
        if name == summer and std != summer and time.daylight:
            return 1
        return 0 if name == std else -1

    def _check_iso_usage(self):
        g = self.groups
        has = {k for k, v in g.items() if v is not None}
        weekday_given = bool(has & set('aAwu'))
        if 'G' in has and not ('V' in has and weekday_given):
            raise ValueError(_ISO_YEAR_ALONE)
        if 'V' in has:
            if weekday_given and ('G' not in has or has & set('Yy')):
                raise ValueError(_ISO_WEEK_WITH_YEAR)
            if not ('G' in has and weekday_given):
                raise ValueError(_ISO_WEEK_ALONE)
        if 'G' in has and 'j' in has:
            raise ValueError(_ISO_AND_YDAY)
        return 'G' in has

    def resolve(self):
        """Settle year, month, day, weekday and day of year."""
        g = self.groups
        if self._check_iso_usage():
            number = _iso_day_number(int(g['G']), int(g['V']), self.weekday)
            self.year, self.month, self.day, self.yday = _from_day_number(number)
            return
        year_given = g.get('Y') is not None or g.get('y') is not None
        # Without a year, Feb 29 is worked out in 1904 but the year reported stays 1900.
        stand_in = not year_given and (self.month, self.day) == (2, 29)
        year = 1904 if stand_in else self.year
        jan1 = _day_number(year, 1)
        week_letter = 'U' if g.get('U') is not None else 'W' if g.get('W') is not None else None
        if self.yday is not None:
            number = jan1 + self.yday - 1
        elif self.weekday is not None and week_letter:
            number = self._from_week(jan1, int(g[week_letter]), 6 if week_letter == 'U' else 0)
        else:
            number = jan1 + _checked_yday(year, self.month, self.day) - 1
        found_year, self.month, self.day, own_yday = _from_day_number(number)
        # A day before Jan 1 counts within its own year; later days count from Jan 1
        # of the year being parsed, even past its end.
        self.yday = number - jan1 + 1 if number >= jan1 else own_yday
        if not stand_in:
            self.year = found_year
        if self.weekday is None:
            self.weekday = _weekday_of(number)

    def _from_week(self, jan1, week, first_weekday):
        """Day number for self.weekday in week `week` (weeks begin on `first_weekday`)."""
        week_one = jan1 + (first_weekday - _weekday_of(jan1)) % 7
        if week == 0 and week_one == jan1:
            week = 1
        return week_one + 7 * (week - 1) + (self.weekday - first_weekday) % 7


def _scan(text, fmt):
    for index, value in enumerate((text, fmt)):
        if not isinstance(value, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index, type(value)))
    found = _pattern_for(fmt).match(text)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (text, fmt))
    if found.end() != len(text):
        raise ValueError('unconverted data remains: %s' % text[found.end():])
    fields = _Fields(found.groupdict())
    fields.resolve()
    return fields


def _build_struct_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    f = _scan(data_string, format)
    return time.struct_time((f.year, f.month, f.day, f.hour, f.minute, f.second, f.weekday,
                             f.yday, f.isdst, f.zone, f.offset))


def _build_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    f = _scan(data_string, format)
    extra = ()
    if f.offset is not None:
        from datetime import timedelta, timezone
        delta = timedelta(seconds=f.offset, microseconds=f.offset_micro)
        if f.zone:
            extra = (timezone(delta, f.zone),)
        else:
            extra = (timezone.utc if not delta else timezone(delta),)
    return cls(f.year, f.month, f.day, f.hour, f.minute, f.second, f.micro, *extra)
