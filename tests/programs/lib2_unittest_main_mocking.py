import unittest
import io
import sys
import re
from unittest import mock

class Inventory:
    def __init__(self, db):
        self.db = db
    def restock(self, sku, n):
        if n <= 0:
            raise ValueError("n must be positive")
        cur = self.db.get(sku)
        self.db.set(sku, cur + n)
        return cur + n

class InventoryTest(unittest.TestCase):
    def setUp(self):
        self.db = mock.Mock()
        self.db.get.return_value = 5
        self.inv = Inventory(self.db)

    def test_restock(self):
        self.assertEqual(self.inv.restock("a", 3), 8)
        self.db.get.assert_called_once_with("a")
        self.db.set.assert_called_once_with("a", 8)

    def test_restock_calls(self):
        self.db.get.side_effect = [1, 2, 3]
        for _ in range(3):
            self.inv.restock("b", 1)
        self.assertEqual(self.db.set.call_args_list, [mock.call("b", 2), mock.call("b", 3), mock.call("b", 4)])
        self.assertEqual(self.db.get.call_count, 3)

    def test_bad_n(self):
        with self.assertRaisesRegex(ValueError, "positive"):
            self.inv.restock("a", 0)
        self.db.get.assert_not_called()

    def test_wrong_assert(self):
        self.inv.restock("a", 1)
        self.db.set.assert_called_with("a", 7)

    def test_patch_object(self):
        with mock.patch.object(Inventory, "restock", return_value=42) as m:
            self.assertEqual(Inventory(None).restock("z", 1), 42)
        m.assert_called_once_with("z", 1)

    @mock.patch("sys.platform", "plan9")
    def test_patch_decorator(self):
        self.assertEqual(sys.platform, "plan9")

    def test_magic(self):
        mm = mock.MagicMock()
        mm.__len__.return_value = 3
        mm.__getitem__.side_effect = lambda k: k * 2
        self.assertEqual(len(mm), 3)
        self.assertEqual(mm[4], 8)
        self.assertTrue(bool(mm))
        mm.__iter__.return_value = iter([1, 2])
        self.assertEqual(list(mm), [1, 2])

    def test_spec(self):
        m = mock.create_autospec(Inventory, instance=True)
        m.restock("a", 1)
        with self.assertRaises(AttributeError):
            m.nonexistent
        with self.assertRaises(TypeError):
            m.restock("a")

    def test_side_effect_exc(self):
        self.db.get.side_effect = KeyError("nope")
        with self.assertRaises(KeyError):
            self.inv.restock("q", 1)

    def test_error_in_test(self):
        raise RuntimeError("unexpected")

def scrub(t):
    t = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", t)
    t = re.sub(r'File "[^"]*", line \d+, in (\S+)', r'File "F", line N, in \1', t)
    t = re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", t)
    return t

buf = io.StringIO()
prog = unittest.main(argv=["prog", "-v"], exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
res = prog.result
print(res.testsRun, len(res.failures), len(res.errors), res.wasSuccessful())
text = scrub(buf.getvalue())
keep = [l for l in text.splitlines() if not l.startswith(("  File", "    ")) and "^^^^" not in l]
print("\n".join(keep))
buf2 = io.StringIO()
p2 = unittest.main(argv=["prog", "InventoryTest.test_restock", "InventoryTest.test_bad_n"], exit=False,
                   testRunner=unittest.TextTestRunner(stream=buf2, verbosity=1))
print(p2.result.testsRun, scrub(buf2.getvalue()).splitlines())
buf3 = io.StringIO()
p3 = unittest.main(argv=["prog", "-k", "patch", "-q"], exit=False, testRunner=unittest.TextTestRunner(stream=buf3, verbosity=0))
print(p3.result.testsRun, repr(scrub(buf3.getvalue())))
buf4 = io.StringIO()
p4 = unittest.main(argv=["prog", "-f", "-v"], exit=False, testRunner=unittest.TextTestRunner(stream=buf4, verbosity=2, failfast=True))
print(p4.result.testsRun, p4.result.shouldStop, len(p4.result.errors) + len(p4.result.failures))
m = mock.Mock(name="svc")
m.connect(1, x=2)
m.connect.return_value.query("q")
print(m.mock_calls)
print(m.method_calls, repr(m).split(" id=")[0])
print(mock.call(1, a=2) == mock.call(1, a=2), mock.call.foo(1), mock.ANY == 5, mock.sentinel.token, mock.sentinel.token is mock.sentinel.token)
try:
    m.connect.assert_called_with(2)
except AssertionError as e:
    print("AssertionError", scrub(str(e)))
try:
    m.other.assert_called()
except AssertionError as e:
    print("AssertionError", e)
pm = mock.PropertyMock(return_value=10)
class Cfg:
    pass
with mock.patch.object(Cfg, "size", pm, create=True):
    print(Cfg().size)
with mock.patch.dict("os.environ", {"APP_MODE": "test"}):
    import os
    print(os.environ["APP_MODE"])
print("APP_MODE" in __import__("os").environ)
