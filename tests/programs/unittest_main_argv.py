import contextlib
import io
import re
import unittest


class Alpha(unittest.TestCase):
    def test_apple(self):
        pass

    def test_banana(self):
        self.assertEqual('banana', 'bandana')

    def test_cherry(self):
        pass


class Beta(unittest.TestCase):
    def test_apple(self):
        print('Beta apple says hi')

    @unittest.skip('later')
    def test_later(self):
        pass


def run(argv, **kw):
    err = io.StringIO()
    out = io.StringIO()
    loader = unittest.TestLoader()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            prog = unittest.main(argv=argv, testLoader=loader, **kw)
            status = 'no exit, result %s' % (prog.result,)
        except SystemExit as e:
            status = 'SystemExit %r' % (e.code,)
    print('>>>', argv[1:], status)
    text = re.sub(r'in \d+\.\d+s', 'in 0.000s', err.getvalue())
    print(text, end='')
    if out.getvalue():
        print('[stdout]', out.getvalue(), end='')
    print()


run(['prog'])
run(['prog', '-v'], exit=False)
run(['prog', '-q'])
run(['prog', '-k', 'apple'])
run(['prog', '-v', '-k', 'apple', '-k', '*cherry'])
run(['prog', 'Beta'])
run(['prog', 'Alpha.test_apple', 'Beta.test_later', '-v'])
run(['prog', 'Alpha.zzz'])
run(['prog', 'Gamma'])
run(['prog', '-f', 'Alpha'])
run(['prog', '-b', '-v', 'Beta'])
run(['prog', '--bogus'])
run(['prog', '-k'])
run(['prog', '-h'])
run(['prog'], verbosity=0, defaultTest='Beta')
run(['prog', '-k', 'zzz'])
