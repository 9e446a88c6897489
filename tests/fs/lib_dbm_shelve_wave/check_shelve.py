import sys, os, shelve, pickle
W = sys.argv[1]
for fn in os.listdir(W): os.remove(W + '/' + fn)
def T(f):
    try: r = f()
    except BaseException as e: r = 'EXC %s %r' % (type(e).__name__, e)
    print(r if isinstance(r, str) and r.startswith('EXC') else repr(r))
d = {}
s = shelve.Shelf(d)
s['a'] = [1, 2]; s['é'] = {'x': (1, 2.5, None)}
print(sorted(d.items()), s._protocol, s.keyencoding)
T(lambda: s['a']); T(lambda: s['b']); T(lambda: s.get('b', 5)); T(lambda: s.get('a')); T(lambda: 'a' in s); T(lambda: list(s)); T(lambda: len(s)); T(lambda: sorted(s.items()))
s['a'].append(3); T(lambda: s['a']); T(lambda: s.cache)
T(lambda: s.pop('a')); T(lambda: s.setdefault('z', 9)); T(lambda: s.__delitem__('nope')); T(lambda: s[1]); T(lambda: s.__setitem__(1, 1))
T(lambda: s.__setitem__('f', lambda: 1))
T(lambda: s == {'é': {'x': (1, 2.5, None)}, 'z': 9})
s.close(); T(lambda: repr(s.dict)); T(lambda: s['a']); T(lambda: 'a' in s); T(lambda: len(s)); T(lambda: s.close()); T(lambda: s.sync()); T(lambda: s.get('a'))
w = shelve.Shelf({}, protocol=2, writeback=True)
w['a'] = [1]; w['a'].append(2); T(lambda: w.cache); T(lambda: pickle.loads(w.dict[b'a'])); w.sync(); T(lambda: pickle.loads(w.dict[b'a'])); T(lambda: w.cache)
T(lambda: w['a']); T(lambda: w.cache); T(lambda: w.dict[b'a'][:2]); del w['a']; T(lambda: w.cache)
s2 = shelve.Shelf({}, keyencoding='latin-1'); s2['ÿ'] = 1; T(lambda: list(s2.dict)); T(lambda: list(s2))
class Cur(dict):
    def first(self): k = sorted(self)[0]; return k, self[k]
    def last(self): k = sorted(self)[-1]; return k, self[k]
    def set_location(self, key): return key, self[key]
    def previous(self): return self.first()
    def __next__(self): return self.last()
b = shelve.BsdDbShelf(Cur())
b['a'] = 1; b['b'] = 2
T(lambda: b.first()); T(lambda: b.last()); T(lambda: b.next()); T(lambda: b.previous()); T(lambda: b.set_location('b')); T(lambda: b.set_location('x'))
b2 = shelve.BsdDbShelf({}); T(lambda: b2.first()); T(lambda: b2.next()); T(lambda: b2.set_location('a'))
with shelve.open(W + '/sh') as f:
    f['k'] = {'n': 1}; f['lst'] = list(range(5))
    T(lambda: type(f).__name__); T(lambda: type(f.dict).__name__)
T(lambda: repr(f.dict))
T(lambda: sorted(os.listdir(W)))
f = shelve.open(W + '/sh', 'r'); T(lambda: sorted(f.items())); T(lambda: f.__setitem__('x', 1)); f.close()
f = shelve.open(W + '/sh', writeback=True); f['lst'].append(99); f.close()
f = shelve.open(W + '/sh', flag='w', protocol=0); T(lambda: f['lst']); f['p0'] = 'x'; T(lambda: f.dict['p0']); f.close()
T(lambda: shelve.open(W + '/nope', 'r'))
T(lambda: shelve.open(W + '/nope', 'x'))
f = shelve.open(W + '/sh', 'n'); T(lambda: list(f)); f.close()
T(lambda: shelve.DbfilenameShelf(W + '/sh2').close())
