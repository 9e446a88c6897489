# os.path argument types: str/bytes mixing, wrong types, os.PathLike objects.
import os

P = os.path


class Pth:
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value

    def __repr__(self):
        return f'Pth({self.value!r})'


def show(name, *args):
    try:
        print(name, args, '->', repr(getattr(P, name)(*args)))
    except Exception as e:
        print(name, args, '!!', type(e).__name__, e)


print('--- join')
for args in [('a', b'b'), (b'a', 'b'), (1,), ('a', 1), (b'a', None), (None,),
             ('a', []), ('a', b'b', 1), ('a', 'b', b''), (b'', 'x'), ('/', b'/x'),
             (Pth('a'), 'b'), ('a', Pth('b')), (Pth(b'a'), b'b'), ('a', Pth(b'b')),
             (Pth('a'), b'b'), ('a', Pth(1)), (Pth(1),), (1.5, 'a'), ()]:
    show('join', *args)

print('--- one-argument functions')
for name in ['split', 'basename', 'dirname', 'splitext', 'splitdrive', 'splitroot',
             'normpath', 'normcase', 'isabs', 'abspath', 'expanduser', 'expandvars',
             'realpath', 'isjunction']:
    show(name, 7)
    show(name, None)
    show(name, Pth(b'x/y.z'))
show('split', 'a', 'b')
show('basename')
show('realpath', Pth(3))
show('normpath', Pth([]))

print('--- queries with bad arguments')
for name in ['exists', 'isfile', 'isdir', 'islink', 'lexists', 'ismount']:
    show(name, None)
    show(name, 'nul\0byte')
    show(name, b'nul\0')
    show(name, 2.5)
    show(name, Pth('no such thing'))
show('getsize', None)
show('getsize', 'no-such-file')
show('getmtime', b'no-such-file')
show('samefile', 'no-such-a', 'no-such-b')
show('realpath', 'x\0y')
show('abspath', 'x\0y')
show('normpath', 'x\0y/../z')

print('--- results keep the argument type')
for name in ['normpath', 'abspath', 'basename', 'dirname', 'normcase', 'expanduser',
             'expandvars', 'realpath']:
    r1 = getattr(P, name)('a/b')
    r2 = getattr(P, name)(b'a/b')
    r3 = getattr(P, name)(Pth('a/b'))
    print(name, type(r1).__name__, type(r2).__name__, type(r3).__name__)
