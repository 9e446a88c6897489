"""unittest.result: TestResult, the record of what happened in a test run (pyrs)."""

import io
import sys
import traceback

from . import case

__unittest = True

_CAUSE_TEXT = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT_TEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'


def _internal(frame):
    # Frames of modules flagged with a __unittest global are framework noise.
    return '__unittest' in frame.f_globals


def _entries(tb):
    found = []
    while tb is not None:
        found.append(tb)
        tb = tb.tb_next
    return found


def _older_links(exc):
    """(exception, separator to print after it) pairs, newest first."""
    seen = set()
    joiner = ''
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc, joiner
        if exc.__cause__ is not None:
            exc, joiner = exc.__cause__, _CAUSE_TEXT
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc, joiner = exc.__context__, _CONTEXT_TEXT
        else:
            exc = None


class _Capture(object):
    """Redirection of sys.stdout/sys.stderr while buffering is on."""

    def __init__(self):
        self.real = (sys.stdout, sys.stderr)
        self.pair = None
        self.replay = False

    def engage(self):
        if self.pair is None:
            self.pair = (io.StringIO(), io.StringIO())
        sys.stdout, sys.stderr = self.pair

    def texts(self):
        # (header, captured text) for each stream that received something.
        if self.pair is None:
            return []
        shown = []
        for header, buf in zip(('Stdout', 'Stderr'), self.pair):
            text = buf.getvalue()
            if text:
                if not text.endswith('\n'):
                    text += '\n'
                shown.append((header, text))
        return shown

    def release(self):
        if self.replay:
            for header, text in self.texts():
                target = self.real[0] if header == 'Stdout' else self.real[1]
                target.write('\n%s:\n%s' % (header, text))
        sys.stdout, sys.stderr = self.real
        for buf in self.pair:
            buf.seek(0)
            buf.truncate()


class TestResult(object):
    """Collects the outcome of tests: counts, failures, errors, skips and more.

    The lists hold (test, formatted traceback) pairs, except skipped which holds
    (test, reason) and unexpectedSuccesses which holds tests."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = self.buffer = self.tb_locals = self.shouldStop = False
        self.testsRun = 0
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.collectedDurations = []
        self._capture = _Capture()

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            case.strclass(type(self)), self.testsRun, len(self.errors), len(self.failures))

    # -- run bracketing --------------------------------------------------------

    def startTestRun(self):
        """Hook called once before the whole run."""

    def stopTestRun(self):
        """Hook called once after the whole run."""

    def startTest(self, test):
        """Called when test is about to run."""
        self.testsRun += 1
        self._capture.replay = False
        self._setupStdout()

    def stopTest(self, test):
        """Called when test has finished."""
        self._restoreStdout()
        self._capture.replay = False

    def _setupStdout(self):
        if self.buffer:
            self._capture.engage()

    def _restoreStdout(self):
        if self.buffer:
            self._capture.release()

    # -- outcomes --------------------------------------------------------------

    def _record(self, bucket, test, err):
        bucket.append((test, self._as_text(err, test)))
        self._capture.replay = True
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        """test raised an unexpected exception; err is an exc_info triple."""
        self._record(self.errors, test, err)

    def addFailure(self, test, err):
        """test failed an assertion; err is an exc_info triple."""
        self._record(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """A subtest of test finished; err is None when it passed."""
        if err is None:
            return
        failed = issubclass(err[0], test.failureException)
        self._record(self.failures if failed else self.errors, subtest, err)

    def addSuccess(self, test):
        """test passed."""

    def addSkip(self, test, reason):
        """test was skipped."""
        self.skipped += [(test, reason)]

    def addExpectedFailure(self, test, err):
        """test failed as it was expected to."""
        self.expectedFailures += [(test, self._as_text(err, test))]

    def addUnexpectedSuccess(self, test):
        """test passed although it was expected to fail."""
        self.unexpectedSuccesses += [test]
        if self.failfast:
            self.stop()

    def addDuration(self, test, elapsed):
        """Remember how long test took (seconds, set-up and clean-ups included)."""
        self.collectedDurations += [(str(test), elapsed)]

    def wasSuccessful(self):
        """True when nothing failed, errored or passed unexpectedly."""
        bad = len(self.failures) + len(self.errors)
        bad += len(getattr(self, 'unexpectedSuccesses', ()))
        return bad == 0

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def printErrors(self):
        """Report the collected problems (nothing to do for the base class)."""

    # -- formatting ------------------------------------------------------------

    def _as_text(self, err, test):
        # The report of exc_info triple err for test, as shown in the lists.
        kind, value, tb = err
        wanted = getattr(test, 'failureException', None)
        chunks = []
        for position, (exc, joiner) in enumerate(_older_links(value)):
            own_tb = tb if position == 0 else exc.__traceback__
            own_kind = kind if position == 0 else type(exc)
            chunks.append(joiner)
            chunks.append(self._one_link(own_kind, exc, own_tb, own_kind is wanted))
        if not chunks:
            chunks.append(self._one_link(kind, value, tb, kind is wanted))
        text = ''.join(reversed(chunks))
        if self.buffer:
            text += ''.join('\n%s:\n%s' % pair for pair in self._capture.texts())
        return text

    def _one_link(self, kind, exc, tb, trim_tail):
        """One exception of a chain, without the framework's own frames."""
        frames = _entries(tb)
        first = 0
        while first < len(frames) and _internal(frames[first].tb_frame):
            first += 1
        limit = None
        if trim_tail:
            for offset, entry in enumerate(frames[first:]):
                if _internal(entry.tb_frame):
                    limit = offset
                    break
        start = frames[first] if first < len(frames) else None
        shown = traceback.TracebackException(kind, exc, start, limit=limit,
                                             capture_locals=self.tb_locals, compact=True)
        return ''.join(shown.format(chain=False))
