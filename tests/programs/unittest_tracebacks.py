import io
import re
import unittest


def helper(x):
    return x['key']


def deep(n):
    if n == 0:
        raise LookupError('bottom')
    return deep(n - 1)


class Tb(unittest.TestCase):
    def test_nested_call(self):
        helper({})

    def test_assert_in_helper(self):
        self.check_value(3)

    def check_value(self, v):
        self.assertEqual(v, 4, 'values differ')

    def test_raise_from_none(self):
        try:
            int('x')
        except ValueError:
            raise TypeError('converted') from None

    def test_recursion(self):
        deep(3)

    def test_assert_raises_wrong(self):
        with self.assertRaises(KeyError):
            [][1]

    def test_lambda(self):
        f = lambda: 1 / 0
        f()

    def test_multiline_expr(self):
        total = sum([
            1,
            2,
        ])
        self.assertEqual(
            total,
            4,
        )


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Tb)
result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
print(re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue()), end='')
print(len(result.errors), len(result.failures))
