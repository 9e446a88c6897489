# SyntaxError columns with non-ASCII source: characters for a str source, bytes for bytes
# (and for the compiler's own errors), characters for an unmatched bracket.
srcs = ["é = 1 +\n", "x = 'é' + )\n", "π = (1,\n", "def f():\n    return ü ü\n", "s = 'ab€' 1\n", "ä.b = $\n", "x = 'αβγ'\nprint(x y)\n", "f(ä=1, ä=2)\n", "f'{ä!z}'\n", "'é' = 1\n", "x = 1 if ü else\n", "😀 = 1\n", "x = '😀' + 1 2\n"]
for s in srcs:
    for how in ('str', 'bytes'):
        try:
            compile(s if how == 'str' else s.encode(), 'm.py', 'exec'); print(repr(s), how, 'OK')
        except SyntaxError as e:
            print(repr(s), how, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
