import re, sys, logging, threading, time
import concurrent.futures as cf
from concurrent.futures import Future

def r(x):
    return re.sub(r'0x[0-9a-fA-F]+', 'ADDR', repr(x))

def show(label, fn, *a, **k):
    try:
        v = fn(*a, **k)
        print(label, '->', r(v))
    except BaseException as e:
        print(label, '!!', type(e).__name__, re.sub(r'0x[0-9a-fA-F]+', 'ADDR', str(e)))

class Capture(logging.Handler):
    def emit(self, rec):
        args = rec.args
        if isinstance(args, tuple):
            args = tuple(r(a) if isinstance(a, Future) else ('ID' if isinstance(a, int) and a > 10**6 else a) for a in args)
        print('LOG', rec.name, rec.levelname, rec.msg, args,
              rec.exc_info[0].__name__ if rec.exc_info else None)
logger = logging.getLogger('concurrent.futures')
logger.addHandler(Capture())
logger.propagate = False

print(sorted(cf.__all__))
print(sorted(dir(cf)))
print(cf.__doc__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, Exception), issubclass(cf.InvalidStateError, Exception))
print(issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.CancelledError.__mro__[1].__name__, cf.InvalidStateError.__mro__[1].__name__)
print(cf.CancelledError.__mro__[1] is cf.InvalidStateError.__mro__[1])
show('nope', getattr, cf, 'nope')
print(cf.Future[int].__origin__ is Future, cf.Future[int].__args__)

# states
f = Future()
print(r(f), f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel(), r(f), f.running(), f.done())
print(f.cancel(), r(f))
f.set_result(42)
print(r(f), f.result(), f.exception(), f.done(), f.running(), f.cancel())
show('set_result again', f.set_result, 1)
show('set_exception again', f.set_exception, ValueError())
show('snoc', f.set_running_or_notify_cancel)

f = Future()
f.set_exception(ValueError('bad'))
print(r(f))
show('result', f.result)
show('exception', f.exception)
show('result t', f.result, 0)
try:
    f.result()
except ValueError as e:
    print(e is f.exception())

f = Future()
f.set_exception(KeyError)
print(r(f))
show('result', f.result)
f = Future(); f.set_result(None); print(r(f))
f = Future(); f.set_result([1]); print(r(f))
f = Future(); f.set_exception(0); print(r(f), f.result(), f.exception())

class MyFut(Future):
    pass
print(r(MyFut()))

# cancel
f = Future()
print(f.cancel(), r(f), f.cancel(), f.cancelled(), f.done(), f.running())
show('result', f.result)
show('exception', f.exception, timeout=1)
show('set_result', f.set_result, 3)
print(f.set_running_or_notify_cancel(), r(f), f.cancelled(), f.done())
show('set_exception', f.set_exception, ValueError())
show('snoc2', f.set_running_or_notify_cancel)
print(f.cancel())

# timeouts
f = Future()
show('result0', f.result, 0)
show('exc', f.exception, 0.01)
show('result neg', f.result, timeout=-1)

# callbacks
calls = []
def cb(tag):
    def inner(fut):
        calls.append((tag, fut.done(), fut.cancelled()))
    return inner
def bad(fut):
    raise ValueError('boom')
f = Future()
f.add_done_callback(cb('a'))
f.add_done_callback(bad)
f.add_done_callback(cb('b'))
print(calls)
f.set_result(1)
print(calls)
f.add_done_callback(cb('late'))
f.add_done_callback(bad)
print(calls)
calls.clear()
f = Future()
f.add_done_callback(cb('c'))
f.cancel()
f.cancel()
print(calls)
f.set_running_or_notify_cancel()
print(calls)
calls.clear()
f = Future()
def kbd(fut):
    raise KeyboardInterrupt('k')
f.add_done_callback(kbd)
f.add_done_callback(cb('after'))
show('kbd', f.set_result, 5)
print(calls, f.done(), f.result())
f = Future(); f.set_exception(OSError('o'))
f.add_done_callback(cb('e'))
print(calls)

# wait
def fin(v):
    f = Future(); f.set_result(v); return f
def err(e):
    f = Future(); f.set_exception(e); return f
def canc():
    f = Future(); f.cancel(); f.set_running_or_notify_cancel(); return f

a, b = fin(1), fin(2)
p1, p2 = Future(), Future()
res = cf.wait([a, b])
print(type(res).__name__, res._fields, len(res.done), len(res.not_done), res.done == {a, b})
res = cf.wait([a, p1], return_when=cf.FIRST_COMPLETED)
print(res.done == {a}, res.not_done == {p1})
res = cf.wait([a, p1], timeout=0.01)
print(res.done == {a}, res.not_done == {p1})
res = cf.wait([a, p1], timeout=0.01, return_when=cf.FIRST_EXCEPTION)
print(res.done == {a}, res.not_done == {p1})
e1 = err(ValueError())
res = cf.wait([a, e1, p1], return_when=cf.FIRST_EXCEPTION)
print(res.done == {a, e1}, res.not_done == {p1})
c1 = canc()
res = cf.wait([c1, p1], timeout=0.01, return_when=cf.FIRST_EXCEPTION)
print(res.done == {c1}, res.not_done == {p1})
res = cf.wait([c1, p1], return_when=cf.FIRST_COMPLETED)
print(res.done == {c1}, res.not_done == {p1})
c2 = Future(); c2.cancel()
res = cf.wait([c2], timeout=0.01)
print(res.done == set(), res.not_done == {c2})
res = cf.wait([a, a, b], timeout=0)
print(len(res.done), len(res.not_done))
print(cf.wait([]))
print(cf.wait([], return_when='bogus'))
show('bogus', cf.wait, [p1], 0.01, 'bogus')
res = cf.wait([a], return_when='bogus')
print(len(res.done))
show('wait int', cf.wait, 3)
print(p1._waiters if hasattr(p1, '_waiters') and False else 'ok')

# as_completed
out = list(cf.as_completed([a]))
print(out == [a])
show('asc empty', list, cf.as_completed([]))
show('asc timeout', list, cf.as_completed([a, p1, p2], timeout=0))
show('asc timeout2', list, cf.as_completed([p1, p2, p1], timeout=0.01))
show('asc int', list, cf.as_completed(3))
g = cf.as_completed([p1, p2], timeout=0.01)
print(type(g).__name__)
show('asc dup', lambda: [x.result() for x in cf.as_completed([a, a, a])])
# complete futures while iterating
q1, q2, q3 = Future(), Future(), Future()
q1.set_result('first')
seen = []
for fut in cf.as_completed([q1, q2, q3], timeout=5):
    seen.append(fut.result() if not fut.cancelled() else 'cancelled')
    if fut is q1:
        q3.set_result('third')
        q2.cancel()
        q2.set_running_or_notify_cancel()
print(seen)

# Executors
class SyncExecutor(cf.Executor):
    def __init__(self):
        self.log = []
        self.closed = False
    def submit(self, fn, /, *args, **kwargs):
        if self.closed:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        if f.set_running_or_notify_cancel():
            try:
                f.set_result(fn(*args, **kwargs))
            except BaseException as e:
                f.set_exception(e)
        self.log.append(fn.__name__)
        return f
    def shutdown(self, wait=True, *, cancel_futures=False):
        print('shutdown', wait, cancel_futures)
        self.closed = True

with SyncExecutor() as ex:
    print(type(ex).__name__)
    f = ex.submit(pow, 2, 10)
    print(r(f), f.result())
    print(list(ex.map(pow, [1, 2, 3], [2, 2, 2])))
    print(list(ex.map(str, [])))
    it = ex.map(lambda x: 10 // x, [5, 0, 2])
    print(next(it))
    show('next', next, it)
    show('next2', next, it)
    it = ex.map(abs, [-1, -2], timeout=5)
    print(list(it))
    print(list(ex.map(abs, [-4], chunksize=3)))
    print(ex.log)
show('after', ex.submit, abs, 1)
try:
    with SyncExecutor() as ex2:
        raise KeyError('inside')
except KeyError as e:
    print('propagated', repr(e))

show('base submit', cf.Executor().submit, abs)
show('base submit noarg', cf.Executor().submit)
show('base map', cf.Executor().map, abs, [1])
print(cf.Executor().map(abs, []) is not None)
print(cf.Executor().shutdown(), cf.Executor().shutdown(wait=False, cancel_futures=True))
print(cf.Executor().__exit__(None, None, None))
with cf.Executor() as e0:
    print(type(e0).__name__)

# Pools
if sys.platform != 'wasi':
    def _no_threads(self):
        raise RuntimeError("can't start new thread")
    threading.Thread.start = _no_threads

for kw in [dict(max_workers=0), dict(max_workers=-3), dict(max_workers=2, initializer=5), dict(max_workers='x')]:
    for cls in (cf.ThreadPoolExecutor, cf.ProcessPoolExecutor):
        show(cls.__name__ + str(kw), lambda: type(cls(**kw)).__name__)
show('ppe float', cf.ProcessPoolExecutor, 1.5)
for kw in [dict(max_tasks_per_child=0), dict(max_tasks_per_child='3'), dict(max_tasks_per_child=-2)]:
    show('ppe ' + str(kw), lambda: type(cf.ProcessPoolExecutor(**kw)).__name__)
tp = cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='w')
print(tp._max_workers, tp._thread_name_prefix)
show('tp submit', tp.submit, abs, -1)
show('tp submit again', tp.submit, abs, -1)
show('tp map', tp.map, abs, [1, 2])
show('tp submit noarg', tp.submit)
tp.shutdown(wait=True)
show('tp after shutdown', tp.submit, abs, -1)
with cf.ThreadPoolExecutor(1) as tp2:
    show('tp2 submit', tp2.submit, print, 'never')
show('tp2 after', tp2.submit, abs, 1)
tp3 = cf.ThreadPoolExecutor(2)
tp3.shutdown(wait=False, cancel_futures=True)
show('tp3', tp3.submit, abs, 1)
pp = cf.ProcessPoolExecutor(2)
print(pp._max_workers)
show('pp map chunk', pp.map, abs, [1], chunksize=0)
pp.shutdown()
show('pp after', pp.submit, abs, 1)
with cf.ProcessPoolExecutor(max_workers=1) as pp2:
    print(type(pp2).__name__)
print('done')
