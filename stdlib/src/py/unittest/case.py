"""unittest.case: TestCase, FunctionTestCase, skipping and the assert* methods (pyrs)."""

import collections
import difflib
import functools
import logging
import os
import pprint
import re
import time
import warnings

from . import result

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

# The assertEqual checks of built-in types, by method name (subclass overrides count).
_STANDARD_CHECKS = (
    (dict, 'assertDictEqual'), (list, 'assertListEqual'), (tuple, 'assertTupleEqual'),
    (set, 'assertSetEqual'), (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual'))


class SkipTest(Exception):
    """Raise this to skip a test (the argument is the reason)."""


class _UnexpectedSuccess(Exception):
    """Stands for an unexpected success when the result cannot record one."""


class _Halt(Exception):
    """Private signal: failfast asked the running test to stop at once."""


# ---------------------------------------------------------------------------
# Text helpers for failure messages

def _shown(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def safe_repr(obj, short=False):
    """repr() that cannot fail; with short=True it is cut after 80 characters."""
    text = _shown(obj)
    if short and len(text) >= 80:
        return text[:80] + ' [truncated]...'
    return text


def strclass(cls):
    return cls.__module__ + '.' + cls.__qualname__


# How headline reprs are shortened: when either repr is longer than _WIDTH, the start
# both share keeps _EDGE characters at its front and, at its back, whatever _ROOM
# leaves beside the longer remainder (at least _EDGE).  If that minimum does not fit,
# each remainder also keeps only _REST_FRONT + _EDGE characters.  A stretch is
# replaced by '[N chars]' only when it is longer than _MIN_HIDDEN.
_WIDTH = 80
_ROOM = 63
_EDGE = 5
_REST_FRONT = 41
_MIN_HIDDEN = 12


def _side_by_side(first, second):
    """The reprs of first and second as shown in an 'a != b' headline."""
    texts = (_shown(first), _shown(second))
    if max(len(texts[0]), len(texts[1])) <= _WIDTH:
        return texts
    common = len(os.path.commonprefix(texts))
    spare = _ROOM - (max(len(texts[0]), len(texts[1])) - common)
    shown = []
    for text in texts:
        # Stretches to hide, as (start, stop) positions in the whole repr.
        hidden = [(_EDGE, common - max(spare, _EDGE))]
        if spare < _EDGE:
            hidden.append((common + _REST_FRONT, len(text) - _EDGE))
        pieces, pos = [], 0
        for start, stop in hidden:
            if stop - start > _MIN_HIDDEN:
                pieces += [text[pos:start], '[%d chars]' % (stop - start)]
                pos = stop
        pieces.append(text[pos:])
        shown.append(''.join(pieces))
    return tuple(shown)


def _count_mismatches(first, second):
    """(count in first, count in second, item) for each item counted differently.

    Equal items form one group, named by its earliest member (first is read before
    second).  Hashable items find their group through a dict; others by comparing."""
    groups = []        # [item, count in first, count in second], in creation order
    hashed = {}        # hashable item -> its group
    unhashed = []      # groups whose item cannot be hashed
    for column, items in ((1, first), (2, second)):
        for item in items:
            try:
                group = hashed.get(item)
            except TypeError:
                group, can_hash, candidates = None, False, groups
            else:
                can_hash, candidates = True, unhashed
            if group is None:
                group = next((g for g in candidates if g[0] is item or g[0] == item), None)
            if group is None:
                group = [item, 0, 0]
                groups.append(group)
                if can_hash:
                    hashed[item] = group
                else:
                    unhashed.append(group)
            group[column] += 1
    return [(g[1], g[2], g[0]) for g in groups if g[1] != g[2]]


def _line_diff(first, second):
    """ndiff of two strings, line by line, keeping the line ends."""
    if any(s and not s.endswith('\n') for s in (first, second)):
        first = first + '\n' if first else first
        second = second + '\n' if second else second
    return ''.join(difflib.ndiff(first.splitlines(True), second.splitlines(True)))


def _pretty_diff(first, second):
    a = pprint.pformat(first).splitlines()
    b = pprint.pformat(second).splitlines()
    return '\n' + '\n'.join(difflib.ndiff(a, b))


# ---------------------------------------------------------------------------
# Skipping and expected failures

def _mark_skipped(target, why):
    if isinstance(target, type):
        target.__unittest_skip__ = True
        target.__unittest_skip_why__ = why
        return target

    @functools.wraps(target)
    def skipped(*args, **kwargs):
        raise SkipTest(why)
    skipped.__unittest_skip__ = True
    skipped.__unittest_skip_why__ = why
    return skipped


def skip(reason):
    """Decorator: always skip the test (or every test of the class)."""
    if callable(reason) and not isinstance(reason, str):
        return _mark_skipped(reason, '')

    def decorator(target):
        return _mark_skipped(target, reason)
    return decorator


def _unchanged(target):
    return target


def skipIf(condition, reason):
    """Decorator: skip the test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail; a pass is reported as unexpected."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


def _skip_reason(*holders):
    # None when nothing is marked skipped; else the first reason given ('' if none).
    if not any(getattr(h, '__unittest_skip__', False) for h in holders):
        return None
    reasons = [getattr(h, '__unittest_skip_why__', '') for h in holders]
    return next(filter(None, reasons), '')


# ---------------------------------------------------------------------------
# Cleanups and context managers outside a single test

def _enter(cm, register):
    """Enter cm and register its __exit__ with register(); return what __enter__ gave."""
    kind = type(cm)
    try:
        opener, closer = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (kind.__module__, kind.__qualname__)) from None
    value = opener(cm)
    register(closer, cm, None, None, None)
    return value


_module_cleanup_stack = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register a function to call after the module's tests (tearDownModule time)."""
    _module_cleanup_stack.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter cm now; it is exited with the module cleanups."""
    return _enter(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups (last added first); re-raise the first failure."""
    first_problem = None
    while _module_cleanup_stack:
        function, args, kwargs = _module_cleanup_stack.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            if first_problem is None:
                first_problem = exc
    if first_problem is not None:
        raise first_problem


# ---------------------------------------------------------------------------
# Reporting helpers shared by a test run and suite fixtures

def _note_skip(res, test, why):
    report = getattr(res, 'addSkip', None)
    if report is None:
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        res.addSuccess(test)
    else:
        report(test, why)


class _TestRun(object):
    """What happened while one test ran; every phase reports into it."""

    def __init__(self, test, res, expecting):
        self.test = test
        self.result = res
        self.expecting_failure = expecting
        self.success = True
        self.mishaps = 0
        self.anticipated = None
        self.split_subtests = res is not None and hasattr(res, 'addSubTest')

    def attempt(self, in_body, func, args, kwargs):
        """Call func; file whatever it raises.  Returns True if it raised nothing."""
        try:
            func(*args, **kwargs)
            return True
        except KeyboardInterrupt:
            raise
        except _Halt:
            self.success = False
        except SkipTest as exc:
            self.skipped(self.test, exc)
        except BaseException as exc:
            if in_body and self.expecting_failure:
                self.anticipated = (type(exc), exc, exc.__traceback__)
            else:
                self.failed(self.test, exc)
        return False

    def skipped(self, owner, exc):
        self.success = False
        self.mishaps += 1
        if self.result is not None:
            _note_skip(self.result, owner, str(exc))

    def failed(self, owner, exc):
        self.success = False
        self.mishaps += 1
        res = self.result
        if res is None:
            return
        info = (type(exc), exc, exc.__traceback__)
        if owner is not self.test:
            res.addSubTest(self.test, owner, info)
        elif isinstance(exc, self.test.failureException):
            res.addFailure(self.test, info)
        else:
            res.addError(self.test, info)

    def timed(self, seconds):
        report = getattr(self.result, 'addDuration', None)
        if report is None:
            warnings.warn('TestResult has no addDuration method', RuntimeWarning)
        else:
            report(self.test, seconds)

    def verdict(self):
        res, test = self.result, self.test
        if not self.success:
            return
        if not self.expecting_failure:
            res.addSuccess(test)
        elif self.anticipated is not None:
            report = getattr(res, 'addExpectedFailure', None)
            if report is None:
                warnings.warn('TestResult has no addExpectedFailure method, '
                              'reporting as passes', RuntimeWarning)
                res.addSuccess(test)
            else:
                report(test, self.anticipated)
        else:
            report = getattr(res, 'addUnexpectedSuccess', None)
            if report is not None:
                report(test)
                return
            warnings.warn('TestResult has no addUnexpectedSuccess method, '
                          'reporting as failure', RuntimeWarning)
            try:
                raise _UnexpectedSuccess()
            except _UnexpectedSuccess as exc:
                res.addFailure(test, (type(exc), exc, exc.__traceback__))


_NO_MESSAGE = object()


class _SubTestScope(object):
    """The context manager returned by TestCase.subTest()."""

    def __init__(self, test, message, params):
        self.test = test
        self.message = message
        self.params = params
        self.record = None
        self.sub = None
        self.outer = None
        self.before = 0

    def __enter__(self):
        test = self.test
        record = test._outcome
        if record is None or not record.split_subtests:
            return None
        self.record = record
        self.outer = test._open_subtest
        merged = dict(self.params)
        if self.outer is not None:
            for key, value in self.outer.params.items():
                merged.setdefault(key, value)
        self.sub = _SubTest(test, self.message, merged)
        test._open_subtest = self.sub
        self.before = record.mishaps
        return None

    def __exit__(self, kind, exc, tb):
        record = self.record
        if record is None:
            return False
        self.test._open_subtest = self.outer
        if kind is None:
            if record.mishaps == self.before:
                record.result.addSubTest(self.test, self.sub, None)
            return False
        if issubclass(kind, (KeyboardInterrupt, _Halt)):
            return False
        if issubclass(kind, SkipTest):
            record.skipped(self.sub, exc)
            return True
        if record.expecting_failure:
            return False
        record.failed(self.sub, exc)
        if getattr(record.result, 'failfast', False):
            raise _Halt()
        return True


# ---------------------------------------------------------------------------
# Context managers behind assertRaises / assertWarns / assertLogs

class _Catcher(object):
    """Common part of the assertRaises/assertWarns context managers.  Subclasses name
    the class every expected type must derive from and how a TypeError describes it."""

    def __init__(self, test, api, expected, pattern):
        if not self._acceptable(expected):
            raise TypeError('%s() arg 1 must be %s' % (api, self.wanted_text))
        self.test = test
        self.expected = expected
        if isinstance(pattern, (str, bytes)):
            pattern = re.compile(pattern)
        self.expected_regex = pattern
        self.note = None          # the caller's msg=
        self.callee = None        # __name__ of the callable under test, if one was given

    def _acceptable(self, spec):
        # A class derived from self.root, or a (possibly nested) tuple of such specs.
        if isinstance(spec, tuple):
            return all(map(self._acceptable, spec))
        return isinstance(spec, type) and issubclass(spec, self.root)

    def _complain(self, text):
        self.test.fail(self.test._formatMessage(self.note, text))

    def _missing(self, verb):
        name = getattr(self.expected, '__name__', None) or str(self.expected)
        if self.callee:
            self._complain('%s not %s by %s' % (name, verb, self.callee))
        self._complain('%s not %s' % (name, verb))

    def _mismatch(self, text):
        self._complain('"%s" does not match "%s"' % (self.expected_regex.pattern, text))


class _RaisesCatcher(_Catcher):

    root = BaseException
    wanted_text = 'an exception type or tuple of exception types'

    def __init__(self, test, api, expected, pattern=None):
        _Catcher.__init__(self, test, api, expected, pattern)
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None:
            self._missing('raised')
        if not issubclass(kind, self.expected):
            return False
        self.exception = exc.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc)):
            self._mismatch(str(exc))
        return True


class _WarningsCatcher(_Catcher):

    root = Warning
    wanted_text = 'a warning type or tuple of warning types'

    def __init__(self, test, api, expected, pattern=None):
        _Catcher.__init__(self, test, api, expected, pattern)
        self.warning = self.filename = self.lineno = None
        self.warnings = None
        self._scope = None

    def __enter__(self):
        self._scope = warnings.catch_warnings(record=True)
        self.warnings = self._scope.__enter__()
        # Only the expected kinds are forced through (other filters stay in force, so
        # e.g. an 'error' filter still raises unrelated warnings).  Changing the filters
        # also voids the "already shown" registries, so earlier warnings fire again.
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, kind, exc, tb):
        self._scope.__exit__(kind, exc, tb)
        if kind is not None:
            return False
        of_kind = [w for w in self.warnings if isinstance(w.message, self.expected)]
        pattern = self.expected_regex
        if pattern is None:
            accepted = of_kind
        else:
            accepted = [w for w in of_kind if pattern.search(str(w.message))]
        if accepted:
            chosen = accepted[0]
            self.warning, self.filename, self.lineno = (chosen.message, chosen.filename,
                                                        chosen.lineno)
            return None
        if of_kind:
            self._mismatch(str(of_kind[0].message))
        self._missing('triggered')


_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])


class _LogWatch(logging.Handler):
    """assertLogs/assertNoLogs.  While the block runs, this object is the logger's only
    handler (and the logger neither filters below the level nor propagates)."""

    def __init__(self, test, logger, level, forbid):
        logging.Handler.__init__(self)
        self.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
        self.test = test
        self.wanted = (logger, level or logging.INFO)
        self.forbid = forbid
        self.seen = _LoggingWatcher([], [])
        self.restore = None

    def emit(self, record):
        self.seen.records.append(record)
        self.seen.output.append(self.format(record))

    def __enter__(self):
        logger, level = self.wanted
        if not isinstance(logger, logging.Logger):
            logger = logging.getLogger(logger)
        self.setLevel(level)
        self.restore = (logger, logger.handlers, logger.level, logger.propagate)
        logger.handlers = [self]
        logger.propagate = False
        logger.setLevel(self.level)
        return None if self.forbid else self.seen

    def __exit__(self, kind, exc, tb):
        logger, handlers, level, propagate = self.restore
        logger.handlers = handlers
        logger.propagate = propagate
        logger.setLevel(level)
        if kind is not None:
            return False
        output = self.seen.output
        if self.forbid and output:
            self.test.fail('Unexpected logs found: {!r}'.format(output))
        if not self.forbid and not output:
            self.test.fail('no logs of level {} or higher triggered on {}'.format(
                logging.getLevelName(self.level), logger.name))
        return None


# ---------------------------------------------------------------------------

class TestCase(object):
    """One test: the method named by methodName, run with setUp/tearDown around it.

    Subclasses define test* methods and use the assert* methods to check results;
    failureException, longMessage and maxDiff tune how failures are reported."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 1 << 16        # longer strings are compared without a line diff
    _classSetupFailed = False       # set on a class by the suite when setUpClass fails

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._open_subtest = None
        self._cleanups = []
        self._type_equality_funcs = dict(_STANDARD_CHECKS)
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s'
                                 % (self.__class__, methodName))
            self._testMethodDoc = 'No test'
        else:
            self._testMethodDoc = method.__doc__

    # -- identity ----------------------------------------------------------

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        made = result.TestResult()
        return made

    def id(self):
        return strclass(type(self)) + '.' + self._testMethodName

    def shortDescription(self):
        """First line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((self._testMethodName, type(self)))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<{} testMethod={}>'.format(strclass(type(self)), self._testMethodName)

    # -- fixtures ----------------------------------------------------------

    def setUp(self):
        "Hook run before each test method."

    def tearDown(self):
        "Hook run after each test method."

    @classmethod
    def setUpClass(cls):
        "Hook run once before the tests of the class."

    @classmethod
    def tearDownClass(cls):
        "Hook run once after the tests of the class."

    def addCleanup(self, function, /, *args, **kwargs):
        """Register function(*args, **kwargs) to run after tearDown (last in, first out)."""
        self._cleanups += [(function, args, kwargs)]

    def enterContext(self, cm):
        """Enter a context manager; it is exited as a cleanup."""
        return _enter(cm, self.addCleanup)

    @classmethod
    def _class_cleanup_stack(cls):
        stack = cls.__dict__.get('_pending_class_cleanups')
        if stack is None:
            stack = []
            cls._pending_class_cleanups = stack
        return stack

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Register a function to run after tearDownClass."""
        cls._class_cleanup_stack().append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enter a context manager; it is exited with the class cleanups."""
        return _enter(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; problems are kept in cls.tearDown_exceptions."""
        problems = cls.tearDown_exceptions = []
        stack = cls._class_cleanup_stack()
        while stack:
            function, args, kwargs = stack.pop()
            try:
                function(*args, **kwargs)
            except Exception as exc:
                problems.append((type(exc), exc, exc.__traceback__))

    def doCleanups(self):
        """Run the registered cleanups now; False if one of them failed."""
        record = self._outcome
        if record is None:
            record = _TestRun(self, None, False)
        stack = self._cleanups
        while stack:
            function, args, kwargs = stack.pop()
            record.attempt(False, self._invoke_cleanup, (function,) + tuple(args), kwargs)
        return record.success

    # -- the hooks a run goes through (async_case overrides them) -----------

    def _invoke_setup(self):
        self.setUp()

    def _invoke_test(self, method):
        if method() is not None:
            warnings.warn('It is deprecated to return a value that is not None from a '
                          'test case (%s)' % (method,), DeprecationWarning, stacklevel=4)

    def _invoke_teardown(self):
        self.tearDown()

    def _invoke_cleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    # -- running -----------------------------------------------------------

    def __call__(self, *args, **kwds):
        outcome = self.run(*args, **kwds)
        return outcome

    def run(self, result=None):
        """Run the test, reporting to result (a fresh TestResult if None); return it."""
        own = result is None
        if own:
            result = self.defaultTestResult()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
        try:
            method = getattr(self, self._testMethodName)
            why = _skip_reason(self.__class__, method)
            if why is not None:
                try:
                    _note_skip(result, self, why)
                finally:
                    result.stopTest(self)
                return result
            expecting = (getattr(self, '__unittest_expecting_failure__', False)
                         or getattr(method, '__unittest_expecting_failure__', False))
            result.startTest(self)
            record = self._outcome = _TestRun(self, result, expecting)
            try:
                began = time.perf_counter()
                if record.attempt(False, self._invoke_setup, (), {}) and record.success:
                    record.attempt(True, self._invoke_test, (method,), {})
                    record.attempt(False, self._invoke_teardown, (), {})
                self.doCleanups()
                record.timed(time.perf_counter() - began)
                record.verdict()
            finally:
                self._outcome = None
                self._open_subtest = None
                result.stopTest(self)
            return result
        finally:
            if own:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()

    def debug(self):
        """Run the test without a result: any exception propagates to the caller."""
        method = getattr(self, self._testMethodName)
        why = _skip_reason(self.__class__, method)
        if why is not None:
            raise SkipTest(why)
        self._invoke_setup()
        self._invoke_test(method)
        self._invoke_teardown()
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            self._invoke_cleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def subTest(self, msg=_NO_MESSAGE, **params):
        """Context manager: failures inside are reported for this subtest and the test
        goes on; msg and params identify the subtest in the report."""
        return _SubTestScope(self, msg, params)

    # -- message building --------------------------------------------------

    def _formatMessage(self, msg, standardMsg):
        # The failure text: the standard one, the caller's msg, or both (longMessage).
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        # message followed by diff, or by a note on its size when maxDiff is exceeded.
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            diff = DIFF_OMITTED % len(diff)
        return message + diff

    def fail(self, msg=None):
        """Fail immediately with msg."""
        raise self.failureException(msg)

    # -- simple assertions -------------------------------------------------

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % _shown(expr)))

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % _shown(expr)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (_shown(expr1), _shown(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % _shown(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % _shown(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s'
                                    % (_shown(member), _shown(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s'
                                    % (_shown(member), _shown(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_shown(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_shown(obj), cls)))

    def _order_check(self, holds, a, b, words, msg):
        if not holds:
            self.fail(self._formatMessage(msg, '%s %s %s' % (_shown(a), words, _shown(b))))

    def assertLess(self, a, b, msg=None):
        self._order_check(a < b, a, b, 'not less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._order_check(a <= b, a, b, 'not less than or equal to', msg)

    def assertGreater(self, a, b, msg=None):
        self._order_check(a > b, a, b, 'not greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._order_check(a >= b, a, b, 'not greater than or equal to', msg)

    # -- equality ----------------------------------------------------------

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function(first, second, msg=None) in assertEqual for two typeobj values."""
        self._type_equality_funcs[typeobj] = function

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, '%s != %s' % _side_by_side(first, second)))

    def _getAssertEqualityFunc(self, first, second):
        # The check assertEqual uses: the entry registered for the type both values
        # share exactly (a callable, or the name of a method of the test), else ==.
        kind = type(first)
        check = self._type_equality_funcs.get(kind) if type(second) is kind else None
        if check is None:
            return self._baseAssertEqual
        return getattr(self, check) if isinstance(check, str) else check

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (with a type-specific report when both share a type)."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_shown(first), _shown(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second agree to `places` decimals (7) or within delta."""
        if first == second:
            return
        if None not in (delta, places):
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                _shown(first), _shown(second), _shown(delta), _shown(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                _shown(first), _shown(second), places, _shown(gap))
        self.fail(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second agree to `places` decimals (7) or within delta."""
        if None not in (delta, places):
            raise TypeError('specify delta or places not both')
        equal = first == second
        gap = abs(first - second)
        if delta is not None:
            if not equal and gap > delta:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                _shown(first), _shown(second), _shown(delta), _shown(gap))
        else:
            places = 7 if places is None else places
            if not equal and round(gap, places) != 0:
                return
            text = '%s == %s within %r places' % (_shown(first), _shown(second), places)
        self.fail(self._formatMessage(msg, text))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the two sequences have equal items (and are seq_type, if given)."""
        if seq_type is not None:
            label = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    # Reported as is: the caller's msg is not added here.
                    self.fail('%s sequence is not a %s: %s' % (which, label, _shown(seq)))
        else:
            label = 'sequence'
        headline = self._sequence_report(seq1, seq2, label, seq_type)
        if headline is None:
            return
        text = self._truncateMessage(headline, _pretty_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def _sequence_report(self, seq1, seq2, label, seq_type):
        # The text above the diff, or None when the sequences count as equal.
        sides = (('first', seq1), ('second', seq2))
        sizes = []
        for side, seq in sides:
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                return '%s sequence has no length.    Non-sequence?' % side.capitalize()
        if seq1 == seq2:
            return None
        missing = object()

        def at(seq, i):
            try:
                return seq[i]
            except (TypeError, IndexError, NotImplementedError):
                return missing

        common = min(sizes)
        triples = ((i, at(seq1, i), at(seq2, i)) for i in range(common))
        gap = next((t for t in triples if t[1] is missing or t[2] is missing or t[1] != t[2]),
                   None)
        surplus = sizes[0] - sizes[1]
        if gap is None and not surplus and seq_type is None and type(seq1) != type(seq2):
            return None
        report = ['%ss differ: %s != %s\n' % ((label.capitalize(),) + _side_by_side(seq1, seq2))]
        if gap is not None:
            i, a, b = gap
            if a is missing or b is missing:
                report.append('\nUnable to index element %d of %s %s\n'
                              % (i, 'first' if a is missing else 'second', label))
            else:
                report.append('\nFirst differing element %d:\n%s\n%s\n'
                              % ((i,) + _side_by_side(a, b)))
        if surplus:
            side, longer = sides[0] if surplus > 0 else sides[1]
            report.append('\n%s %s contains %d additional elements.\n'
                          % (side.capitalize(), label, abs(surplus)))
            extra = at(longer, common)
            if extra is missing:
                report.append('Unable to index element %d of %s %s\n' % (common, side, label))
            else:
                report.append('First extra element %d:\n%s\n' % (common, _shown(extra)))
        return ''.join(report)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg=msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg=msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the two sets have the same members."""
        halves = []
        for which, a, b in (('first', set1, set2), ('second', set2, set1)):
            try:
                halves.append(a.difference(b))
            except TypeError as exc:
                self.fail('invalid type when attempting set difference: %s' % exc)
            except AttributeError as exc:
                self.fail('%s argument does not support set difference: %s' % (which, exc))
        only1, only2 = halves
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines += ['Items in the first set but not the second:']
            lines += map(_shown, only1)
        if only2:
            lines += ['Items in the second set but not the first:']
            lines += map(_shown, only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        for which, given in (('First', d1), ('Second', d2)):
            self.assertIsInstance(given, dict, which + ' argument is not a dictionary')
        if d1 != d2:
            text = self._truncateMessage('%s != %s' % _side_by_side(d1, d2), _pretty_diff(d1, d2))
            self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless both iterables hold the same items the same number of times."""
        gaps = _count_mismatches(list(first), list(second))
        if not gaps:
            return
        body = '\n'.join('First has %d, Second has %d:  %r' % gap for gap in gaps)
        text = self._truncateMessage('Element counts were not equal:\n', body)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the two strings are equal; the report shows a line diff."""
        for which, given in (('First', first), ('Second', second)):
            self.assertIsInstance(given, str, which + ' argument is not a string')
        if first == second:
            return
        headline = '%s != %s' % _side_by_side(first, second)
        if max(len(first), len(second)) <= self._diffThreshold:
            headline = self._truncateMessage(headline, '\n' + _line_diff(first, second))
        self.fail(self._formatMessage(msg, headline))

    # -- regular expressions -----------------------------------------------

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex matches somewhere in text."""
        if isinstance(expected_regex, (str, bytes)):
            if not expected_regex:
                raise AssertionError('expected_regex must not be empty.')
            expected_regex = re.compile(expected_regex)
        if expected_regex.search(text) is None:
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r"
                                    % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex matches somewhere in text."""
        pattern = unexpected_regex
        if isinstance(pattern, (str, bytes)):
            pattern = re.compile(pattern)
        found = pattern.search(text)
        if found:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r'
                                    % (found.group(0), pattern.pattern, text)))

    # -- exceptions, warnings, logs ----------------------------------------

    def _catch_or_call(self, catcher, args, kwargs):
        # No callable: hand back the context manager.  Else call it inside one.
        if not args:
            catcher.note = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return catcher
        func = args[0]
        catcher.callee = getattr(func, '__name__', None) or str(func)
        with catcher:
            func(*args[1:], **kwargs)
        return None

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the callable (or the with block) raises expected_exception."""
        catcher = _RaisesCatcher(self, 'assertRaises', expected_exception)
        return self._catch_or_call(catcher, args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """Like assertRaises, and the message must match expected_regex."""
        catcher = _RaisesCatcher(self, 'assertRaisesRegex', expected_exception, expected_regex)
        return self._catch_or_call(catcher, args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the callable (or the with block) issues expected_warning."""
        catcher = _WarningsCatcher(self, 'assertWarns', expected_warning)
        return self._catch_or_call(catcher, args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """Like assertWarns, and the message must match expected_regex."""
        catcher = _WarningsCatcher(self, 'assertWarnsRegex', expected_warning, expected_regex)
        return self._catch_or_call(catcher, args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Context manager: fail unless the logger logs at level (INFO) or above."""
        return _LogWatch(self, logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        """Context manager: fail if the logger logs at level (INFO) or above."""
        return _LogWatch(self, logger, level, True)


class FunctionTestCase(TestCase):
    """Adapts a plain test function (with optional set-up and tear-down) to a TestCase."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._func = testFunc
        self._description = description
        self._around = {'before': setUp, 'after': tearDown}

    def _fields(self):
        # Everything that tells two wrapped functions apart.
        return (self._func, self._description, self._around['before'],
                self._around['after'])

    def id(self):
        return self._func.__name__

    def __str__(self):
        return '%s (%s)' % (strclass(type(self)), self._func.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(type(self)), self._func)

    def shortDescription(self):
        if self._description is None:
            # First line of the function's docstring (stripped), or None if empty.
            head = (self._func.__doc__ or '').partition('\n')[0].strip()
            return head if head else None
        return self._description

    def __hash__(self):
        return hash(self._fields() + (type(self),))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._fields() == other._fields()
        return NotImplemented

    def runTest(self):
        self._func()

    def _run_hook(self, which):
        hook = self._around[which]
        if hook is not None:
            hook()

    def setUp(self):
        self._run_hook('before')

    def tearDown(self):
        self._run_hook('after')


class _SubTest(TestCase):
    """Stands for one subTest() block in results."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.failureException = getattr(test_case, 'failureException')
        self.test_case = test_case
        self.message = message
        self.params = params

    def __str__(self):
        return '%s %s' % (self.test_case, self._tag())

    def id(self):
        return '%s %s' % (self.test_case.id(), self._tag())

    def _tag(self):
        # "[msg] (k=v, ...)", either part alone, or "(<subtest>)" when both are absent.
        text = '' if self.message is _NO_MESSAGE else f'[{self.message}]'
        if self.params:
            pairs = ', '.join(f'{key}={value!r}' for key, value in self.params.items())
            text = f'{text} ({pairs})' if text else f'({pairs})'
        return text or '(<subtest>)'

    def shortDescription(self):
        return self.test_case.shortDescription()

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')
