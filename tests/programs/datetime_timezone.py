# timezone and tzinfo: fixed offsets, names, aware arithmetic, comparisons, astimezone, fromutc.
import datetime as dtmod
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(timezone.utc), repr(UTC), UTC is timezone.utc, repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') is timezone.utc)
for offset, name in [(timedelta(hours=1), None), (timedelta(hours=5, minutes=30), 'IST'),
                     (timedelta(hours=-5, seconds=7), None), (-timedelta(hours=1), None),
                     (timedelta(hours=-5, microseconds=7), None), (timedelta(0), ''),
                     (timedelta(0), 'Zulu'), (timedelta(microseconds=1), None),
                     (timedelta(hours=23, minutes=59, seconds=59), None)]:
    tz = timezone(offset) if name is None else timezone(offset, name)
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None),
          tz.__getinitargs__())
print(timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'),
      timezone.utc == timezone(timedelta(0), 'x'), timezone.utc == 1, timezone.utc != 1)
print(hash(timezone(timedelta(hours=1), 'A')) == hash(timezone(timedelta(hours=1))))
attempt('arg1', lambda: timezone(1))
attempt('none', lambda: timezone())
attempt('range', lambda: timezone(timedelta(1)))
attempt('range-', lambda: timezone(-timedelta(1)))
attempt('arg2', lambda: timezone(timedelta(hours=1), 1))
attempt('arg2 None', lambda: timezone(timedelta(0), None))
attempt('utcoffset arg', lambda: timezone.utc.utcoffset(1))
attempt('tzname arg', lambda: timezone.utc.tzname(1))
attempt('dst arg', lambda: timezone.utc.dst(1))
attempt('fromutc arg', lambda: timezone.utc.fromutc(1))
attempt('fromutc naive', lambda: timezone.utc.fromutc(datetime(2000, 1, 1)))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print('subclass', e)

for method in ('utcoffset', 'dst', 'tzname'):
    attempt('abstract ' + method, lambda: getattr(tzinfo(), method)(None))
attempt('base fromutc', lambda: tzinfo().fromutc(datetime(2000, 1, 1)))
attempt('base fromutc arg', lambda: tzinfo().fromutc(1))

east = timezone(timedelta(hours=5, minutes=30), 'IST')
a = datetime(2000, 1, 1, tzinfo=east)
b = datetime(1999, 12, 31, 18, 30, tzinfo=timezone.utc)
print(a == b, a != b, a < b, a - b, repr(a - datetime(1999, 12, 31, tzinfo=timezone.utc)))
print(hash(a) == hash(b), a.utcoffset(), a.dst(), a.tzname(), b.tzname())
print(repr(a.astimezone(timezone.utc)), repr(b.astimezone(east)), a.astimezone(east) is a)
print(repr(datetime(2000, 6, 1, 12, tzinfo=timezone(timedelta(hours=-7))).astimezone(east)))
print(a.isoformat(), str(b), a.timestamp(), b.timestamp(), a.utctimetuple()[:6])
print(datetime(2002, 3, 4, tzinfo=timezone(timedelta(seconds=-1))).isoformat())
print(datetime(2002, 3, 4, tzinfo=timezone(timedelta(microseconds=-1))).isoformat())
naive = datetime(2000, 1, 1)
print(naive == a, naive != a)
attempt('naive<aware', lambda: naive < a)
attempt('naive-aware', lambda: naive - a)
attempt('aware-naive', lambda: a - naive)
attempt('astimezone arg', lambda: a.astimezone(1))
attempt('min astimezone', lambda: datetime.min.replace(tzinfo=east).astimezone(timezone.utc))


class Shifty(tzinfo):
    """A toy zone: UTC+1, with one extra hour of 'summer time' from April to September."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        return timedelta(hours=1) if 4 <= dt.month <= 9 else timedelta(0)

    def tzname(self, dt):
        return 'SUMMER' if self.dst(dt) else 'WINTER'


class Broken(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def dst(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


z = Shifty()
for month in (1, 4, 9, 10):
    utc = datetime(2021, month, 15, 12, tzinfo=timezone.utc)
    local = utc.astimezone(z)
    print(repr(local.replace(tzinfo=None)), local.tzname(), local.utcoffset(), local.dst(),
          local.timetuple().tm_isdst, local.isoformat(), local.astimezone(timezone.utc) == utc)
print(datetime(2021, 5, 1, tzinfo=z) - datetime(2021, 1, 1, tzinfo=z))
print(datetime(2021, 5, 1, 14, tzinfo=z) == datetime(2021, 5, 1, 12, tzinfo=timezone.utc))
print(z.fromutc(datetime(2021, 7, 1, tzinfo=z)))
attempt('Broken int', lambda: datetime(2000, 1, 1, tzinfo=Broken(1)).utcoffset())
attempt('Broken dst', lambda: datetime(2000, 1, 1, tzinfo=Broken(1)).dst())
attempt('Broken name', lambda: datetime(2000, 1, 1, tzinfo=Broken(1)).tzname())
attempt('Broken range', lambda: datetime(2000, 1, 1, tzinfo=Broken(timedelta(1))).utcoffset())
attempt('Broken us', lambda: datetime(2000, 1, 1, tzinfo=Broken(timedelta(microseconds=1))).utcoffset())
attempt('None offset', lambda: datetime(2000, 1, 1, tzinfo=Broken(None)).utcoffset())
attempt('None eq naive', lambda: datetime(2000, 1, 1, tzinfo=Broken(None)) == datetime(2000, 1, 1))
attempt('None fromutc', lambda: a.astimezone(Broken(None)))
attempt('time broken', lambda: time(tzinfo=Broken(timedelta(days=-1))).utcoffset())
print(sorted(dtmod.__all__))
