# random.Random instances have their own streams, equal to the module's for the same seed;
# getstate/setstate round-trip; randbytes.
import random

random.seed(12345)
module_stream = [random.random() for _ in range(3)]
r = random.Random(12345)
print([r.random() for _ in range(3)] == module_stream, module_stream)

a, b = random.Random(1), random.Random(2)
print(a.randint(1, 100), b.randint(1, 100), a.randint(1, 100), b.randint(1, 100))
print(random.Random(7).choice('abcdef'), random.Random(7).randrange(0, 100, 5))
items = list(range(10))
random.Random(3).shuffle(items)
print(items, random.Random(4).sample(range(100), 5))
print(round(random.Random(5).gauss(0, 1), 12), round(random.Random(5).uniform(1, 2), 12))
print(random.Random(9).getrandbits(70), random.Random(9).randbytes(5))

state = a.getstate()
print(state[0], len(state[1]), state[2])
first = [a.random() for _ in range(3)]
a.setstate(state)
print([a.random() for _ in range(3)] == first)

random.seed(99)
x = random.random()
c = random.Random(5)
c.random()
random.seed(99)
print(random.random() == x)

try:
    a.setstate((2, (), None))
except ValueError as e:
    print(e)
try:
    a.setstate((3, (1, 2), None))
except ValueError as e:
    print(e)
print(isinstance(random.SystemRandom().random(), float), random.Random.VERSION)
random.seed(2024)
print(random.randbytes(4), random.getrandbits(10))
