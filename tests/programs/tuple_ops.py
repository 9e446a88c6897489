# tuples: packing, unpacking, star-unpacking, nesting, methods, comparisons, hashing.
t = 1, 2, 3
print(t, type(t).__name__, len(t), (), (1,), tuple(), tuple([4, 5]), tuple('ab'))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, (q, r)], s = [10, (20, 30)], 40
print(p, q, r, s)
for i, (k, v) in enumerate([('a', 1), ('b', 2)]):
    print(i, k, v)
print((1, 2) + (3,), (1,) * 3, (0, 1) * 0, t[1:], t[::-1], t[-1])
print(t.index(2), t.count(2), (1, 1, 1).count(1), 2 in t, 5 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 2) == (1, 2), (1,) == [1])
print(((1, 2), 3) < ((1, 3), 0), ('a', 1) < ('b', 0), () < (0,))
d = {(0, 0): 'origin', (1, 2): 'p', ('a', (1,)): 'nested'}
print(d[(0, 0)], d[1, 2], d[('a', (1,))], (1, 2) in d, (2, 1) in d)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print((1, [2, 3]), repr((None,)), str(('s',)), ((),), (((1,),),))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), max(nested), sorted(((3, 'c'), (1, 'a'), (2, 'b'))))
def multi():
    return 1, 'two', [3]
one, two, three = multi()
print(one, two, three, multi())
print(tuple(x * 2 for x in range(4)), tuple(sorted({3, 1, 2})))
m = (1, [2])
m[1].append(3)
print(m)
try:
    m[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
