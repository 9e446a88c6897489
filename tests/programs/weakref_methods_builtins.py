# Weak references to bound methods and built-in functions, as CPython allows.
import weakref, gc
class A:
    def m(self):
        return 1
a = A()
bm = a.m
r = weakref.ref(bm)
print(r() is bm, r() == a.m, repr(r)[:10])
del bm
gc.collect()
print(r())
r2 = weakref.ref(a.m)
print(r2())
wm = weakref.WeakMethod(a.m)
print(wm()(), wm() == a.m)
rl = weakref.ref(len)
print(rl() is len, rl()([1, 2]))
d = weakref.WeakValueDictionary()
bm2 = a.m
d["k"] = bm2
print(list(d.keys()))
del bm2
gc.collect()
print(list(d.keys()))
s = weakref.WeakSet([print, len])
print(len(s))
hits = []
bm3 = a.m
r3 = weakref.ref(bm3, lambda ref: hits.append("cb"))
print(r3() is bm3, hash(r3) == hash(bm3))
