# Tuple hashes: equal tuples hash alike however often they are hashed, and a hash that a
# namedtuple's class gives follows that class when it changes.
from collections import namedtuple

P = namedtuple('P', 'x y')
key = (1, 'a', 2.5, None, True, b'z', 10**30, 3j, (4, (5, 6)))
print(hash(key) == hash((1, 'a', 2.5, None, True, b'z', 10**30, 3j, (4, (5, 6)))))
for _ in range(3):
    print(hash(key) == hash(tuple(list(key))))

nested = (P(1, 2), (P(3, (4, 5)), 'k'))
d = {nested: 'found'}
print(d[(P(1, 2), (P(3, (4, 5)), 'k'))])
print(d[((1, 2), ((3, (4, 5)), 'k'))])
h1 = hash(nested)
print(h1 == hash(((1, 2), ((3, (4, 5)), 'k'))))

# A class whose __hash__ is set later: tuples holding its instances hash anew.
P.__hash__ = lambda self: 42
print(hash(P(1, 2)))
print(hash(nested) == h1, hash(nested) == hash((42, ((42, 'k')))))
del P.__hash__
print(hash(nested) == h1)

# __class__ assignment to a class with its own hash.
class Q(tuple):
    pass

class R(tuple):
    def __hash__(self):
        return 7

q = Q((1, 2))
outer = (q, 'o')
before = hash(outer)
print(before == hash(((1, 2), 'o')))
q.__class__ = R
print(hash(outer) == hash((7, 'o')), hash(outer) == before)
q.__class__ = Q
print(hash(outer) == before)

# A __hash__ that changes each call is asked each time (never kept).
class Counter:
    n = 0
    def __hash__(self):
        Counter.n += 1
        return Counter.n

c = Counter()
t = (c, 1)
print(len({hash(t) for _ in range(5)}))

# Unhashable items still raise, every time.
bad = (1, [2])
for _ in range(2):
    try:
        hash(bad)
    except TypeError as e:
        print(e)

# Deep nesting (the walk without recursion) agrees with the recursive one.
deep = ()
for i in range(40):
    deep = (i, deep)
deep2 = ()
for i in range(40):
    deep2 = (i, deep2)
print(hash(deep) == hash(deep2), hash(deep) == hash(deep))
print({deep: 1}[deep2])

# -1 hashes as -2 inside tuples too.
print(hash((-1,)) == hash((-2,)), hash(-1), hash((-1, -2)) == hash((-2, -2)))
print(hash(()), hash((1,)), hash((1, 2)), hash(('a',)) == hash(('a',)))
print(hash((1, 2, 3)), hash(((1,), (2,))), hash((None,)), hash((1.5, 2)))
