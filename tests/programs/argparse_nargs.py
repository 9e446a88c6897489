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


def make(*specs, **kw):
    p = argparse.ArgumentParser(prog='n', **kw)
    for args, kwargs in specs:
        p.add_argument(*args, **kwargs)
    return p

p = make((['a'], {}), (['b'], dict(nargs=2)), (['c'], dict(nargs='*')),
         (['-x'], dict(nargs='?', const='C', default='D')))
for args in (['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1', '2'], ['1'],
             ['1', '2', '3', '-x'], ['1', '-x', '2', '3'], ['-x', 'v', '1', '2', '3'],
             ['1', '2', '3', '-x', 'q', '4'], ['--', '-1', '-2', '-3'],
             ['1', '--', '-x', '-y'], ['1', '2', '3', '--', '--']):
    print(args)
    run(p, args)

p = make((['pos'], dict(nargs='+')), (['last'], {}), (['--opt'], dict(nargs='+')))
for args in (['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', '--opt', 'x', 'y', 'b'],
             ['--opt'], ['a', 'b', '--opt', '1', '2', '--', 'c']):
    print(args)
    run(p, args)

p = make((['cmd'], {}), (['rest'], dict(nargs=argparse.REMAINDER)),
         (['-f'], dict(action='store_true')))
for args in (['run', '-f', 'x', '--y'], ['-f', 'run', 'a', '-f'], ['run'],
             ['run', '--', 'a'], ['--', 'run', 'z']):
    print(args)
    run(p, args)

p = make((['--rem'], dict(nargs=argparse.REMAINDER)), (['-k'], {}))
run(p, ['-k', '1', '--rem', '-k', '2', 'x'])
run(p, ['--rem'])

p = make((['opt'], dict(nargs='?', default='dflt', type=int)),
         (['star'], dict(nargs='*', default=[9])),
         (['--n3'], dict(nargs=3, type=float)),
         (['--q'], dict(nargs='?', type=int, const='5')))
for args in ([], ['4'], ['4', '5', '6'], ['--n3', '1', '2', '3'], ['--n3', '1', '2'],
             ['--q'], ['--q', '7'], ['--q', 'x'], ['z']):
    print(args)
    run(p, args)

p = make((['files'], dict(nargs='*')), (['-o'], {}))
for args in ([], ['a', 'b'], ['a', '-o', 'x', 'b'], ['-o', 'x', 'a', 'b'], ['-o', '-x']):
    print(args)
    run(p, args)

# negative numbers
p = make((['num'], dict(type=int)), (['-x'], {}), (['--val'], dict(type=float)))
for args in (['-5'], ['-x', '-5', '3'], ['--val', '-2.5', '-7'], ['-x', '-.5', '1'],
             ['-1e3'], ['-x', '-y', '1']):
    print(args)
    run(p, args)

p = make((['-1'], dict(dest='one', action='store_true')), (['num'], dict(nargs='?')),
         (['--k'], {}))
for args in (['-1'], ['-2'], ['--', '-2'], ['--k', '-1'], ['--k=-1']):
    print(args)
    run(p, args)

# nargs=0 through a custom-ish SUPPRESS and single-dash long options
p = make((['-foo'], {}), (['-bar'], dict(nargs=2)), (['-b'], dict(action='store_true')))
for args in (['-foo', '1'], ['-foo=2'], ['-fo', '3'], ['-bar', 'a', 'b'], ['-ba', 'a', 'b'],
             ['-b'], ['-bfoo']):
    print(args)
    run(p, args)
print(p.format_usage(), end='')
