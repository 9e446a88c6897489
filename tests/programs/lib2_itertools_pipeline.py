import itertools as it
import operator

def show(label, iterable, limit=30):
    print(label, list(it.islice(iterable, limit)))

log = [("2024-01-01", "web", 3), ("2024-01-01", "db", 5), ("2024-01-02", "web", 1),
       ("2024-01-02", "web", 4), ("2024-01-03", "db", 2), ("2024-01-03", "cache", 7)]
for day, grp in it.groupby(log, key=operator.itemgetter(0)):
    items = list(grp)
    print(day, len(items), sum(r[2] for r in items))
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddde")])
g = it.groupby([1, 1, 2, 2, 3])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))

show("batched", it.batched("ABCDEFG", 3))
show("batched 1", it.batched(range(4), 1))
show("batched empty", it.batched([], 2))
for bad in (0, -1):
    try:
        it.batched("abc", bad)
    except ValueError as e:
        print("ValueError", e)
show("pairwise", it.pairwise("ABCDE"))
show("pairwise short", it.pairwise("A"))
show("accumulate", it.accumulate([1, 2, 3, 4, 5]))
show("accumulate mul", it.accumulate([1, 2, 3, 4, 5], operator.mul))
show("accumulate max", it.accumulate([3, 1, 4, 1, 5, 9, 2], max))
show("accumulate init", it.accumulate([1, 2], initial=100))
show("accumulate empty init", it.accumulate([], initial=0))
show("chain", it.chain("ab", [1, 2], (), range(2)))
show("chain.from_iterable", it.chain.from_iterable(["xy", "z", ""]))
show("compress", it.compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
show("count", it.count(10, 2.5), 4)
show("count neg", it.count(-1, -1), 3)
show("cycle", it.cycle("ab"), 5)
show("cycle empty", it.cycle([]))
show("dropwhile", it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("takewhile", it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("filterfalse", it.filterfalse(None, [0, 1, "", "a", None, [], [0]]))
show("islice", it.islice("ABCDEFG", 2, None, 2))
show("islice stop", it.islice(it.count(), 3))
show("islice none", it.islice("abc", None))
show("starmap", it.starmap(pow, [(2, 5), (3, 2), (10, 3)]))
show("tee", (list(t) for t in it.tee("abc", 3)))
show("zip_longest", it.zip_longest("ABCD", "xy", fillvalue="-"))
show("zip_longest 3", it.zip_longest([1], [], [2, 3]))
show("repeat", it.repeat("x", 3))
show("repeat neg", it.repeat("x", -2))
show("product", it.product("ab", range(2)))
show("product repeat", it.product([0, 1], repeat=3))
show("product empty", it.product("ab", []))
show("product none", it.product())
show("permutations", it.permutations("ABC", 2))
show("permutations r>n", it.permutations("AB", 3))
show("combinations", it.combinations(range(4), 3))
show("combinations r0", it.combinations("abc", 0))
show("cwr", it.combinations_with_replacement("ABC", 2))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))

errs = [
    lambda: it.islice("abc", -1), lambda: it.islice("abc", 0, 5, 0), lambda: it.islice("abc", "x"),
    lambda: it.permutations("abc", -1), lambda: it.combinations("abc", -1), lambda: it.repeat(),
    lambda: it.count("a"), lambda: it.tee("abc", -1), lambda: it.chain(1, 2).__next__(),
    lambda: next(it.starmap(pow, [1])), lambda: it.accumulate([1], 5).__next__(), lambda: it.zip_longest(1),
    lambda: it.product("a", repeat=-1), lambda: it.batched("abc"), lambda: it.pairwise(5),
    lambda: next(it.accumulate(["a", 1])), lambda: it.groupby(None),
]
for f in errs:
    try:
        r = f()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

# tee independence and reuse
a, b = it.tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
c, = it.tee([1, 2], 1)
print(list(c), it.tee([], 0))
# reprs
print(repr(it.count(5)), repr(it.count(1.5, 0.5)), repr(it.repeat("a", 2)), repr(it.repeat(1)), repr(it.count(0, 2)))
r = it.repeat(7, 3); next(r)
print(repr(r), operator.length_hint(r), operator.length_hint(it.count(), 9))
# recipes
def sliding(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)
print(list(sliding(range(6), 3)))
def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = it.cycle(it.islice(iterators, num_active))
        yield from map(next, iterators)
try:
    print(list(roundrobin("ABC", "D", "EF")))
except StopIteration:
    print("stop")
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.casefold)))
print(sum(1 for _ in it.combinations(range(20), 3)), list(it.accumulate(it.repeat(2, 5), operator.mul)))
print(list(it.islice(it.cycle(it.batched("abcde", 2)), 7)))
print(dict(it.zip_longest("abc", range(2))), list(map(operator.add, "ab", it.repeat("!"))))
