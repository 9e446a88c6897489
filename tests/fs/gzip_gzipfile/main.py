# gzip.GzipFile over in-memory file objects: reading, writing, seeking, state errors
import gzip
import io


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


cp1 = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xe1\xca"
       b"\xc9\xccK5\x02\x93\xc6\x00a/'d\x17\x00\x00\x00")   # b'hello world\nline2\nline3'


def reader(data, **kw):
    return gzip.GzipFile(fileobj=io.BytesIO(data), **kw)


f = reader(cp1)
print(f.mode, repr(f.name), f.mtime, f.closed, f.readable(), f.writable(), f.seekable())
print(f.peek(3)[:3], f.read(3), f.read1(4), f.tell(), f.mtime)
print(f.readline(), f.readline(2), f.tell(), list(f))
print(f.seek(0), f.read(5), f.seek(2, 1), f.read(3), f.tell())
print(f.seek(0, 2), f.seek(-1, 1), f.read(), f.seek(100), f.read(), f.seek(-5), f.tell())
buf = bytearray(4)
print(f.seek(0), f.readinto(buf), bytes(buf), f.readinto1(buf), bytes(buf))
print(f.read(0), f.readline(0), f.read1(0))
show(lambda: f.write(b'x'))
show(lambda: f.seek(0, 3))
show(lambda: f.seek(1.0))
show(lambda: f.read('a'))
show(lambda: f.readline(2.5))
show(lambda: f.readinto(b'abc'))
print(f.rewind(), f.readlines(), f.read())
print(reader(cp1).readlines(), reader(cp1).read(None), reader(cp1).readline(-1))
print(reader(cp1).read(-1), reader(cp1).readlines(3))
chunks = []
g = reader(cp1)
while True:
    c = g.read1(5)
    if not c:
        break
    chunks.append(c)
print(b''.join(chunks))
f.close()
f.close()
print(f.closed, f.mode, f.readable(), f.writable())
for name in ('read', 'tell', 'readline', 'read1', 'readlines', 'flush'):
    show(lambda: getattr(f, name)())
show(lambda: f.seek(0))
show(lambda: f.rewind())
show(lambda: f.write(b''))

# multiple members, padding, mtime of the latest member
m = gzip.compress(b'A' * 5, mtime=7) + b'\0' * 3 + gzip.compress(b'B' * 5, mtime=9)
g = reader(m)
print(g.mtime, g.read(3), g.mtime, g.read(), g.mtime)
with reader(m) as g:
    print(g.readline(), g.closed)
print(g.closed)
show(lambda: g.__enter__())
for bad in (b'xx' + cp1, cp1[:-1], cp1 + b'\x00\x00x', cp1[:5], b'\x1f',
            cp1[:-8] + b'\x00' * 4 + cp1[-4:], cp1[:-4] + b'\x00' * 4):
    show(lambda: reader(bad).read())
print(reader(b'').read(), reader(b'').readline())

# writing
b = io.BytesIO()
w = gzip.GzipFile('n.gz', 'wb', 6, b, 77)
print(w.mode, w.name, w.tell(), b.getvalue())
print(w.write(b'abc'), w.write(bytearray(b'de')), w.write(memoryview(b'fghi')), w.tell())
print(w.write(b''), len(b.getvalue()), w.writelines([b'x', b'y']), w.tell())
show(lambda: w.write('str'))
show(lambda: w.write(5))
show(lambda: w.read())
show(lambda: w.read1())
show(lambda: w.peek(1))
show(lambda: w.readline())
show(lambda: w.rewind())
show(lambda: w.seek(0, 2))
show(lambda: w.seek(-1, 1))
show(lambda: w.seek(1))
print(w.seek(3, 1), w.tell(), w.seek(30), w.tell())
print(w.flush(), len(b.getvalue()) > 13, w.readable(), w.writable(), w.seekable())
w.close()
w.close()
data = b.getvalue()
print(w.closed, data[:13], gzip.decompress(data))
show(lambda: w.write(b'x'))
show(lambda: w.flush())
show(lambda: w.tell())
show(lambda: w.seek(0))
show(lambda: w.writable())
print(reader(data).read(), reader(data).mtime)

for lvl in (0, 1, 5, 9):
    b = io.BytesIO()
    with gzip.GzipFile(fileobj=b, mode='w', mtime=0, compresslevel=lvl) as w:
        w.write(b'level %d ' % lvl * 100)
    print(lvl, b.getvalue()[:10], len(gzip.decompress(b.getvalue())))
big = bytes(range(256)) * 1000
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode='ab', mtime=5) as w:
    for i in range(0, len(big), 7000):
        w.write(big[i:i + 7000])
        if i % 70000 == 0:
            w.flush()
r = reader(b.getvalue())
print(r.read(10) == big[:10], r.seek(200000), r.read(5) == big[200000:200005], r.read() == big[200005:])
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='wb', compresslevel=12))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='wb', mtime=2 ** 33))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rt'))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='U'))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z'))
print(gzip.GzipFile(fileobj=io.BytesIO(cp1), mode='r+').read(5))
