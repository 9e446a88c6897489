from datetime import datetime, date, time, timedelta, timezone, UTC, MINYEAR, MAXYEAR
import calendar

UTC2 = timezone(timedelta(hours=2), "CEST")
NEG = timezone(-timedelta(hours=5, minutes=30))

start = datetime(2024, 1, 31, 9, 30, tzinfo=UTC)
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)
print([add_months(start, i).date().isoformat() for i in range(0, 14, 1)])

meetings = [start + timedelta(weeks=w, hours=h) for w in range(3) for h in (0, 5)]
for m in meetings[:4]:
    print(m.isoformat(), m.astimezone(UTC2).isoformat(timespec="minutes"), m.astimezone(NEG).strftime("%Y-%m-%d %H:%M %z %Z"))
print(max(meetings) - min(meetings), (max(meetings) - min(meetings)).total_seconds(), sorted(meetings)[0] == start)

td = timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=1_500_000)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(-td, abs(-td), td // 7, td / 7, td % timedelta(hours=5), divmod(td, timedelta(days=1)), td * 1.5, td / td)
print(timedelta(0), timedelta(microseconds=-1), repr(timedelta(microseconds=-1)), timedelta(days=-1, seconds=5), timedelta(weeks=1.5))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(hours=1) < timedelta(minutes=61), bool(timedelta()))
for bad in (lambda: timedelta(days=10**9), lambda: timedelta.max + timedelta(1), lambda: timedelta(1) * "x",
            lambda: timedelta(1) / 0, lambda: timedelta(1) // timedelta(0), lambda: date(2024, 2, 30),
            lambda: datetime(2024, 13, 1), lambda: time(24), lambda: date.max + timedelta(1), lambda: date(0, 1, 1),
            lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=UTC), lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=UTC),
            lambda: timezone(timedelta(hours=24)), lambda: time(1, 60), lambda: date(2024, 1, 1) + 1, lambda: datetime(2024, 1, 1, fold=2)):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 1, 12, tzinfo=UTC) == datetime(2024, 1, 1, 14, tzinfo=UTC2))

d = datetime(2024, 7, 4, 15, 7, 9, 123456)
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %d", "%I:%M %p", "%j %U %W %w %u", "%y %C %G-W%V-%u", "%e|%%|%n|%t|",
            "%c", "%x", "%X", "%D %T %R %F", "%z|%Z|", "%h %k %l %s" if False else "%h"]:
    print(repr(fmt), repr(d.strftime(fmt)))
print(d.replace(tzinfo=NEG).strftime("%z %Z %:z"), time(1, 2, 3, tzinfo=UTC).strftime("%H%M%S %z"), date(1, 1, 1).strftime("%Y|%y|%G"))
parses = [("2024-07-04 15:07", "%Y-%m-%d %H:%M"), ("04/Jul/2024:15:07:09 +0200", "%d/%b/%Y:%H:%M:%S %z"),
          ("Thursday 4 July 24", "%A %d %B %y"), ("12 AM", "%I %p"), ("2024 185", "%Y %j"), ("1.5", "%S.%f"),
          ("2024-02-30", "%Y-%m-%d"), ("2024-07-04 extra", "%Y-%m-%d"), ("24", "%Y"), ("2024-W27-4", "%G-W%V-%u"),
          ("+05:30", "%z"), ("Z", "%z"), ("UTC", "%Z"), ("x", "%Q")]
for s, f in parses:
    try:
        r = datetime.strptime(s, f)
        print(repr(s), "->", repr(r))
    except ValueError as e:
        print(repr(s), "ValueError", e)
isos = ["2024-07-04", "2024-07-04T15:07:09", "2024-07-04T15:07:09.123+02:00", "2024-07-04 15:07:09Z", "20240704T150709",
        "2024-W27-4", "2024-07-04T15", "2024-07-04T24:00:00", "2024-07-04T15:07:09.1234567", "2024-7-4", "", "2024-07-04T15:07:09+0530"]
for s in isos:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["15:07", "15:07:09.5", "T1507", "15:07:09+01:00", "25:00", "15:07:09.123456789"]:
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(date.fromisoformat("2024-12-30").isocalendar(), date(2024, 12, 30).isoweekday(), date.fromisocalendar(2025, 1, 1), date(2024, 3, 1).toordinal())
print(date.fromordinal(738000), date(2024, 2, 29).replace(year=2025) if False else "", date(2024, 1, 1).ctime(), datetime(2024, 1, 1, 1).timetuple()[:9])
print(d.isoformat(sep=" ", timespec="milliseconds"), d.time().isoformat("seconds"), d.date(), d.timetz(), time(5).isoformat(), repr(time(5, 6, tzinfo=UTC2)))
for ts in ["hours", "minutes", "seconds", "milliseconds", "microseconds", "auto", "bogus"]:
    try:
        print(ts, datetime(2024, 1, 1, 1, 2, 3).isoformat(timespec=ts))
    except ValueError as e:
        print(ts, "ValueError", e)
print(UTC, repr(UTC), UTC2, repr(UTC2), NEG, repr(NEG), timezone.utc is UTC, timezone(timedelta(0)), str(timezone(timedelta(minutes=-90))))
print(UTC2.utcoffset(None), UTC2.tzname(None), UTC2.dst(None), NEG.tzname(None), timezone.min, timezone.max)
print(datetime(2024, 1, 1, tzinfo=UTC).timestamp(), datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(1e9, NEG), datetime.utcfromtimestamp(86400) if False else "")
dt = datetime(2024, 3, 10, 1, 30, tzinfo=UTC)
print(dt.utcoffset(), dt.tzname(), dt.dst(), dt.astimezone(UTC2).utcoffset(), dt.replace(tzinfo=None).astimezone(UTC).tzinfo is not None)
print(datetime.combine(date(2024, 5, 6), time(7, 8), tzinfo=UTC2), datetime(2024, 5, 6).weekday(), datetime.min, datetime.max, MINYEAR, MAXYEAR)
print(hash(datetime(2024, 1, 1, 12, tzinfo=UTC)) == hash(datetime(2024, 1, 1, 14, tzinfo=UTC2)), date(2024, 1, 1) < date(2024, 1, 2))
print(sorted([time(3), time(1, 30), time(1, 5)]), time(12, 30) > time(12), time() == time(0, 0), bool(time()))
print(format(d, "%d.%m.%Y"), f"{d:%H:%M}", f"{date(2024, 1, 1)}", format(timedelta(1), ""), str(d), repr(d.date()))
