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


p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true', help='foo it')
g.add_argument('--bar', action='store_false', help='bar it')
g.add_argument('--baz', type=int, default=5)
p.add_argument('--other')
print(p.format_help())
run(p, ['--foo'])
run(p, ['--foo', '--bar'])
run(p, ['--bar', '--baz', '1'])
run(p, ['--baz', '5', '--foo'])
run(p, ['--foo', '--foo'])
run(p, [])

r = argparse.ArgumentParser(prog='rq')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('-a', action='store_true')
rg.add_argument('-b', nargs='?', const='B')
rg.add_argument('pos', nargs='?', default='P')
print(r.format_usage())
run(r, [])
run(r, ['-a'])
run(r, ['x'])
run(r, ['-a', 'x'])
run(r, ['-b', '-a'])
run(r, ['-b'])

# required group with a single visible member, one hidden
h = argparse.ArgumentParser(prog='hid')
hg = h.add_mutually_exclusive_group(required=True)
hg.add_argument('--shown')
hg.add_argument('--hidden', help=argparse.SUPPRESS)
print(h.format_usage())
run(h, [])
h2 = argparse.ArgumentParser(prog='hid2')
hg2 = h2.add_mutually_exclusive_group()
hg2.add_argument('--one', help=argparse.SUPPRESS)
hg2.add_argument('--two', help=argparse.SUPPRESS)
h2.add_argument('--three')
print(h2.format_usage())
h3 = argparse.ArgumentParser(prog='hid3')
hg3 = h3.add_mutually_exclusive_group()
hg3.add_argument('--one')
hg3.add_argument('--two', help=argparse.SUPPRESS)
hg3.add_argument('--four')
print(h3.format_usage())

# group members separated by another argument: no brackets joined
s = argparse.ArgumentParser(prog='sep')
sg = s.add_mutually_exclusive_group()
sg.add_argument('--x')
s.add_argument('--between')
sg.add_argument('--y')
print(s.format_usage())
run(s, ['--x', '1', '--y', '2'])

# two adjacent groups
t = argparse.ArgumentParser(prog='two', add_help=False)
t1 = t.add_mutually_exclusive_group()
t1.add_argument('-a', action='store_true')
t1.add_argument('-b', action='store_true')
t2 = t.add_mutually_exclusive_group(required=True)
t2.add_argument('-c', action='store_true')
t2.add_argument('-d', action='store_true')
print(t.format_usage())
run(t, ['-a', '-c', '-d'])
run(t, ['-ab'])
run(t, ['-ac'])

# mutex group inside an argument group
ag = argparse.ArgumentParser(prog='ag')
grp = ag.add_argument_group('Output', 'output options')
mgrp = grp.add_mutually_exclusive_group()
mgrp.add_argument('--json', action='store_true')
mgrp.add_argument('--xml', action='store_true')
print(ag.format_help())
run(ag, ['--json', '--xml'])

# errors building groups
try:
    g.add_argument('positional')
except ValueError as e:
    print('ValueError', e)
try:
    g.add_argument('--req', required=True)
except ValueError as e:
    print('ValueError', e)
e = argparse.ArgumentParser(prog='empty')
e.add_mutually_exclusive_group()
try:
    print(e.format_usage())
except ValueError as ex:
    print('ValueError', str(ex).split(' at ')[0])

# long usage with groups wraps on group boundaries
lg = argparse.ArgumentParser(prog='longgroups')
lgg = lg.add_mutually_exclusive_group()
for name in ('first-option', 'second-option', 'third-option', 'fourth-option'):
    lgg.add_argument('--' + name, metavar='VALUE')
lg.add_argument('--trailing-option', metavar='T')
lg.add_argument('files', nargs='+')
print(lg.format_usage())
