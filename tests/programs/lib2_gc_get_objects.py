# gc.get_objects and gc.get_referrers: what the collector tracks, by generation, and who refers
# to an object; the argument errors as CPython words them.
import gc

gc.disable()

def has(seq, obj):
    return any(x is obj for x in seq)

class Node:
    pass

fresh = [1, 2, 3]
print("new list in generation 0:", has(gc.get_objects(0), fresh))
print("new list among all:", has(gc.get_objects(), fresh), has(gc.get_objects(None), fresh),
      has(gc.get_objects(-1), fresh))
gc.collect()
print("after a full collection, in 2:", has(gc.get_objects(2), fresh),
      "in 0:", has(gc.get_objects(0), fresh))
print("bool as generation:", type(gc.get_objects(True)).__name__)
import enum
class Gen(enum.IntEnum):
    OLD = 2
class Two:
    def __index__(self):
        return 2
class Big:
    def __index__(self):
        return 5
print("IntEnum and __index__ as generation:", has(gc.get_objects(Gen.OLD), fresh),
      has(gc.get_objects(Two()), fresh))
try:
    gc.get_objects(Big())
except ValueError as e:
    print("__index__ out of range:", e)
text = "not a container " * 3
print("a str is not tracked:", has(gc.get_objects(), text))
print("an int is not tracked:", has(gc.get_objects(), 12345678901))

n = Node()
m = Node()
m.child = n
holder = [n]
table = {"key": n}
def make():
    captured = n
    def inner():
        return captured
    return inner
f = make()
refs = gc.get_referrers(n)
print("list:", has(refs, holder), "dict:", has(refs, table), "instance:", has(refs, m),
      "cell:", any(type(r).__name__ == "cell" for r in refs))
print("class from instance:", has(gc.get_referrers(Node), n))
print("nothing asked:", gc.get_referrers())
print("str:", gc.get_referrers(text) == [] or all(not isinstance(r, str) for r in gc.get_referrers(text)))

for bad in (3, 7, -2, "x", 2.0, 2 ** 70):
    try:
        gc.get_objects(bad)
    except Exception as e:
        print(repr(bad)[:10], type(e).__name__, e)
try:
    gc.get_objects(1, 2)
except TypeError as e:
    print("two arguments: TypeError")

# cycles found through the referrers, then freed by a collection
a, b = Node(), Node()
a.other, b.other = b, a
print("cycle:", has(gc.get_referrers(a), b), has(gc.get_referrers(b), a))
ident = id(a)
del a, b
print("freed:", gc.collect() >= 2, any(id(o) == ident and type(o) is Node for o in gc.get_objects()))
gc.enable()
