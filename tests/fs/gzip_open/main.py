# gzip.open with real files, text modes, file names in the header, appending members
import gzip
import io
import os
import warnings


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: gzip.open('x.gz', 'rtb'))
show(lambda: gzip.open('x.gz', 'rb', encoding='utf-8'))
show(lambda: gzip.open('x.gz', 'rb', errors='strict'))
show(lambda: gzip.open('x.gz', 'rb', newline='\n'))
show(lambda: gzip.open(5))
show(lambda: gzip.open(None))
show(lambda: gzip.open('x.gz', 'rU'))
show(lambda: gzip.open('gzip_open_missing.gz'))

with gzip.open('gz_t1.gz', 'wt', encoding='utf-8', newline='\r\n') as f:
    print(type(f).__name__, f.encoding, f.write('a\nb\u20ac\n'), f.write('tail'))
with gzip.open('gz_t1.gz', 'rb') as f:
    print(f.name, f.mode, f.read(), f.mtime > 1000000)
with gzip.open('gz_t1.gz') as f:
    print(type(f).__name__, f.readline(), f.fileno() >= 0)
with gzip.open('gz_t1.gz', 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
with gzip.open('gz_t1.gz', 'rt', encoding='utf-8', newline='') as f:
    print(repr(f.read()))
with gzip.open('gz_t1.gz', 'rt', encoding='ascii', errors='replace') as f:
    print(repr(f.readline()), repr(f.readline()), f.buffer.name, type(f.buffer).__name__)
with gzip.open('gz_t1.gz', 'rt', encoding='utf-8') as f:
    print([line for line in f])
with gzip.open('gz_t1.gz', 'ab') as f:
    print(f.mode, f.write(b'more'))
with gzip.open('gz_t1.gz', 'rb') as f:
    print(f.read())
show(lambda: gzip.open('gz_t1.gz', 'xb'))

# FNAME in the header comes from the file name (without .gz)
with gzip.GzipFile('gz_t2.gz', 'w', mtime=0) as g:
    print(g.name, g.fileobj is not None, g.write(b'1'))
with open('gz_t2.gz', 'rb') as raw:
    print(raw.read()[:15])
with gzip.open(b'gz_t3.bin', 'w', compresslevel=1) as g:
    print(g.name, g.write(b'bytes name'))
with gzip.open(os.path.join('.', 'gz_t3.bin')) as g:
    print(g.name, g.read())
with open('gz_t3.bin', 'rb') as raw:
    print(raw.read()[3:4], raw.seek(10), raw.read(10))
with open('gz_t3.bin', 'rb') as raw:
    with gzip.GzipFile(fileobj=raw) as g:
        print(g.name, g.read())
    print(raw.closed)

for fn in ['x', b'x.gz', 'caf\xe9.gz', 'dir/sub/q.gz', '\u20ac', '', 'a.GZ']:
    b = io.BytesIO()
    with gzip.GzipFile(fn, 'wb', fileobj=b, mtime=0):
        pass
    data = b.getvalue()
    print(repr(fn), data[:10], data[10:data.index(b'\x00', 10) + 1] if data[3] & 8 else '-')

# a file opened for appending, no mode given: FutureWarning, then a second member
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with open('gz_t2.gz', 'ab') as raw:
        g = gzip.GzipFile(fileobj=raw, mtime=0)
        g.write(b'2')
        g.close()
        print(raw.closed)
    for w in caught:
        print(w.category.__name__, w.message)
with gzip.open('gz_t2.gz') as g:
    print(g.read(), g.mtime)
with open('gz_t2.gz', 'rb') as raw:
    print(gzip.decompress(raw.read()))

# file objects given to open()
buf = io.BytesIO()
with gzip.open(buf, 'wb') as g:
    g.write(b'q\nr')
print(buf.closed)
with gzip.open(io.BytesIO(buf.getvalue())) as g:
    print(g.readlines())
t = gzip.open(io.BytesIO(buf.getvalue()), 'rt', encoding='latin-1')
print(type(t.buffer).__name__, t.buffer.mode, t.read())
t.close()
sbuf = io.BytesIO()
with gzip.open(sbuf, 'wt', encoding='utf-16') as t:
    t.write('\u00e9t\u00e9\n')
print(gzip.decompress(sbuf.getvalue()))

for name in ('gz_t1.gz', 'gz_t2.gz', 'gz_t3.bin'):
    os.remove(name)
print('done')
