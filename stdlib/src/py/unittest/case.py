"""unittest.case (CPython's unittest.case module, written for pyrs)."""

import collections
import contextlib
import functools
import logging
import pprint
import re
import sys
import time
import types
import warnings

import difflib

__unittest = True

_DIFF_TOO_LONG = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'

# Limits used when two long reprs are shortened around their common start.
_REPR_LIMIT = 80
_GAP_TEXT = 12
_HEAD = 5
_SHARED = 5
_TAIL = 5
_TAIL_ROOM = _REPR_LIMIT - (_HEAD + _GAP_TEXT + _SHARED + _GAP_TEXT + _TAIL)


class SkipTest(Exception):
    """Raise this (or call TestCase.skipTest) to skip the running test."""


class _StopNow(Exception):
    """Ends a test after a failing subtest when the run is to stop at the first failure."""


class _SurprisePass(Exception):
    """Marks an expected failure that passed."""


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _REPR_LIMIT:
        return text[:_REPR_LIMIT] + ' [truncated]...'
    return text


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _squeeze(text, keep_front, keep_back):
    dropped = len(text) - keep_front - keep_back
    if dropped <= _GAP_TEXT:
        return text
    return '%s[%d chars]%s' % (text[:keep_front], dropped, text[len(text) - keep_back:])


def _shared_start(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _short_reprs(*objs):
    texts = tuple(safe_repr(o) for o in objs)
    longest = max(len(t) for t in texts)
    if longest <= _REPR_LIMIT:
        return texts
    head = _shared_start(texts)
    cut = len(head)
    room = _REPR_LIMIT - (longest - cut + _HEAD + _GAP_TEXT)
    if room > _SHARED:
        head = _squeeze(head, _HEAD, room)
        return tuple(head + t[cut:] for t in texts)
    head = _squeeze(head, _HEAD, _SHARED)
    return tuple(head + _squeeze(t[cut:], _TAIL_ROOM, _TAIL) for t in texts)


def _one_tolerance(places, delta):
    if None not in (places, delta):
        raise TypeError('specify delta or places not both')


def _with_note(text, note):
    return text if note is None else text + note


# ---------------------------------------------------------------- skipping

def skip(reason):
    """Decorator: always skip the test (or every test of the class)."""
    def mark(item):
        if not isinstance(item, type):
            @functools.wraps(item)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        target, reason = reason, ''
        return mark(target)
    return mark


def _unchanged(obj):
    return obj


def skipIf(condition, reason):
    """Decorator: skip the test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---------------------------------------------------------------- running one test

def _report_error(result, test, info):
    if result is None or info is None:
        return
    if issubclass(info[0], test.failureException):
        result.addFailure(test, info)
    else:
        result.addError(test, info)


def _report_skip(result, test, reason):
    adder = getattr(result, 'addSkip', None)
    if adder is not None:
        adder(test, reason)
    else:
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        result.addSuccess(test)


def _report_duration(result, test, seconds):
    adder = getattr(result, 'addDuration', None)
    if adder is None:
        warnings.warn('TestResult has no addDuration method', RuntimeWarning)
    else:
        adder(test, seconds)


class _RunState:
    """What happened so far while one test runs; `part` guards each phase."""

    def __init__(self, result=None):
        self.result = result
        self.xfail_armed = False
        self.success = True
        self.caught_failure = None
        self.subtests_ok = result is not None and hasattr(result, 'addSubTest')

    @contextlib.contextmanager
    def part(self, test, subtest=False):
        was_ok = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as exc:
            self.success = False
            _report_skip(self.result, test, str(exc))
        except _StopNow:
            pass
        except:
            info = sys.exc_info()
            if self.xfail_armed:
                self.caught_failure = info
            else:
                self.success = False
                if subtest:
                    self.result.addSubTest(test.test_case, test, info)
                else:
                    _report_error(self.result, test, info)
            info = None
        else:
            if subtest and self.success:
                self.result.addSubTest(test.test_case, test, None)
        finally:
            self.success = self.success and was_ok


_module_pending_cleanups = []


def _enter(cm, register):
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


def addModuleCleanup(function, /, *args, **kwargs):
    """Register a function to call after the module's tests (and tearDownModule)."""
    _module_pending_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager now; exit it with the module cleanups."""
    return _enter(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last first; re-raise the first error afterwards."""
    errors = []
    while _module_pending_cleanups:
        function, args, kwargs = _module_pending_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


# ---------------------------------------------------------------- context managers

class _Catcher:
    """Shared part of the assertRaises / assertWarns helpers."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = re.compile(expected_regex) if expected_regex is not None else None
        self.obj_name = None
        self.msg = None

    def _give_up(self, text):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))

    def _kinds_ok(self):
        items = self.expected if isinstance(self.expected, tuple) else (self.expected,)
        return all(isinstance(k, type) and issubclass(k, self._root)
                                   for k in items)

    def handle(self, name, args, kwargs):
        if not self._kinds_ok():
            raise TypeError('%s() arg 1 must be %s' % (name, self._root_text))
        if not args:
            self.msg = kwargs.pop('msg') if 'msg' in kwargs else None
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        func, *args = args
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args, **kwargs)

    def _label(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)


class _AssertRaisesContext(_Catcher):
    _root = BaseException
    _root_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            if self.obj_name:
                self._give_up('{} not raised by {}'.format(self._label(), self.obj_name))
            self._give_up('{} not raised'.format(self._label()))
        if not issubclass(kind, self.expected):
            return False
        self.exception = value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(value)):
            self._give_up('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(value)))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_Catcher):
    _root = Warning
    _root_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._recorder = warnings.catch_warnings(record=True)
        self.warnings = self._recorder.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, kind, value, tb):
        self._recorder.__exit__(kind, value, tb)
        if kind is not None:
            return
        first = None
        for record in self.warnings:
            found = record.message
            if not isinstance(found, self.expected):
                continue
            if first is None:
                first = found
            if self.expected_regex is not None and not self.expected_regex.search(str(found)):
                continue
            self.warning = found
            self.filename = record.filename
            self.lineno = record.lineno
            return
        if first is not None:
            self._give_up('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first)))
        if self.obj_name:
            self._give_up('{} not triggered by {}'.format(self._label(), self.obj_name))
        self._give_up('{} not triggered'.format(self._label()))

    __class_getitem__ = classmethod(types.GenericAlias)


_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])


class _LogCollector(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext:
    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case = test_case
        self.logger_name = logger_name
        if level:
            self.level = logging.getLevelNamesMapping().get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def _give_up(self, text):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            self.logger = self.logger_name
        else:
            self.logger = logging.getLogger(self.logger_name)
        log = self.logger
        collector = _LogCollector()
        collector.setLevel(self.level)
        collector.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = collector.watcher
        self._saved = (log.handlers[:], log.level, log.propagate)
        log.handlers = [collector]
        log.setLevel(self.level)
        log.propagate = False
        if self.no_logs:
            return None
        return collector.watcher

    def __exit__(self, kind, value, tb):
        log = self.logger
        log.handlers, level, log.propagate = self._saved
        log.setLevel(level)
        if kind is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._give_up('Unexpected logs found: {!r}'.format(self.watcher.output))
        elif not self.watcher.records:
            self._give_up('no logs of level {} or higher triggered on {}'.format(
                logging.getLevelName(self.level), log.name))


class _InnerFirst(collections.ChainMap):
    # Subtest parameters are listed innermost first.
    def __iter__(self):
        listed = set()
        for layer in self.maps:
            for key in layer:
                if key not in listed:
                    listed.add(key)
                    yield key


_NO_MESSAGE = object()


# ---------------------------------------------------------------- TestCase

class TestCase(object):
    """One test: a method of a subclass, run between setUp and tearDown."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_fixture_broke = False
        cls._class_pending_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._pending_cleanups = []
        self._subtest = None
        # Method names (not bound methods), so that instances stay picklable.
        self._equality_by_type = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def addTypeEqualityFunc(self, typeobj, function):
        self._equality_by_type[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._pending_cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_pending_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter(cm, cls.addClassCleanup)

    def setUp(self):
        "Hook called before each test method."

    def tearDown(self):
        "Hook called after each test method."

    @classmethod
    def setUpClass(cls):
        "Hook called once before the tests of the class."

    @classmethod
    def tearDownClass(cls):
        "Hook called once after the tests of the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def _identity(self):
        return type(self), self._testMethodName

    def __eq__(self, other):
        if type(other) is type(self):
            return other._identity() == self._identity()
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """Run the body as a separately reported subtest, labelled by msg and params."""
        state = self._outcome
        if state is None or not state.subtests_ok:
            yield
            return
        outer = self._subtest
        if outer is None:
            chain = _InnerFirst(params)
        else:
            chain = outer.params.new_child(params)
        self._subtest = _SubTest(self, msg, chain)
        try:
            with state.part(self._subtest, subtest=True):
                yield
            if not state.success:
                if state.result is not None and state.result.failfast:
                    raise _StopNow
            elif state.caught_failure:
                raise _StopNow
        finally:
            self._subtest = outer

    def _invoke_setup(self):
        self.setUp()

    def _invoke_test(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _invoke_teardown(self):
        self.tearDown()

    def _invoke_cleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        for holder in (self.__class__, method):
            if getattr(holder, '__unittest_skip__', False):
                return True, (getattr(self.__class__, '__unittest_skip_why__', '')
                              or getattr(method, '__unittest_skip_why__', ''))
        return False, None

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            finish = getattr(result, 'stopTestRun', None)
            if begin is not None:
                begin()
        else:
            finish = None
        try:
            method = getattr(self, self._testMethodName)
            skipped, why = self._skip_reason(method)
            if skipped:
                # A test skipped by decorator is reported without being started.
                try:
                    _report_skip(result, self, why)
                finally:
                    result.stopTest(self)
                return result
            result.startTest(self)
            self._run_started(result, method)
            return result
        finally:
            if finish is not None:
                finish()

    def _run_started(self, result, method):
        wants_failure = (getattr(self, '__unittest_expecting_failure__', False)
                         or getattr(method, '__unittest_expecting_failure__', False))
        state = self._outcome = _RunState(result)
        clock_start = time.perf_counter()
        try:
            with state.part(self):
                self._invoke_setup()
            if state.success:
                state.xfail_armed = wants_failure
                with state.part(self):
                    self._invoke_test(method)
                state.xfail_armed = False
                with state.part(self):
                    self._invoke_teardown()
            self.doCleanups()
            _report_duration(result, self, time.perf_counter() - clock_start)
            if state.success:
                if not wants_failure:
                    result.addSuccess(self)
                elif state.caught_failure:
                    self._note_expected_failure(result, state.caught_failure)
                else:
                    self._note_surprise(result)
        finally:
            state.caught_failure = None
            self._outcome = None
            result.stopTest(self)

    def _note_expected_failure(self, result, info):
        adder = getattr(result, 'addExpectedFailure', None)
        if adder is not None:
            adder(self, info)
        else:
            warnings.warn('TestResult has no addExpectedFailure method, reporting as passes',
                          RuntimeWarning)
            result.addSuccess(self)

    def _note_surprise(self, result):
        adder = getattr(result, 'addUnexpectedSuccess', None)
        if adder is not None:
            adder(self)
        else:
            warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure',
                          RuntimeWarning)
            try:
                raise _SurprisePass from None
            except _SurprisePass:
                result.addFailure(self, sys.exc_info())

    def doCleanups(self):
        state = self._outcome or _RunState()
        while self._pending_cleanups:
            function, args, kwargs = self._pending_cleanups.pop()
            with state.part(self):
                self._invoke_cleanup(function, *args, **kwargs)
        return state.success

    @classmethod
    def doClassCleanups(cls):
        cls._class_cleanup_errors = []
        while cls._class_pending_cleanups:
            function, args, kwargs = cls._class_pending_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls._class_cleanup_errors.append(sys.exc_info())

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the test without a result object, letting exceptions through."""
        method = getattr(self, self._testMethodName)
        skipped, why = self._skip_reason(method)
        if skipped:
            raise SkipTest(why)
        self._invoke_setup()
        self._invoke_test(method)
        self._invoke_teardown()
        while self._pending_cleanups:
            function, args, kwargs = self._pending_cleanups.pop()
            self._invoke_cleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _clip_diff(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (_DIFF_TOO_LONG % len(diff))

    def _flunk(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    # -------------------------------------------------- simple assertions

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._flunk(msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._flunk(msg, '%s is not false' % safe_repr(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._flunk(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._flunk(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._flunk(msg, '%s is not None' % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._flunk(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._flunk(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._flunk(msg, '%s unexpectedly found in %s' % (safe_repr(member),
                                                              safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._flunk(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._flunk(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._flunk(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._flunk(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._flunk(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._flunk(msg, '%s not greater than or equal to %s' % (safe_repr(a),
                                                                     safe_repr(b)))

    # -------------------------------------------------- equality

    def _pick_equality_check(self, first, second):
        if type(first) == type(second):
            chosen = self._equality_by_type.get(type(first))
            if chosen is not None:
                if isinstance(chosen, str):
                    chosen = getattr(self, chosen)
                return chosen
        return self._plain_equal

    def _plain_equal(self, first, second, msg=None):
        if not first == second:
            self._flunk(msg, '%s != %s' % _short_reprs(first, second))

    def assertEqual(self, first, second, msg=None):
        self._pick_equality_check(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._flunk(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._flunk(msg, text)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if not (first == second) and round(gap, places) != 0:
                return
            text = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self._flunk(msg, text)

    def _pretty_diff(self, first, second):
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                                pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        kind = 'sequence'
        if seq_type is not None:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (which, kind, safe_repr(seq)))
        sizes = []
        for which, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except (NotImplementedError, TypeError):
                report = '%s %s has no length.    Non-sequence?' % (which, kind)
                break
        else:
            if seq1 == seq2:
                return
            report = self._sequence_report(seq1, seq2, kind, sizes, seq_type)
            if report is None:
                return
        text = self._clip_diff(report, self._pretty_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def _sequence_report(self, seq1, seq2, kind, sizes, seq_type):
        """Explain how two unequal sequences differ (None: treat them as equal)."""
        n1, n2 = sizes
        parts = ['%ss differ: %s != %s\n' % ((kind.capitalize(),) + _short_reprs(seq1, seq2))]
        missing = object()
        mismatch = False
        for pos in range(min(sizes)):
            left = _item_or(seq1, pos, missing)
            right = _item_or(seq2, pos, missing)
            if left is missing or right is missing:
                side = 'first' if left is missing else 'second'
                parts.append('\nUnable to index element %d of %s %s\n' % (pos, side, kind))
                mismatch = True
                break
            if left != right:
                parts.append('\nFirst differing element %d:\n%s\n%s\n'
                             % ((pos,) + _short_reprs(left, right)))
                mismatch = True
                break
        if not mismatch and n1 == n2 and seq_type is None and type(seq1) != type(seq2):
            # Same items in different sequence types: nothing to report.
            return None
        if n1 != n2:
            word, longer, at = ('First', seq1, n2) if n1 > n2 else ('Second', seq2, n1)
            parts.append('\n%s %s contains %d additional elements.\n'
                         % (word, kind, abs(n1 - n2)))
            extra = _item_or(longer, at, missing)
            if extra is missing:
                parts.append('Unable to index element %d of %s %s\n' % (at, word.lower(), kind))
            else:
                parts.append('First extra element %d:\n%s\n' % (at, safe_repr(extra)))
        return ''.join(parts)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, tuple)

    def _set_minus(self, left, right, ordinal):
        # left - right, turning a bad operand into a test failure.
        try:
            return left.difference(right)
        except TypeError as exc:
            problem = 'invalid type when attempting set difference'
            err = exc
        except AttributeError as exc:
            problem = ordinal + ' argument does not support set difference'
            err = exc
        self.fail('%s: %s' % (problem, err))

    def assertSetEqual(self, set1, set2, msg=None):
        extra_left = self._set_minus(set1, set2, 'first')
        extra_right = self._set_minus(set2, set1, 'second')
        report = []
        for items, where in ((extra_left, 'first set but not the second'),
                             (extra_right, 'second set but not the first')):
            if items:
                report.append('Items in the ' + where + ':')
                report += map(repr, items)
        if report:
            self.fail(self._formatMessage(msg, '\n'.join(report)))

    def assertDictEqual(self, d1, d2, msg=None):
        for which, value in (('First', d1), ('Second', d2)):
            self.assertIsInstance(value, dict, which + ' argument is not a dictionary')
        if d1 != d2:
            text = self._clip_diff('%s != %s' % _short_reprs(d1, d2),
                                         self._pretty_diff(d1, d2))
            self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """Both hold the same elements the same number of times, in any order."""
        items1, items2 = list(first), list(second)
        try:
            if collections.Counter(items1) == collections.Counter(items2):
                return
            gaps = _count_gaps(items1, items2, hashable=True)
        except TypeError:
            gaps = _count_gaps(items1, items2, hashable=False)
        if gaps:
            lines = '\n'.join('First has %d, Second has %d:  %r' % gap for gap in gaps)
            text = self._clip_diff('Element counts were not equal:\n', lines)
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        for which, value in (('First', first), ('Second', second)):
            self.assertIsInstance(value, str, which + ' argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._plain_equal(first, second, msg)
        one, two = first, second
        # Both sides end with a newline for the line diff, unless both already did.
        if one and two:
            if one[-1] != '\n' or two[-1] != '\n':
                one += '\n'
                two += '\n'
        elif two and two[-1] != '\n':
            two += '\n'
        elif one and one[-1] != '\n':
            one += '\n'
        diff = '\n' + ''.join(difflib.ndiff(one.splitlines(keepends=True),
                                              two.splitlines(keepends=True)))
        text = self._clip_diff('%s != %s' % _short_reprs(first, second), diff)
        self.fail(self._formatMessage(msg, text))

    # -------------------------------------------------- regular expressions

    def assertRegex(self, text, expected_regex, msg=None):
        assert expected_regex or not isinstance(expected_regex, (str, bytes)), \
            'expected_regex must not be empty.'
        pat = _as_regex(expected_regex)
        if pat.search(text) is None:
            self._flunk(msg, "Regex didn't match: %r not found in %r" % (pat.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pat = _as_regex(unexpected_regex)
        hit = pat.search(text)
        if hit is not None:
            self._flunk(msg, 'Regex matched: %r matches %r in %r' % (
                hit.group(0), pat.pattern, text))

    # -------------------------------------------------- exceptions, warnings, logs

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle(
            'assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, True)


def _item_or(seq, pos, default):
    """seq[pos], or default when the sequence cannot be indexed there."""
    try:
        return seq[pos]
    except (IndexError, NotImplementedError, TypeError):
        return default


def _as_regex(spec):
    """Compile a str/bytes pattern; pass an already compiled one through."""
    return re.compile(spec) if isinstance(spec, (str, bytes)) else spec


def _count_gaps(items1, items2, hashable):
    """(count in first, count in second, element) for each element whose counts differ."""
    gaps = []
    if hashable:
        count1 = collections.Counter(items1)
        count2 = collections.Counter(items2)
        for elem, n in count1.items():
            other = count2.get(elem, 0)
            if n != other:
                gaps.append((n, other, elem))
        for elem, n in count2.items():
            if elem not in count1:
                gaps.append((0, n, elem))
        return gaps
    rest1, rest2 = list(items1), list(items2)
    gone = object()
    for i, elem in enumerate(rest1):
        if elem is gone:
            continue
        n = 0
        for k in range(i, len(rest1)):
            if rest1[k] == elem:
                n += 1
                rest1[k] = gone
        other = 0
        for k in range(len(rest2)):
            if rest2[k] == elem:
                other += 1
                rest2[k] = gone
        if n != other:
            gaps.append((n, other, elem))
    for i, elem in enumerate(rest2):
        if elem is gone:
            continue
        other = 0
        for k in range(i, len(rest2)):
            if rest2[k] == elem:
                other += 1
                rest2[k] = gone
        gaps.append((0, other, elem))
    return gaps


class FunctionTestCase(TestCase):
    """Wraps a plain function (with optional set-up and tear-down functions) as a test."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._before_fn = setUp
        self._after_fn = tearDown
        self._body_fn = testFunc
        self._given_text = description

    def setUp(self):
        if self._before_fn is not None:
            self._before_fn()

    def tearDown(self):
        if self._after_fn is not None:
            self._after_fn()

    def runTest(self):
        self._body_fn()

    def id(self):
        return self._body_fn.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._before_fn, self._after_fn, self._body_fn, self._given_text) == \
            (other._before_fn, other._after_fn, other._body_fn, other._given_text)

    def __hash__(self):
        return hash((type(self), self._before_fn, self._after_fn, self._body_fn,
                     self._given_text))

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._body_fn.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._body_fn)

    def shortDescription(self):
        if self._given_text is not None:
            return self._given_text
        doc = self._body_fn.__doc__
        return doc and doc.split('\n')[0].strip() or None


class _SubTest(TestCase):

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subtest_label(self):
        pieces = []
        if self._message is not _NO_MESSAGE:
            pieces.append('[{}]'.format(self._message))
        if self.params:
            pieces.append('({})'.format(', '.join(
                '{}={!r}'.format(k, v) for k, v in self.params.items())))
        return ' '.join(pieces) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._subtest_label())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._subtest_label())
