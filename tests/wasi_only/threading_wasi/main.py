# WASI-only: CPython 3.12 built for WASI (no threads) is the reference, not CPython on Linux.
# Starting a thread fails as there ("can't start new thread"); waits that no other
# thread could ever end raise RuntimeError instead of hanging. Expected: threading_wasi.expected.
import threading
import _thread

t = threading.Thread(target=print, args=('never printed',))
for attempt in range(2):
    try:
        t.start()
    except RuntimeError as e:
        print(attempt, type(e).__name__, e)
print(t.is_alive(), t.ident, t.native_id, repr(t))
try:
    threading.Timer(0, print).start()
except RuntimeError as e:
    print('Timer', type(e).__name__, e)
try:
    _thread.start_new_thread(print, ())
except RuntimeError as e:
    print('start_new_thread', type(e).__name__, e)
print(threading.active_count(), threading.enumerate() == [threading.main_thread()])
print(repr(threading.main_thread()), threading.get_ident(), threading.get_native_id())

mutex = threading.Lock()
mutex.acquire()
cond = threading.Condition()
cond.acquire()
waits = [
    ('Lock.acquire', mutex.acquire),
    ('Lock.acquire(timeout=-1)', lambda: mutex.acquire(True, -1)),
    ('Condition.wait', cond.wait),
    ('Condition.wait_for', lambda: cond.wait_for(lambda: False)),
    ('Event.wait', threading.Event().wait),
    ('Semaphore.acquire', threading.Semaphore(0).acquire),
    ('BoundedSemaphore.acquire', threading.BoundedSemaphore(1).acquire),
    ('Barrier.wait', threading.Barrier(2).wait),
]
sem = threading.BoundedSemaphore(1)
sem.acquire()
waits.append(('BoundedSemaphore.acquire again', sem.acquire))
for name, call in waits:
    try:
        call()
        print(name, 'returned')
    except RuntimeError as e:
        print(name, type(e).__name__, e)
# With a timeout, the wait simply times out.
print(mutex.acquire(timeout=0.01), cond.wait(0.01), threading.Event().wait(0.01))
print(threading.Semaphore(0).acquire(timeout=0.01))
