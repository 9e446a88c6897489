# Pending: 3.12's messages for unpacking in set/dict/generator comprehensions, defaults of
# ParamSpec/TypeVarTuple parameters, and a keyword generator class argument.
SRCS = ['x = {*a for a in b}\n', 'x = {**a for a in b}\n', 'x = (*a for a in b)\n', 'type X[**P=int] = int\n', 'type X[*Ts=int] = int\n', 'def f[T, **P=[int]](): pass\n', 'def f[*Ts=int](): pass\n', 'def f[**P=int](): pass\n', 'class C(k=x for x in y): pass\n', 'from x import (a, *)\n']
for s in SRCS:
    try:
        compile(s, 'm.py', 'exec'); print(repr(s), 'OK')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
