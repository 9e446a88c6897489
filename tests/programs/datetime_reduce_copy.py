# __reduce__/__reduce_ex__ states, copy/deepcopy round trips, hashing and use as dict keys.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo

ist = timezone(timedelta(hours=5, minutes=30), 'IST')
values = [timedelta(days=-1, seconds=5, microseconds=6), date(2000, 1, 2), date(1, 1, 1),
          time(1, 2, 3, 70000), time(23, 59, 59, 999999, ist, fold=1),
          datetime(2002, 3, 4, 5, 6, 7, 8900), datetime(9999, 12, 31, 23, 59, 59, 999999),
          datetime(2000, 1, 2, 3, 4, 5, 6, ist, fold=1), timezone.utc, ist,
          timezone(timedelta(hours=-2))]
for value in values:
    print(repr(value))
    print('  reduce', value.__reduce__())
    if not isinstance(value, (timedelta, date, timezone)) or isinstance(value, datetime):
        print('  ex4', value.__reduce_ex__(4))
    shallow = copy.copy(value)
    deep = copy.deepcopy(value)
    print('  copies', shallow == value, deep == value, repr(deep),
          getattr(deep, 'fold', None), hash(deep) == hash(value))
    cls, args = value.__reduce__()[:2]
    print('  rebuilt', cls(*args) == value)

print(copy.deepcopy(timezone.utc) is timezone.utc, copy.copy(ist) == ist)
print(repr(datetime(b'\x07\xd0\x81\x01\x00\x00\x00\x00\x00\x00')))
print(repr(datetime(b'\x07\xd0\x01\x01\x17\x3b\x3b\x0f\x42\x3f', ist)))
print(repr(time(b'\x81\x00\x00\x00\x00\x00', timezone.utc)))
print(repr(date(b'\x27\x0f\x0c\x1f')))


class Zone(tzinfo):
    def __init__(self, hours=0):
        self.hours = hours

    def utcoffset(self, dt):
        return timedelta(hours=self.hours)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return f'Z{self.hours}'

    def __repr__(self):
        return f'Zone({self.hours})'


z = Zone(4)
print(z.__reduce__()[0].__name__, z.__reduce__()[1:], repr(copy.deepcopy(z)))
moment = datetime(2020, 2, 2, 2, 2, tzinfo=z)
clone = copy.deepcopy(moment)
print(repr(clone), clone == moment, clone.tzinfo is moment.tzinfo, clone.tzname())

table = {date(2000, 1, 1): 'date', datetime(2000, 1, 1): 'datetime', time(0): 'time',
         timedelta(0): 'delta'}
print(sorted(table.values()), table[datetime(2000, 1, 1, 0, 0)], table[date(2000, 1, 1)])
aware = {datetime(2000, 1, 1, 12, tzinfo=timezone.utc): 'noon utc'}
print(aware.get(datetime(2000, 1, 1, 17, 30, tzinfo=ist)), aware.get(datetime(2000, 1, 1, 12)))
print(len({time(1, tzinfo=timezone.utc), time(2, tzinfo=timezone(timedelta(hours=1))),
           time(1)}))
print(len({timezone.utc, timezone(timedelta(0), 'x'), timezone(timedelta(hours=1))}))
