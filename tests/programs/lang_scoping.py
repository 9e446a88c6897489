def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
show("global", lambda: counter)

def make_counter(start=0):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
show("nonlocal", lambda: (get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars))

funcs = [lambda: i for i in range(3)]
show("late binding", lambda: [f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
show("default binding", lambda: [f() for f in funcs2])

def unbound():
    print(x_undefined_local)
    x_undefined_local = 1
show("unbound local", unbound)
def unbound2():
    total += 1
total = 0
show("unbound aug", unbound2)
def free_unbound():
    def inner():
        return val
    r = None
    try:
        r = inner()
    except NameError as e:
        r = (type(e).__name__, str(e))
    val = 1
    return r, inner()
show("free unbound", free_unbound)
show("name error", lambda: undefined_name_here)
def del_local():
    a = 1
    del a
    return a
show("del local", del_local)

class Scope:
    x = 10
    y = [x * 2 for _ in range(2)] if False else None
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * x for i in items]
    except NameError as e:
        bad = str(e)
    z = x + 1
    def method(self):
        return x_global_marker
    lam = lambda self: Scope.x
x_global_marker = "module level"
show("class scope", lambda: (Scope.doubled, Scope.bad, Scope.z, Scope().method(), Scope().lam()))
x = "global x"
class Shadow:
    x = "class x"
    def f(self):
        return x
    g = [x for _ in range(1)]
show("shadow", lambda: (Shadow().f(), Shadow.g))
def outer_cls():
    y = "enclosing"
    class Inner:
        y = "class y"
        def get(self):
            return y
        got = y
    return Inner().get(), Inner.got
show("class in func", outer_cls)
def class_nonlocal_read():
    v = 1
    class K:
        w = v + 1
        v = 100
        u = v
    return K.w, K.u
show("class reads enclosing then own", class_nonlocal_read)

show("comp var no leak", lambda: ([q for q in range(3)], "q" in dir()))
def walrus():
    data = [1, 5, 2, 8, 3]
    if (n := len(data)) > 3:
        msg = f"long {n}"
    evens = [y for x in data if (y := x * 2) > 5]
    return msg, evens, y, [last := v for v in data][-1], last
show("walrus", walrus)
def walrus_while():
    it = iter([3, 2, 0, 7])
    out = []
    while (v := next(it)) != 0:
        out.append(v)
    return out
show("walrus while", walrus_while)
show("walrus in comp nested", lambda: ([[(t := a * b) for b in range(2)] for a in range(3)], ))
def walrus_any():
    lines = ["a", "bb", "# c", "dd"]
    if any((hit := l).startswith("#") for l in lines):
        return hit
show("walrus any", walrus_any)
def gen_scope():
    data = [1, 2, 3]
    g = (x * k for x in data)
    k = 10
    return list(g)
show("genexp late", gen_scope)
def gen_first_iter_eager():
    data = [1, 2]
    g = (x for x in data)
    data = [9, 9]
    return list(g)
show("genexp first eager", gen_first_iter_eager)
show("nested comp", lambda: [(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
show("dict comp", lambda: {k: v for k, v in zip("abc", range(3)) if v})
show("set comp", lambda: sorted({c.lower() for c in "AaBbC"}))
show("comp with cond expr", lambda: [x if x % 2 else -x for x in range(5)])
def closure_loop():
    out = []
    for i in range(3):
        def f():
            return i
        out.append(f)
    i = 99
    return [f() for f in out]
show("closure loop", closure_loop)
def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
            return a
        return l2() + l2()
    return l1(), a
show("nested nonlocal", nested_nonlocal)
def global_in_nested():
    def setg():
        global created_later
        created_later = "set"
    setg()
    return created_later
show("global nested", global_in_nested)
ns = {}
exec("def f():\n    return zz\nzz = 3", ns)
show("exec ns", lambda: ns["f"]())
show("eval locals", lambda: eval("a + b", {"a": 1}, {"b": 2}))
def locals_snapshot():
    a = 1
    l = locals()
    b = 2
    return sorted(l), sorted(locals())
show("locals", locals_snapshot)
show("syntax nonlocal", lambda: compile("def f():\n    nonlocal q\n", "<x>", "exec"))
show("syntax return", lambda: compile("return 1", "<x>", "exec"))
show("syntax await", lambda: compile("await x", "<x>", "exec"))
show("syntax star", lambda: compile("*a = 1", "<x>", "exec"))
show("syntax assign lit", lambda: compile("1 = x", "<x>", "exec"))
show("syntax walrus", lambda: compile("x.y := 1", "<x>", "eval"))
show("syntax comp walrus", lambda: compile("[i := 0 for i in range(3)]", "<x>", "eval"))
def star_unpack():
    a, *b, c = range(6)
    (d, e), f = "xy", [1]
    first, *_ = "hello"
    *init, = (1, 2)
    return a, b, c, d, e, f, first, init
show("unpack", star_unpack)
show("unpack err", lambda: exec("a, b = [1, 2, 3]"))
show("unpack err2", lambda: exec("a, b, c = [1]"))
show("unpack err3", lambda: exec("a, *b, c = [1]"))
show("unpack noniter", lambda: exec("a, b = 5"))
show("star expr", lambda: ([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, (*[1], 2), {*"aa", 1} == {"a", 1}))
def kwargs_fn(a, b=2, /, c=3, *, d, **kw):
    return a, b, c, d, kw
show("call ok", lambda: kwargs_fn(1, c=5, d=4, b=9))
show("call posonly", lambda: kwargs_fn(1, 2, 3, 4))
show("call missing kw", lambda: kwargs_fn(1))
show("call dup", lambda: kwargs_fn(1, 2, 3, c=3, d=1))
show("call unexpected", lambda: (lambda a: a)(b=1))
show("call too many", lambda: (lambda a: a)(1, 2))
show("call dup star", lambda: kwargs_fn(1, **{"d": 1}, **{"d": 2}))
show("call star nonmap", lambda: kwargs_fn(1, **[1]))
def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc
defaults_shared(1)
show("mutable default", lambda: defaults_shared(2))
show("func attrs", lambda: (kwargs_fn.__defaults__, kwargs_fn.__kwdefaults__, kwargs_fn.__code__.co_argcount, kwargs_fn.__code__.co_posonlyargcount, kwargs_fn.__code__.co_kwonlyargcount, kwargs_fn.__name__, kwargs_fn.__qualname__))
def deco(tag):
    def wrap(fn):
        import functools
        @functools.wraps(fn)
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name):
    "doc"
    return f"hi {name}"
show("decorators", lambda: (hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__))
def outer_qual():
    def inner():
        class K:
            def m(self): pass
        return K
    return inner().m.__qualname__, (lambda: 0).__qualname__
show("qualnames", outer_qual)
show("conditional import scope", lambda: (lambda: __import__("math").floor(2.5))())
show("chained cmp", lambda: (1 < 2 < 3, 1 < 3 < 2, (lambda: [] == [] == [])(), 0 < 0.5 <= 1 != 2))
show("short circuit", lambda: (0 or "" or None, 1 and [] and 2, [] or {} or "z", not 0 and "y"))
show("ternary chain", lambda: ["neg" if v < 0 else "zero" if v == 0 else "pos" for v in (-1, 0, 1)])
def yield_in_comp():
    return compile("[(yield x) for x in y]", "<x>", "exec")
show("yield in comp", yield_in_comp)
i = "outer i"
show("comp iter var", lambda: ([i for i in range(2)], i))
