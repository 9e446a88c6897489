# dict subclass: which operations call overridden __getitem__/__setitem__
class Loud(dict):
    def __getitem__(self, k):
        print('  getitem', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('  setitem', k, v)
        super().__setitem__(k, v)

print('construct'); d = Loud({'a': 1}, b=2)
print('index'); print(d['a'])
print('get'); print(d.get('a'))
print('assign'); d['c'] = 3
print('update'); d.update({'e': 5})
print('setdefault'); d.setdefault('f', 6)
print('dict()'); print(dict(d))
print('keys'); print(list(d.keys()))
print('values'); print(list(d.values()))
print('items'); print(list(d.items()))
print('iterate'); print([k for k in d])
print('in'); print('a' in d)
print('copy'); cp = d.copy(); print(type(cp).__name__, cp)
print('or'); u = d | {'z': 0}; print(type(u).__name__)
print('ror'); u = {'z': 0} | d; print(type(u).__name__)
print('ior'); d |= {'y': 9}; print(type(d).__name__)
print('kwargs'); print((lambda **kw: sorted(kw))(**d))
print('format_map'); print('{a}-{b}'.format_map(d))
print('fromkeys'); fk = Loud.fromkeys('xy', 0); print(type(fk).__name__, fk)
print('repr'); print(repr(Loud(q=1)))
print('eq'); print(Loud(q=1) == {'q': 1}, {'q': 1} == Loud(q=1))

class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())

lw = Lower()
lw['KEY'] = 1
print(lw, lw['Key'], 'KEY' in lw, lw.get('KEY'), 'key' in lw.keys())
lw2 = Lower(ABC=1)
print(lw2, 'abc' in lw2, 'ABC' in lw2)
print(len(lw), bool(Lower()), Lower.__mro__[1] is dict)
