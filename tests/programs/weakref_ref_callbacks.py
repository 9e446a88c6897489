# weakref.ref: dereferencing, callbacks when the referent dies on del, equality, errors.
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
events = []
o = Obj('a')
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o), type(r).__name__)
r2 = weakref.ref(o, lambda ref: events.append(('callback', ref is r2, ref())))
print(weakref.getweakrefcount(o), r is weakref.ref(o), r2 is r)
print('before del', events)
del o
print('after del', events, r(), r2())
p = Obj('b')
q = Obj('b')
rp, rq = weakref.ref(p), weakref.ref(q)
print(rp == rq, rp == weakref.ref(p), rp != rq)
del p
print(rp == rq, rp() is None, rq() is not None)
for target in [1, 'str', (1, 2), [1], {}, None]:
    try:
        weakref.ref(target)
        print(type(target).__name__, 'ok')
    except TypeError as e:
        print(type(e).__name__, e)
class Hashable:
    pass
h = Hashable()
rh = weakref.ref(h)
print(hash(rh) == hash(h))
del h
try:
    hash(weakref.ref(Hashable()))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(rh) == hash(rh))
order = []
class Multi:
    pass
m = Multi()
refs = [weakref.ref(m, lambda r, i=i: order.append(i)) for i in range(3)]
del m
print('callbacks order', order)
def make_and_drop():
    local = Obj('local')
    return weakref.ref(local, lambda r: events.append('local died'))
events.clear()
dead = make_and_drop()
print(events, dead())
def f():
    pass
rf = weakref.ref(f)
print(rf() is f)
del f
print(rf())
class WithSlots:
    __slots__ = ('x',)
try:
    weakref.ref(WithSlots())
except TypeError as e:
    print(type(e).__name__, e)
class WithWeakSlot:
    __slots__ = ('x', '__weakref__')
w = WithWeakSlot()
ww = weakref.ref(w)
print(ww() is w, weakref.getweakrefs(w) == [ww], weakref.getweakrefcount(w))
