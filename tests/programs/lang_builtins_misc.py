import itertools, sys, math, operator

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

show("sum floats", lambda: (sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum([0.1, 0.2, 0.3]), math.fsum([0.1] * 10), sum([1, 2.5, 3]), sum(x / 10 for x in range(10))))
show("sum str", lambda: sum(["a", "b"], ""))
show("sum lists", lambda: sum([[1], [2]], []))
show("sum start kw", lambda: sum([1, 2], start=10))
show("prod", lambda: (math.prod([1, 2, 3]), math.prod([]), math.prod([0.5, 4], start=2)))
show("range", lambda: (range(10)[2:8:2], range(0, 10, 3)[-1], range(5, 0, -2), list(range(5, 0, -2)), range(10).index(3), range(0, 10, 2).count(4), 4 in range(0, 10, 2), 5 in range(0, 10, 2), range(0) == range(5, 5), range(1, 7, 2) == range(1, 6, 2), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), len(range(-5, 5, 3)), range(3)[::-1]))
show("range errors", lambda: range(1, 2, 0))
show("range index err", lambda: range(3).index(5))
show("range idx", lambda: range(3)[5])
show("range big", lambda: (len(range(10**20)) if False else range(10**20)[-1], range(10**20)[10**19:][0]))
show("range len big", lambda: len(range(10**20)))
show("slice", lambda: (slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), repr(slice(1, None)), "abcdef"[slice(None, None, 2)], slice(1, 2) == slice(1, 2)))
l = list(range(10))
l[2:5] = "xy"
show("slice assign", lambda: l)
def ext_assign():
    m = list(range(6))
    m[::2] = [0, 0]
show("ext slice assign err", ext_assign)
def ext_del():
    m = list(range(10))
    del m[::3]
    m[1::2] = "abc"
    return m
show("ext slice del", ext_del)
show("list ops", lambda: ([3, 1, 2].index(2), [1, 2, 1].count(1), [1, 2] * 2, [[0]] * 2, list("ab") + ["c"]))
show("list index err", lambda: [1, 2].index(5))
show("list remove err", lambda: [1, 2].remove(5))
show("list pop err", lambda: [].pop())
show("list pop idx err", lambda: [1].pop(5))
show("list insert far", lambda: (lambda m: (m.insert(100, "end"), m.insert(-100, "start"), m)[2])([1]))
def sort_stability():
    data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
    return sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True)
show("sort stable", sort_stability)
def sort_mutation():
    m = [3, 2, 1]
    def key(v):
        m.append(0)
        return v
    m.sort(key=key)
    return m
show("sort mutation", sort_mutation)
def sort_key_raises():
    m = [3, "a", 1]
    try:
        m.sort()
    except TypeError as e:
        return (str(e), m)
show("sort partial", sort_key_raises)
show("dict views", lambda: (lambda d: (d.keys() & {"a", "z"}, sorted(d.keys() | {"q"}), d.items() & {("a", 1)}, d.keys() - {"a"}, list(reversed(d)), list(reversed(d.values())), d.keys() == {"a", "b"}, isinstance(d.keys(), type({}.keys())), repr(d.keys()), repr(d.items()), d.keys().isdisjoint(["x"])))({"a": 1, "b": 2}))
def dict_ior():
    d = {"a": 1}
    d |= {"b": 2}
    d |= [("c", 3)]
    return d
show("dict ior", dict_ior)
show("dict or list", lambda: {"a": 1} | [("b", 2)])
def dict_mutate_iter():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
show("dict mutate", dict_mutate_iter)
def set_mutate_iter():
    s = {1, 2}
    for k in s:
        s.add(k + 10)
show("set mutate", set_mutate_iter)
def list_mutate_iter():
    m = [1, 2, 3, 4]
    for x in m:
        m.remove(x)
    return m
show("list mutate", list_mutate_iter)
def dict_keys_change_size():
    d = {1: 1}
    it = iter(d)
    next(it)
    d.pop(1)
    d[2] = 2
    return list(it)
show("dict keys change", dict_keys_change_size)
show("dict methods", lambda: (dict.fromkeys("ab", 0), {"a": 1}.setdefault("b", []), {"a": 1}.pop("z", "dflt"), {"a": 1}.popitem(), dict(zip("ab", [1, 2])), {1: 2}.get(1.0), {True: "t"}.get(1)))
show("dict pop err", lambda: {}.pop("k"))
show("dict popitem err", lambda: {}.popitem())
show("dict update err", lambda: {}.update([1, 2]))
show("dict update err2", lambda: {}.update([(1, 2, 3)]))
show("dict from seq err", lambda: dict(["ab", "cde"]))
show("dict key order", lambda: (lambda d: (d.pop("a"), d.update(a=9), list(d))[2])({"a": 1, "b": 2, "c": 3}))
show("set ops", lambda: (sorted({1, 2} | {3}), {1, 2} & frozenset([2]), type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, {1, 2}.issubset([1, 2, 3]), {1}.union([2], (3,)) == {1, 2, 3}, {1, 2, 3}.difference({1}, [2]), {1, 2} ^ {2, 3}, {1} < {1, 2}, {1, 2} <= {1, 2}, set() == frozenset()))
show("set remove err", lambda: set().remove(1))
show("set pop err", lambda: set().pop())
show("set unhashable", lambda: {[1]})
show("frozenset hash eq", lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
show("zip strict", lambda: list(zip([1, 2], "abc", strict=True)))
show("zip strict2", lambda: list(zip([1, 2, 3], "ab", strict=True)))
show("zip strict3", lambda: list(zip([1], "a", [], strict=True)))
show("map multi", lambda: (list(map(operator.add, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [2, 2], [5, 5]))))
show("enumerate", lambda: (list(enumerate("ab", start=5)), list(enumerate([], 1))))
show("iter sentinel", lambda: (lambda it: list(iter(lambda: next(it), 3)))(iter([1, 2, 3, 4])))
show("itertools", lambda: (list(itertools.pairwise("abcd")), list(itertools.batched("abcdefg", 3)), list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.chain.from_iterable(["ab", "c"])), [list(g) for k, g in itertools.groupby("aabbbc")], list(itertools.product("ab", repeat=2)), list(itertools.permutations("abc", 2))[:3], list(itertools.combinations_with_replacement("ab", 2)), list(itertools.zip_longest("ab", "c", fillvalue="-")), list(itertools.compress("abcd", [1, 0, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 4, 1])), list(itertools.starmap(pow, [(2, 3)])), list(itertools.filterfalse(None, [0, 1, ""])), [list(t) for t in itertools.tee("ab", 2)], list(itertools.repeat("x", 2)), list(itertools.cycle("ab"))[:0] if False else list(itertools.islice(itertools.cycle("ab"), 5))))
show("batched err", lambda: list(itertools.batched("ab", 0)))
show("minmax", lambda: (min([3, 1, 2]), max("hello"), min([], default=None), max([(1, "b"), (1, "a")]), min({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), max(1, 2, 3, key=lambda x: -x)))
show("min err", lambda: min())
show("min err2", lambda: min(1))
show("any all", lambda: (any([]), all([]), any(x > 2 for x in [1, 5]), all(x for x in [1, 0])))
show("reversed", lambda: (list(reversed([1, 2])), list(reversed("ab")), list(reversed((1, 2))), "".join(reversed("héllo"))))
show("reversed err", lambda: reversed({1, 2}))
show("reversed err2", lambda: reversed(iter([1])))
show("divmod/abs/round types", lambda: (abs(-2.5), abs(-3), divmod(7.5, 2), type(round(2.5)).__name__, round(-2.5), round(3.14159, 3), pow(2, 0.5), pow(-2, 2), pow(2, -1)))
show("chr ord", lambda: (chr(0x1F600), ord("€"), chr(0), ascii("é\n\x00")))
show("chr err", lambda: chr(0x110000))
show("ord err", lambda: ord("ab"))
show("bin oct hex", lambda: (bin(0), oct(64), hex(-1), bin(2**70)))
show("isinstance tuple", lambda: (isinstance(1, (str, (int, float))), isinstance(True, int), issubclass(bool, (int,)), isinstance(1, int | str)))
show("isinstance err", lambda: isinstance(1, "int"))
show("callable/getattr", lambda: (getattr([], "nope", "d"), hasattr(1, "real"), callable(print), getattr(str, "upper")("a")))
show("vars/dir", lambda: ("append" in dir([]), sorted(vars(type("T", (), {"a": 1})))[:3]))
show("vars err", lambda: vars(1))
show("hash", lambda: (hash(1) == hash(1.0), hash(-1), hash(-2), hash(0.5) == hash(0.5), hash((1, 2)) == hash((1, 2)), hash(True), hash(float("inf")), hash(2**61 - 1), hash(2**61)))
show("hash unhashable", lambda: hash([]))
show("hash dict in tuple", lambda: hash((1, {})))
show("id uniq", lambda: len({id(x) for x in [object(), object()]}) >= 1)
show("bool()", lambda: (bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(0j), bool(None), bool(range(0)), bool(b"")))
show("str()", lambda: (str(None), str(b"x"), str(1.0), str([1, "a"]), str({"a": None}), str((1,)), str(set()), str(frozenset()), str(object)[:14], str(type(None))))
show("repr nested", lambda: repr([1, [2, (3, {4: "5"})], {6}, 7.0, None, True, b"8", "9'\"", 1j]))
show("repr self ref", lambda: (lambda l, d: (l.append(l), d.__setitem__("d", d), repr(l), repr(d))[2:])([], {}))
show("format builtin", lambda: (format(5), format("x", ">3"), format(3.0), format(None), format([1])))
show("format err", lambda: format(None, "d"))
show("format err2", lambda: format([1], ">5"))
show("format err3", lambda: format(1, "z"))
show("format err4", lambda: format("s", "d"))
show("format err5", lambda: format(1.5, "d"))
show("format err6", lambda: format(1, ".2s"))
show("print sep", lambda: print("a", "b", 1, sep="-", end="!\n"))
show("print sep none", lambda: print("a", "b", sep=None, end=None))
show("print err", lambda: print("a", sep=5))
print("done", file=sys.stdout)
