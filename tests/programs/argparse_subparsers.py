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


p = argparse.ArgumentParser(prog='git')
p.add_argument('--verbose', action='store_true')
p.add_argument('-C', dest='path', default='.')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', dest='msg', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(handler='do_commit', path='commit-path')
s = sub.add_parser('status', help='show status')
s.add_argument('files', nargs='*')
s.set_defaults(handler='do_status')
q = sub.add_parser('quiet')   # no help: not listed
q.add_argument('n', type=int)
print(sub)
print(p.format_help())
print(c.format_help())
print(s.format_usage())
run(p, ['commit', '-m', 'hello'])
run(p, ['--verbose', 'ci', '-m', 'x', '--amend'])
run(p, ['-C', 'dir', 'status', 'a', 'b'])
run(p, ['status', '--verbose'])
run(p, ['quiet', '5'])
run(p, ['quiet', 'five'])
run(p, ['commit'])
run(p, ['push'])
run(p, [])
run(p, ['commit', '-m', 'x', 'extra'])
run(p, ['commit', '-h'])
print(p.parse_known_args(['status', 'x', '--nope']))

try:
    sub.add_parser('commit')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    sub.add_parser('other', aliases=['status'])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
run(p, ['--help'])

# second add_subparsers is an error
run2 = io.StringIO()
try:
    with contextlib.redirect_stderr(run2):
        p.add_subparsers()
except SystemExit as e:
    print('exit', e.code, run2.getvalue())

# required subparsers, title/description, metavar, positional before
r = argparse.ArgumentParser(prog='tool')
r.add_argument('target')
rs = r.add_subparsers(title='commands', description='available commands',
                      required=True, metavar='CMD', dest='cmd')
a = rs.add_parser('add', help='add things', description='Add stuff.')
a.add_argument('x', type=int)
rs.add_parser('remove', help='remove things', aliases=['rm', 'del'])
print(r.format_help())
print(a.format_help())
print(a.prog)
run(r, ['t'])
run(r, ['t', 'add', '3'])
run(r, ['t', 'rm'])
run(r, ['t', 'nope'])
run(r, ['t', 'add'])

# no dest: the subcommand name is not stored
n = argparse.ArgumentParser(prog='nd')
ns = n.add_subparsers()
ns.add_parser('a').add_argument('--x', default=1)
ns.add_parser('b')
print(n.format_usage())
run(n, ['a'])
run(n, ['b', '--x'])
run(n, ['c'])
ns.required = True
run(n, [])

# nested subparsers and parser_class / prog override
top = argparse.ArgumentParser(prog='top')
l1 = top.add_subparsers(dest='l1', prog='CUSTOM')
mid = l1.add_parser('mid')
l2 = mid.add_subparsers(dest='l2')
leaf = l2.add_parser('leaf', help='the leaf')
leaf.add_argument('--depth', type=int, default=2)
print(mid.prog, leaf.prog)
run(top, ['mid', 'leaf', '--depth', '5'])
run(top, ['mid', 'leaf', '--depth'])
print(leaf.format_help())
