# date: construction, calendar queries, arithmetic, comparisons and text.
from datetime import date, timedelta, MINYEAR, MAXYEAR


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), repr(date.resolution))
d = date(2002, 3, 4)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat(), d.ctime())
print(repr(date(year=1999, month=12, day=31)), repr(date(True, 1, 1)))
attempt('year 0', lambda: date(0, 1, 1))
attempt('year 10000', lambda: date(10000, 1, 1))
attempt('year -1', lambda: date(-1, 1, 1))
attempt('month 13', lambda: date(2000, 13, 1))
attempt('month 0', lambda: date(2000, 0, 1))
attempt('feb 30', lambda: date(2000, 2, 30))
attempt('feb 29 1900', lambda: date(1900, 2, 29))
attempt('feb 29 2000', lambda: date(2000, 2, 29))
attempt('apr 31', lambda: date(2001, 4, 31))
attempt('float', lambda: date(2000.0, 1, 1))
attempt('str', lambda: date('2000', 1, 1))
attempt('none', lambda: date(2000, None, 1))
attempt('no month', lambda: date(2000))
attempt('no day', lambda: date(2000, 1))
attempt('no args', lambda: date())
attempt('huge', lambda: date(2 ** 31, 1, 1))
attempt('huger', lambda: date(10 ** 20, 1, 1))

for day in [date(1, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2004, 1, 1),
            date(2008, 12, 29), date(2010, 1, 3), date(2020, 12, 31), date(2021, 1, 1),
            date(9999, 12, 31), date(1900, 3, 1)]:
    iso = day.isocalendar()
    print(day, day.toordinal(), day.weekday(), day.isoweekday(), repr(iso), iso.year,
          iso.week, iso.weekday, tuple(iso), day.timetuple()[6:], day.ctime())
    assert date.fromordinal(day.toordinal()) == day
    assert date.fromisocalendar(*iso) == day

print(date(2000, 1, 1).isocalendar() == (1999, 52, 6), date(2000, 1, 1).isocalendar()[0])
print(type(date(2000, 1, 1).isocalendar()).__name__, date(2000, 1, 1).isocalendar().__reduce__())
print(repr(date.fromordinal(1)), repr(date.fromordinal(730120)), repr(date.fromordinal(3652059)))
attempt('ord 0', lambda: date.fromordinal(0))
attempt('ord max+1', lambda: date.fromordinal(3652060))
attempt('ord float', lambda: date.fromordinal(1.0))
for args in [(2020, 53, 1), (2020, 1, 7), (2004, 1, 1), (2015, 53, 7), (1, 1, 1),
             (2020, 54, 1), (2020, 0, 1), (2021, 53, 1), (2020, 1, 8), (2020, 1, 0),
             (0, 1, 1), (10000, 1, 1), (9999, 52, 7), (9999, 52, 5)]:
    attempt(f'isocal {args}', lambda: date.fromisocalendar(*args))
attempt('isocal str', lambda: date.fromisocalendar('2020', 1, 1))

print(repr(d.replace()), repr(d.replace(year=2004)), repr(d.replace(year=2004, month=2, day=29)),
      repr(d.replace(day=31)))
attempt('replace bad', lambda: d.replace(month=13))
attempt('replace feb', lambda: date(2004, 2, 29).replace(year=2003))
attempt('replace none', lambda: d.replace(year=None))

print(repr(d + timedelta(days=1)), repr(timedelta(days=365) + d), repr(d - timedelta(weeks=1)))
print(repr(d + timedelta(hours=47)), repr(d - timedelta(hours=23)), repr(d - timedelta(hours=47)))
print(repr(d - date(2002, 1, 1)), repr(date(2002, 1, 1) - d), repr(d - d))
attempt('max+1', lambda: date.max + timedelta(1))
attempt('min-1', lambda: date.min - timedelta(1))
attempt('min-big', lambda: date.min - timedelta.max)

print(d == date(2002, 3, 4), d != date(2002, 3, 4), d < date(2002, 3, 5), d > date(2001, 12, 31),
      d <= d, d >= date(2003, 1, 1), d == 5, d != 'x')
print(hash(d) == hash(date(2002, 3, 4)), len({d, date(2002, 3, 4), date(2002, 3, 5)}))
print(sorted([date(2001, 1, 1), date(1999, 5, 5), date(2000, 12, 31)]))
print(max(date(2001, 1, 1), date(1999, 5, 5)), bool(date.min))
print(d.timetuple())
print(date(2000, 12, 31).timetuple().tm_yday, date(2001, 12, 31).timetuple().tm_yday)
print(d.__reduce__(), date(2000, 1, 1).__reduce__())
print(repr(date(b'\x07\xd0\x01\x01')))


class Day(date):
    def label(self):
        return 'day ' + self.isoformat()


x = Day(2000, 1, 31)
print(repr(x), x.label(), type(x + timedelta(1)).__name__, type(x.replace(day=1)).__name__,
      type(Day.fromordinal(5)).__name__, type(Day.fromisocalendar(2000, 1, 1)).__name__,
      repr(x - timedelta(31)), x == date(2000, 1, 31))
