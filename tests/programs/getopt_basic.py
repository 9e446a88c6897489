import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)


def run(fn, args, short, long=None):
    try:
        if long is None:
            result = fn(args, short)
        else:
            result = fn(args, short, long)
        print(fn.__name__, args, '->', result)
    except getopt.GetoptError as e:
        print(fn.__name__, args, '->', type(e).__name__, e, '| opt=%r msg=%r args=%r' % (e.opt, e.msg, e.args))


cases = [
    (['-a', '-b'], 'ab', []),
    (['-ab', 'rest'], 'ab', []),
    (['-cfoo', 'x'], 'c:', []),
    (['-c', 'foo', 'x'], 'c:', []),
    (['-ac', 'val', '-b'], 'abc:', []),
    (['-abcval'], 'abc:', []),
    (['-c'], 'c:', []),
    (['-x'], 'ab', []),
    (['-:'], 'a:', []),
    (['-'], 'a', []),
    (['--', '-a'], 'a', []),
    (['a', '-b'], 'b', []),
    (['--alpha'], '', ['alpha']),
    (['--alpha=1'], '', ['alpha']),
    (['--beta=1', 'x'], '', ['beta=']),
    (['--beta', '1', 'x'], '', ['beta=']),
    (['--beta='], '', ['beta=']),
    (['--beta'], '', ['beta=']),
    (['--al'], '', ['alpha', 'beta=']),
    (['--be', 'v'], '', ['alpha', 'beta=']),
    (['--a'], '', ['alpha', 'alpine']),
    (['--alp'], '', ['alpha', 'alp']),
    (['--alp'], '', ['alpha', 'alp=']),
    (['--gamma'], '', ['alpha']),
    (['--x=1=2'], '', ['x=']),
    (['--help'], 'h', 'help'),
    (['--he'], 'h', 'help'),
    (['-h', '--', '--help'], 'h', ['help']),
    (['--'], '', []),
    ([], 'a', []),
    (['--output', 'file', '-v', 'arg1', '-q'], 'vq', ('output=',)),
]
for args, short, long in cases:
    run(getopt.getopt, args, short, long)
    run(getopt.gnu_getopt, args, short, long)

run(getopt.getopt, ['-a', 'x'], 'a')
run(getopt.gnu_getopt, ['x', '-a', 'y', '--long', 'z'], 'a', ['long'])
run(getopt.gnu_getopt, ['x', '-a', 'y'], '+a')
run(getopt.gnu_getopt, ['-a', 'x', '--', '-a'], 'a')
run(getopt.gnu_getopt, ['-', '-a'], 'a')
os.environ['POSIXLY_CORRECT'] = '1'
run(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')
del os.environ['POSIXLY_CORRECT']
run(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')

print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message')
print(repr(e.opt), e.msg, e.args, str(e), repr(e))
e = getopt.GetoptError('m', 'o')
print(e, repr(e), e.args)
print(getopt.GetoptError.opt == '', getopt.GetoptError.msg == '')
print(sorted(getopt.__all__))
