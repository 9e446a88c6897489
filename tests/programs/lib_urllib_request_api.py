# urllib.request: Request objects, opener/handler chaining, redirects,
# error processing, header-list parsing, proxies and password managers.
import email.message
import io
import os
import urllib.request as R
import urllib.response
from urllib.error import HTTPError, URLError


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
        return None
    print(label, '->', result)
    return result


print('== Request')
q = R.Request('http://user:pw@Example.com:8080/a/b?x=1#frag', data=b'abc',
              headers={'content-TYPE': 'x/y', 'X-a': '1'})
print(q.full_url, q.type, q.host, q.selector, q.fragment, q.data)
print(q.headers, q.unredirected_hdrs, q.origin_req_host, q.unverifiable)
print(q.get_method(), q.get_full_url())
print(q.has_header('Content-type'), q.has_header('content-type'))
print(q.get_header('Content-type'), q.get_header('zz', 'dflt'), q.get_header('zz'))
print(q.header_items())
q.add_header('foo-BAR', 'baz')
q.add_unredirected_header('user-agent', 'ua')
print(q.headers, q.unredirected_hdrs, q.header_items(), q.has_header('User-agent'))
q.remove_header('User-agent'); q.remove_header('X-a'); q.remove_header('nothing')
print(q.headers, q.unredirected_hdrs)
q.data = None
print(q.get_method(), q.data)
q.full_url = 'https://h/x#y'
print(q.full_url, q.type, q.host, q.selector, q.fragment, q.origin_req_host)
del q.full_url
print(repr(q.full_url), q.fragment, repr(q.selector))
attempt('set bad full_url', lambda: setattr(q, 'full_url', 'nope'))
print(R.Request('http://a', method='PUT').get_method(),
      R.Request('http://a', data=b'').get_method(),
      R.Request('http://a', data=None).get_method())
print(hasattr(R.Request('http://a'), 'method'), R.Request('http://a', method='X').method)


class PostRequest(R.Request):
    method = 'POST'


print(PostRequest('http://a').get_method(), PostRequest('http://a', method='PATCH').get_method())
q = R.Request('http://a')
print(q.has_proxy(), q.host, repr(q.selector))
q.set_proxy('proxy:3128', 'http')
print(q.has_proxy(), q.host, q.selector, q.type)
q = R.Request('https://a/b')
q.set_proxy('proxy:3128', 'http')
print(q.host, q.selector, q.type)
for url in ['http://[::1]:80/p', 'http://A.B:80', 'file:///etc/x', 'data:,x',
            'HTTP://a/b', '<URL:http://w/x>', '  http://s/t  ', 'ftp://h/p;type=a',
            'http://h/p?q#f']:
    r = R.Request(url)
    print(repr(url), '->', repr(r.full_url), r.type, repr(r.host), repr(r.selector),
          repr(r.origin_req_host), repr(r.fragment))
for bad in ['foo', '', '/x/y', 'foo#bar']:
    attempt('Request(%r)' % bad, lambda: R.Request(bad))
q = R.Request('http://a', data=b'1', headers={'Content-length': '1'})
q.data = b'1'; print(q.headers)
q.data = b'22'; print(q.headers)
q.add_header('Content-length', '9'); q.data = None; print(q.headers)
q = R.Request('http://a', origin_req_host='other', unverifiable=True)
print(q.origin_req_host, q.unverifiable)

print('== chaining')


class Noisy(R.BaseHandler):
    def foo_open(self, req):
        print('  foo_open', req.full_url)
        return None

    def foo_request(self, req):
        print('  foo_request', req.full_url)
        return req

    def foo_response(self, req, resp):
        print('  foo_response', resp)
        return resp + '!'

    def unknown_open(self, req):
        print('  my unknown_open', req.type)
        return 'UNK'

    def http_error_404(self, *args):
        print('  http_error_404', len(args))
        return None

    def http_error_default(self, *args):
        print('  http_error_default', args[2], args[3])
        return 'HED'

    def redirect_request(self):
        pass

    def do_open(self):
        pass

    def proxy_open(self):
        pass


o = R.OpenerDirector()
print(o.handlers, o.addheaders)
o.add_handler(Noisy())
print([type(h).__name__ for h in o.handlers])
print(o.open('foo://x'))
print(o.open('zzz://x'))
print(o.error('http', 'req', 'fp', 404, 'msg', 'hdrs'))
print(o.error('https', 'req', 'fp', 500, 'msg', 'hdrs'))
attempt('add_handler(3)', lambda: o.add_handler(3))
attempt('build_opener(3)', lambda: R.build_opener(3))
bare = R.OpenerDirector()
print(bare.open('http://x'), bare.open('data:,x'))


class Quiet(R.BaseHandler):
    handler_order = 500


class Early(R.BaseHandler):
    handler_order = 200

    def file_open(self, r):
        return None


class MyFile(R.FileHandler):
    pass


op = R.build_opener(Quiet, Early(), MyFile, R.HTTPHandler(), R.UnknownHandler)
print([type(h).__name__ for h in op.handlers])
print([type(h).__name__ for h in R.build_opener().handlers])
print([h.handler_order for h in R.build_opener().handlers])
print(Quiet() < Early(), Early() < Quiet(), Quiet() < 3, Quiet() > Early())
e = Early()
print(hasattr(R.BaseHandler(), 'parent'), e.add_parent(op), e.parent is op, e.close())
print(R.BaseHandler.handler_order, R.ProxyHandler.handler_order,
      R.HTTPErrorProcessor.handler_order, R.HTTPDigestAuthHandler.handler_order,
      R.ProxyDigestAuthHandler.handler_order)

print('== fake HTTP')


def headers(**kw):
    m = email.message.Message()
    for k, v in kw.items():
        m[k.replace('_', '-')] = v
    return m


class Fake(R.BaseHandler):
    handler_order = 100

    def __init__(self, table):
        self.table = table
        self.log = []

    def http_open(self, req):
        self.log.append((req.get_method(), req.full_url, req.data,
                         sorted(req.header_items())))
        code, h, body = self.table[req.full_url]
        r = urllib.response.addinfourl(io.BytesIO(body), h, req.full_url, code)
        r.msg = 'MSG%d' % code
        return r


def run(table, req, *extra):
    f = Fake(table)
    o = R.build_opener(f, *extra)
    try:
        r = o.open(req)
        print('RESULT', r.code, r.url, r.read())
    except HTTPError as e:
        print('HTTPError', e, e.code, e.filename, repr(e.reason), e.headers.items(), e.read())
    except Exception as e:
        print('EXC', type(e).__name__, e)
    for entry in f.log:
        print('   ', entry)


H = headers
post = lambda: R.Request('http://a/x', data=b'D', headers={'Content-Length': '1', 'Content-Type': 't', 'X': '1'})
run({'http://a/x': (302, H(Location='/y'), b'r'), 'http://a/y': (200, H(), b'ok')}, 'http://a/x')
run({'http://a/x': (301, H(URI='http://b/z'), b'r'), 'http://b/z': (200, H(), b'ok')}, 'http://a/x')
run({'http://a/x': (307, H(Location='y?q=1#f'), b'r')}, post())
run({'http://a/x': (302, H(Location='y'), b'r'), 'http://a/y': (200, H(), b'ok')}, post())
run({'http://a/x': (303, H(Location='http://a/y'), b'r'), 'http://a/y': (200, H(), b'ok')}, R.Request('http://a/x', method='HEAD'))
run({'http://a/x': (303, H(Location='http://a/y'), b'r')}, R.Request('http://a/x', method='PUT'))
run({'http://a/x': (302, H(Location='gopher://x/'), b'r')}, 'http://a/x')
run({'http://a/x': (302, H(Location='javascript:alert(1)'), b'r')}, 'http://a/x')
run({'http://a/x': (302, H(Location='http://a/x'), b'r')}, 'http://a/x')
run({'http://a/x': (302, H(), b'r')}, 'http://a/x')
run({'http://a/x': (404, H(A='b'), b'nf')}, 'http://a/x')
run({'http://a/x': (201, H(), b'c')}, 'http://a/x')
run({'http://a/x': (199, H(), b'c')}, 'http://a/x')
run({'http://a/x': (300, H(Location='/z'), b'c')}, 'http://a/x')
run({'http://a/x': (308, H(Location='/y'), b'r')}, R.Request('http://a/x', data=b'D'))
run({'http://a/x': (308, H(Location='/y'), b'r'), 'http://a/y': (200, H(), b'ok')}, 'http://a/x')
run({'http://a/x': (302, H(Location='/y z/\xe9\x01"<>?q=1&x=[y]#f'), b'r'),
     'http://a/y%20z/%E9%01"<>?q=1&x=[y]#f': (200, H(), b'ok')}, 'http://a/x')
run({'http://a/x': (302, H(Location='//b:1/p'), b'r'), 'http://b:1/p': (200, H(), b'ok')}, 'http://a/x')
run({'http://a/x': (302, H(Location='http://b'), b'r'), 'http://b/': (200, H(), b'ok')}, 'http://a/x')
run({'http://a/x': (302, H(Location=''), b'r')}, 'http://a/x')
run({'http://a/%d' % i: (302, H(Location='/%d' % (i + 1)), b'') for i in range(20)}, 'http://a/0')
run({'http://a/%d' % i: (302, H(Location='/%d' % ((i + 1) % 2)), b'') for i in range(2)}, 'http://a/0')
run({'http://a/x': (401, H(WWW_Authenticate='Basic realm="r1"'), b'a')}, 'http://a/x')
mgr = R.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password('r1', 'http://a/', 'user', 'secret')
run({'http://a/x': (401, H(WWW_Authenticate='Basic realm="r1"'), b'a')}, 'http://a/x',
    R.HTTPBasicAuthHandler(mgr))
rh = R.HTTPRedirectHandler()
print(rh.max_repeats, rh.max_redirections, repr(rh.inf_msg))
q = R.Request('http://a/x', data=b'1', headers={'Content-length': '1', 'content-type': 'x', 'Other': 'o'},
              origin_req_host='o')
q.add_unredirected_header('Auth', 'z')
n = rh.redirect_request(q, None, 302, 'Found', {}, 'http://a/new place')
print(type(n).__name__, n.full_url, n.headers, n.unredirected_hdrs, n.origin_req_host,
      n.unverifiable, n.data, n.get_method())
attempt('redirect 307 POST', lambda: rh.redirect_request(q, None, 307, 'Found', {}, 'http://a/new'))
attempt('redirect 200', lambda: rh.redirect_request(q, None, 200, 'Found', {}, 'http://a/new'))

print('== HTTP without network')
attempt('http no host', lambda: R.urlopen('http:///x'))
attempt('https no host', lambda: R.urlopen('https:///x'))
attempt('ftp no host', lambda: R.urlopen('ftp:///x'))
attempt('str data', lambda: R.urlopen('http://h/x', data='text'))
q = R.Request('http://h/p', data=b'abc')
hh = R.HTTPHandler()
hh.add_parent(R.build_opener())
hh.http_request(q)
print(sorted(q.header_items()))
q = R.Request('http://h/p', data=[b'a', b'b'])
hh.http_request(q)
print(sorted(q.header_items()))
q = R.Request('http://h/', data=3)
hh.http_request(q)
print(sorted(q.header_items()))

print('== header lists')
for s in ['a, b, "c, d", e', 'a="b,c", d', ' a , b ', 'a="x\\"y", z', '', 'a,,b',
          '"unterminated, x', 'a=\\b, c', 'a,', ',a', 'a, "b\\', '"a\\\\b", c', 'x="a,b" y, z']:
    print(repr(s), R.parse_http_list(s))
print(R.parse_keqv_list(['a=1', 'b="2"', 'c="x']))
print(R.parse_keqv_list(['a=b=c', '"q"="r"', 'k=""', 'j="']))
attempt('parse_keqv_list', lambda: R.parse_keqv_list(['a']))

print('== proxies')
for name in list(os.environ):
    if name.lower().endswith('_proxy') or name == 'REQUEST_METHOD':
        del os.environ[name]
os.environ.update({'http_proxy': 'http://p:1', 'HTTPS_PROXY': 'http://q:2',
                   'no_proxy': 'localhost, .example.org', 'FTP_PROXY': ''})
print(sorted(R.getproxies().items()))
os.environ['HTTP_PROXY'] = 'http://upper:1'
print(sorted(R.getproxies().items()))
os.environ['REQUEST_METHOD'] = 'GET'
del os.environ['http_proxy']
print(sorted(R.getproxies().items()))
del os.environ['REQUEST_METHOD']
os.environ['http_proxy'] = ''
print(sorted(R.getproxies().items()))
for host in ['localhost', 'example.com', 'www.example.org', 'example.org:80', 'LOCALHOST']:
    print(host, R.proxy_bypass(host))
ph = R.ProxyHandler()
print(sorted(ph.proxies.items()), sorted(k for k in dir(ph) if k.endswith('_open')))
attempt('ProxyHandler list', lambda: R.ProxyHandler(['x']))
ph = R.ProxyHandler({'http': 'http://u:p@proxy:3128', 'https': 'proxy2:80'})
print(sorted(k for k in dir(ph) if k.endswith('_open')))
print([type(h).__name__ for h in R.build_opener(ph).handlers])
q = R.Request('http://example.com/x')
print(ph.proxy_open(q, 'http://u:p@proxy:3128', 'http'), q.host, q.selector, q.headers, q.has_proxy())
q = R.Request('https://example.com/x')
print(ph.proxy_open(q, 'proxy2:80', 'https'), q.host, q.selector, q.headers)
q = R.Request('http://localhost/x')
print(ph.proxy_open(q, 'proxy2:80', 'http'), q.host, q.selector)
print(sorted(R.ProxyHandler({}).__dict__), [type(h).__name__ for h in R.build_opener(R.ProxyHandler({})).handlers])

print('== password managers')
m = R.HTTPPasswordMgr()
m.add_password('realm', 'http://example.com/a/', 'u', 'p')
m.add_password('realm', ['example.org', 'https://x.com:8443/p'], 'u2', 'p2')
m.add_password(None, 'http://d.com', 'du', 'dp')
for realm, uri in [('realm', 'http://example.com/a/b'), ('realm', 'http://example.com/'),
                   ('realm', 'example.com/a/x'), ('realm', 'http://example.com:80/a/x'),
                   ('realm', 'example.org'), ('realm', 'https://x.com:8443/p/q'),
                   ('other', 'http://example.com/a/b'), (None, 'http://d.com/x'),
                   ('r', 'http://d.com/x'), ('realm', 'http://example.com/ab')]:
    print(realm, uri, m.find_user_password(realm, uri))
print(m.reduce_uri('http://example.com/a'), m.reduce_uri('example.com'),
      m.reduce_uri('https://example.com'), m.reduce_uri('http://u:p@h:8/x?y', False),
      m.reduce_uri('ftp://h/x'))
print(m.is_suburi(('h:80', '/a/'), ('h:80', '/a/b')), m.is_suburi(('h:80', '/a'), ('h:80', '/ab')),
      m.is_suburi(('h:80', '/a'), ('h:81', '/a')))
m2 = R.HTTPPasswordMgrWithDefaultRealm()
m2.add_password(None, 'http://h/', 'u', 'p')
print(m2.find_user_password('any', 'http://h/x'), m2.find_user_password('any', 'http://z/x'))
m3 = R.HTTPPasswordMgrWithPriorAuth()
m3.add_password(None, 'http://h/', 'u', 'p', is_authenticated=True)
print(m3.is_authenticated('http://h/x'), m3.is_authenticated('http://z/'), m3.find_user_password(None, 'http://h/'))
m3.update_authenticated('http://h/', False)
print(m3.is_authenticated('http://h/x'))
m3.update_authenticated('http://h/', True)
b = R.HTTPBasicAuthHandler(m3)
q = R.Request('http://h/x')
print(b.http_request(q) is q, q.headers, q.unredirected_hdrs)
q = R.Request('http://z/x')
b.http_request(q)
print(q.headers, q.unredirected_hdrs)
b = R.HTTPBasicAuthHandler()
print(type(b.passwd).__name__, b.auth_header, R.ProxyBasicAuthHandler.auth_header,
      R.HTTPDigestAuthHandler.auth_header, R.ProxyDigestAuthHandler.auth_header)
d = R.HTTPDigestAuthHandler()
print(type(d.passwd).__name__, d.retried, d.nonce_count, d.last_nonce)
print([c.__name__ for c in R.HTTPBasicAuthHandler.__mro__], [c.__name__ for c in R.HTTPDigestAuthHandler.__mro__])
print(R.HTTPHandler().__dict__)
