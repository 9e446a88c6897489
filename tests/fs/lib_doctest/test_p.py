import sys, doctest
P = doctest.DocTestParser()
def show(s, name='<string>'):
    try:
        parts = P.parse(s, name)
    except ValueError as e:
        print('ValueError:', e); return
    for p in parts:
        if isinstance(p, doctest.Example):
            print('EX', repr(p.source), repr(p.want), repr(p.exc_msg), p.lineno, p.indent, p.options)
        else:
            print('TXT', repr(p))
show('''
    Some text
    >>> x = 1
    >>> if x:
    ...     print("yes")
    yes
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b

    text again
    >>> raise KeyError(3)
    Traceback (most recent call last):
      File "x", line 1
        foo
    KeyError: 3
    >>> raise ValueError('multi\\nline')
    Traceback (innermost last):
    ValueError: multi
    line
    >>> # just a comment
    >>> print(1)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    1
    >>> f()   #doctest:+SKIP +DONT_ACCEPT_BLANKLINE
    >>>
    >>> x = """
    ... s # doctest: +ELLIPSIS"""
''')
show('>>>x = 1\n', 'nm')
show('  >>> x\n ... y\n', 'nm2')
show('  >>> x\n  ...y\n', 'nm3')
show('  >>> x\n  y\n z\n', 'nm4')
show('>>> x # doctest: +BOGUS\n', 'nm5')
show('>>> # doctest: +ELLIPSIS\n', 'nm6')
show('>>> x # doctest: ELLIPSIS\n', 'nm7')
show('\tfoo\n\t>>> 1\n\t1\n')
show('>>> print(1)\n1\n>>> print(2)\n2')
show('')
show('no examples here')
ex = P.get_examples('>>> 1\n1\n>>> 2\n')
print(len(ex), ex[0] == doctest.Example('1', '1', lineno=0), hash(ex[0]) == hash(doctest.Example('1\n','1\n')))
t = P.get_doctest('>>> 1\n1\n', {'a': 1}, 'nm', 'fn.txt', 5)
print(t, t.globs, t.docstring, t.lineno)
print(doctest.DocTest([], {}, 'x', None, None, ''))
print(doctest.DocTest(ex, {}, 'x', 'f', 3, ''))
print(sorted([doctest.DocTest([], {}, 'b', None, None, ''), doctest.DocTest([], {}, 'a', 'f', 2, '')]))
try:
    doctest.DocTest('s', {}, 'x', None, None, '')
except AssertionError as e: print('AE', e)
e = doctest.Example('x', 'y', exc_msg='Err')
print(repr(e.source), repr(e.want), repr(e.exc_msg), e.options, e.lineno, e.indent)
print(doctest.Example('x', '').want == '')
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items()))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(doctest.register_optionflag('MYFLAG'), doctest.register_optionflag('MYFLAG'), doctest.register_optionflag('ELLIPSIS'))
print(P.get_examples('>>> 1 # doctest: +MYFLAG\n1\n')[0].options)
print(doctest.script_from_examples('''
    Text here
    >>> x = 1
    >>> x + 1
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1

    End text.
'''))
print(doctest.TestResults(1, 2), doctest.TestResults._fields)
print(doctest.BLANKLINE_MARKER, doctest.ELLIPSIS_MARKER)
print(sorted(doctest.__all__))
