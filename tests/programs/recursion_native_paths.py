# Recursion through built-ins and special methods: a few hundred levels work, and far
# deeper recursion ends in RecursionError (never a crash), whichever native path it takes.
import sys
def via_map(n):
    return 0 if n == 0 else list(map(via_map, [n - 1]))[0] + 1
def via_sorted(n):
    return 0 if n == 0 else sorted([n - 1], key=via_sorted)[0] + 1
def via_sum(n):
    return 0 if n == 0 else sum(via_sum(c) for c in [n - 1]) + 1
def via_max(n):
    return 0 if n == 0 else max([n - 1], key=via_max) + 1
class Chain:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'end' if self.n == 0 else 'c' + repr(Chain(self.n - 1))
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        return 0 if self.n == 0 else len(L(self.n - 1)) + 1
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        return True if self.n == 0 else [E(self.n - 1)] == [E(self.n - 1)]

class G:
    def __init__(self, n): self.n = n
    def __getattr__(self, name):
        return 0 if self.n == 0 else G(self.n - 1).x + 1
class P:
    def __init__(self, n): self.n = n
    @property
    def v(self):
        return 0 if self.n == 0 else P(self.n - 1).v + 1
class Meta(type):
    def __call__(cls, n):
        return 0 if n == 0 else cls(n - 1) + 1
class M(metaclass=Meta): pass
class I:
    def __init__(self, n):
        self.v = 0 if n == 0 else I(n - 1).v + 1
class H:
    def __init__(self, n): self.n = n
    def __hash__(self):
        return 0 if self.n == 0 else hash(H(self.n - 1)) + 1
def via_dicthash(n):
    class K:
        def __hash__(self): return via_dicthash(n - 1)
    return 0 if n == 0 else len({K(): 1}) + n * 0
class LT:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        return True if self.n == 0 else sorted([LT(self.n - 1), LT(self.n - 1)]) is None
class IT:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter([0]) if self.n == 0 else iter([sum(IT(self.n - 1)) + 1])
def via_filter(n):
    return 0 if n == 0 else list(filter(lambda x: via_filter(x) >= 0, [n - 1]))[0] + 1
def via_str(n):
    class S:
        def __str__(self): return 'x' if n == 0 else via_str(n - 1)
    return str(S())
def via_fmt(n):
    class F:
        def __format__(self, spec): return 'x' if n == 0 else via_fmt(n - 1)
    return f'{F()}'
def via_call(n):
    class C:
        def __call__(self, k): return 0 if k == 0 else via_call(k - 1) + 1
    return C()(n)
def via_dictcomp(n):
    return 0 if n == 0 else dict((k, via_dictcomp(k)) for k in [n - 1])[n - 1] + 1
def via_any(n):
    return 0 if n == 0 else any(via_any(k) >= 0 for k in [n - 1]) + n
def via_minmax(n):
    return 0 if n == 0 else min([n - 1], key=via_minmax) + 1
kinds = {
    'map': via_map,
    'sorted': via_sorted,
    'sum': via_sum,
    'max': via_max,
    'repr': lambda n: len(repr(Chain(n))),
    'len': lambda n: len(L(n)),
    'eq': lambda n: E(n) == E(n),
    'getattr': lambda n: G(n).x,
    'prop': lambda n: P(n).v,
    'meta': lambda n: M(n),
    'init': lambda n: I(n).v,
    'hash': lambda n: hash(H(n)),
    'dicthash': via_dicthash,
    'lt': lambda n: LT(n) < LT(n),
    'iter': lambda n: sum(IT(n)),
    'filter': via_filter,
    'str': via_str,
    'fmt': via_fmt,
    'call': via_call,
    'dictcomp': via_dictcomp,
    'any': via_any,
    'min': via_minmax}

def nest(n, wrap, start):
    x = start
    for _ in range(n):
        x = wrap(x)
    return x

containers = {
    'list repr': lambda n: len(repr(nest(n, lambda x: [x], []))),
    'list str': lambda n: len(str(nest(n, lambda x: [x], []))),
    'tuple repr': lambda n: len(repr(nest(n, lambda x: (x,), ()))),
    'dict repr': lambda n: len(repr(nest(n, lambda x: {'k': x}, {}))),
    'list ==': lambda n: nest(n, lambda x: [x], []) == nest(n, lambda x: [x], []),
    'list <': lambda n: nest(n, lambda x: [x], []) < nest(n, lambda x: [x, 1], []),
    'tuple ==': lambda n: nest(n, lambda x: (x,), ()) == nest(n, lambda x: (x,), ()),
    'tuple hash': lambda n: hash(nest(n, lambda x: (x, 1), ())) == hash(nest(n, lambda x: (x, 1), ())),
    'dict ==': lambda n: nest(n, lambda x: {'k': x}, {}) == nest(n, lambda x: {'k': x}, {}),
    'frozenset ==': lambda n: nest(n, lambda x: frozenset([x]), frozenset()) == nest(n, lambda x: frozenset([x]), frozenset()),
}

sys.setrecursionlimit(100000)
for name, fn in kinds.items():
    try:
        print(name, fn(180))
    except RecursionError:
        print(name, 'RecursionError at 180')
for name, fn in containers.items():
    try:
        print(name, fn(350))
    except RecursionError:
        print(name, 'RecursionError at 350')
for name, fn in list(kinds.items()) + list(containers.items()):
    try:
        fn(100000)
        print(name, 'no error')
    except RecursionError:
        print(name, 'RecursionError')
