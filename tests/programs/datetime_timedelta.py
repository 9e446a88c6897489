# timedelta: normalisation, float rounding, arithmetic, repr/str, comparisons and errors.
from datetime import timedelta


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args, kwargs in [((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((-1,), {}),
                     ((1, 2, 3, 4, 5, 6, 7), {}), ((), {'hours': 25}), ((), {'minutes': -1}),
                     ((), {'weeks': 2, 'days': -3}), ((), {'milliseconds': 1500}),
                     ((), {'seconds': 86400 * 3 + 5}), ((), {'microseconds': -1}),
                     ((), {'microseconds': 10 ** 6 * 3600})]:
    td = timedelta(*args, **kwargs)
    print(args, sorted(kwargs.items()), repr(td), str(td), td.days, td.seconds,
          td.microseconds)

# floats and CPython's round-half-even
for kwargs in [{'seconds': 1.5}, {'microseconds': 0.5}, {'microseconds': 1.5},
               {'microseconds': 2.5}, {'microseconds': -0.5}, {'microseconds': -1.5},
               {'seconds': 0.0000015}, {'days': 0.1, 'seconds': 0.1, 'microseconds': 0.1},
               {'hours': -1.5}, {'weeks': 1.1, 'milliseconds': 3.3}, {'days': 1 / 3},
               {'minutes': 0.123456789}, {'seconds': 2.5e-6, 'microseconds': 1},
               {'days': -0.000001}, {'milliseconds': 0.0005, 'microseconds': 0.5}]:
    print(sorted(kwargs.items()), repr(timedelta(**kwargs)))

attempt('str arg', lambda: timedelta('1'))
attempt('list arg', lambda: timedelta(hours=[1]))
attempt('too big', lambda: timedelta(days=1000000000))
attempt('too big float', lambda: timedelta(days=1e9))
attempt('hours overflow', lambda: timedelta(days=999999999, hours=24))
attempt('C int', lambda: timedelta(days=2 ** 31))
attempt('inf', lambda: timedelta(seconds=float('inf')))
attempt('nan', lambda: timedelta(seconds=float('nan')))
attempt('max', lambda: timedelta.max)
attempt('min', lambda: timedelta.min)
attempt('resolution', lambda: timedelta.resolution)
attempt('max+res', lambda: timedelta.max + timedelta.resolution)
attempt('-max', lambda: -timedelta.max)
attempt('-min', lambda: -timedelta.min)

a = timedelta(days=1, hours=2, microseconds=7)
b = timedelta(minutes=-90)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+b), repr(abs(b)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0), repr(a * True))
print(repr(a * 0.5), repr(0.1 * a), repr(timedelta(microseconds=3) * 0.5),
      repr(timedelta(microseconds=1) * 0.5), repr(timedelta(seconds=1) * 1.5))
print(repr(a / 2), repr(a / 3), repr(timedelta(microseconds=5) / 2),
      repr(timedelta(microseconds=-5) / 2), repr(timedelta(microseconds=5) / 2.0),
      repr(timedelta(days=1) / (1 / 3)))
print(a / b, b / a, timedelta(seconds=7) / timedelta(seconds=2))
print(a // b, b // a, repr(a // 7), repr(timedelta(seconds=-7) // 2))
print(repr(a % b), repr(b % a), repr(timedelta(seconds=7) % timedelta(seconds=-2)))
print(divmod(a, b), divmod(timedelta(seconds=-7), timedelta(seconds=2)))
attempt('div 0', lambda: a / 0)
attempt('floordiv 0', lambda: a // 0)
attempt('div td 0', lambda: a / timedelta(0))
attempt('floordiv td 0', lambda: a // timedelta(0))
attempt('mod td 0', lambda: a % timedelta(0))
attempt('divmod 0', lambda: divmod(a, timedelta(0)))
attempt('div 0.0', lambda: a / 0.0)
attempt('mul big', lambda: a * 1e20)
attempt('mul nan', lambda: a * float('nan'))
attempt('div nan', lambda: a / float('nan'))
attempt('mul inf', lambda: a * float('inf'))

print(a.total_seconds(), b.total_seconds(), timedelta(microseconds=-1).total_seconds(),
      timedelta.max.total_seconds())
print(a == timedelta(seconds=93600, microseconds=7), a != b, a > b, a >= a, b < a, b <= b)
print(timedelta(hours=24) == timedelta(1), timedelta(1) == 1, timedelta(1) != 'x')
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(timedelta(-1)))
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)),
      hash(timedelta(seconds=-1)) == hash(timedelta(days=-1, seconds=86399)))
print(len({timedelta(0), timedelta(seconds=0), timedelta(minutes=1), timedelta(seconds=60)}))
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(seconds=5)]))
for td in [timedelta(days=-1, seconds=5), timedelta(days=2, microseconds=5),
           timedelta(days=-2), timedelta(hours=-1), timedelta(microseconds=-1),
           timedelta(days=1), timedelta(days=-1), timedelta(hours=10, seconds=5)]:
    print(str(td), '|', repr(td))
print(timedelta(1).__reduce__())


class Span(timedelta):
    pass


s = Span(hours=1)
print(repr(s), type(s + s).__name__, type(-s).__name__, type(s * 2).__name__, s == timedelta(hours=1))
print(isinstance(s, timedelta), Span.max == timedelta.max)
