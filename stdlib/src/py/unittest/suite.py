"""unittest.suite: collections of tests, with class and module fixtures (pyrs)."""

import collections
import sys

from . import case

__unittest = True


def _is_single_test(item):
    # Suites can be iterated (by __iter__ or the old __getitem__ protocol); tests cannot.
    kind = type(item)
    return getattr(kind, '__iter__', None) is None and not hasattr(kind, '__getitem__')


class BaseTestSuite(object):
    """An ordered collection of tests and suites, run one after the other."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._released = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (case.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._released + sum(t.countTestCases() for t in self._tests if t)

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
        for test in tests:
            self.addTest(test)

    def _removeTestAtIndex(self, index):
        """Drop the reference to a test that has run (keeping it in the count)."""
        done = self._tests[index]
        self._tests[index] = None
        counter = getattr(done, 'countTestCases', None)
        if counter is not None:
            self._released += counter()

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result, so that problems propagate."""
        for test in self:
            test.debug()


class _ErrorHolder(object):
    """What the result lists show for a failed class or module fixture."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.description

    id = __str__

    def shortDescription(self):
        return None


# Fixture levels, outermost first.  For each: the key of a test class at that level,
# the object owning the hooks for a key (None: no fixtures), the key's name in reports,
# the set-up and tear-down hook names, where the cleanup runner lives (None: on the
# owner) with its name, and the owner's attribute recording a failed set-up (or None).
_Level = collections.namedtuple(
    '_Level', 'key_of owner_of name_of set_up tear_down cleanup_host cleanup_runner'
              ' failure_flag')


def _defining_module(cls):
    return cls.__module__


def _loaded_module(name):
    return sys.modules.get(name)


def _test_class(cls):
    return cls


def _unless_skipped(cls):
    return None if getattr(cls, '__unittest_skip__', False) else cls


_LEVELS = (
    _Level(_defining_module, _loaded_module, str,
           'setUpModule', 'tearDownModule', case, 'doModuleCleanups', None),
    _Level(_test_class, _unless_skipped, case.strclass,
           'setUpClass', 'tearDownClass', None, 'doClassCleanups', '_classSetupFailed'),
)


def _result_call(result, name):
    # Results that are not TestResults may lack the optional hooks.
    method = getattr(result, name, None)
    if method is not None:
        method()


def _info(exc):
    return (type(exc), exc, exc.__traceback__)


class _FixtureTracker(object):
    """Which module and class fixtures are in place for a result, and which broke."""

    def __init__(self):
        self.keys = [None] * len(_LEVELS)
        self.broken = [False] * len(_LEVELS)
        self.busy = False

    @staticmethod
    def attached_to(result):
        tracker = getattr(result, '_fixture_tracker', None)
        if tracker is None:
            tracker = _FixtureTracker()
            try:
                result._fixture_tracker = tracker
            except AttributeError:
                pass
        return tracker

    def shift(self, cls, result, debug):
        """Put the fixtures of test class cls in place (cls None: take every fixture
        down).  Returns False when a broken fixture means the test must not run."""
        wanted = [None] * len(_LEVELS) if cls is None else [lv.key_of(cls) for lv in _LEVELS]
        changed = [depth for depth, key in enumerate(wanted) if key != self.keys[depth]]
        if changed:
            top = changed[0]
            for depth in range(len(_LEVELS) - 1, top - 1, -1):
                if self.keys[depth] is not None and not any(self.broken[:depth + 1]):
                    self._hook(depth, self.keys[depth], False, result, debug)
            if cls is not None:
                for depth in range(top, len(_LEVELS)):
                    self.keys[depth] = wanted[depth]
                    self.broken[depth] = False
                    if not any(self.broken[:depth]):
                        self._hook(depth, wanted[depth], True, result, debug)
        return not any(self.broken)

    def _hook(self, depth, key, setting_up, result, debug):
        # Call one set-up or tear-down hook of a level.  The level's cleanups run after
        # every tear-down, and after a set-up only when it failed.  A missing set-up
        # hook is skipped silently; a tear-down always runs the cleanups.
        level = _LEVELS[depth]
        owner = level.owner_of(key)
        if owner is None:
            return
        name = level.set_up if setting_up else level.tear_down
        hook = getattr(owner, name, None)
        if setting_up and hook is None:
            return
        label = '%s (%s)' % (name, level.name_of(key))
        # What the hooks print is captured like a test's output when buffering.
        _result_call(result, '_setupStdout')
        try:
            self._call_and_clean(depth, owner, hook, setting_up, label, result, debug)
        finally:
            _result_call(result, '_restoreStdout')

    def _call_and_clean(self, depth, owner, hook, setting_up, label, result, debug):
        level = _LEVELS[depth]
        failed = False
        if hook is not None:
            try:
                hook()
            except Exception as exc:
                failed = True
                self._report(_info(exc), label, result, debug)
        if setting_up:
            if level.failure_flag is not None:
                setattr(owner, level.failure_flag, failed)
            if not failed:
                return
            self.broken[depth] = True
        host = owner if level.cleanup_host is None else level.cleanup_host
        runner = getattr(host, level.cleanup_runner, None)
        if runner is None:
            return
        try:
            runner()
        except Exception as exc:
            self._report(_info(exc), label, result, debug)
        else:
            for info in getattr(host, 'tearDown_exceptions', ()):
                self._report(info, label, result, debug)

    @staticmethod
    def _report(info, label, result, debug):
        if debug:
            raise info[1]
        stand_in = _ErrorHolder(label)
        skip_report = getattr(result, 'addSkip', None)
        if skip_report is not None and isinstance(info[1], case.SkipTest):
            skip_report(stand_in, str(info[1]))
        else:
            result.addError(stand_in, info)


class _SilentResult(object):
    """Stand-in result for TestSuite.debug()."""

    shouldStop = False


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/tearDownModule
    around the tests it holds (across nested suites)."""

    def run(self, result, debug=False):
        tracker = _FixtureTracker.attached_to(result)
        outermost = not tracker.busy
        tracker.busy = True
        try:
            for position, test in enumerate(self):
                if result.shouldStop:
                    break
                if _is_single_test(test):
                    if not tracker.shift(test.__class__, result, debug):
                        continue
                    if debug:
                        test.debug()
                    else:
                        test(result)
                elif debug:
                    test.debug()
                else:
                    test(result)
                if self._cleanup:
                    self._removeTestAtIndex(position)
            if outermost:
                tracker.shift(None, result, debug)
        finally:
            if outermost:
                tracker.busy = False
        return result

    def debug(self):
        """Run the tests (and fixtures) without a result, so that problems propagate."""
        self.run(_SilentResult(), True)
