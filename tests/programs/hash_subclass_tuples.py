# Hashes of tuples (nested, with ints, floats, None, bools, big ints, frozensets) and of
# instances of built-in subclasses (namedtuples, str/int/tuple subclasses) equal their bases'.
from collections import namedtuple
P = namedtuple('P', 'x y')
Q = namedtuple('Q', 'p tag')
vals = [(), (1,), (1, 2), ((1, 2), 3), (None, True, False, 0.5, -1, 2**70, -2**65),
        (((((1,),),),),), (frozenset({1, 2}), (3, (4, 5))), tuple(range(50)), (1.0, 1, True)]
for v in vals:
    print(hash(v))
print(hash(P(1, 2)) == hash((1, 2)), hash(Q(P(1, 2), 7)) == hash(((1, 2), 7)))
class S(str): pass
class I(int): pass
class T(tuple): pass
print(hash(S('abc')) == hash('abc'), hash(I(5)) == hash(5), hash(T((1, 2))) == hash((1, 2)))
class E(tuple):
    def __eq__(self, other): return True
try:
    hash(E((1,)))
except TypeError as e:
    print(type(e).__name__, e)
class H(tuple):
    def __hash__(self): return 42
print(hash(H((1, 2))), hash((H((1,)), 2)) == hash((42, 2)))
d = {P(1, 2): 'p', (3, 4): 't'}
print(d[(1, 2)], d[P(3, 4)], len({P(1, 2), (1, 2), T((1, 2))}))
deep = ()
for i in range(5000):
    deep = (deep, i)
print(type(hash(deep)).__name__)
