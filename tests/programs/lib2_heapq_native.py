import heapq, random
print(heapq.heappush, heapq.heappush.__module__, heapq.heappop.__name__)
r = random.Random(3)
h = []
for i in range(200):
    heapq.heappush(h, r.randrange(1000))
print(h[:20])
print([heapq.heappop(h) for _ in range(10)])
x = [r.random() for _ in range(50)]
heapq.heapify(x); print(x[:5])
print(heapq.heapreplace(x, 0.5), heapq.heappushpop(x, 0.0), heapq.heappushpop(x, 2.0), x[:3])
m = [r.randrange(100) for _ in range(30)]
heapq._heapify_max(m); print(m[:8], heapq._heappop_max(m), heapq._heapreplace_max(m, 7), m[:5])
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4]), list(heapq.merge([1, 3], [2, 4])))
class L(list):
    def __getitem__(self, i): raise RuntimeError('asked')
s = L([3, 1, 2]); heapq.heapify(s); print(list(s), heapq.heappop(s))
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v)); return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
kh = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(kh, K(v))
heapq.heappop(kh); heapq.heapreplace(kh, K(4)); heapq.heappushpop(kh, K(0)); heapq.heappushpop(kh, K(7))
print(calls, kh)
class Evil:
    def __init__(self, h): self.h = h
    def __lt__(self, o):
        self.h.clear(); return True
eh = [Evil(None) for _ in range(3)]
for e in eh: e.h = eh
for f in (lambda: heapq.heappush(eh, Evil(eh)), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
          lambda: heapq.heappush((), 1), lambda: heapq.heappop(()), lambda: heapq.heapify(None), lambda: heapq.heappush([]),
          lambda: heapq.heappop(), lambda: heapq.heappop([], 1), lambda: heapq.heappush([], 1, 2), lambda: heapq.heappushpop([1], 'a'),
          lambda: heapq.heapify([1, 'a', 2]), lambda: heapq.heappush(h, x=1), lambda: heapq._heappop_max(5)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
eh2 = [Evil(None) for _ in range(3)]
for e in eh2: e.h = eh2
try: print(heapq.heappushpop(eh2, Evil(eh2)))
except Exception as e: print(type(e).__name__, e)
class Meth:
    push = heapq.heappush
m = Meth(); hh = []
Meth.push(hh, 3); print(hh)
for f in (lambda: heapq.heappop([], x=1), lambda: heapq.heapify(x=1), lambda: heapq.heapreplace([1]), lambda: heapq._heapreplace_max([1],2,3), lambda: heapq.heappush(None, 1)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
