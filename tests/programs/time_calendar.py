# time: gmtime/mktime/asctime/ctime/strftime on fixed timestamps, struct_time, errors.
import time

for secs in [0, 1, -1, 86399, 951782400, 1e9, 1234567890, 1709251199, 4102444800, -2208988800,
             253402300799, 1.5, -1.5]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_zone, t.tm_gmtoff, time.mktime(t[:9] if False else tuple(t)))
t = time.gmtime(1234567890)
print(t)
print(repr(time.asctime(t)), time.ctime(0) == time.asctime(time.gmtime(0)))
print(time.strftime('%a %A %b %B %d %e %H %I %j %m %M %p %S %U %w %W %y %Y %%', t))
print(time.strftime('%c|%x|%X|%D|%T|%F|%R|%C|%u|%h|%k|%l|%P|%n|%t|%Q', t))
for secs in [0, 951782400, 1104537600, 1230768000, 1262304000, 1356998400, 1483228800]:
    g = time.gmtime(secs)
    print(time.strftime('%G %g %V %U %W %j %a', g))
print(time.strftime('%Y-%m-%d', (2024, 1, 1, 0, 0, 0, 0, 0, 0)))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, st.tm_zone, st.tm_gmtoff, len(st), st[0], st.tm_yday, st.n_sequence_fields)
print(time.mktime((2024, 14, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2024, 0, 1, 0, 0, 0, 0, 0, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2, 3)]:
    try:
        print(time.strftime('%Y', bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(1e20)
except OverflowError as e:
    print(e)
try:
    time.gmtime(float('nan'))
except ValueError as e:
    print(e)
try:
    time.gmtime('x')
except TypeError as e:
    print(e)
print(type(time.time()), type(time.time_ns()), time.get_clock_info('monotonic').monotonic)
print(isinstance(time.localtime(), time.struct_time), time.gmtime(None).tm_year > 2000)
