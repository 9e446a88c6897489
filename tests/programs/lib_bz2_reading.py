# bz2.BZ2File reading from in-memory files: read/read1/peek/readline/readinto,
# seek/tell, iteration, multi-stream data and the errors CPython raises.
import bz2
import io
import zlib


def noise(n, seed):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0xFF)
    return bytes(out)


def short(r):
    if isinstance(r, (bytes, bytearray)) and len(r) > 40:
        return '<%d bytes crc %08x>' % (len(r), zlib.crc32(r))
    if isinstance(r, list) and len(r) > 6:
        return '<list of %d, %d bytes>' % (len(r), sum(map(len, r)))
    return repr(r)


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', short(r))


def opener(data):
    return lambda: bz2.BZ2File(io.BytesIO(data))


lines = b''.join(b'line %d: %s\n' % (i, b'ab' * (i % 13)) for i in range(400))
plain = noise(30000, 5)
single = bz2.compress(lines)
multi = bz2.compress(b'abc') + bz2.compress(plain) + bz2.compress(b'') + bz2.compress(lines[:777])

# whole reads
f = bz2.BZ2File(io.BytesIO(single))
print(f.readable(), f.writable(), f.seekable(), f.closed, f.tell())
print(f.read() == lines, f.tell(), f.read(), f.read(10), f.read1(), f.peek(), f.readline())
f.close()
print(f.closed)

f = bz2.BZ2File(io.BytesIO(multi))
whole = f.read()
print(len(whole), whole == b'abc' + plain + lines[:777])

# chunked reads keep positions in step
f = bz2.BZ2File(io.BytesIO(multi))
sizes = []
while True:
    chunk = f.read(7000)
    sizes.append((len(chunk), f.tell()))
    if not chunk:
        break
print(sizes)

# peek / read1 sizes follow CPython's buffering
f = bz2.BZ2File(io.BytesIO(multi))
trace = []
for op in ['read1()', 'peek()', 'read(4)', 'peek()', 'read1(10)', 'read1()', 'read1(100000)',
           'read1(-1)', 'peek(5)', 'read(9000)', 'peek()', 'read1(0)', 'read(0)', 'peek()',
           'read(20000)', 'read1()', 'read1()', 'peek()', 'read1()']:
    r = eval('f.' + op)
    trace.append('%s:%d@%d' % (op, len(r), f.tell()))
print(' '.join(trace))

# readinto with several buffer kinds
f = bz2.BZ2File(io.BytesIO(single))
buf = bytearray(10)
print(f.readinto(buf), bytes(buf), f.tell())
mv = memoryview(bytearray(12))
print(f.readinto(mv), mv.tobytes(), f.tell())
big = bytearray(20000)
print(f.readinto(big), f.tell(), f.readinto(bytearray(0)))
print(f.readinto1(bytearray(5000)), f.tell())
show('readinto bytes', lambda: f.readinto(b'abc'))
show('readinto None', lambda: f.readinto(None))
show('readinto int', lambda: f.readinto(3))
show('readinto readonly view', lambda: f.readinto(memoryview(b'xy')))
show('readinto strided', lambda: f.readinto(memoryview(bytearray(8))[::2]))

# lines
f = bz2.BZ2File(io.BytesIO(single))
print(f.readline(), f.readline(3), f.readline(0), f.readline(-7), f.tell())
print(short(f.readlines(1)), short(f.readlines(30)), f.tell())
rest = f.readlines()
print(len(rest), rest[-1], f.readlines(), f.tell())
f.seek(0)
print(sum(1 for _ in f), f.tell())
f.seek(0)
print(next(f), next(iter(f)), list(f)[-2:])
show('next at end', lambda: next(f))
with bz2.BZ2File(io.BytesIO(bz2.compress(b'a\nb\r\nc\rd'))) as g:
    print(list(g))
print(g.closed)

# seek and tell
f = bz2.BZ2File(io.BytesIO(multi))
for args in [(10,), (0,), (5, 1), (-3, 1), (30000,), (100, 1), (-10, 2), (0, 2), (-100000, 2),
             (10 ** 9,), (-5,), (12345, 0), (-12000, 1), (2, 2)]:
    r = f.seek(*args)
    print(args, r, f.tell(), f.read(6).hex())
print(f.seek(0), len(f.peek()), f.seek(3), len(f.peek()), f.seek(2), len(f.peek()))

# seek argument checking
for args in [('a',), (1.5,), (None,), (0, 3), (0, 4), (0, 5), (0, -1), (0, 'x'), (0, 2 ** 40),
             (2 ** 70,), (-2 ** 70,), (2 ** 70, 4), ('a', 5), (0, True)]:
    show('seek%r' % (args,), lambda: f.seek(*args))

# size arguments
for call in ['read(None)', 'read(-1)', 'read(-2)', 'read(1.0)', "read('a')", 'read(2 ** 70)',
             'read1(None)', 'read1(-7)', 'read1(1.0)', "read1('a')", 'read1(2 ** 70)',
             'peek(None)', 'peek(-7)', "peek('x')", 'peek(2 ** 70)', 'readline(None)',
             'readline(1.0)', "readline('a')", 'readline(2 ** 70)', 'readlines(None)',
             'readlines(1.5)', 'readlines(2 ** 70)', 'read(True)', 'readline(True)']:
    f = bz2.BZ2File(io.BytesIO(bz2.compress(b'xy\nzz\n')))
    show(call, lambda: eval('f.' + call))

# empty, truncated and corrupt inputs
cases = {
    'empty file': b'',
    'empty stream': bz2.compress(b''),
    'two empty streams': bz2.compress(b'') * 2,
    'not bz2': b'hello world',
    'zero byte': b'\x00',
    'truncated': single[:-10],
    'header only': b'BZh9',
    'good + BZh': bz2.compress(b'abc') + b'BZh',
    'good + garbage': bz2.compress(b'abc') + b'garbage',
    'good + zeros + good': bz2.compress(b'abc') + b'\x00' * 50 + bz2.compress(b'def'),
    'good + BZh9 + good': bz2.compress(b'abc') + b'BZh9' + bz2.compress(b'def'),
}
for name, data in cases.items():
    for call in ['read()', 'read(0)', 'read(2)', 'read1()', 'peek()', 'readline()', 'readlines()',
                 'seek(0, 2)', 'seek(0)', 'seek(2)']:
        f = bz2.BZ2File(io.BytesIO(data))
        try:
            r = short(eval('f.' + call))
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(name, '|', call, '->', r, '@', f.tell())

# data decoded before an error still moves the position
bad = bytearray(bz2.compress(plain))
bad[len(bad) // 2] ^= 0xFF
f = bz2.BZ2File(io.BytesIO(bz2.compress(b'abc') + bytes(bad)))
got = []
try:
    while True:
        x = f.read(1000)
        got.append(len(x))
        if not x:
            break
except OSError as e:
    print('corrupt after', sum(got), 'bytes:', e, f.tell())
show('again', f.read)
f = bz2.BZ2File(io.BytesIO(bz2.compress(b'abc') + bz2.compress(plain)[:3000]))
show('truncated second stream', lambda: f.read(10))
print(f.tell())
show('read1 then', f.read1)

# operations on a closed reader and on a reader used for writing
f = bz2.BZ2File(io.BytesIO(single))
f.close()
f.close()
for call in ['read()', 'read1()', 'peek()', 'readline()', 'readlines()', 'readinto(bytearray(2))',
             'seek(0)', 'tell()', 'seekable()', 'readable()', 'writable()', 'fileno()',
             "write(b'x')", "writelines([b'x'])", 'flush()', 'isatty()', 'next(f)', 'iter(f)',
             "readline('a')", 'readinto1(bytearray(2))', 'truncate()', 'detach()',
             '__enter__()']:
    show('closed ' + call, lambda: eval(call if call.startswith(('next', 'iter')) else 'f.' + call))

f = bz2.BZ2File(io.BytesIO(single))
for call in ["write(b'x')", "writelines([])", "writelines([b'x'])", 'writelines(3)', 'fileno()',
             'truncate()', 'flush()', 'isatty()']:
    show('reader ' + call, lambda: eval('f.' + call))

# a file object that cannot seek
class NoSeek(io.BytesIO):
    def seekable(self):
        return False

f = bz2.BZ2File(NoSeek(single))
print(f.seekable(), f.read(5), f.tell())
for call in ['seek(0)', 'seek(10)', "seek('a')", 'seek(0, 9)']:
    show('noseek ' + call, lambda: eval('f.' + call))

# an object with only read()
class Reader:
    def __init__(self, data):
        self.data = data
        self.calls = []

    def read(self, n):
        self.calls.append(n)
        piece, self.data = self.data[:n], self.data[n:]
        return piece

src = Reader(bz2.compress(b'one\n') + bz2.compress(b'two\n'))
f = bz2.BZ2File(src)
print(f.readlines(), src.calls)
show('seekable without seekable()', f.seekable)
