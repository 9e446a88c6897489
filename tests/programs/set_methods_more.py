# set and frozenset methods, operators and error messages (sets of ints only).
s = {3, 1, 2}
s.add(4); s.add(1); print(sorted(s), len(s))
s.discard(9); s.discard(4); s.remove(3); print(sorted(s))
for f in [lambda: s.remove(99), lambda: set().pop(), lambda: s.remove((1, 2)), lambda: s.add([]),
          lambda: {1} | [2], lambda: {1} < [1], lambda: frozenset([1]).add, lambda: s.remove([1]), lambda: {1}.union(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    frozenset([1]).add(2)
except Exception as e:
    print(type(e).__name__, e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference([4, 6]))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint([4]))
c = set(a); c |= {10}; c &= {1, 2, 10, 11}; c -= {2}; c ^= {1, 5}; print(c)
c.update([7], range(2)); print(c); c.intersection_update({0, 7, 10}, [7, 10]); print(c)
c.difference_update([10]); print(c); c.symmetric_difference_update({7, 8}); print(c)
c.clear(); print(c, set(), frozenset(), repr(frozenset({1})), type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
p = {5}
print(p.pop(), p, {1, 2}.copy() == {1, 2}, frozenset({1}).copy() is not None)
fs = frozenset([1, 2])
print(hash(fs) == hash(frozenset([2, 1])), {fs: 'x'}[frozenset({1, 2})], fs == {1, 2}, {1, 2} == fs, fs in {frozenset({1, 2})})
print({1, 2} in [fs], frozenset() == set(), set() == frozenset(), {frozenset(): 1}[frozenset()])
print({0} in {frozenset({0})} if False else 'skip', {1.0, 1, True}, {0, False, 0.0}, {-1, -2, 3})
print({x % 3 for x in range(10)}, set(range(5)) - set(range(0, 5, 2)), set('') == set(), set([(1, 2), (1, 2)]))
try:
    hash({1})
except Exception as e:
    print(type(e).__name__, e)
try:
    for x in s:
        s.add(x + 100)
except Exception as e:
    print(type(e).__name__, e)
print(len(s), set.__len__({1}), set.__contains__({1}, 1), set.__or__({1}, [2]), frozenset.__or__(fs, {3}))
print(sorted({'k': 1, 'j': 2}.keys() | {'i'}), sorted(set('hello')), min({4, 2, 8}), max(frozenset([4, 2, 8])), sum({1, 2}))
q = {1, 2}
r = q
q |= {3}
print(r is q, r)
q = q | {4}
print(r is q, sorted(q))
t = frozenset({1})
u = t
t |= {2}
print(u is t, u, t)
