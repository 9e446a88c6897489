"""unittest.loader: TestLoader turns classes, modules, names and directories into
suites (pyrs)."""

import fnmatch
import functools
import os
import re
import sys
import traceback
import types
import warnings

from . import case, suite

__unittest = True

VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


def _ordered(x, y):
    # Default comparison of test method names: -1, 0 or 1.
    return (x > y) - (x < y)


def _case_class(obj):
    # A TestCase subclass users wrote (the framework's own base classes excluded).
    return (isinstance(obj, type) and issubclass(obj, case.TestCase)
            and obj not in (case.TestCase, case.FunctionTestCase))


class _FailedTest(case.TestCase):
    """Stands in for something that could not be loaded; running it raises the
    problem found while loading."""

    def __init__(self, method_name, exception):
        if not hasattr(type(self), method_name):
            setattr(self, method_name, self._stand_in(exception))
        super().__init__(method_name)

    @staticmethod
    def _stand_in(exception):
        def report():
            raise exception
        return report


class ModuleSkipped(_FailedTest):
    """Stands in for a module whose import raised SkipTest."""

    @staticmethod
    def _stand_in(exception):
        @case.skip(str(exception))
        def skipped():
            pass
        return skipped


class TestLoader(object):
    """Builds test suites from test case classes, modules, dotted names and
    directory trees.  Problems met while loading are kept in self.errors."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_ordered)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        self._packages_in_progress = set()

    # -- failures ----------------------------------------------------------------

    def _failure(self, name, exc, headline=None):
        """(suite holding one failing stand-in for name, error text for self.errors).
        headline None means exc is a SkipTest: the text is None then."""
        if headline is None:
            return self.suiteClass((ModuleSkipped(name, exc),)), None
        details = traceback.format_exc()
        if headline.endswith(': '):
            note = headline + name + '\n' + details
            exc = ImportError(note)
        else:
            note = headline + '\n' + details
        return self.suiteClass((_FailedTest(name, exc),)), note

    def _noted(self, outcome):
        made, note = outcome
        if note is not None:
            self.errors.append(note)
        return made

    # -- classes and modules -----------------------------------------------------

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite with one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            chosen = []
        else:
            chosen = self.getTestCaseNames(testCaseClass)
            if not chosen and hasattr(testCaseClass, 'runTest'):
                chosen = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in chosen])

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the TestCase classes found in module, or whatever its
        load_tests(loader, tests, pattern) function returns."""
        found = []
        for attr in dir(module):
            value = getattr(module, attr)
            if _case_class(value):
                found.append(self.loadTestsFromTestCase(value))
        collected = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return collected
        try:
            return hook(self, collected, pattern)
        except Exception as exc:
            return self._noted(self._failure(module.__name__, exc,
                                             'Failed to call load_tests:'))

    def getTestCaseNames(self, testCaseClass):
        """Sorted names of the test methods of testCaseClass."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns
        owner = '%s.%s.' % (testCaseClass.__module__, testCaseClass.__qualname__)
        picked = []
        for attr in dir(testCaseClass):
            if not attr.startswith(prefix) or not callable(getattr(testCaseClass, attr)):
                continue
            if patterns is not None and not any(
                    fnmatch.fnmatchcase(owner + attr, pat) for pat in patterns):
                continue
            picked.append(attr)
        if self.sortTestMethodsUsing:
            picked.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return picked

    # -- dotted names ------------------------------------------------------------

    def _longest_import(self, parts):
        """Import the longest importable prefix of parts.  Returns the top-level
        package (or None) and the last import problem met, as _failure() gives it."""
        problem = None
        for count in range(len(parts), 0, -1):
            try:
                return __import__('.'.join(parts[:count])), problem
            except ImportError as exc:
                problem = self._failure(parts[count - 1], exc,
                                        'Failed to import test module: ')
        return None, problem

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates: a module, a TestCase class or one of
        its methods, a TestSuite, or a callable returning a test or suite.  Without
        module, the name starts with a module to import."""
        parts = name.split('.')
        problem = None
        if module is None:
            node, problem = self._longest_import(parts)
            if node is None:
                return self._noted(problem)
            steps = parts[1:]
        else:
            node, steps = module, parts
        parent = None
        for step in steps:
            try:
                parent, node = node, getattr(node, step)
            except AttributeError as exc:
                if problem is not None and getattr(node, '__path__', None) is not None:
                    # For a package, a missing attribute may be a submodule that
                    # failed to import: that error is the one worth showing.
                    return self._noted(problem)
                return self._noted(self._failure(step, exc, 'Failed to access attribute:'))
        return self._suite_for(parent, node, parts[-1])

    def _suite_for(self, parent, node, last):
        if isinstance(node, types.ModuleType):
            return self.loadTestsFromModule(node)
        if _case_class(node):
            return self.loadTestsFromTestCase(node)
        if (isinstance(node, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            single = parent(last)
            if not isinstance(getattr(single, last), types.FunctionType):
                return self.suiteClass([single])
        if isinstance(node, suite.TestSuite):
            return node
        if not callable(node):
            raise TypeError("don't know how to make test from: %s" % node)
        made = node()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (node, made))

    def loadTestsFromNames(self, names, module=None):
        """A suite with the tests of every name in names."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    # -- discovery ---------------------------------------------------------------

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find test modules matching pattern under start_dir, importing them as
        modules relative to top_level_dir (default: start_dir, or the top level of an
        earlier discovery), and return one suite with all their tests.  Packages are
        entered; a package's load_tests, if any, decides for the whole package."""
        implicit = top_level_dir is None
        if implicit and self._top_level_dir is not None:
            top_level_dir, implicit = self._top_level_dir, False
        top = os.path.abspath(start_dir if top_level_dir is None else top_level_dir)
        candidate = os.path.abspath(start_dir)
        if os.path.isdir(candidate):
            start = candidate
            if start != top and not os.path.isfile(os.path.join(start, '__init__.py')):
                raise ImportError('Start directory is not importable: %r' % start)
        else:
            start, found_top = self._directory_of_module(start_dir)
            if implicit:
                top = found_top
        if top not in sys.path:
            sys.path.insert(0, top)
        self._top_level_dir = top
        return self.suiteClass(list(self._scan(start, pattern, top)))

    @staticmethod
    def _directory_of_module(dotted):
        try:
            __import__(dotted)
        except ImportError:
            raise ImportError('Start directory is not importable: %r' % dotted) from None
        module = sys.modules[dotted]
        where = getattr(module, '__file__', None)
        if where is None:
            raise TypeError('Can not use builtin modules as dotted module names')
        here = os.path.dirname(os.path.abspath(where))
        head = sys.modules[dotted.split('.')[0]]
        head_file = os.path.abspath(head.__file__)
        up = os.path.dirname(head_file)
        if os.path.basename(head_file).startswith('__init__.'):
            up = os.path.dirname(up)
        return here, up

    def _scan(self, directory, pattern, top):
        """Yield the suites found in directory (itself a package unless it is top)."""
        if directory != top:
            recurse = yield from self._package(directory, pattern, top)
            if not recurse:
                return
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if os.path.isfile(path):
                if VALID_MODULE_NAME.match(entry) and fnmatch.fnmatch(entry, pattern):
                    loaded, _ = self._module_at(path, top, pattern)
                    yield loaded
            elif os.path.isdir(path) and os.path.isfile(os.path.join(path, '__init__.py')):
                yield from self._scan(path, pattern, top)

    def _package(self, directory, pattern, top):
        """Yield the package's own tests; return whether its contents are scanned."""
        dotted = self._dotted(directory, top)
        if dotted in self._packages_in_progress:
            return True
        self._packages_in_progress.add(dotted)
        try:
            loaded, module = self._module_at(directory, top, pattern)
            if loaded is not None:
                yield loaded
            return module is not None and getattr(module, 'load_tests', None) is None
        finally:
            self._packages_in_progress.discard(dotted)

    @staticmethod
    def _dotted(path, top):
        relative = os.path.relpath(os.path.splitext(os.path.normpath(path))[0], top)
        return relative.replace(os.sep, '.')

    def _module_at(self, path, top, pattern):
        """Import the module (or package) at path; (suite, module or None)."""
        dotted = self._dotted(path, top)
        try:
            __import__(dotted)
        except case.SkipTest as exc:
            return self._noted(self._failure(dotted, exc)), None
        except:
            return self._noted(self._failure(dotted, None, 'Failed to import test module: ')), None
        module = sys.modules[dotted]
        origin = os.path.abspath(getattr(module, '__file__', None) or path)
        if os.path.isdir(path):
            origin, wanted = os.path.dirname(origin), path
        else:
            origin, wanted = os.path.splitext(origin)[0], os.path.splitext(path)[0]
        if os.path.normcase(os.path.realpath(origin)) != os.path.normcase(
                os.path.realpath(wanted)):
            raise ImportError('%r module incorrectly imported from %r. Expected %r. '
                              'Is this module globally installed?'
                              % (dotted, os.path.dirname(origin), os.path.dirname(wanted)))
        return self.loadTestsFromModule(module, pattern=pattern), module


defaultTestLoader = TestLoader()


def _superseded(replacement):
    """Mark a module-level helper as deprecated in favour of a TestLoader method."""
    def mark(func):
        @functools.wraps(func)
        def warned(*args, **kwargs):
            warnings.warn('unittest.%s() is deprecated and will be removed in Python '
                          '3.13. Please use unittest.TestLoader.%s() instead.'
                          % (func.__name__, replacement), DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return warned
    return mark


def _loader_with(**settings):
    made = TestLoader()
    for attr, value in settings.items():
        setattr(made, attr, value)
    return made


@_superseded('getTestCaseNames')
def getTestCaseNames(testCaseClass, prefix, sortUsing=_ordered, testNamePatterns=None):
    chosen = _loader_with(testMethodPrefix=prefix, sortTestMethodsUsing=sortUsing,
                          testNamePatterns=testNamePatterns)
    return chosen.getTestCaseNames(testCaseClass)


@_superseded('loadTestsFromTestCase')
def makeSuite(testCaseClass, prefix='test', sortUsing=_ordered, suiteClass=suite.TestSuite):
    chosen = _loader_with(testMethodPrefix=prefix, sortTestMethodsUsing=sortUsing,
                          suiteClass=suiteClass or TestLoader.suiteClass)
    return chosen.loadTestsFromTestCase(testCaseClass)


@_superseded('loadTestsFromModule')
def findTestCases(module, prefix='test', sortUsing=_ordered, suiteClass=suite.TestSuite):
    chosen = _loader_with(testMethodPrefix=prefix, sortTestMethodsUsing=sortUsing,
                          suiteClass=suiteClass or TestLoader.suiteClass)
    return chosen.loadTestsFromModule(module)
