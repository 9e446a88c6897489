# The collector's three generations: what each gc.collect(generation) examines and how the
# per-generation counts and statistics move, and cycles found in each generation.
import gc


class Node:
    def __init__(self):
        self.other = None


def cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a


gc.collect()
print(gc.get_count()[1:])
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count()[1:])
after = [s["collections"] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])

for generation in (0, 1, 2):
    gc.collect()
    cycle()
    found = gc.collect(generation)
    print(generation, found >= 2)

# Survivors move up: a cycle made, then kept alive while young and middle are collected,
# is still found by a full collection once dropped.
keep = [Node(), Node()]
keep[0].other, keep[1].other = keep[1], keep[0]
gc.collect(0)
gc.collect(1)
del keep
print(gc.collect(2) >= 2)

# Many long-lived objects: automatic collections keep working.
gc.collect()
live = [Node() for _ in range(30000)]
for _ in range(3000):
    cycle()
print(len(live), gc.collect() >= 0)
print(gc.isenabled(), gc.get_threshold())
