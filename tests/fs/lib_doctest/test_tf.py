import sys, doctest, os
print(doctest.testfile('doc1.txt'))
print(doctest.testfile('doc1.txt', verbose=True, name='mydoc', globs={'y': 1}, extraglobs={'z': 2}))
print(doctest.testfile('crlf.txt'))
print(doctest.testfile('latin.txt', encoding='latin-1'))
here = os.path.dirname(os.path.abspath(__file__))
r = doctest.testfile('doc1.txt', module_relative=False, report=False)
print(r)
try:
    doctest.testfile('/abs/doc1.txt')
except ValueError as e: print(e)
try:
    doctest.testfile('doc1.txt', module_relative=False, package='x')
except ValueError as e: print(e)
try:
    doctest.testfile('doc1.txt', raise_on_error=True)
except doctest.DocTestFailure as e:
    print('fail at', e.example.lineno, e.got)
print(doctest.testfile('doc1.txt', optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))

def f():
    """
    >>> f.__name__
    'f'
    >>> 1/0
    Traceback (most recent call last):
    ...
    ZeroDivisionError: division by zero
    >>> print("x")
    y
    """
class K:
    """
    >>> K.__name__
    'K'
    """
print(doctest.testmod())
print(doctest.testmod(verbose=True))
