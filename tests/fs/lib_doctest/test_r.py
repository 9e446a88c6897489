import sys, doctest
C = doctest.OutputChecker()
for want, got, fl in [('1\n','True\n',0), ('1\n','True\n',doctest.DONT_ACCEPT_TRUE_FOR_1),
    ('0\n','False\n',0), ('a\n<BLANKLINE>\nb\n','a\n\nb\n',0), ('a\n<BLANKLINE>\nb\n','a\n   \nb\n',0),
    ('a\n<BLANKLINE>\nb\n','a\n\nb\n',doctest.DONT_ACCEPT_BLANKLINE),
    ('a b\n','a   \n  b\n',doctest.NORMALIZE_WHITESPACE), ('a...z\n','abcz\n',doctest.ELLIPSIS),
    ('a...z\n','abcz\n',0), ('...\n','x\n',doctest.ELLIPSIS), ('a...b...a\n','aba\n',doctest.ELLIPSIS),
    ('x...\n','y\n',doctest.ELLIPSIS), ('\u00e9\n','\\xe9\n',0), ('[0,  1, ..., 9]\n','[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n',doctest.ELLIPSIS|doctest.NORMALIZE_WHITESPACE)]:
    print(repr(want), repr(got), fl, C.check_output(want, got, fl))
want = 'a\nb\nc\nd\ne\nf\n'
got = 'a\nB\nc\nd\ne\nF\ng\n'
ex = doctest.Example('f()', want)
for fl in [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF]:
    print(C.output_difference(ex, got, fl), end='')
print(C.output_difference(doctest.Example('f()', 'a\n'), 'b\n', doctest.REPORT_UDIFF), end='')
print(C.output_difference(doctest.Example('f()', 'abc def\n'), 'abd  def\n', doctest.REPORT_NDIFF), end='')
print(C.output_difference(doctest.Example('f()', ''), '', 0), end='')
print(C.output_difference(doctest.Example('f()', 'x\n'), '', 0), end='')
print(C.output_difference(doctest.Example('f()', 'x\n'), 'a\n\n  \nb\n', 0), end='')
print(C.output_difference(doctest.Example('f()', 'x\n'), 'a\n\nb\n', doctest.DONT_ACCEPT_BLANKLINE), end='')

src = '''
>>> def g(x):
...     return 1 / x
>>> g(0)
Traceback (most recent call last):
ZeroDivisionError: integer division or modulo by zero
>>> g(0)  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ZeroDivisionError: something else
>>> raise ValueError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
foo.bar.ValueError: y
>>> raise TypeError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ValueError: x
>>> def bad(:
...   pass
Traceback (most recent call last):
SyntaxError: invalid syntax
>>> 1 +
Traceback (most recent call last):
  ...
    1 +
       ^
SyntaxError: invalid syntax
>>> print('\u00e9t\u00e9')
été
>>> print('long output', list(range(3)))  # doctest: +ELLIPSIS
long output [0, ...]
>>> 2 + 2
5
>>> print('x\\ny\\nz\\nw')  # doctest: +REPORT_UDIFF
x
Y
z
w
>>> [1, 2]
[1,2]
>>> g(0)
5
'''
parser = doctest.DocTestParser()
for flags in [0, doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST]:
    r = doctest.DocTestRunner(verbose=False, optionflags=flags)
    t = parser.get_doctest(src, {}, 'mytest', 'myfile.txt', 10)
    print(r.run(t))
    t = parser.get_doctest(src, {}, 'mytest2', None, None)
    print(r.run(t))
    print(r.summarize(), r.tries, r.failures, sorted(r._name2ft.items()))
r = doctest.DocTestRunner(verbose=True)
t = parser.get_doctest(src, {}, 'vtest', 'v.txt', 0)
out = []
print(r.run(t, out=out.append))
print(''.join(out))
print(r.summarize(verbose=True))
print(r.summarize(verbose=False))
# globs clearing
g = {'a': 1}
t = parser.get_doctest('>>> a\n1\n>>> b = 2\n', g, 'gt', 'g.txt', 0)
r = doctest.DocTestRunner(verbose=False); r.run(t); print(t.globs, g)
t = parser.get_doctest('>>> a\n1\n>>> b = 2\n', g, 'gt', 'g.txt', 0)
r.run(t, clear_globs=False); print(sorted(k for k in t.globs if k != '__builtins__'))
# merge
r2 = doctest.DocTestRunner(verbose=False)
r2.run(parser.get_doctest('>>> 1\n2\n', {}, 'gt', 'g.txt', 0))
r.merge(r2); print(sorted(r._name2ft.items())); r.summarize(verbose=True)
# DebugRunner
dr = doctest.DebugRunner(verbose=False)
try:
    dr.run(parser.get_doctest('>>> x = 1\n>>> x\n2\n', {}, 'dbg', 'd.txt', 0))
except doctest.DocTestFailure as f:
    print('DocTestFailure', f, repr(f.got), f.example.source, type(f.test).__name__)
t = parser.get_doctest('>>> x = 1\n>>> raise KeyError(x)\n', {}, 'dbg2', 'd.txt', 0)
try:
    dr.run(t)
except doctest.UnexpectedException as f:
    print('Unexpected', f, f.exc_info[0], f.exc_info[1], f.example.source)
print(t.globs.get('x'))
t = parser.get_doctest('>>> x = 1\n>>> x\n1\n', {}, 'dbg3', 'd.txt', 0)
print(dr.run(t), t.globs)
# future flags
t = parser.get_doctest('>>> def f(x: undefined): pass\n>>> f.__annotations__\n{\'x\': \'undefined\'}\n', {'annotations': __import__('__future__').annotations}, 'fut', 'f.txt', 0)
print(doctest.DocTestRunner(verbose=False).run(t))
# underscore
t = parser.get_doctest('>>> 5\n5\n>>> _\n5\n', {}, 'under', 'u.txt', 0)
print(doctest.DocTestRunner(verbose=False).run(t))
# output without trailing newline
t = parser.get_doctest('>>> import sys; w = sys.stdout.write("abc")\nabc\n>>> print("a", end="")\nb\n', {}, 'nonl', 'n.txt', 0)
print(doctest.DocTestRunner(verbose=False).run(t))
