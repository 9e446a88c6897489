# _bz2: BZ2Compressor/BZ2Decompressor arguments, errors and attributes; compressed bytes identical to libbzip2 at every level; max_length and needs_input
import _bz2, pickle, copy
C,D=_bz2.BZ2Compressor,_bz2.BZ2Decompressor
def t(n,f):
    try: print(n, repr(f()))
    except Exception as e: print(n, type(e).__name__, e)
t('c0', lambda: C(0)); t('c10', lambda: C(10)); t('cs', lambda: C('a')); t('ckw', lambda: C(compresslevel=5)); t('c2', lambda: C(1,2))
c=C(); t('cstr', lambda: c.compress('x')); t('cmv', lambda: c.compress(memoryview(b'ab')))
t('f', lambda: c.flush()); t('f2', lambda: c.flush()); t('cc', lambda: c.compress(b'a'))
t('d1', lambda: D(1)); t('dkw', lambda: D(a=1))
d=D()
t('eof set', lambda: setattr(d,'eof',1)); t('ud set', lambda: setattr(d,'unused_data',b''))
t('dd', lambda: d.decompress('x')); t('ml', lambda: d.decompress(b'', max_length='a'))
t('bad', lambda: D().decompress(b'xxxxxxxxxxxxxxxxxx'))
t('pick', lambda: pickle.dumps(C())); t('pickd', lambda: pickle.dumps(D())); t('copy', lambda: copy.copy(D()))
print(C.__module__, C.__name__, C.__qualname__, repr(C)[:30])
print(sorted(x for x in dir(D) if not x.startswith('_')), sorted(x for x in dir(C) if not x.startswith('_')))
def comp(data, level=9):
    c = C(level); return c.compress(data) + c.flush()
z=comp(b'hello'*100)
d=D(); print(d.decompress(z[:10]), d.needs_input, d.eof); print(len(d.decompress(z[10:]+b'tail')), d.eof, d.unused_data, d.needs_input)
t('after', lambda: d.decompress(b'x'))
d=D(); print(d.decompress(z, 0), d.needs_input); print(len(d.decompress(b'', 7)), d.needs_input, len(d.decompress(b'')), d.eof)
t('subclass', lambda: type('X',(C,),{})())
import random, hashlib
r = random.Random(5)
for n in (0, 1, 100, 5000, 120000, 950000):
    data = bytes(r.getrandbits(3) for _ in range(n)) if n < 400000 else (b'abcdefghij' * (n // 10))
    for lvl in (1, 5, 9):
        zz = comp(data, lvl)
        print(n, lvl, len(zz), hashlib.md5(zz).hexdigest())
        dd = D(); out = b''
        for i in range(0, len(zz), 777):
            out += dd.decompress(zz[i:i+777])
        assert out == data and dd.eof
    d2 = D(); parts = []
    while not d2.eof:
        parts.append(len(d2.decompress(zz if not parts else b'', 100000)))
    print('chunks', parts[:5], len(parts))
