# A tiny formula engine built on eval/exec/compile, plus scoping introspection.

FORMULAS = {
    "area": "width * height",
    "perimeter": "2 * (width + height)",
    "ratio": "round(width / height, 3)",
    "label": "f'{name}: {width}x{height}'",
}


def evaluate(formulas, **values):
    env = {"__builtins__": {"round": round}}
    out = {}
    for key, src in formulas.items():
        code = compile(src, f"<formula {key}>", "eval")
        out[key] = eval(code, env, dict(values))
    return out


print(evaluate(FORMULAS, width=4, height=3, name="box"))
try:
    evaluate({"bad": "len(width)"}, width=1)
except NameError as e:
    print("NameError", e)
try:
    evaluate({"bad": "width + * 2"}, width=1)
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)

ns = {}
exec("""
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
class K:
    attr = 'k'
    def who(self):
        return __name__
""", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["bump"](), ns["bump"](5), ns["counter"])
print(ns["K"]().who(), ns["K"].__module__, "__builtins__" in ns)

g = {"x": 1}
l = {"y": 2}
exec("z = x + y\nx = 100", g, l)
print(g.get("x"), g.get("z"), l)

code = compile("a = 1\nb = a + 1\nprint('executed', a, b)", "<snippet>", "exec")
print(type(code).__name__, code.co_filename, code.co_name, sorted(code.co_names))
exec(code)
single = compile("1 + 1", "<s>", "single")
exec(single)
print(eval("[i * i for i in range(n)]", {"n": 4}))
print(eval("lambda q: q + off", {"off": 10})(5))

try:
    compile("x = (", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    compile("1", "<bad>", "nonsense")
except ValueError as e:
    print("ValueError", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval(" 7 * 6 \n"))
print(eval(b"'from bytes'"))


def outer():
    a = 1
    b = [2]

    def inner():
        nonlocal a
        a += 1
        b.append(a)
        return a, b

    def peek():
        return sorted(locals())

    return inner, peek


inner, peek = outer()
print(inner(), inner(), peek())
print(inner.__code__.co_freevars, inner.__closure__[0].cell_contents)


def counter_factory():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    def reset():
        nonlocal count
        count = 0

    return inc, get, reset


inc, get, reset = counter_factory()
inc(); inc(); inc()
print(get())
reset()
print(get(), inc())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def show_locals(p, *args, key="k", **kw):
    local_var = p * 2
    return sorted(locals().items())


print(show_locals(3, 4, 5, extra=1))


class Config:
    debug = False
    level = 3
    names = [i * 3 for i in range(3)]
    try:
        doubled = [level * 2 for _ in range(1)]
    except NameError as e:
        err = str(e)

    def method(self):
        return vars(self)


print(Config.names, getattr(Config, "doubled", None), getattr(Config, "err", None))
cfg = Config()
cfg.x = 5
print(cfg.method(), vars(cfg) is cfg.__dict__)
print([k for k in vars(Config) if not k.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)

x_global = "G"


def shadow():
    try:
        print(x_global)
        x_global = "L"
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


shadow()


def uses_global():
    global NEW_GLOBAL
    NEW_GLOBAL = "created"


uses_global()
print(NEW_GLOBAL, "NEW_GLOBAL" in globals())


class Rich:
    def __init__(self):
        self.a = 1

    def method(self):
        pass

    def __dir__(self):
        return ["zeta", "alpha", "a"]


print(dir(Rich()))
print([n for n in dir(Rich) if not n.startswith("_")])
print("method" in dir(Rich()), "a" in dir(Rich))


def lister():
    one = 1
    two = 2
    return dir()


print(lister())

# exec with closures and class bodies
src = """
def make(n):
    def add(x):
        return x + n
    return add
result = make(10)(5)
"""
d = {}
exec(src, d)
print(d["result"])

local_ns = {}
exec("class Inside:\n    v = 7\n    w = [v for _ in range(2)] if False else None", {}, local_ns)
print(local_ns["Inside"].v)


def exec_in_function():
    exec("hidden = 5")
    try:
        return hidden
    except NameError as e:
        return f"NameError {e}"


print(exec_in_function())


def exec_with_locals():
    loc = {}
    exec("hidden = 5", globals(), loc)
    return loc["hidden"]


print(exec_with_locals())
print(eval("__name__"), eval("__name__", {}), eval("__name__", {"__name__": "custom"}))
