# marshal round-trips code objects (the bytes are each Python's own bytecode, so only what
# the loaded code does is compared): modules, functions with closures and defaults, nested
# code in constants, classes, generators, and the errors on bad data.
import marshal

src = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def counter(start=10, *, step=2):
    def inner():
        nonlocal start
        start += step
        return start
    return inner

class Point:
    """A point."""
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

def squares(n):
    yield from (i * i for i in range(n))

data = {"big": 2 ** 100, "float": 1.5, "complex": 3 + 4j, "bytes": b"\\x00\\xff",
        "tuple": (1, ("nested", None)), "frozen": frozenset({1}), "text": "h\\u00e9llo"}
try:
    1 / 0
except ZeroDivisionError as e:
    caught = type(e).__name__
result = (fib(15), counter()(), list(squares(5)), Point(1, 2), sorted(data), caught)
'''
code = compile(src, "<generated>", "exec")
for version in range(marshal.version + 1):
    blob = marshal.dumps(code, version)
    back = marshal.loads(blob)
    print(version, type(back).__name__, back.co_filename, back.co_name)
    ns = {}
    exec(back, ns)
    print(ns["result"])
    print(ns["fib"].__code__.co_filename, ns["Point"].__doc__, ns["counter"].__defaults__,
          ns["counter"].__kwdefaults__)

# a function's code alone, and inside containers
def area(w, h=2):
    return w * h
f_code = marshal.loads(marshal.dumps(area.__code__))
print(f_code.co_name, f_code.co_varnames, f_code.co_argcount)
both = marshal.loads(marshal.dumps([area.__code__, (area.__code__, 5)]))
print(type(both[0]).__name__, both[1][1], both[0].co_name == both[1][0].co_name)
import types
rebuilt = types.FunctionType(f_code, {})
print(rebuilt(3, 4), types.FunctionType(f_code, {}, None, (5,))(3))

# eval mode code
e = marshal.loads(marshal.dumps(compile("[x * 2 for x in range(4)]", "<e>", "eval")))
print(eval(e))

# truncated data raises, never crashes
blob = marshal.dumps(code)
for cut in (1, 5, 9, len(blob) // 2, len(blob) - 1):
    try:
        marshal.loads(blob[:cut])
        print(cut, "loaded")
    except (EOFError, ValueError) as exc:
        print("truncated:", type(exc).__name__)
