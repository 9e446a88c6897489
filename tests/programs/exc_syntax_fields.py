# SyntaxError fields (msg, filename, lineno, offset, text, end_lineno, end_offset) from compile().
sources = [
    'x = (1 +\n',
    'def f(:\n    pass\n',
    'a = 1\nb = 2 +* 3\n',
    'print "hello"\n',
    'x = [1, 2\ny = 3\n',
    'if x\n    pass\n',
    'f(a for a in b, c)\n',
    'a, b += 1\n',
    'None = 1\n',
    'x = 1 = 2\n',
    'def g():\n    nonlocal q\n',
    'break\n',
    'x = yield\n',
    'f(**k, *a)\n',
    'def h(a, a): pass\n',
    "x = 'unterminated\n",
    'x = """never closed\n',
    'x = 0777\n',
    'x = 1_\n',
    'class C:\npass\n',
    '  indented = 1\n',
    'for x in range(3):\n    pass\n  bad = 1\n',
    'f(x=1, x=2)\n',
    'del f()\n',
    'x = $\n',
    '1 if 2\n',
]
for src in sources:
    try:
        compile(src, 'prog.py', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    compile('a = )', '<string>', 'exec')
except SyntaxError as e:
    print(str(e), '|', e.args[0], '|', e.args[1])
s = SyntaxError('custom', ('file.py', 3, 5, 'the text\n', 3, 9))
print(str(s), s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
s2 = SyntaxError('just msg')
print(str(s2), s2.msg, s2.filename, s2.lineno, s2.offset, s2.text, s2.end_lineno, s2.end_offset, s2.print_file_and_line)
s3 = SyntaxError('m', ('f.py', 7, None, None))
print(str(s3), SyntaxError('m', (None, 7, 1, 'x')).__str__(), SyntaxError('m', ('dir/f.py', None, 1, 'x')).__str__())
print(repr(SyntaxError()), repr(SyntaxError('a', 'b', 'c')), str(SyntaxError('a', 'b', 'c')))
try:
    SyntaxError('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    compile('if True:\n\tx = 1\n        y = 2\n', 't.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
