"""unittest.runner (CPython's unittest.runner module, written for pyrs)."""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """Wraps a stream, forwarding everything to it and adding writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # Never forward these: it would recurse (before 'stream' exists) or
        # make pickling try to copy the wrapped stream.
        if name == 'stream' or name == '__getstate__':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        self.write(arg + '\n' if arg else '\n')


class TextTestResult(result.TestResult):
    """A TestResult that reports progress and problems on a stream as it goes."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        vars(self).update(stream=stream, descriptions=descriptions, durations=durations,
                          showAll=(verbosity > 1), dots=(verbosity == 1))
        self._line_done = True

    def getDescription(self, test):
        text = str(test)
        summary = test.shortDescription()
        if summary and self.descriptions:
            text = text + '\n' + summary
        return text

    def _emit(self, *pieces):
        out = self.stream
        for piece in pieces:
            out.write(piece)
        out.flush()

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        self._emit(self.getDescription(test), ' ... ')
        self._line_done = False

    def _verbose_word(self, test, word):
        pieces = []
        is_sub = isinstance(test, _SubTest)
        if is_sub or self._line_done:
            # The "name ... " prefix is not on the current line yet.
            if not self._line_done:
                pieces.append('\n')
            pieces.append('  ' if is_sub else '')
            pieces.append(self.getDescription(test) + ' ... ')
        pieces.append(word + '\n')
        self._emit(*pieces)
        self._line_done = True

    def _report(self, test, word, letter):
        if self.showAll:
            self._verbose_word(test, word)
        elif self.dots:
            self._emit(letter)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._report(subtest, *(('FAIL', 'F') if failed else ('ERROR', 'E')))
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, 'skipped {0!r}'.format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, 'unexpected success', 'u')

    def printErrors(self):
        if self.showAll or self.dots:
            self._emit('\n')
        for flavour, problems in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, problems)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            lines = [self.separator1]
            lines.extend('UNEXPECTED SUCCESS: ' + self.getDescription(t) for t in surprises)
            self._emit(*(line + '\n' for line in lines))

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            heading = '{}: {}'.format(flavour, self.getDescription(test))
            block = (self.separator1, heading, self.separator2, str(text))
            self._emit(*(line + '\n' for line in block))


def _summary_notes(res, failed):
    """The 'key=count' items shown in parentheses after OK / FAILED."""
    counted = []
    if failed:
        counted += [('failures', res.failures), ('errors', res.errors)]
    counted += [('skipped', getattr(res, 'skipped', ())),
                ('expected failures', getattr(res, 'expectedFailures', ())),
                ('unexpected successes', getattr(res, 'unexpectedSuccesses', ()))]
    return ['%s=%d' % (label, len(items)) for label, items in counted if items]


class TextTestRunner(object):
    """Runs tests and prints a TextTestResult's report on a stream (stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False,
                 durations=None):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        vars(self).update(descriptions=descriptions, verbosity=verbosity,
                          failfast=failfast, buffer=buffer, tb_locals=tb_locals,
                          durations=durations, warnings=warnings)
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        positional = (self.stream, self.descriptions, self.verbosity)
        try:
            return self.resultclass(*positional, durations=self.durations)
        except TypeError:
            # A result class that predates the durations keyword.
            return self.resultclass(*positional)

    def _printDurations(self, result):
        timings = result.collectedDurations
        if not timings:
            return
        slowest = sorted(timings, key=lambda entry: -entry[1])
        if self.durations > 0:
            del slowest[self.durations:]
        out = self.stream
        out.writeln('Slowest test durations')
        rule = getattr(result, 'separator2', None)
        if rule is not None:
            out.writeln(rule)
        show_tiny = self.verbosity >= 2
        omitted = 0
        for name, secs in slowest:
            if secs < 0.001 and not show_tiny:
                omitted += 1
            else:
                out.writeln('%-10s %s' % ('%.3fs' % secs, name))
        out.writeln('\n(durations < 0.001s were hidden; use -v to show these durations)'
                    if omitted else '')

    def _drive(self, res, test):
        # Run the test between startTestRun/stopTestRun; return the seconds taken.
        hook = getattr(res, 'startTestRun', None)
        t0 = time.perf_counter()
        if hook is not None:
            hook()
        try:
            test(res)
        finally:
            hook = getattr(res, 'stopTestRun', None)
            if hook is not None:
                hook()
        return time.perf_counter() - t0

    def run(self, test):
        """Run the test or suite and print the summary."""
        res = self._makeResult()
        registerResult(res)
        res.failfast, res.buffer, res.tb_locals = self.failfast, self.buffer, self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            took = self._drive(res, test)
        res.printErrors()
        if self.durations is not None:
            self._printDurations(res)
        out = self.stream
        rule = getattr(res, 'separator2', None)
        if rule is not None:
            out.writeln(rule)
        total = res.testsRun
        out.writeln('Ran %d test%s in %.3fs\n' % (total, 's' if total != 1 else '', took))
        failed = not res.wasSuccessful()
        if failed:
            verdict = 'FAILED'
        else:
            verdict = 'OK' if total else 'NO TESTS RAN'
        notes = _summary_notes(res, failed)
        out.write(verdict + (' (%s)' % ', '.join(notes) if notes else '') + '\n')
        out.flush()
        return res
