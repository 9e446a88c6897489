import io
import re
import sys
import unittest

log = []


def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')


def tearDownModule():
    log.append('tearDownModule')


class Resource:
    def __enter__(self):
        log.append('enter')
        return 'res'

    def __exit__(self, *a):
        log.append('exit')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('First.setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('First.tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.value = self.enterContext(Resource())

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_one(self):
        log.append('test_one ' + self.value)
        self.addCleanup(log.append, 'cleanup one')

    def test_two(self):
        log.append('test_two')
        self.addCleanup(lambda: 1 / 0)
        self.fail('two failed')


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'broken cleanup')
        raise RuntimeError('class setup broke')

    def test_never(self):
        log.append('never')


class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('whole class')

    def test_x(self):
        log.append('never either')


@unittest.skip('decorated class')
class DecoratedSkip(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise KeyError('setup')

    def tearDown(self):
        log.append('not reached')

    def test_x(self):
        pass


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise OSError('teardown')

    def test_x(self):
        log.append('ran BadTearDown')

    @classmethod
    def tearDownClass(cls):
        raise ValueError('tdc')


class NotCM(unittest.TestCase):
    def test_x(self):
        try:
            self.enterContext(42)
        except TypeError as e:
            log.append('TypeError: %s' % e)


loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(sys.modules[__name__])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue()), end='')
for entry in log:
    print(entry)
print(result.skipped)
print(suite.countTestCases(), list(suite)[:1])
