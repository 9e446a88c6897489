import re
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print('passed')
    except Exception as e:
        print(type(e).__name__ + ':', e)


check(t.assertTrue, 0)
check(t.assertTrue, [], 'extra')
check(t.assertFalse, 'x')
check(t.assertIs, 1, None)
check(t.assertIsNot, None, None)
check(t.assertIsNone, 5)
check(t.assertIsNotNone, None)
check(t.assertIn, 4, [1, 2])
check(t.assertNotIn, 'a', 'abc')
check(t.assertIsInstance, 3, str)
check(t.assertIsInstance, 3, (str, bytes))
check(t.assertNotIsInstance, 3, int)
check(t.assertLess, 2, 1)
check(t.assertLessEqual, 2, 1)
check(t.assertGreater, 1, 2)
check(t.assertGreaterEqual, 1, 2)
check(t.assertAlmostEqual, 1.0, 1.00000001)
check(t.assertAlmostEqual, 1.0, 1.1)
check(t.assertAlmostEqual, 1.0, 1.1, places=0)
check(t.assertAlmostEqual, 1.0, 1.25, delta=0.1)
check(t.assertAlmostEqual, 10, 12, delta=3)
check(t.assertAlmostEqual, 1, 2, places=1, delta=1)
check(t.assertNotAlmostEqual, 1.0, 1.00000001)
check(t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
check(t.assertNotAlmostEqual, 5, 5)
check(t.assertRegex, 'hello world', r'wor+ld')
check(t.assertRegex, 'hello', r'\d+')
check(t.assertRegex, 'hello', re.compile('z'), 'custom')
check(t.assertNotRegex, 'abc123', r'\d+')
check(t.assertRegex, 'x', '')
check(t.fail)
check(t.fail, 'explicit')
check(t.assertTrue, 'x' * 100 == 1 or None)
check(t.assertIn, 'needle', ['x' * 30] * 5)
t.longMessage = False
check(t.assertIn, 4, [1, 2], 'replaced')
check(t.assertLess, 3, 1)
t.longMessage = True


class Custom(unittest.TestCase):
    failureException = RuntimeError

    def runTest(self):
        pass


check(Custom().assertEqual, 1, 2)
check(Custom().fail, 'nope')
print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
print(T('runTest') == T('runTest'), T('runTest') != Custom())
try:
    T('missing')
except ValueError as e:
    print('ValueError:', e)
