# random: every distribution and weighted choices give CPython's numbers for a seed, at
# module level and on Random instances; SystemRandom draws through os.urandom.
import random

random.seed(12345)
print(random.triangular(), random.triangular(1, 5), random.triangular(1, 5, 2), random.triangular(3, 3))
print([random.normalvariate(0, 1) for _ in range(3)])
print(random.lognormvariate(0, 0.5), random.expovariate(), random.expovariate(3.5))
print([random.vonmisesvariate(1.0, k) for k in (0.0, 0.5, 4.0)])
print([random.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 30.0)])
print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (10, 1))])
print(random.paretovariate(2.5), random.weibullvariate(1.5, 2.0))
print([random.binomialvariate(n, p) for n, p in ((1, 0.3), (10, 0.2), (100, 0.5), (1000, 0.9), (50, 0.0), (50, 1.0))])
print(random.choices('abcde', weights=[5, 1, 0, 2, 2], k=8))
print(random.choices('abc', cum_weights=[1, 1, 10], k=5), random.choices(range(10), k=4))
print(random.random())

r = random.Random(99)
print(r.gauss(), r.normalvariate(5, 2), r.gammavariate(0.7, 1.0), r.binomialvariate(40, 0.3))
print(r.choices([1, 2, 3], [0.2, 0.3, 0.5], k=6), r.random())

for call in [lambda: random.gammavariate(0, 1), lambda: random.binomialvariate(-1),
             lambda: random.binomialvariate(5, 1.5), lambda: random.choices('ab', [1], k=2),
             lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]),
             lambda: random.choices('ab', [0, 0]), lambda: random.choices('ab', [1, float('inf')]),
             lambda: random.choices('ab', 3)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

s = random.SystemRandom()
print(0.0 <= s.random() < 1.0, 0 <= s.randrange(10) < 10, s.randrange(5, 6), s.randint(7, 7))
print(s.choice('x'), sorted(s.sample(range(5), 5)), len(s.choices('ab', k=9)), s.getrandbits(0))
items = list(range(20))
s.shuffle(items)
print(sorted(items) == list(range(20)), 2.0 <= s.uniform(2, 3) <= 3.0, type(s.gauss()).__name__)
print(sorted(s.sample(['a', 'b'], 3, counts=[2, 1])), 0 <= s.binomialvariate(10, 0.5) <= 10)
for call in [lambda: s.randrange(0), lambda: s.randrange(5, 2), lambda: s.randrange(1, 5, 0),
             lambda: s.randrange(1.5), lambda: s.choice([]), lambda: s.sample([1, 2], 3),
             lambda: s.sample({1, 2}, 1), lambda: s.randint(5, 1), lambda: s.getstate(),
             lambda: s.randrange(10, step=0)]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
