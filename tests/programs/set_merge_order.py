# The iteration order of sets built by |, update, |=, union, ^ and - follows CPython's table layout (presized merges, copies of the larger side).
print({10, 20, 30} | {15, 25})
a = {1, 2, 3}; a.update({100, 50}); print(a)
b = {1, 2, 3}; b |= {100, 50}; print(b)
print({10, 20, 30} ^ {15, 25, 10}, {1, 2, 3}.union({100, 50}, [77, 9]))
c = {5, 6}; c.update([100, 50], {33, 17}); print(c)
print({1, 2, 3, 4, 5, 6, 7, 8} & {8, 7, 6, 5, 4, 3, 2, 1, 100}, {i * 7 for i in range(20)} - {14, 21})
print(frozenset({10, 20, 30}) | {15, 25})
d = {1, 2}
d.update({40: 'a', 8: 'b', 24: 'c'})
print(d, {*{64, 1}, *[32, 16], *{8: 0}}, {100, 200} | set(), set().union({9, 1}, {17}))
big = set(range(0, 200, 3))
print(big - {3, 6, 9} == {x for x in big if x not in (3, 6, 9)}, list(big - {3, 6, 9})[:8], list({3, 6} - big))
e = {1, 2, 3}
e ^= {3, 4, 12}
print(e, {7, 15, 23} ^ {31, 7})
