import io
import os


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open('base.txt', 'w') as f:
    f.write('hello\n')

for mode in ['r', 'w', 'a', 'x', 'r+', 'w+', 'a+', 'x+']:
    for kind in ['', 't', 'b']:
        m = mode + kind
        if 'x' in m and os.path.exists('m.dat'):
            os.remove('m.dat')
        if 'x' not in m:
            with open('m.dat', 'wb') as f:
                f.write(b'abc\n')
        f = open('m.dat', m)
        print(m, type(f).__name__, f.mode, f.name, f.readable(), f.writable(), f.seekable())
        data = 'Z\n' if 'b' not in m else b'Z\n'
        show('  write', lambda: f.write(data))
        f.seek(0)
        show('  read', lambda: f.read())
        show('  readline', lambda: f.readline())
        show('  readlines', lambda: f.readlines())
        show('  writelines', lambda: f.writelines([data]))
        show('  truncate', lambda: f.truncate(1))
        f.close()
        with open('m.dat', 'rb') as g:
            print('  content', g.read())

# x on an existing file
for m in ['x', 'xb', 'x+', 'xt']:
    show('exists ' + m, lambda: open('base.txt', m))

# reprs and attributes of each layer
f = open('base.txt', 'r')
print(repr(f))
print(repr(f.buffer))
print(repr(f.buffer.raw))
print(f.buffer.mode, f.buffer.raw.mode, f.buffer.name, f.buffer.raw.name)
f.close()
print(repr(f))
for m in ['wb', 'ab', 'r+b', 'w+b', 'a+b', 'rb']:
    f = open('base.txt', m)
    print(m, repr(f), f.mode, repr(f.raw), f.raw.mode)
    f.close()
for m in ['rb', 'wb', 'ab', 'r+b', 'a+b']:
    f = open('base.txt', m, buffering=0)
    print(m, repr(f), f.mode, f.closefd)
    f.close()
print(repr(f))

# invalid modes and argument errors
for m in ['', 'rw', 'rr', 'z', 'rbt', 'r++', 'b', 't', '+', 'wa', 'U', 'rU', 'xa', 'r+w', ' r']:
    show('mode %r' % m, lambda: open('base.txt', m))
show('mode int', lambda: open('base.txt', 3))
show('mode None', lambda: open('base.txt', None))
show('buffering=0 text', lambda: open('base.txt', 'r', buffering=0))
show('buffering=0 text w', lambda: open('base.txt', 'w', 0))
show('buffering str', lambda: open('base.txt', 'rb', buffering='x'))
show('buffering float', lambda: open('base.txt', 'rb', buffering=1.5))
show('enc binary', lambda: open('base.txt', 'rb', encoding='utf-8'))
show('errors binary', lambda: open('base.txt', 'rb', errors='strict'))
show('newline binary', lambda: open('base.txt', 'rb', newline=''))
show('newline bad', lambda: open('base.txt', 'r', newline='x'))
show('newline bad2', lambda: open('base.txt', 'r', newline='\r\r'))
show('newline int', lambda: open('base.txt', 'r', newline=5))
show('encoding int', lambda: open('base.txt', 'r', encoding=5))
show('errors int', lambda: open('base.txt', 'r', errors=5))
show('file float', lambda: open(1.5))
show('file list', lambda: open(['a']))
show('file None', lambda: open(None))
show('negative fd', lambda: open(-1))
show('negative fd b', lambda: open(-5, 'rb'))
show('closefd name', lambda: open('base.txt', closefd=False))
show('no args', lambda: open())
show('bad kw', lambda: open('base.txt', bogus=1))
show('too many', lambda: open('base.txt', 'r', -1, None, None, None, True, None, 1))
show('empty name', lambda: open(''))
show('nul name', lambda: open('a\0b'))

# bytes path and PathLike
class P:
    def __fspath__(self):
        return 'base.txt'
with open('base.txt', 'w') as f:
    f.write('data')
with open(b'base.txt') as f:
    print(repr(f.name), f.read())
with open(P()) as f:
    print(repr(f.name), f.read())
with open(P(), 'rb') as f:
    print(repr(f.name), repr(f))
os.remove('base.txt')
os.remove('m.dat')
print(sorted(os.listdir('.')))
