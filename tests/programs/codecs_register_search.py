# codecs.register/unregister, search-function names, caching and LookupError messages.
import codecs
def s(name):
    print('search', repr(name)); return None
codecs.register(s)
for n in ['a.b', 'a+b', 'a/b', 'A1', '_a_', 'a_-_b', 'é', '--', 'aÄb', 'a\x00b'[:1]+'1', 'a b', 'A:B', '__x__', 'a__b', '.', 'ß', 'x\u2028y', 'a,b', 'ｆｏｏ', 'a-b_c.d']:
    try: codecs.lookup(n)
    except Exception as e: print(repr(n), type(e).__name__, e)
for n in [b'abc', None, 'a\0b']:
    try: codecs.lookup(n)
    except Exception as e: print(repr(n), type(e).__name__, e)
try: 'x'.encode('a\0b')
except Exception as e: print(type(e).__name__, e)
codecs.unregister(s)
import codecs, encodings
def s2(n):
    print('s2', n)
    if n == 'mine': return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='mine')
    if n == 'bad': return 5
    if n == 'tup': return (1,2,3,4)
    if n == 'tup5': return (1,2,3,4,5)
    if n == 'raise': raise KeyError('zz')
    if n == 'latin_1': return 'never'
codecs.register(s2)
print(codecs.lookup('mine').name, codecs.lookup('mine') is codecs.lookup('MINE'))
print('abc'.encode('mine'), b'ABC'.decode('mine'), codecs.encode('x','mine'))
for n in ['bad', 'tup', 'tup', 'tup5', 'raise', 'latin-1', 'rot13', 'cp1250']:
    try: x = codecs.lookup(n); print(getattr(x, 'name', x))
    except Exception as e: print(type(e).__name__, e)
codecs.unregister(s2)
try: print(codecs.lookup('mine').name)
except Exception as e: print(type(e).__name__, e)
codecs.register(s2); codecs.register(s2)
try: print(codecs.lookup('mine').name)
except Exception as e: print(type(e).__name__, e)
codecs.unregister(s2)
try: print(codecs.lookup('mine').name)
except Exception as e: print(type(e).__name__, e)
