# weakref.proxy attribute access and ReferenceError; weakref.finalize called, alive, detach.
import weakref
class Target:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
    def __len__(self):
        return self.v
    def __add__(self, other):
        return self.v + other
t = Target(21)
p = weakref.proxy(t)
print(p.v, p.double(), len(p), p + 1, type(p).__name__, isinstance(p, Target))
p.v = 5
print(t.v, weakref.getweakrefcount(t))
del t
for expr in ['p.v', 'p.double()', 'len(p)', 'p + 1', 'str(p)']:
    try:
        print(eval(expr))
    except ReferenceError as e:
        print(expr, type(e).__name__, e)
cb = []
t2 = Target(1)
p2 = weakref.proxy(t2, lambda pr: cb.append('proxy callback'))
del t2
print(cb)
try:
    hash(weakref.proxy(Target(0)))
except TypeError as e:
    print(type(e).__name__, e)
class Res:
    pass
calls = []
r = Res()
f = weakref.finalize(r, calls.append, 'finalized r')
print(f.alive, calls, callable(f))
del r
print(f.alive, calls)
print(f(), f.alive)
r2 = Res()
f2 = weakref.finalize(r2, lambda *a, **k: calls.append((a, k)), 1, 2, key='v')
print(f2.peek()[0] is r2, f2.peek()[2], f2.peek()[3])
print('call now returns', f2(), calls[-1], f2.alive)
del r2
print(len(calls))
r3 = Res()
f3 = weakref.finalize(r3, calls.append, 'never')
det = f3.detach()
print(det[0] is r3, det[2], f3.alive, f3.detach(), f3.peek())
del r3
print(calls[-1])
r4 = Res()
f4 = weakref.finalize(r4, print, 'finalizer at exit runs')
print('atexit flag', f4.atexit)
r5 = Res()
f5 = weakref.finalize(r5, print, 'this one is suppressed')
f5.atexit = False
print('end of program')
