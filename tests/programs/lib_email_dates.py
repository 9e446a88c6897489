# Differential test: email.utils date parsing and formatting on many shapes.
import random
import datetime
from email import utils as U


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('EXC', type(e).__name__, e)


fixed = ['Mon, 20 Nov 1995 19:12:08 -0500', 'Mon, 20 Nov, 1995 19:12:08', 'Nov 20, 1995 19:12:08 +0100',
         '20 nov 1995 19:12', 'Tuesday, 3 June 2003 10:11:12 +0200', 'wed 3 jun 03 10:11:12 edt',
         ' ', '\t\n', ',', 'Mon,', 'Mon, ', '1 Jan 1900 00:00:00 +9999', '1 Jan 2000 00:00:00 -0030',
         '1 Jan 2000 00:00:00 +00', '1 Jan 2000 00:00:00 -0', '1 Jan 2000 00:00:00 +0', '1 Jan 2000 00:00:00 0',
         '1 Jan 68 00:00:00', '1 Jan 69 00:00:00', '1 Jan 99 1:2:3', '1 Jan 100 1:2:3', '1 Jan 0 1:2:3',
         '1 Jan 2000 1.2.3', '1 Jan 2000 1.2', '1 Jan 2000 1', '1 Jan 2000 1:2:3:4', '1 Jan 2000 :1:2',
         '1 Jan 1:2:3 2000', '1 Jan 1:2:3 2000 EST', '1 Jan EST 1:2:3 2000', '1 Jan GMT 2000 1:2:3',
         '1 Jan 2000, 1:2:3,', '1, Jan 2000 1:2:3', 'x,1 Jan 2000 1:2:3', 'a,b,1 Jan 2000 1:2:3',
         '1-Jan-2000 1:2:3', '1-Jan-2000 1:2:3 +0100', '1-Jan 2000 1:2:3', '1 Jan 2000 1:2:3+0100',
         '1 Jan 2000 1:2:3-0100', '1 Jan 2000 -1:2:3', '1 Jan 2000 1:2:3 +01:00', '1 Jan 2000 1:2:3 UTC',
         '1 Jan 2000 1:2:3 ut', '1 Jan 2000 1:2:3 z', '1 Jan 2000 1:2:3 CST', '1 Jan 2000 1:2:3 pdt',
         '1 Jan 2000 1:2:3 +1', '1 Jan 2000 1:2:3 -1', '1 Jan 2000 1:2:3 +0060', '1 Jan 2000 1:2:3 +2400',
         '1 January 2000 1:2:3', '1 Sept 2000 1:2:3', '1 sep 2000 1:2:3', 'Jan 1 2000 1:2:3', 'January 1 2000 1:2:3',
         '1 2 2000 1:2:3', 'Jan Jan 2000 1:2:3', '1 Jan x2000 1:2:3', '1 Jan 2000x 1:2:3', '1 Jan -2000 1:2:3',
         '1 Jan +2000 1:2:3', '1 Jan 2000 1:2:3 +0100 (CET) more', '01 Jan 2000 01:02:03 +0100',
         '  Mon ,  1 Jan 2000 1:2:3', 'MON 1 Jan 2000 1:2:3', 'Fri, 1 Jan 2000 1:2:3 GMT+1', '1 jan 2000 1:2:3 GMT-1',
         '31 Feb 2000 1:2:3', '1 Jan 2000 24:00:00', '1 Jan 2000 1:60:3', '1 Jan 2000 1:2:61', '0 Jan 2000 1:2:3',
         '1 Jan 10000 1:2:3', '1 Jan 2000 1:2:3 +99999', '1 Jan 2000 ١:2:3', '1 Jan ２０００ 1:2:3', '1 Jan 2000 1:2: 3',
         '1 Jan 2000 1_0:2:3', '1 Jan 2000  1:2:3   EST  ', '1\tJan\t2000\t1:2:3', 'Jan, 1 2000 1:2:3', '1 Jan, 2000, 1:2:3,',
         '1 Jan 2000 1:2,', '1 Jan 2000 1:2:3 +0100,', '1 Jan 2000 1:2:3 ,', 'Sun 1 Jan', '1 Jan 2000 12:00 PM']
vocab = ['Mon,', 'Tue', 'sun', '1', '31', '02', 'Jan', 'feb', 'December', 'Foo', '2000', '99', '69', '5', '1:2', '10:20:30',
         '1.2.3', '+0100', '-0500', 'EST', 'GMT', 'xyz', ',', '3-Mar-2001', '12:00+0200', '-0000', '7,', 'a,b']
r = random.Random(11)
rand = [' '.join(r.choice(vocab) for _ in range(r.randint(1, 7))) for _ in range(500)]
for d in fixed + rand:
    t(lambda: (d, U._parsedate_tz(d), U.parsedate_tz(d), U.parsedate(d)))
    t(lambda: U.parsedate_to_datetime(d))
for bad in [None, b'1 Jan 2000 1:2:3']:
    t(lambda: U._parsedate_tz(bad)); t(lambda: U.parsedate_tz(bad)); t(lambda: U.parsedate_to_datetime(bad))
utc = datetime.timezone.utc
for dt in [datetime.datetime(2000, 1, 1), datetime.datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=utc),
           datetime.datetime(5, 2, 3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(hours=-5, minutes=-30))),
           datetime.datetime(2020, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(seconds=30))),
           datetime.datetime(2020, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=5), 'XYZ')),
           datetime.datetime(2020, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(0)))]:
    t(lambda: U.format_datetime(dt)); t(lambda: U.format_datetime(dt, usegmt=True)); t(lambda: U.format_datetime(dt, True))
for tv in [0, -1, 86399.999, 1e9, 1700000000, 253402300799, 951782400.25]:
    t(lambda: U.formatdate(tv)); t(lambda: U.formatdate(tv, usegmt=True)); t(lambda: U.formatdate(tv, False, True))
    t(lambda: U.formatdate(tv, localtime=True, usegmt=True)[:3])
    t(lambda: U.parsedate_tz(U.formatdate(tv)))
t(lambda: U.format_datetime('x'))
t(lambda: U.formatdate('x'))
for tup in [(2000, 1, 1, 0, 0, 0, 0, 1, -1, 0), (2000, 1, 1, 0, 0, 0, 0, 1, -1, 3600), (1970, 1, 1, 0, 0, 0, 0, 1, -1, -18000)]:
    t(lambda: U.mktime_tz(tup))
