import functools
import sys
import unittest


class Zed(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def check_c(self): pass
    def helper(self): pass
    test_not_callable = 5


class Runner(unittest.TestCase):
    def runTest(self): pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Zed))
print(loader.loadTestsFromTestCase(Zed))
print(loader.loadTestsFromTestCase(Runner))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Zed))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Zed))
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Zed)))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*_a']
print(loader.getTestCaseNames(Zed))
loader = unittest.TestLoader()
print(loader.loadTestsFromName('Zed.test_a', sys.modules[__name__]))
print(loader.loadTestsFromName('Zed', sys.modules[__name__]).countTestCases())
print(loader.loadTestsFromNames(['Zed.test_b', 'Runner'], sys.modules[__name__]))
bad = loader.loadTestsFromName('Nothing', sys.modules[__name__])
print(bad, len(loader.errors))
print(loader.errors[0].splitlines()[0])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError:', e)

s = unittest.TestSuite()
print(s, s.countTestCases())
s.addTest(Zed('test_a'))
s.addTests([Zed('test_b'), unittest.TestSuite([Runner()])])
print(s.countTestCases(), len(list(s)))
for bad_item in (5, Zed, 'abc'):
    try:
        s.addTest(bad_item)
    except TypeError as e:
        print('TypeError:', e)
try:
    s.addTests('abc')
except TypeError as e:
    print('TypeError:', e)
print(s == unittest.TestSuite([Zed('test_a'), Zed('test_b'), unittest.TestSuite([Runner()])]))
r = unittest.TestResult()
s.run(r)
print(r, r.testsRun, list(s), s.countTestCases())
print(unittest.BaseTestSuite([Zed('test_a')]))
print(unittest.defaultTestLoader.__class__.__name__)
tests = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
print(tests.countTestCases(), [t.countTestCases() for t in tests])
print(sorted(n for n in dir(unittest) if not n.startswith('_') and n[0].isupper()))
