# sets of small ints: printing order, methods, operators, frozenset.
print({3, 1, 2}, set([10, 5, 100, 1]), set(), {0}, set(range(5)), {-1, -2, 5})
print({40, 8, 16, 32, 1, 64}, set([33, 1, 65, 97]), {9, 17, 25, 1}, len({1, 1, 2, 2}))
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s)
s.discard(10)
s.discard(1)
print(s)
s.remove(4)
print(s, 2 in s, 9 in s, 9 not in s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {1, 9}.issubset(a))
print(a.issuperset({1, 2}), a.isdisjoint({7, 8}), a.isdisjoint(b), set() <= a)
c = a.copy()
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 20}
print(c, a)
c.update([30, 31])
c.intersection_update({10, 20, 30, 99})
c.difference_update({30})
c.symmetric_difference_update({5, 10})
print(c)
f = frozenset([3, 1, 2])
print(f, frozenset(), f | {9}, type(f | {9}).__name__, {9} | f, type({9} | f).__name__)
print({f: 'frozen'}[frozenset({1, 2, 3})], f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
print({x * x for x in range(-4, 5)}, {x % 5 for x in range(20) if x % 2})
print(sorted({7, 3, 9}), min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}), len(set('aabbcc')))
print(set([1, 2, 2, 3, 3, 3]), list({5: 0, 3: 0}.keys() & {3, 4}), {1, 2} == {2, 1})
e = {1, 2}
print(e.pop(), e, e.pop(), e)
e.add(7)
e.clear()
print(e, bool(e))
print({True, 1, 1.0}, {0, False}, {2, 2.0})
print(set((1, 2)) == frozenset((1, 2)), {(1, 2), (1, 2)}, {(0, 1)})
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, repr(e))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
