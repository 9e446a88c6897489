# Differential tests: nested comprehensions, generators, async, methods, classes, closures.
import asyncio
import sys

def show(label, val):
    print(label, '->', val)

def err(label, e):
    print(label, '-> EXC', type(e).__name__, e)

# ---- nesting and multiple clauses
def n1(n):
    k = 10
    return [[i * j + k for j in range(i)] for i in range(n)]
show('n1 nested uses outer var + local', n1(4))

def n2():
    m = [[1, 2, 3], [4, 5, 6]]
    t = [[row[c] for row in m] for c in range(len(m[0]))]
    return t
show('n2 transpose', n2())

def n3():
    return [(a, b, c) for a in range(3) if a for b in range(a) if b != 1 for c in 'xy' if c != 'x' or a == 2]
show('n3 multi for/if', n3())

def n4():
    return {a: {b: [c for c in range(a + b)] for b in range(2)} for a in range(2)}
show('n4 dict of dict of list', n4())

def n5():
    s = {frozenset({x for x in range(y)}) for y in range(3)}
    return sorted(sorted(f) for f in s)
show('n5 set of frozenset', n5())

def n6():
    x = 'X'
    r = [[x for x in range(x)] for x in range(3)]
    return r, x
show('n6 triple shadow', n6())

def n7():
    y = 5
    r = [[y for y in range(y)] for _ in range(2)]
    return r, y
show('n7 inner shadow uses outer local', n7())

def n8():
    r = [x for x in [y for y in range(3)] if x in {z for z in range(1, 3)}]
    return r
show('n8 comps as iterables/conds', n8())

def n9():
    out = []
    r = [out.append((i, j)) for i in range(2) for j in range(2) if (i + j) % 2 == 0]
    return len(r), out
show('n9 side effects order', n9())

def n10():
    log = []
    def it(name, n):
        log.append('iter ' + name)
        return range(n)
    r = [(a, b) for a in it('A', 2) for b in it('B', 2)]
    return r, log
show('n10 iterable evaluation count', n10())

def n11():
    a = 1
    r = [[a + b for b in range(2)] for a in range(10, 12)]
    return r, a
show('n11 inner reads outer comp var not local', n11())

def n12():
    return [x for x in range(10) if x % 2 if x % 3]
show('n12 chained ifs', n12())

# ---- genexp inside comprehension and vice versa
def g1():
    k = 2
    return [sum(x * k for x in range(n)) for n in range(4)]
show('g1 genexp in comp', g1())

def g2():
    k = 3
    gens = [(x * k + n for x in range(2)) for n in range(3)]
    k = 100
    return [list(g) for g in gens]
show('g2 genexp late binding of n and k', g2())

def g3():
    return list([y for y in range(x)] for x in range(3))
show('g3 comp in genexp', g3())

def g4():
    x = 'outer'
    g = ([x for x in range(2)] for _ in range(1))
    return list(g), x
show('g4 comp in genexp shadow', g4())

# ---- lambdas in comprehensions (late binding, cells)
def c1():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
show('c1 late binding', c1())

def c2():
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]
show('c2 default binding', c2())

def c3():
    fs = [[lambda: (i, j) for j in range(2)] for i in range(2)]
    return [[f() for f in row] for row in fs]
show('c3 nested late binding', c3())

def c4():
    i = 'outer'
    fs = [lambda: i for i in range(3)]
    g = lambda: i
    return [f() for f in fs], g(), i
show('c4 comp cell separate from outer local', c4())

def c5():
    i = 'outer'
    g = lambda: i
    fs = [lambda: i for i in range(3)]
    i = 'changed'
    return [f() for f in fs], g()
show('c5 outer cell vs comp cell', c5())

def c6():
    fs = [lambda: (i, k) for i in range(2)]
    k = 'K'
    return [f() for f in fs]
show('c6 lambda uses later-bound function local', c6())

def c7():
    fs = [(lambda: i) for i in range(2) if (lambda: i)() == 1]
    return [f() for f in fs]
show('c7 lambda in cond', c7())

def c8():
    def make():
        return [lambda: n for n in range(3)]
    a = make()
    b = make()
    return [f() for f in a], [f() for f in b], a[0] is not b[0]
show('c8 repeated calls separate cells', c8())

def c9():
    fs = []
    for rnd in range(2):
        fs.extend([lambda: (i, rnd) for i in range(2)])
    return [f() for f in fs]
show('c9 comp in loop: cells per execution', c9())

def c10():
    r = [(lambda: [i * j for j in range(2)])() for i in range(3)]
    return r
show('c10 comp inside lambda inside comp', c10())

def c11():
    x = 1
    def inner():
        return [x + y for y in range(3)]
    x = 5
    return inner()
show('c11 comp in nested function reads free var', c11())

def c12():
    def inner():
        return [(lambda: x)() for x in range(2)], [x for x in range(2)]
    return inner()
show('c12 cell comp var in nested func', c12())

# ---- generator functions containing comprehensions
def gf1():
    x = 'X'
    for n in range(3):
        got = yield [x * n for x in range(n)]
        yield ('got', got, x)
gen = gf1()
show('gf1 first', next(gen))
show('gf1 send', gen.send('s'))
show('gf1 rest', list(gen))

def gf2():
    r = [(yield_val) for yield_val in range(2)]
    yield r
    yield [v for v in (yield 'need')]
g = gf2()
show('gf2 a', next(g))
show('gf2 b', next(g))
show('gf2 c', g.send([7, 8]))

def gf3():
    try:
        yield [1 // x for x in [1, 0]]
    except ZeroDivisionError as e:
        yield ('caught', str(e))
show('gf3', list(gf3()))

def gf4():
    x = 'keep'
    it = iter(range(3))
    while True:
        r = [x for x in it if x % 2 == 0]
        yield r, x
        if not r:
            return
show('gf4', list(gf4()))

# yield inside comprehension is a SyntaxError
for src in ["def f():\n    return [(yield x) for x in range(2)]",
            "def f():\n    return {(yield x) for x in range(2)}",
            "def f():\n    return [x async for x in y]",
            "async def f():\n    return [await x for x in y]",
            "def f():\n    return [await x for x in y]",
            "async def f():\n    return [(yield x) for x in y]"]:
    try:
        compile(src, 'm', 'exec')
        print('compile ok', repr(src[-25:]))
    except SyntaxError as e:
        print('SyntaxError', e.msg)

# ---- async
async def aval(v):
    await asyncio.sleep(0)
    return v * 10

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

_a1_src = """
async def a1_r5():
    return [[y async for y in agen(x)] for x in range(3)]
"""
try:
    exec(_a1_src)
except SyntaxError as e:
    err('a1_r5 compile', e.msg)
    async def a1_r5():
        return 'compile-failed'

async def a1():
    x = 'outer'
    r1 = [await aval(x) for x in range(3)]
    r2 = [x async for x in agen(3)]
    r3 = {x: await aval(x) async for x in agen(2)}
    r4 = {x async for x in agen(2) if x}
    r5 = await a1_r5()
    r6 = [await aval(y) for x in range(2) async for y in agen(x + 1)]
    return r1, r2, r3, r4, r5, r6, x
show('a1 async comps', asyncio.run(a1()))

async def a2():
    try:
        return [await aval(1 // x) for x in [1, 0]]
    except ZeroDivisionError as e:
        err('a2 inner', e)
    try:
        return [x async for x in 5]
    except TypeError as e:
        err('a2 async for non-aiter', e)
    return 'end'
show('a2', asyncio.run(a2()))

async def a3():
    agen_obj = (x * 2 async for x in agen(3))
    r = [v async for v in agen_obj]
    r2 = [w for w in [await aval(1)]]
    return r, r2
show('a3 async genexp', asyncio.run(a3()))

async def a4():
    x = 'X'
    tasks = [asyncio.create_task(aval(x)) for x in range(3)]
    res = [await t for t in tasks]
    return res, x
show('a4 tasks', asyncio.run(a4()))

async def a5():
    async def inner(n):
        return [await aval(m) for m in range(n)]
    return await asyncio.gather(*[inner(n) for n in range(3)])
show('a5 gather', asyncio.run(a5()))

async def a6():
    r = [(z := await aval(i)) for i in range(3)]
    return r, z
show('a6 walrus await', asyncio.run(a6()))

# ---- methods, super(), __class__
class Base:
    def val(self, k):
        return 'base%d' % k
    @classmethod
    def cval(cls, k):
        return cls.__name__ + str(k)

class Derived(Base):
    def val(self, k):
        return 'derived%d' % k
    def m1(self):
        return [super().val(k) for k in range(2)]
    def m2(self):
        return [__class__.__name__ for _ in range(1)]
    def m3(self):
        return {k: super(Derived, self).val(k) for k in range(1)}
    def m4(self):
        return [[super().val(a + b) for b in range(2)] for a in range(2)]
    def m5(self):
        return [(lambda: super(Derived, self).val(k))() for k in range(2)]
    def m6(self):
        return [self.val(self) for self in range(1)]
    @classmethod
    def c1(cls):
        return [super().cval(k) for k in range(2)]
    def m7(self):
        return list(super().val(k) for k in range(2))

d = Derived()
for name in ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'c1', 'm7']:
    try:
        show('method ' + name, getattr(d, name)())
    except Exception as e:
        err('method ' + name, e)

class Derived2(Base):
    def m(self):
        return [super().val(k) for self in [self] for k in range(1)]
    def m_shadow_self(self):
        return [super().val(0) for self in [1]]
    def m_class_shadow(self):
        r = [__class__ for __class__ in [1, 2]]
        return r, super().val(0), __class__.__name__
    def m_class_read(self):
        return [__class__.__name__ for _ in [0]], [super().val(i) for i in range(2)][-1]
for name in ['m', 'm_shadow_self', 'm_class_shadow', 'm_class_read']:
    try:
        show('Derived2 ' + name, getattr(Derived2(), name)())
    except Exception as e:
        err('Derived2 ' + name, e)

class WithSlots:
    __slots__ = ('a', 'b')
    def __init__(self):
        for n, v in [(n, i) for i, n in enumerate(self.__slots__)]:
            setattr(self, n, v)
    def vals(self):
        return {n: getattr(self, n) for n in __class__.__slots__}
show('slots', WithSlots().vals())

# ---- class bodies
class K1:
    n = 3
    r1 = [i for i in range(n)]
    r2 = [[j for j in range(i)] for i in range(n)]
    try:
        r3 = [n for _ in range(2)]
    except NameError as e:
        r3 = str(e)
    try:
        r4 = [i for i in range(2) if i < n]
    except NameError as e:
        r4 = str(e)
    r5 = {k: v for k, v in zip('ab', range(n))}
    r6 = [f() for f in [lambda: 1]]
    try:
        r7 = [[n for j in range(1)] for i in [1]]
    except NameError as e:
        r7 = str(e)
show('K1', (K1.r1, K1.r2, K1.r3, K1.r4, K1.r5, K1.r6, K1.r7))
show('K1 leaked names', [nm for nm in ('i', 'j', 'k', 'v', 'f', '_') if nm in K1.__dict__])

def kf():
    n = 'func-n'
    class K2:
        n = 'class-n'
        r = [n for _ in range(1)]
        s = [[n for _ in range(1)] for _ in range(1)]
        t = n
    return K2.r, K2.s, K2.t
show('K2 class in func', kf())

def kf2():
    class K3:
        x = 'class-x'
        r = [x for x in range(2)]
        after = x
    return K3.r, K3.after
show('K3 class comp var shadow', kf2())

class K4:
    items = [3, 1, 2]
    srt = sorted(items)
    try:
        pairs = [(a, b) for a in items for b in srt if a < b]
    except NameError as e:
        pairs = str(e)
    pairs2 = [(a, b) for a in items for b in sorted([3, 1, 2]) if a < b]
show('K4', (K4.pairs, K4.pairs2))

class K5:
    def meth(self):
        return [__class__ for _ in [1]][0] is K5
    r = [__name__ for _ in [1]]
    try:
        q = [__qualname__ for _ in [1]]
    except NameError as e:
        q = str(e)
show('K5', (K5().meth(), K5.r, K5.q))

# ---- closures/nonlocal combos
def cl1():
    acc = []
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    r = [add(v) for v in range(4)]
    return r, total
show('cl1', cl1())

def cl2():
    x = 0
    def bump():
        nonlocal x
        x += 1
        return x
    r = [(x, bump()) for _ in range(3)]
    return r, x
show('cl2 comp reads cell updated by closure', cl2())

def cl3():
    r = [(v := i) for i in range(3)]
    def get():
        return v
    return r, get()
show('cl3 walrus target captured later', cl3())

def cl4():
    def get():
        return v
    r = [get() for i in range(3) if (v := i * 10) is not None]
    return r
show('cl4 walrus visible to closure during comp', cl4())

def cl5():
    def outer():
        v = 'o'
        def mid():
            nonlocal v
            r = [(v := i) for i in range(2)]
            return r
        return mid(), v
    return outer()
show('cl5 walrus to nonlocal', cl5())

def cl6():
    x = 1
    def inner():
        return [x for _ in range(1)]
    r1 = inner()
    r2 = [x for x in range(2)]
    x = 2
    return r1, r2, inner()
show('cl6 comp var same name as cell', cl6())

print('done')
