# Memory: build and drop 100000 reference cycles of three kinds; gc must reclaim them.
import gc
class Node:
    def __init__(self):
        self.partner = None
def self_list(i):
    lst = [i]
    lst.append(lst)
def pair(i):
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a
def self_closure(i):
    def rec(n):
        return n if n <= 0 else rec(n - 1)
    return rec(1)
gc.collect()
total = 0
for i in range(100000):
    self_list(i)
    pair(i)
    total += self_closure(i)
print('loop done', total)
gc.collect()
print('second collect finds nothing:', gc.collect())
gc.disable()
for i in range(10):
    self_list(i)
print('collected self lists:', gc.collect())
for i in range(10):
    pair(i)
print('collected pairs:', gc.collect())
for i in range(5):
    self_closure(i)
print('collected closures:', gc.collect())
gc.enable()
d = {}
d['self'] = d
del d
print('dict cycle:', gc.collect())
class Holder:
    pass
h = Holder()
h.me = h
del h
print('instance cycle:', gc.collect())
try:
    raise ValueError('kept')
except ValueError as e:
    saved = e
saved = None
print('exception with traceback:', gc.collect() >= 0)
print(gc.isenabled())
