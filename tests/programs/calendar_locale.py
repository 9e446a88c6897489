# LocaleTextCalendar and LocaleHTMLCalendar in the C locale, different_locale,
# the module's other names (main, __getattr__ for January/February), and the
# name tables.
import calendar
import sys
import warnings

for loc in (None, 'C', 'C.UTF-8', ('C', 'utf-8'), ('C', None), 'POSIX'):
    text = calendar.LocaleTextCalendar(locale=loc)
    if loc is not None:
        print(repr(text.locale))
    print(text.formatmonth(2024, 2), end='')
    print(text.formatweekheader(9))
    print(text.formatweekheader(3))
    print(text.formatmonthname(2024, 12, 30))
    html = calendar.LocaleHTMLCalendar(6, loc)
    print(html.formatmonth(2023, 11), end='')
    print(html.formatweekheader())
    print(html.formatmonthname(2001, 5, withyear=False))
    print(html.firstweekday, text.firstweekday)

print(calendar.LocaleTextCalendar(6, 'C').formatyear(2025, 3, 1, 4, 4), end='')
page = calendar.LocaleHTMLCalendar(0, 'C').formatyearpage(2020, 4, css=None,
                                                          encoding='ascii')
print(type(page).__name__, len(page))
print(page.decode()[:400])

# an explicit locale that is not installed fails when names are formatted
bad = calendar.LocaleTextCalendar(locale='no_SUCH.locale')
print(repr(bad.locale))
try:
    bad.formatmonth(2024, 1)
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)
try:
    calendar.LocaleHTMLCalendar(locale='xx_YY').formatweekday(0)
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)
print(calendar.TextCalendar().formatmonth(2024, 1) ==
      calendar.LocaleTextCalendar(locale='C').formatmonth(2024, 1))

with calendar.different_locale('C'):
    print(calendar.month_name[3], calendar.day_abbr[6])
dl = calendar.different_locale('C')
print(dl.locale, dl.oldlocale)
dl.__exit__(None, None, None)

print(issubclass(calendar.LocaleTextCalendar, calendar.TextCalendar),
      issubclass(calendar.LocaleHTMLCalendar, calendar.HTMLCalendar))
print(list(calendar.month_name), len(calendar.month_name))
print(calendar.month_abbr[1:4], calendar.day_name[-2:], calendar.day_abbr[::3])
print(type(calendar.month_name).__name__, type(calendar.day_abbr).__name__,
      calendar.month_name.format, calendar.day_abbr.format)
print(calendar._localized_month('%m')[1:13])
print(calendar._localized_day('%w %j')[:])
try:
    calendar.month_name[13]
except IndexError as e:
    print('IndexError', e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(calendar.January, calendar.February)
for w in caught:
    print(w.category.__name__, w.message)
try:
    calendar.March
except AttributeError as e:
    print('AttributeError', e)

print(callable(calendar.main), calendar.sys is sys, calendar.datetime.__name__,
      calendar.repeat.__name__, calendar.warnings.__name__)
print(calendar.error is ValueError)
e = calendar.IllegalMonthError(13)
print(e.args, e.month, str(e))
e = calendar.IllegalWeekdayError(9)
print(e.args, e.weekday, str(e))
print(calendar.HTMLCalendar().formatyearpage(2024)[:60])

# main() is the command line, called with sys.argv's shape
calendar.main(['calendar.py', '-w', '3', '2024', '7'])
sys.stdout.flush()  # the next one writes to sys.stdout.buffer
calendar.main(['calendar.py', '-L', 'C', '-e', 'ascii', '2024', '8'])
sys.stdout.flush()
try:
    calendar.main(['calendar.py', '-t', 'html', '2024', '1'])
except SystemExit as e:
    print('SystemExit', e.code)
