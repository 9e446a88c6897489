import heapq
import bisect
import graphlib
from dataclasses import dataclass, field

# --- scheduler with heapq
@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)

heap = []
for i, (p, n) in enumerate([(3, "write"), (1, "read"), (2, "parse"), (1, "open"), (5, "close"), (2, "lex")]):
    heapq.heappush(heap, Job(p, i, n))
order = []
while heap:
    order.append(heapq.heappop(heap).name)
print(order)

h = [9, 4, 7, 1, 8, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=lambda w: (len(w), w)))
print(heapq.nlargest(0, words), heapq.nsmallest(10, [3, 1]), heapq.nlargest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(None), lambda: heapq.heappush([1, "a"], 2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
h = [(1, "a"), (1, "b")]
heapq.heapify(h)
print(heapq.heappop(h))

# --- bisect with key
records = [("alice", 31), ("bob", 25), ("carol", 40), ("dave", 25)]
by_age = sorted(records, key=lambda r: r[1])
ages_key = lambda r: r[1]
print(bisect.bisect_left(by_age, 25, key=ages_key), bisect.bisect_right(by_age, 25, key=ages_key))
print(bisect.bisect(by_age, 35, key=ages_key), bisect.bisect_left(by_age, 100, key=ages_key))
bisect.insort(by_age, ("erin", 30), key=ages_key)
bisect.insort_left(by_age, ("fay", 25), key=ages_key)
bisect.insort_right(by_age, ("gus", 25), key=ages_key)
print(by_age)
grades = "FDCBA"
bps = [60, 70, 80, 90]
print([grades[bisect.bisect(bps, s)] for s in [33, 99, 77, 70, 89, 90, 100, 60]])
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 4, hi=3))
for bad in (lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.insort(a, "x"),
            lambda: bisect.bisect_left(a, 1, lo="0")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect_left(a, 1, hi=100) if False else "skip")

# --- graphlib
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
ts = graphlib.TopologicalSorter(deps)
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
for node, pre in deps.items():
    ts.add(node, *sorted(pre))
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds)
print(bool(ts))
cyc = graphlib.TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"]})
try:
    cyc.prepare()
except graphlib.CycleError as e:
    msg, cycle = e.args
    print(type(e).__name__, msg, len(cycle), cycle[0] == cycle[-1], isinstance(e, ValueError))
ts = graphlib.TopologicalSorter({1: [2]})
for bad in (lambda: ts.done(1), lambda: ts.get_ready(), lambda: ts.is_active()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
ts.prepare()
try:
    ts.prepare()
except Exception as e:
    print(type(e).__name__, e)
try:
    ts.add(3)
except Exception as e:
    print(type(e).__name__, e)
print(ts.get_ready())
try:
    ts.done(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    ts.done(99)
except Exception as e:
    print(type(e).__name__, e)
ts.done(2)
try:
    ts.done(2)
except Exception as e:
    print(type(e).__name__, e)
print(ts.get_ready(), ts.get_ready())
self_loop = graphlib.TopologicalSorter({"x": ["x"]})
try:
    list(self_loop.static_order())
except graphlib.CycleError as e:
    print(e.args[1])
