# Compile-time messages: := targets, global/nonlocal after use, duplicate type parameters;
# object.__init__ with arguments, type() with a bad name, __slots__ listing a name twice
sources = [
    '(x.y := 1)', '(x[0] := 1)', '(1 := 2)', '((a, b) := 1)', '([a] := 1)', '(f() := 1)',
    '(a + 1 := 2)', '(True := 1)', '(None := 1)',
    'def f():\n    print(x)\n    global x', 'def f():\n    x = 1\n    global x',
    'def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x',
    'def f[T: int, T](): pass', 'type X[T, T] = int', 'class A[**P, P]: pass',
    'class B[*Ts, U, Ts]: pass', 'def g[T, U](): return 1',
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

class A: pass
class B:
    def __new__(cls, *a): return super().__new__(cls)
class C:
    def __init__(self, *a): super().__init__(*a)
for f in [lambda: A().__init__(1), lambda: object().__init__(1), lambda: B(1).__init__(1),
          lambda: C(1), lambda: A(1), lambda: object(1), lambda: object.__init__(A(), x=1),
          lambda: type(1, 2, 3), lambda: type('N', 2, {})]:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)

class S:
    __slots__ = ('a', 'a', 'b')
x = S(); x.a = 1; x.b = 2
print(S.__slots__, x.a, x.b, sorted(k for k in S.__dict__ if not k.startswith('__')))
import sys
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
