# time: construction, fields, isoformat/timespec, repr, comparisons, tzinfo and replace.
from datetime import time, timedelta, timezone, tzinfo


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


east = timezone(timedelta(hours=5, minutes=30), 'IST')
west = timezone(timedelta(hours=-3))
print(repr(time.min), repr(time.max), repr(time.resolution))
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 5),
          time(23, 59, 59, 999999), time(12, tzinfo=timezone.utc), time(1, 2, 3, tzinfo=east),
          time(1, 2, 3, 4500, west, fold=1), time(5, fold=1), time(hour=7, second=9)]:
    print(repr(t), str(t), t.isoformat(), t.hour, t.minute, t.second, t.microsecond,
          t.fold, t.tzinfo, t.utcoffset(), t.dst(), t.tzname())

t = time(1, 2, 3, 4500, tzinfo=east)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), t.isoformat(timespec=spec), time(1, 2).isoformat(spec))
attempt('bad spec', lambda: t.isoformat('bad'))
attempt('spec int', lambda: t.isoformat(1))

attempt('hour 24', lambda: time(24))
attempt('hour -1', lambda: time(-1))
attempt('minute 60', lambda: time(0, 60))
attempt('second 60', lambda: time(0, 0, 60))
attempt('micro', lambda: time(0, 0, 0, 1000000))
attempt('fold 2', lambda: time(fold=2))
attempt('tz int', lambda: time(tzinfo=1))
attempt('float hour', lambda: time(1.5))
attempt('huge', lambda: time(2 ** 70))

print(repr(t.replace(hour=9)), repr(t.replace(tzinfo=None)), repr(t.replace(fold=1)),
      repr(t.replace(microsecond=0, second=0)))
attempt('replace bad', lambda: t.replace(minute=99))
attempt('replace tz', lambda: t.replace(tzinfo='UTC'))

print(time(1) < time(2), time(1, 0, 0, 1) > time(1), time(3) == time(3, 0), time(3) != time(4))
print(time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))))
print(time(1, tzinfo=timezone.utc) < time(1, 30, tzinfo=timezone(timedelta(hours=1))))
print(time(1, tzinfo=east) == time(1, tzinfo=east), time(1) == time(1, fold=1))
print(time() == time(tzinfo=timezone.utc), time() != time(tzinfo=timezone.utc), time() == 0)
attempt('naive<aware', lambda: time() < time(tzinfo=timezone.utc))
attempt('aware>=naive', lambda: time(tzinfo=timezone.utc) >= time())
print(hash(time(1, tzinfo=timezone.utc)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))))
print(hash(time(1, fold=1)) == hash(time(1)), bool(time()), bool(time(1)))
print(sorted([time(5), time(1, 30), time(0, 0, 1)]))


class Fixed(tzinfo):
    def __init__(self, minutes, name=None):
        self.minutes = minutes
        self.name = name

    def utcoffset(self, dt):
        print('  utcoffset called with', dt)
        return None if self.minutes is None else timedelta(minutes=self.minutes)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name


t = time(10, 20, tzinfo=Fixed(90, 'F'))
print(t.utcoffset(), t.dst(), t.tzname(), t.isoformat())
print(time(10, 20, tzinfo=Fixed(None)).isoformat())
attempt('offset type', lambda: time(tzinfo=Fixed('x')).utcoffset())
attempt('offset range', lambda: time(tzinfo=Fixed(24 * 60)).utcoffset())
attempt('name type', lambda: time(tzinfo=Fixed(0, 5)).tzname())
print(time(1, tzinfo=Fixed(60)) == time(0, tzinfo=timezone.utc))


class Clock(time):
    pass


c = Clock(4, 5)
print(repr(c), type(c.replace(hour=1)).__name__, c == time(4, 5), isinstance(c, time))
print(time(1).__reduce__(), time(1, 2, 3, 70000, timezone.utc).__reduce__())
print(time(1, fold=1).__reduce_ex__(4), time(1, fold=1).__reduce_ex__(2))
print(repr(time(b'\x81\x00\x00\x00\x00\x07', timezone.utc)))
