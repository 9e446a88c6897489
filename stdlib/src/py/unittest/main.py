"""unittest.main (CPython's unittest.main module, written for pyrs)."""

import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

_NO_TESTS_EXITCODE = 5

_USAGE_HEAD = ('usage: {prog} [-h] [-v] [-q] [--locals] [--durations N] [-f] [-c] [-b]\n'
               '{pad}[-k TESTNAMEPATTERNS]\n'
               '{pad}[tests ...]\n')

_OPTIONS_HELP = '''
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  --durations N        Show the N slowest test cases (N=0 for all)
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
'''

def _example_block(rows):
    # Render "prog ARG - what it does" rows with the descriptions aligned.
    out = ['Examples:']
    for arg, what in rows:
        first, *rest = what.split('\n')
        out.append(('  %(prog)s ' + arg).ljust(37) + '- ' + first)
        out.extend(' ' * 39 + more for more in rest)
    return '\n'.join(out) + '\n'


MAIN_EXAMPLES = _example_block([
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
])

MODULE_EXAMPLES = _example_block([
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods\nin MyTestCase"),
])


_FLAGS = {'-v': ('verbosity', 2), '--verbose': ('verbosity', 2),
          '-q': ('verbosity', 0), '--quiet': ('verbosity', 0),
          '--locals': ('tb_locals', True), '-f': ('failfast', True),
          '--failfast': ('failfast', True), '-c': ('catchbreak', True),
          '--catch': ('catchbreak', True), '-b': ('buffer', True),
          '--buffer': ('buffer', True)}


def _name_from_path(path):
    # A file path on the command line means the module it holds.
    if os.path.isfile(path) and path.lower().endswith('.py'):
        rel = os.path.normpath(path)
        if os.path.isabs(rel):
            rel = os.path.relpath(rel)
        return rel[:-3].replace('\\', '.').replace('/', '.')
    return path


def _as_pattern(text):
    return text if '*' in text else '*%s*' % text


def _resolve_module(spec):
    # A dotted name is imported and walked down to the innermost module.
    if not isinstance(spec, str):
        return spec
    found = __import__(spec)
    for attr in spec.split('.')[1:]:
        found = getattr(found, attr)
    return found


class TestProgram(object):
    """Loads tests from a module or the command line, runs them, and exits with the outcome."""

    module = None
    verbosity = 1
    failfast = None
    catchbreak = None
    buffer = None
    progName = None
    warnings = None
    testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        self.module = _resolve_module(module)
        args = sys.argv if argv is None else argv
        if warnings is None and not getattr(sys, 'warnoptions', None):
            # Mirror the interpreter default: show warnings unless -W was given.
            warnings = 'default'
        settings = dict(exit=exit, failfast=failfast, catchbreak=catchbreak,
                        verbosity=verbosity, buffer=buffer, tb_locals=tb_locals,
                        durations=durations, warnings=warnings, defaultTest=defaultTest,
                        testRunner=testRunner, testLoader=testLoader,
                        progName=os.path.basename(args[0]))
        for key, val in settings.items():
            setattr(self, key, val)
        self.parseArgs(args)
        self.runTests()

    def _usage_text(self):
        pad = ' ' * len('usage: %s ' % self.progName)
        return _USAGE_HEAD.format(prog=self.progName, pad=pad)

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self):
        examples = MODULE_EXAMPLES if self.module is not None else MAIN_EXAMPLES
        sys.stdout.write(self._usage_text() + _OPTIONS_HELP + '\n'
                         + examples % {'prog': self.progName} + '\n')

    def _fail_usage(self, message):
        sys.stderr.write(self._usage_text())
        sys.stderr.write('%s: error: %s\n' % (self.progName, message))
        sys.exit(2)

    def _read_options(self, args):
        names = []
        unknown = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg in ('-h', '--help'):
                self._print_help()
                sys.exit(0)
            if arg in _FLAGS:
                attr, value = _FLAGS[arg]
                setattr(self, attr, value)
            elif arg in ('-k', '--durations') or arg.startswith('-k') or \
                    arg.startswith('--durations='):
                if arg.startswith('--durations='):
                    value = arg.split('=', 1)[1]
                elif len(arg) > 2 and arg.startswith('-k'):
                    value = arg[2:]
                elif i < len(args) and not args[i].startswith('-'):
                    value = args[i]
                    i += 1
                else:
                    self._fail_usage('argument %s: expected one argument'
                                     % ('-k' if arg == '-k' else '--durations'))
                if arg.startswith('-k'):
                    self.testNamePatterns = (self.testNamePatterns or []) + [_as_pattern(value)]
                else:
                    try:
                        self.durations = int(value)
                    except ValueError:
                        self._fail_usage("argument --durations: invalid int value: '%s'"
                                         % value)
            elif arg == '--':
                names.extend(args[i:])
                break
            elif arg.startswith('-') and arg != '-':
                unknown.append(arg)
            else:
                names.append(arg)
        if unknown:
            self._fail_usage('unrecognized arguments: %s' % ' '.join(unknown))
        return names

    def parseArgs(self, argv):
        self._explicit = self._read_options(argv[1:])
        wanted = self.defaultTest
        if self._explicit:
            names = [_name_from_path(n) for n in self._explicit]
        elif wanted is None or isinstance(wanted, str):
            names = wanted if wanted is None else (wanted,)
        else:
            names = list(wanted)
        self.testNames = names
        if self.module is None and not self._explicit:
            self._discover()
        else:
            self.createTests()

    def _share_patterns(self):
        pats = self.testNamePatterns
        if pats:
            self.testLoader.testNamePatterns = pats

    def _discover(self):
        self._share_patterns()
        self.test = self.testLoader.discover('.', 'test*.py', None)

    def createTests(self, from_discovery=False, Loader=None):
        self._share_patterns()
        if from_discovery:
            return self._discover()
        load = self.testLoader
        if self.testNames is None:
            self.test = load.loadTestsFromModule(self.module)
        else:
            self.test = load.loadTestsFromNames(self.testNames, self.module)

    def _make_runner(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        chosen = self.testRunner
        if not isinstance(chosen, type):
            return chosen
        common = dict(verbosity=self.verbosity, failfast=self.failfast,
                      buffer=self.buffer, warnings=self.warnings)
        try:
            return chosen(tb_locals=self.tb_locals, durations=self.durations, **common)
        except TypeError:
            # Older runner classes do not know the newer keywords.
            return chosen(**common)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        outcome = self._make_runner().run(self.test)
        self.result = outcome
        if not self.exit:
            return
        if outcome.testsRun == 0 and not outcome.skipped:
            sys.exit(_NO_TESTS_EXITCODE)
        sys.exit(int(not outcome.wasSuccessful()))


main = TestProgram
