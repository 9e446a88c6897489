# threading.Lock / RLock and _thread: acquire with blocking/timeout, release, errors.
import threading
import _thread

mutex = threading.Lock()
print(type(mutex).__name__, type(mutex).__module__, type(mutex) is _thread.LockType)
print(mutex.locked(), mutex.acquire(), mutex.locked())
print(mutex.acquire(False), mutex.acquire(blocking=False), mutex.acquire(timeout=0))
print(mutex.acquire(True, 0), mutex.acquire(True, 0.0), mutex.acquire(timeout=0.01))
mutex.release()
print(mutex.locked(), mutex.acquire(0), mutex.acquire(0))
mutex.release()
print(repr(mutex).startswith('<unlocked _thread.lock object at 0x'))

# Argument errors, checked before anything else.
for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((True, -1e-9), {}),
                     ((), {'timeout': 'x'}), ((True, None), {}),
                     ((0, -2), {})]:
    try:
        print(args, kwargs, mutex.acquire(*args, **kwargs))
    except Exception as e:
        print(args, kwargs, type(e).__name__, e)
print(mutex.acquire(True, -1), mutex.acquire(0, -1))
mutex.release()
try:
    mutex.release()
except RuntimeError as e:
    print(type(e).__name__, e)

with mutex as entered:
    print('with', entered, mutex.locked())
print('after', mutex.locked())
print(mutex.acquire_lock(), mutex.locked_lock(), mutex.release_lock(), mutex.locked())

try:
    _thread.LockType()
except TypeError as e:
    print(type(e).__name__, e)
print(_thread.allocate_lock().locked(), _thread.allocate is _thread.allocate_lock)

rlock = threading.RLock()
print(type(rlock).__name__, type(rlock).__module__)
print(rlock._is_owned(), rlock._recursion_count())
print(rlock.acquire(), rlock.acquire(False), rlock.acquire(timeout=0))
print(rlock._is_owned(), rlock._recursion_count())
print(repr(rlock).startswith('<locked _thread.RLock object owner='), 'count=3' in repr(rlock))
rlock.release()
rlock.release()
rlock.release()
print(rlock._is_owned(), rlock._recursion_count(), 'owner=0 count=0' in repr(rlock))
try:
    rlock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
for args in [(False, 1), (True, -5)]:
    try:
        rlock.acquire(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
with rlock:
    with rlock:
        print('nested', rlock._recursion_count())
state = None
rlock.acquire()
rlock.acquire()
state = rlock._release_save()
print('saved', rlock._is_owned(), state[0])
rlock._acquire_restore(state)
print('restored', rlock._recursion_count())
rlock.release()
rlock.release()

print(threading.ThreadError is RuntimeError, _thread.error is RuntimeError)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1e9)
print(threading.get_ident() == _thread.get_ident(), type(threading.get_ident()).__name__)
print(threading.get_native_id() == _thread.get_native_id())
for args in [(print, 1), (1, ()), (print, (), 1)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(_thread.stack_size(), _thread._count(), _thread.daemon_threads_allowed())
for size in [1, -1, 32768, 0]:
    try:
        print(size, threading.stack_size(size))
    except ValueError as e:
        print(size, type(e).__name__, e)
