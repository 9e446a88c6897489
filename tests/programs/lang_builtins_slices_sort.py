# slices with odd steps/indices, slice.indices, extended slice assignment, list.sort stability/key errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
L = list(range(10))
S = "0123456789"
T = tuple(L)
R = range(10)
for sl in [slice(None, None, -1), slice(None, None, 3), slice(-1, -11, -3), slice(8, 2, -2), slice(2, 8, -1), slice(-100, 100, 4), slice(100, -100, -4), slice(5, None, -7), slice(None, 5, -7), slice(-3, None), slice(None, -3), slice(3, 3), slice(10**20, None, -1), slice(-10**20, 10**20, 10**20)]:
    print(sl, L[sl], S[sl], T[sl], list(R[sl]), R[sl], sl.indices(10), sl.indices(0))
t(lambda: L[::0])
t(lambda: slice(0, 1, 0).indices(5))
t(lambda: slice(0, 1).indices(-1))
t(lambda: slice("a", 1).indices(5))
t(lambda: L["a":])
t(lambda: L[1.5:])
class I:
    def __index__(self): return 2
t(lambda: L[I():I() + 0 if False else 5:I()])
t(lambda: slice(1, 2, 3) == slice(1, 2, 3))
t(lambda: slice(1, 2) < slice(1, 3))
t(lambda: hash(slice(1, 2)))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: (slice(1).start, slice(1).stop, slice(1, 2).step))
t(lambda: repr(slice("a", [1], None)))
M = list(range(10))
M[::2] = "abcde"; print(M)
M[1::3] = [None] * 3; print(M)
t(lambda: M.__setitem__(slice(None, None, 2), [1, 2]))
M[2:5] = []; print(M)
M[::-1] = M[:]; print(M)
del M[::-2]; print(M)
del M[100:]; print(M)
M[10:20] = [7]; print(M)
M[-100:0] = ["s"]; print(M)
M[3:1] = ["x", "y"]; print(M)
t(lambda: M.__setitem__(slice(0, 2), 5))
N = [1, 2, 3]
N[1:2] = N; print(N)
N = [1, 2, 3]
N[::-1] = N; print(N)
# sort stability and keys
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda x: x[1]))
print(sorted(data, key=lambda x: x[1], reverse=True))
print(sorted(data, key=lambda x: x[0], reverse=True))
print(sorted([3, 1, 2], reverse=1))
t(lambda: sorted([1, "a"]))
t(lambda: sorted(["a", 1]))
t(lambda: sorted([1, None, 2]))
t(lambda: sorted([1, 2], key=lambda x: 1 / 0))
t(lambda: sorted([1, 2], key=1))
t(lambda: sorted([1, 2], lambda x: x))
t(lambda: [3, 1].sort(lambda x: x))
t(lambda: sorted())
t(lambda: sorted(1))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([{1}, {2}, {1, 2}]))
t(lambda: sorted([[1, "a"], [1, 2]]))
t(lambda: sorted([float("nan"), 1, 0]))
t(lambda: [1, 2].sort(key=None, reverse=None))
t(lambda: sorted([1, 2], reverse="x"))
lst = [5, 3, 1]
def bad(x):
    lst.append(0)
    return x
t(lambda: lst.sort(key=bad))
print(lst)
lst2 = [3, 2, 1]
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        lst2.clear()
        return self.v < o.v
lst3 = [C(3), C(1), C(2)]
lst3.sort(); print([c.v for c in lst3])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2: raise ValueError("cmp2")
        return self.v < o.v
ks = [K(3), K(1), K(2), K(0)]
t(lambda: ks.sort())
print(sorted(v.v for v in ks))
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
t(lambda: [g.v for g in sorted([G(2), G(1), G(3)])])
t(lambda: max([G(2), G(1)]).v)
t(lambda: min([G(2), G(1)]).v)
t(lambda: sorted([(1, 2), (1,), ()]))
t(lambda: sorted("bca"))
t(lambda: sorted({3: 1, 1: 2}))
t(lambda: sorted([True, 0, 1, False, -1, 0.5]))
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(big, key=lambda v: -v) == sorted(big, reverse=True))
stab = [(i % 10, i) for i in range(300)]
print(sorted(stab, key=lambda p: p[0], reverse=True)[:12])
