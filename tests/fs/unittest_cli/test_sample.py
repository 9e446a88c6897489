import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    @unittest.skip('not today')
    def test_skipped(self):
        pass


class Text(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('a'.upper(), 'A')

    def test_error(self):
        raise KeyError('missing')
