# bz2.BZ2File writing into in-memory files, constructor and open() argument
# checking, text mode through io.TextIOWrapper.
import array
import bz2
import io
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


text = b''.join(b'record %05d %s\n' % (i, b'xyz' * (i % 7)) for i in range(3000))

# writing produces exactly what compress() produces
for level in (1, 5, 9):
    out = io.BytesIO()
    f = bz2.BZ2File(out, 'w', compresslevel=level)
    counts = [f.write(text[:1000]), f.write(bytearray(text[1000:5000])), f.write(memoryview(text)[5000:])]
    print(level, counts, f.tell(), f.writable(), f.readable(), f.seekable())
    f.close()
    print(out.getvalue() == bz2.compress(text, level), out.closed, f.closed)

out = io.BytesIO()
with bz2.BZ2File(out, 'wb') as f:
    print(f.write(b''), f.tell())
    print(f.write(array.array('i', [1, 2, 3])), f.tell())
    print(f.write(memoryview(bytes(range(12))).cast('B', (3, 4))), f.tell())
    f.writelines([b'a', bytearray(b'bc'), memoryview(b'def')])
    print(f.tell(), f.flush())
print(bz2.decompress(out.getvalue()))

# the compressed bytes reach the file object: a logging sink
class Sink:
    def __init__(self):
        self.sizes = []
        self.parts = []

    def write(self, b):
        self.sizes.append(len(b))
        self.parts.append(bytes(b))
        return len(b)

sink = Sink()
f = bz2.BZ2File(sink, 'w')
f.write(b'abc')
f.write(b'')
print(sink.sizes)
f.close()
print(len(sink.sizes), bz2.decompress(b''.join(sink.parts)))
f.close()
print(len(sink.sizes))

# write errors
f = bz2.BZ2File(io.BytesIO(), 'w')
for call in ["write('text')", 'write(None)', 'write(3)', "writelines(['a'])", 'writelines(5)',
             'read()', "read('a')", 'read1()', 'peek()', 'readline()', "readline('a')", 'readlines()',
             'readinto(bytearray(1))', 'seek(0)', "seek('a')", 'fileno()', 'tell()', 'next(f)']:
    show('writer ' + call, lambda: eval(call if call.startswith('next') else 'f.' + call))
f.close()
for call in ["write(b'x')", "writelines([b'x'])", 'tell()', 'close()', 'flush()']:
    show('closed writer ' + call, lambda: eval('f.' + call))

# a failing sink still ends up closed
class Broken:
    def write(self, b):
        raise OSError('disk full')

f = bz2.BZ2File(Broken(), 'w')
show('broken write', lambda: f.write(b'abc'))
print(f.tell())
show('broken close', f.close)
print(f.closed)

# modes
for mode in ['r', 'rb', 'w', 'wb', 'x', 'xb', 'a', 'ab', '', 'rt', 'wt', 'br', 'r+', 'w+', 'rw',
             'U', 'b', 't', 'R', None, 3, b'r', []]:
    show('mode %r' % (mode,), lambda: type(bz2.BZ2File(io.BytesIO(bz2.compress(b'')), mode)).__name__)

# compresslevel checks come first, even when reading
for level in [0, 1, 9, 10, -1, True, 5.0, None, '9', 2 ** 70]:
    for mode in ['w', 'r', 'q']:
        show('level %r mode %r' % (level, mode),
             lambda: bz2.BZ2File(io.BytesIO(), mode, compresslevel=level).closed)

# filename kinds
for name in [None, 3, 4.5, bytearray(b'x'), object(), [], io.BytesIO()]:
    show('filename %s' % type(name).__name__, lambda: bz2.BZ2File(name).closed)
show('positional level', lambda: bz2.BZ2File(io.BytesIO(), 'w', 9))
show('unknown keyword', lambda: bz2.BZ2File(io.BytesIO(), 'w', buffering=9))
show('no filename', lambda: bz2.BZ2File())

class WriteOnly:
    def write(self, b):
        return len(b)

show('write-only object for reading', lambda: bz2.BZ2File(WriteOnly()).closed)

# open(): binary and text
show('open rb', lambda: type(bz2.open(io.BytesIO(bz2.compress(b'hi')))).__name__)
for mode in ['rt', 'r', 'rb', 't', 'tb', 'bt', 'rtt', 'b', '', 'q', 'qt', 'wt', 'xt', 'at', None, 1, b'rt', []]:
    show('open mode %r' % (mode,), lambda: type(bz2.open(io.BytesIO(bz2.compress(b'')), mode)).__name__)
for kw in [{'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}, {'encoding': None}]:
    for mode in ['rb', 'rt', 'q']:
        show('open %s %r' % (mode, kw), lambda: type(bz2.open(io.BytesIO(bz2.compress(b'')), mode, **kw)).__name__)
show('open newline bad', lambda: bz2.open(io.BytesIO(bz2.compress(b'')), 'rt', newline='x'))
show('open no file', lambda: bz2.open(3))
show('open no args', lambda: bz2.open())
show('open level', lambda: bz2.open(io.BytesIO(), 'wt', compresslevel=0))

buf = io.BytesIO()
with bz2.open(buf, 'wt', encoding='utf-8', newline='\r\n') as t:
    print(t.write('h\xe9llo\nw\xf6rld\n'), type(t.buffer).__name__)
    buf2 = t.buffer
print(buf2.closed, bz2.decompress(buf.getvalue()))

data = bz2.compress('caf\xe9\nna\xefve\r\nend'.encode('utf-8'))
with bz2.open(io.BytesIO(data), 'rt', encoding='utf-8') as t:
    print(repr(t.read()))
with bz2.open(io.BytesIO(data), 'rt', encoding='utf-8', newline='') as t:
    print(t.readlines())
with bz2.open(io.BytesIO(data), 'rt', encoding='latin-1') as t:
    print(repr(t.readline()), t.tell() > 0)
with bz2.open(io.BytesIO(data), 'rt', encoding='ascii', errors='replace') as t:
    print(list(t))
t = bz2.open(io.BytesIO(data), 'rt', encoding='ascii')
show('decode error', t.read)
