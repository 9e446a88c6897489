# urlsplit/urlparse: components, netloc attributes, IPv6 hosts, ports and their errors.
from urllib.parse import urlsplit, urlparse, SplitResult, ParseResult

URLS = [
    'http://www.python.org/doc/?q=1#frag',
    'HTTP://User:Pass@Example.COM:8080/p;a=1/q;b=2?x=y#z',
    'https://[2001:db8::1]:443/index.html',
    'http://[fe80::822a:a8ff:fe49:470c%tESt]:1234/keys',
    'http://[::ffff:192.0.2.1]/', 'http://[v1.fe:80]/x',
    'file:///etc/passwd', 'file:/tmp/x', 'mailto:someone@example.com',
    'news:comp.lang.python', 'sip:alice@atlanta.com;transport=tcp',
    '//netloc/only/path', '/just/a/path?q', 'path;p?q#f', '',
    'tel:+1-816-555-1212;ext=5', 'svn+ssh://host/repo', 'git+ssh://git@github.com:org/r',
    'a1+-.b:rest', '1http://x', 'http:80', 'path:80', 'http:', '?q=1', '#only',
    '  \x00\t http://exa\nmple.com/a\tb\r  ', 'http://a/b?c#d#e', 'http://a/b#c?d',
    'http://user@host', 'http://u:p:q@h@x:1', 'http://:@h:', 'http://[::1]:',
    'http://h:-1', 'http://h: 8', 'http://h:65535', 'ftp://ftp.is.co.za/rfc/rfc1808.txt',
]
for u in URLS:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', tuple(s))
    print('  ', tuple(p))
    try:
        port = s.port
    except ValueError as e:
        port = 'ValueError: %s' % e
    print('   user=%r pw=%r host=%r port=%r' % (s.username, s.password, s.hostname, port))
    print('   geturl', s.geturl(), p.geturl())

print(urlsplit('path?q#f', scheme='http'), urlsplit('x:y', 'http'))
print(urlsplit('http://a/b#c', allow_fragments=False))
print(urlparse('http://a/b;p?q#c', allow_fragments=0))
print(urlsplit(' \x01 http://x/', scheme=' \x02ftp \t'))

for u in ['http://h:99999/', 'http://h:abc/', 'http://h:١٢/', 'http://h:+80', 'http://h:0x10',
          'http://[::1]:70000', 'http://[::1]:x/']:
    try:
        print(u, urlsplit(u).port)
    except ValueError as e:
        print(u, type(e).__name__, e)

for u in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[]/', 'http://[v.x]/',
          'http://[vG.x]/', 'http://[v1.]/', 'http://[::1%]/', 'http://[::1%a%b]/',
          'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1::2::3]/', 'http://[12345::]/',
          'http://[::g]/', 'http://[1:2:3:4:5:6:7::]/', 'http://[:1::]/', 'http://[::1:]/',
          'http://[::1.2.3]/', 'http://[::1.2.3.04]/', 'http://[1:2:3:4:5:6:1.2.3.4]/',
          'http://[1:2:3:4:5:6:7:1.2.3.4]/', 'http://[::]/', 'http://[a]b]/', 'http://[x]/',
          'http://a[::1]/', 'http://[V1.x]/', 'http://[::1]x[/', 'http://\u2100/',
          'http://\uff03x/', 'http://caf\u00e9.fr/', 'http://a\u2488b/', 'http://u\uff20h/']:
    try:
        s = urlsplit(u)
        print(repr(u), 'ok', s.netloc, s.hostname)
    except ValueError as e:
        print(repr(u), type(e).__name__, e)

r = urlparse('http://u:p@H/p;x?q#f')
print(type(r).__name__, r.scheme, r[1], r._fields, r._asdict())
print(r._replace(netloc='other:1'), r._replace(netloc='other:1').geturl())
print(isinstance(r, tuple), ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl())
print(SplitResult('http', '', 'x', '', '').geturl(), SplitResult(*'abcde').hostname)
print(SplitResult[str], ParseResult.__mro__[1].__name__, len(r))
print(urlsplit('http://x/') is urlsplit('http://x/'), urlsplit.cache_info().maxsize)
