# enumerate/zip(strict)/map/filter/reversed/min/max/sum/any/all/iter(sentinel)/next with their error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(enumerate("abc", 5)))
t(lambda: list(enumerate("abc", start=-2)))
t(lambda: list(enumerate("ab", 10**20)))
t(lambda: list(enumerate("ab", 1.5)))
t(lambda: list(enumerate(iterable="ab")))
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: list(zip("abc", [1, 2], strict=False)))
t(lambda: list(zip("abc", [1, 2], strict=True)))
t(lambda: list(zip("ab", [1, 2, 3], strict=True)))
t(lambda: list(zip("ab", "ab", [1, 2, 3], strict=True)))
t(lambda: list(zip("abc", "ab", [1, 2, 3], strict=True)))
t(lambda: list(zip("ab", "abc", "ab", strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip()))
t(lambda: zip(1))
t(lambda: zip("a", 1))
t(lambda: zip("a", foo=1))
t(lambda: list(map(lambda a, b: a + b, "ab", "xyz")))
t(lambda: list(map(None, "ab")))
t(lambda: map(len))
t(lambda: map())
t(lambda: map(len, 1))
t(lambda: list(map(len, [1])))
t(lambda: list(filter(None, [0, 1, "", "a", [], None, 2])))
t(lambda: list(filter(lambda x: x > 1, [1, 2, 3])))
t(lambda: filter(None))
t(lambda: filter(None, 1))
t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed("abc")))
t(lambda: list(reversed(range(3))))
t(lambda: list(reversed((1, 2))))
t(lambda: list(reversed({"a": 1, "b": 2})))
t(lambda: reversed({1, 2}))
t(lambda: reversed(iter([1])))
t(lambda: reversed(1))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(reversed(Seq())))
t(lambda: list(iter(Seq())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(NoRev()))
class BadLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
t(lambda: reversed(BadLen()))
# min/max
t(lambda: max(3, 1, 2))
t(lambda: max([3, 1, 2]))
t(lambda: max([], default=None))
t(lambda: max([]))
t(lambda: min(()))
t(lambda: max())
t(lambda: min(1))
t(lambda: max(1, 2, default=0))
t(lambda: max([1, 2], key=lambda x: -x))
t(lambda: max("abc", "abd", key=len))
t(lambda: min([(1, "b"), (1, "a")], key=lambda p: p[0]))
t(lambda: max([(1, "b"), (1, "a")], key=lambda p: p[0]))
t(lambda: max([1, "a"]))
t(lambda: min([1, 2], key=None))
t(lambda: max([1, 2], foo=1))
t(lambda: max([1, 2], key=1))
t(lambda: min([float("nan"), 1, 2]))
t(lambda: min([1, float("nan"), 0]))
t(lambda: max(iter([]), default="d"))
t(lambda: max(1, 2, key=lambda x: x, default=3))
t(lambda: min([], key=len, default=7))
# sum
t(lambda: sum([1, 2, 3]))
t(lambda: sum([1, 2], 10))
t(lambda: sum([[1], [2]], []))
t(lambda: sum(["a", "b"], ""))
t(lambda: sum([b"a"], b""))
t(lambda: sum([bytearray(b"a")], bytearray()))
t(lambda: sum([1, 2], start=5))
t(lambda: sum([0.1] * 10))
t(lambda: sum([1e100, 1.0, -1e100, 1.0]))
t(lambda: sum([1, 2.5, 3]))
t(lambda: sum([1, 1j]))
t(lambda: sum([2**62, 2**62, 2**62]))
t(lambda: sum(["a"]))
t(lambda: sum([1, "a"]))
t(lambda: sum([], []))
t(lambda: sum((x for x in range(5)), 0.0))
t(lambda: sum([True, True]))
t(lambda: sum([float("inf"), float("-inf")]))
t(lambda: sum([0.1, 0.2, 0.3], 0.0) == 0.6)
t(lambda: sum())
t(lambda: sum(1))
# any/all
t(lambda: (any([]), all([]), any([0, "", None]), all([1, "a"]), any(iter([0, 1])), all(x > 0 for x in [1, -1])))
t(lambda: any(1))
t(lambda: all())
# iter / next
it = iter([1, 2, 3, 4, 0, 5].pop, 0) if False else None
vals = [1, 2, 3]
t(lambda: list(iter(lambda: vals.pop() if vals else None, None)))
t(lambda: list(iter(iter([1, 2, 3, 2]).__next__, 3)))
t(lambda: iter(1, 2))
t(lambda: iter(1))
t(lambda: iter())
t(lambda: next(iter([]), "dflt"))
t(lambda: next(iter([])))
t(lambda: next([1]))
t(lambda: next(iter([1]), 1, 2))
class Stop:
    def __call__(self): raise StopIteration
t(lambda: list(iter(Stop(), 1)))
class It:
    def __iter__(self): return 5
t(lambda: iter(It()))
class It2:
    def __iter__(self): return self
t(lambda: iter(It2()))
t(lambda: len(iter([1, 2])))
t(lambda: iter([1, 2, 3]).__length_hint__())
t(lambda: iter(range(3)).__length_hint__())
t(lambda: reversed([1, 2]).__length_hint__())
t(lambda: list(zip(*[iter(range(6))] * 2)))
e = enumerate("xy")
t(lambda: (next(e), next(e), next(e, "end")))
z = zip([1, 2], [3])
t(lambda: (next(z), next(z, "end"), next(z, "end2")))
