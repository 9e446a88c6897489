# tuple methods, comparisons, hashing and error messages.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, -1), len(t), t[::-1], t[1:3], t[-1])
for f in [lambda: t.index(9), lambda: t.index(3, 3), lambda: t[9], lambda: t['a'], lambda: t + [1],
          lambda: t.__setitem__(0, 1), lambda: hash(([],)), lambda: t * 'x', lambda: t < ('a',), lambda: t.count()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), () * 5, (1,) * -1, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((1, 'a') == (1, 'a'), (1, 2) == [1, 2], (1, 2.0) == (1, 2), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))) == hash((1, (2, 3))), 3 in t, [] in ((),), () in ((),))
a = (1, 2)
print(a is tuple(a), tuple([1, 2]), tuple('ab'), tuple(), tuple(range(3)), tuple({'x': 1}), tuple(x for x in 'yz'))
b = a
b += (3,)
print(a, b, a is not b)
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    nested[0] += [4]
except Exception as e:
    print(type(e).__name__, e)
print(nested)
x, *y = (1, 2, 3); print(x, y)
(p, q), r = (1, 2), 3; print(p, q, r)
try:
    u, v = (1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    u, v, w = (1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(repr((1,)), repr(()), repr((1, (2,), [])), str(('a', "b'c")), tuple.__len__((1, 2)), tuple.__getitem__((5, 6), 1))
print(tuple.__add__((1,), (2,)), tuple.__mul__((1,), 2), tuple.__contains__((1,), 1), tuple.__eq__((1,), [1]))
try:
    tuple.__add__((1,), [2])
except Exception as e:
    print(type(e).__name__, e)
print(max((3, 1), (2, 9)), min([(1, 'b'), (1, 'a')]), sorted([(2, 'a'), (1, 'z'), (2, 'A')]), sum((1, 2, 3)))
print((1, 2, 3)[1:100], (1, 2, 3)[-100:1], (1, 2, 3)[::2], (1, 2, 3)[5:1:-1], (1, 2, 3)[slice(None, None, -2)])
print((1, 2).__getnewargs__(), type(t).__name__, isinstance(t, tuple), t.__class__ is tuple)
