# threading Condition, Semaphore, BoundedSemaphore, Event, Barrier and local in one thread.
import threading

cond = threading.Condition()
for call in [lambda: cond.wait(0), cond.notify, cond.notify_all]:
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, e)
with cond:
    print(cond.wait(0), cond.wait(0.01), cond.wait_for(lambda: 5, 0))
    print(cond.wait_for(lambda: 0, 0), cond.wait_for(lambda: [], 0.01))
    print(cond.notify(), cond.notify(3), cond.notify_all(), cond._is_owned())
print(cond._is_owned(), cond.acquire(), cond._is_owned())
cond.release()
plain = threading.Lock()
cond2 = threading.Condition(plain)
print(cond2._lock is plain, cond2._is_owned())
with cond2:
    print(cond2._is_owned(), plain.locked(), cond2.wait(0))
print(repr(cond2).startswith('<Condition(<unlocked _thread.lock object'), repr(cond2).endswith(', 0)>'))

sem = threading.Semaphore(2)
print(sem._value, sem.acquire(), sem.acquire(), sem.acquire(False), sem._value)
print(sem.acquire(timeout=0), sem.acquire(True, 0.01), sem.acquire(True, -1))
sem.release(2)
print(sem._value, repr(sem).endswith(': value=2>'))
with sem:
    print('in', sem._value)
print('out', sem._value)
for call in [lambda: threading.Semaphore(-1), lambda: sem.release(0),
             lambda: sem.acquire(False, 1)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)

bsem = threading.BoundedSemaphore(2)
print(bsem.acquire(), bsem._value, repr(bsem).endswith(': value=1/2>'))
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print(type(e).__name__, e)
print(bsem._value, isinstance(bsem, threading.Semaphore))

event = threading.Event()
print(event.is_set(), event.wait(0), event.wait(0.01), event.wait(-1))
print(repr(event).endswith(': unset>'))
event.set()
print(event.is_set(), event.wait(), event.wait(5), repr(event).endswith(': set>'))
event.clear()
print(event.is_set())

calls = []
barrier = threading.Barrier(1, action=lambda: calls.append('action'))
print(barrier.parties, barrier.n_waiting, barrier.broken)
print(barrier.wait(), barrier.wait(0), calls)
print(repr(barrier).endswith(': waiters=0/1>'))
barrier.abort()
print(barrier.broken, repr(barrier).endswith(': broken>'))
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print(type(e).__name__, repr(e), isinstance(e, RuntimeError))
barrier.reset()
print(barrier.broken, barrier.wait())
two = threading.Barrier(2, timeout=0)
for attempt in range(2):
    try:
        two.wait()
    except threading.BrokenBarrierError:
        print('broken', attempt, two.broken)
failing = threading.Barrier(1, action=lambda: 1 / 0)
try:
    failing.wait()
except ZeroDivisionError as e:
    print(type(e).__name__, failing.broken)

data = threading.local()
data.x = 1
print(data.x, hasattr(data, 'y'), type(data).__name__)
try:
    threading.local(1)
except TypeError as e:
    print(type(e).__name__, e)

class Settings(threading.local):
    def __init__(self, level):
        self.level = level

s = Settings(3)
print(s.level, isinstance(s, threading.local))
