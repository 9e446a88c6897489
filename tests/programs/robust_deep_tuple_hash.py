# Hashing deeply nested tuples/frozensets (CPython has no depth limit for hashing) must not
# crash pyrs; lookups with the same object need no comparison.
t = ()
u = ()
for i in range(5000):
    t = (t, i % 7)
    u = (u, i % 7)
print(hash(t) == hash(u))
d = {t: 'found'}
print(d[t], t in d, t in {t})
f = frozenset()
for i in range(5000):
    f = frozenset([f, i % 3])
print(hash(f) == hash(f), f in {f: 1})
try:
    print(t == u)
except RecursionError:
    print('compare: RecursionError')
