# datetime: construction, fields, combine, replace, arithmetic, comparisons and text.
from datetime import date, datetime, time, timedelta, timezone


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
for dt in [datetime(2000, 1, 1), datetime(2000, 1, 1, 1), datetime(2000, 1, 1, 1, 2, 3),
           datetime(2000, 1, 1, 1, 2, 3, 4), datetime(2000, 1, 1, 0, 0, 0, 5),
           datetime(2000, 1, 1, fold=1), datetime(2000, 1, 1, 1, 2, 3, 4, timezone.utc, fold=1),
           datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=-2), 'X'))]:
    print(repr(dt), str(dt), dt.isoformat(), dt.ctime(), dt.fold, dt.tzinfo)

d = datetime(2002, 3, 4, 5, 6, 7, 8900)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.weekday(),
      d.isoweekday(), d.toordinal(), repr(d.isocalendar()))
print(repr(d.date()), repr(d.time()), repr(d.timetz()), isinstance(d, date))
for sep in ['T', ' ', 'x', '\u00e9']:
    print(repr(d.isoformat(sep)))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, d.isoformat(timespec=spec), d.replace(microsecond=0).isoformat('T', spec))
attempt('sep 2', lambda: d.isoformat('ab'))
attempt('sep int', lambda: d.isoformat(1))
attempt('bad spec', lambda: d.isoformat('T', 'nanoseconds'))

attempt('year 0', lambda: datetime(0, 1, 1))
attempt('day', lambda: datetime(2001, 2, 29))
attempt('hour', lambda: datetime(2000, 1, 1, 24))
attempt('second', lambda: datetime(2000, 1, 1, 0, 0, 60))
attempt('fold', lambda: datetime(2000, 1, 1, fold=2))
attempt('tz', lambda: datetime(2000, 1, 1, tzinfo=5))
attempt('no day', lambda: datetime(2000, 1))

print(repr(datetime.combine(date(2000, 1, 2), time(3, 4))))
east = timezone(timedelta(hours=5, minutes=30), 'IST')
print(repr(datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=east))))
print(repr(datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=east), None)))
print(repr(datetime.combine(date(2000, 1, 2), time(3, 4, fold=1), timezone.utc)))
print(repr(datetime.combine(d, time(3))), repr(datetime.combine(date=d, time=time(1))))
attempt('combine 1', lambda: datetime.combine(1, time()))
attempt('combine 2', lambda: datetime.combine(date(2000, 1, 1), 1))

print(repr(d.replace(year=2004, second=0)), repr(d.replace(tzinfo=east)),
      repr(d.replace(tzinfo=east).replace(tzinfo=None)), repr(d.replace(fold=1)))
attempt('replace year', lambda: d.replace(year=0))
attempt('replace tz', lambda: d.replace(tzinfo=1))
attempt('replace fold', lambda: d.replace(fold=3))

print(repr(d + timedelta(days=1, hours=20)), repr(timedelta(microseconds=-8900) + d))
print(repr(d - timedelta(weeks=520)), repr(datetime(2000, 1, 1) - timedelta(microseconds=1)))
print(repr(d - datetime(2002, 1, 1)), repr(datetime(2002, 1, 1) - d))
print(repr(datetime(2000, 1, 1, fold=1) + timedelta(0)))
attempt('max+', lambda: datetime.max + timedelta(microseconds=1))
attempt('min-', lambda: datetime.min - timedelta(1))

print(d == datetime(2002, 3, 4, 5, 6, 7, 8900), d < datetime(2002, 3, 4, 5, 6, 7, 8901),
      d > datetime(2002, 3, 4), d <= d, d >= d, d != d)
print(d == date(2002, 3, 4), date(2002, 3, 4) == d, d != date(2002, 3, 4), d == None)
attempt('dt<date', lambda: d < date(2003, 1, 1))
attempt('date<dt', lambda: date(2003, 1, 1) < d)
attempt('date>=dt', lambda: date(2003, 1, 1) >= d)
print(datetime(2000, 1, 1) == datetime(2000, 1, 1, fold=1))
print(hash(datetime(2000, 1, 1)) == hash(datetime(2000, 1, 1, fold=1)))
print(len({datetime(2000, 1, 1), datetime(2000, 1, 1, 0, 0), datetime(2000, 1, 2)}))
print(sorted([datetime(2000, 1, 2), datetime(1999, 1, 1, 23), datetime(2000, 1, 1, 1)]))
print(d.timetuple(), d.utctimetuple())
print(d.replace(tzinfo=east).timetuple(), d.replace(tzinfo=east).utctimetuple())
print(datetime(2000, 3, 1).timetuple().tm_yday, datetime(1999, 3, 1).timetuple().tm_yday)
print(repr(datetime.fromordinal(730120)), repr(datetime.fromisocalendar(2020, 1, 1)))


class Stamp(datetime):
    pass


s = Stamp(2000, 1, 1, 12)
print(repr(s), repr(s + timedelta(1)), repr(s - timedelta(1)), repr(s.replace(hour=1)))
print(type(Stamp.combine(date(2000, 1, 1), time())).__name__, repr(s.date()), repr(s.time()))
print(type(Stamp.fromordinal(3)).__name__, type(Stamp.fromisoformat('2000-01-01')).__name__)
