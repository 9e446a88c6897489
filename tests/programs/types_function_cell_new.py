import types

def add(a, b=1):
    return a + b

f = types.FunctionType(add.__code__, {"__builtins__": __builtins__}, "renamed", (10, 20))
print(f.__name__, f(5), f())
co = add.__code__.replace(co_name="other")
print(co.co_name, types.FunctionType(co, {})(1, 2))
import types
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
c.cell_contents = 7
print(c.cell_contents, types.CellType(5).cell_contents)
import types
def outer():
    x = 5
    def inner(y):
        return x + y
    return inner
inner = outer()
g = types.FunctionType(inner.__code__, globals(), None, None, inner.__closure__)
print(g(1), g.__name__, g.__qualname__)
c = types.CellType(41)
h = types.FunctionType(inner.__code__, globals(), "h", None, (c,))
print(h(1))
for bad in [lambda: types.FunctionType(1, {}), lambda: types.FunctionType(inner.__code__, {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
