# POSIX timestamps with explicit zones: fromtimestamp(tz), timestamp(), utcfromtimestamp.
import warnings
from datetime import date, datetime, timedelta, timezone

warnings.simplefilter('ignore', DeprecationWarning)


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


plus3 = timezone(timedelta(hours=3))
for stamp in [0, 1, -1, 86399, 951782400, 1e9, 1234567890, 1234567890.123456,
              1.5e-7, -1.5e-7, 2.5e-6, 0.9999995, -0.9999995, 1.0000005, 0.5e-6, -0.5e-6,
              True, -62135596800, 253402300799, 253402300799.999999, 1e10, -1e10, 2 ** 33]:
    attempt(f'utc {stamp!r}', lambda: datetime.fromtimestamp(stamp, timezone.utc))
    attempt(f'+3 {stamp!r}', lambda: datetime.fromtimestamp(stamp, tz=plus3))
    attempt(f'naive {stamp!r}', lambda: datetime.utcfromtimestamp(stamp))
for stamp in [1e12, -1e11, 2 ** 70, -62135596801, 253402300800, float('nan'), float('inf'),
              '1', None, 1e20]:
    attempt(f'bad {stamp!r}', lambda: datetime.fromtimestamp(stamp, timezone.utc))
attempt('bad tz', lambda: datetime.fromtimestamp(1, 1))
attempt('date nan', lambda: date.fromtimestamp(float('nan')))
attempt('date huge', lambda: date.fromtimestamp(1e20))
attempt('date str', lambda: date.fromtimestamp('x'))

for dt in [datetime(1970, 1, 1, tzinfo=timezone.utc), datetime(2000, 1, 1, tzinfo=plus3),
           datetime(1, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, 23, 59, 59, 999999, timezone.utc),
           datetime(2002, 3, 4, 5, 6, 7, 8900, timezone(timedelta(hours=5, minutes=30))),
           datetime(1969, 12, 31, 23, 59, 59, 500000, timezone.utc)]:
    ts = dt.timestamp()
    attempt(f'{dt!r} {ts!r}', lambda: datetime.fromtimestamp(ts, dt.tzinfo))

now = datetime.now(timezone.utc)
print(now.tzinfo is timezone.utc, type(now).__name__, now.year >= 2024)
print(datetime.now(plus3).utcoffset(), type(datetime.today()).__name__, type(date.today()).__name__)
print(abs(datetime.now(timezone.utc) - now) < timedelta(minutes=5))
print(isinstance(datetime.utcnow(), datetime), datetime.utcnow().tzinfo)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    datetime.utcnow()
    datetime.utcfromtimestamp(0)
for w in caught:
    print(w.category.__name__, w.message)


class Tick(datetime):
    pass


print(repr(Tick.fromtimestamp(0, timezone.utc)), repr(Tick.utcfromtimestamp(86400.25)))
