# bz2 with real files: names of every kind, w/x/a modes, appending streams,
# text mode, fileno, owned vs borrowed file objects, big files and seeking.
import bz2
import os
import pathlib
import zlib


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    if isinstance(r, (bytes, bytearray)) and len(r) > 40:
        r = '<%d bytes crc %08x>' % (len(r), zlib.crc32(r))
    print(label, '->', r)


def raw(name):
    with open(name, 'rb') as fh:
        return fh.read()


os.makedirs('work', exist_ok=True)
os.chdir('work')

# write then read back with str, bytes and path-like names
with bz2.BZ2File('one.bz2', 'w') as f:
    f.write(b'first line\nsecond line\n')
print(raw('one.bz2') == bz2.compress(b'first line\nsecond line\n'))
with bz2.BZ2File(b'one.bz2') as f:
    print(f.read())
with bz2.BZ2File(pathlib.Path('one.bz2'), 'rb') as f:
    print(f.readlines())


class Named:
    def __fspath__(self):
        return 'one.bz2'


with bz2.open(Named()) as f:
    print(type(f).__name__, f.read(5), f.fileno() > 2, f.seekable())


class BadPath:
    def __fspath__(self):
        return 3


show('bad fspath', lambda: bz2.BZ2File(BadPath()))

# append adds a stream; reading sees all of them
with bz2.BZ2File('one.bz2', 'a') as f:
    f.write(b'appended\n')
with bz2.open('one.bz2', 'ab', compresslevel=1) as f:
    f.write(b'again\n')
print(raw('one.bz2').count(b'BZh'), bz2.decompress(raw('one.bz2')))
with bz2.open('one.bz2') as f:
    print(list(f))

# exclusive creation
show('x existing', lambda: bz2.BZ2File('one.bz2', 'x'))
with bz2.BZ2File('two.bz2', 'x') as f:
    f.write(b'new')
show('x new', lambda: bz2.open('two.bz2').read())
with bz2.BZ2File('three.bz2', 'xb', compresslevel=3) as f:
    pass
show('empty file written', lambda: (raw('three.bz2'), bz2.open('three.bz2').read()))

# failures to open
show('missing', lambda: bz2.BZ2File('missing.bz2'))
show('missing bad mode', lambda: bz2.BZ2File('missing.bz2', 'z'))
show('missing bad level', lambda: bz2.BZ2File('missing.bz2', 'w', compresslevel=0))
show('float level', lambda: bz2.BZ2File('float.bz2', 'w', compresslevel=5.0))
print(os.path.exists('float.bz2'))
show('directory', lambda: bz2.BZ2File('.', 'r'))
show('empty name', lambda: bz2.BZ2File(''))
show('nul in name', lambda: bz2.BZ2File('a\0b'))

# the file is opened lazily: an empty file fails on first read
open('empty.bz2', 'wb').close()
f = bz2.BZ2File('empty.bz2')
print(f.read(0), f.tell())
show('read empty file', f.read)
f.close()

# owned files are closed, borrowed ones are not
fh = open('one.bz2', 'rb')
f = bz2.BZ2File(fh)
print(f.read(6), f.fileno() == fh.fileno())
f.close()
print(fh.closed, fh.tell() > 0)
fh.close()
f = bz2.BZ2File('one.bz2')
f.read(1)
f.close()
show('fileno closed', f.fileno)
with open('four.bz2', 'wb') as fh:
    with bz2.BZ2File(fh, 'w') as f:
        f.write(b'borrowed')
    print(fh.closed)
    fh.write(bz2.compress(b'+tail'))
show('borrowed', lambda: bz2.open('four.bz2').read())

# text mode on real files
with bz2.open('text.bz2', 'wt', encoding='utf-8') as t:
    t.write('alpha\nb\xeata\n\u03b3amma\n')
with bz2.open('text.bz2', 'rt', encoding='utf-8') as t:
    print(t.readline(), t.read())
with bz2.open('text.bz2', 'at', encoding='latin-1') as t:
    t.write('\xff')
    t.write('x')
show('mixed encodings', lambda: bz2.open('text.bz2').read())
with bz2.open('text2.bz2', 'xt', encoding='latin-1', newline='\r') as t:
    t.write('a\nb\n')
print(bz2.open('text2.bz2').read())
show('text x existing', lambda: bz2.open('text2.bz2', 'xt', encoding='utf-8'))

# a big multi-stream file: reading, seeking backwards and forwards
blocks = []
x = 99
for i in range(6):
    piece = bytearray()
    for _ in range(40000 + 1000 * i):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        piece.append(97 + (x >> 16) % 26)
        if (x >> 8) % 50 == 0:
            piece.append(10)
    blocks.append(bytes(piece))
with open('big.bz2', 'wb') as fh:
    for i, b in enumerate(blocks):
        fh.write(bz2.compress(b, 1 + i))
everything = b''.join(blocks)
with bz2.open('big.bz2') as f:
    print(len(f.read()) == len(everything), f.tell())
    for args in [(0,), (100000,), (50, 1), (-1000, 2), (5,), (123456,), (-123, 1), (0, 2), (10 ** 7,)]:
        pos = f.seek(*args)
        chunk = f.read(20)
        print(args, pos, chunk == everything[pos:pos + 20], f.tell())
    f.seek(0)
    count = 0
    for line in f:
        count += 1
    print(count == everything.count(b'\n') + (not everything.endswith(b'\n')), f.tell())
    f.seek(40000)
    print(len(f.peek()), len(f.read1()), len(f.read1(100)), f.tell())

# compressed file size is the same as compress() gives
with bz2.BZ2File('big2.bz2', 'w', compresslevel=2) as f:
    for b in blocks:
        f.write(b)
print(raw('big2.bz2') == bz2.compress(everything, 2), len(raw('big2.bz2')) < len(everything))

for name in sorted(os.listdir('.')):
    print(name, os.path.getsize(name) > 0)
