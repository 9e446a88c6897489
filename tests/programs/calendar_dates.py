import calendar
import datetime

c = calendar.Calendar()
print(list(c.itermonthdates(2024, 2)))
print(list(calendar.Calendar(6).itermonthdates(2023, 12))[-5:])
for week in c.monthdatescalendar(2024, 3):
    print([d.isoformat() for d in week])
y = c.yeardatescalendar(2024)
print(len(y), [len(r) for r in y], y[0][0][0][0], y[-1][-1][-1][-1])
y = c.yeardatescalendar(2023, 2)
print(len(y), y[5][1][0])
print(list(c.itermonthdates(1, 1))[:2])
print(all(isinstance(d, datetime.date) for d in c.itermonthdates(2020, 5)))
print(calendar.weekday(2024, 7, 4) == datetime.date(2024, 7, 4).weekday())
print(calendar.timegm(datetime.datetime(2024, 1, 1, 12, 0).utctimetuple()))
try:
    list(c.itermonthdates(2024, 0))
except Exception as e:
    print(type(e).__name__, e)
