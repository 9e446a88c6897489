import io
import re
import unittest

calls = []


def set_up():
    calls.append('setUp')


def tear_down():
    calls.append('tearDown')


def good():
    """A function test."""
    calls.append('good')


def bad():
    assert 1 == 2, 'plain assert'


ft = unittest.FunctionTestCase(good, setUp=set_up, tearDown=tear_down)
print(ft, ft.id(), ft.shortDescription(), ft.countTestCases())
print(unittest.FunctionTestCase(bad, description='desc').shortDescription())
print(ft == unittest.FunctionTestCase(good, setUp=set_up, tearDown=tear_down))
stream = io.StringIO()
suite = unittest.TestSuite([ft, unittest.FunctionTestCase(bad)])
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue()), end='')
print(calls)


class Recorder(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.events = []

    def startTest(self, test):
        super().startTest(test)
        self.events.append(('start', test.id()))

    def stopTest(self, test):
        super().stopTest(test)
        self.events.append(('stop', test.id()))

    def addSuccess(self, test):
        self.events.append(('success', test.id()))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.events.append(('failure', test.id(), err[0].__name__))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.events.append(('skip', test.id(), reason))

    def startTestRun(self):
        self.events.append('run start')

    def stopTestRun(self):
        self.events.append('run stop')


class Cases(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.assertFalse(True)

    @unittest.skipIf(True, 'cond')
    def test_3(self):
        pass

    @unittest.skipUnless(True, 'unused')
    def test_4(self):
        pass


rec = Recorder()
unittest.defaultTestLoader.loadTestsFromTestCase(Cases).run(rec)
for e in rec.events:
    print(e)
print(rec.wasSuccessful(), rec.testsRun, rec.shouldStop)
rec.stop()
print(rec.shouldStop)

r2 = Cases('test_1').run()
print(type(r2).__name__, r2.testsRun, r2.wasSuccessful())
c = Cases('test_2')
try:
    c.debug()
except AssertionError as e:
    print('debug raised', e)
try:
    Cases('test_3').debug()
except unittest.SkipTest as e:
    print('SkipTest', e)
plain = unittest.TestResult()
print(plain, plain.errors, plain.failures, plain.skipped, plain.expectedFailures,
      plain.unexpectedSuccesses, plain.buffer, plain.failfast)
