"""unittest.runner: the text runner and the result class that prints progress (pyrs)."""

import contextlib
import inspect
import sys
import time
import warnings

from . import case, result
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """Wraps a text stream, adding writeln(); every other attribute is the stream's."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        inner = self.__dict__.get('stream')
        if inner is None or name == 'stream':
            raise AttributeError(name)
        return getattr(inner, name)

    def writeln(self, arg=None):
        if arg is not None:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that reports progress and problems on a stream, as text.

    verbosity 1 prints one character per test, 2 and more a line per test."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        self.descriptions, self.durations = descriptions, durations
        self._line_open = False

    def getDescription(self, test):
        label = str(test)
        summary = test.shortDescription()
        if self.descriptions and summary:
            return label + '\n' + summary
        return label

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._line_open = True

    def _say(self, test, word, mark, record, *args):
        # record(*args) files the outcome (the base class's method); then show it.
        record(*args)
        out = self.stream
        if self.showAll:
            if isinstance(test, case._SubTest):
                if self._line_open:
                    out.writeln()
                out.write('  ' + self.getDescription(test) + ' ... ')
            elif not self._line_open:
                out.write(self.getDescription(test) + ' ... ')
            out.writeln(word)
            self._line_open = False
        elif self.dots:
            out.write(mark)
        out.flush()

    def addSuccess(self, test):
        self._say(test, 'ok', '.', super().addSuccess, test)

    def addError(self, test, err):
        self._say(test, 'ERROR', 'E', super().addError, test, err)

    def addFailure(self, test, err):
        self._say(test, 'FAIL', 'F', super().addFailure, test, err)

    def addSubTest(self, test, subtest, err):
        if err is None:
            super().addSubTest(test, subtest, err)
        elif issubclass(err[0], subtest.failureException):
            self._say(subtest, 'FAIL', 'F', super().addSubTest, test, subtest, err)
        else:
            self._say(subtest, 'ERROR', 'E', super().addSubTest, test, subtest, err)

    def addSkip(self, test, reason):
        self._say(test, 'skipped %r' % (reason,), 's', super().addSkip, test, reason)

    def addExpectedFailure(self, test, err):
        self._say(test, 'expected failure', 'x', super().addExpectedFailure, test, err)

    def addUnexpectedSuccess(self, test):
        self._say(test, 'unexpected success', 'u', super().addUnexpectedSuccess, test)

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()
            out.flush()
        for flavour, listed in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, listed)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            # One banner for the whole group, then a line per test.
            out.writeln(self.separator1)
            for test in surprises:
                out.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            out.writeln(self.separator1)
            out.writeln('%s: %s' % (flavour, self.getDescription(test)))
            out.writeln(self.separator2)
            out.writeln('%s' % text)
            out.flush()


def _takes_keyword(factory, name):
    try:
        params = inspect.signature(factory).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(p.name == name and p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)
               or p.kind == p.VAR_KEYWORD for p in params)


def _plural(count):
    return '' if count == 1 else 's'


class TextTestRunner(object):
    """Runs tests and reports on a stream (sys.stderr by default) with a TextTestResult,
    or with resultclass when one is given."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False,
                 durations=None):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.durations, self.warnings = durations, warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        made = self.resultclass
        if _takes_keyword(made, 'durations'):
            return made(self.stream, self.descriptions, self.verbosity,
                        durations=self.durations)
        # A result class written before the durations keyword existed.
        return made(self.stream, self.descriptions, self.verbosity)

    def _slowest_report(self, outcome):
        timings = getattr(outcome, 'collectedDurations', None)
        if not timings:
            return
        out = self.stream
        out.writeln('Slowest test durations')
        out.writeln(outcome.separator2 if hasattr(outcome, 'separator2') else '-' * 70)
        ranked = sorted(timings, key=lambda item: -item[1])
        if self.durations > 0:
            ranked = ranked[:self.durations]
        hid_some = False
        for label, seconds in ranked:
            if seconds < 0.001 and self.verbosity < 2:
                hid_some = True
                continue
            out.writeln('%-10s %s' % ('%.3fs' % seconds, label))
        out.writeln()
        if hid_some:
            out.writeln('(durations < 0.001s were hidden; use -v to show these durations)')

    def run(self, test):
        """Run test (a case or a suite) and print the report; return the result."""
        outcome = self._makeResult()
        registerResult(outcome)
        for option in ('failfast', 'buffer', 'tb_locals'):
            setattr(outcome, option, getattr(self, option))
        seconds = self._timed(test, outcome)
        outcome.printErrors()
        if self.durations is not None:
            self._slowest_report(outcome)
        self._closing_lines(outcome, seconds)
        return outcome

    def _timed(self, test, outcome):
        # Feed outcome to test between the result's optional run hooks, under this
        # runner's warnings action; the seconds it took.
        with contextlib.ExitStack() as scope:
            scope.enter_context(warnings.catch_warnings())
            if self.warnings:
                warnings.simplefilter(self.warnings)
            began = time.perf_counter()
            first, last = (getattr(outcome, hook, None)
                           for hook in ('startTestRun', 'stopTestRun'))
            if first is not None:
                first()
            if last is not None:
                scope.callback(last)
            test(outcome)
        return time.perf_counter() - began

    def _closing_lines(self, outcome, seconds):
        out = self.stream
        if hasattr(outcome, 'separator2'):
            out.writeln(outcome.separator2)
        ran = outcome.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (ran, _plural(ran), seconds))
        out.writeln()
        out.writeln(_verdict(outcome))
        out.flush()


def _verdict(outcome):
    """'OK', 'FAILED' or 'NO TESTS RAN', with the non-zero counts in parentheses."""
    passed = outcome.wasSuccessful()
    counts = [] if passed else [('failures', outcome.failures), ('errors', outcome.errors)]
    try:
        counts += [('skipped', outcome.skipped),
                   ('expected failures', outcome.expectedFailures),
                   ('unexpected successes', outcome.unexpectedSuccesses)]
    except AttributeError:
        pass   # an older result class: those three are not reported at all
    word = 'FAILED' if not passed else ('OK' if outcome.testsRun else 'NO TESTS RAN')
    shown = ', '.join('%s=%d' % (label, len(items)) for label, items in counts if items)
    return '%s (%s)' % (word, shown) if shown else word
