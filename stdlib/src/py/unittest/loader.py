"""unittest.loader (CPython's unittest.loader module, written for pyrs)."""

import fnmatch
import functools
import os
import re
import sys
import traceback
import types

from . import case, suite

__unittest = True

# File names discovery will import: an identifier followed by .py.
_IMPORTABLE_FILE = re.compile(r'(?i)[a-z_]\w*\.py$')


class _FailedTest(case.TestCase):
    """A test that re-raises the error met while loading what a name referred to."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._load_error = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        # Only the (missing) test method itself is synthesised.
        if name == self._testMethodName:
            return self._reraise
        return super().__getattribute__(name)

    def _reraise(self):
        raise self._load_error


def _failing_suite(name, exception, suite_class, message):
    return suite_class((_FailedTest(name, exception),)), message


def _import_failure(name, suite_class):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failing_suite(name, ImportError(message), suite_class, message)


def _load_tests_failure(name, exception, suite_class):
    message = 'Failed to call load_tests:\n' + traceback.format_exc()
    return _failing_suite(name, exception, suite_class, message)


def _is_case_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


def _is_base_case(cls):
    # The library's own TestCase classes hold no tests.
    return cls is case.TestCase or cls is case.FunctionTestCase


def _compare(x, y):
    return (x > y) - (x < y)


class TestLoader(object):
    """Builds suites from test case classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_compare)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of every test method of a TestCase subclass."""
        cls = testCaseClass
        if issubclass(cls, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = []
        if not _is_base_case(cls):
            names = self.getTestCaseNames(cls) or (
                ['runTest'] if hasattr(cls, 'runTest') else [])
        return self.suiteClass(list(map(cls, names)))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in a module (or its load_tests)."""
        members = [getattr(module, attr) for attr in dir(module)]
        tests = self.suiteClass([self.loadTestsFromTestCase(m) for m in members
                                 if _is_case_class(m) and not _is_base_case(m)])
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as exc:
            failed, message = _load_tests_failure(module.__name__, exc, self.suiteClass)
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates, relative to `module` when given."""
        parts = name.split('.')
        pending = None
        if module is None:
            trial = parts[:]
            while trial:
                try:
                    module = __import__('.'.join(trial))
                    break
                except ImportError:
                    last = trial.pop()
                    pending = _import_failure(last, self.suiteClass)
                    if not trial:
                        self.errors.append(pending[1])
                        return pending[0]
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                child = getattr(obj, part)
            except AttributeError as exc:
                if getattr(obj, '__path__', None) is not None and pending is not None:
                    self.errors.append(pending[1])
                    return pending[0]
                failed, message = _failing_suite(
                    part, exc, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(message)
                return failed
            parent, obj = obj, child
        return self._tests_for_object(obj, parent, parts)

    def _tests_for_object(self, obj, parent, parts):
        # Turn whatever a name resolved to into a suite.
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, suite.TestSuite):
            return obj
        if isinstance(obj, types.FunctionType) and _is_case_class(parent):
            one = parent(parts[-1])
            if not isinstance(getattr(one, parts[-1]), types.FunctionType):
                return self.suiteClass([one])
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of several names."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of a TestCase class."""
        prefix = self.testMethodPrefix

        def wanted(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if self.testNamePatterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return any(fnmatch.fnmatchcase(full, pat) for pat in self.testNamePatterns)

        names = list(filter(wanted, dir(testCaseClass)))
        order = self.sortTestMethodsUsing
        if order:
            names.sort(key=functools.cmp_to_key(order))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Import the modules matching `pattern` under start_dir and load their tests."""
        begin = os.path.abspath(start_dir)
        root = os.path.abspath(top_level_dir if top_level_dir is not None
                               else (self._top_level_dir or begin))
        if root not in sys.path:
            sys.path[:0] = [root]
        self._top_level_dir = root
        if not os.path.isdir(begin):
            raise ImportError('Start directory is not importable: %r' % begin)
        return self.suiteClass(list(self._walk(begin, pattern, root)))

    def _walk(self, folder, pattern, top):
        for entry in sorted(os.listdir(folder)):
            path = os.path.join(folder, entry)
            if os.path.isfile(path):
                if not _IMPORTABLE_FILE.match(entry) or not fnmatch.fnmatch(entry, pattern):
                    continue
                dotted = os.path.relpath(os.path.splitext(path)[0], top).replace(os.sep, '.')
                try:
                    __import__(dotted)
                except case.SkipTest as exc:
                    yield _failing_suite(dotted, exc, self.suiteClass, str(exc))[0]
                    continue
                except Exception:
                    failed, message = _import_failure(dotted, self.suiteClass)
                    self.errors.append(message)
                    yield failed
                    continue
                yield self.loadTestsFromModule(sys.modules[dotted], pattern=pattern)
            elif os.path.isdir(path) and os.path.isfile(os.path.join(path, '__init__.py')):
                yield from self._walk(path, pattern, top)


defaultTestLoader = TestLoader()


def _loader_for(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.sortTestMethodsUsing = sortUsing
    made.testMethodPrefix = prefix
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=_compare, testNamePatterns=None):
    import warnings
    warnings.warn('unittest.getTestCaseNames() is deprecated and will be removed in '
                  'Python 3.13. Please use unittest.TestLoader.getTestCaseNames() instead.',
                  DeprecationWarning, stacklevel=2)
    return _loader_for(prefix, sortUsing, testNamePatterns=testNamePatterns
                       ).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_compare, suiteClass=suite.TestSuite):
    import warnings
    warnings.warn('unittest.makeSuite() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.loadTestsFromTestCase() instead.',
                  DeprecationWarning, stacklevel=2)
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_compare, suiteClass=suite.TestSuite):
    import warnings
    warnings.warn('unittest.findTestCases() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.loadTestsFromModule() instead.',
                  DeprecationWarning, stacklevel=2)
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
