# Differential tests: inlined comprehensions inside various statement/expression contexts
# (pending operands, loops, with, except handlers, match, eval/exec, many/deep comprehensions).
import sys

def show(label, val):
    print(label, '->', val)

def err(label, e):
    print(label, '-> EXC', type(e).__name__, e)

# ---- pending values on the evaluation stack
def s1(y):
    a = 'A' + str([x for x in y]) + 'B'
    b = (1, [x * 2 for x in y], {x for x in y}, 4)
    c = {'k': [x for x in y], **{str(x): x for x in y}}
    d = max(0, *[x for x in y], key=lambda v: -v if v else 0)
    e = y[[i for i in range(1)][0]:[i for i in range(3)][-1]]
    f = f"{[x for x in y]}-{ {x: 1 for x in y} }"
    g = 0 < len([x for x in y]) <= 3 < sum(x for x in range(5))
    h = [x for x in y] if [z for z in y if z > 100] else ['empty']
    i_ = [] or [x for x in y] and [x + 1 for x in y]
    return a, b, c, d, e, f, g, h, i_
show('s1 stack contexts', s1([1, 2, 3]))

def s2():
    lst = [[0], [0]]
    lst[[i for i in range(1)][0]] += [x for x in range(2)]
    obj = type('O', (), {})()
    obj.v = [x for x in 'ab']
    obj.v += [x.upper() for x in obj.v]
    return lst, obj.v
show('s2 augassign', s2())

def s3(y):
    out = []
    for i in range(3):
        try:
            out.append([10 // (x - i) for x in y])
        except ZeroDivisionError as e:
            out.append(('zde', i))
            continue
        out.append('after')
    return out
show('s3 loop + exc in comp', s3([1, 2]))

def s4():
    out = []
    for i in [x for x in range(3)]:
        for j in [y for y in range(i)]:
            if [j for j in range(1)] and j == 1:
                break
            out.append((i, j))
    return out, i, j
show('s4 loops over comps', s4())

def s5():
    out = []
    it = iter(range(5))
    for v in it:
        out.append([w for w in it if w < v + 3])
    return out
show('s5 comp consumes loop iterator', s5())

def s6():
    def f(*args, **kw):
        return args, sorted(kw.items())
    try:
        f(1, 2, [1 // 0 for _ in [1]])
    except ZeroDivisionError as e:
        err('s6 in call args', e)
    try:
        x = {'a': 1, 'b': [1 // 0 for _ in [1]]}
    except ZeroDivisionError as e:
        err('s6 in dict display', e)
    try:
        y = 'p' + str([int(c) for c in '12x'])
    except ValueError as e:
        err('s6 in binop', e)
    return f(*[i for i in range(2)], **{k: v for k, v in [('z', 1)]})
show('s6', s6())

def s7():
    res = []
    while len(res) < 3:
        res.append([len(res) for _ in range(len(res))])
    return res
show('s7 while', s7())

# ---- with / try / except / finally contexts
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('  enter', self.name)
        return [1, 2]
    def __exit__(self, t, v, tb):
        print('  exit', self.name, t.__name__ if t else None)
        return False

def w1():
    with CM('a') as a, CM('b') as b:
        r = [x + y for x in a for y in b]
    return r
show('w1 with', w1())

def w2():
    try:
        with CM('c') as c:
            r = [1 // (x - 2) for x in c]
    except ZeroDivisionError as e:
        err('w2 caught', e)
    return 'ok'
show('w2 with exc', w2())

def w3():
    try:
        raise KeyError('orig')
    except KeyError as e:
        inside = [sys.exc_info()[0].__name__ for _ in range(1)]
        names = [type(e).__name__ for e in [ValueError(), TypeError()]]
        still = repr(e)
        try:
            [1 // 0 for _ in [1]]
        except ZeroDivisionError as z:
            ctx = type(z.__context__).__name__
        after = sys.exc_info()[0].__name__
    return inside, names, still, ctx, after, sys.exc_info()[0]
show('w3 in except handler', w3())

def w4():
    x = 'X'
    try:
        return [x for x in range(2)]
    finally:
        print('  w4 finally sees x =', x, [x for x in 'z'])
show('w4 finally', w4())

def w5():
    try:
        try:
            [1 // 0 for _ in [1]]
        finally:
            print('  w5 inner finally', [v for v in range(2)])
    except ZeroDivisionError as e:
        err('w5 outer', e)
    return 'done'
show('w5 finally during exc', w5())

def w6():
    for i in range(3):
        try:
            if i == 1:
                continue
            r = [i * x for x in range(2)]
        finally:
            print('  w6 finally', i, [q for q in range(i)])
    return r
show('w6 continue through finally', w6())

def w7():
    try:
        raise ValueError('v')
    except* ValueError as eg:
        r = [type(e).__name__ for e in eg.exceptions]
    return r
show('w7 except*', w7())

# ---- match statement
def m1(v):
    match v:
        case [x, *rest] if [y for y in rest if y > x]:
            return 'bigger', x, [y for y in rest if y > x]
        case {'k': k} if {k2 for k2 in [k]}:
            return 'dict', [k for k in range(k)], k
        case x:
            return 'other', [x for x in range(2)], x
show('m1 a', m1([1, 0, 3]))
show('m1 b', m1({'k': 3}))
show('m1 c', m1(7))

# ---- eval / exec inside comprehensions
def e1():
    y = 'fy'
    r1 = [eval('x') for x in range(2)]
    try:
        r2 = [eval('y') for x in range(2)]
    except NameError as e:
        r2 = ('NameError', str(e))
    r3 = [eval('x + z', None, {'z': 10}) for x in range(2)] if False else None
    try:
        r4 = [eval('[x + w for w in range(2)]') for x in range(2)]
    except NameError as e:
        r4 = ('NameError', str(e))
    return r1, r2, r4
show('e1 eval in comp', e1())

def e2():
    x = 'outer'
    ns = [exec('q = x', globals(), loc) or loc['q'] for x in range(2) for loc in [{'x': 'L'}]]
    return ns, x
show('e2 exec in comp', e2())

def e3():
    return [eval('lambda: v')() for v in range(3)]
try:
    show('e3 eval lambda', e3())
except NameError as e:
    err('e3 eval lambda', e)

# ---- lambdas containing comprehensions
l1 = lambda n: [i * n for i in range(n)]
show('lam1', l1(3))
l2 = lambda n: ([(w := i) for i in range(n)], w)
show('lam2 walrus in lambda comp', l2(3))
l3 = lambda i: ([i for i in range(i)], i)
show('lam3 param shadow', l3(3))
l4 = lambda: [sys._getframe().f_code.co_name for _ in [0]]
show('lam4 co_name', l4())

# ---- parameters in first iterable / star names
def p1(n, *args, **kwargs):
    a = [n for n in range(n)]
    b = [args for args in args]
    c = {kwargs: 1 for kwargs in kwargs}
    return a, b, sorted(c), n, args, sorted(kwargs)
show('p1 params', p1(3, 'x', 'y', k=1, j=2))

def p2(self, cls=None):
    return [self for self in range(2)], self, [cls for cls in 'ab'], cls
show('p2 self/cls names', p2('S'))

# ---- del of a name only bound in comp
def d1():
    r = [x for x in [1]]
    try:
        del x
    except NameError as e:
        err('d1 del comp var after', e)
    return r
try:
    show('d1', d1())
except SyntaxError as e:
    err('d1 syntax', e)

def d2():
    x = 1
    r = [x for x in [5]]
    del x
    try:
        x
    except NameError as e:
        err('d2 read after del', e)
    return r
show('d2', d2())

def d3():
    nonlocal_holder = []
    def inner():
        r = [z for z in range(2)]
        return r
    z = 'fz'
    return inner(), z
show('d3', d3())

def d4():
    v = 'outer'
    def outer_reader():
        return v
    def mutate():
        nonlocal v
        return [v for v in range(3)], v
    return mutate(), outer_reader()
show('d4 comp var same as nonlocal name', d4())

# ---- many comprehensions / deep nesting generated
def build_many(n):
    lines = ['def many():', '    out = 0']
    for i in range(n):
        lines.append('    out += sum([v%d * %d for v%d in range(3)])' % (i, i, i))
    lines.append('    return out, sorted(k for k in locals())')
    ns = {}
    exec('\n'.join(lines), ns)
    return ns['many']()
show('gen many comps', build_many(300))

def build_deep(depth):
    expr = 'v%d' % (depth - 1)
    for i in reversed(range(depth)):
        it = 'range(2)' if i == 0 else '[v%d, v%d + 1]' % (i - 1, i - 1)
        expr = '[%s for v%d in %s]' % (expr, i, it)
    src = 'def deep():\n    return %s\n' % expr
    ns = {}
    exec(src, ns)
    r = ns['deep']()
    count = 0
    def walk(o):
        nonlocal count
        if isinstance(o, list):
            total = 0
            for e in o:
                total += walk(e)
            return total
        count += 1
        return o
    s = walk(r)
    return count, s
show('gen deep comps', build_deep(12))

def build_vars(n):
    # one comprehension with many for-clauses, many distinct variables
    fors = ' '.join('for a%d in [%d]' % (i, i) for i in range(n))
    elt = '+'.join('a%d' % i for i in range(n))
    src = 'def fv():\n    a0 = "keep"\n    return [%s %s], a0\n' % (elt, fors)
    ns = {}
    exec(src, ns)
    return ns['fv']()
show('gen many for clauses', build_vars(100))

# ---- comprehension in default args / decorators / class-level executed once
calls = []
def deco(tags):
    def wrap(fn):
        fn.tags = tags
        return fn
    return wrap

@deco([t.upper() for t in 'ab'])
def decorated(a=[i for i in range(2)], *, b={k: k for k in 'z'}):
    return a, b
show('dec', (decorated.tags, decorated()))

# ---- sibling comprehensions reuse names, interleaved with outer name
def sib():
    out = []
    x = 0
    out.append([x for x in range(2)])
    out.append(x)
    x = 1
    out.append({x: x for x in 'a'})
    out.append(x)
    out.append([[x for x in range(x)] for x in range(3)])
    out.append(x)
    out.append(sum([x for x in range(10)]) + x)
    return out
show('sib', sib())

# ---- comprehension with side-effect on outer var of the same name via closure
def side():
    x = 'outer'
    def setx(v):
        nonlocal x
        x = v
        return v
    r = [setx(x * 2) for x in range(3)]
    return r, x
show('side closure assigns outer x during comp', side())

def side2():
    x = 'outer'
    def getx():
        return x
    r = [getx() for x in range(3)]
    return r
show('side2 closure reads outer x during comp', side2())

print('done')
