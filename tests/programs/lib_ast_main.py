# ast.main(), the "python -m ast" entry point.
import ast
import contextlib
import io
import os
import sys

os.environ['COLUMNS'] = '80'
NAME = 'lib_ast_main.tmp.py'
with open(NAME, 'w') as f:
    f.write('x = 1\nif x:\n    y = f(x, *a)\n')
with open(NAME + '2', 'w') as f:
    f.write('x =\n')


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    sys.argv = ['ast'] + list(argv)
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ast.main()
        except SystemExit as exc:
            code = exc.code
        except SyntaxError as exc:
            code = 'SyntaxError %s %s %s' % (exc.msg, exc.filename, exc.lineno)
    print('ARGV', argv, 'EXIT', code)
    print(out.getvalue(), end='')
    print('STDERR:', err.getvalue(), end='')


try:
    run('-h')
    run('--help')
    run(NAME)
    run('-a', '-i', '2', NAME)
    run('--include-attributes', '--indent=1', '--mode', 'exec', NAME)
    run('-i', '0', NAME)
    run('-i', '-1', NAME)
    run('-m', 'bad', NAME)
    run('-i', 'x', NAME)
    run(NAME, 'extra')
    run('missing.tmp.py')
    run(NAME + '2')
finally:
    os.remove(NAME)
    os.remove(NAME + '2')
