# strftime and format() of date, time and datetime, including %f, %z, %:z and %Z.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


codes = ['%a', '%A', '%b', '%B', '%c', '%d', '%f', '%H', '%I', '%j', '%m', '%M', '%p', '%S',
         '%U', '%w', '%W', '%x', '%X', '%y', '%Y', '%z', '%:z', '%Z', '%%', '%G', '%V', '%u',
         '%e', '%D', '%F', '%T', '%R', '%h']
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
values = [date(2002, 3, 4), date(1999, 12, 31), date(2021, 1, 3), datetime(2002, 3, 4, 5, 6, 7, 8900),
          datetime(2020, 12, 31, 23, 59, 59, 999999, ist), datetime(2000, 1, 1, 12, tzinfo=timezone.utc),
          time(13, 14, 15, 16), time(0, 1, 2, tzinfo=timezone(timedelta(hours=-3, minutes=-15)))]
for value in values:
    print(repr(value))
    print('  ' + ' | '.join(f'{code}={value.strftime(code)}' for code in codes))

d = datetime(2002, 3, 4, 5, 6, 7, 8900)
print(d.replace(tzinfo=ist).strftime('%z|%Z|%:z|%%z|%%%z|%%:z'))
print(d.replace(tzinfo=timezone(timedelta(seconds=-3601, microseconds=5))).strftime('%z|%:z'))
print(d.replace(tzinfo=timezone(timedelta(seconds=61))).strftime('%z|%:z'))
print(d.replace(tzinfo=timezone(timedelta(0), 'a%b')).strftime('[%Z]'))
print(repr(d.strftime('%')), repr(d.strftime('abc%')), repr(d.strftime('%:')), repr(d.strftime('')))
print(repr(d.strftime('%Y-%m-%dT%H:%M:%S.%f')), repr(d.strftime('%d/%m/%Y %I%p')))
print(repr(date(5, 1, 1).strftime('%Y %y %G')), repr(date(999, 1, 1).strftime('%Y')))
print(repr(time(1, 2, 3, 4).strftime('%c|%f|%j|%x|%Y')))
attempt('strftime int', lambda: d.strftime(1))
attempt('date strftime int', lambda: date(2000, 1, 1).strftime(None))
attempt('time strftime int', lambda: time().strftime(b'%H'))

print(format(d, '%Y'), format(d, ''), format(time(1), '%H'), format(time(1), ''),
      format(date(2000, 1, 2), ''), format(date(2000, 1, 2), '%d %B'))
print(f'{d:%H:%M}', f'{d}', f'{date(2000, 1, 2):%A}', f'{time(9, 30):%I:%M %p}')
attempt('__format__ int', lambda: date(2000, 1, 1).__format__(1))
attempt('time __format__', lambda: time().__format__(1))
attempt('datetime __format__', lambda: d.__format__(1))


class Named(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return timedelta(hours=1)

    def tzname(self, dt):
        return 'N2'


class Silent(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


print(datetime(2000, 1, 1, tzinfo=Named()).strftime('%z %Z %:z'),
      repr(datetime(2000, 1, 1, tzinfo=Silent()).strftime('%z|%Z|%:z')))
print(datetime(2000, 1, 1, tzinfo=Named()).timetuple().tm_isdst,
      datetime(2000, 1, 1, tzinfo=Silent()).timetuple().tm_isdst)
print(time(5, tzinfo=Named()).strftime('%H %z %Z'))
print(d.ctime(), date(2002, 3, 4).ctime(), date(5, 1, 1).ctime(), datetime(2020, 10, 10, 1).ctime())
