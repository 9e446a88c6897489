import io
import re
import unittest


def show(*classes, verbosity=2, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue()), end='')
    print('result:', result, result.wasSuccessful(), result.testsRun)
    print('---')


class Mixed(unittest.TestCase):
    def test_ok(self):
        """First line of the doc.

        Second paragraph."""
        self.assertTrue(True)

    def test_fail(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        data = {}
        return data['missing']

    @unittest.skip('not today')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_skip_inside(self):
        self.skipTest('inside')


class AllGood(unittest.TestCase):
    def test_a(self):
        self.assertEqual([1], [1])

    def test_b(self):
        self.assertIn(2, {1, 2})


for v in (0, 1, 2):
    show(Mixed, verbosity=v)
show(AllGood, verbosity=1)
show(AllGood, verbosity=2, descriptions=False)
show(Mixed, verbosity=1, failfast=True)

class Empty(unittest.TestCase):
    pass

show(Empty)
