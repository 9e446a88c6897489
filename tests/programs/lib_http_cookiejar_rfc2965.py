# http.cookiejar: RFC 2965 / RFC 2109 cookies, Cookie2, and HTTPCookieProcessor.
import email.message
import http.cookiejar as cj
import io
import time
import urllib.request
import urllib.response
import warnings
from urllib.request import Request


class Response:
    def __init__(self, headers):
        self._msg = email.message.Message()
        for name, value in headers:
            self._msg[name] = value

    def info(self):
        return self._msg


def fields(cookie):
    exp = cookie.expires
    if exp is not None and abs(exp - time.time()) < 10 ** 6:
        exp = 'soon'
    return '%s v=%r path=%r/%s dom=%r/%s/%s port=%r/%s exp=%r discard=%r cmt=%r/%r 2109=%s rest=%r' % (
        cookie, cookie.version, cookie.path, cookie.path_specified, cookie.domain,
        cookie.domain_specified, cookie.domain_initial_dot, cookie.port,
        cookie.port_specified, exp, cookie.discard, cookie.comment, cookie.comment_url,
        cookie.rfc2109, cookie._rest)


def run(label, headers, url='http://www.example.com/a/b/page.html', policy=None, jar=None, **kw):
    jar = jar if jar is not None else cj.CookieJar(policy or cj.DefaultCookiePolicy(rfc2965=True))
    req = Request(url, **kw)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        made = jar.make_cookies(Response(headers), req)
        jar.extract_cookies(Response(headers), req)
    print(label, [str(c) for c in made], [str(w.message).splitlines()[0] for w in caught])
    for cookie in jar:
        print('    ' + fields(cookie))
    return jar


def send(jar, url, **kw):
    req = Request(url, **kw)
    jar.add_cookie_header(req)
    print('   send', url, req.get_header('Cookie'), req.get_header('Cookie2'))


SC2 = [
    'a=b; version=1', 'a=b', 'a="b c"; version=1', 'a=b; Version="1"; Path="/a"',
    'a=b; version=1; path=/a/b/c', 'a=b; version=1; path=/x', 'a=b; version=1; domain=.example.com',
    'a=b; version=1; domain=example.com', 'a=b; version=1; domain=www.example.com',
    'a=b; version=1; domain=.www.example.com', 'a=b; version=1; port', 'a=b; version=1; port="80,81"',
    'a=b; version=1; port="81"', 'a=b; version=1; port=abc', 'a=b; version=1; port="80, 8080"',
    'a=b; version=1; max-age="100"', 'a=b; version=1; discard', 'a=b; version=1; secure',
    'a=b; version=1; comment="x y"; commentURL="http://c"', 'a=b; version=2', 'a=b; version=0',
    'a=b; version=1; Foo=Bar; foo', '$a=b; version=1', 'A=B; VERSION=1; PATH=/a',
    'a=b; version=1, c=d; version=1', 'a=b; version=1; domain=.local', 'a=b; version=1; domain',
    'a=b; version', 'a=b; version=x', 'a=b; version=1; version=0',
]
for text in SC2:
    run('2: ' + text, [('Set-Cookie2', text)])

print('-- mixing headers')
run('order', [('Set-Cookie', 'n1=1'), ('Set-Cookie2', 'r1=1; version=1'), ('Set-Cookie', 'n2=2'), ('Set-Cookie2', 'r2=2; version=1')])
run('dedup', [('Set-Cookie', 'r1=ns; path=/a/b/'), ('Set-Cookie2', 'r1=rfc; version=1')])
run('dedup off', [('Set-Cookie', 'r1=ns; path=/a/b/'), ('Set-Cookie2', 'r1=rfc; version=1')], policy=cj.DefaultCookiePolicy())
run('netscape off', [('Set-Cookie2', 'a=b; version=1'), ('Set-Cookie', 'n=1')], policy=cj.DefaultCookiePolicy(rfc2965=True, netscape=False))
run('only sc2, rfc off', [('Set-Cookie2', 'a=b; version=1')], policy=cj.DefaultCookiePolicy())
run('both off', [('Set-Cookie2', 'a=b; version=1'), ('Set-Cookie', 'n=1')], policy=cj.DefaultCookiePolicy(netscape=False))
run('rfc2109 default', [('Set-Cookie', 'a=b; version=1')], policy=cj.DefaultCookiePolicy())
run('rfc2109 rfc on', [('Set-Cookie', 'a=b; version=1')])
run('rfc2109 as ns', [('Set-Cookie', 'a=b; version=1')], policy=cj.DefaultCookiePolicy(rfc2965=True, rfc2109_as_netscape=True))
run('rfc2109 not ns', [('Set-Cookie', 'a=b; version=1')], policy=cj.DefaultCookiePolicy(rfc2109_as_netscape=False))
run('bad sc2 keeps sc', [('Set-Cookie2', 'a=b; version=1; max-age'), ('Set-Cookie', 'n=1')])
run('bad sc keeps sc2', [('Set-Cookie2', 'a=b; version=1'), ('Set-Cookie', 'n=1; max-age')])
run('unverifiable rfc', [('Set-Cookie2', 'a=b; version=1'), ('Set-Cookie', 'n=1')], origin_req_host='other.org', unverifiable=True)
run('unverifiable relaxed', [('Set-Cookie2', 'a=b; version=1')], policy=cj.DefaultCookiePolicy(rfc2965=True, strict_rfc2965_unverifiable=False),
    origin_req_host='other.org', unverifiable=True)

print('-- deleting')
jar = run('setup', [('Set-Cookie', 'a=1'), ('Set-Cookie', 'b=2; domain=.example.com; path=/'), ('Set-Cookie', 'c=3')])
run('delete a', [('Set-Cookie', 'a=; max-age=0')], jar=jar)
run('delete b elsewhere', [('Set-Cookie', 'b=x; domain=.example.com; path=/; max-age=0')], url='http://evil.com/', jar=jar)
run('delete missing', [('Set-Cookie', 'zz=x; max-age=0')], jar=jar)

print('-- sending')
jar = cj.CookieJar(cj.DefaultCookiePolicy(rfc2965=True))
run('fill', [('Set-Cookie2', 'foo="bar baz"; Version="1"; Path="/a"; Domain=".example.com"; Port="80,8080"; Comment="hi"'),
             ('Set-Cookie2', 'q=r; version=1; discard'), ('Set-Cookie2', 'w="x\\"y"; version=1; port'),
             ('Set-Cookie2', 'd=e; version=1; domain=example.com; path=/'), ('Set-Cookie', 'ns=1; path=/')], jar=jar)
for url in ['http://www.example.com/a/b', 'http://www.example.com:8080/a/b', 'http://www.example.com:81/a/b',
            'http://www.example.com/', 'http://other.example.com/a', 'https://www.example.com/a/b/c']:
    send(jar, url)
for policy in (cj.DefaultCookiePolicy(rfc2965=True, hide_cookie2=True), cj.DefaultCookiePolicy()):
    jar.set_policy(policy)
    send(jar, 'http://www.example.com/a/b')
ns_only = cj.CookieJar(cj.DefaultCookiePolicy(rfc2965=True))
run('ns only', [('Set-Cookie', 'n=1'), ('Set-Cookie', 'v1=2; version=1')], jar=ns_only)
send(ns_only, 'http://www.example.com/a/b/')
req = Request('http://www.example.com/a/b/')
req.add_header('Cookie2', 'custom')
ns_only.add_cookie_header(req)
print('   kept Cookie2', req.header_items())


print('-- HTTPCookieProcessor')
class FakeHTTP(urllib.request.BaseHandler):
    def __init__(self, table):
        self.table = table
        self.seen = []

    def http_open(self, req):
        self.seen.append((req.get_full_url(), req.get_header('Cookie')))
        msg = email.message.Message()
        for name, value in self.table.get(req.selector, []):
            msg[name] = value
        resp = urllib.response.addinfourl(io.BytesIO(b'ok'), msg, req.get_full_url(), 200)
        resp.msg = 'OK'
        return resp


jar = cj.CookieJar()
fake = FakeHTTP({'/login': [('Set-Cookie', 'sid=abc; Path=/'),
                            ('Set-Cookie', 'pref=dark; Path=/app; Expires=Wed, 09-Feb-2094 22:23:32 GMT')],
                 '/app/logout': [('Set-Cookie', 'sid=; Max-Age=0; Path=/')]})
opener = urllib.request.OpenerDirector()
for handler in (fake, urllib.request.HTTPCookieProcessor(jar)):
    opener.add_handler(handler)
for path in ['/login', '/app/x', '/app/logout', '/app/y', '/other']:
    response = opener.open('http://example.com' + path)
    print(path, response.read(), [str(c) for c in jar])
for entry in fake.seen:
    print('   seen', entry)
print(type(urllib.request.HTTPCookieProcessor().cookiejar).__name__)
