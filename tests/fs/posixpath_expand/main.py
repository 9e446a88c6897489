# os.path.expanduser and os.path.expandvars with environment values set here.
import os

P = os.path

os.environ['HOME'] = '/home/tester'
os.environ['PYRS_A'] = 'alpha'
os.environ['PYRS_B'] = '$PYRS_A'
os.environ['PYRS_EMPTY'] = ''
os.environ['PYRS_SLASHES'] = '/x//y/'
os.environ['_u9'] = 'under'
for name in ['PYRS_UNSET', 'PYRS_UNSET2', 'PYRS_Ab']:
    os.environ.pop(name, None)

print('--- expanduser')
for s in ['~', '~/', '~/x', '~//x', '~/x/~/y', 'x/~', '', '~nosuchuser_pyrs',
          '~nosuchuser_pyrs/f', 'a~', ' ~', '~~', b'~', b'~/d', b'~nosuchuser_pyrs/z']:
    print(repr(s), repr(P.expanduser(s)))
os.environ['HOME'] = '/home/tester/'
print(repr(P.expanduser('~')), repr(P.expanduser('~/a')))
os.environ['HOME'] = '/'
print(repr(P.expanduser('~')), repr(P.expanduser('~/a')), repr(P.expanduser(b'~/b')))
os.environ['HOME'] = ''
print(repr(P.expanduser('~')), repr(P.expanduser('~/a')), repr(P.expanduser('~nosuchuser_pyrs')))
os.environ['HOME'] = '//net/'
print(repr(P.expanduser('~')), repr(P.expanduser('~/z')))
os.environ['HOME'] = 'rel/home'
print(repr(P.expanduser('~')), repr(P.expanduser('~/z')))
os.environ['HOME'] = '/home/tester'

print('--- expandvars')
cases = ['', 'plain', '$PYRS_A', '${PYRS_A}', '$PYRS_A/b', '${PYRS_A}x', '$PYRS_Ax',
         '$PYRS_B', '$PYRS_UNSET', '${PYRS_UNSET}', 'a$PYRS_UNSET$PYRS_A',
         '$', '$$', '$$PYRS_A', 'x$', '${', '${}', '${PYRS_A', '${PYRS_A$PYRS_A}',
         '$PYRS_EMPTY|', '[$PYRS_SLASHES]', '$_u9', '$9x', '$-x', '$PYRS_A-$PYRS_A',
         '${PYRS_A}${PYRS_A}', '$ {PYRS_A}', '${ PYRS_A}', '${x}y}', '$HOME/.cfg',
         '~/$PYRS_A', '$PYRS_Ab', '%PYRS_A%', '$é$PYRS_A', '${PYRS_A}é',
         '$PYRS_UNSET ${PYRS_A} ${PYRS_UNSET2 $PYRS_A}']
for s in cases:
    print(repr(s), repr(P.expandvars(s)))
print('--- bytes')
for s in [b'$PYRS_A', b'${PYRS_A}/$PYRS_UNSET', b'$$', b'${}', b'x${PYRS_B}y', b'']:
    print(repr(s), repr(P.expandvars(s)))

print('--- environment changes are seen')
os.environ['PYRS_A'] = 'beta'
print(P.expandvars('$PYRS_A'), P.expandvars(b'$PYRS_A'))
del os.environ['PYRS_A']
print(P.expandvars('$PYRS_A'), P.expandvars(b'${PYRS_A}'))
os.environ['PYRS_UNSET'] = '$PYRS_UNSET'
print(P.expandvars('$PYRS_UNSET$PYRS_UNSET'))

class Pth:
    def __init__(self, value):
        self.value = value
    def __fspath__(self):
        return self.value
print(repr(P.expandvars(Pth('$HOME'))), repr(P.expanduser(Pth(b'~/p'))))
for func in (P.expandvars, P.expanduser):
    try:
        func(42)
    except TypeError as e:
        print(func.__name__, type(e).__name__, e)
