"""unittest.suite (CPython's unittest.suite module, written for pyrs)."""

import sys

from . import case

__unittest = True


class BaseTestSuite(object):
    """A composite test: runs its tests in order, with no class or module fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (case.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._tests_now() == other._tests_now()
        return NotImplemented

    def _tests_now(self):
        return [*self]

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for one in tests:
            self.addTest(one)

    def run(self, result):
        position = 0
        for test in self:
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._drop(position)
            position += 1
        return result

    def _drop(self, index):
        # A test that has run is released, but still counted.
        try:
            test = self._tests[index]
        except TypeError:
            return
        counter = getattr(test, 'countTestCases', None)
        if counter is not None:
            self._removed_tests += counter()
        self._tests[index] = None

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the tests without collecting results."""
        for test in self:
            test.debug()


def _hook(result, name):
    method = getattr(result, name, None)
    if method is not None:
        method()


class _DebugResult(object):
    """Stands in for a result while a suite runs under debug()."""
    _last_case_class = None
    _module_fixture_broke = False
    shouldStop = False


def _debugging(result):
    # debug() runs the suite against a stand-in result and wants errors raised.
    return isinstance(result, _DebugResult)


class _ErrorHolder(object):
    """Stands for a class or module fixture in a result's error list."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_case(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/tearDownModule."""

    def run(self, result, debug=False):
        outermost = not getattr(result, '_inside_top_suite', False)
        if outermost:
            result._inside_top_suite = True
        for position, test in enumerate(iter(self)):
            if result.shouldStop:
                break
            if _is_case(test):
                self._leave_class(test, result)
                self._enter_module(test, result)
                self._enter_class(test, result)
                result._last_case_class = test.__class__
                if (getattr(test.__class__, '_class_fixture_broke', False)
                        or getattr(result, '_module_fixture_broke', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._drop(position)
        if outermost:
            self._leave_class(None, result)
            self._leave_module(result)
            result._inside_top_suite = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    @staticmethod
    def _fixture_error(result, exc, method_name, parent, info=None):
        holder = _ErrorHolder(f'{method_name} ({parent})')
        if isinstance(exc, case.SkipTest):
            case._report_skip(result, holder, str(exc))
        elif info is not None:
            result.addError(holder, info)
        else:
            result.addError(holder, (type(exc), exc, exc.__traceback__))

    def _call_fixture(self, result, function, what, owner):
        """Call a fixture; report and return False if it raised."""
        _hook(result, '_setupStdout')
        try:
            function()
        except Exception as exc:
            if _debugging(result):
                raise
            self._fixture_error(result, exc, what, owner)
            return False
        finally:
            _hook(result, '_restoreStdout')
        return True

    def _enter_class(self, test, result):
        current = test.__class__
        if current == getattr(result, '_last_case_class', None):
            return
        if getattr(result, '_module_fixture_broke', False) or getattr(current, '__unittest_skip__', False):
            return
        try:
            current._class_fixture_broke = False
        except TypeError:
            pass
        setter = getattr(current, 'setUpClass', None)
        if setter is None:
            return
        name = case.strclass(current)
        if self._call_fixture(result, setter, 'setUpClass', name):
            return
        try:
            current._class_fixture_broke = True
        except TypeError:
            pass
        cleaner = getattr(current, 'doClassCleanups', None)
        if cleaner is not None:
            cleaner()
            for info in current._class_cleanup_errors:
                self._fixture_error(result, info[1], 'setUpClass', name, info=info)

    def _leave_class(self, test, result):
        previous = getattr(result, '_last_case_class', None)
        current = test.__class__
        if previous is None or current == previous:
            return
        if (getattr(previous, '_class_fixture_broke', False)
                or getattr(result, '_module_fixture_broke', False)
                or getattr(previous, '__unittest_skip__', False)):
            return
        name = case.strclass(previous)
        ender = getattr(previous, 'tearDownClass', None)
        if ender is not None:
            self._call_fixture(result, ender, 'tearDownClass', name)
        cleaner = getattr(previous, 'doClassCleanups', None)
        if cleaner is not None:
            cleaner()
            for info in previous._class_cleanup_errors:
                if _debugging(result):
                    raise info[1]
                self._fixture_error(result, info[1], 'tearDownClass', name, info=info)

    @staticmethod
    def _previous_module(result):
        previous = getattr(result, '_last_case_class', None)
        return None if previous is None else previous.__module__

    def _enter_module(self, test, result):
        current = test.__class__.__module__
        if current == self._previous_module(result):
            return
        self._leave_module(result)
        result._module_fixture_broke = False
        module = sys.modules.get(current)
        if module is None:
            return
        setter = getattr(module, 'setUpModule', None)
        if setter is None:
            return
        _hook(result, '_setupStdout')
        try:
            setter()
        except Exception as exc:
            if _debugging(result):
                raise
            try:
                case.doModuleCleanups()
            except Exception as later:
                self._fixture_error(result, later, 'setUpModule', current)
            result._module_fixture_broke = True
            self._fixture_error(result, exc, 'setUpModule', current)
        finally:
            _hook(result, '_restoreStdout')

    def _leave_module(self, result):
        name = self._previous_module(result)
        if name is None or getattr(result, '_module_fixture_broke', False):
            return
        module = sys.modules.get(name)
        if module is None:
            return
        _hook(result, '_setupStdout')
        try:
            ender = getattr(module, 'tearDownModule', None)
            if ender is not None:
                try:
                    ender()
                except Exception as exc:
                    if _debugging(result):
                        raise
                    self._fixture_error(result, exc, 'tearDownModule', name)
            try:
                case.doModuleCleanups()
            except Exception as exc:
                if _debugging(result):
                    raise
                self._fixture_error(result, exc, 'tearDownModule', name)
        finally:
            _hook(result, '_restoreStdout')
