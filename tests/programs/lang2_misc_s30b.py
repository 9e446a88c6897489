# sys.intern unifies equal strings; dicts and OrderedDicts used as queues (items removed
# from the front) iterate, pop and grow correctly.
import sys
from collections import OrderedDict

a = ''.join(['zq', 'xv-key'])
b = ''.join(['zqx', 'v-key'])
print(a is b, sys.intern(a) is sys.intern(b), sys.intern(a) == a, sys.intern(b) is a)
try:
    sys.intern(5)
except TypeError as e:
    print(e)

d = {i: i * i for i in range(20)}
for i in range(15):
    del d[i]
print(list(d), next(iter(d)), len(d), list(d.items())[:2], list(reversed(d)))
d[100] = 1
for k in list(d)[:3]:
    del d[k]
print(list(d), list(d.values()), d.popitem(), list(d))
d.clear()
d['x'] = 1
print(d, list(d))

od = OrderedDict((i, str(i)) for i in range(10))
print([od.popitem(last=False) for _ in range(4)], list(od))
od.move_to_end(7, last=False)
print(list(od), od.popitem(last=False), od.popitem(), list(od))
q = OrderedDict()
for i in range(200):
    q[i] = i
    if len(q) > 5:
        q.popitem(last=False)
print(list(q), next(iter(q)), list(reversed(q))[:2])
cache = OrderedDict()
for i in range(50):
    key = i % 7
    if key in cache:
        cache.move_to_end(key)
    cache[key] = i
    if len(cache) > 4:
        cache.popitem(last=False)
print(list(cache.items()))
s = {1: 'a', 2: 'b', 3: 'c'}
del s[1]
del s[2]
s[1] = 'z'
print(s, list(s.keys()), {**s}, dict(s), s == {3: 'c', 1: 'z'})
