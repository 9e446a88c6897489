import bisect, random
from collections import UserList
print(bisect.bisect_right, bisect.bisect.__module__, bisect.insort is bisect.insort_right)
r = random.Random(7)
a = sorted(r.randrange(50) for _ in range(60))
for x in (-1, 0, 10, 25, 49, 50, 60):
    print(x, bisect.bisect_right(a, x), bisect.bisect_left(a, x), bisect.bisect(a, x, 5, 30), bisect.bisect_left(a, x, lo=10), bisect.bisect_right(a, x, hi=20), bisect.bisect_left(a, x, 3, -1))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v); bisect.insort_left(b, v * 10, 0, len(b))
print(b)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda t: t[0]), bisect.bisect_right(recs, 3, key=lambda t: t[0]))
bisect.insort(recs, (4, 'x'), key=lambda t: t[0]); print(recs)
t = (1, 2, 3, 4)
print(bisect.bisect_right(t, 2), bisect.bisect_left(t, 2.5), bisect.bisect(range(100), 37))
u = UserList([1, 3, 5]); bisect.insort(u, 4); print(u)
class L(list):
    def __getitem__(self, i):
        print('get', i); return list.__getitem__(self, i)
    def insert(self, i, x):
        print('insert', i, x); list.insert(self, i, x)
l = L([1, 2, 3]); print(bisect.bisect(l, 2)); bisect.insort(l, 0); print(l)
print(bisect.bisect_right(a, 10, True), bisect.bisect_right(a, 10, hi=True))
for f in (lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(a), lambda: bisect.bisect(a, 1, 'x'), lambda: bisect.bisect(a, 1, hi='x'),
          lambda: bisect.bisect(a, 1, 2**70), lambda: bisect.bisect(a, 1, 0, 2**70), lambda: bisect.bisect(5, 1), lambda: bisect.bisect(a, 'x'),
          lambda: bisect.bisect(a, 1, z=1), lambda: bisect.bisect(a, 1, 0, 5, None), lambda: bisect.bisect([1, 2], 1, 0, 10), lambda: bisect.insort([3,1], 2, lo=5, hi=1)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Shrink:
    def __init__(self, l): self.l = l
    def __lt__(self, o):
        self.l.clear(); return False
sl = [1, 2, 3, 4]
try: print(bisect.bisect(sl, Shrink(sl)))
except Exception as e: print(type(e).__name__, e)
class M:
    f = bisect.bisect_left
print(M().f if False else M.f([1, 2, 3], 2))
for f in (lambda: bisect.insort(), lambda: bisect.bisect_left(a, 1, 2, lo=3), lambda: bisect.insort_left(x=1, a=[]), lambda: bisect.bisect_right(a=[1, 2], x=1, hi=1)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
