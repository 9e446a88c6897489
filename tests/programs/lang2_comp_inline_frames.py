# Differential tests: frames, locals(), tracebacks, object lifetimes of inlined comprehensions.
import sys
import traceback
import weakref

def show(label, val):
    print(label, '->', val)

def err(label, e):
    print(label, '-> EXC', type(e).__name__, e)

def tb_summary(label, e):
    frames = traceback.extract_tb(e.__traceback__)
    print(label, '-> EXC', type(e).__name__, e)
    for fr in frames:
        print('   frame', fr.name, fr.lineno, repr(fr.line))

def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out

def keys(d):
    return sorted(k for k in d if not k.startswith('.'))

# ---- locals()
def l1(p):
    a = 1
    before = keys(locals())
    inside = [keys(locals()) for x in range(1)]
    after = keys(locals())
    return before, inside, after
show('l1 locals before/inside/after', l1(0))

def l2():
    a = 1
    inside = [[keys(locals()) for y in 'b'] for x in 'a']
    return inside
show('l2 nested locals', l2())

def l3():
    x = 'outer'
    inside = [locals()['x'] for x in range(2)]
    return inside, locals()['x']
show('l3 locals shadowed value', l3())

def l4():
    inside = [sorted(locals().items()) for x in range(2) for y in 'ab' if y == 'b']
    return inside
show('l4 locals items', l4())

def l5():
    a = 5
    inside = [sorted(vars()) for x in [1]]
    inside2 = [sorted(dir()) for x in [1]]
    return inside, inside2, sorted(dir())
show('l5 vars/dir', l5())

def l6():
    a = 1
    cell_user = lambda: a
    inside = [keys(locals()) for x in range(1)]
    inside2 = [keys(locals()) for a in range(1)]
    return inside, inside2
show('l6 locals with cells', l6())

def l7():
    r = {k: keys(locals()) for k in 'a'}
    s = [keys(locals()) for _ in [1] if (w := 3)]
    return r, s, keys(locals())
show('l7 dict comp & walrus locals', l7())

def l8():
    loc = locals()
    r = [x for x in range(3)]
    loc2 = locals()
    return keys(loc), keys(loc2), loc is loc2
show('l8 locals snapshot', l8())

def l9():
    a = 1
    g = list((keys(locals()) for x in range(1)))
    return g
show('l9 genexp locals (not inlined)', l9())

def l10():
    a = 1
    inside = [(lambda: keys(locals()))() for x in range(1)]
    return inside
show('l10 lambda in comp locals', l10())

def l11():
    a = 1
    ds = [locals() for x in range(2)]
    same = ds[0] is ds[1]
    snap = (sorted(ds[0]), ds[0].get('x'))
    l = locals()
    return same, snap, l is ds[0], sorted(l)
show('l11 locals identity/refresh', l11())

def l12():
    y = 1
    return [[sorted(locals()) for z in [1]] for x in [1] if (q := 1)]
show('l12 nested+walrus locals', l12())

def l13():
    x = 5
    fx = lambda: x
    return [(x, locals()['x'], sorted(locals())) for x in range(2)], locals()['x']
show('l13 cell shadow locals', l13())

def l14():
    fs = [lambda: x for x in range(2)]
    return [sorted(locals()) for y in [1]], sorted(locals())
show('l14 comp cell var gone after', l14())

def l15():
    try:
        try:
            [1 // 0 for x in [1]]
        finally:
            print('l15 finally locals', keys(locals()))
    except ZeroDivisionError:
        print('l15 except locals', keys(locals()))
    return keys(locals())
show('l15 locals after exc', l15())

def l16(n):
    if n:
        r = [x for x in range(2)]
    return keys(locals()), [keys(locals()) for x in [1]]
show('l16 branch not taken', l16(0))
show('l16 branch taken', l16(1))

# ---- sys._getframe
def who():
    f = sys._getframe(1)
    return f.f_code.co_name

def whoslocals():
    f = sys._getframe(1)
    return keys(f.f_locals)

def whovals(name):
    f = sys._getframe(1)
    return f.f_locals.get(name, '<missing>')

def fr1():
    a = 1
    names = [who() for _ in range(2)]
    direct = [sys._getframe().f_code.co_name for _ in range(1)]
    locs = [whoslocals() for q in range(1)]
    vals = [whovals('q') for q in range(3)]
    back = [sys._getframe(1).f_code.co_name for _ in [0]]
    return names, direct, locs, vals, back, whoslocals()
show('fr1 frames', fr1())

def fr2():
    out = []
    def rec(depth):
        f = sys._getframe()
        chain = []
        while f is not None and len(chain) < 4:
            chain.append(f.f_code.co_name)
            f = f.f_back
        return chain
    out = [rec(0) for _ in [1]]
    return out
show('fr2 frame chain', fr2())

def fr3():
    x = 'outer'
    return [sys._getframe().f_locals['x'] for x in 'ab'], sys._getframe().f_locals['x']
show('fr3 f_locals shadowed', fr3())

def fr4():
    lines = [sys._getframe().f_lineno
             for _ in [1]]
    base = sys._getframe().f_code.co_firstlineno
    return [l - base for l in lines]
show('fr4 lineno relative', fr4())

def fr5():
    yield [who() for _ in range(1)]
    yield [sys._getframe().f_code.co_name for _ in range(1)]
show('fr5 generator', list(fr5()))

r_mod = [sys._getframe().f_code.co_name for _ in [1]]
show('fr6 module level co_name', r_mod)

class KF:
    r = [sys._getframe().f_code.co_name for _ in [1]]
show('fr7 class level co_name', KF.r)

def fr8():
    g = [sys._getframe().f_code.co_name for _ in [1]]
    ge = list(sys._getframe().f_code.co_name for _ in [1])
    return g, ge
show('fr8 listcomp vs genexp', fr8())

def fr9():
    return [who() for _ in range(1)][0], {who() for _ in [1]}, {k: who() for k in [1]}
show('fr9 all comp kinds', fr9())

# ---- tracebacks
def te1():
    return [1 // x for x in [2, 1, 0]]
try:
    te1()
except ZeroDivisionError as e:
    tb_summary('te1 element', e)
    show('te1 names', tb_names(e))

def te2():
    return [x for x in [3, 0, 1] if 10 // x]
try:
    te2()
except ZeroDivisionError as e:
    tb_summary('te2 condition', e)

def te3():
    return [x for x in 5]
try:
    te3()
except TypeError as e:
    tb_summary('te3 first iterable', e)

def te4():
    return [y for x in [[1], 2] for y in x]
try:
    te4()
except TypeError as e:
    tb_summary('te4 later iterable', e)

def bad_iter():
    yield 1
    raise ValueError('from iterator')

def te5():
    return [x for x in bad_iter()]
try:
    te5()
except ValueError as e:
    tb_summary('te5 iterator raising', e)

def te6():
    return [a for a, b in [(1, 2), (3,)]]
try:
    te6()
except ValueError as e:
    tb_summary('te6 unpack', e)

def te7():
    return {k: 1 // v for k, v in {'a': 1, 'b': 0}.items()}
try:
    te7()
except ZeroDivisionError as e:
    tb_summary('te7 dict comp', e)

def te8():
    return {[x] for x in range(2)}
try:
    te8()
except TypeError as e:
    tb_summary('te8 set unhashable', e)

def te8b():
    return {[x]: 1 for x in range(2)}
try:
    te8b()
except TypeError as e:
    tb_summary('te8b dict key unhashable', e)

def helper_raise(v):
    if v == 2:
        raise KeyError(v)
    return v

def te9():
    return [[helper_raise(a + b) for b in range(2)] for a in range(3)]
try:
    te9()
except KeyError as e:
    tb_summary('te9 nested via helper', e)

def te10():
    return [x for x in undefined_name_zzz]
try:
    te10()
except NameError as e:
    tb_summary('te10 iterable NameError', e)

def te11():
    it = iter([])
    return [next(it) for _ in range(2)]
try:
    te11()
except StopIteration as e:
    tb_summary('te11 StopIteration from listcomp', e)

def te12():
    it = iter([])
    return list(next(it) for _ in range(2))
try:
    te12()
except RuntimeError as e:
    tb_summary('te12 genexp StopIteration', e)
    show('te12 cause', type(e.__cause__).__name__)

def te13():
    it = iter([])
    yield [next(it) for _ in range(2)]
try:
    list(te13())
except RuntimeError as e:
    err('te13 generator StopIteration', e)
    show('te13 cause', type(e.__cause__).__name__)

def te14():
    try:
        [1 // 0 for _ in [1]]
    except ZeroDivisionError:
        return traceback.format_exc().splitlines()[-1], len(traceback.extract_tb(sys.exc_info()[2]))
show('te14 format_exc last', te14())

def te15():
    try:
        [1 // 0 for _ in [1]]
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
try:
    te15()
except ValueError as e:
    tb_summary('te15 chained', e)
    tb_summary('te15 cause', e.__cause__)

def te16():
    try:
        [x for x in [1]]
        raise IndexError('plain')
    except IndexError as e:
        return tb_names(e)
show('te16 no comp frames', te16())

def te17():
    # exception context inside comp
    try:
        raise KeyError('ctx')
    except KeyError:
        try:
            [1 // 0 for _ in [1]]
        except ZeroDivisionError as e:
            return type(e.__context__).__name__
show('te17 context', te17())

def te18():
    data = [1, 2,
            0, 4]
    return [
        100 // d
        for d in data
    ]
try:
    te18()
except ZeroDivisionError as e:
    tb_summary('te18 multiline', e)

import os
def fmt_exc():
    s = traceback.format_exc()
    return s.replace(os.path.abspath(__file__), 'FILE').replace('/' + os.path.basename(__file__), 'FILE')

def tf1(y):
    return [10 // v for v in y]
def tf2():
    return [[tf1(b) for b in a] for a in [[[1]], [[0]]]]
try:
    tf2()
except ZeroDivisionError:
    print(fmt_exc())
def tf3():
    return [x for y in [1] for x in x]
try:
    tf3()
except Exception:
    print(fmt_exc())
def tf4():
    return {k: v for k, v in [(1, 2), (3,)]}
try:
    tf4()
except Exception:
    print(fmt_exc())
def tf5():
    return [x for x in [1, 2] if x.missing_attr]
try:
    tf5()
except Exception:
    print(fmt_exc())

# ---- lifetimes
class D:
    def __init__(self, n):
        self.n = n
        print('  init', n)
    def __del__(self):
        print('  del', self.n)
    def __repr__(self):
        return 'D(%d)' % self.n

def gen_d(k):
    for i in range(k):
        yield D(i)

def lt1():
    print(' lt1 start')
    r = [d.n for d in gen_d(3)]
    print(' lt1 after comp', r)
lt1()
print('lt1 returned')

def lt2():
    print(' lt2 start')
    try:
        r = [10 // (d.n - 1) for d in gen_d(3)]
    except ZeroDivisionError as e:
        print(' lt2 caught', type(e).__name__)
        del e
    print(' lt2 after except')
lt2()
print('lt2 returned')

def lt3():
    print(' lt3 start')
    d = D(100)
    r = [d.n for d in gen_d(2)]
    print(' lt3 after comp, d =', d)
    del d
    print(' lt3 after del')
lt3()

def lt4():
    print(' lt4 start')
    r = [d for d in gen_d(1)]
    print(' lt4 kept', r)
    r = None
    print(' lt4 after release')
lt4()

def lt5():
    print(' lt5 start')
    obj = D(7)
    w = weakref.ref(obj)
    r = [o.n for o in [obj]]
    del obj
    print(' lt5 alive after del?', w() is not None)
lt5()

def lt6():
    print(' lt6 start')
    r = [(lambda: d.n) for d in gen_d(2)]
    print(' lt6 after comp', [f() for f in r])
    r = None
    print(' lt6 after release')
lt6()

def lt7():
    print(' lt7 start')
    r = {d.n: 0 for d in gen_d(2)}
    s = {d.n for d in gen_d(1)}
    print(' lt7 after comps', r, s)
lt7()

def lt8():
    print(' lt8 start')
    r = [[e.n for e in gen_d(1)] for d in gen_d(2)]
    print(' lt8 after nested', r)
lt8()

# ---- recursion & reentrancy
def rec_sum(tree):
    if isinstance(tree, int):
        return tree
    return sum([rec_sum(t) for t in tree])
show('rc1 recursive', rec_sum([1, [2, [3, 4]], [[5]], 6]))

def rec_flat(tree, depth=0):
    if isinstance(tree, int):
        return [(tree, depth)]
    return [p for t in tree for p in rec_flat(t, depth + 1)]
show('rc2 recursive flat', rec_flat([1, [2, [3]], 4]))

def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
show('rc3 perms', perms('abc'))

def reent(n, cb):
    x = 'X%d' % n
    r = [(x, cb(n)) for x in range(2)]
    return r, x
def callback(n):
    if n > 0:
        return reent(n - 1, callback)
    return 'leaf'
show('rc4 reentrant', reent(2, callback))

def rc5():
    calls = []
    def again(v):
        if v < 2:
            return [again(v + 1) for _ in range(2)]
        calls.append(v)
        return v
    return again(0), len(calls)
show('rc5 reentrant closure', rc5())

def rc6(n):
    try:
        return [rc6(n + 1) for _ in [1]]
    except RecursionError:
        return 'recursion-limit'
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
res = rc6(0)
sys.setrecursionlimit(old)
depth = 0
while isinstance(res, list):
    res = res[0]
    depth += 1
show('rc6 recursion error caught', (res, depth > 50))

# ---- sizes / empties / exhaustion / mutation
def sz1():
    big = [i * 2 for i in range(200000)]
    bigs = {i % 1000 for i in range(200000)}
    bigd = {i: i for i in range(100000)}
    return len(big), sum(big), len(bigs), len(bigd), bigd[99999]
show('sz1 huge', sz1())

def sz2():
    x = 'keep'
    r = [x for x in []]
    s = {x for x in ()}
    d = {x: x for x in ''}
    return r, s, d, x
show('sz2 empty', sz2())

def sz3():
    r = [y for y in []]
    try:
        return r, y
    except NameError as e:
        return r, type(e).__name__
show('sz3 empty unbound', sz3())

def sz4():
    it = iter([1, 2, 3])
    first = [v for v in it]
    second = [v for v in it]
    it2 = iter('ab')
    pairs = [(a, b) for a in range(3) for b in it2]
    return first, second, pairs
show('sz4 exhausted iterators', sz4())

def sz5():
    d = {1: 'a', 2: 'b'}
    try:
        [d.__setitem__(k + 10, v) for k, v in d.items()]
    except RuntimeError as e:
        err('sz5 dict items mutate', e)
    d = {1: 'a', 2: 'b'}
    try:
        [d.pop(k) for k in d]
    except RuntimeError as e:
        err('sz5 dict pop', e)
    d = {1: 'a', 2: 'b'}
    try:
        [(d.pop(k), d.__setitem__(k + 100, 0)) for k in d]
    except RuntimeError as e:
        err('sz5 dict keys changed', e)
    s = {1, 2}
    try:
        [s.add(k + 10) for k in s]
    except RuntimeError as e:
        err('sz5 set mutate', e)
    lst = [1, 2]
    r = [lst.append(v + 10) or v for v in lst if len(lst) < 6]
    return r, lst
show('sz5', sz5())

def sz6():
    d = {'a': 1}
    r = [d.__setitem__(k, v + 1) for k, v in d.items()]
    return r, d
show('sz6 dict value mutate ok', sz6())

print('done')
