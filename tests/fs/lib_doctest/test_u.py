import sys, doctest, unittest, io
import modx

def setUp(t): t.globs['extra'] = 5
def tearDown(t): print('teardown', t.name)

suite = doctest.DocTestSuite(modx)
print(suite.countTestCases())
for t in suite: print(repr(t), t.id(), t.shortDescription())
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(stream.getvalue().replace('/tmp/mods/d/', '/'))
print(res.testsRun, len(res.failures), len(res.errors))

suite2 = doctest.DocFileSuite('doc1.txt', 'crlf.txt', setUp=setUp, tearDown=tearDown, optionflags=doctest.REPORT_UDIFF)
for t in suite2: print(repr(t), t.id(), t.shortDescription())
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite2)
print(stream.getvalue())
old = doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE)
print(old)
try: doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e: print(e)
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=0).run(doctest.DocTestSuite(modx))
print(stream.getvalue())
doctest.set_unittest_reportflags(0)
# debug()
case = list(doctest.DocTestSuite(modx))[1]
print(case)
try:
    for c in doctest.DocTestSuite(modx): c.debug()
except doctest.DocTestFailure as e:
    print('DTF', e.example.source)

def f():
    """
    >>> 1 + 1
    3
    """
s = doctest.DocTestSuite()
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(s)
print(stream.getvalue())
stream = io.StringIO()
