# closures, nonlocal/global, comprehension scoping (PEP 709 inlining semantics), walrus, class scopes
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__code__.co_freevars, counter.__code__.co_cellvars, inc.__closure__[0].cell_contents)

# late binding
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

# comprehension scoping
x = "outer"
r = [x for x in range(3)]
print(x, r)
def comp_in_func():
    y = 10
    r = [y * i for i in range(3)]
    try:
        i
    except NameError as e:
        return r, str(e)
print(comp_in_func())

# walrus in comprehension binds in enclosing scope
def walrus():
    data = [1, 5, 3, 8]
    if any((big := v) > 4 for v in data):
        pass
    total = [last := v for v in data]
    return big, last, total
print(walrus())
[z := i for i in range(4)]
print("module z", z)

class C:
    a = 5
    b = [a for _ in range(2)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = str(e)
    d = [i for i in range(a)]
    e = (lambda: a) if False else None
print(C.c, C.d)

class D:
    v = 1
    def m(self):
        return v
show("class var from method", lambda: D().m())

v = "global v"
class E:
    v = "class v"
    def m(self): return v
    lst = [v for _ in range(1)]
print(E().m(), E.lst)

# nonlocal in nested, class inside function
def outer():
    x = 1
    class Inner:
        x = 2
        def get(self): return x
        y = x
    def setx():
        nonlocal x
        x = 3
    setx()
    return Inner().get(), Inner.y
print(outer())

# __class__ cell
class F:
    def m(self): return __class__
    def n(self): return super().__repr__.__self__ is self
print(F().m().__name__, F().n())

# global statement
g_val = 1
def setg():
    global g_val, new_global
    g_val = 2
    new_global = "created"
setg()
print(g_val, new_global)

def unbound():
    print(g_val)
    g_val = 5
show("unbound local", unbound)

def free_unbound():
    def inner(): return q
    r = inner
    q = 1
    del q
    return r()
show("free unbound", free_unbound)

def del_nonlocal():
    a = 1
    def d():
        nonlocal a
        del a
    d()
    return a
show("del nonlocal", del_nonlocal)

# exec/eval scoping with comprehensions
ns = {"k": 3}
exec("r = [k * i for i in range(3)]", ns)
print(ns["r"])
def eval_comp():
    m = 4
    return eval("[m for _ in range(2)]")
show("eval comp free var", eval_comp)
def exec_local():
    loc = {}
    exec("a = 1\nb = [a + i for i in range(2)]", {}, loc)
    return loc["b"]
show("exec local comp", exec_local)

# locals() in comprehension (PEP 709)
def loc_comp():
    a = 1
    return [sorted(locals()) for _ in range(1)][0]
print(loc_comp())

# generator expression first iterable evaluated eagerly
def gen_eager():
    try:
        g = (x for x in 5)
    except TypeError as e:
        return "eager: " + str(e)
print(gen_eager())
def gen_lazy():
    g = (x for x in range(3) for y in 5)
    try:
        next(g)
    except TypeError as e:
        return "lazy: " + str(e)
print(gen_lazy())

# nested comprehensions referencing outer loop vars
print([[i * j for j in range(i)] for i in range(4)])
print({(i, j) for i in range(2) for j in range(i, 2)} == {(0, 0), (0, 1), (1, 1)})
print({k: [v for v in range(k)] for k in range(3)})

# closures over loop var in comprehension with lambda
print([f() for f in [lambda: j for j in range(3)]])

# cell reassignment after closure creation
def cellre():
    a = 1
    f = lambda: a
    a = 2
    return f()
print(cellre())

# nonlocal shadowing chain
def l1():
    a = "l1"
    def l2():
        a = "l2"
        def l3():
            nonlocal a
            a = "l3 set"
        l3()
        return a
    return l2(), a
print(l1())

# recursion via closure
def fact_maker():
    def fact(n): return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(10))

# walrus scoping errors at runtime
def wal_cond():
    if (n := 10) > 5:
        return n
print(wal_cond())
print([(y := i, y * 2) for i in range(3)])
print(y)

# lambda default evaluation and closure
a_ = 1
f = lambda x=a_: x + a_
a_ = 10
print(f())

# __closure__ cell contents for empty cell
def emp():
    def inner(): return zz
    return inner
    zz = 1
c = emp().__closure__[0]
show("empty cell", lambda: c.cell_contents)
import types
c2 = types.CellType(5); print(c2.cell_contents); c2.cell_contents = 6; print(c2.cell_contents)
del c2.cell_contents
show("deleted cell", lambda: c2.cell_contents)
print(repr(types.CellType()).startswith("<cell at "), repr(types.CellType()).endswith(": empty>"), repr(types.CellType(5)).endswith(": int object at " + hex(id(5)) + ">"))
