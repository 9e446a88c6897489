import sys, doctest
import modx
def fix(s):
    return str(s).replace('/tmp/mods/d/', '/') if s else s
for kw in [{}, {'exclude_empty': False}, {'recurse': False}]:
    tests = doctest.DocTestFinder(**kw).find(modx)
    for t in tests:
        print(t.name, fix(t.filename), t.lineno, len(t.examples), [e.lineno for e in t.examples])
    print('--')
tests = doctest.DocTestFinder(verbose=True).find(modx.Outer, 'Outer', module=False)
for t in tests: print(t.name, t.filename, t.lineno, len(t.examples))
tests = doctest.DocTestFinder().find(modx.square, globs={'q': 1}, extraglobs={'r': 2})
print(tests, sorted(tests[0].globs))
try:
    doctest.DocTestFinder().find(3)
except ValueError as e: print(e)
print(doctest.DocTestFinder().find("""\n>>> 1\n1\n""", 'strtest'))
r = doctest.testmod(modx)
print(r)
r = doctest.testmod(modx, verbose=True, exclude_empty=True)
print(r)
print(doctest.testmod(modx, name='renamed', report=False))
print(doctest.testmod(modx, optionflags=doctest.REPORT_NDIFF, extraglobs={'square': lambda x: 0}))
try:
    doctest.testmod(modx, raise_on_error=True)
except doctest.DocTestFailure as e:
    print('DTF', fix(e), e.example.source)
try:
    doctest.testmod(3)
except TypeError as e: print(e)
print(doctest.master.summarize(verbose=True))
doctest.run_docstring_examples(modx.decorated, {'decorated': modx.decorated})
doctest.run_docstring_examples(modx.square, {'square': modx.square}, verbose=True, name='SQ')
doctest.run_docstring_examples(modx.Outer, {})
print(doctest.testsource(modx, 'modx.tracer'))
try: doctest.testsource(modx, 'nope')
except ValueError as e: print(e)
