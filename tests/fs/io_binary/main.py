import io


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


DATA = bytes(range(256)) * 40 + b'line one\nline two\nlast'
with open('b.bin', 'wb') as f:
    print('write', f.write(DATA), f.tell())

for buffering in [-1, 0, 16]:
    print('-- buffering', buffering)
    with open('b.bin', 'rb', buffering=buffering) as f:
        print(type(f).__name__, len(f.read(10)), f.tell())
        show('read(0)', lambda: f.read(0))
        show('read1', lambda: len(f.read1(5)) if hasattr(f, 'read1') else 'no read1')
        # read1() returns what the buffer holds; the default size is st_blksize on CPython
        show('read1()', lambda: len(f.read1()) if buffering > 0 else hasattr(f, 'read1'))
        print('tell', f.seek(15), f.tell())
        ba = bytearray(7)
        print('readinto', f.readinto(ba), ba, f.tell())
        if hasattr(f, 'readinto1'):
            print('readinto1', f.readinto1(ba), ba)
        if hasattr(f, 'peek'):
            p = f.peek(3)
            print('peek', len(p) >= 3, p[:3], f.tell())
        print('seek', f.seek(-23, 2), f.readline(), f.readline(4), f.tell())
        print('readlines', f.readlines())
        print('read at eof', f.read(), f.read(5), f.readinto(ba))
        f.seek(0)
        print('readall', len(f.readall()) if hasattr(f, 'readall') else len(f.read()))
        f.seek(0)
        print('iter', sum(1 for _ in f))
        show('read(-2)', lambda: f.seek(10240) and f.read(-2))
        show('read(None)', lambda: f.seek(10240) and f.read(None))
        show('read("x")', lambda: f.read('x'))
        show('readinto bytes', lambda: f.readinto(b'abc'))
        show('write', lambda: f.write(b'x'))
        show('truncate', lambda: f.truncate())
        print(f.readable(), f.writable(), f.seekable(), f.isatty())

# large writes: bigger than the buffer
with open('big.bin', 'wb') as f:
    print('big', f.write(b'a' * 5), f.write(b'b' * 20000), f.write(b'c' * 3), f.tell())
    show('write str', lambda: f.write('text'))
    show('write int', lambda: f.write(5))
    print('bytearray', f.write(bytearray(b'xy')))
    print('writelines', f.writelines([b'1', bytearray(b'2'), b'3']))
with open('big.bin', 'rb') as f:
    d = f.read()
    print(len(d), d[:6], d[20003:], d.count(b'b'))
with open('big.bin', 'wb', buffering=4) as f:
    print(f.write(b'0123456789'), f.write(b'ab'), f.raw.tell(), f.tell())

# rb+: mixing reads and writes
with open('rw.bin', 'wb') as f:
    f.write(b'0123456789abcdef')
with open('rw.bin', 'r+b') as f:
    print(type(f).__name__, f.read(4), f.tell())
    print(f.write(b'WXYZ'), f.tell())
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.peek(2)[:2], f.read(2), f.write(b'..'), f.read(2), f.tell())
    print(f.seek(0, 2), f.write(b'END'), f.tell())
    f.seek(2)
    print(f.read())
    print(f.truncate(6), f.tell())
    f.seek(0)
    print(f.read())
    ba = bytearray(4)
    f.seek(1)
    print(f.readinto(ba), ba, f.tell())
    print(f.truncate(), f.tell())
with open('rw.bin', 'rb') as f:
    print(f.read())

# raw FileIO in update mode
with open('rw.bin', 'r+b', buffering=0) as f:
    print(type(f).__name__, f.read(2), f.write(b'-'), f.tell(), f.read(), f.tell())
    print(f.seek(0), f.readall(), f.truncate(3), f.tell())
    show('readline', f.readline)
with open('rw.bin', 'rb') as f:
    print(f.read())

# io.FileIO directly
f = io.FileIO('rw.bin', 'w')
print(f.write(b'direct'), f.mode, f.closefd, f.tell())
f.close()
f = io.FileIO('rw.bin')
print(f.read(3), f.readall(), f.read(), f.mode)
f.close()
show('FileIO bad mode', lambda: io.FileIO('rw.bin', 'rt'))
show('FileIO mode rw', lambda: io.FileIO('rw.bin', 'rw'))
