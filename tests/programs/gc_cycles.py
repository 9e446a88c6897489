# Reference cycles are reclaimed by the cycle collector: explicitly with gc.collect(), and
# automatically while a loop builds and drops cyclic garbage.
import gc
import weakref

gc.disable()
gc.collect()
print(gc.isenabled(), gc.get_threshold())

l = []
l.append(l)
del l
print('self list', gc.collect())

d = {}
d['me'] = d
del d
print('self dict', gc.collect())

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)

a, b = Node('a'), Node('b')
a.other, b.other = b, a
del a, b
print('pair', gc.collect())

root = Node('root')
for i in range(3):
    root.add(Node(str(i)))
probe = weakref.ref(root.children[0])
del root
print('tree alive before', probe() is not None)
print('tree', gc.collect() > 0, probe() is None)

t = ([],)
t[0].append(t)
del t
print('tuple and list', gc.collect())

x = Node('x')
x.m = x.add
del x
print('bound method', gc.collect())

def make_closure():
    def f():
        return f
    return f
f = make_closure()
probe = weakref.ref(f)
del f
print('closure', gc.collect() > 0, probe() is None)

class WithSuper:
    def m(self):
        return super().m
probe = weakref.ref(WithSuper)
del WithSuper
print('class', gc.collect() > 0, probe() is None)

# Objects reachable from outside are not touched.
keep = []
keep.append(keep)
holder = Node('holder')
holder.me = holder
print('kept', gc.collect(), keep[0] is keep, holder.me.name)

# __del__ runs once, before the cycle is cleared, and sees intact state.
log = []
class Finalized:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append(self.name + ' ' + str(self.me is self))
Finalized('f1')
print('finalized', gc.collect(), log)

# A __del__ that resurrects its object keeps it alive, and does not run again.
saved = []
class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        saved.append(self)
Phoenix()
gc.collect()
print('resurrected', len(saved), saved[0].me is saved[0])
saved.clear()
print('after release', gc.collect() >= 1, len(saved))

# Weak reference callbacks fire for collected objects.
fired = []
n = Node('n')
n.me = n
r = weakref.ref(n, lambda ref: fired.append('callback'))
del n
gc.collect()
print('weakref', fired, r() is None)

# Automatic collection: a loop of 10**5 cycles runs in bounded memory.
gc.enable()
print(gc.isenabled())
freed = 0
class Cyclic:
    def __init__(self):
        self.me = self
        self.payload = [0] * 20
    def __del__(self):
        global freed
        freed += 1
for i in range(100000):
    Cyclic()
print('freed during loop', freed > 99000)
gc.collect()
print('freed after collect', freed)

pairs_freed = 0
class Pair:
    def __del__(self):
        global pairs_freed
        pairs_freed += 1
def churn(n):
    for i in range(n):
        p, q = Pair(), Pair()
        p.q, q.p = q, p
churn(50000)
gc.collect()
print('pairs', pairs_freed)

gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked(([],)), gc.is_tracked({}),
      gc.is_tracked({1: []}), gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(Node('t')))
print(type(gc.get_count()), len(gc.get_count()))
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError', e)
calls = []
gc.callbacks.append(lambda phase, info: calls.append((phase, info['generation'])))
gc.collect()
print(calls)
gc.callbacks.clear()
