# Messages the interpreter builds from the type names of datetime's classes (C types in
# CPython, so they read 'datetime.timedelta' and so on).
from datetime import date, datetime, time, timedelta, timezone


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('td+int', lambda: timedelta(1) + 1)
attempt('td<int', lambda: timedelta(1) < 1)
attempt('td*str', lambda: timedelta(1) * 'a')
attempt('td%int', lambda: timedelta(1) % 2)
attempt('date+int', lambda: date(2000, 1, 1) + 1)
attempt('date<int', lambda: date(2000, 1, 1) < 1)
attempt('time<int', lambda: time() < 1)
attempt('time+td', lambda: time(1) + timedelta(1))
attempt('date-dt', lambda: date(2000, 1, 1) - datetime(2000, 1, 1))
attempt('dt-date', lambda: datetime(2000, 1, 1) - date(2000, 1, 1))
attempt('tz<tz', lambda: timezone.utc < timezone.utc)
print(repr(timedelta), repr(datetime), type(date.today()).__name__)
