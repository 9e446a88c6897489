import io
import re
import unittest


def show(cls, verbosity=2):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(cls)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue()), end='')
    print('failures:', [str(t) for t, _ in result.failures])
    print('errors:', [t.id() for t, _ in result.errors])


class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertTrue(False, 'deep')

    def test_all_pass(self):
        for word in ('a', 'b'):
            with self.subTest(word=word):
                self.assertTrue(word)

    def test_error_and_continue(self):
        with self.subTest('boom'):
            raise ValueError('sub error')
        with self.subTest():
            self.fail('no params')
        print('after subtests')


show(Sub)
show(Sub, verbosity=1)
show(Sub, verbosity=0)

# subTest outside a run does nothing special
t = Sub('test_even')
with t.subTest(x=1):
    print('plain block')
