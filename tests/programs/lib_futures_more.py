# Extra differential checks for concurrent.futures (complements futures_basic).
import re, sys, logging, threading, time, pickle
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
        print('LOG', rec.levelname, rec.msg, args, rec.exc_info[0].__name__ if rec.exc_info else None)
logger = logging.getLogger('concurrent.futures')
logger.addHandler(Capture())
logger.propagate = False

def fin(v):
    f = Future(); f.set_result(v); return f

# --- module layout
print(cf.__all__)
print('ThreadPoolExecutor' in vars(cf), 'ProcessPoolExecutor' in vars(cf))
T = cf.ThreadPoolExecutor
print('ThreadPoolExecutor' in vars(cf), 'ProcessPoolExecutor' in vars(cf), cf.ThreadPoolExecutor is T)
print(cf.ProcessPoolExecutor is cf.ProcessPoolExecutor, 'ProcessPoolExecutor' in vars(cf))
print(cf.InvalidStateError.__name__, 'InvalidStateError' in cf.__all__)
print(cf.__author__)
from concurrent.futures.thread import ThreadPoolExecutor as T2, BrokenThreadPool
from concurrent.futures.process import ProcessPoolExecutor as P2, BrokenProcessPool
print(T2 is cf.ThreadPoolExecutor, P2 is cf.ProcessPoolExecutor)
for c in (cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor, Future, cf.Executor,
          cf.ThreadPoolExecutor, cf.ProcessPoolExecutor, BrokenThreadPool, BrokenProcessPool):
    print(c, [k.__name__ for k in c.__mro__])
from concurrent.futures import _base
print(_base.Future is Future, _base.CancelledError is cf.CancelledError, _base.wait is cf.wait)
print(_base.PENDING, _base.RUNNING, _base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)
print(_base.Error.__name__, _base.LOGGER.name, _base.DoneAndNotDoneFutures.__module__)
print(repr(cf.CancelledError()), repr(cf.InvalidStateError('x')), repr(cf.BrokenExecutor('y')),
      repr(BrokenThreadPool('z')), repr(BrokenProcessPool('w')))
print(pickle.loads(pickle.dumps(cf.CancelledError('p'))).args, type(pickle.loads(pickle.dumps(cf.CancelledError()))).__name__)
show('dir has', lambda: [n for n in dir(cf) if n.startswith('_')])
print(Future[str], Future[int, str].__args__)

# --- Future details
f = Future()
print(r(f), f._done_callbacks if False else '')
class Odd(Exception):
    def __bool__(self):
        return False
f.set_exception(Odd('hidden'))
print(r(f), f.result(), r(f.exception()))
f = Future(); f.set_exception('text')
print(r(f))
show('str exc', f.result)
f = Future(); f.set_exception(None); print(r(f), f.result(), f.exception())
f = Future(); f.set_result(ValueError('v')); print(r(f), r(f.result()), f.exception())
f = Future(); f.set_running_or_notify_cancel(); f.set_result(3)
print(r(f), f.running(), f.done())
e = RuntimeError('same')
f = Future(); f.set_exception(e)
for i in range(2):
    try:
        f.result()
    except RuntimeError as got:
        print('same object', got is e)
show('exception t', f.exception, timeout='x')
show('result t', Future().result, 'x')
show('result t', Future().result, 1j)
show('result t', Future().result, None.__class__)
show('result t', Future().result, True and 0.001)
show('exception t', Future().exception, -3)
show('result nan', Future().result, float('nan'))
g = Future(); g.cancel()
show('cancelled result t', g.result, 'x')
show('cancelled exception', g.exception, 0)
print(r(g), g.cancel(), g.set_running_or_notify_cancel(), r(g))
show('snoc on cancelled-notified', g.set_running_or_notify_cancel)
show('set running twice', lambda: (lambda h: (h.set_running_or_notify_cancel(), h.set_running_or_notify_cancel()))(Future()))

# callbacks
order = []
f = Future()
for i in range(4):
    f.add_done_callback(lambda fut, i=i: order.append(i))
f.add_done_callback(lambda fut: order.append(fut.result()))
def nested(fut):
    order.append('nested')
    fut.add_done_callback(lambda x: order.append('inner'))
f.add_done_callback(nested)
f.set_result('R')
print(order)
f2 = Future()
f2.add_done_callback(lambda fut: fut.set_result(1))
show('cb sets result on cancel', f2.cancel)
print(r(f2))
f3 = Future(); f3.set_running_or_notify_cancel()
f3.add_done_callback(lambda fut: order.append('f3'))
print(f3.cancel(), order[-1])
f3.set_exception(KeyError('k'))
print(order[-1])
def raising_cb(fut):
    raise TypeError('tb')
fin(1).add_done_callback(raising_cb)
c = Future(); c.cancel(); c.add_done_callback(lambda fut: print('called on cancelled', fut.cancelled()))
def sysexit(fut):
    raise SystemExit(3)
f = Future(); f.add_done_callback(sysexit)
show('systemexit cb', f.set_exception, ValueError())
print(r(f))

# --- wait
a, b = fin('a'), fin('b')
p = Future()
e1 = Future(); e1.set_exception(ValueError())
z = Future(); z.set_exception(0)
show('wait t str done', lambda: cf.wait([a], 'x').done == {a})
show('wait t str', cf.wait, [a, p], 'x')
show('wait t complex', cf.wait, [p], 1j)
show('wait t neg', lambda: cf.wait([a, p], -5) == (frozenset({a}), frozenset({p})))
show('wait first exc 0', lambda: cf.wait([z, p], return_when=cf.FIRST_EXCEPTION).done == {z})
show('wait first exc', lambda: cf.wait([e1, p, a], None, cf.FIRST_EXCEPTION).not_done == {p})
show('wait bogus', cf.wait, [p], 0, 'FIRST')
show('wait bogus done', lambda: len(cf.wait([a], 0, None).done))
show('wait bogus first', lambda: len(cf.wait([a, p], 0, 5).done))
show('wait first completed none', lambda: cf.wait([p], 0.001, cf.FIRST_COMPLETED).not_done == {p})
show('wait iter', lambda: len(cf.wait(iter([a, b, a])).done))
show('wait unhashable', cf.wait, [[1]])
res = cf.wait((a, p), 0)
print(type(res.done).__name__, type(res.not_done).__name__, res._asdict().keys(), res.__class__.__name__)
running = Future(); running.set_running_or_notify_cancel()
show('wait running', lambda: cf.wait([running], 0).not_done == {running})

# --- as_completed
show('asc t str', lambda: list(cf.as_completed([a], 'x')))
show('asc t none type', lambda: list(cf.as_completed([], None.__class__)))
show('asc t complex empty', lambda: list(cf.as_completed([a], 1j)) == [a])
show('asc t complex pending', lambda: list(cf.as_completed([a, p], 1j)))
gen = cf.as_completed(5)
print(type(gen).__name__)
show('asc lazy', next, gen)
q1, q2, q3 = fin(1), Future(), Future()
out = []
try:
    for f in cf.as_completed([q1, q2, q3], timeout=0):
        out.append(f.result())
        if f is q1:
            q2.set_result(2)
except Exception as ex:
    print(type(ex).__name__, ex)
print(out)
q1, q2, q3 = fin(1), Future(), Future()
out = []
try:
    for f in cf.as_completed([q1, q2, q3], timeout=0.05):
        out.append(f.result())
        if f is q1:
            q2.set_result(2)
except Exception as ex:
    print(type(ex).__name__, ex)
print(out)
g = cf.as_completed([q3, Future()], timeout=0.01)
q3.set_result(3)
try:
    print([f.result() for f in g])
except Exception as ex:
    print(type(ex).__name__, ex)
s1, s2 = fin(1), Future()
try:
    for f in cf.as_completed([s1, s2], timeout=0.02):
        print('got', r(f))
        s2.cancel()
except Exception as ex:
    print(type(ex).__name__, ex)
x = fin('x'); ps = [Future() for i in range(6)]
res = []
for f in cf.as_completed([x] + ps + ps, timeout=1):
    res.append(f.result() if not f.cancelled() else 'C')
    if f is x:
        for i in [3, 1, 4, 0]:
            ps[i].set_result(i)
        ps[5].cancel(); ps[5].set_running_or_notify_cancel()
    if f is ps[0]:
        ps[2].set_result(2)
print(res)
res = []
d1, d2, d3 = fin(1), fin(2), fin(3)
print(sorted(f.result() for f in cf.as_completed(iter([d1, d2, d3, d2]))))
gen = cf.as_completed([fin(1), Future()], timeout=0.01)
print(next(gen).result())
gen.close()
show('after close', next, gen)

# --- Executor.map
class Recorder(cf.Executor):
    def __init__(self, finish):
        self.finish = finish
    def submit(self, fn, /, *args, **kwargs):
        f = Future()
        f.add_done_callback(lambda ff, a=args: print('  cb', a, ff.cancelled()))
        if args[0] in self.finish:
            f.set_running_or_notify_cancel()
            try:
                f.set_result(fn(*args))
            except Exception as exc:
                f.set_exception(exc)
        return f
ex = Recorder({0, 1})
it = ex.map(abs, [0, 1, 2, 3], timeout=0.01)
show('m1', next, it)
show('m2', next, it)
show('m3', next, it)
show('m4', next, it)
it = ex.map(abs, [0, 1, 2, 3])
show('m1', next, it)
it.close()
print('closed')
it = ex.map(abs, [0, 5, 6])
print(type(it).__name__)
del it
print('deleted unstarted')
it = ex.map(lambda v, w: 1 // (v - w), [0, 1, 2], [1, 1, 1])
show('z1', next, it)
show('z2', next, it)
show('z3', next, it)
show('map t str', ex.map, abs, [1], timeout='x')
show('map nonit', ex.map, abs, 5)
show('map zip shortest', lambda: list(Recorder({0, 1, 2}).map(pow, [0, 1, 2], [2, 2])))
show('map no iterables', lambda: list(ex.map(abs)))
show('map chunksize ignored', lambda: list(Recorder({0, 1}).map(abs, [0, 1], chunksize='zz')))
with ex as same:
    print(same is ex)
print(cf.Executor().__enter__().__class__.__name__)
class Stop(cf.Executor):
    def shutdown(self, wait=True, *, cancel_futures=False):
        print('shutdown(wait=%r, cancel_futures=%r)' % (wait, cancel_futures))
        return 'ignored'
print(Stop().__exit__(None, None, None))
try:
    with Stop():
        1 / 0
except ZeroDivisionError:
    print('zde propagates')

# --- pools
if sys.platform != 'wasi':
    def _no_threads(self):
        print('  start', self.name, self.daemon)
        raise RuntimeError("can't start new thread")
    threading.Thread.start = _no_threads
else:
    _orig = threading.Thread.start
    def _no_threads(self):
        print('  start', self.name, self.daemon)
        return _orig(self)
    threading.Thread.start = _no_threads

tp = cf.ThreadPoolExecutor(2, 'pre')
show('submit', tp.submit, abs, 1)
show('submit kw', lambda: tp.submit(fn=abs))
show('map', tp.map, abs, [1])
show('map empty', lambda: list(tp.map(abs, [])))
tp.shutdown(cancel_futures=True)
tp.shutdown(False)
show('submit after', tp.submit, abs, 1)
show('map empty after', lambda: list(tp.map(abs, [])))
print(tp._thread_name_prefix, tp._max_workers, tp._initargs)
t1 = cf.ThreadPoolExecutor(1)
t2 = cf.ThreadPoolExecutor(1, None)
t3 = cf.ThreadPoolExecutor(1, 'named')
t4 = cf.ThreadPoolExecutor(1, 0)
print(t1._thread_name_prefix, t2._thread_name_prefix, t3._thread_name_prefix, t4._thread_name_prefix)
show('t1 submit', t1.submit, print, 'never')
show('tp float', lambda: cf.ThreadPoolExecutor(2.5)._max_workers)
show('tp True', lambda: cf.ThreadPoolExecutor(True)._max_workers)
show('tp neg float', cf.ThreadPoolExecutor, -0.5)
show('tp list', cf.ThreadPoolExecutor, [])
show('tp init', lambda: cf.ThreadPoolExecutor(1, '', print, (1, 2))._initargs)
show('tp init bad', cf.ThreadPoolExecutor, 1, '', 'print')
show('tp init bad order', cf.ThreadPoolExecutor, 0, '', 'print')
show('tp kw', cf.ThreadPoolExecutor, max_workers=1, bogus=2)
with cf.ThreadPoolExecutor(max_workers=4) as tp5:
    print(type(tp5).__name__)
show('tp5', tp5.submit, abs, 1)

class Ctx:
    def __init__(self, method):
        self.method = method
    def get_start_method(self, allow_none=True):
        return self.method
P = cf.ProcessPoolExecutor
show('pp fork mtpc', P, 2, Ctx('fork'), max_tasks_per_child=2)
show('pp fork mtpc str', P, 2, Ctx('fork'), max_tasks_per_child='2')
show('pp fork mtpc zero', P, 2, Ctx('fork'), max_tasks_per_child=0)
show('pp ctx bad', P, 2, 'fork', 5)
show('pp init bad', P, 1.5, None, 5)
show('pp mtpc before float', P, 1.5, max_tasks_per_child=0)
show('pp float', P, 2.0)
show('pp neg float', P, -1.5)
show('pp str', P, 'x')
show('pp true', lambda: P(True)._max_workers)
for n in [2**31 - 2, 2**31 - 1, 2**40]:
    show('pp %d' % n, lambda: P(n)._max_workers)
show('pp mtpc True', lambda: P(1, max_tasks_per_child=True)._max_tasks_per_child)
show('pp mtpc float', P, 1, max_tasks_per_child=1.0)
show('pp initargs', lambda: P(1, None, print, ('a',))._initargs)
show('pp kwonly', P, 1, None, None, (), 3)
pp = P(1)
show('pp map chunk str', pp.map, abs, [1], chunksize='x')
show('pp map chunk float empty', pp.map, abs, [], chunksize=1.5)
show('pp map chunk neg', pp.map, abs, [], chunksize=-1)
show('pp map empty', lambda: list(pp.map(abs, [], chunksize=3)))
show('pp map empty t', lambda: list(pp.map(abs, [], timeout=1)))
show('pp map t str', pp.map, abs, [], timeout='x')
show('pp noarg', pp.submit)
pp.shutdown(wait=False, cancel_futures=True)
pp.shutdown()
show('pp after', pp.submit, abs, 1)
show('pp map after', pp.map, abs, [1, 2], chunksize=2)
show('pp map empty after', lambda: list(pp.map(abs, ())))
with P() as pp3:
    print(type(pp3).__name__, pp3._max_workers >= 1)
show('pp3', pp3.submit, abs, 1)
print('end')
