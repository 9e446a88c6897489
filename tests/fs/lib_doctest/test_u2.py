import sys, doctest, unittest, io
s = doctest.DocTestSuite('modz')
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream).run(s)
print('\n'.join(l for l in stream.getvalue().replace('/tmp/mods/d/','/').splitlines() if not l.startswith('Ran ')))
s = doctest.DocTestSuite('modw'); print(s.countTestCases(), type(s).__name__)
print(doctest.DocTestSuite('modz', test_finder=doctest.DocTestFinder(exclude_empty=False)).countTestCases())
c = list(doctest.DocTestSuite('modz'))[0]
print(c == list(doctest.DocTestSuite('modz'))[0], str(c).startswith('<doctest.DocTestCase'), type(c).__name__)
t = doctest.DocTestParser().get_doctest('>>> 1\n1\n', {}, 'a.b.c', 'f', 0)
c = doctest.DocTestCase(t); print(repr(c), c.id())
print(unittest.TextTestRunner(stream=io.StringIO()).run(c))
fc = doctest.DocFileTest('doc1.txt')
print(repr(fc).replace('/tmp/mods/d/','/'), fc.id(), fc._dt_test.globs['__file__'].replace('/tmp/mods/d/','/'))
