# random.Random subclasses replacing random() or getrandbits(): every method draws from them as
# CPython's do; seed(str, version=1); choices on an empty population
import random
class R(random.Random):
    def random(self): return 0.25
r = R(1)
print(r.uniform(0, 8), r.randint(1, 8), r.randrange(8), r.choice('abcdef'), r.sample(range(10), 3))
l = list(range(6)); r.shuffle(l); print(l, r.gauss(), r.gauss(), r.choices('abc', k=3))
class G(random.Random):
    def getrandbits(self, k): return 1
print(G(1).randrange(10), G(1).choice("abc"), G(1).randint(0, 5))
class C(random.Random):
    _n = 0
    def random(self):
        self._n = (self._n * 7 + 3) % 11
        return self._n / 11
c = C()
print([c.randrange(1000) for _ in range(5)], c.sample(range(50), 5), c.sample('abcdefgh', 4))
l = list(range(10)); c.shuffle(l); print(l, c.choices(range(5), weights=[1,2,3,4,5], k=4))
class B(random.Random):
    def __init__(self): super().__init__(5); self.k = 0
    def getrandbits(self, k):
        self.k += 1
        return (self.k * 2654435761) % (1 << k)
b = B()
print([b.randrange(37) for _ in range(6)], b.sample(range(1000), 4), b.randbytes(3))
for v in ["hello", b"hello", "", "é€"]:
    random.seed(v, version=1); print(repr(v), random.random())
rr = random.Random(); rr.seed("abc", version=1); print(rr.random())
try: random.choices([], k=1)
except IndexError as e: print(e)
try: random.choices((), k=2)
except IndexError as e: print(e)
print(random.choices([], k=0))
print(isinstance(random.SystemRandom().random(), float), 0 <= random.SystemRandom().randrange(5) < 5, len(random.SystemRandom().sample(range(9), 4)))
