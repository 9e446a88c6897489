import unittest, io, re, sys
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")
    def test_x(self):
        pass
class B(unittest.TestCase):
    def tearDown(self):
        raise ValueError("teardown broke")
    def test_y(self):
        print("output from test_y")
    def test_z(self):
        print("noisy failing test")
        self.fail("explicit fail")
class C(unittest.TestCase):
    maxDiff = 40
    def test_long(self):
        self.assertEqual("a" * 50 + "b", "a" * 50 + "c")
    def test_seq_long(self):
        self.assertListEqual(list(range(30)), list(range(29)))
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, delta=0.05)
    def test_almost_places(self):
        self.assertAlmostEqual(1.0, 1.001, places=4, msg="close")
    def test_is(self):
        self.assertIs([], [])
    def test_in(self):
        self.assertIn(5, [1, 2])
    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "^x"):
            raise ValueError("yx")
    def test_warns_none(self):
        with self.assertWarns(UserWarning):
            pass
    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})
    def test_greater(self):
        self.assertGreaterEqual(1, 2)
    def test_isinstance(self):
        self.assertNotIsInstance(1, int, "custom")
    def test_logs_none(self):
        with self.assertLogs("q"):
            pass
    def test_no_logs(self):
        import logging
        with self.assertNoLogs("q2"):
            logging.getLogger("q2").warning("oops")
    def test_dict_contains(self):
        self.assertEqual({"a": [1, 2], "b": "x"}, {"a": [1, 3], "b": "x"})
    def test_type_mismatch(self):
        self.assertEqual(1, "1")
    def test_regex(self):
        self.assertNotRegex("abc", "b")
    def test_multiline_nl(self):
        self.assertEqual("a\nb\n", "a\nc\n")
def scrub(t):
    t = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", t)
    return "\n".join(l for l in t.splitlines() if not l.startswith(("  File", "    ")) and "^^^" not in l)
for case in (A, B, C):
    s = io.StringIO()
    r = unittest.TextTestRunner(stream=s, verbosity=2, buffer=(case is B)).run(unittest.defaultTestLoader.loadTestsFromTestCase(case))
    print(scrub(s.getvalue()))
    print(r)
