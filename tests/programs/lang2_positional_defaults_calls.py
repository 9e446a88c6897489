# Positional calls that leave trailing parameters to their defaults: values, missing
# arguments, __defaults__ replaced or removed between calls, cells, methods, recursion.
def f(a, b=1, c=[]):
    c.append(a)
    return a, b, len(c)


for i in range(3):
    print(f(i), f(i, 10), f(i, 10, []))


def g(a, b, c=3):
    return a + b + c


for args in [(1, 2), (1,), ()]:
    try:
        print(g(*args) if len(args) != 1 else g(args[0]))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)

results = []
for i in range(4):
    try:
        results.append(g(i, i))
    except TypeError as e:
        results.append(str(e))
    if i == 1:
        g.__defaults__ = (100,)
    elif i == 2:
        g.__defaults__ = None
print(results)


def h(x, y=5):
    def inner():
        return x + y
    return inner()


print([h(i) for i in range(3)], h(1, 1))


class C:
    def m(self, a, b="B"):
        return (a, b)


c = C()
print([c.m(i) for i in range(2)], C.m(c, 3), c.m(4, 5))


def fact(n, acc=1):
    return acc if n <= 1 else fact(n - 1, acc * n)


print(fact(10), fact(20))


def gen(a, b=2):
    yield a
    yield b


print(list(gen(1)), list(gen(1, 3)))


def kwonly(a, b=2, *, c=3):
    return a, b, c


print(kwonly(1), kwonly(1, 5), kwonly(1, c=9))
