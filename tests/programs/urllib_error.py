# urllib.error: URLError, HTTPError (a response too), ContentTooShortError; urllib.response.
import io
import urllib.error
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.response import addinfourl, addclosehook, addinfo

print(urllib.error.__all__, URLError.__mro__[1].__name__, issubclass(HTTPError, OSError))
e = URLError('no host')
print(str(e), repr(e), e.args, e.reason, e.errno, e.strerror, e.filename)
e = URLError(OSError(2, 'No such file'), '/x')
print(str(e), e.args, e.filename, type(e.reason).__name__)
try:
    raise URLError('boom')
except OSError as caught:
    print('caught', type(caught).__name__, caught)

h = HTTPError('http://x/y', 404, 'Not Found', {'Content-Type': 'text/plain'}, io.BytesIO(b'body\nline2\n'))
print(str(h), repr(h), h.code, h.msg, h.reason, h.headers, h.hdrs, h.filename)
print(h.getcode(), h.status, h.geturl(), h.url, h.info(), h.args)
print(h.read(4), h.readline(), h.read(), h.fp is not None)
h.headers = {'X': '1'}
print(h.hdrs, h.info())
h.close()
print(h.closed)
h2 = HTTPError('u', 500, 'Oops', None, None)
print(str(h2), repr(h2), type(h2.fp).__name__, h2.read(), h2.headers, type(h2.file).__name__)
try:
    raise h2
except URLError as caught:
    print('caught', caught, caught.reason, isinstance(caught, addinfourl))
print(getattr(h2, '__notes__', ()), h2.fp.read(), HTTPError(None, None, 'm', 'H: 1', None).headers)
with HTTPError('u', 418, 'teapot', {}, io.BytesIO(b'abc')) as r:
    print(list(r))

c = ContentTooShortError('short', b'partial')
print(str(c), repr(c), c.args, c.reason, c.content, isinstance(c, URLError))

f = io.BytesIO(b'one\ntwo\n')
a = addinfourl(f, {'h': 1}, 'http://u', 200)
print(a.info(), a.geturl(), a.getcode(), a.status, a.readline(), [x for x in a])
a.close()
print(f.closed)
try:
    with a:
        pass
except ValueError as err:
    print(type(err).__name__, err)
calls = []
k = addclosehook(io.BytesIO(b'x'), lambda *args: calls.append(args), 1, 2)
k.close()
k.close()
print(calls, addinfo(io.BytesIO(), 'H').info())
print(addinfourl(io.BytesIO(), None, 'u').getcode())


class Custom(OSError):
    def __init__(self, a, b):
        self.extra = (a, b)


class Passing(OSError):
    def __init__(self, *args):
        super().__init__(*args)


print(Custom(2, 'x').args, Custom(2, 'x').errno, Passing(2, 'x').args, Passing(2, 'x').errno)
