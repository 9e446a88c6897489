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


# parse_intermixed_args
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
args = 'doit 1 --foo bar 2 3'.split()
run(p, args)
run(p, args, 'parse_intermixed_args')
run(p, args + ['--zz'], 'parse_known_intermixed_args')
run(p, ['--foo', 'x'], 'parse_intermixed_args')
run(p, ['c', '1', 'q'], 'parse_intermixed_args')
run(p, ['c', '1', '--extra'], 'parse_intermixed_args')
print(p.usage, p._actions[2].nargs, p._actions[2].default)
rq = argparse.ArgumentParser(prog='rq')
rq.add_argument('--must', required=True)
rq.add_argument('x')
run(rq, ['a', '--must', 'b'], 'parse_intermixed_args')
run(rq, ['a'], 'parse_intermixed_args')
bad = argparse.ArgumentParser(prog='bad')
bad.add_argument('r', nargs=argparse.REMAINDER)
run(bad, [], 'parse_intermixed_args')
bad2 = argparse.ArgumentParser(prog='bad2')
bad2.add_subparsers().add_parser('s')
run(bad2, [], 'parse_intermixed_args')

# parents
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='S')
pg = parent.add_argument_group('parent group', 'from the parent')
pg.add_argument('--grouped', action='store_true')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--on', action='store_true')
pm.add_argument('--off', action='store_true')
parent.set_defaults(extra='E')
child = argparse.ArgumentParser(prog='child', parents=[parent], description='child parser')
child.add_argument('name')
print(child.format_help())
run(child, ['n', '--on', '--grouped'])
run(child, ['n', '--on', '--off'])
try:
    argparse.ArgumentParser(prog='dup', parents=[child])
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# conflict handler
c = argparse.ArgumentParser(prog='conf', conflict_handler='resolve')
c.add_argument('-f', '--foo', help='old foo')
c.add_argument('--foo', help='new foo')
c.add_argument('-x', help='old x')
c.add_argument('-x', help='new x')
print(c.format_help())
run(c, ['-f', '1', '--foo', '2', '-x', '3'])
e = argparse.ArgumentParser(prog='conf2')
e.add_argument('--foo')
try:
    e.add_argument('--bar', '--foo')
except argparse.ArgumentError as ex:
    print('ArgumentError', ex)
try:
    argparse.ArgumentParser(conflict_handler='other')
except ValueError as ex:
    print('ValueError', ex)

# prefix chars
pc = argparse.ArgumentParser(prog='pc', prefix_chars='+/')
pc.add_argument('+f', '++foo', action='store_true')
pc.add_argument('/b', '//bar')
pc.add_argument('val', nargs='?')
print(pc.format_help())
run(pc, ['+f', '//bar', 'x', '-1'])
run(pc, ['++fo', '/b=2'])
run(pc, ['/h'])
try:
    pc.add_argument('-z')
except ValueError as ex:
    print('ValueError', ex)
plus = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
plus.add_argument('+x', action='store_true')
plus.add_argument('-x', action='store_true', dest='minus')
run(plus, ['+x'])
run(plus, ['-x', '+x'])

# argument_default and SUPPRESS defaults
ad = argparse.ArgumentParser(prog='ad', argument_default=argparse.SUPPRESS)
ad.add_argument('--a')
ad.add_argument('--b', default=None)
ad.add_argument('c', nargs='?')
run(ad, [])
run(ad, ['--a', '1', 'z'])
ad2 = argparse.ArgumentParser(prog='ad2', argument_default=0)
ad2.add_argument('--n', type=int)
g = ad2.add_argument_group('g', argument_default=7)
g.add_argument('--m')
ad2.set_defaults(n=3, k=9)
ad2.add_argument('--k')
run(ad2, [])

# fromfile prefix chars with a missing file
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('items', nargs='*')
run(ff, ['a', 'b', '', '@'])
run(ff, ['x', '@no-such-file-here.txt'])
class Split(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()
print(Split(prog='s').convert_arg_line_to_args('a b  c'))

# FileType
ft = argparse.FileType('r')
print(ft, argparse.FileType('w', 1, errors='ignore'), argparse.FileType())
import sys
print(ft('-') is sys.stdin, argparse.FileType('w')('-') is sys.stdout)
fp = argparse.ArgumentParser(prog='ft')
fp.add_argument('--in', type=argparse.FileType('r'), dest='inp')
run(fp, ['--in', 'missing-dir/missing-file.txt'])
try:
    argparse.FileType('z')('-')
except ValueError as ex:
    print('ValueError', ex)
try:
    fp.add_argument('--bad', type=argparse.FileType)
except ValueError as ex:
    print('ValueError', ex)
