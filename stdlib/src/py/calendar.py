"""Calendar printing functions (CPython's calendar module, written for pyrs).

Weeks start on Monday unless setfirstweekday() says otherwise.  Month and
day names come from the LC_TIME locale; pyrs only has the C locales, whose
names are the English ones.  Run as a script, it prints a calendar.
"""

import datetime
import locale as _locale
import sys
import warnings
from enum import IntEnum, global_enum
from itertools import repeat
from operator import index as _index

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday',
           'firstweekday', 'isleap', 'leapdays', 'weekday', 'monthrange',
           'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
           'Calendar', 'TextCalendar', 'HTMLCalendar', 'LocaleTextCalendar',
           'LocaleHTMLCalendar', 'weekheader',
           'Day', 'Month',
           'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY',
           'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
           'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
           'SATURDAY', 'SUNDAY']

error = ValueError


def __getattr__(name):
    # the month constants' old spellings, still served with a warning
    old = ('January', 'February')
    if name in old:
        warnings.warn(f"The '{name}' attribute is deprecated, use "
                      f"'{name.upper()}' instead", DeprecationWarning,
                      stacklevel=2)
        return old.index(name) + 1
    raise AttributeError(f"module '{__name__}' has no attribute '{name}'")


class IllegalMonthError(ValueError):
    def __init__(self, month):
        super().__init__(month)
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        super().__init__(weekday)
        self.weekday = weekday

    def __str__(self):
        return ('bad weekday number %r; must be 0 (Monday) to 6 (Sunday)'
                % (self.weekday,))


@global_enum
class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


# days in each month of a common year (index 0 unused)
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

EPOCH = 1970


_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
         'Saturday', 'Sunday')
# the C locale's answers for the usual formats (all pyrs's locales give them)
_C_NAMES = {
    ('%B', 'm'): _MONTHS, ('%b', 'm'): tuple(m[:3] for m in _MONTHS),
    ('%A', 'd'): _DAYS, ('%a', 'd'): tuple(d[:3] for d in _DAYS),
}


def _strftime_names(format, kind, numbers):
    known = _C_NAMES.get((format, kind))
    if known is not None:
        return [known[n - 1] for n in numbers]
    if kind == 'm':
        return [datetime.date(2001, n, 1).strftime(format) for n in numbers]
    # 2001-01-01 was a Monday
    return [datetime.date(2001, 1, n).strftime(format) for n in numbers]


class _localized_month:
    """The month names strftime(format) gives, indexed 1-12 (0 is '')."""

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        picked = list(range(13))[i]
        if isinstance(i, slice):
            named = _strftime_names(self.format, 'm', [n for n in picked if n])
            return ['' if not n else named.pop(0) for n in picked]
        if not picked:
            return ''
        return _strftime_names(self.format, 'm', [picked])[0]

    def __len__(self):
        return 13


class _localized_day:
    """The weekday names strftime(format) gives, indexed 0 (Monday) to 6."""

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        picked = list(range(1, 8))[i]
        if isinstance(i, slice):
            return _strftime_names(self.format, 'd', picked)
        return _strftime_names(self.format, 'd', [picked])[0]

    def __len__(self):
        return 7


# full and abbreviated names
month_name, month_abbr = _localized_month('%B'), _localized_month('%b')
day_name, day_abbr = _localized_day('%A'), _localized_day('%a')


def isleap(year):
    """Return True for leap years (Gregorian rules), False otherwise."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """Count the leap years in range(y1, y2), for y1 <= y2."""
    def upto(y):
        # leap years in 1..y (extended backwards consistently)
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def _days_in(year, month):
    return 29 if month == 2 and isleap(year) else mdays[month]


def _monthlen(year, month):
    return _days_in(year, month)


def _ordinal(year, month, day):
    # day number with 0001-01-01 as day 1, like date.toordinal()
    y = year - 1
    before = y * 365 + y // 4 - y // 100 + y // 400
    for m in range(1, month):
        before += _days_in(year, m)
    return before + day


def _check_date(year, month, day):
    # the checks (and messages) of datetime.date's constructor
    year, month, day = _index(year), _index(month), _index(day)
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def weekday(year, month, day):
    """Return the day of the week (0 is Monday) of the given date."""
    if not 1 <= year <= 9999:
        # the calendar repeats every 400 years
        year = 2000 + year % 400
    year, month, day = _check_date(year, month, day)
    return Day((_ordinal(year, month, day) + 6) % 7)


def monthrange(year, month):
    """Return (weekday of the 1st, number of days) for the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(items, size):
    return [items[k:k + size] for k in range(0, len(items), size)]


class Calendar(object):
    """Base calendar: computes the weeks of a month or year, without any
    formatting."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    @property
    def firstweekday(self):
        return self._first % 7

    @firstweekday.setter
    def firstweekday(self, value):
        self._first = value

    def iterweekdays(self):
        """Yield the weekday numbers of one week, in display order."""
        start = self.firstweekday
        for k in range(7):
            yield (start + k) % 7

    def _pads(self, year, month):
        # days shown from the previous and next months, and the length
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - length) % 7
        return lead, length, trail

    def itermonthdates(self, year, month):
        """Yield datetime.date objects for every day of the weeks that
        cover the month."""
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def itermonthdays(self, year, month):
        """Like itermonthdates, but yield day numbers, with 0 for days
        outside the month."""
        lead, length, trail = self._pads(year, month)
        yield from [0] * lead
        yield from range(1, length + 1)
        yield from [0] * trail

    def itermonthdays2(self, year, month):
        """Yield (day number, weekday) pairs; day is 0 outside the month."""
        wd = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """Yield (year, month, day) triples covering whole weeks."""
        lead, length, trail = self._pads(year, month)
        py, pm = _prevmonth(year, month)
        last = _days_in(py, pm)
        for d in range(last - lead + 1, last + 1):
            yield py, pm, d
        for d in range(1, length + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """Yield (year, month, day, weekday) tuples covering whole weeks."""
        wd = self.firstweekday
        for ymd in self.itermonthdays3(year, month):
            yield ymd + (wd % 7,)
            wd += 1

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each a list of 7 dates."""
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day number, weekday) pairs."""
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers (0 outside it)."""
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The year as rows of width months, each month a list of weeks of
        dates."""
        return _rows([self.monthdatescalendar(year, m)
                      for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """Like yeardatescalendar, with (day number, weekday) pairs."""
        return _rows([self.monthdays2calendar(year, m)
                      for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """Like yeardatescalendar, with day numbers."""
        return _rows([self.monthdayscalendar(year, m)
                      for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendar that formats months and years as plain text."""

    def prweek(self, theweek, width):
        """Print one week (no newline)."""
        text = self.formatweek(theweek, width)
        print(text, end='')

    def formatday(self, day, weekday, width):
        """One day number, centred in width (blank for day 0)."""
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs as a line of text."""
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday name, abbreviated unless width is at least 9."""
        table = day_name if width >= 9 else day_abbr
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        """The line of weekday names."""
        return ' '.join([self.formatweekday(wd, width)
                         for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's title, centred in width."""
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()'s text."""
        text = self.formatmonth(theyear, themonth, w, l)
        print(text, end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as multi-line text; w is the column width of a day and
        l the number of lines per week."""
        w = max(2, w)
        gap = '\n' * max(1, l)
        parts = [self.formatmonthname(theyear, themonth, 7 * w + 6).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for row in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(row, w).rstrip())
        return gap.join(parts) + gap

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A whole year as text, m months side by side, c spaces apart."""
        w = max(2, w)
        gap = '\n' * max(1, l)
        c = max(2, c)
        colwidth = 7 * w + 6
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(),
               gap]
        head = self.formatweekheader(w)
        for r, group in enumerate(self.yeardays2calendar(theyear, m)):
            first = r * m + 1
            months = range(first, min(first + m, 13))
            out.append(gap)
            titles = [self.formatmonthname(theyear, k, colwidth, False)
                      for k in months]
            out.append(formatstring(titles, colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring([head] * len(months), colwidth,
                                    c).rstrip())
            out.append(gap)
            tallest = max(len(weeks) for weeks in group)
            for j in range(tallest):
                line = [self.formatweek(weeks[j], w) if j < len(weeks) else ''
                        for weeks in group]
                out.append(formatstring(line, colwidth, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()'s text."""
        text = self.formatyear(theyear, w, l, c, m)
        print(text, end='')


class HTMLCalendar(Calendar):
    """Calendar that formats months and years as HTML tables."""

    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        """A table cell for one day."""
        if not day:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day:d}</td>'

    def formatweek(self, theweek):
        """A table row for one week."""
        cells = ''.join([self.formatday(d, wd) for d, wd in theweek])
        return f'<tr>{cells}</tr>'

    def formatweekday(self, day):
        """A header cell with a weekday's abbreviated name."""
        css = self.cssclasses_weekday_head[day]
        return f'<th class="{css}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        """The header row of weekday names."""
        cells = ''.join([self.formatweekday(wd) for wd in self.iterweekdays()])
        return f'<tr>{cells}</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The title row of a month table."""
        title = month_name[themonth]
        if withyear:
            title = f'{title} {theyear}'
        return (f'<tr><th colspan="7" class="{self.cssclass_month_head}">'
                f'{title}</th></tr>')

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as an HTML table."""
        lines = ['<table border="0" cellpadding="0" cellspacing="0" '
                 f'class="{self.cssclass_month}">',
                 self.formatmonthname(theyear, themonth, withyear),
                 self.formatweekheader()]
        for row in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(row))
        lines.append('</table>')
        return '\n'.join(lines) + '\n'

    def formatyear(self, theyear, width=3):
        """A year as an HTML table with width months per row."""
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" '
               f'class="{self.cssclass_year}">\n',
               f'<tr><th colspan="{width:d}" class="{self.cssclass_year_head}">'
               f'{theyear}</th></tr>']
        for first in range(1, 13, width):
            out.append('<tr>')
            for mon in range(first, min(first + width, 13)):
                out.append('<td>')
                out.append(self.formatmonth(theyear, mon, withyear=False))
                out.append('</td>')
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        """A complete XHTML page showing the year, as encoded bytes."""
        if encoding is None:
            encoding = 'utf-8'  # sys.getdefaultencoding()
        page = [f'<?xml version="1.0" encoding="{encoding}"?>',
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                '<meta http-equiv="Content-Type" content="text/html; '
                f'charset={encoding}" />']
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" '
                        f'href="{css}" />')
        page.append('<title>Calendar for %d</title>' % theyear)
        page += ['</head>', '<body>', self.formatyear(theyear, width)
                 + '</body>', '</html>', '']
        return '\n'.join(page).encode(encoding, 'xmlcharrefreplace')


class different_locale:
    """Context manager that switches LC_TIME to `locale` and back."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        time_cat = _locale.LC_TIME
        self.oldlocale = _locale.setlocale(time_cat)
        _locale.setlocale(time_cat, self.locale)

    def __exit__(self, *args):
        previous = self.oldlocale
        if previous is not None:
            _locale.setlocale(_locale.LC_TIME, previous)


def _get_default_locale():
    current = _locale.setlocale(_locale.LC_TIME, None)
    if current != 'C':
        return current
    # the C locale may only mean nothing was chosen: ask the environment
    with different_locale(''):
        return _locale.setlocale(_locale.LC_TIME, None)


def _with_names_of(locale, method, *args):
    # call method(*args) with LC_TIME switched to `locale`
    switch = different_locale(locale)
    with switch:
        return method(*args)


class LocaleTextCalendar(TextCalendar):
    """TextCalendar whose month and weekday names come from `locale`
    (default: the user's LC_TIME locale)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day, width):
        base = TextCalendar.formatweekday
        return _with_names_of(self.locale, base, self, day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        base = TextCalendar.formatmonthname
        return _with_names_of(self.locale, base, self, theyear, themonth,
                              width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar whose month and weekday names come from `locale`
    (default: the user's LC_TIME locale)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day):
        base = HTMLCalendar.formatweekday
        return _with_names_of(self.locale, base, self, day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        base = HTMLCalendar.formatmonthname
        return _with_names_of(self.locale, base, self, theyear, themonth,
                              withyear)


_colwidth = 7 * 3 - 1
_spacing = 6


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Centre each string in colwidth and join them with spacing spaces."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print formatstring()'s result."""
    print(formatstring(cols, colwidth=colwidth, spacing=spacing))


c = TextCalendar()

firstweekday = c.getfirstweekday   # module-level functions share one TextCalendar


def setfirstweekday(firstweekday):
    """Set the weekday (0 is Monday) the module-level functions start
    their weeks on."""
    if not (MONDAY <= firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


(monthcalendar, prweek, week, weekheader,
 prmonth, month, calendar, prcal) = (
    c.monthdayscalendar, c.prweek, c.formatweek, c.formatweekheader,
    c.prmonth, c.formatmonth, c.formatyear, c.pryear)

_EPOCH_ORD = _ordinal(EPOCH, 1, 1)


def timegm(tuple):
    """Convert a UTC time tuple (as from time.gmtime()) to seconds since
    the epoch; the inverse of time.gmtime()."""
    head = tuple[:6]
    year, month, day, hour, minute, second = head
    year, month, _ = _check_date(year, month, 1)
    days = _ordinal(year, month, 1) - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


# the command line (`python -m calendar`)

_TEXT_OPTIONS = (
    ('-w', '--width', 2, 'width of date column (default 2)'),
    ('-l', '--lines', 1, 'number of lines for each week (default 1)'),
    ('-s', '--spacing', 6, 'spacing between months (default 6)'),
    ('-m', '--months', 3, 'months per row (default 3)'),
)


def _cli_parser():
    import argparse
    cli = argparse.ArgumentParser()
    text_only = cli.add_argument_group('text only arguments')
    html_only = cli.add_argument_group('html only arguments')
    for short, long, default, text in _TEXT_OPTIONS:
        text_only.add_argument(short, long, type=int, default=default,
                               help=text)
    html_only.add_argument('-c', '--css', default='calendar.css',
                           help='CSS to use for page')
    cli.add_argument('-L', '--locale', default=None,
                     help='locale to use for month and weekday names')
    cli.add_argument('-e', '--encoding', default=None,
                     help='encoding to use for output')
    cli.add_argument('-t', '--type', default='text', choices=('text', 'html'),
                     help='output type (text or html)')
    for name, text in (('year', 'year number (1-9999)'),
                       ('month', 'month number (1-12, text only)')):
        cli.add_argument(name, nargs='?', type=int, help=text)
    return cli


def main(args):
    """Print a calendar as `python -m calendar` does; `args` is an argv
    (its first item, the program, is skipped)."""
    parser = _cli_parser()
    opts = parser.parse_args(args[1:])
    if opts.locale and not opts.encoding:
        parser.error('if --locale is specified --encoding is required')
        sys.exit(1)
    loc = (opts.locale, opts.encoding)
    year = opts.year
    if year is None:
        year = datetime.date.today().year
    if opts.type == 'html':
        if opts.month is not None:
            parser.error('incorrect number of arguments')
            sys.exit(1)
        cal = LocaleHTMLCalendar(locale=loc) if opts.locale else HTMLCalendar()
        page = cal.formatyearpage(
            year, css=opts.css,
            encoding=opts.encoding or sys.getdefaultencoding())
        sys.stdout.buffer.write(page)
        return
    cal = LocaleTextCalendar(locale=loc) if opts.locale else TextCalendar()
    if opts.month is None:
        text = cal.formatyear(year, w=opts.width, l=opts.lines,
                              c=opts.spacing, m=opts.months)
    else:
        text = cal.formatmonth(year, opts.month, w=opts.width, l=opts.lines)
    if opts.encoding:
        sys.stdout.buffer.write(text.encode(opts.encoding))
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main(sys.argv)
