# A whole-tuple slice is the tuple itself (CPython's tuple_subscript); other slices, subclasses and
# __index__ bounds (called once) as CPython.
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, t[:2], t[::-1], t[1:], t[::2], t[5:], t[-2:], t[:-1:2])
f = frozenset({1})
print(f.copy() == f, type(f.copy()).__name__)
class F(frozenset): pass
g = F({2}); c = g.copy(); print(type(c).__name__, c == g, c is g)
class T(tuple): pass
u = T((1, 2)); print(type(u[:]).__name__, u[:] is u, u[:] == u)
class I:
    def __index__(self):
        print("index called"); return 1
print(t[I():])
