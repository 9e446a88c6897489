"""unittest.result (CPython's unittest.result module, written for pyrs)."""

import functools
import io
import sys
import traceback

__unittest = True

def _captured_block(label, text):
    """The 'Stdout:' / 'Stderr:' section appended to a report ('' if nothing was captured)."""
    if not text:
        return ''
    return '\n%s:\n%s%s' % (label, text, '' if text.endswith('\n') else '\n')


def failfast(method):
    """Decorator for result methods: ask the run to stop when failfast is set."""
    @functools.wraps(method)
    def checked(self, *args, **kwargs):
        _maybe_halt(self)
        return method(self, *args, **kwargs)
    return checked


def _maybe_halt(res):
    if getattr(res, 'failfast', False):
        res.stop()


def _ours(tb):
    # Modules of this package mark themselves with a global named __unittest.
    module_globals = tb.tb_frame.f_globals
    return '__unittest' in module_globals


class TestResult(object):
    """Holds the outcome of a test run: counts, failures, errors, skips."""

    _last_case_class = None
    _inside_top_suite = False
    _module_fixture_broke = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for name in ('failures', 'errors', 'skipped', 'expectedFailures',
                     'unexpectedSuccesses', 'collectedDurations'):
            setattr(self, name, [])
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        self._captured_out = None
        self._captured_err = None
        self._real_out = sys.stdout
        self._real_err = sys.stderr
        self._echo_captured = False

    def printErrors(self):
        "Called by TestRunner after the run; nothing to print here."

    def startTest(self, test):
        self.testsRun += 1
        self._echo_captured = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._captured_err is None:
                self._captured_err = io.StringIO()
                self._captured_out = io.StringIO()
            sys.stdout = self._captured_out
            sys.stderr = self._captured_err

    def startTestRun(self):
        "Called once before any test runs."

    def stopTest(self, test):
        self._restoreStdout()
        self._echo_captured = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._echo_captured:
            for label, real, fake in (('Stdout', self._real_out, sys.stdout),
                                      ('Stderr', self._real_err, sys.stderr)):
                block = _captured_block(label, fake.getvalue())
                if block:
                    real.write(block)
        sys.stdout = self._real_out
        sys.stderr = self._real_err
        for buf in (self._captured_out, self._captured_err):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        "Called once after all tests ran."

    def _file_problem(self, bucket, shown_as, err, test):
        bucket.append((shown_as, self._exc_info_to_string(err, test)))
        self._echo_captured = True

    @failfast
    def addError(self, test, err):
        self._file_problem(self.errors, test, err, test)

    @failfast
    def addFailure(self, test, err):
        self._file_problem(self.failures, test, err, test)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            _maybe_halt(self)
            failed = issubclass(err[0], test.failureException)
            self._file_problem(self.failures if failed else self.errors, subtest, err, test)

    def addSuccess(self, test):
        "Nothing to record for a pass."

    def addSkip(self, test, reason):
        self.skipped += [(test, reason)]

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses += [test]

    def addDuration(self, test, elapsed):
        timings = getattr(self, 'collectedDurations', None)
        if timings is not None:
            timings.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and not getattr(self, 'unexpectedSuccesses', ()))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        kind, value, tb = err
        if value is None:
            value = kind()
        pieces = self._chain_text(value, tb, test, {id(value)})
        if self.buffer:
            pieces.append(_captured_block('Stdout', sys.stdout.getvalue()))
            pieces.append(_captured_block('Stderr', sys.stderr.getvalue()))
        return ''.join(pieces)

    def _chain_text(self, value, tb, test, seen):
        pieces = []
        cause, context = value.__cause__, value.__context__
        if cause is not None and id(cause) not in seen:
            seen.add(id(cause))
            pieces += self._chain_text(cause, cause.__traceback__, test, seen)
            pieces.append('\nThe above exception was the direct cause '
                          'of the following exception:\n\n')
        elif (cause is None and context is not None and not value.__suppress_context__
              and id(context) not in seen):
            seen.add(id(context))
            pieces += self._chain_text(context, context.__traceback__, test, seen)
            pieces.append('\nDuring handling of the above exception, '
                          'another exception occurred:\n\n')
        pieces += self._single_text(value, tb, test)
        return pieces

    def _single_text(self, value, tb, test):
        # Frames of unittest itself are left out: those that called the test, and for a
        # failed assertion those below the user's call of assert*().
        while tb is not None and _ours(tb):
            tb = tb.tb_next
        keep = None
        failure_kind = getattr(test, 'failureException', None)
        if failure_kind is not None and isinstance(value, failure_kind):
            keep = 0
            probe = tb
            while probe is not None and not _ours(probe):
                keep += 1
                probe = probe.tb_next
            if probe is None:
                keep = None
        saved = value.__traceback__
        try:
            value.__traceback__ = tb
            items = traceback.format_exception(value, chain=False)
        finally:
            value.__traceback__ = saved
        if keep is None:
            return items
        kept = []
        frames = 0
        for item in items:
            if item.startswith('  File '):
                frames += 1
                if frames > keep:
                    continue
            elif item.startswith('  [Previous line repeated') and frames > keep:
                continue
            kept.append(item)
        return kept

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            '%s.%s' % (type(self).__module__, type(self).__qualname__),
            self.testsRun, len(self.errors), len(self.failures))
