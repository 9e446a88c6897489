# Thread objects without starting them: names, flags, run() called directly, Timer.run().
import threading

main = threading.current_thread()
print(main.name, type(main).__name__, main is threading.main_thread())
print(main.daemon, main.is_alive(), main.ident == threading.get_ident())
print(threading.active_count(), len(threading.enumerate()),
      threading.enumerate()[0] is main)
try:
    main.join()
except RuntimeError as e:
    print(type(e).__name__, e)

def work(a, b, c=0):
    print('work', a, b, c, threading.current_thread() is main)

t = threading.Thread(target=work, args=(1, 2), kwargs={'c': 3})
print(t.name, repr(t), t.daemon, t.ident, t.native_id, t.is_alive())
t.run()
try:
    t.run()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.join()
except RuntimeError as e:
    print(type(e).__name__, e)

t2 = threading.Thread(name=5, daemon=True)
print(repr(t2.name), t2.daemon, repr(t2))
t2.name = 'renamed'
t2.daemon = False
print(t2.name, t2.daemon, repr(t2))
t2.run()
print(threading.Thread().name, threading.Thread(target=len).name)
print(threading.Thread(name='').name, threading.Thread(target=lambda: 0).name)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print(type(e).__name__, e)

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'worker-{n}')
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 2

w = Worker(21)
w.run()
print(w.name, w.result, repr(w))

class Broken(threading.Thread):
    def __init__(self):
        pass

for call in [lambda: setattr(Broken(), 'daemon', True), lambda: Broken().join()]:
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, e)

fired = []
timer = threading.Timer(0.01, fired.append, args=['tick'])
print(timer.name, timer.interval, timer.args, timer.kwargs, timer.finished.is_set())
timer.run()
print(fired, timer.finished.is_set())
cancelled = threading.Timer(0, fired.append, ['never'])
cancelled.cancel()
cancelled.run()
print(fired, threading.Timer(1, print).args, threading.Timer(1, print, kwargs={'a': 1}).kwargs)

print(threading.gettrace(), threading.getprofile())
threading.settrace(print)
threading.setprofile(len)
print(threading.gettrace() is print, threading.getprofile() is len)
threading.settrace(None)
threading.setprofile(None)
args = threading.ExceptHookArgs([ValueError, ValueError('x'), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread, len(args))
print(threading.excepthook is threading.__excepthook__)
# Printed to stderr: "Exception in thread worker-21:" then "ValueError: x".
threading.excepthook(threading.ExceptHookArgs([ValueError, ValueError('x'), None, w]))
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(3), None, w]))
print(sorted(threading.__all__))
