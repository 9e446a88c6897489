# weakref.ref's own API: __callback__ (None once the referent is gone), ref[int], no
# keyword arguments, its argument count; pickling a proxy pickles the referent.
import pickle
import weakref


class A:
    def __init__(self, v=1):
        self.v = v


a = A()
cb = lambda r: None
r = weakref.ref(a, cb)
print(r.__callback__ is cb, weakref.ref(a).__callback__, weakref.ref[int], weakref.ref[int].__args__)
for call in [lambda: weakref.ref(a, callback=None), lambda: weakref.ref(a, None, None),
             lambda: weakref.ref()]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
try:
    r.__callback__ = None
except AttributeError as e:
    print('AttributeError', e)
p = weakref.proxy(a)
for proto in range(6):
    back = pickle.loads(pickle.dumps(p, proto))
    print(proto, type(back).__name__, back.v)
del a
print(r(), r.__callback__)
