import marshal, io, os, math

def show(label, fn, *a, **k):
    try:
        v = fn(*a, **k)
        print(label, '->', repr(v)[:200])
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)

print(marshal.version)
print(sorted(n for n in dir(marshal) if not n.startswith('_')))

x = 10**30
s = 'hello world'
lst = [1, 2]
vals = [None, True, False, ..., StopIteration, 0, 1, -1, 255, 256, -5, 1000,
        2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**40, -2**40, 2**15, 2**30,
        10**30, -(10**30), 2**64 - 1, 1.5, -0.0, float('inf'), float('-inf'),
        1e300, 5e-324, 0.1, 1e16, 123456789.123, 3+4j, -1.5j, complex(0.0, -0.0),
        'abc', '', 'a' * 300, 'b' * 255, 'é', 'snowman\u2603', '\ud800',
        'hello world', 'x' * 300 + ' ', 'emoji \U0001f600', 'tab\t',
        b'', b'xy', b'\x00\xff' * 200, bytearray(b'ab'),
        (), (1,), (1, 2, 3), ('a', 'b', 'a'), (1, (2, 3)), (None, True, ...),
        [], [1, 'a'], [[1], [2]], {}, {'a': 1}, {'k': [1.5]},
        {'a': (1, 2.5, 'z'), 'b': [None, True, b'q']}, {1: {2: {3: []}}},
        set(), {1}, frozenset(), frozenset({2}), frozenset({'q'}),
        [x, x], (s, s), [lst, lst], [1000, 1000, -7, -7], (x,)]
for v in vals:
    for ver in range(5):
        data = marshal.dumps(v, ver)
        back = marshal.loads(data)
        same = back == v or (v != v)
        if type(v) is bytearray:
            same = same and type(back) is bytes
        elif type(back) is not type(v):
            same = False
        print(ver, repr(v)[:40], data[:60], len(data), same)

nan = float('nan')
for ver in range(5):
    b = marshal.dumps(nan, ver)
    print('nan', ver, b, math.isnan(marshal.loads(b)))
    c = complex(nan, 1)
    b = marshal.dumps(c, ver)
    print('cnan', ver, b, marshal.loads(b).imag)

# shared / recursive structures
rec = []
rec.append(rec)
b = marshal.dumps(rec)
print(b)
r2 = marshal.loads(b)
print(len(r2), r2[0] is r2)
show('rec v2', marshal.dumps, rec, 2)
d = {}
d['self'] = d
b = marshal.dumps(d)
print(b)
d2 = marshal.loads(b)
print(d2['self'] is d2)
inner = [1]
outer = [inner, inner, {'i': inner}]
b = marshal.dumps(outer)
print(b)
o2 = marshal.loads(b)
print(o2, o2[0] is o2[1], o2[2]['i'] is o2[0])
print(marshal.dumps(outer, 2))
o3 = marshal.loads(marshal.dumps(outer, 2))
print(o3, o3[0] is o3[1])

# bytes made by CPython (including shared refs)
cp = [
    b'\xa9\x02\xe9\xe8\x03\x00\x00\xda\x03abc',
    b'[\x02\x00\x00\x00\xa9\x02\xe9\xe8\x03\x00\x00\xda\x03abcr\x00\x00\x00\x00',
    b')\x02\xfa\x0bhello worldr\x00\x00\x00\x00',
    b'{\xda\x01k[\x01\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\xf8?0',
    b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00',
    b'\xfb\xe9\x01\x00\x00\x00r\x00\x00\x00\x000',
    b'\xce', b'T\x00', b'Nextra',
    b't\x03\x00\x00\x00abc', b'A\x03\x00\x00\x00abc', b'\xf4\x03\x00\x00\x00abc',
    b'Z\x02\xff\xff', b'a\x01\x00\x00\x00\xe9', b'z\x00',
    b'x\x03inf\x04-inf', b'f\x04-inf', b'f\x031.5', b'f\x02-0',
    b'l\x00\x00\x00\x00', b'l\xff\xff\xff\xff\x05\x00',
    b'[\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00',
    b'(\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00',
    b'\xdb\x00\x00\x00\x00r\x00\x00\x00\x00',
    b'{i\x01\x00\x00\x000', b'{i\x01\x00\x00\x00i\x02\x00\x00\x00i\x03\x00\x00\x000',
    b'<\x00\x00\x00\x00', b'>\x00\x00\x00\x00', b'\xbe\x00\x00\x00\x00',
    b'\xbe\x00\x00\x00\x00r\x00\x00\x00\x00', b'\xd3\x00\x00\x00\x00',
    b'\xbc\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00',
    b'\xbe\x01\x00\x00\x00\xfa\x02hi',
    b'\xf5\n\x00\x00\x00snowman\xe2\x98\x83', b'u\x03\x00\x00\x00\xed\xa0\x80',
    b"\xec\xf9\xff\xff\xff\x00\x00\x00\x00\xa97\xa73\x04M\x93e'\x03",
    b'\xf9\x00\x00\x00\x00\x00\x00\x08@\x00\x00\x00\x00\x00\x00\x10@',
]
for b in cp:
    show(repr(b)[:50], marshal.loads, b)

# bad data
bad = [b'', b'i', b'i\x01\x00', b'?', b'Q', b'\x00', b'\x80', b'0', b'(\x01\x00\x00\x000',
       b'r\x00\x00\x00\x00', b'r', b'r\xff\xff\xff\xff', b'[\x05\x00\x00\x00',
       b's\x05\x00\x00\x00ab', b's\xff\xff\xff\xff', b'(\xff\xff\xff\xff',
       b'[\xff\xff\xff\xff', b'<\xff\xff\xff\xff', b'u\xff\xff\xff\xff', b'a\xff\xff\xff\xff',
       b'u\x02\x00\x00\x00\xff\xfe', b'f\x03abc', b'f\x05', b'f\x03 1e', b'f\x041e5 ',
       b'f\x041_00', b'l\x01\x00\x00\x00\x00\x80', b'l\x02\x00\x00\x00\x01\x00\x00\x00',
       b'l\x80\x00\x00\x00', b'l\x00\x00\x00\x80', b'l\xff\xff\xff\x7f',
       b'{i\x01\x00\x00\x00', b'{[\x00\x00\x00\x00i\x01\x00\x00\x000',
       b'<\x01\x00\x00\x00[\x00\x00\x00\x00', b'x\x03abc\x011', b'g\x00', b'y\x00',
       b'z\x05ab', b'a\x05\x00\x00\x00ab', b'(\x01\x00\x00\x00\x00', b'[\x01\x00\x00\x00\x00',
       b'{N\x00', b'\xdbr\x00\x00\x00\x00', b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00',
       b'<\x01\x00\x00\x000', b'>\x01\x00\x00\x000', b'[\x01\x00\x00\x000', b')\x010']
for b in bad:
    show(repr(b)[:50], marshal.loads, b)
show('loads str', marshal.loads, 'abc')
show('loads int', marshal.loads, 3)
show('loads bytearray', marshal.loads, bytearray(b'N'))
show('loads memoryview', marshal.loads, memoryview(b'\xe9\x05\x00\x00\x00'))
show('loads noarg', marshal.loads)
show('loads 2', marshal.loads, b'N', 1)
show('loads kw', marshal.loads, bytes=b'N')

# unmarshallable and bad arguments
class I(int): pass
class S(str): pass
class L(list): pass
class O: pass
def func(): pass
for v in [I(3), S('x'), L(), O(), func, lambda: 0, print, [print], {1: O()},
          range(3), object, type(...), NotImplemented, slice(1), memoryview(b'ab'),
          {'k': {1, 2, O()}}]:
    show('dumps ' + type(v).__name__, marshal.dumps, v)
show('ver 5', marshal.dumps, 1, 5)
show('ver -1', marshal.dumps, 1.5, -1)
show('ver big', marshal.dumps, 1, 2**70)
show('ver str', marshal.dumps, 1, 'x')
show('ver float', marshal.dumps, 1, 1.0)
show('ver bool', marshal.dumps, 1.5, True)
show('dumps noarg', marshal.dumps)
show('dumps 3', marshal.dumps, 1, 1, 1)
show('dumps kw', marshal.dumps, value=1)
show('dump 1', marshal.dump, 1)
show('dump 0', marshal.dump)
show('dump 4', marshal.dump, 1, io.BytesIO(), 2, 3)
show('dump kw', marshal.dump, 1, file=io.BytesIO())
show('load 0', marshal.load)
show('load kw', marshal.load, file=io.BytesIO())

# nesting limits
def nest(n, leaf, wrap):
    v = leaf
    for _ in range(n):
        v = wrap(v)
    return v
for n in (1998, 1999, 2000):
    show('list%d' % n, lambda: len(marshal.dumps(nest(n, None, lambda v: [v]))))
    show('tuple%d' % n, lambda: len(marshal.dumps(nest(n, (), lambda v: (v,)))))
    show('dict%d' % n, lambda: len(marshal.dumps(nest(n, {}, lambda v: {1: v}))))
for n in (1998, 1999, 2000, 2001):
    show('rlist%d' % n, lambda: type(marshal.loads(b'[\x01\x00\x00\x00' * n + b'N')).__name__)
    data = b'{i\x01\x00\x00\x00' * (n - 1) + b'{0' + b'0' * (n - 1)
    show('rdict%d' % n, lambda: type(marshal.loads(data)).__name__)

# files
bio = io.BytesIO()
print(marshal.dump(lst, bio), marshal.dump('x', bio, 2), bio.getvalue())
bio.seek(0)
print(marshal.load(bio), marshal.load(bio), bio.tell())
show('load eof', marshal.load, bio)
show('load short', marshal.load, io.BytesIO(b'i\x01\x00'))
b2 = io.BytesIO(b'[\x02\x00\x00\x00N')
show('load list short', marshal.load, b2)
print(b2.tell())
show('load str file', marshal.load, io.StringIO('N'))
show('dump str file', marshal.dump, 1, io.StringIO())
class NoWrite: pass
show('dump nowrite', marshal.dump, 1, NoWrite())
class ReadOnly:
    def read(self, n): return b'N'
show('load readonly', marshal.load, ReadOnly())
class Tracing:
    def __init__(self):
        self.d = io.BytesIO(b'[\x01\x00\x00\x00i\x05\x00\x00\x00')
    def read(self, n):
        print('read', n); return self.d.read(n)
    def readinto(self, b):
        print('readinto', len(b)); return self.d.readinto(b)
show('load tracing', marshal.load, Tracing())
class TooMuch:
    def read(self, n): return b''
    def readinto(self, b): return len(b) + 1
show('load toomuch', marshal.load, TooMuch())
class BA:
    def read(self, n): return bytearray()
show('load bytearray read', marshal.load, BA())
class W:
    def write(self, b):
        print('write', type(b).__name__, b)
        return 'ret'
one = [1]
show('dump W', marshal.dump, one, W())

fname = 'marshal_basic.tmp1'
try:
    with open(fname, 'wb') as f:
        for v in (1, 'two', [3.0, None], {'four': (4,)}, b'five'):
            marshal.dump(v, f)
        marshal.dump(x, f, 0)
    with open(fname, 'rb') as f:
        got = []
        while True:
            try:
                got.append(marshal.load(f))
            except EOFError as e:
                print('EOF', e)
                break
    print(got)
finally:
    os.remove(fname)
print('done')
