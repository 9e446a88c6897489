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


# store, types, defaults, Namespace
p = argparse.ArgumentParser(prog='basic')
p.add_argument('--num', type=int, default=7)
p.add_argument('--ratio', type=float)
p.add_argument('--name', default='anon')
p.add_argument('--level', type=int, default='3')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
run(p, ['a'])
run(p, ['a', 'b', '--num', '12'])
run(p, ['--num=5', 'x', '--ratio', '2.5'])
run(p, ['--num', 'x', 'y'])
run(p, ['--ratio', 'abc', 'y'])
run(p, ['y', '--level', '9'])
run(p, [])
run(p, ['a', 'b', 'c'])
run(p, ['a', '--unknown'])
run(p, ['a', '--num'])

# parse_known_args keeps leftovers
ns, rest = p.parse_known_args(['a', '--bogus', 'b', '-z', 'c'])
print(ns, rest)
ns, rest = p.parse_known_args(['a', 'b', 'c', 'd'])
print(ns, rest)

# Namespace behaviour
ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, 'c' in ns)
print(ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace(a=2))
print(ns == {'a': 1}, vars(ns))
print(argparse.Namespace())
setattr(ns, 'with-dash', 3)
setattr(ns, '1x', 4)
print(ns)
try:
    hash(ns)
except TypeError as e:
    print('TypeError', e)

# an existing namespace
target = argparse.Namespace(num=100, extra='kept')
print(p.parse_args(['q'], namespace=target))
print(target.num, target.extra)

# default prog comes from sys.argv[0]
q = argparse.ArgumentParser()
print(q.prog)
print(q.format_usage(), end='')
print(repr(q).replace(q.prog, 'PROG'))

# type callables
def pair(text):
    a, b = text.split(',')
    return (int(a), int(b))

def checked(text):
    v = int(text)
    if v < 0:
        raise argparse.ArgumentTypeError('%d is negative' % v)
    return v

r = argparse.ArgumentParser(prog='types')
r.add_argument('--pair', type=pair)
r.add_argument('--pos', type=checked)
r.add_argument('--lam', type=lambda s: int(s, 16))
r.add_argument('--cplx', type=complex)
run(r, ['--pair', '1,2', '--pos', '4', '--lam', 'ff', '--cplx', '1+2j'])
run(r, ['--pair', '1'])
run(r, ['--pos', '-3'])
run(r, ['--pos=-3'])
run(r, ['--lam', 'zz'])
r.add_argument('--bad', type='nope' if False else int, choices=range(3))
run(r, ['--bad', '2'])
run(r, ['--bad', '5'])
print(r.get_default('pair'), r.get_default('missing'))
r.set_defaults(pair=(0, 0), other='o')
print(r.get_default('pair'), r.get_default('other'))
run(r, [])
