# http.cookiejar: host/domain helpers and request inspection.
import http.cookiejar as cj
from urllib.request import Request

NAMES = ['www.example.com', 'a.b.c.example.com', 'example.com', 'com', 'localhost',
         '127.0.0.1', '.example.com', 'www.example.com.', '', 'a..b', '.', '1.2.3.4.5',
         'x.local', '[::1]', 'co.uk', 'www.co.uk', '1.2.3.a', 'a.b.c.1', '01.2.3.4']
for name in NAMES:
    print('host %-20r HDN=%s liberal=%s reach=%r' % (
        name, cj.is_HDN(name), cj.liberal_is_HDN(name), cj.reach(name)))

PAIRS = [('www.example.com', 'www.example.com'), ('www.example.com', '.example.com'),
         ('www.example.com', 'example.com'), ('example.com', '.example.com'),
         ('a.b.example.com', '.example.com'), ('www.example.com', '.com'),
         ('WWW.EXAMPLE.COM', '.example.com'), ('127.0.0.1', '127.0.0.1'),
         ('127.0.0.1', '.0.0.1'), ('x.local', '.local'), ('x', '.local'), ('', ''),
         ('www.example.com.', '.example.com.'), ('.x.y.z', '.y.z'),
         ('a.example.com.x', '.example.com'), ('ab.b', '.b'), ('a.b.c', '.b')]
for a, b in PAIRS:
    print('match %r %r domain=%s user=%s' % (a, b, cj.domain_match(a, b),
                                            cj.user_domain_match(a, b)))

for path in ['/a b', '/a%2fb', '/\u00e9', '/a?b', '/a#b', '/~x', '/a;b', '/a%zz', '',
             "/a!b$&'()*+,;=:@", '/a[b]', '/a{b}|\\^`<>', '/a%7e', '/\u2603']:
    print('escape %r -> %r' % (path, cj.escape_path(path)))

URLS = ['http://www.example.com/a/b', 'http://WWW.Example.COM:8080/a', 'http://localhost/',
        'http://127.0.0.1:80/x', 'http://host.local/', 'http://a.b/c?d=e#f', 'http://x.com',
        'http://x.com:/p', 'http://user:pw@x.com:81/p', 'https://x.com/a%2fb%7e?q',
        'http://x.com/a b', 'http://x.com/;params?x', 'ftp://f.com/p', 'http://x.com./a',
        'http://x.com/a/../b', 'http://.x.com/']
for url in URLS:
    req = Request(url)
    print(url)
    for func in (cj.request_host, cj.eff_request_host, cj.request_path,
                 cj.request_port, cj.is_third_party):
        print('   %s: %r' % (func.__name__, func(req)))
req = Request('http:///path')
req.add_header('Host', 'Example.org:99')
print('host header', cj.request_host(req), cj.eff_request_host(req))
for origin in ['other.com', 'example.com', 'www.example.com', 'foo.www.example.com', 'EXAMPLE.COM']:
    req = Request('http://www.example.com/', origin_req_host=origin, unverifiable=True)
    print('third party from', origin, cj.is_third_party(req))
req = Request('http://a.b.example.com/', origin_req_host='c.example.com')
print('sibling third party', cj.is_third_party(req))
