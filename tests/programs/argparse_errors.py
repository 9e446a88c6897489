import argparse
import contextlib
import io
import os
os.environ['COLUMNS'] = '80'


def run(parser, args, method='parse_args'):
    out = io.StringIO()
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = getattr(parser, method)(args)
        print(out.getvalue(), end='')
        print('->', result)
    except SystemExit as e:
        print(out.getvalue(), end='')
        print('exit', e.code)
        print(err.getvalue(), end='')
    except Exception as e:
        print(type(e).__name__, e)


p = argparse.ArgumentParser(prog='abbr')
p.add_argument('--foobar', type=int)
p.add_argument('--foonly')
p.add_argument('--zeta', action='store_true')
p.add_argument('-s', action='store_true')
p.add_argument('-t')
for args in (['--foob', '1'], ['--foo', '1'], ['--foon=x'], ['--foo=1'], ['--z'],
             ['--zeta=yes'], ['--ze', '--foob=3'], ['-st', 'v'], ['-stv'], ['-ts'],
             ['-t=', 'x'], ['-s='], ['-sx'], ['-'], ['-', '-s'], ['---x'],
             ['--foobar', '1', '--foobar', '2'], ['--', '--zeta']):
    print(args)
    run(p, args)

n = argparse.ArgumentParser(prog='noabbr', allow_abbrev=False)
n.add_argument('--foobar')
n.add_argument('-a', action='store_true')
n.add_argument('-b', action='store_true')
n.add_argument('-long')
for args in (['--foob', '1'], ['--foobar=1'], ['-ab'], ['-lo', 'x'], ['-long=2']):
    print(args)
    run(n, args)

# exit_on_error=False raises ArgumentError instead
q = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('--c', choices='abc')
q.add_argument('req')
for args in (['--n', 'x', 'r'], ['--c', 'z', 'r'], ['--n'], ['r', 'extra'], [], ['--nn', '1']):
    print(args)
    try:
        with contextlib.redirect_stderr(io.StringIO()) as err:
            print(q.parse_args(args))
    except argparse.ArgumentError as e:
        print('ArgumentError', e, '|', e.argument_name, '|', e.message)
    except SystemExit as e:
        print('exit', e.code, err.getvalue().splitlines()[-1])

# error() and exit() directly
class Quiet(argparse.ArgumentParser):
    def exit(self, status=0, message=None):
        print('exit called', status, repr(message))
        raise SystemExit(status)

e = Quiet(prog='errs')
try:
    with contextlib.redirect_stderr(io.StringIO()) as err:
        e.error('custom problem')
except SystemExit as x:
    print('SystemExit', x.code, repr(err.getvalue()))
try:
    e.exit(3, 'bye\n')
except SystemExit as x:
    print('SystemExit', x.code)
try:
    with contextlib.redirect_stderr(io.StringIO()) as err:
        argparse.ArgumentParser(prog='ex').exit(4, 'leaving\n')
except SystemExit as x:
    print('SystemExit', x.code, repr(err.getvalue()))
try:
    argparse.ArgumentParser(prog='ex').exit()
except SystemExit as x:
    print('SystemExit', x.code)

# ArgumentError formatting
act = p._actions[1]
err = argparse.ArgumentError(act, 'bad thing')
print(str(err), '|', err.argument_name)
print(str(argparse.ArgumentError(None, 'no arg')))
pos = argparse.ArgumentParser(prog='x').add_argument('thing', metavar='THING')
print(argparse.ArgumentError(pos, 'm'))
print(isinstance(argparse.ArgumentTypeError('t'), Exception))

# required options and positionals, various names in messages
r = argparse.ArgumentParser(prog='req')
r.add_argument('--must', required=True)
r.add_argument('-o', '--out', required=True, dest='target')
r.add_argument('src', metavar='SOURCE')
r.add_argument('dst')
r.add_argument('more', nargs='+')
run(r, [])
run(r, ['--must', '1', 'a'])
run(r, ['--must', '1', '-o', 'x', 'a', 'b'])

# choices with various containers
c = argparse.ArgumentParser(prog='ch')
c.add_argument('--s', choices='xyz')
c.add_argument('--d', choices={'k1': 1, 'k2': 2})
c.add_argument('--r', type=int, choices=range(1, 4))
c.add_argument('--t', choices=('a', 'b'), nargs='+')
print(c.format_usage())
run(c, ['--s', 'x', '--d', 'k2', '--r', '3', '--t', 'a', 'b'])
run(c, ['--s', 'xy'])
run(c, ['--d', 'k3'])
run(c, ['--r', '0'])
run(c, ['--t', 'a', 'c'])

# help and usage when there is an error in help text formatting
b = argparse.ArgumentParser(prog='badhelp')
b.add_argument('--x', help='%(nokey)s')
try:
    b.format_help()
except KeyError as ex:
    print('KeyError', ex)
