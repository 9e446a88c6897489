# parse_qs/parse_qsl (every option) and urlencode (doseq, safe, encoding, errors, quote_via).
from urllib.parse import parse_qs, parse_qsl, urlencode, quote

for qs in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', '&&a=1&&', 'a+b=c+d&e%20f=%3D', 'x=1=2',
           '=v', 'k=', '', 'a=%E9', 'a=%C3%A9&%zz=%', 'a=b&', 'a']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs),
          parse_qs(qs, True))
for qs in ['a=1&&b', 'a&b=1', 'a=1&', '', '&']:
    try:
        print(repr(qs), parse_qsl(qs, strict_parsing=True))
    except ValueError as e:
        print(repr(qs), type(e).__name__, e)
print(parse_qsl('a=1;b=2', separator=';'), parse_qs('a=1;;b=2;a=3', separator=';'))
print(parse_qsl('a=1::b=2', separator='::'), parse_qsl('a=1&b=2', separator=b'&'))
print(parse_qsl(b'a=1&b=%41+c'), parse_qs(b'a=1&a=2;b=3', separator=b';'))
print(parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=%E9', errors='ignore'))
print(parse_qsl('a=1&b=2', max_num_fields=2), parse_qsl('', max_num_fields=0))
for kw in [dict(max_num_fields=1), dict(separator=''), dict(separator=None),
           dict(max_num_fields=0), dict(separator=5), dict(errors='strict', qs='a=%FF'),
           dict(qs=b'a=%C3%A9'), dict(qs=b'\xff=1'), dict(qs=5), dict(qs=None)]:
    qs = kw.pop('qs', 'a=1&b=2')
    try:
        print(kw, parse_qsl(qs, **kw))
    except Exception as e:
        print(kw, type(e).__name__, e)

print(urlencode({'a': 1, 'b': 'x y', 'c': '\u00e9&=+'}))
print(urlencode([('a', 1), ('a', 2), (b'k k', b'v\xffv')]), urlencode(()), urlencode({}))
print(urlencode({'a': [1, 2], 'b': (3,), 'c': 'str', 'd': b'by', 'e': 5}))
print(urlencode({'a': [1, 2], 'b': (3,), 'c': 'str', 'd': b'by', 'e': 5, 'f': []}, doseq=True))
print(urlencode({'a': [b'x y', 'z/w', 7]}, True, safe='/'), urlencode({'p': '/a b/'}, safe='/ '))
print(urlencode({'k': '\u00e9'}, encoding='latin-1'),
      urlencode({'k': '\u20ac'}, encoding='ascii', errors='replace'),
      urlencode({'k': '\u20ac'}, doseq=True, encoding='ascii', errors='xmlcharrefreplace'))
print(urlencode({'a b': 'c d/e'}, quote_via=quote), urlencode({'x': 'y z'}, quote_via=lambda s, *a: s.upper() if isinstance(s, str) else s.decode()))
print(urlencode([('a', None), (None, True), (1.5, {'d': 1})]), urlencode({'s': {3}}, doseq=True))
for bad in ['abc', [1, 2], 5, None, [['a', 'b']], object()]:
    try:
        print(urlencode(bad))
    except TypeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    urlencode({'k': '\u20ac'}, encoding='ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(parse_qs(urlencode({'x': ['1', '2 3'], 'y': '&='}, doseq=True)))
