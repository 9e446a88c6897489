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


p = argparse.ArgumentParser(prog='acts')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-cache', action='store_false', dest='cache')
p.add_argument('--mode', action='store_const', const='fast')
p.add_argument('-I', action='append', dest='includes')
p.add_argument('--tag', action='append_const', const='T', dest='includes')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--color', action=argparse.BooleanOptionalAction)
p.add_argument('--sure', action=argparse.BooleanOptionalAction, default=False,
               help='be sure')
p.add_argument('--version', action='version', version='%(prog)s 2.5')
run(p, [])
run(p, ['-vvv', '-q', '--no-cache', '--mode'])
run(p, ['-v', '--verbose', '-qv'])
run(p, ['-I', 'a', '-Ib', '--tag', '-I=c'])
run(p, ['--ext', '1', '2', '--ext', '3'])
run(p, ['--color', '--no-sure'])
run(p, ['--no-color', '--sure'])
run(p, ['--ext'])
run(p, ['--ext', 'x'])
run(p, ['--version'])
run(p, ['--mode=x'])
run(p, ['-q=1'])
run(p, ['-qx'])
print(p.format_help())

# append with a list default is copied, not mutated
default = ['base']
a = argparse.ArgumentParser(prog='app')
a.add_argument('--x', action='append', default=default)
a.add_argument('--y', action='append', nargs=2)
a.add_argument('--z', action='extend', default=('t',), nargs='*')
run(a, ['--x', '1', '--x', '2', '--y', 'a', 'b', '--y', 'c', 'd'])
run(a, ['--z', 'p', 'q'])
run(a, ['--y', 'a'])
print(default)

# custom actions
class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        print('init', option_strings, dest, sorted(kwargs))
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print('call', repr(values), option_string)
        setattr(namespace, self.dest, values.upper())

class Store2(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, list(reversed(values)))

c = argparse.ArgumentParser(prog='custom')
act = c.add_argument('--up', action=Upper, help='upper')
c.add_argument('word', action=Upper)
c.add_argument('--rev', action=Store2, nargs=3)
print(act)
run(c, ['--up', 'abc', 'def'])
run(c, ['xyz', '--rev', '1', '2', '3'])
c.register('action', 'shout', Upper)
c.add_argument('--shout', action='shout')
run(c, ['w', '--shout', 'hey'])
try:
    argparse.Action(['-a'], 'a')(c, None, None)
except NotImplementedError as e:
    print('NotImplementedError', e)

# version from the parser attribute
v = argparse.ArgumentParser(prog='vp')
v.version = '9.9'
v.add_argument('-V', action='version')
run(v, ['-V'])
v.add_argument('--long', action='version', version='one   two\nthree ' * 12)
run(v, ['--long'])
print(repr(v._actions[1]))
print(repr(p._actions[1]))
print(repr(p._actions[8]))

# store_const and append_const errors
for kwargs in [dict(action='store', nargs=0), dict(action='append', nargs=0),
               dict(const=1), dict(action='append', const=1, nargs='+'),
               dict(action='store_true', type=int), dict(action='nope'),
               dict(action='count', nargs=1), dict(nargs='x'),
               dict(nargs=2, metavar=('A',)), dict(nargs='+', metavar=('A', 'B', 'C'))]:
    try:
        print(p.add_argument('--bad', **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
