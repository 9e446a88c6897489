# quote/quote_plus/quote_from_bytes/unquote/unquote_plus/unquote_to_bytes.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes)

for s in ['abc def', '/a b/c?d=e&f', '~_.-', 'a+b', '\u00e9\u20ac\U0001f600', '', '%',
          ''.join(map(chr, range(0x20, 0x7f)))]:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, '/?&='), quote_plus(s),
          quote_plus(s, safe='/+'))
print(quote('\u00e9', encoding='latin-1'), quote('\u20ac', encoding='ascii', errors='replace'),
      quote('\u20ac', encoding='ascii', errors='xmlcharrefreplace'))
print(quote(b'a b\xff'), quote(bytearray(b'x y')), quote('a b', b' '), quote('x\u00e9', '\u00e9'))
print(quote_plus(b'a b+c'), quote_plus('a b', b''), quote_plus(b'a b', '/'), quote_plus('a b', ' '))
print(quote_from_bytes(b'abc def\x3f'), quote_from_bytes(b'~/', safe=''),
      quote_from_bytes(bytearray(b'\x00\x80'), safe=[0, 128]), repr(quote_from_bytes(b'')),
      quote_from_bytes(b'safe'), type(quote_from_bytes(bytearray(b'ok'))).__name__)
print(quote(''.join(map(chr, range(256)))))

for s in ['abc%20def', '%7e/abc+def', '%', '%2', '%zz', '%%41', '%C3%A9', '%E9', '%e9%',
          '%F0%9F%98%80', '%F0%9F', '\u00e9%20\u00e9%41', '%C3\u00e9%A9', 'no escapes',
          '%u0041', 'a%2Bb+c']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%E9', encoding='latin-1'), unquote('%E9', errors='ignore'),
      repr(unquote('%E9x', encoding=None, errors=None)),
      unquote(b'%41%C3%A9'), unquote_to_bytes(b'a%41'), unquote_to_bytes(''))
print(unquote('%E9', 'ascii', 'backslashreplace'), unquote_plus('a+%2B', 'utf-8', 'strict'))

for call in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
             lambda: quote(5), lambda: quote(None), lambda: quote_from_bytes('str'),
             lambda: quote('\u20ac', encoding='ascii'), lambda: unquote(5),
             lambda: unquote(None), lambda: unquote_to_bytes(None), lambda: unquote_to_bytes(3),
             lambda: unquote('%E9', errors='strict'), lambda: unquote_plus(b'a+b'),
             lambda: unquote('\ud800%41'), lambda: quote('x', encoding='nope'),
             lambda: quote_plus(5), lambda: unquote(b'%E9', encoding=5),
             lambda: quote('a b', safe=5), lambda: unquote([]), lambda: unquote([1]),
             lambda: unquote_to_bytes(bytearray(b'a%20b')), lambda: unquote_to_bytes(bytearray(b'ab'))]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(unquote('')), repr(unquote(b'')), repr(quote('')), repr(quote(b'')),
      repr(quote_plus('')), unquote_to_bytes(b''))
print(quote('a' * 10 + ' ' * 3), quote_plus('  '), unquote_plus('++%20'))
