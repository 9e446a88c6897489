"""Calendar arithmetic and plain-text / HTML calendar rendering
(the calendar module, written for pyrs)."""

import sys
import datetime
import warnings
import locale as _lc
from enum import IntEnum, global_enum
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "Day", "Month", "JANUARY", "FEBRUARY", "MARCH",
           "APRIL", "MAY", "JUNE", "JULY",
           "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]


# === errors ================================================================

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % (self.weekday,))


# === month and weekday numbering ===========================================

@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


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


def __getattr__(name):
    # Old mixed-case spellings of the first two months still resolve.
    if name in ('January', 'February'):
        warnings.warn("The '%s' attribute is deprecated, use '%s' instead"
                      % (name, name.upper()), DeprecationWarning, stacklevel=2)
        return Month[name.upper()].value
    raise AttributeError("module '%s' has no attribute '%s'" % (__name__, name))


# === date arithmetic =======================================================

EPOCH = 1970
# Month lengths in a common year; index 0 is a placeholder.
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def isleap(year):
    """True for leap years of the Gregorian calendar."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def _leaps_through(year):
    # Number of leap years in 1..year (extended to other integers).
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """Number of leap years in range(y1, y2)."""
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def _days_in(year, month):
    return mdays[month] + (1 if month == 2 and isleap(year) else 0)


def weekday(year, month, day):
    """Day of the week (Day.MONDAY is 0) of a date; any year is accepted."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The weekday pattern repeats every 400 years.
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def monthrange(year, month):
    """(weekday of the 1st, number of days) for a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _step(year, month, day, delta):
    """The (year, month, day) one day after (delta=1) or before (delta=-1);
    works for any integer year."""
    day += delta
    if day < 1:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return year, month, _days_in(year, month)
    if day > _days_in(year, month):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return year, month, 1
    return year, month, day


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (inverse of
    time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    # The date constructor validates year and month; the day may overflow.
    span = datetime.date(year, month, 1) - datetime.date(EPOCH, 1, 1)
    total = span.days + day - 1
    for scale, part in ((24, hour), (60, minute), (60, second)):
        total = total * scale + part
    return total


# === names and locales =====================================================

class _NameTable:
    """Indexable month or weekday names, rendered with strftime in the
    locale current at lookup time."""

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        return self._render()[i]

    def __len__(self):
        return len(self._render())


class _localized_month(_NameTable):
    def _render(self):
        # Index 0 is an empty name so that month numbers index directly.
        return [''] + [datetime.date(2001, k, 1).strftime(self.format)
                       for k in range(1, 13)]


class _localized_day(_NameTable):
    def _render(self):
        # 1 January 2001 was a Monday.
        return [datetime.date(2001, 1, k).strftime(self.format)
                for k in range(1, 8)]


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


class different_locale:
    """Context manager running its body with LC_TIME set to a locale."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        self.oldlocale = _lc.setlocale(_lc.LC_TIME, None)
        _lc.setlocale(_lc.LC_TIME, self.locale)

    def __exit__(self, *exc_info):
        _lc.setlocale(_lc.LC_TIME, self.oldlocale)


def _default_time_locale():
    """The locale a Locale*Calendar uses when none is given: the current
    LC_TIME, or the user's preferred one if LC_TIME was never set ('C')."""
    name = _lc.setlocale(_lc.LC_TIME, None)
    if name != 'C':
        return name
    try:
        return _lc.setlocale(_lc.LC_TIME, '')
    finally:
        _lc.setlocale(_lc.LC_TIME, name)


def _in_locale(name, func, *args):
    # Run func with LC_TIME temporarily switched to the named locale.
    with different_locale(name):
        return func(*args)


def _chunks(seq, size):
    items = list(seq)
    return [items[k:k + size] for k in range(0, len(items), size)]


# === month and year layouts ================================================

class Calendar:
    """Month layouts as weeks starting on a chosen weekday."""

    def __init__(self, firstweekday=0):
        self._first = firstweekday

    @property
    def firstweekday(self):
        return self._first % 7

    @firstweekday.setter
    def firstweekday(self, value):
        self._first = value

    def getfirstweekday(self):
        return self.firstweekday

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    def iterweekdays(self):
        """The seven weekday numbers in display order."""
        start = self.firstweekday
        for k in range(7):
            yield (start + k) % 7

    def _grid(self, year, month):
        """Cells (year, month, day, weekday) of the month, widened with
        neighbouring days until it starts on firstweekday and fills whole
        weeks."""
        opening, length = monthrange(year, month)
        cells = [(year, month, d) for d in range(1, length + 1)]
        while opening != self.firstweekday:
            cells.insert(0, _step(*cells[0], -1))
            opening = (opening - 1) % 7
        while len(cells) % 7:
            cells.append(_step(*cells[-1], 1))
        return [cell + ((opening + k) % 7,) for k, cell in enumerate(cells)]

    # Iterators over the cells, from the plainest to the richest.

    def itermonthdays(self, year, month):
        for y, m, d, wd in self._grid(year, month):
            yield d if m == month else 0

    def itermonthdays2(self, year, month):
        for y, m, d, wd in self._grid(year, month):
            yield (d if m == month else 0), wd

    def itermonthdays3(self, year, month):
        """(year, month, day) for every cell of the month's whole weeks."""
        for y, m, d, wd in self._grid(year, month):
            yield y, m, d

    def itermonthdays4(self, year, month):
        yield from self._grid(year, month)

    def itermonthdates(self, year, month):
        for y, m, d, wd in self._grid(year, month):
            yield datetime.date(y, m, d)

    # The same cells cut into weeks, for one month or a whole year.

    def monthdayscalendar(self, year, month):
        return _chunks(self.itermonthdays(year, month), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(self.itermonthdays2(year, month), 7)

    def monthdatescalendar(self, year, month):
        return _chunks(self.itermonthdates(year, month), 7)

    def _by_rows(self, layout, year, width):
        return _chunks([layout(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return self._by_rows(self.monthdayscalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._by_rows(self.monthdays2calendar, year, width)

    def yeardatescalendar(self, year, width=3):
        return self._by_rows(self.monthdatescalendar, year, width)


# === HTML output ===========================================================

class HTMLCalendar(Calendar):
    """Calendars as XHTML tables."""

    # CSS class names used in the generated markup.
    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = cssclass_month = 'month'
    cssclass_year_head = cssclass_year = 'year'

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        charset = sys.getdefaultencoding() if encoding is None else encoding
        head = ['<?xml version="1.0" encoding="%s"?>' % charset,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                '<meta http-equiv="Content-Type" content="text/html; '
                'charset=%s" />' % charset]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />'
                        % css)
        head += ['<title>Calendar for %d</title>' % theyear, '</head>',
                 '<body>', self.formatyear(theyear, width) + '</body>',
                 '</html>']
        page = '\n'.join(head) + '\n'
        return page.encode(charset, 'xmlcharrefreplace')

    def _table_open(self, css):
        return ('<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                % css)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        html = [self._table_open(self.cssclass_year), '\n',
                '<tr><th colspan="%d" class="%s">%s</th></tr>'
                % (width, self.cssclass_year_head, theyear)]
        for row in _chunks(range(1, 13), width):
            html.append('<tr>')
            for k in row:
                html += ['<td>', self.formatmonth(theyear, k, withyear=False),
                         '</td>']
            html.append('</tr>')
        html.append('</table>')
        return ''.join(html)

    def formatmonth(self, theyear, themonth, withyear=True):
        parts = [self._table_open(self.cssclass_month),
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        parts += [self.formatweek(week)
                  for week in self.monthdays2calendar(theyear, themonth)]
        parts.append('</table>')
        return '\n'.join(parts) + '\n'

    def formatmonthname(self, theyear, themonth, withyear=True):
        label = month_name[themonth]
        if withyear:
            label = '%s %s' % (label, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, label)

    def formatweekheader(self):
        heads = [self.formatweekday(k) for k in self.iterweekdays()]
        return '<tr>' + ''.join(heads) + '</tr>'

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweek(self, theweek):
        cells = [self.formatday(d, wd) for d, wd in theweek]
        return '<tr>' + ''.join(cells) + '</tr>'

    def formatday(self, day, weekday):
        if day:
            return f'<td class="{self.cssclasses[weekday]}">{day:d}</td>'
        return f'<td class="{self.cssclass_noday}">&nbsp;</td>'


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar whose names come from a given locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _default_time_locale() if locale is None else locale

    def formatmonthname(self, theyear, themonth, withyear=True):
        return _in_locale(self.locale, super().formatmonthname,
                          theyear, themonth, withyear)

    def formatweekday(self, day):
        return _in_locale(self.locale, super().formatweekday, day)


# === plain-text output =====================================================

def formatstring(cols, colwidth=20, spacing=6):
    """Columns centred in colwidth and joined by spacing blanks."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def format(cols, colwidth=20, spacing=6):
    """Print formatstring(cols, colwidth, spacing)."""
    print(formatstring(cols, colwidth, spacing))


def _side_by_side(blocks, width, gap):
    """Lay text blocks (lists of lines) next to each other: every line is
    centred in `width` columns, blocks are `gap` blanks apart, and short
    blocks are extended with empty lines."""
    height = max(len(block) for block in blocks)
    columns = [block + list(repeat('', height - len(block)))
               for block in blocks]
    joint = ' ' * gap
    return [joint.join(line.center(width) for line in level)
            for level in zip(*columns)]


class TextCalendar(Calendar):
    """Calendars as monospaced text."""

    # Headings.

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(k, width)
                         for k in self.iterweekdays()])

    def formatweekday(self, day, width):
        table = day_name if width >= 9 else day_abbr
        return table[day][:width].center(width)

    # Body.

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    # Whole pages.

    def _month_lines(self, theyear, themonth, w, withyear):
        """The lines of one month: title, weekday header, weeks."""
        lines = [self.formatmonthname(theyear, themonth, 7 * w + 6, withyear),
                 self.formatweekheader(w)]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w))
        return lines

    @staticmethod
    def _emit(lines, l):
        # Each line loses its trailing blanks and is followed by l newlines.
        end = '\n' * max(l, 1)
        return ''.join(line.rstrip() + end for line in lines)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        return self._emit(self._month_lines(theyear, themonth, max(w, 2),
                                            True), l)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(w, 2)
        gap = max(c, 2)
        width = 7 * w + 6
        lines = [repr(theyear).center(m * width + (m - 1) * gap)]
        months = [self._month_lines(theyear, k, w, False)
                  for k in range(1, 13)]
        for band in range(0, 12, m):
            lines.append('')
            lines.extend(_side_by_side(months[band:band + m], width, gap))
        return self._emit(lines, l)

    # Printing.

    def prweek(self, theweek, width):
        sys.stdout.write(self.formatweek(theweek, width))

    def prmonth(self, theyear, themonth, w=0, l=0):
        sys.stdout.write(self.formatmonth(theyear, themonth, w, l))

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        sys.stdout.write(self.formatyear(theyear, w, l, c, m))


class LocaleTextCalendar(TextCalendar):
    """TextCalendar whose names come from a given locale (default: the
    current LC_TIME setting, or the user's preferred one)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _default_time_locale() if locale is None else locale

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        return _in_locale(self.locale, super().formatmonthname,
                          theyear, themonth, width, withyear)

    def formatweekday(self, day, width):
        return _in_locale(self.locale, super().formatweekday, day, width)


# === module-level shortcuts on one shared TextCalendar =====================

c = TextCalendar()

(firstweekday, monthcalendar, prweek, week, weekheader,
 prmonth, month, calendar, prcal) = (
    c.getfirstweekday, c.monthdayscalendar, c.prweek, c.formatweek,
    c.formatweekheader, c.prmonth, c.formatmonth, c.formatyear, c.pryear)


def setfirstweekday(firstweekday):
    if not (MONDAY <= firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


# === command line ==========================================================

_TEXT_OPTIONS = (
    ('-w', '--width', 2, 'width of date column (default 2)'),
    ('-l', '--lines', 1, 'number of lines for each week (default 1)'),
    ('-s', '--spacing', 6, 'spacing between months (default 6)'),
    ('-m', '--months', 3, 'months per row (default 3)'),
)


def _command_line():
    from argparse import ArgumentParser
    parser = ArgumentParser()
    text_group = parser.add_argument_group('text only arguments')
    html_group = parser.add_argument_group('html only arguments')
    for short, long, default, text in _TEXT_OPTIONS:
        text_group.add_argument(short, long, type=int, default=default,
                                help=text)
    html_group.add_argument('-c', '--css', default='calendar.css',
                            help='CSS to use for page')
    parser.add_argument('-L', '--locale', default=None,
                        help='locale to use for month and weekday names')
    parser.add_argument('-e', '--encoding', default=None,
                        help='encoding to use for output')
    parser.add_argument('-t', '--type', default='text',
                        choices=('text', 'html'),
                        help='output type (text or html)')
    parser.add_argument('year', nargs='?', type=int,
                        help='year number (1-9999)')
    parser.add_argument('month', nargs='?', type=int,
                        help='month number (1-12, text only)')
    return parser


def main(args):
    parser = _command_line()
    opts = parser.parse_args(args[1:])
    if opts.locale and not opts.encoding:
        parser.error('if --locale is specified --encoding is required')
    year = datetime.date.today().year if opts.year is None else opts.year
    loc = (opts.locale, opts.encoding)
    if opts.type == 'html':
        if opts.month is not None:
            parser.error('incorrect number of arguments')
        cal = LocaleHTMLCalendar(locale=loc) if opts.locale else HTMLCalendar()
        page = cal.formatyearpage(year, css=opts.css,
                                  encoding=opts.encoding or sys.getdefaultencoding())
        sys.stdout.buffer.write(page)
        return
    cal = LocaleTextCalendar(locale=loc) if opts.locale else TextCalendar()
    if opts.month is None:
        result = cal.formatyear(year, opts.width, opts.lines, opts.spacing,
                                opts.months)
    else:
        result = cal.formatmonth(year, opts.month, opts.width, opts.lines)
    if opts.encoding:
        sys.stdout.buffer.write(result.encode(opts.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
