import calendar

print(calendar.MONDAY, calendar.SUNDAY, repr(calendar.FRIDAY), repr(calendar.MARCH), calendar.DECEMBER)
print(list(calendar.Day), list(calendar.Month)[:3], calendar.Day(3), repr(calendar.Month(12)))
print(calendar.Day.SATURDAY.name, calendar.Month.MAY.value, calendar.Month['JUNE'] == 6)
print(calendar.EPOCH, calendar.mdays, calendar.error is ValueError)
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[-1], calendar.day_name[1:3], calendar.month_abbr[::4])
for seq, i in [(calendar.month_name, 13), (calendar.day_name, 7)]:
    try:
        seq[i]
    except Exception as e:
        print(type(e).__name__, e)
for y in [1900, 2000, 2023, 2024, 2100, 0, -4, 400]:
    print(y, calendar.isleap(y))
print(calendar.leapdays(2000, 2024), calendar.leapdays(1900, 2000), calendar.leapdays(2024, 2000),
      calendar.leapdays(1, 10000), calendar.leapdays(2001, 2001), calendar.leapdays(-100, 100))
for args in [(2024, 1, 1), (1970, 1, 1), (2000, 2, 29), (1, 1, 1), (9999, 12, 31), (0, 1, 1),
             (10000, 1, 1), (-5, 3, 1), (1582, 10, 15)]:
    print(args, calendar.weekday(*args), repr(calendar.weekday(*args)))
for args in [(2020.0, 1, 1), (2020, 1, 0), (2023, 2, 29), (10000, 2, 30), (2020, 13, 1),
             (2020, 0, 5), (2020, 4, 31)]:
    try:
        print(calendar.weekday(*args))
    except Exception as e:
        print(type(e).__name__, e)
for ym in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (1, 1), (9999, 12)]:
    print(ym, calendar.monthrange(*ym))
for ym in [(2020, 13), (2020, 0), (2020, -1)]:
    try:
        calendar.monthrange(*ym)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, repr(e), e.month, isinstance(e, ValueError))
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
for bad in [7, -1, 100]:
    try:
        calendar.setfirstweekday(bad)
    except Exception as e:
        print(type(e).__name__, e, repr(e), e.weekday)
try:
    calendar.setfirstweekday('a')
except Exception as e:
    print(type(e).__name__, e)
calendar.setfirstweekday(True)
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.MONDAY)
for t in [(1970, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 34, 56), (2000, 1, 1, 0, 0, 0, 5, 1, 0),
          (1969, 12, 31, 23, 59, 59), (2020, 1, 40, 0, 0, 0), (2020, 1, 1, 0, 0, 0.5),
          (1, 1, 1, 0, 0, 0), (2020, 1, 1, 25, 61, 61)]:
    print(t, calendar.timegm(t))
for t in [(2020, 13, 1, 0, 0, 0), (2020, 1, 1, 0, 0), (0, 1, 1, 0, 0, 0), (10000, 1, 1, 0, 0, 0)]:
    try:
        print(calendar.timegm(t))
    except Exception as e:
        print(type(e).__name__, e)
import time
print(calendar.timegm(time.gmtime(1234567890)))

c = calendar.Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
for fw in [6, 9, -1, 3]:
    k = calendar.Calendar(fw)
    print(fw, k.firstweekday, list(k.iterweekdays()), list(k.itermonthdays(2024, 9)))
k.setfirstweekday(2)
print(k.getfirstweekday(), k.firstweekday)
k.firstweekday = 13
print(k.getfirstweekday())
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2)))
print(list(c.itermonthdays3(2024, 1)))
print(list(calendar.Calendar(6).itermonthdays4(2024, 12)))
print(list(c.itermonthdays3(1, 1))[:3], list(c.itermonthdays3(9999, 12))[-3:])
print(c.monthdayscalendar(2024, 6))
print(c.monthdays2calendar(2015, 2))
print(calendar.Calendar(6).monthdayscalendar(2015, 2))
y = c.yeardayscalendar(2024)
print(len(y), [len(r) for r in y], y[1][2])
y = c.yeardays2calendar(2024, 5)
print(len(y), [len(r) for r in y], y[2][1][-1])
print(c.yeardayscalendar(2024, 12)[0][11][-1])
it = c.itermonthdays(2020, 13)
print(type(it).__name__)
try:
    next(it)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(calendar.__all__))
