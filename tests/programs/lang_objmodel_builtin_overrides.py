# which overridden methods of built-in subclasses the built-ins honour
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class D(dict):
    def __getitem__(self, k):
        return 'gi:' + str(k)
    def keys(self):
        print('  D.keys called')
        return ['a', 'zz']
    def __iter__(self):
        print('  D.__iter__ called')
        return iter(['it'])
    def __len__(self): return 99
    def __contains__(self, k): return k == 'magic'
d = D(a=1)
show('getitem', lambda: d['a'])
show('get', lambda: d.get('a'))
show('dict()', lambda: dict(d))
show('update', lambda: (lambda x: (x.update(d), x)[1])({}))
show('** call', lambda: (lambda **k: k)(**d))
show('{**d}', lambda: {**d})
show('list', lambda: list(d))
show('len', lambda: len(d))
show('in', lambda: ('magic' in d, 'a' in d))
show('bool', lambda: bool(D()))
show('items', lambda: list(d.items()))
show('values', lambda: list(d.values()))
show('copy', lambda: (type(d.copy()).__name__, dict.copy(d)))
show('repr', lambda: repr(d))
show('eq', lambda: d == {'a': 1})
show('format_map', lambda: '{a}'.format_map(d))
show('format **', lambda: '{a}'.format(**d))
show('str %', lambda: '%(a)s' % d)
show('sorted', lambda: sorted(d))
show('fromkeys', lambda: (type(D.fromkeys('ab')).__name__, dict.__repr__(D.fromkeys('ab', 0))))
show('or', lambda: (type(d | {}).__name__, d | {'b': 2}))
show('ror', lambda: type({} | d).__name__)
def ior():
    x = D(); x |= {'q': 1}; return type(x).__name__, dict.__repr__(x)
show('ior', ior)

class M(dict):
    def __missing__(self, k):
        print('  missing', k)
        return k * 2
m = M()
show('missing', lambda: m['ab'])
show('missing get', lambda: m.get('ab'))
show('missing in', lambda: 'ab' in m)
show('missing setdefault', lambda: m.setdefault('x', 1))
show('missing pop', lambda: m.pop('y', 'dflt'))
show('missing format_map', lambda: '{zz}'.format_map(m))
show('missing %', lambda: '%(zz)s' % m)
class MErr(dict):
    def __missing__(self, k): raise LookupError('nope ' + k)
show('missing raises', lambda: MErr()['q'])
class MAttr(dict):
    __missing__ = None
show('missing None', lambda: MAttr()['q'])
def inst_missing():
    x = dict()
    return x['a']
show('plain dict KeyError', inst_missing)

class L(list):
    def __iter__(self):
        print('  L.__iter__')
        return iter([9, 8])
    def __len__(self): return 100
    def __getitem__(self, i):
        return 'L' + str(i)
l = L([1, 2, 3])
show('list()', lambda: list(l))
show('tuple()', lambda: tuple(l))
show('sorted', lambda: sorted(l))
show('for', lambda: [x for x in l])
show('unpack', lambda: [*l])
show('a,b,c=', lambda: (lambda a, b, c: (a, b, c))(*l))
show('len', lambda: len(l))
show('index', lambda: l[0])
show('join', lambda: ','.join(L(['x', 'y'])))
show('sum', lambda: sum(l))
show('max', lambda: max(l))
show('in', lambda: 9 in l)
show('set', lambda: sorted(set(l)))
show('extend', lambda: (lambda x: (x.extend(l), x)[1])([]))
show('list +', lambda: [] + l)
show('list.__add__', lambda: type(l + []).__name__)
show('enumerate', lambda: list(enumerate(l)))
show('zip', lambda: list(zip(l, l)))
show('map', lambda: list(map(str, l)))
show('reversed', lambda: list(reversed(l)))
show('repr', lambda: repr(l))
show('eq', lambda: l == [1, 2, 3])
show('bool', lambda: bool(L()))
show('str.join iter', lambda: '-'.join(L('ab')))
show('dict(L pairs)', lambda: dict(L([(1, 2)])))
show('bytes', lambda: bytes(L([1, 2])))
show('min', lambda: min(L([5, 6])))
show('any', lambda: any(L()))
show('filter', lambda: list(filter(None, l)))
show('slice', lambda: l[0:2])
show('copy', lambda: (type(l.copy()).__name__, l.copy()))
show('mul', lambda: (type(l * 2).__name__))

class T(tuple):
    def __iter__(self): return iter(['t'])
    def __len__(self): return 7
    def __getitem__(self, i): return 'T'
t = T((1, 2))
show('tuple list', lambda: list(t))
show('tuple tuple', lambda: tuple(t))
show('tuple unpack', lambda: [*t])
show('tuple star call', lambda: (lambda *a: a)(*t))
show('tuple %', lambda: '%s %s' % t)
show('tuple isinstance', lambda: isinstance((1,2), T))
show('tuple hash eq', lambda: hash(t) == hash((1, 2)))
show('tuple eq', lambda: t == (1, 2))
show('tuple repr', lambda: repr(t))
def unpack_assign():
    a, b = t
    return a, b
show('tuple a,b=', unpack_assign)

class S(str):
    def __str__(self): return 'S.__str__'
    def __repr__(self): return 'S.__repr__'
    def __format__(self, spec): return 'S.__format__(' + spec + ')'
    def __len__(self): return 1000
    def __iter__(self): return iter('XY')
    def __eq__(self, o): return True
    __hash__ = str.__hash__
    def __add__(self, o): return 'S.__add__'
    def upper(self): return 'S.upper'
s = S('abc')
show('str()', lambda: str(s))
show('print', lambda: print(s))
show('repr', lambda: repr(s))
show('f', lambda: f'{s}')
show('f!s', lambda: f'{s!s}')
show('f!r', lambda: f'{s!r}')
show('f spec', lambda: f'{s:>5}')
show('format', lambda: format(s))
show('str.format', lambda: '{}|{:x}'.format(s, s))
show('%s', lambda: '%s' % s)
show('%r', lambda: '%r' % (s,))
show('join', lambda: '-'.join([s, s]))
show('len', lambda: len(s))
show('list', lambda: list(s))
show('concat', lambda: s + 'q')
show('rconcat', lambda: 'q' + s)
show('in dict', lambda: {s: 1}.get('abc'))
show('eq', lambda: s == 'zzz')
show('upper', lambda: s.upper())
show('str.upper', lambda: str.upper(s))
show('strip', lambda: (type(s.strip()).__name__, s.strip()))
show('replace', lambda: s.replace('a', 'b'))
show('int(S)', lambda: int(S('12')))
show('float(S)', lambda: float(S('1.5')))
show('str.__str__', lambda: type(str.__str__(s)).__name__)
show('startswith', lambda: 'abcd'.startswith(s))
show('split on S', lambda: 'xabcx'.split(s))
show('sorted chars', lambda: sorted(s))
show('set', lambda: sorted(set(s)))
show('getattr name', lambda: getattr(5, S('real')))
show('ord', lambda: ord(S('a')))
show('encode', lambda: s.encode())
show('hash', lambda: hash(s) == hash('abc'))
