import io
import sys
import timeit


class FakeClock:
    """A timer that advances by a fixed step every time it is read."""

    def __init__(self, step=0.001):
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self):
        self.reads += 1
        self.now += self.step
        return self.now


class GrowClock(FakeClock):
    """Each reading advances twice as far as the one before."""

    def __call__(self):
        self.step *= 2
        return super().__call__()


counter = []
clock = FakeClock()
t = timeit.Timer('counter.append(1)', timer=clock, globals={'counter': counter})
print(round(t.timeit(10), 6), len(counter), clock.reads)
print([round(x, 6) for x in t.repeat(3, 4)], len(counter))
print(t.src)
print(t.timer is clock)

calls = []
t2 = timeit.Timer(lambda: calls.append('s'), setup=lambda: calls.append('setup'), timer=GrowClock(0.0001))
print(repr(t2.src))
seen = []
print(t2.autorange(lambda n, s: seen.append((n, round(s, 3)))))
print(seen)
print(calls.count('setup'), calls.count('s'))
print(timeit.Timer('pass', timer=FakeClock(1.0)).autorange())
print(timeit.Timer('pass', timer=FakeClock(0.2)).autorange())

t3 = timeit.Timer('x += 1', setup='x = 0\ny = 2', timer=FakeClock())
print(t3.src)
print(round(timeit.timeit('a = 1', number=5, timer=FakeClock(0.5)), 6))
print([round(x, 6) for x in timeit.repeat('a = 1', 'b = 2', FakeClock(0.25), 2, 7)])
g = {'val': 3}
print(round(timeit.timeit('val * 2', globals=g, number=3, timer=FakeClock(2)), 6))
print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(sorted(timeit.__all__))
print(timeit.reindent('a\nb\nc', 3))

for stmt, setup in [(5, 'pass'), ('pass', 5), ('return 1', 'pass'), ('x = (', 'pass'),
                    ('pass', 'y = )'), ('  indented', 'pass'), ('pass', 'return')]:
    try:
        timeit.Timer(stmt, setup)
        print('ok')
    except ValueError as e:
        print(type(e).__name__, e)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)

bad = timeit.Timer('1/0', timer=FakeClock())
try:
    bad.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    bad.print_exc(buf)
    text = buf.getvalue()
    print('<timeit-src>' in text, text.strip().splitlines()[-1])

# command line, with a wrapped fake timer for stable numbers
def wrap(step):
    if step < 0:
        return lambda timer: GrowClock(-step)
    return lambda timer: FakeClock(step)

for args, step in [(['-n', '10', '-r', '3', 'pass'], 0.001),
                   (['-n', '1', 'pass'], 2.5),
                   (['-n', '100', '-u', 'msec', 'pass'], 0.01),
                   (['-n', '100', '-u', 'usec', '-r', '0', 'pass'], 0.01),
                   (['-n', '2', '-u', 'nsec', 'pass'], 1e-6),
                   (['-v', '-n', '5', '-r', '2', 'pass'], 0.003),
                   (['-vv', '-r', '2', 'pass'], -0.0001),
                   (['-v', 'pass'], 0.3),
                   (['-s', 'import os', '-s', 'z = 1', '--number=3', 'z + 1', 'z + 2'], 1e-5),
                   (['pass'], 0.25),
                   (['-r', '3', 'pass'], -0.001),
                   (['-u', 'bogus', 'pass'], 1),
                   (['-z'], 1),
                   (['--unit'], 1),
                   (['--nope'], 1),
                   (['-t'], 1),
                   (['--clock'], 1),
                   (['-n', '1', '1/0'], 1),
                   (['-p', '-n', '1', '-s', 'a = 1', 'a += 1'], 0.125),
                   (['-n', '4', '--repeat', '2', '--setup', 'x = 2', '--unit', 'sec', '--verbose', 'x ** 2'], 0.25),
                   (['-n', '3', '--', '-1'], 4e-8)]:
    print('main', args)
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        status = timeit.main(args, _wrap_timer=wrap(step))
    finally:
        errors = sys.stderr.getvalue().splitlines()
        sys.stderr = old
    print('status', status)
    if errors:
        print('stderr:', errors[0], '...', errors[-1], '<timeit-src>' in '\n'.join(errors))
