import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print('passed')
    except AssertionError as e:
        print('AssertionError:', e)
        print('~~')


check(t.assertEqual, [1, 2], [1, 3])
check(t.assertEqual, (1, 2, 3), (1, 2))
check(t.assertEqual, [1], [1, 2, 3])
check(t.assertEqual, {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})
check(t.assertEqual, {1, 2, 3}, {2, 3, 4})
check(t.assertEqual, frozenset([1]), frozenset())
check(t.assertEqual, 'one\ntwo\nthree\n', 'one\nTwo\nthree\n')
check(t.assertEqual, 'abc', 'abd')
check(t.assertEqual, 'single line', 'single  line\n')
check(t.assertEqual, 'x' * 100, 'x' * 99 + 'y')
check(t.assertEqual, list(range(40)), list(range(1, 41)))
check(t.assertEqual, 1, 2, 'my message')
check(t.assertEqual, 1.5, 1.5)
check(t.assertNotEqual, 3, 3)
check(t.assertListEqual, [1], (1,))
check(t.assertTupleEqual, (1,), [1])
check(t.assertSequenceEqual, [1, 2], (1, 2))
check(t.assertSequenceEqual, 'abc', 'abd')
check(t.assertDictEqual, {}, [])
check(t.assertMultiLineEqual, 'a', 1)
check(t.assertSetEqual, {1}, [1])
check(t.assertSetEqual, [1], {1})
check(t.assertEqual, [[1, 2], [3, 4]], [[1, 2], [3, 5]])
check(t.assertEqual, ['spam\n', 'eggs'], ['spam\n', 'ham'])
check(t.assertEqual, 'a\tb\n', 'a b\n')
t.maxDiff = None
check(t.assertEqual, list(range(30)), list(range(30))[::-1])
t.maxDiff = 50
check(t.assertEqual, 'alpha\nbeta\ngamma\ndelta\n', 'alpha\nBETA\ngamma\nDELTA\n')
t.longMessage = False
check(t.assertEqual, [1], [2], 'short only')
check(t.assertEqual, [1], [2])
t.longMessage = True
check(t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
check(t.assertCountEqual, 'aab', 'abb')
check(t.assertCountEqual, [[1], [2]], [[2], [1]])
check(t.assertCountEqual, [[1], [2], [2]], [[2], [3]])
check(t.assertEqual, 'a' * 50 + 'X' + 'b' * 50, 'a' * 50 + 'Y' + 'b' * 50)
