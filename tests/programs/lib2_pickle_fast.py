# Differential test for the fast paths of pickle: exact bytes for protocols 0-5, memo
# references, framing, the inline opcode decoder of Unpickler.load and its error cases,
# and the hooks (persistent_id/load, reducer_override, dispatch_table, fast mode).
import io
import pickle
import zlib


def show(label, data):
    if len(data) <= 120:
        print(label, len(data), data)
    else:
        print(label, len(data), zlib.crc32(data), data[:40], data[-20:])


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)
        return None
    print(label, 'gave', repr(result)[:150])
    return result


def shape(obj, seen=None):
    """Structure of obj with shared references numbered (object ids never printed)."""
    if seen is None:
        seen = {}
    if type(obj) in (int, float, bool, str, bytes, type(None)):
        return repr(obj) if len(repr(obj)) < 40 else '%s*%d' % (type(obj).__name__, len(obj))
    if id(obj) in seen:
        return '#%d' % seen[id(obj)]
    seen[id(obj)] = len(seen)
    if type(obj) in (list, tuple):
        return type(obj).__name__ + '[' + ','.join(shape(x, seen) for x in obj) + ']'
    if type(obj) is dict:
        return '{' + ','.join(shape(k, seen) + ':' + shape(v, seen) for k, v in obj.items()) + '}'
    if type(obj) in (set, frozenset):
        return type(obj).__name__ + str(sorted(repr(x) for x in obj))
    return type(obj).__name__ + ':' + repr(getattr(obj, '__dict__', None))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


shared = 'shared-string'
many = ['m%d' % i for i in range(300)]
cycle = []
cycle.append(cycle)
samples = {
    'atoms': [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31,
              -2**31, -2**31 - 1, 2**64, -2**100, 0.5, -1e300, 'x', '', 'é€😀', 'a\\b\nc'],
    'strings': ['s' * 255, 's' * 256, 'é' * 127, 'é' * 128, '\ud800', 'x\udfffy', shared, shared],
    'shared': [shared, [shared, (shared, shared)], {shared: shared}],
    'memo_over_256': many + many,
    'dict': {'k%d' % i: 'v%d' % i for i in range(40)},
    'dict_1000': {i: str(i) for i in range(1000)},
    'dict_1001': {str(i): i for i in range(1001)},
    'list_1000': list(range(1000)),
    'list_2500': ['e%d' % (i % 700) for i in range(2500)],
    'nested': [[i, str(i), [None, i * 1000]] for i in range(50)],
    'tuples': [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((shared,),)],
    'sets': [set(), {1, 2, 3}, frozenset({'a'}), frozenset()],
    'bytes': [b'', b'abc', b'\x00' * 300, bytearray(b'xy')],
    'big_frames': ['a' * 70000, ['b%d' % i for i in range(12000)], 'c' * 10],
    'cycle': cycle,
    'objects': [Point(1, 'p'), Point(shared, [shared])],
}

for name, obj in samples.items():
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        show('%s p%d' % (name, proto), data)
        back = pickle.loads(data)
        print('  roundtrip', shape(back) == shape(obj), shape(back)[:100])


# --- loading hand-made pickles: inline opcodes and their errors -------------------------

def framed(body):
    return b'\x80\x04\x95' + len(body).to_bytes(8, 'little') + body


cases = [
    ('empty', b''),
    ('stop only', b'.'),
    ('framed list', framed(b']\x94(\x8c\x01a\x94h\x00K\x05J\xff\xff\xff\xffM\x01\x02e.')),
    ('framed dict', framed(b'}\x94(\x8c\x01k\x94\x8c\x01v\x94h\x00h\x01u.')),
    ('setitem', framed(b'}\x8c\x01kK\x01s.')),
    ('append', framed(b']K\x01aK\x02a.')),
    ('tuples', framed(b'K\x01\x85K\x02K\x03\x86K\x04K\x05K\x06\x87(K\x07t)\x88\x89N\x87.')),
    ('float long1', framed(b'G?\xf8\x00\x00\x00\x00\x00\x00\x8a\x02\xff\x7f\x8a\x00\x86.')),
    ('binunicode', framed(b'X\x03\x00\x00\x00abc\x94C\x02\x00\x01\x86.')),
    ('long binget', framed(b'\x8c\x01z\x94j\x00\x00\x00\x00\x86.')),
    ('surrogate short', framed(b'\x8c\x03\xed\xa0\x80\x94.')),
    ('surrogate long', framed(b'X\x03\x00\x00\x00\xed\xb0\x80.')),
    ('bad utf8', framed(b'\x8c\x01\xff.')),
    ('memoize empty', framed(b'\x94.')),
    ('binget missing', framed(b'h\x07.')),
    ('long binget missing', framed(b'j\x07\x00\x00\x00.')),
    ('setitems no mark', framed(b'}K\x01K\x02u.')),
    ('setitems no target', framed(b'(K\x01K\x02u.')),
    ('appends no mark', framed(b']K\x01e.')),
    ('appends on int', framed(b'K\x01(K\x02e.')),
    ('tuple2 short', framed(b'K\x01\x86.')),
    ('tuple3 under mark', framed(b'K\x01(K\x02K\x03\x87.')),
    ('tuple1 empty', framed(b'\x85.')),
    ('tuple no mark', framed(b'K\x01t.')),
    ('setitem short', framed(b'}K\x01s.')),
    ('append on tuple', framed(b')K\x01a.')),
    ('stop empty', framed(b'.')),
    ('stop after mark', framed(b'(.')),
    ('stop with mark', framed(b'(K\x01.')),
    ('arg past frame', b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00\x8c\x05abcde.'),
    ('truncated frame', b'\x80\x04\x95\x09\x00\x00\x00\x00\x00\x00\x00K\x01.'),
    ('two frames', framed(b']\x94(K\x01') + b'\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x02e.'),
    ('after frame', framed(b'K\x01\x85') + b'.'),
    ('bad opcode', framed(b'K\x01\xff.')),
    ('bad opcode text', framed(b'K\x01Z.')),
    ('no stop', framed(b'K\x01')),
    ('pop', framed(b'K\x01K\x020.')),
    ('pop mark', framed(b'K\x01(K\x02K\x031.')),
    ('dup', framed(b'K\x012\x86.')),
    ('proto 2', b'\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01h\x01e.'),
    ('proto 0', b'(lp0\nI1\naVx\np1\nag1\na.'),
]
for label, data in cases:
    attempt('load ' + label, lambda: pickle.loads(data))
    for enc in ('bytes', 'latin1'):
        attempt('  encoding=' + enc, lambda: pickle.loads(data, encoding=enc))

# Several pickles in one file, each load leaves the file just after its STOP.
stream = io.BytesIO()
for obj in [1, 'two', [3, 'three'], {'four': 4}, 'x' * 70000, None]:
    for proto in (2, 4, 5):
        pickle.dump(obj, stream, proto)
stream.write(b'trailing')
stream.seek(0)
unpickler = pickle.Unpickler(stream)
for i in range(18):
    value = unpickler.load()
    print('stream', i, repr(value)[:30], stream.tell())
attempt('stream end', unpickler.load)


# --- hooks --------------------------------------------------------------------------------

class Persistent(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None


class PersistentLoader(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('loaded', pid)


class Toggler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            if obj.x == 'fast':
                self.fast = obj.y
            elif obj.x == 'clear':
                self.clear_memo()
        return NotImplemented


class Tables(pickle.Pickler):
    dispatch_table = {Point: lambda p: (tuple, ([p.x, p.y],))}


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if name == 'Point':
            return lambda x, y: ('restricted', x, y)
        return super().find_class(module, name)


hook_data = [shared, 'ext:one', shared, 'ext:one', 'plain', 'plain', [shared, 'plain']]
toggle_data = [shared, shared, Point('fast', 1), shared, shared, ['a', 'a'],
               Point('fast', 0), shared, 'b', 'b', Point('clear', 0), shared, shared]
for proto in range(6):
    sink = io.BytesIO()
    Persistent(sink, proto).dump(hook_data)
    show('persistent p%d' % proto, sink.getvalue())
    print('  back', PersistentLoader(io.BytesIO(sink.getvalue())).load())
    attempt('  plain unpickler', lambda: pickle.loads(sink.getvalue()))
    sink = io.BytesIO()
    Toggler(sink, proto).dump(toggle_data)
    show('toggler p%d' % proto, sink.getvalue())
    sink = io.BytesIO()
    Tables(sink, proto).dump([Point(1, 2), Point(1, 2), (3, 4)])
    show('tables p%d' % proto, sink.getvalue())
    attempt('  tables complex', lambda: Tables(io.BytesIO(), proto).dump(complex(1, 2)))
    sink = io.BytesIO()
    pickler = pickle.Pickler(sink, proto)
    pickler.fast = 1
    pickler.dump([shared, shared, [1, 2], 'x'])
    show('fast p%d' % proto, sink.getvalue())
    try:
        pickler.dump(cycle)
    except ValueError as e:
        print('  fast cycle', type(e).__name__, str(e).split(' at ')[0])
    data = pickle.dumps([Point(1, 2), Point(shared, 3)], proto)
    attempt('restricted p%d' % proto, lambda: Restricted(io.BytesIO(data)).load())

# One pickler, several dumps: memo entries carry over until clear_memo.
sink = io.BytesIO()
pickler = pickle.Pickler(sink, 4)
pickler.dump([shared, 'a'])
pickler.dump([shared, 'a', 'b'])
print('memo size', len(pickler.memo.copy()))
pickler.clear_memo()
pickler.dump([shared])
show('multi dump', sink.getvalue())
pickler = pickle.Pickler(io.BytesIO(), 4)
pickler.bin = 0
attempt('bin 0 dump', lambda: pickler.dump(['x', 'x', 1]))


class Recorder(dict):
    def __setitem__(self, key, value):
        print('  setitem', key, value)
        super().__setitem__(key, value)


class Bag:
    items = ()

    def append(self, item):
        print('  bag append', item)
        self.items += (item,)


class Stretch(list):
    def extend(self, items):
        print('  stretch extend', items)
        super().extend(items)


print('recorder', pickle.loads(pickle.dumps(Recorder(a=1, b=2), 4)))
print('stretch', pickle.loads(pickle.dumps(Stretch([1, 2, 3]), 4)))
bag_pickle = framed(b'c__main__\nBag\n)\x81\x94(K\x01K\x02eK\x03a.')
result = pickle.loads(bag_pickle)
print('bag', result.items)
print('done')
