# doctest: parsing, checking, running and reporting, the finder, testmod/testfile and the
# unittest integration. doctest's own frame in "Exception raised:" reports (its file and
# line) is left out of the comparison, and so is the directory the test runs in.
import io
import os
import re
import runpy
import sys

here = os.getcwd()
for name in ('test_p', 'test_r', 'test_e', 'test_f', 'test_tf', 'test_u', 'test_u2', 'test_s1'):
    out = io.StringIO()
    old_out, old_err, old_argv = sys.stdout, sys.stderr, sys.argv
    sys.stdout = sys.stderr = out
    sys.argv = [name + '.py']
    try:
        runpy.run_path(name + '.py', run_name='__main__')
    except SystemExit as e:
        print('SystemExit', e.code)
    finally:
        sys.stdout, sys.stderr, sys.argv = old_out, old_err, old_argv
    print('=====', name)
    dropped = False
    for line in out.getvalue().replace(here.rstrip('/') + '/', '/').splitlines():
        if (', in __run' in line or 'exec(compile(example.source' in line
                or ', in runTest' in line or 'raise self.failureException(' in line
                or dropped and line.strip() and set(line.strip()) <= set('^~')):
            dropped = True
            continue
        dropped = False
        line = re.sub(r'File "[^"]*/([^"/]*)"', r'File "\1"', line)
        print(re.sub(r'in \d+\.\d+s$', 'in TIME', line))
