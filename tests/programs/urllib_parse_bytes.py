# str and bytes: bytes results, encode()/decode(), mixed-type TypeErrors, odd argument types.
from urllib.parse import (urlparse, urlsplit, urljoin, urldefrag, urlunparse, urlunsplit,
                          ParseResultBytes, SplitResultBytes, DefragResultBytes, parse_qsl)

b = urlparse(b'HTTP://User:Pw@[::1]:80/p;x?q#f')
print(b, type(b).__name__)
print(b.username, b.password, b.hostname, b.port, b.geturl())
d = b.decode()
print(type(d).__name__, d, d.encode('utf-8'), type(d.encode()).__name__)
s = urlsplit(b'//h:1/p')
print(s, s.hostname, s.port, s.decode(), urlsplit(b'http://x/').encode if False else '')
print(urlsplit(b'http://[fe80::1%Zone]/').hostname, urlsplit(b'http://h:x/').netloc)
try:
    urlsplit(b'http://h:x/').port
except ValueError as e:
    print(type(e).__name__, e)
try:
    urlsplit(b'http://h:99999/').port
except ValueError as e:
    print(type(e).__name__, e)
print(urlparse(b''), urlsplit(b'x', b'ftp'), urlsplit(b'x', ''), urlsplit('x', b''))
print(urlparse(None), urlparse(b'x', None), urlsplit(bytearray(b'')), urldefrag(b'a#'))
print(urlparse(bytearray(b'http://a/b')), urlunparse((b'http', b'h', b'/', b'p', b'', b'')))
print(urlunsplit([b'', b'', b'', b'', b'']), urlunsplit(['', b'', '', None, 0]))
u = urlparse('http://caf\u00e9/\u00e9')
print(u.encode('utf-8'), u.encode('ascii', 'replace'))
try:
    u.encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    ParseResultBytes(b'h', b'\xff', b'', b'', b'', b'').decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(ParseResultBytes(b'h', b'\xe9', b'', b'', b'', b'').decode('latin-1'))
print(DefragResultBytes(b'a', b'f').geturl(), DefragResultBytes(b'a', b'').geturl())
print(SplitResultBytes(b'http', b'u@H', b'/', b'', b'').geturl())

for call in [lambda: urlparse('http://a', b'http'), lambda: urlsplit(b'//a', 'ftp'),
             lambda: urljoin('http://a/', b'b'), lambda: urljoin(b'http://a/', 'b'),
             lambda: urlunparse(('http', b'h', '', '', '', '')),
             lambda: urlunsplit((b'http', 'h', b'', b'', b'')), lambda: urlparse(5),
             lambda: urlsplit(['a']), lambda: urlsplit(bytearray(b'http://a/')),
             lambda: urlparse(b'http://\xe9/'), lambda: urldefrag(7),
             lambda: urlunsplit((1, 2, 3, 4, 5)), lambda: parse_qsl('a=1', separator=b'\xff'),
             lambda: urljoin(b'', 'x'), lambda: urljoin(5, 6), lambda: urlsplit(b'http://[::1/'),
             lambda: urlparse(b'http://a', b'http', 5), lambda: urlsplit('x', 5)]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
