# compile(): modes exec/eval/single, flags, dont_inherit, filename, code object reuse.
c1 = compile('x = 5\ny = x * 2', 'file1.py', 'exec')
ns = {}
exec(c1, ns)
print(ns['y'], c1.co_filename, c1.co_name, type(c1).__name__)
c2 = compile('3 ** 2', 'expr', 'eval')
print(eval(c2), eval(c2), c2.co_filename, c2.co_name)
c3 = compile('1 + 1', '<single>', 'single')
r = exec(c3)
print('exec single returned', r)
exec(compile('None', '<s>', 'single'))
exec(compile('"text"', '<s>', 'single'))
exec(compile('v = 7', '<s>', 'single'))
exec(compile('[v, v]', '<s>', 'single'))
exec(compile('if v:\n    v * 3\n', '<s>', 'single'))
exec(compile('for i in range(2): i\n', '<s>', 'single'))
try:
    compile('a = 1\nb = 2', '<s>', 'single')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('x = 1', '<e>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile('1', '<m>', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile('a\x00b', '<n>', 'exec')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
c4 = compile('print("dont_inherit ok")', '<d>', 'exec', dont_inherit=True)
exec(c4)
c5 = compile('print("flags zero ok")', '<d>', 'exec', flags=0, dont_inherit=False)
exec(c5)
c6 = compile(source='2+2', filename='<kw>', mode='eval')
print(eval(c6), compile(b'7', '<b>', 'eval').co_filename, eval(compile(b'7', '<b>', 'eval')))
print(compile(c6, '<again>', 'eval') is c6 if False else eval(c6) == 4)
try:
    compile(5, '<i>', 'exec')
except TypeError as e:
    print(type(e).__name__, e)
code = compile('def f(a, b=2):\n    return a + b\n', '<def>', 'exec')
space = {}
exec(code, space)
print(space['f'](1), space['f'].__code__.co_filename, space['f'].__code__.co_firstlineno)
try:
    exec(compile('\n\nraise KeyError("k")', 'virtual.py', 'exec'))
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, e, tb.tb_lineno, tb.tb_frame.f_code.co_filename)
print(eval(compile('(lambda: 5)()', '<l>', 'eval')), len(compile('', '<empty>', 'exec').co_name))
