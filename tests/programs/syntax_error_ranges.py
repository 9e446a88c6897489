# SyntaxError positions (offset, end_offset) and the ^ marks under the source line.
import traceback
sources = [
    'x = 1 = 2\n', 'del f()\n', 'f(a for a in b, c)\n', 'def f():\n  nonlocal q\n',
    'x = (1 +\n', 'if x\n  pass\n', 'None = 1\n', 'break\n', 'f(x=1, x=2)\n', "x = 'abc\n",
    'def h(a, a): pass\n', 'x = yield\n', 'class C:\npass\n', 'def f():\npass\n', 'a + 1 = 2\n',
    'f() += 1\n', 'x = [1, 2\ny = 3\n', 'with a as 1: pass\n',
    '[x for x in y] = 1\n', 'return 5\n', 'def f(*): pass\n', 
    'def f(a=1, b): pass\n', 'global x\nx = 1\ndef g(x):\n  global x\n',
    'def g():\n  x = 1\n  global x\n', 'nonlocal x\n', 'b = 2 +* 3\n',
]
for src in sources:
    try:
        compile(src, 'prog_syntax.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(''.join(traceback.format_exception_only(e)), end='')
