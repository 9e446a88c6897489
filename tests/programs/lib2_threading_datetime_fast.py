"""Fast paths of threading (current_thread, Thread properties) and datetime
(constructors, arithmetic, comparisons, hashing, text, ISO parsing, pickling)."""
import threading
import pickle
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


# ---- threading -----------------------------------------------------------------
main = threading.current_thread()
print('current is main', main is threading.main_thread(), main.name, main.daemon)
print('ident', main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print('alive', main.is_alive(), type(main).__name__)
print(repr(threading.Thread(name='t1')).startswith('<Thread(t1, initial'))
t = threading.Thread(name='worker', daemon=True)
print(t.name, t.daemon, t.ident, t.native_id, t.is_alive())
t.name = 42
print(repr(t.name), type(t.name).__name__)
t.daemon = False
print(t.daemon)
print(type(threading.Thread.name).__name__, type(threading.Thread.name.__doc__).__name__)
print(type(threading.Thread.daemon).__name__, type(threading.Thread.ident).__name__)


class Named(threading.Thread):
    def __init__(self):
        pass    # no Thread.__init__


n = Named()
for what in ('name', 'ident', 'native_id', 'daemon'):
    show('uninit ' + what, lambda: getattr(n, what))
show('uninit is_alive', n.is_alive)
show('uninit set name', lambda: setattr(n, 'name', 'x'))
show('uninit repr', lambda: repr(n))


class Sub(threading.Thread):
    @property
    def name(self):
        return 'sub-' + self._label if False else 'overridden'


print(Sub().name)
seen = []
t2 = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name='runner')
t2.run()
print('run target saw', seen)
loc = threading.local()
loc.x = 5
print('local', loc.x, type(loc).__name__)
show('local args', lambda: threading.local(1))
print('enumerate', [th.name for th in threading.enumerate()], threading.active_count())
old = threading.get_ident
threading.get_ident = lambda: old()
print('patched ident ->', threading.current_thread() is main)
threading.get_ident = old
print('restored', threading.current_thread() is main)

# ---- datetime constructors ----------------------------------------------------------
for args in [(2024, 3, 15), (2024, 2, 29), (2023, 2, 29), (1, 1, 1), (9999, 12, 31),
             (0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2024, 4, 31),
             (2024, 4, 0), (True, 1, 1), (2024.0, 1, 1), ('2024', 1, 1), (2**40, 1, 1)]:
    show(f'date{args}', lambda: date(*args))
show('date kw', lambda: date(year=2020, month=5, day=6))
show('date 2 args', lambda: date(2020, 5))
show('date 4 args', lambda: date(2020, 5, 6, 7))


class MyDate(date):
    pass


class MyDT(datetime):
    pass


print(repr(MyDate(2020, 1, 31)), type(MyDate(2020, 1, 31) + timedelta(days=1)).__name__)
for args in [(2024, 3, 15), (2024, 3, 15, 12), (2024, 3, 15, 12, 30, 45, 123456),
             (2024, 3, 15, 12, 30, 45, 123456, UTC), (2024, 3, 15, 24), (2024, 3, 15, 1, 60),
             (2024, 3, 15, 1, 1, 60), (2024, 3, 15, 1, 1, 1, 1000000), (2024, 3, 15, 1, 1, 1, 1, 5),
             (2024, 3, 15, 1.5), (2024, 3, 32, 1), (2024, 3, 15, -1)]:
    show(f'datetime{args}', lambda: datetime(*args))
show('datetime fold', lambda: datetime(2024, 3, 15, fold=1))
show('datetime 9 args', lambda: datetime(2024, 3, 15, 1, 2, 3, 4, None, 1))
for args in [(), (1,), (1, 2, 3, 4), (1, 2, 3, 4, UTC), (24,), (1, 2, 3, 4, 'x'), (1, 2, 3, 4, None, 0)]:
    show(f'time{args}', lambda: time(*args))
for kw in [dict(days=1), dict(hours=1, minutes=30), dict(weeks=2, days=-3, seconds=-1),
           dict(milliseconds=1500, microseconds=-1), dict(days=1.5), dict(seconds=0.5e-6),
           dict(days=999999999), dict(days=1000000000), dict(days='1'), dict(minutes=True)]:
    show(f'timedelta{kw}', lambda: timedelta(**kw))
show('timedelta pos', lambda: timedelta(1, 2, 3, 4, 5, 6, 7))

# ---- arithmetic and comparisons --------------------------------------------------
a, b = timedelta(days=1, seconds=5, microseconds=7), timedelta(hours=-5, microseconds=999999)
for name, f in [('+', lambda: a + b), ('-', lambda: a - b), ('b-a', lambda: b - a),
                ('<', lambda: a < b), ('<=', lambda: a <= a), ('>', lambda: a > b),
                ('>=', lambda: b >= a), ('==', lambda: a == timedelta(seconds=86405, microseconds=7)),
                ('!=', lambda: a != b), ('== int', lambda: a == 5), ('< int', lambda: a < 5),
                ('max+res', lambda: timedelta.max + timedelta.resolution),
                ('min-res', lambda: timedelta.min - timedelta.resolution),
                ('hash eq', lambda: hash(timedelta(days=1)) == hash(timedelta(hours=24)))]:
    show('td ' + name, f)
d1, d2 = date(2024, 1, 31), date(2024, 2, 28)
for name, f in [('+1', lambda: d1 + timedelta(days=1)), ('+29', lambda: d2 + timedelta(days=1)),
                ('+1 leap', lambda: d2 + timedelta(days=2)), ('-', lambda: d1 - timedelta(days=31)),
                ('+ hours', lambda: d1 + timedelta(hours=30)), ('-d', lambda: d2 - d1),
                ('<', lambda: d1 < d2), ('>=', lambda: d1 >= d2), ('==', lambda: d1 == date(2024, 1, 31)),
                ('!=', lambda: d1 != d1), ('== dt', lambda: d1 == datetime(2024, 1, 31)),
                ('< dt', lambda: d1 < datetime(2024, 1, 31)), ('< mydate', lambda: d1 < MyDate(2025, 1, 1)),
                ('overflow', lambda: date.max + timedelta(days=1)),
                ('underflow', lambda: date.min - timedelta(days=1)),
                ('hash', lambda: hash(d1) == hash(date(2024, 1, 31))),
                ('weekday', lambda: (d1.weekday(), d1.isoweekday(), d1.toordinal())),
                ('ordinal', lambda: date.fromordinal(d1.toordinal()) == d1),
                ('yday', lambda: (d2.timetuple().tm_yday, date(2023, 12, 31).timetuple().tm_yday))]:
    show('date ' + name, f)
t1 = datetime(2024, 1, 31, 23, 59, 59, 999999)
t3 = datetime(2024, 3, 10, 1, 30, tzinfo=timezone(timedelta(hours=-5)))
for name, f in [('+us', lambda: t1 + timedelta(microseconds=1)),
                ('+h', lambda: t1 - timedelta(hours=30)), ('+d', lambda: t1 + timedelta(days=27)),
                ('-big', lambda: t1 - timedelta(days=738000)),
                ('over', lambda: datetime.max + timedelta(microseconds=1)),
                ('under', lambda: datetime.min - timedelta(microseconds=1)),
                ('dt-dt', lambda: t1 - datetime(2020, 2, 29)),
                ('aware-', lambda: t3 - datetime(2024, 3, 10, tzinfo=UTC)),
                ('naive-aware', lambda: t1 - t3), ('<', lambda: t1 < datetime(2024, 2, 1)),
                ('== fields', lambda: t1 == datetime(2024, 1, 31, 23, 59, 59, 999999)),
                ('aware ==', lambda: t3 == datetime(2024, 3, 10, 6, 30, tzinfo=UTC)),
                ('aware <', lambda: t3 < datetime(2024, 3, 10, 6, 31, tzinfo=UTC)),
                ('naive<aware', lambda: t1 < t3), ('naive==aware', lambda: t1 == t3),
                ('sub type', lambda: type(MyDT(2024, 1, 1) + timedelta(days=1)).__name__),
                ('hash', lambda: hash(t1) == hash(datetime(2024, 1, 31, 23, 59, 59, 999999))),
                ('hash aware', lambda: hash(t3) == hash(datetime(2024, 3, 10, 6, 30, tzinfo=UTC))),
                ('hash fold', lambda: hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1))),
                ('radd', lambda: timedelta(days=2) + t1), ('tz kept', lambda: (t3 + timedelta(1)).tzinfo)]:
    show('dt ' + name, f)

# ---- text -----------------------------------------------------------------------
for v in [date(5, 6, 7), date(2024, 12, 1), datetime(999, 1, 2, 3, 4, 5), t1, t3,
          datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=7))),
          time(1, 2, 3, 40), time(23, 59, tzinfo=UTC)]:
    print(str(v), v.isoformat(), repr(v))
for spec in ('hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'auto', 'bad', 5):
    show('timespec ' + str(spec), lambda: t1.isoformat(timespec=spec))
show('sep', lambda: t1.isoformat(' '))
show('bad sep', lambda: t1.isoformat('ab'))
fmts = ['%Y-%m-%d %H:%M:%S', '%Y%m%dT%H%M%S.%f', '%a %A %b %B %p %I %j %y %F %T %%',
        '%%f %f %', 'plain', '', '%-d %e', '%z|%Z|%:z', '%c', '%H%', '100%%', '%Ey', '%D']
for v in [date(2024, 3, 5), datetime(7, 2, 3, 13, 4, 5, 6), datetime(2024, 12, 31, 0, 1, 2, tzinfo=UTC),
          t3, time(12, 5, 6, 7), time(0, 0, tzinfo=timezone(timedelta(hours=-3), 'X%Y'))]:
    for fmt in fmts:
        show(f'{type(v).__name__} {fmt!r}', lambda: v.strftime(fmt))
    show('format', lambda: f'{v:%Y/%m/%d %H}')
show('strftime bytes', lambda: date.today().strftime(b'%Y'))

# ---- ISO parsing -------------------------------------------------------------------
for text in ['2024-03-15', '2024-02-30', '2024-13-01', '20240315', '2024-W11-5', '2024-03-1',
             '２０２４-03-15', '2024/03/15', '0000-01-01', '2024-03-15T00']:
    show('date.fromisoformat ' + text, lambda: date.fromisoformat(text))
for text in ['2024-03-15T12:30:45', '2024-03-15 12:30:45.123', '2024-03-15T12:30:45.123456',
             '2024-03-15T12:30:45.1234567', '2024-03-15T12:30:45.12', '2024-03-15T12:30:45Z',
             '2024-03-15T12:30:45+01:00', '2024-03-15T12:30:45-05:30', '2024-03-15T12:30:45+00:00',
             '2024-03-15T12:30:45.5+24:00', '2024-03-15T12:30:45+23:59', '2024-03-15T12:30:45+01:60',
             '2024-03-15T24:00:00', '2024-03-15T12:60:00', '2024-02-30T12:30:45', '2024-03-15x12:30:45',
             '2024-03-15T12:30:45.', '2024-03-15T12:30:45Zx', '2024-03-15T12:30:45+0100',
             '2024-03-15T12:30:45.123456+01:00', '2024-03-15T12:30:45.000+00:30',
             '2024-03-15T1２:30:45', '2024-03-15T12:30:4', '2024-03-15T12:30']:
    show('datetime.fromisoformat ' + text, lambda: datetime.fromisoformat(text))
print(type(MyDT.fromisoformat('2024-03-15T12:30:45')).__name__,
      type(MyDate.fromisoformat('2024-03-15')).__name__)
z1 = datetime.fromisoformat('2024-03-15T12:30:45+01:00').tzinfo
z2 = datetime.fromisoformat('2024-03-15T12:30:45+01:00').tzinfo
print('zone identity', z1 is z2, z1 == z2, datetime.fromisoformat('2024-03-15T12:30:45Z').tzinfo is UTC)

# ---- timestamps --------------------------------------------------------------------
for stamp in [0, 1700000000.5, -1.25, 253402300799, 253402300800, -62135000000, -62135596801, 1e20]:
    show(f'fromtimestamp {stamp}', lambda: datetime.fromtimestamp(stamp))
    show(f'fromtimestamp utc {stamp}', lambda: datetime.fromtimestamp(stamp, UTC))
    show(f'date.fromtimestamp {stamp}', lambda: date.fromtimestamp(stamp))
show('MyDT.fromtimestamp', lambda: MyDT.fromtimestamp(86400))
show('astimezone', lambda: datetime(2024, 1, 1, 12).astimezone())
show('astimezone name', lambda: datetime(2024, 1, 1, 12).astimezone().tzname())
show('timestamp naive', lambda: datetime(2024, 1, 1, 12, 0, 0, 500000).timestamp())
show('timestamp aware', lambda: t3.timestamp())
n = datetime.now()
print('now type', type(n).__name__, n.tzinfo, 2020 < n.year < 3000, type(datetime.now(UTC).tzinfo).__name__)


class Zone(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'Z1'


class BadZone(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=24)


zd = datetime(2024, 5, 6, 7, 8, 9, tzinfo=Zone())
print(zd.isoformat(), zd.strftime('%Y %z %Z'), zd.utcoffset(), zd.timetuple().tm_isdst)
show('bad zone', lambda: datetime(2024, 5, 6, tzinfo=BadZone()).isoformat())
show('neg offset', lambda: datetime(2024, 5, 6, tzinfo=timezone(-timedelta(minutes=1))).utcoffset())

# ---- pickling ------------------------------------------------------------------------
for v in [date(2024, 3, 15), datetime(2024, 3, 15, 1, 2, 3, 4), datetime(2024, 3, 15, fold=1),
          t3, time(1, 2, 3, 4, UTC), timedelta(days=-1, microseconds=5), MyDate(1, 2, 3)]:
    for proto in (0, 2, 4):
        back = pickle.loads(pickle.dumps(v, proto))
        print(proto, repr(back), back == v, type(back).__name__, getattr(back, 'fold', None))
    print(repr(copy.deepcopy(v)), v.__reduce__())
show('date(bytes)', lambda: date(b'\x07\xe8\x03\x0f'))
show('date(bad bytes)', lambda: date(b'\x07\xe8\x0d\x0f'))
show('date(str state)', lambda: date('\x07\xe8\x03\x0f'))
show('datetime(bytes, tz)', lambda: datetime(b'\x07\xe8\x03\x0f\x01\x02\x03\x00\x00\x04', UTC))
show('datetime(fold bytes)', lambda: datetime(b'\x07\xe8\x83\x0f\x01\x02\x03\x00\x00\x04').fold)
show('replace', lambda: t1.replace(hour=3, tzinfo=UTC))
show('replace bad', lambda: t1.replace(day=30, month=2))
show('combine', lambda: datetime.combine(d1, time(1, 2, tzinfo=UTC)))
show('combine tz', lambda: datetime.combine(d1, time(1, 2), tzinfo=UTC))
