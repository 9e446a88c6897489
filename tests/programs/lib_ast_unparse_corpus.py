# unparse() of parsed source: statements, precedence, literals.
import ast

SOURCES = [
    'x = 1, 2', 'for x, y in z: pass', 'a[1, 2]', 'a[1:2, 3]', 'a[(1, 2)]', 'a[()]', 'x = yield 1', 'await x',
    'f(*a, **k, x=1)', '(a := 1)', 'f(a := 1)', 'a if b else c', '(a if b else c).d', 'lambda: 1',
    'lambda x, /, y=1, *a, z, **k: x', '(lambda: 1)()', 'not a', 'not (a and b)', 'a and b or c', 'a and (b or c)',
    '-a ** 2', '(-a) ** 2', 'a ** -b', 'a ** b ** c', '(a ** b) ** c', 'a - (b - c)', 'a - b - c', '1 .real',
    '1.0.real', '(1).real', '1e309', '-1e309', '1e309j', '1+1e309j', '0x10', '1_000', "u'x'", "b'\\x00'",
    'a and b and not c', 'not a or not b or not c', 'a or b and c or d', 'a and (not b) and c',
    'a or b or c or d or e or f or g or h or i or x + y or x * y or -x or x.y',
    'x = (a := b + c)', '(x := (a := b))', '(x := lambda: 1)', 'f(k=(yield))', 'f(k=(a, b))', 'f(**(a or b))',
    'a[b := 1]', 'a[lambda: 1]', 'a[(yield)]', 'a[b, c:d]', 'a[(b, c):d]', 'a[*b]', 'a[*b, c]', 'a[b:c:d]', 'a[:]', 'a[::2]',
    'x = yield a, b', 'x = yield from (a, b)', '(yield a) + 1', 'await (a + b)', '(await a).b', '-(await a)',
    'yield a or b', 'yield -a', 'yield a.b', 'yield from a + b', 'x = -await a', 'yield (yield)',
    '[(a, b) for a, b in c if (d, e)]', '[x for x in (yield)]', '[x for x in a if b if c]', '[x for x in (a if b else c)]',
    '{(a, b): (c, d)}', '{a: b for a, b in c}', '{**a, b: c}', '[*(a or b)]', '[*a + b]', 'print(*a if b else c)',
    'for (x, y) in z: pass', 'for [x, y] in z: pass', 'for x in y, z: pass', 'for x, in y: pass',
    'with (a, b): pass', 'with (a, b) as c: pass', 'with a as (b, c): pass', 'with (yield) as a: pass',
    'if (a, b): pass', 'while (a := b): pass', 'assert (a, b), (c, d)', 'raise (a, b) from (c, d)',
    'del (a), [b]', 'del (a, b), c', 'return a, b', 'return *a, b', 'x = *a,', 'x = y = (a, b)', '(a, b) = c',
    '[a, b] = c', 'a, b = c, d', 'x += (a, b)', 'x += yield', 'x: int = (a, b)', 'x: (a, b) = 1', '(x): int', 'x.y: int',
    'lambda: (a, b)', 'lambda x=(a, b): 1', 'lambda *, a: 1',
    'def f(a: (int, str) = (1, 2), *b: int, c: lambda: 1 = lambda: 2, **d: int) -> (a, b): pass',
    'def f(a=1, /, b=2): pass', '@(a, b)\ndef f(): pass', '@a.b(c)\ndef f(): pass', '@lambda f: f\ndef f(): pass',
    'class A((a, b), *c, **d, e=(1, 2)): pass', 'class A():\n  pass', 'type X = (a, b)', 'type X[T: (a, b), *Ts, **P] = T',
    'a < b < (c < d)', '(a < b) < c', 'a in (b, c)', 'not a in b', '(not a) in b', 'a is not b', 'a not in b',
    'a | b ^ c & d << e + f * g ** h', '((a | b) ^ c) & d', 'a @ b @ c', 'a // (b % c)', '~(a + b)', '- -a',
    '2 ** -1', 'a if (b if c else d) else e', 'a if b else (c, d)', '1 if 2 else 3 if 4 else 5',
    '(a + b).c', '(a + b)()', '(a + b)[c]', '1 .real + 1.5 .real', '(1,).count', '{}.keys', 'x = ((1, 2),)',
    'x = ()', 'x = {1, 2}', 'set()', '{*a, *b}', 'f(x for x in y)', 'f(a)(b)(c)',
    'x = 1\ndef f(): pass\ny = 2', 'class A: pass\nclass B: pass', 'def f():\n  def g(): pass\n  return g',
    'if x:\n  def f(): pass', 'if a:\n  pass\nelif b:\n  pass\nelse:\n  pass', 'if a:\n  pass\nelse:\n  if b:\n    pass\n  x = 1',
    'while x:\n  break\nelse:\n  continue', 'try:\n  pass\nexcept E as e:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass',
    'try:\n  pass\nexcept* (A, B) as e:\n  pass', 'import a.b as c, d', 'from . import x', 'from ..a import (b as c)',
    'from a import *', 'global a, b', 'async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await z',
    '@d\n@e(1)\ndef f[T: int, *Ts, **P](a: int = 1) -> T: ...', 'class C[T]: pass', 'x = 1  # type: int',
    'match x:\n  case 1 | 2: pass\n  case [a, *rest]: pass\n  case {"k": v, **kw}: pass\n  case Point(x=0, y=_) if y: pass\n  case (a as b): pass\n  case None: pass\n  case -1: pass\n  case 1+2j: pass\n  case _: pass',
    'match x:\n case (1, 2): pass\n case (1,): pass\n case {**rest}: pass\n case A(1, b=2): pass\n case a.b: pass\n case (a | b) | c: pass\n case [a as b, *c] as d: pass\n case (a as b) as c: pass\n case [(a as b) | c]: pass\n case A(x=(a as b)): pass',
    'match a, b:\n case _: pass', 'match *a, b:\n case _: pass',
    '0.1', '1e-10', '1.5e300', '1e22', '1e16', '123456789012345678901234567890', '3.141592653589793', '2.5j', '-1j',
    "x = '\\''", 'x = "\\""', "x = '\"\\''", 'x = "\\u00e9\\t\\x01"', 'x = b"\\xff\'"', '...', 'a[...]',
    'print((yield))', 'x = not a', 'x = (not a) or b', '(a, *b)', '"a".join', '(a, b).c', 'f(**a, **b)',
]

for src in SOURCES:
    try:
        tree = ast.parse(src)
        text = ast.unparse(tree)
    except Exception as exc:
        text = '!! %s %s' % (type(exc).__name__, exc)
    print('###', repr(src))
    print(text)
    # unparse must give source that parses back to the same tree
    try:
        same = ast.dump(ast.parse(text)) == ast.dump(tree)
    except SyntaxError:
        same = 'syntax error'
    print('roundtrip:', same)
