"""sched: scheduler with a fake clock (custom timefunc/delayfunc), Event, queue, cancel, run."""
import sched

clock = [0.0]
log = []


def now():
    log.append(('time', clock[0]))
    return clock[0]


def sleep(d):
    log.append(('delay', d))
    clock[0] += d


def act(name, *args, **kw):
    print('run', name, args, kw, 'at', clock[0])


s = sched.scheduler(now, sleep)
print(s.empty(), s.queue, s.run(), s.run(False))
e1 = s.enter(5, 1, act, ('a',))
e2 = s.enterabs(3, 2, act, ('b', 1), {'k': 2})
e3 = s.enterabs(3, 1, act, argument=('c',))
e4 = s.enter(3, 1, act, kwargs={'name': 'd', 'only': True})
e5 = s.enterabs(10, 0, act, ('cancel me',))
print(e1._replace(action='act'))
print(e2._replace(action=None))
print(type(e1).__name__, type(e1).__module__, e1._fields, isinstance(e1, tuple))
print(e1.time, e1.priority, e1.sequence, e1.action is act, e1.argument, e1.kwargs)
print(e3 < e2, e4 < e3, e4 == e4, e1 > e2)
print([(e.time, e.priority, e.sequence) for e in s.queue])
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print(type(e).__name__, e)
print(s.empty(), len(s.queue))
print('nonblocking', s.run(blocking=False))
clock[0] = 3.5
print('nonblocking', s.run(blocking=False))
print(log)
log.clear()
s.run()
print(log, clock, s.empty())
log.clear()

# actions that schedule more events
def spawn(n):
    print('spawn', n, clock[0])
    if n:
        s.enter(1, 0, spawn, (n - 1,))
s.enter(0, 0, spawn, (3,))
s.run()
print(log)
log.clear()

# an exception in an action propagates; the event is gone
def boom():
    raise RuntimeError('boom')
s.enter(1, 0, boom)
s.enter(2, 0, act, ('after',))
try:
    s.run()
except RuntimeError as e:
    print(type(e).__name__, e, len(s.queue))
s.run()
print(s.empty())

# integer clock
t = [100]
s2 = sched.scheduler(lambda: t[0], lambda d: t.__setitem__(0, t[0] + d))
for i, p in enumerate([3, 1, 2]):
    s2.enterabs(100 + i % 2, p, print, ('event', i, p))
ev = s2.enter(0, 5, print, ('last',))
print(s2.queue)
s2.run()
print(t, s2.run(False))
print(sched.__all__, sched.Event._fields)
print(sched.Event(1, 2, 3, None, (), {}))
try:
    s2.enter(1)
except TypeError as e:
    print('TypeError')
