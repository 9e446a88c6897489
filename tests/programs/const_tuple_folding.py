# Tuple displays of literals are constants, as CPython folds them: one object per value
# across the module's code, other displays built each time.
def f(x):
    a = (1, 2, 3)
    b = (1, 2, 3)
    return a is b, x in ("a", "b"), (), (-1, 2.5, None, True, ..., ("n", (1,))), a


def g():
    return (1, 2, 3)


def h(v):
    return (1, v), (1, 2.0), (1.0, 2.0), (True, 2), (0.0,), (-0.0,)


print(f("a"), f("c")[1])
print(f("a")[4] is g(), g() is g(), (1, 2, 3) is g())
print(h(5)[0] is h(5)[0], h(5)[1] is h(6)[1])
r = h(1)
print(r, [type(x[0]).__name__ for x in r])
print(r[4] is r[5], r[4][0], r[5][0])
print(((1, 2), (3, 4)) [1], ("x",) * 3, ("a", "b") + ("c",))
x, y = 1, 2
y, x = x, y
print(x, y)
for i in (3, 1, 2):
    print(i, end=" ")
print()
print(tuple(reversed((1, 2, 3))), len(("a", b"b", 1j)), (1 << 70, -1))
print([(1, 2)] * 2, [(1, 2)][0] is (1, 2))
