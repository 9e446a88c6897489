# Unpacking into a function's locals: tuples and lists of the right size go straight into
# the locals, everything else through the general path, with CPython's errors and order.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def plain():
    t = (1, 2.5, "three")
    a, b, c = t
    print(a, b, c)
    a, b, c = [c, b, a]
    print(a, b, c)
    x, y = "xy"
    print(x, y)
    p, q = (n * n for n in range(2))
    print(p, q)
    (m,) = [42]
    print(m)
    d, e = {"k": 1, "j": 2}
    print(d, e)


def errors():
    for value in [(1, 2, 3), [1], "abc", 5, None, iter([1])]:
        try:
            a, b = value
            print("no error", a, b)
        except (ValueError, TypeError) as exc:
            print(type(exc).__name__, exc)


def old_values_released():
    a, b = Noisy("a1"), Noisy("b1")
    print("stored")
    a, b = Noisy("a2"), Noisy("b2")
    print("replaced")
    a, b = 1, 2
    print("ints", a, b)


def swapped_and_reused():
    a, b = 1, 2
    for _ in range(3):
        a, b = b, a + b
    print(a, b)
    pairs = [(i, i * i) for i in range(4)]
    total = 0
    for k, v in pairs:
        total += k * v
    print(total)
    for i, (k, v) in enumerate(pairs):
        total -= i
    print(total, i, k, v)


def enumerated():
    letters = ["a", "b", "c"]
    for i, ch in enumerate(letters):
        print(i, ch)
    for i, ch in enumerate(letters, 10):
        pass
    print(i, ch)
    for i, obj in enumerate([Noisy("e1"), Noisy("e2")]):
        print("at", i, obj.name)
    del obj
    print("loop done")


def list_changes_during():
    items = [1, 2]
    a, b = items
    items.append(3)
    print(a, b, items)
    try:
        a, b = items
    except ValueError as exc:
        print(exc)


def unbound_then_bound():
    try:
        print(z)
    except UnboundLocalError as exc:
        print(type(exc).__name__)
    z, w = 3, 4
    print(z, w)


plain()
errors()
old_values_released()
swapped_and_reused()
enumerated()
list_changes_during()
unbound_then_bound()
print("end")


def swap_orders():
    a, b = Noisy("s-a1"), Noisy("s-b1")
    a, b = Noisy("s-a2"), Noisy("s-b2")
    print("two swapped")
    a, b, c = Noisy("t-a1"), Noisy("t-b1"), Noisy("t-c1")
    a, b, c = Noisy("t-a2"), Noisy("t-b2"), Noisy("t-c2")
    print("three swapped")
    a, b, a = 1, 2, 3
    print(a, b)
    (a,
     b) = Noisy("m-a"), Noisy("m-b")
    (a,
     b) = 5, 6
    print("multi-line", a, b)
    x = [0, 0]
    x[0], b = Noisy("i-x"), Noisy("i-b")
    x[0], b = 7, 8
    print("item", x, b)
    del a, b, c


swap_orders()
a, b = Noisy("g-a"), Noisy("g-b")
a, b = Noisy("g-a2"), Noisy("g-b2")
print("module level")
del a, b
print("end2")
