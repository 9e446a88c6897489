# urllib.request with file: and data: URLs, urlretrieve/urlcleanup,
# pathname2url/url2pathname and the errors for bad or unsupported URLs.
import os
import urllib.request as R
from urllib.error import URLError, ContentTooShortError

BASE = os.path.abspath('.').rstrip('/')


def clean(value):
    # The folder may be '/' (BASE empty) or a real path: drop it.
    return str(value).replace(BASE, '') if BASE else str(value)


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        reason = getattr(exc, 'reason', None)
        print(label, '->', type(exc).__name__, clean(exc),
              type(reason).__name__, clean(getattr(reason, 'filename', None)))
        return None
    return result


def show(label, resp):
    if resp is None:
        return
    print(label, '->', type(resp).__name__, clean(resp.geturl()), resp.status,
          resp.getcode(), type(resp.info()).__name__)
    print('   ', repr(str(resp.info())), resp.read())
    resp.close()


def write(name, data, stamp=1000000000):
    with open(name, 'wb') as f:
        f.write(data)
    os.utime(name, (stamp, stamp))


os.makedirs('sub', exist_ok=True)
write('f.txt', b'hello world\n')
write('page.html', b'<p>x</p>', 1700000000)
write('noext', b'')
write('sub/b.unknownext', b'yy')
write('sub/a b.json', b'{}')
write('big.bin', b'x' * 20000)

for name in ['f.txt', 'page.html', 'noext', 'sub/b.unknownext', 'sub/a b.json']:
    url = 'file://' + R.pathname2url(os.path.abspath(name))
    show(clean(url), attempt(url, lambda: R.urlopen(url)))

p = os.path.abspath('f.txt')
for url in ['file:' + p, 'file://localhost' + p, 'file://LOCALHOST' + p,
            'file://127.0.0.1' + p, 'file:///' + p, 'FILE://' + p,
            ' file://' + p, '<URL:file://' + p + '>', 'file://' + p + '#frag',
            'file://' + p.replace('f.txt', 'f%2Etxt'), 'file:f.txt', 'file:./f.txt']:
    show(clean(url), attempt(clean(url), lambda: R.urlopen(url)))
with R.urlopen('file://' + p) as r:
    print(r.headers is r.info(), r.url == r.geturl(), r.readline(), r.read())
with R.urlopen(R.Request('file://' + p, data=b'x')) as r:
    print(r.read())
print(R.urlopen('file://' + p, data=b'ignored').read())

for url in ['file://example.com' + p, 'file://localhost:80' + p,
            'file://user@localhost' + p, 'file://example.com/nonexistent',
            'file:///nonexistent/x', 'file:nonexistent', 'file://' + BASE + '/sub',
            'file://' + BASE + '/sub/', 'file://' + BASE + '/a%20missing', 'file:',
            'file://localhost/nonexistent']:
    attempt(clean(url), lambda: R.urlopen(url))

print('== data')
for url in ['data:,Hello%2C%20World!', 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
            'data:text/html;charset=utf-8,%3Ch1%3E', 'data:;base64,SGk=',
            'data:text/plain;charset=latin-1;base64,w6k=', 'data:,',
            'data:;charset=x,abc', 'data:text/plain;foo=bar;base64,SGk=',
            'data:TEXT/Plain;Base64,SGk=', 'data:,a b', 'data:,%zz', 'data:base64,SGk=',
            'Data:,x', 'data:,x#frag', 'data:application/octet-stream;base64,AAEC/w==',
            'data:text/plain;base64,SGVs bG8=']:
    show(url, attempt(url, lambda: R.urlopen(url)))
for url in ['data:image/png;base64', 'data:', 'data:abc', 'data:text/plain;base64,SGk']:
    attempt(url, lambda: R.urlopen(url))

print('== bad urls')
for url in ['foo', '', '/x/y', 'gopher://x/y', 'foo:bar', 'git+ssh://h/x', 'http:', 'ftp:']:
    attempt(repr(url), lambda: R.urlopen(url))

print('== urlretrieve')


def hook(*args):
    print('  hook', args)


fn, h = R.urlretrieve('file://' + os.path.abspath('big.bin'), reporthook=hook)
print(clean(fn), type(h).__name__, h.items()[:2])
fn, h = R.urlretrieve('file://' + os.path.abspath('big.bin'), 'out.bin', reporthook=hook)
print(fn, os.path.getsize('out.bin'))
fn, h = R.urlretrieve('data:,hello')
print(os.path.exists(fn), h.items(), open(fn).read())
R.urlcleanup()
print(os.path.exists(fn))
print(R.urlretrieve('file:big.bin')[0])
print(clean(R.urlretrieve('file://localhost/' + os.path.abspath('big.bin'))[0]))
fn, h = R.urlretrieve('data:,hello', 'o2.txt', lambda *a: print('  cb', a))
print(fn, open(fn).read())
fn, h = R.urlretrieve('data:,', 'o3.txt', hook)
print(fn, repr(open(fn).read()))
attempt('retrieve missing', lambda: R.urlretrieve('file:///nonexistent'))
attempt('retrieve bad target', lambda: R.urlretrieve('data:text/plain,hi', '/nonexistdir/x'))
import email
import io
import urllib.response


class Short(R.BaseHandler):
    def short_open(self, req):
        m = email.message_from_string('Content-length: 10\n\n')
        return urllib.response.addinfourl(io.BytesIO(b'abc'), m, req.full_url)


R.install_opener(R.build_opener(Short))
try:
    R.urlretrieve('short:x', 'o4.txt', hook)
except ContentTooShortError as e:
    print(type(e).__name__, e, e.content[0], e.args)
print(R.urlopen('short:x').read())
R.urlcleanup()
attempt('after cleanup', lambda: R.urlopen('short:x'))

print('== path conversion')
for path in ['/a b/c%d', 'a/b', '/\xe9/\xfc', '//x/y', '', '/', 'a:b', '~x',
             "a+b=c&d;e,f@g$h!i'j(k)*l", '?#[]']:
    print(repr(path), repr(R.pathname2url(path)))
for url in ['/a%20b/c%25d', 'a%2Fb', '%C3%A9', '%E9', '//host/p', '///x', '', '+', 'a%zz']:
    print(repr(url), repr(R.url2pathname(url)))
