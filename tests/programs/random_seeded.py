# random: CPython's Mersenne Twister, seeded: the same numbers, shuffles, samples and choices.
import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.getrandbits(70))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.choice("abcdef"), random.sample(range(100), 5), random.sample(range(10), 3))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1))
print(random.choices([1, 2, 3], k=5))
random.seed(2**100 + 7)
print(random.random(), random.randrange(10**30))
random.seed(0)
print([random.randint(0, 9) for _ in range(15)])
# Float seeds go through hash(), read as an unsigned machine word.
for s in (2.0, -3.5, 0.5, 1e300, -0.0):
    random.seed(s)
    print(s, random.random())
