# Syntax newer than 3.12 (PEP 696 type parameter defaults, lazy import, t-strings,
# unpacking in comprehensions) or removed before it (f((a)=1)), star imports in brackets,
# generator class bases, and imports before global declarations, as CPython 3.12 parses them.
SOURCES = [
    'try:\n    pass\nexcept A, B:\n    pass\n',
    'try:\n    pass\nexcept A, B as e:\n    pass\n',
    'try:\n    pass\nexcept* A, B:\n    pass\n',
    "x = t'hi'\n",
    "x = t'{a}'\n",
    'x = [*a for a in b]\n',
    'lazy import os\n',
    'lazy from os import path\n',
    'f(a, (b)=2)\n',
    'type X[T=int] = int\n',
    'type X[T: int = 1] = int\n',
    'class C[T, U=int]: pass\n',
    'class C[T=int]: pass\n',
    'class C[T: int = 1]: pass\n',
    'def f[T=int](): pass\n',
    'class C(x for x in y): pass\n',
    'class C(a, x for x in y): pass\n',
    'f((a)=1)\n',
    'f(((a))=1)\n',
    'from x import (*)\n',
    'def f():\n    import x\n    global x\n',
    'def f():\n    import x.y\n    global x\n',
    'def f():\n    from m import x\n    global x\n',
    'def f():\n    import x\n    x = 1\n    global x\n',
    'def f():\n    import x as y\n    nonlocal y\n',
]

for src in SOURCES:
    try:
        compile(src, 'm.py', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
