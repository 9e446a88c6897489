# sys._getframe: the f_back chain read step by step (built when first read), each frame's
# code, line, globals and variables, depth arguments, the outermost frame's f_back, and
# frames of class bodies and comprehensions.
import sys


def names(f):
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    print(names(f))
    back = f.f_back
    print(back is f.f_back, back.f_code.co_name, sorted(back.f_locals.items()))
    print(f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_lineno)
    g = sys._getframe(1)
    print(g.f_code.co_name, g.f_locals["x"], g.f_back.f_code.co_name)
    print(sys._getframe(2).f_code.co_name, sys._getframe(3).f_back)
    try:
        sys._getframe(4)
    except ValueError as e:
        print("ValueError", e)
    print(f.f_globals is globals(), f.f_back.f_globals is globals())
    try:
        f.f_back = None
    except AttributeError as e:
        print("AttributeError", e)
    return c


def middle(x):
    y = [x]
    return inner(x) + len(y)


def outer():
    z = "zed"
    return middle(5)


print(outer())


class Body:
    where = sys._getframe().f_code.co_name
    back = sys._getframe().f_back.f_code.co_name
    items = [sys._getframe().f_code.co_name for _ in range(1)]


print(Body.where, Body.back, Body.items)


def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield names(sys._getframe())


g = gen()
print(next(g), next(g))


def rec(n):
    if n == 0:
        f = sys._getframe()
        depth = 0
        while f.f_back is not None:
            f = f.f_back
            depth += 1
        return depth, f.f_code.co_name
    return rec(n - 1)


print(rec(0), rec(40))
print(sorted(k for k in sys._getframe().f_locals if k in ("outer", "rec")))
