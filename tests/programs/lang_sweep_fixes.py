# Fixes found by a language sweep: call-star messages, %-format with __int__/__index__, Greek final sigma in title/capitalize/swapcase, module-level comprehensions under exec with separate locals, __del__ order of locals and list.clear, memoryview final, math.trunc without __trunc__.
def f(*a): pass
class K:
    def m(self, *a): pass
for call in [lambda: f(*5), lambda: print(*5), lambda: K().m(*5), lambda: f(1, *5), lambda: [*5], lambda: f(*[1], *5), lambda: len(*None)]:
    try: call()
    except TypeError as e: print(e)
print("ΟΔΟΣ".title(), "ΟΔΟΣ".swapcase(), "ΑΣ Β".capitalize(), "ΣΑΣ.".title(), "Σ".swapcase(), "AΣ'".swapcase())
class I:
    def __int__(self): return 7
class Ix:
    def __index__(self): return 8
class F:
    def __float__(self): return 2.5
for fmt in ['%d','%i','%x','%o','%.1f','%e','%g','%c','%u']:
    for o in [I(), Ix(), F(), 2.7, '3']:
        try: print(fmt, type(o).__name__, repr(fmt % o))
        except Exception as e: print(fmt, type(o).__name__, type(e).__name__, e)
print(eval("[a + i for i in range(2)]", {}, {"a": 10}))
exec("a=1\nprint([a for _ in range(1)])", {}, {})
exec("b=2\nprint({k: b for k in 'xy'}, {b*k for k in (1,2)}, [[b+j for j in range(2)] for i in range(2)])", {}, {})
class C:
    x = 5
    try:
        print([x for _ in range(1)])
    except NameError as e: print(e)
g = 7
print([g for _ in range(2)], [locals().get('g') is not None for _ in range(1)])
def f():
    h = 3
    return [h + g for _ in range(2)]
print(f())
class R:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
def f():
    a = R("a"); b = R("b")
f()
l = [R(1), R(2)]; l.clear()
print('--')
def g():
    x = R('x'); y = R('y'); z = R('z')
    return 0
g()
try:
    class M(memoryview): pass
except TypeError as e: print(e)
print(memoryview(b"ab").tolist())
import math
class Fl:
    def __float__(self): return 2.5
for fn in (math.trunc, math.floor, math.ceil):
    for arg in (Fl(), 'x', 2.5, -2.5, 7):
        try: print(fn.__name__, fn(arg))
        except TypeError as e: print(fn.__name__, type(e).__name__, e)
for src in ['try:\n  pass\nexcept ValueError, TypeError:\n  pass\n', 'try:\n  pass\nexcept ValueError, TypeError as e:\n  pass\n', 'try:\n  pass\nexcept (ValueError, TypeError):\n  pass\n']:
    try:
        compile(src, 'p.py', 'exec'); print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
