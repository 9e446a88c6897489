# The item a `for` loop produces goes into its variable: locals, cells, globals, attributes,
# subscripts and unpacking targets; objects the variable held are released in order.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def replaced_in_order():
    for x in [Noisy("a"), Noisy("b"), Noisy("c")]:
        print("body", x.name)
    print("after loop", x.name)
    del x
    print("done")


replaced_in_order()


def each_kind():
    total = 0
    for i in range(5):
        total += i
    for i in range(10, 0, -3):
        total += i
    for ch in "abc":
        total += ord(ch)
    for t in (1, 2, 3):
        total += t
    for b in b"xy":
        total += b
    for k in {"p": 1, "q": 2}:
        total += len(k)
    for v in {4, 5}:
        total += v
    print("total", total, "last", i, ch, t, b, k)


each_kind()


def empty_loops():
    i = "unchanged"
    for i in range(0):
        pass
    for i in []:
        pass
    for i in ():
        pass
    print("i is", i)
    for j in range(3):
        pass
    else:
        print("else ran, j =", j)


empty_loops()


def closures():
    fs = []
    for n in range(3):
        fs.append(lambda: n)
    print([f() for f in fs])
    gs = []
    for m in range(3):
        def g(m=m):
            return m
        gs.append(g)
    print([g() for g in gs])


closures()

G = None
for G in range(4):
    pass
print("global G", G)


class Box:
    pass


def other_targets():
    b = Box()
    for b.attr in [1, 2, 3]:
        pass
    d = {}
    for d["k"] in "xyz":
        pass
    pairs = []
    for a, (c, e) in [(1, (2, 3)), (4, (5, 6))]:
        pairs.append(a + c + e)
    for first, *rest in ["abc", "de"]:
        pairs.append(first + "".join(rest))
    for idx, val in enumerate("pq", start=10):
        pairs.append((idx, val))
    print(b.attr, d, pairs)


other_targets()


def nested_and_control():
    out = []
    for i in range(4):
        if i == 1:
            continue
        for j in range(i):
            if j == 2:
                break
            out.append((i, j))
        else:
            out.append(("inner done", i))
    print(out)


nested_and_control()


def mutating():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x == 1:
            items.append(4)
    print(seen)
    it = iter([1, 2])
    for x in it:
        pass
    items.append(5)
    print(list(it), x)


mutating()


def gen():
    yield Noisy("g1")
    yield Noisy("g2")


def generator_items():
    for obj in gen():
        print("got", obj.name)
    print("gen loop over")


generator_items()


def raising():
    for i in range(3):
        if i == 2:
            raise ValueError("at %d" % i)


try:
    raising()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised", e, "line", tb.tb_lineno - raising.__code__.co_firstlineno)


def unbound_after():
    for q in []:
        pass
    try:
        return q
    except UnboundLocalError as e:
        return str(e)


print(unbound_after())


def frame_locals():
    for name in ["x", "y"]:
        pass
    return sorted(k for k in sys._getframe().f_locals)


print(frame_locals())
