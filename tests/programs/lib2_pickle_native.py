# pickle's accelerated paths (protocols 4 and 5) against CPython's bytes and objects.
import pickle, datetime, io, collections, copyreg, fractions, decimal

class P:
    def __init__(self, x):
        self.x = x
        self.y = [x, 'a']
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)

class R:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (R, (self.a, self.b))
    def __repr__(self):
        return 'R(%r, %r)' % (self.a, self.b)

class St:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {'v': self.v, 'extra': 'e'}
    def __setstate__(self, s):
        self.__dict__.update(s)
        self.restored = True
    def __repr__(self):
        return 'St(%r)' % sorted(self.__dict__.items())

class L(list):
    pass

class D(dict):
    pass

class Sl:
    __slots__ = ('p', 'q')
    def __init__(self):
        self.p = 1
        self.q = [2]
    def __repr__(self):
        return 'Sl(%r, %r)' % (self.p, self.q)

shared = ['s']
rec = []
rec.append(rec)
drec = {}
drec['me'] = drec
values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31 - 1, 2**31, 2**63,
    -2**63 - 1, 2**100, -2**200, 1.5, -0.0, float('inf'), 1e300,
    '', 'abc', 'é' * 300, 'x' * 255, 'y' * 256, b'', b'xyz' * 100, b'\x00' * 256,
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], list(range(1001)), list(range(2000)),
    {}, {'a': 1}, {i: str(i) for i in range(999)}, {i: i for i in range(1000)},
    {i: None for i in range(2001)}, set(), {1, 2, 3}, set(range(1000)), frozenset(),
    frozenset({'x'}), frozenset(range(50)),
    datetime.date(1980, 5, 7), datetime.datetime(2020, 1, 2, 3, 4, 5),
    datetime.timedelta(days=3), P(3), [P(1), P(1)], R(1, 'r'), [R(2, 3), R(2, 3)], St(),
    L([1, 2]), D(a=1), collections.OrderedDict(a=1), collections.deque([1, 2]), Sl(),
    len, P, complex(1, 2), bytearray(b'ab'), range(3), slice(1, 2),
    fractions.Fraction(3, 4), decimal.Decimal('1.25'), ['x' * 70000, 'y'],
    [b'z' * 70000], {'k': 'dup', 'j': 'dup'}, [shared, shared, (shared,)], rec, drec,
    [str(i) for i in range(300)] * 2, ['big' * 30000, 'b' * 20000, 'c' * 20000],
    type(None), NotImplemented, ..., int, datetime.date, collections.OrderedDict,
]

def show(v):
    r = repr(v)
    return r if len(r) < 80 else r[:60] + '...%d' % len(r)

for proto in (4, 5, 2, 0):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, show(v), type(e).__name__, e)
            continue
        print(proto, show(v), len(data), data if len(data) < 150 else data[:100])
        back = pickle.loads(data)
        print('  back', show(back), type(back).__name__)

# Pickler objects: the memo carries over between dumps, clear_memo, hooks, subclasses.
f = io.BytesIO()
p = pickle.Pickler(f, 4)
p.dump(['q', 'q2', shared])
p.dump(['q', shared])
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load())
print(sorted(i for i, _ in p.memo.copy().values()))

class Persist(pickle.Pickler):
    def persistent_id(self, obj):
        return 'PID' if obj == 'secret' else None

f = io.BytesIO()
Persist(f, 4).dump(['secret', 'open'])
print(f.getvalue())

f = io.BytesIO()
pk = pickle.Pickler(f, 5)
pk.dispatch_table = {P: lambda o: (str, ('as-str',))}
pk.dump([P(9)])
print(f.getvalue(), pickle.loads(f.getvalue()))

f = io.BytesIO()
pk = pickle.Pickler(f, 4)
pk.fast = True
pk.dump([1, 'a', 'a'])
print(f.getvalue())

copyreg.add_extension('datetime', 'date', 240)
print(pickle.dumps(datetime.date(2000, 1, 1), 4))
print(pickle.loads(pickle.dumps(datetime.date(2000, 1, 1), 4)))
copyreg.remove_extension('datetime', 'date', 240)

# Streams the native reader leaves to the Python unpickler, and bad ones.
streams = [
    b'\x80\x04K\x01', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.',
    b'\x80\x04\x8c\x03abc\x8c\x03xyz\x93.', b'\x80\x04h\x05.', b'\x80\x04(K\x01t.junk',
    b'\x80\x04K\x01K\x02.', b'\x80\x04(K\x01.', b'\x80\x04].', b'\x80\x04K\x01\x93.',
    b'\x80\x04K\x01K\x02R.', b'\x80\x04\x8c\x08builtins\x8c\x03len\x93\x8c\x02ab\x85R.',
    b'\x80\x04\x8c\x08builtins\x8c\x03int\x93K\x05\x81.', b'\x80\x04]K\x01e.',
    b'\x80\x04](K\x01K\x02e.', b'\x80\x04}(K\x01K\x02K\x03u.', b'\x80\x04\x8f(K\x01K\x01\x90.',
    b'\x80\x04\x8c\x02\xff\xfe.', b'\x80\x05\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x00\x80.',
    b'\x80\x04\x8c\x08builtins\x8c\x07nothing\x93.', b'\x80\x040.', b'\x80\x04(0K\x01.',
    b'\x80\x04\x8c\x08builtins\x8c\x04dict\x93)R}\x94b.',
]
for s in streams:
    try:
        print(s, '->', repr(pickle.loads(s)))
    except Exception as e:
        print(s, '->', type(e).__name__, e)
print(pickle.loads(bytearray(pickle.dumps([1, 2]))), pickle.loads(memoryview(pickle.dumps((3,)))))
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)
print(pickle.Pickler.__module__, pickle.dumps.__module__, pickle.loads.__module__)
