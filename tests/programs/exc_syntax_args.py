# SyntaxError's args, str() and fields: from compile(), and built by hand.
for src in ['x = (', 'a = )', 'x = 1 = 2', 'if 1:\n    x\n  y\n', '  x = 1\n']:
    try:
        compile(src, 'dir/f.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, str(e), e.args[0], e.filename, e.lineno)
e = SyntaxError('m', ('dir/file.py', 3, 4, 'txt', 3, 5))
print(str(e), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
print(str(SyntaxError('m', (None, 3, 4, 'txt', 3, 5))), str(SyntaxError('m', ('f', None, 4, 'txt'))))
print(repr(SyntaxError('m')), str(SyntaxError('m')), SyntaxError('m').filename, SyntaxError().msg)
for bad in [('f', 1), ('f', 1, 2, 3, 4, 5, 6)]:
    try:
        SyntaxError('m', bad)
    except TypeError as x:
        print(type(x).__name__, x)
print(str(SyntaxError('a', 'b', 'c')), SyntaxError('a', 'b', 'c').msg)
try:
    raise IndentationError('bad indent', ('mod.py', 7, 3, '  x\n'))
except SyntaxError as e:
    print(type(e).__name__, e, e.text)
