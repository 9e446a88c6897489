import sys, os
import dbm, dbm.dumb as d
W = sys.argv[1]
def T(f):
    try: r = f()
    except BaseException as e: r = 'EXC %s %r' % (type(e).__name__, e)
    print(repr(r) if not isinstance(r, str) or not r.startswith('EXC') else r)
for fn in os.listdir(W): os.remove(W + '/' + fn)
p = W + '/x'
print(dbm.error, dbm._names, d.error, d._BLOCKSIZE, dbm.__all__, d.__all__)
db = d.open(p, 'c')
print(repr(db._datfile)[-6:], db._readonly, isinstance(db, __import__('collections').abc.MutableMapping))
db['a'] = 'b'; db[b'k\xff'] = b'v' * 600; db['é'] = 'ü'; db[b'ba'] = bytearray(b'q'); db["it's \"q\"\n\t\\"] = b'z'
T(lambda: db.keys()); T(lambda: db.items()); T(lambda: len(db)); T(lambda: 'a' in db); T(lambda: b'a' in db); T(lambda: 1 in db)
T(lambda: list(db)); T(lambda: db.get('zz')); T(lambda: db.get('a')); T(lambda: db.setdefault('sd', b'v')); T(lambda: db.pop('sd')); T(lambda: db['nope']); T(lambda: db[1])
T(lambda: db.__setitem__(1, 'a')); T(lambda: db.__setitem__('a', 1)); T(lambda: db.__delitem__('nope'))
T(lambda: list(db.values())); T(lambda: dict(db))
db['a'] = 'x' * 1000
db['a'] = 'y' * 10
db['k\xff'] = b'short'
T(lambda: db['a']); T(lambda: db[b'k\xc3\xbf'])
db.sync()
db.close()
T(lambda: db._datfile)
for f in [lambda: db['a'], lambda: db.keys(), lambda: len(db), lambda: 'a' in db, lambda: db.items(), lambda: list(db), lambda: db.__setitem__('a', 'b'), lambda: db.__delitem__('a'), lambda: db.close(), lambda: db.sync()]:
    T(f)
def dump():
    for fn in sorted(os.listdir(W)):
        with open(W + '/' + fn, 'rb') as fh: data = fh.read()
        print(fn, len(data), data if len(data) < 400 else data[:40] + b'...' + data[-40:].rstrip(b'\0'))
dump()
T(lambda: dbm.whichdb(p)); T(lambda: dbm.whichdb(W + '/nope')); T(lambda: dbm.whichdb(p.encode())); T(lambda: dbm.whichdb(W))
r = dbm.open(p); T(lambda: (type(r).__name__, r['a'][:3], dbm._defaultmod.__name__, sorted(dbm._modules)))
T(lambda: r.__setitem__('a', 'c')); T(lambda: r.__delitem__('a')); T(lambda: sorted(r.items())); r.close()
for fl in ['q', 'rw', '']: T(lambda: dbm.open(p, fl))
T(lambda: d.open(p, 'q')); T(lambda: dbm.open(W + '/nope')); T(lambda: d.open(W + '/nope', 'r')); T(lambda: d.open(W + '/nope', 'w'))
with open(W + '/garb', 'wb') as fh: fh.write(b'hello world12345')
T(lambda: dbm.open(W + '/garb')); T(lambda: dbm.whichdb(W + '/garb'))
import struct
with open(W + '/g', 'wb') as fh: fh.write(struct.pack('=l', 0x13579ace) + b'x' * 12)
T(lambda: dbm.whichdb(W + '/g')); T(lambda: dbm.open(W + '/g'))
with open(W + '/g3', 'wb') as fh: fh.write(b'ab')
T(lambda: dbm.whichdb(W + '/g3'))
open(W + '/e.dat', 'wb').close(); open(W + '/e.dir', 'wb').close()
T(lambda: dbm.whichdb(W + '/e'))
open(W + '/f.dat', 'wb').close(); open(W + '/f.dir', 'wb').write(b'xx')
T(lambda: dbm.whichdb(W + '/f'))
with dbm.open(W + '/ctx', 'n') as c:
    c['q'] = b'1'
c = d.open(W + '/ctx'); c['q'] = b'22'; del c['q']; c.close()
c = dbm.open(W + '/ctx', 'w'); T(lambda: c.keys()); c['new'] = '1'; c.close()
c = dbm.open(W + '/ctx', 'n'); T(lambda: c.keys()); c.close()
dump()
