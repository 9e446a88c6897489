import sys, doctest
src = r'''
>>> raise ValueError('a\nb')
Traceback (most recent call last):
ValueError: a
b
>>> raise ValueError('long message here')  # doctest: +ELLIPSIS
Traceback (most recent call last):
ValueError: long ...
>>> e = ValueError('noted'); e.add_note('a note'); raise e
Traceback (most recent call last):
ValueError: noted
a note
>>> try:
...     1/0
... except ZeroDivisionError as z:
...     raise KeyError('k') from z
Traceback (most recent call last):
KeyError: 'k'
>>> try:
...     1/0
... except ZeroDivisionError as z:
...     raise KeyError('k')
Traceback (most recent call last):
KeyError: 'x'
>>> compile('1 +', 'fn', 'exec')
Traceback (most recent call last):
  File "fn", line 1
    1 +
      ^
SyntaxError: invalid syntax
>>> compile('1 +', 'fn', 'exec')
Traceback (most recent call last):
SyntaxError: invalid syntax
>>> compile('1 +', 'fn', 'exec')   # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
SyntaxError: wrong
>>> class MyErr(Exception): pass
>>> raise MyErr('m')
Traceback (most recent call last):
MyErr: m
>>> raise MyErr('m')
Traceback (most recent call last):
__main__.MyErr: m
>>> import sys; sys.exit(3)
Traceback (most recent call last):
SystemExit: 3
>>> raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
Traceback (most recent call last):
ExceptionGroup: eg (2 sub-exceptions)
>>> raise ExceptionGroup('eg', [ValueError(1)])
>>> print('a'); raise ValueError('v')
a
Traceback (most recent call last):
ValueError: v
>>> print('')
<BLANKLINE>
>>> print('trailing   ')
trailing
>>> print('  x\n')  # doctest: +NORMALIZE_WHITESPACE
x
>>> print('1\n2\n3\n4')  # doctest: +REPORT_CDIFF
1
2
3
5
>>> print('1\n2')  # doctest: +REPORT_CDIFF
1
3
>>> print(1)  # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
... 1
>>> import warnings; warnings.warn('w'); 1
1
'''
r = doctest.DocTestRunner(verbose=False)
t = doctest.DocTestParser().get_doctest(src, {'__name__': '__main__'}, 'E', 'e.txt', 0)
print(r.run(t))
print(r.summarize())
