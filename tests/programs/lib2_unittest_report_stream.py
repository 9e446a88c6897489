import unittest
import io
import re

class Calculator:
    def div(self, a, b):
        return a / b
    def parse(self, s):
        return int(s)

class CalcTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")
    def setUp(self):
        self.calc = Calculator()
        self.addCleanup(print, "cleanup", self._testMethodName)
    def test_div(self):
        self.assertEqual(self.calc.div(6, 3), 2)
        self.assertAlmostEqual(self.calc.div(1, 3), 0.333, places=3)
    def test_div_zero(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            self.calc.div(1, 0)
        self.assertIn("division", str(cm.exception))
    def test_parse_bad(self):
        with self.assertRaisesRegex(ValueError, r"invalid literal .* '(\w+)'"):
            self.calc.parse("abc")
    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], "lists differ")
    def test_fail_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_error(self):
        {}["missing"]
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.skipIf(True, "conditional")
    def test_skipif(self):
        pass
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even"):
                self.assertEqual(i % 2, 0)
    def test_multiline(self):
        self.assertMultiLineEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")
    def test_skip_inside(self):
        self.skipTest("runtime skip")
    def test_misc_asserts(self):
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello", "^h")
        self.assertGreater(2, 1)
        self.assertSetEqual({1}, {1})
        with self.assertWarns(UserWarning):
            import warnings
            warnings.warn("w", UserWarning)
        with self.assertLogs("x", level="INFO") as lg:
            import logging
            logging.getLogger("x").info("hi %s", 1)
        self.assertEqual(lg.output, ["INFO:x:hi 1"])
    def test_fail_long_seq(self):
        self.assertEqual(list(range(10)), list(range(1, 11)))
    def test_fail_msg_long(self):
        self.longMessage = False
        self.assertTrue(0, "custom only")
    def test_fail_tuple(self):
        self.assertTupleEqual((1, "a"), (1, "b"))
    def test_fail_not_in(self):
        self.assertNotIn("x", "xyz")
    def test_fail_raises_nothing(self):
        with self.assertRaises(KeyError):
            pass

class OtherTests(unittest.TestCase):
    def test_a(self):
        self.assertEqual("abc".upper(), "ABC")
    def runTest(self):
        pass

def scrub(text):
    text = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)
    text = re.sub(r'File "[^"]*", line \d+', 'File "F", line N', text)
    return text

loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(CalcTests))
suite.addTest(OtherTests("test_a"))
print("count", suite.countTestCases())
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
out = scrub(stream.getvalue())
lines = [l for l in out.splitlines() if not l.startswith("  File") and "^^^" not in l and not l.startswith("    ")]
print("\n".join(lines))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures),
      len(result.unexpectedSuccesses), result.wasSuccessful())
print(sorted(t.id().split(".")[-1] for t, _ in result.failures))
print(sorted((t.id().split(".")[-1], r) for t, r in result.skipped))
print(loader.getTestCaseNames(CalcTests)[:5])
print(str(OtherTests("test_a")), repr(OtherTests("test_a")).replace("__main__.", ""), OtherTests().id())
s2 = io.StringIO()
r2 = unittest.TextTestRunner(stream=s2, verbosity=0).run(loader.loadTestsFromTestCase(OtherTests))
print(repr(scrub(s2.getvalue())), r2)
s3 = io.StringIO()
unittest.TextTestRunner(stream=s3, verbosity=1).run(unittest.TestSuite([CalcTests("test_div"), CalcTests("test_error"), CalcTests("test_skipped")]))
print(scrub(s3.getvalue()).splitlines()[0])
try:
    CalcTests("nonexistent")
except ValueError as e:
    print("ValueError", e)
