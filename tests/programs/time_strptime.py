# time.strptime: struct_time fields, tm_isdst from %Z, tm_gmtoff/tm_zone, errors.
import time


def attempt(text, *fmt):
    try:
        st = time.strptime(text, *fmt)
        print(repr(text), fmt, tuple(st), st.tm_zone, st.tm_gmtoff)
    except Exception as e:
        print(repr(text), fmt, type(e).__name__, e)


attempt('2020', '%Y')
attempt('2020 +0130', '%Y %z')
attempt('2020 -01:30:15.5', '%Y %z')
attempt('2020 UTC', '%Y %Z')
attempt('2020 gmt', '%Y %Z')
attempt('2020 +0130 utc', '%Y %z %Z')
attempt('2020 XYZ', '%Y %Z')
attempt('Jan 5')
attempt('Mon Jan  5 01:02:03 2020')
attempt('Fri Feb 13 23:31:30 2009')
attempt('2020 10 3', '%Y %U %w')
attempt('2020 Tue', '%Y %a')
attempt('1 2', '%d %m')
attempt('05:06 +0100', '%H:%M %z')
attempt('2020 366', '%Y %j')
attempt('2021 366', '%Y %j')
attempt('24', '%H')
attempt('12:00 pm', '%H:%M %p')
attempt('Feb 29', '%b %d')
attempt('0 0 2020', '%U %w %Y')
attempt('2018 0 1', '%Y %W %w')
attempt('2018 1 1', '%Y %W %w')
attempt('2018 0 1', '%Y %U %w')
attempt('61', '%S')
attempt('60', '%S')
attempt('2004 53 5', '%G %V %u')
attempt('1999-12-31 23:59:59', '%Y-%m-%d %H:%M:%S')
attempt('31/12/99', '%x')
attempt('07/04/76 12:34:56', '%x %X')
attempt('Thu Jan  1 00:00:00 1970', '%c')
attempt('2000-01-01', '%Y-%m-%d %H')
attempt('2000-01-01 5', '%Y-%m-%d')
attempt('1', '%')
attempt('1', '%Y %K')
for bad in [(1, '%Y'), ('1', 1), (None,)]:
    try:
        time.strptime(*bad)
    except TypeError as e:
        print('TypeError', e)
st = time.strptime('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S')
print(st, st.tm_wday, st.tm_yday, time.strftime('%Y-%m-%d %H:%M:%S', st))
print(time.mktime(st) == time.mktime(st), type(st).__name__, len(st))
del st
