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


p = argparse.ArgumentParser(
    prog='helper',
    description='A   program that does   things. ' * 5,
    epilog='Report bugs to %(prog)s maintainers.   Thanks!')
p.add_argument('infile', help='the input file (%(type)s)', type=str)
p.add_argument('outfiles', nargs='+', metavar='OUT', help='outputs')
p.add_argument('-c', '--count', type=int, default=3,
               help='how many times to repeat the operation; default %(default)s, '
                    'range %(choices)s', choices=range(1, 6))
p.add_argument('--very-long-option-name-here', metavar='VALUE',
               help='an option whose invocation is wider than the help column')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VAL'), help='a key and a value')
p.add_argument('--star', nargs='*', metavar=('A', 'B'))
p.add_argument('--maybe', nargs='?', help='%(prog)s uses %(dest)s with const %(const)r',
               const=1)
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--empty', help='')
p.add_argument('--spaces', help='   ')
p.add_argument('--pct', help='100%% sure, nargs=%(nargs)s, required=%(required)s')
p.add_argument('--req', required=True, help='required option')
p.add_argument('--choice', choices=['red', 'green', 'blue'])
p.add_argument('--rem', nargs=argparse.REMAINDER)
p.add_argument('--sup', nargs=argparse.SUPPRESS)
print(p.format_help())
print(p.format_usage())

g = p.add_argument_group('extra things', 'Options that are extra.\nSecond line.')
g.add_argument('--alpha', action='store_true', help='alpha ' * 20)
g.add_argument('beta', nargs='?')
empty = p.add_argument_group('empty group')
desc_only = p.add_argument_group('described', 'only a description')
notitle = p.add_argument_group(description='untitled group text')
notitle.add_argument('--untitled')
print(p.format_help())

# usage printing
p.print_usage()
p.print_help(io.StringIO())
buf = io.StringIO()
p.print_usage(buf)
print(repr(buf.getvalue()[:30]))

# custom usage strings
u = argparse.ArgumentParser(prog='cu', usage='%(prog)s [opts] FILE', add_help=False)
u.add_argument('file')
print(u.format_help())
run(u, [])
u2 = argparse.ArgumentParser(prog='cu2', usage=argparse.SUPPRESS, description='d')
u2.add_argument('x')
print(repr(u2.format_help()))
print(repr(u2.format_usage()))
run(u2, [])
n = argparse.ArgumentParser(prog='none', add_help=False)
print(repr(n.format_help()))

# long program names and long usage
long_prog = argparse.ArgumentParser(prog='a-really-long-program-name-that-takes-most-of-the-line')
for i in range(6):
    long_prog.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
long_prog.add_argument('positional_one')
long_prog.add_argument('positional_two', nargs='*')
print(long_prog.format_usage())
short = argparse.ArgumentParser(prog='s')
for i in range(8):
    short.add_argument('pos%d' % i, nargs='?' if i % 2 else None)
print(short.format_usage())
mixed = argparse.ArgumentParser(prog='mixed', add_help=False)
for i in range(10):
    mixed.add_argument('positional_argument_%d' % i)
print(mixed.format_usage())

# explicit formatter widths
class Narrow(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, width=40, max_help_position=10)

w = argparse.ArgumentParser(prog='w', formatter_class=Narrow,
                            description='narrow formatting of a long description text')
w.add_argument('--foo', help='help text that needs wrapping over several lines')
w.add_argument('bar', help='positional help')
print(w.format_help())

os.environ['COLUMNS'] = '50'
env = argparse.ArgumentParser(prog='env', description='x ' * 40)
env.add_argument('--thing', help='y ' * 30)
print(env.format_help())
os.environ['COLUMNS'] = '80'
