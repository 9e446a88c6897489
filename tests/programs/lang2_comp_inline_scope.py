# Differential tests: scoping semantics of inlined comprehensions (PEP 709) in functions.
import sys

def show(label, val):
    print(label, '->', val)

def err(label, e):
    print(label, '-> EXC', type(e).__name__, e)

# --- 1. iteration variable shadows a local
def t1():
    x = 'outer'
    r = [x for x in range(3)]
    return r, x
show('t1 local shadow', t1())

# --- 2. shadows a parameter
def t2(x, y=5):
    r = [x * y for x in range(3)]
    s = {x for x in 'ab'}
    d = {x: y for x, y in [(1, 2)]}
    return r, sorted(s), d, x, y
show('t2 param shadow', t2('P'))

# --- 3. shadows a global
g = 'global-g'
def t3():
    r = [g for g in range(2)]
    return r, g
show('t3 global shadow', t3())
show('t3 global after', g)

def t3b():
    global g
    r = [g for g in range(2)]
    g2 = g
    g = 'changed'
    return r, g2
show('t3b declared global', t3b())
show('t3b g now', g)
g = 'global-g'

# --- 4. shadows a cell variable
def t4():
    x = 'cell'
    f = lambda: x
    r = [x for x in range(3)]
    return r, x, f()
show('t4 cell shadow', t4())

def t4b():
    x = 'cell'
    def f():
        return x
    r = [f() for x in range(2)]
    return r, x
show('t4b cell read via closure during comp', t4b())

def t4c():
    x = 'cell'
    r = [(lambda: x)() for x in range(3)]
    return r, x
show('t4c comp var captured by lambda', t4c())

def t4d():
    fs = [lambda: x for x in range(3)]
    x = 'later'
    return [f() for f in fs], x
show('t4d late binding with outer x', t4d())

def t4e():
    x = 10
    fs = [lambda: x for x in range(3)]
    return [f() for f in fs], x
show('t4e late binding comp cell vs outer local', t4e())

def t4f():
    x = 10
    fs = [lambda x=x: x for x in range(3)]
    return [f() for f in fs], x
show('t4f default-arg binding', t4f())

# --- 5. outer value unchanged after an exception inside the comprehension
def t5():
    x = 'keep'
    try:
        r = [1 // (x - 2) for x in range(5)]
    except ZeroDivisionError as e:
        err('t5 inner', e)
    return x
show('t5 after exc', t5())

def t5b():
    x = 'keep'
    f = lambda: x
    try:
        [1 // (x - 2) for x in range(5)]
    except ZeroDivisionError as e:
        err('t5b inner', e)
    return x, f()
show('t5b after exc cell', t5b())

def t5c():
    try:
        [1 // (x - 1) for x in range(5)]
    except ZeroDivisionError as e:
        err('t5c inner', e)
    try:
        return x
    except NameError as e:
        err('t5c read x', e)
        return type(e).__name__
show('t5c unbound after exc', t5c())

# --- 6. [x for x in x]
def t6(x):
    return [x * 2 for x in x], x
show('t6 x in x', t6([1, 2, 3]))

def t6b():
    x = 'abc'
    r = [x for x in x for x in x * 2]
    return r, x
show('t6b x in x twice', t6b())

def t6c():
    x = [[1, 2], [3]]
    return [x for x in x for x in x], x
show('t6c nested x in x', t6c())

# --- 7. unbound before, unbound after
def t7():
    r = [y for y in range(3)]
    try:
        print(y)
    except UnboundLocalError as e:
        err('t7 unbound local', e)
    except NameError as e:
        err('t7 name', e)
    y = 5
    return r, y
show('t7', t7())

def t7b():
    r = [z for z in range(3)]
    try:
        print(z)
    except NameError as e:
        err('t7b', e)
    return r
show('t7b global-ish name', t7b())

def t7c():
    try:
        r = [q for w in range(2)]
    except NameError as e:
        err('t7c free name in elt', e)
    try:
        r = [q for q in range(2) if q2]
    except NameError as e:
        err('t7c free name in cond', e)
    q2 = 1
    return 'done'
show('t7c', t7c())

def t7d():
    if False:
        w = 1
    try:
        r = [w for _ in range(2)]
    except NameError as e:
        err('t7d local unbound in elt', e)
    return 'done'
show('t7d', t7d())

def t7e():
    if False:
        w = 1
    f = lambda: w
    try:
        r = [w for _ in range(2)]
    except NameError as e:
        err('t7e cell unbound in elt', e)
    try:
        f()
    except NameError as e:
        err('t7e cell unbound via lambda', e)
    return 'done'
show('t7e', t7e())

# --- 8. later for referencing iteration var before bound
def t8():
    try:
        r = [x for y in [1] for x in x]
        return r
    except Exception as e:
        err('t8 later-for unbound', e)
show('t8', t8())

def t8b():
    x = [7, 8]
    try:
        r = [x for y in [1] for x in x]
    except Exception as e:
        err('t8b inner', e)
        r = None
    return r, x
show('t8b later-for with outer x', t8b())

def t8c():
    try:
        r = [(y, x) for y in [1] if x for x in [1]]
        return r
    except Exception as e:
        err('t8c cond before bound', e)
show('t8c', t8c())

def t8d(x):
    try:
        return [x for y in [1] for x in x]
    except Exception as e:
        err('t8d param later-for', e)
show('t8d', t8d([4, 5]))

def t8e():
    try:
        return [x for x in x]
    except Exception as e:
        err('t8e x in x unbound', e)
    x = 1
show('t8e', t8e())

def t8f():
    try:
        return [x for x in x]
    except Exception as e:
        err('t8f x in x unbound global-ish', e)
show('t8f', t8f())

x = [100, 200]
def t8g():
    return [x + 1 for x in x]
show('t8g x in x global', t8g())
def t8h():
    try:
        return [x for y in [1] for x in x]
    except Exception as e:
        err('t8h later-for global x', e)
show('t8h', t8h())
del x

# --- 9. walrus
def t9():
    r = [last := v for v in range(4)]
    return r, last
show('t9 walrus', t9())

def t9b():
    total = 0
    r = [total := total + v for v in range(5)]
    return r, total
show('t9b running total', t9b())

def t9c():
    r = [[(w := a * b) for b in range(3)] for a in range(3)]
    return r, w
show('t9c nested walrus', t9c())

def t9d():
    w = 'init'
    get = lambda: w
    r = [w := v for v in 'xyz']
    return r, w, get()
show('t9d walrus cell', t9d())

def t9e():
    def inner():
        return w
    r = [get for v in range(3) if (w := v) >= 1 for get in [inner()]]
    return r, w, inner()
show('t9e walrus cell seen by closure during comp', t9e())

def t9f():
    seen = []
    r = [y for v in range(6) if (y := v * v) % 2 == 0 if seen.append(y) is None]
    return r, y, seen
show('t9f walrus in cond', t9f())

def t9g():
    try:
        r = [(m := 1 // (2 - v)) for v in range(5)]
    except ZeroDivisionError as e:
        err('t9g', e)
    return m
show('t9g walrus value survives exc', t9g())

def t9h():
    r = {k: (kk := k * 2) for k in range(3)}
    s = {(ss := c) for c in 'q'}
    return r, kk, s, ss
show('t9h walrus dict/set', t9h())

def t9i():
    r = [[(a, b) for b in range(2) if (flag := a + b) > 0] for a in range(2)]
    return r, flag
show('t9i walrus inner cond', t9i())

# --- 10. nonlocal / global in comprehension
def t10():
    n = 0
    def inc():
        nonlocal n
        r = [n := n + i for i in range(4)]
        return r
    r = inc()
    return r, n
show('t10 walrus nonlocal', t10())

def t10b():
    n = 3
    def inner():
        nonlocal n
        r = [n * i for i in range(3)]
        n = 100
        return r
    return inner(), n
show('t10b nonlocal read', t10b())

G = 0
_src10c = """
def t10c():
    global G
    r = [G := G + i for i in range(4)]
    return r, G
"""
try:
    exec(_src10c)
    show('t10c walrus global', t10c())
except SyntaxError as e:
    err('t10c compile', e.msg)
show('t10c G', G)

def t10d():
    r = [i * G for i in range(3)]
    return r
show('t10d read global', t10d())

# --- 11. unbound local read inside comp where outer var assigned later
def t11():
    try:
        r = [v + later for v in range(2)]
    except UnboundLocalError as e:
        err('t11', e)
    except NameError as e:
        err('t11 NameError', e)
    later = 1
    return [v + later for v in range(2)]
show('t11', t11())

# --- 12. comprehension variables in for loop targets, complex targets
def t12():
    a, b = 'A', 'B'
    r = [(a, b) for a, b in [(1, 2), (3, 4)]]
    s = [a for (a, *b) in ['xyz', 'pq']]
    return r, s, a, b
show('t12 unpack targets', t12())

def t12b():
    class O: pass
    o = O()
    o.v = 'orig'
    d = {}
    r = [o.v for o.v in range(3)]
    r2 = [d['k'] for d['k'] in 'ab']
    return r, o.v, r2, d
show('t12b attr/subscript targets', t12b())

def t12c():
    lst = [0, 0, 0]
    r = [i for i, lst[i] in enumerate('abc')]
    return r, lst
show('t12c subscript target uses outer', t12c())

def t12d():
    try:
        return [a for a, b in [(1, 2), (1, 2, 3)]]
    except ValueError as e:
        err('t12d too many', e)
    try:
        return [a for a, b in [(1,)]]
    except ValueError as e:
        err('t12d not enough', e)
    try:
        return [a for a, b in [5]]
    except TypeError as e:
        err('t12d not iterable', e)
    try:
        return [a for a, *b, c in [(1,)]]
    except ValueError as e:
        err('t12d star not enough', e)
show('t12d', t12d())

# --- 13. del of outer var then comprehension
def t13():
    x = 1
    del x
    r = [x for x in range(2)]
    try:
        x
    except UnboundLocalError as e:
        err('t13 after del', e)
    return r
show('t13', t13())

# --- 14. comprehension in a loop, repeated
def t14():
    out = []
    x = 'X'
    for i in range(3):
        out.append([x for x in range(i)])
        out.append(x)
    return out
show('t14 loop', t14())

# --- 15. dict comp key/value evaluation order
def t15():
    log = []
    def k(v):
        log.append(('k', v)); return v
    def val(v):
        log.append(('v', v)); return v * 10
    d = {k(i): val(i) for i in range(2)}
    return d, log
show('t15 dict order', t15())

def t15b():
    d = {i % 2: i for i in range(5)}
    return d
show('t15b dup keys', t15b())

# --- 16. class body comprehension
class C16:
    a = 10
    items = [1, 2]
    r1 = [i for i in items]
    try:
        r2 = [i + a for i in items]
    except NameError as e:
        r2 = ('NameError', str(e))
    r3 = [i for i in range(a)]
    try:
        r4 = [j for i in items for j in items]
    except NameError as e:
        r4 = ('NameError', str(e))
    x = 'classx'
    r5 = [x for x in 'ab']
    r6 = x
    r7 = {i: a for i in range(1)} if False else None
show('t16 class r1', C16.r1)
show('t16 class r2', C16.r2)
show('t16 class r3', C16.r3)
show('t16 class r4', C16.r4)
show('t16 class r5 r6', (C16.r5, C16.r6))
show('t16 class has i', hasattr(C16, 'i'))

def t16b():
    y = 'fn'
    class K:
        y = 'cls'
        r = [y for _ in range(2)]
    return K.r
show('t16b class comp sees enclosing function not class', t16b())

def t16c():
    class K:
        try:
            exec("r = [(w := q) for q in range(2)]")
        except SyntaxError as e:
            r = ('SyntaxError', e.msg)
    return K.r
show('t16c', t16c())

# --- 17. comprehension inside comprehension var names collide with function locals
def t17():
    i = 'I'
    j = 'J'
    r = [[i * j for j in range(3)] for i in range(3)]
    return r, i, j
show('t17', t17())

# --- 18. comprehension binding a name that is also used as a global in another function
def t18():
    len = lambda v: 'fake'
    r = [len(v) for v in ['aa']]
    s = [len for len in range(2)]
    return r, s, len('zz')
show('t18 builtin shadow', t18())

def t18b():
    r = [len for len in range(2)]
    return r, len('abc')
show('t18b builtin name as comp var', t18b())

# --- 19. generator expression not inlined: scope checks
def t19():
    x = 'X'
    g = (x for x in range(3))
    r = list(g)
    return r, x
show('t19 genexp', t19())

def t19b():
    g = (y for y in range(3))
    try:
        y
    except NameError as e:
        err('t19b', e)
    y = 1
    return list(g)
show('t19b', t19b())

# --- 20. names: del inside comprehension not possible, but walrus to comp var is SyntaxError
for src in ["def f():\n    return [i := 0 for i in range(3)]",
            "def f():\n    return [[(j := 0) for i in range(3)] for j in range(2)]",
            "def f():\n    return [x for x in (y := [1])]",
            "def f():\n    return [i for i in range(3) if (i := 1)]",
            "def f():\n    return {i: (i := 1) for i in range(3)}",
            "def f():\n    return [(lambda: (z := 1)) for q in range(2)]"]:
    try:
        compile(src, 'm', 'exec')
        print('compile ok', repr(src[-30:]))
    except SyntaxError as e:
        print('SyntaxError', e.msg)

# --- 21. a function whose only local is used both in and outside comp
def t21(n):
    acc = []
    for k in range(n):
        acc += [k * m for m in range(k)]
    return acc, k
show('t21', t21(4))

# --- 22. comprehension after a try/finally and with statement
def t22():
    class CM:
        def __enter__(self): return [1, 2]
        def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return True
    with CM() as items:
        r = [i for i in items]
        [1 / 0 for i in items]
    return r, i if False else 'ok'
show('t22 with', t22())

def t22b():
    v = 'v'
    try:
        return [v for v in range(2)]
    finally:
        print('t22b finally v =', v)
show('t22b', t22b())

# --- 23. star-unpacking of comprehensions etc
def t23():
    a = [*[i for i in range(2)], *{j for j in [3]}]
    b = {**{k: k for k in 'a'}, 'z': 0}
    return a, b
show('t23', t23())

# --- 24. function default values and annotations using comprehensions
def t24(a=[i for i in range(3)]):
    return a
show('t24 default', t24())

# --- 25. comprehension using same name as the function itself
def t25():
    r = [t25 for t25 in range(2)]
    return r, t25.__name__
show('t25 func name shadow', t25())

# --- 26. comprehension var shadows name used in except-as
def t26():
    e = 'E'
    try:
        raise KeyError('k')
    except KeyError as e:
        r = [e for e in range(2)]
        got = repr(e)
    try:
        e
    except UnboundLocalError as ex:
        err('t26 e deleted', ex)
    return r, got
show('t26', t26())

print('done')
