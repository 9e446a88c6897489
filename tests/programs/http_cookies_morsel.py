import re
from http.cookies import Morsel, SimpleCookie, BaseCookie, CookieError
from http.cookies import *

m = Morsel()
print(repr(m), m.key, m.value, m.coded_value, dict(m))
m.set('sid', 'a b', '"a b"')
print(repr(m)); print(str(m)); print(m.output(header='X:')); print(repr(m.js_output()))
m['path'] = '/'; m['Max-Age'] = 10; m['comment'] = 'x;y'; m['secure'] = True; m['samesite'] = 'Lax'; m['httponly'] = 0
print(m.OutputString()); print(m.OutputString(['path', 'secure'])); print(m.output(attrs='path'))
for f in [lambda: m.__setitem__('foo', 1), lambda: m.set('path', 1, 1), lambda: m.set('a b', 1, 1), lambda: m.setdefault('bar', 1),
          lambda: m.update({'zz': 1}), lambda: setattr(m, 'key', 'x'), lambda: setattr(m, 'value', 'x'), lambda: m.set('Path',1,1), lambda: m.set('', 1, 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(m.setdefault('PATH', 'z'), m.setdefault('domain', 'd.com'), m['domain'])
m2 = m.copy(); print(type(m2).__name__, m2 == m, m2 != m, m2.key, repr(m2))
m2['path'] = '/x'; print(m2 == m, m == dict(m), m != 3)
m.update({'Path':'/u', 'DOMAIN':'e'}); m.update([('secure', 1)]); print(m['path'], m['domain'])
print(m.isReservedKey('Expires'), m.isReservedKey('foo'))
m4 = Morsel(); m4.set('k','v','v'); m4['expires']='Wed, 01 Jan 2020 00:00:00 GMT'; m4['version']=1; m4['max-age']='5'; print(m4.OutputString())
m4['comment'] = 5; print(m4.OutputString())
print(m4.js_output())
print(hash(Morsel) if False else '')
try: print(hash(m4))
except Exception as e: print(type(e).__name__, e)
C = SimpleCookie()
C['a'] = 'hello world'; C['b'] = 12; C['c'] = m4
print(repr(C)); print(C); print(C.output(sep='|', header='H')); print(C.output(attrs=[]))
print(C.js_output())
print(C['a'].key, C['a'].value, C['a'].coded_value, type(C['b'].value))
C['a']['path']='/'; C['a'] = 'new'; print(C['a'].OutputString())
B = BaseCookie(); B['x'] = 'a b'; B['y'] = 3; print(repr(B), B.output(), B.value_encode(4), B.value_decode('"q"'))
B.load({'z': 'w', 'y': 'q'}); print(repr(B))
S = SimpleCookie({'k': 'v v'}); print(S)
S2 = SimpleCookie('a=1; b="x y"'); print(repr(S2), S2['b'].coded_value)
print(SimpleCookie().value_decode('"a\\054b"'), SimpleCookie().value_decode('"a'), SimpleCookie().value_decode('a\\054'))
try: SimpleCookie()['a b'] = 1
except CookieError as e: print(type(e).__name__, e)
print(SimpleCookie(None), repr(SimpleCookie('')))
print(isinstance(C, dict), issubclass(CookieError, Exception), CookieError.__module__)
print(repr(Morsel()), str(Morsel()))
m5 = Morsel(); m5.set('t', 'v', 'v'); m5['expires'] = 3600
out = m5.OutputString()
print(bool(re.fullmatch(r't=v; expires=(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT', out)))
m5['expires'] = 'never'; m5['max-age'] = 2.5; m5['version'] = 0; m5['domain'] = None
print(m5.OutputString())
a = Morsel(); b = Morsel(); a.set('x', '1', '1'); b.set('y', '1', '1')
print(a == b, a != b, a != a, a == a, a != {}, {} != a, a == dict(a))
b.set('x', '1', '1'); print(a == b); b['path'] = '/'; print(a == b, a != b)
print(Morsel[int], a.__getstate__())
n = Morsel(); n.__setstate__({'key': 'k', 'value': 'v w', 'coded_value': '"v w"'}); print(repr(n))
for f in [lambda: a.update(5), lambda: a.update([('a',)]), lambda: a.update({'path': '/z', 'zz': 1}), lambda: a['FOO']]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(a['path']))
C = SimpleCookie(); C.load('a=1'); C.load('a=2; path=/'); print(C.output())
C.load('b=1; path=/p'); C.load('b=1'); print(C.output())
print(repr(C.get('a')), list(C.keys()))
C2 = SimpleCookie(); C2['q'] = Morsel(); print(repr(C2))
try:
    hash(C2['q'])
except TypeError as e:
    print(type(e).__name__, e)
