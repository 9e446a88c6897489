# http.cookiejar: Netscape cookies through CookieJar and DefaultCookiePolicy.
import email.message
import http.cookiejar as cj
import time
from urllib.request import Request


class Response:
    def __init__(self, headers):
        self._msg = email.message.Message()
        for name, value in headers:
            self._msg[name] = value

    def info(self):
        return self._msg


def fields(cookie):
    now = time.time()
    exp = cookie.expires
    if exp is not None and abs(exp - now) < 10 ** 6:
        exp = 'soon'
    return ('v=%r %r=%r dom=%r spec=%s dot=%s path=%r pspec=%s port=%r/%s secure=%r '
            'exp=%r discard=%r comment=%r url=%r rest=%r 2109=%s' % (
                cookie.version, cookie.name, cookie.value, cookie.domain,
                cookie.domain_specified, cookie.domain_initial_dot, cookie.path,
                cookie.path_specified, cookie.port, cookie.port_specified,
                cookie.secure, exp, cookie.discard, cookie.comment,
                cookie.comment_url, cookie._rest, cookie.rfc2109))


def dump(jar, indent='    '):
    for cookie in jar:
        print(indent + fields(cookie))


def extract(jar, url, *headers, **kw):
    req = Request(url, **kw)
    jar.extract_cookies(Response([('Set-Cookie', h) for h in headers]), req)


def header(jar, url, **kw):
    req = Request(url, **kw)
    jar.add_cookie_header(req)
    return req.get_header('Cookie'), req.get_header('Cookie2'), req.header_items()


SET_COOKIES = [
    'a=b', 'a=b; path=/a; path=/b', 'a=b; domain=x.example.com; domain=.example.com',
    'a=b; Max-Age=100', 'a=b; max-age=abc', 'a=b; max-age=0', 'a=b; max-age=-1',
    'a=b; max-age=100; expires=Wed, 09-Feb-2094 22:23:32 GMT',
    'a=b; expires=Wed, 09-Feb-2094 22:23:32 GMT', 'a=b; expires=Wed, 09-Feb-1994 22:23:32 GMT',
    'a=b; expires=garbage', 'a=b; secure', 'a=b; secure=0', 'a=b; version=1',
    'a=b; version=2', 'a=b; version=x', 'a=b; version',
    'a=b; comment=hello; commenturl=http://x', 'a=b; Comment=hello', 'a=b; port',
    'a=b; port=80', 'a=b; port="80,81"', 'a=b; discard', 'a=b; HttpOnly',
    'a=b; foo=bar; Foo=baz', 'a', 'a=', 'a="quoted value"', '$a=b', 'a=b; path=',
    'a=b; path', 'a=b; domain=', 'a=b; domain', 'a=b; domain=EXAMPLE.COM',
    'a=b; domain=example.com', 'a=b; domain=.com', 'a=b; domain=com',
    'a=b; domain=.www.example.com', 'a=b; domain=other.com', 'a=b; path=/a/b/c',
    'a=b; path=/x', 'a=b; path=a', 'a=b; path=/a%2fb', 'a=b; path="/a"',
    'a=b; domain=.example.com.', 'a=b; expires=Wed, 09-Feb-2094 22:23:32 GMT; discard',
    'a=b; max-age=+5', 'a=b; max-age=100; max-age=0', 'a=b; max-age=0; max-age=100',
]
for text in SET_COOKIES:
    jar = cj.CookieJar()
    extract(jar, 'http://www.example.com/a/b/page.html', text)
    print(repr(text), len(jar))
    dump(jar)

print('-- hosts')
for url, text in [('http://localhost/', 'a=1; domain=.local'), ('http://localhost/', 'a=1; domain=localhost'),
                  ('http://host/', 'a=1; domain=.host'), ('http://host/', 'a=1; domain=.ost'),
                  ('http://host/', 'a=1; domain=.x'), ('http://127.0.0.1/', 'a=1; domain=127.0.0.1'),
                  ('http://127.0.0.1/', 'a=1; domain=.0.0.1'), ('http://www.co.uk/', 'a=1; domain=.co.uk'),
                  ('http://a.b.example.com/', 'a=1; domain=.example.com'), ('http://x.local/', 'a=1; domain=.local'),
                  ('http://example.com:8080/p', 'a=1; port=8080'), ('http://example.com:8080/p', 'a=1; port'),
                  ('https://example.com/', 'a=1; secure')]:
    for policy in (cj.DefaultCookiePolicy(), cj.DefaultCookiePolicy(strict_domain=True),
                   cj.DefaultCookiePolicy(strict_ns_domain=cj.DefaultCookiePolicy.DomainStrict),
                   cj.DefaultCookiePolicy(strict_ns_domain=cj.DefaultCookiePolicy.DomainRFC2965Match)):
        jar = cj.CookieJar(policy)
        extract(jar, url, text)
        print(url, repr(text), [str(c) for c in jar])

print('-- ordering and sending')
jar = cj.CookieJar()
extract(jar, 'http://www.example.com/a/b', 'foo=bar', 'x=1; path=/; domain=.example.com',
        'y=2; expires=Wed, 09-Feb-2094 22:23:32 GMT; secure', 'z=3; path=/a/b/c', 'p=4; port=80')
extract(jar, 'http://www.example.com:8080/', 'q=5; port="8080,8081"', 'foo=overwritten; path=/a')
print(repr(jar))
print(str(jar))
print(len(jar), [c.name for c in jar])
for url in ['http://www.example.com/a/b', 'https://www.example.com/a/c', 'http://foo.example.com/',
            'http://www.example.com/a/b/c/d', 'http://www.example.com:8080/', 'http://www.example.com:8081/a',
            'http://example.com/', 'http://www.example.com/ab', 'http://www.example.com/A/b']:
    print(url, header(jar, url))
req = Request('http://www.example.com/a/b')
req.add_header('Cookie', 'mine=1')
jar.add_cookie_header(req)
print('existing header', req.header_items())

print('-- policies')
for kw in [dict(blocked_domains=['example.com']), dict(blocked_domains=['.example.com']),
           dict(allowed_domains=['www.example.com']), dict(allowed_domains=['.example.com']),
           dict(allowed_domains=[]), dict(strict_ns_set_initial_dollar=True),
           dict(strict_ns_set_path=True), dict(netscape=False), dict(strict_ns_unverifiable=True),
           dict(secure_protocols=('http',)), dict(strict_ns_domain=cj.DefaultCookiePolicy.DomainStrictNonDomain)]:
    policy = cj.DefaultCookiePolicy(**kw)
    jar = cj.CookieJar(policy)
    extract(jar, 'http://www.example.com/a/b', 'n=1', '$d=2', 'p=3; path=/x', 'q=4; domain=.example.com; path=/', 's=5; secure',
            origin_req_host='other.org', unverifiable=True)
    extract(jar, 'http://www.example.com/a/b', 'm=6; path=/a')
    print(kw, [str(c) for c in jar])
    for url in ['http://www.example.com/a/b', 'http://example.com/', 'http://w2.example.com/x']:
        print('   ', url, header(jar, url)[0])
policy = cj.DefaultCookiePolicy(blocked_domains=['a.com', '.b.com'], allowed_domains=('x.com',))
print(policy.blocked_domains(), policy.allowed_domains())
for d in ['a.com', 'www.a.com', 'b.com', '.b.com', 'x.b.com', 'A.COM']:
    print('blocked', d, policy.is_blocked(d))
for d in ['x.com', 'www.x.com', '.x.com', 'X.COM', '']:
    print('not allowed', d, policy.is_not_allowed(d), cj.DefaultCookiePolicy().is_not_allowed(d))
policy.set_blocked_domains(['q.com'])
policy.set_allowed_domains(None)
print(policy.blocked_domains(), policy.allowed_domains())
policy.set_allowed_domains(['z.com'])
print(policy.allowed_domains())
print(cj.DefaultCookiePolicy(blocked_domains='abc').blocked_domains())
print(sorted(vars(cj.DefaultCookiePolicy()).items()))
print(cj.DefaultCookiePolicy.DomainStrictNoDots, cj.DefaultCookiePolicy.DomainStrictNonDomain,
      cj.DefaultCookiePolicy.DomainRFC2965Match, cj.DefaultCookiePolicy.DomainLiberal,
      cj.DefaultCookiePolicy.DomainStrict)
base = cj.CookiePolicy()
for meth in ('set_ok', 'return_ok'):
    try:
        getattr(base, meth)(None, None)
    except NotImplementedError as exc:
        print(meth, 'NotImplementedError', repr(exc))
print(base.domain_return_ok('x', None), base.path_return_ok('/', None))

print('-- clear')
def filled():
    jar = cj.CookieJar()
    for name, domain, path in [('a', 'x.com', '/'), ('b', 'x.com', '/'), ('c', 'x.com', '/p'), ('d', 'y.com', '/')]:
        jar.set_cookie(cj.Cookie(0, name, 'v', None, False, domain, False, False, path, False,
                                 False, None, True, None, None, {}))
    return jar
def names(jar):
    return [(c.domain, c.path, c.name) for c in jar]
for args in [('x.com', '/', 'a'), ('x.com', '/p'), ('x.com',), (), ('z.com',), ('x.com', '/z'),
             ('x.com', '/', 'z'), (None, '/'), (None, None, 'a'), ('x.com', None, 'a')]:
    jar = filled()
    try:
        jar.clear(*args)
        print('clear', args, names(jar))
    except (KeyError, ValueError) as exc:
        print('clear', args, type(exc).__name__, exc)
jar = filled()
jar.clear('x.com', '/', 'a')
jar.clear('x.com', '/', 'b')
jar.set_cookie(cj.Cookie(0, 'b', 'new', None, False, 'x.com', False, False, '/', False, False, None, True, None, None, {}))
print('re-added', names(jar))
jar = cj.CookieJar()
for name, discard, expires in [('s', True, None), ('p', False, 4000000000), ('e', False, 5), ('e2', True, 5)]:
    jar.set_cookie(cj.Cookie(0, name, 'v', None, False, 'x.com', False, False, '/', False, False,
                             expires, discard, None, None, {}))
jar.clear_session_cookies()
print('after session clear', names(jar))
jar.clear_expired_cookies()
print('after expired clear', names(jar))

print('-- Cookie objects')
ck = cj.Cookie(0, 'a', 'b', None, False, 'Example.COM', False, False, '/', False, False,
               None, True, None, None, {'HttpOnly': None})
print(repr(ck))
print(str(ck), ck.has_nonstandard_attr('HttpOnly'), ck.has_nonstandard_attr('httponly'),
      ck.get_nonstandard_attr('HttpOnly', 'd'), ck.get_nonstandard_attr('x', 5), ck.is_expired())
ck.set_nonstandard_attr('z', 1)
print(ck.get_nonstandard_attr('z'), sorted(vars(ck)))
ck2 = cj.Cookie('1', 'a', None, '80,81', True, '.example.com', True, True, '/x', True, True,
                '123.9', False, 'cmt', 'http://c', {}, rfc2109=True)
print(repr(ck2))
print(str(ck2), ck2.is_expired(), ck2.is_expired(100), ck2.is_expired(123))
for bad in [dict(version='x'), dict(expires='x'), dict(port_specified=True)]:
    args = dict(version=0, name='a', value='b', port=None, port_specified=False, domain='x',
                domain_specified=False, domain_initial_dot=False, path='/', path_specified=False,
                secure=False, expires=None, discard=True, comment=None, comment_url=None, rest={})
    args.update(bad)
    try:
        cj.Cookie(**args)
    except ValueError as exc:
        print('Cookie error', bad, exc)

print('-- set_cookie_if_ok / make_cookies')
jar = cj.CookieJar()
req = Request('http://www.example.com/a')
good = cj.Cookie(0, 'g', '1', None, False, 'www.example.com', False, False, '/', False, False, None, True, None, None, {})
evil = cj.Cookie(0, 'e', '1', None, False, '.other.com', True, True, '/', False, False, None, True, None, None, {})
for cookie in (good, evil):
    jar.set_cookie_if_ok(cookie, req)
print(names(jar))
made = jar.make_cookies(Response([('Set-Cookie', 'k=1'), ('Set-Cookie', 'j=2; domain=.other.com')]), req)
print([str(c) for c in made], len(jar))
print(cj.CookieJar().make_cookies(Response([]), req))
print(cj.__all__)
