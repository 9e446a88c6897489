# http.cookiejar: MozillaCookieJar / LWPCookieJar files in the current directory.
import email.message
import http.cookiejar as cj
import os
import warnings
from urllib.request import Request

FUTURE = 4000000000     # 2096
PAST = 100


def make(name, value, domain, path, **kw):
    args = dict(version=0, name=name, value=value, port=None, port_specified=False,
                domain=domain, domain_specified=domain.startswith('.'),
                domain_initial_dot=domain.startswith('.'), path=path, path_specified=True,
                secure=False, expires=FUTURE, discard=False, comment=None, comment_url=None,
                rest={}, rfc2109=False)
    args.update(kw)
    return cj.Cookie(**args)


COOKIES = [
    make('a', '1', '.example.com', '/'),
    make('b', '2', 'www.example.com', '/x', secure=True),
    make('c', None, 'example.org', '/'),
    make('d', '4', 'example.org', '/', discard=True, expires=None),
    make('e', '5', '.x.com', '/', expires=PAST),
    make('f', '6', 'h.com', '/', rest={'HttpOnly': None}),
    make('g', '7 8', '.v1.com', '/p', version=1, port='80,81', port_specified=True,
         comment='cmt "q"', comment_url='http://c', rest={'foo': 'bar', 'baz': None}),
    make('h', '"q"', 'h.com', '/', rfc2109=True, path_specified=False, domain_specified=False),
    make('i', '9', '.dot.com', '/', domain_specified=False),
    make('', 'novalue', 'e.com', '/'),
    make('j', 'x', 'ho.com', '/', rest={'HTTPOnly': ''}),
]


def show_file(name):
    with open(name) as f:
        text = f.read()
    print('--- %s (%d bytes)' % (name, len(text)))
    print(text, end='')
    print('--- end')


def describe(jar):
    for c in jar:
        print('   ', repr(c))


for cls, fname in ((cj.MozillaCookieJar, 'cookies.txt'), (cj.LWPCookieJar, 'cookies.lwp')):
    print('=====', cls.__name__)
    jar = cls(fname)
    print('filename', jar.filename, 'delayload', jar.delayload, isinstance(jar, cj.FileCookieJar))
    for c in COOKIES:
        jar.set_cookie(c)
    for flags in [(False, False), (True, False), (False, True), (True, True)]:
        jar.save(ignore_discard=flags[0], ignore_expires=flags[1])
        print('save', flags)
        show_file(fname)
    for flags in [(False, False), (True, True)]:
        again = cls()
        again.load(fname, ignore_discard=flags[0], ignore_expires=flags[1])
        print('load', flags, len(again))
        describe(again)
    if cls is cj.LWPCookieJar:
        print(repr(jar.as_lwp_str()))
        print(repr(jar.as_lwp_str(False, False)))
        print(repr(cls().as_lwp_str()))
    # revert: replaces contents, keeps them on failure
    jar.set_cookie(make('extra', 'z', 'zz.com', '/'))
    print('before revert', len(jar))
    jar.revert(ignore_discard=True, ignore_expires=True)
    print('after revert', len(jar))
    for bad_name in ('missing.txt', 'garbage.txt'):
        with open('garbage.txt', 'w') as f:
            f.write('this is not a cookie file\n')
        try:
            jar.revert(bad_name)
        except OSError as exc:
            print('revert', bad_name, type(exc).__name__, exc, isinstance(exc, cj.LoadError))
        print('   still', len(jar))
    try:
        cls().save()
    except ValueError as exc:
        print('save without name:', exc)
    try:
        cls().load()
    except ValueError as exc:
        print('load without name:', exc)

print('===== Mozilla parsing')
MOZ = '# Netscape HTTP Cookie File\n'
SAMPLES = [
    '# HTTP Cookie File\nx.com\tFALSE\t/\tFALSE\t4000000000\ta\tb\n',
    '#HTTP Cookie File\n',
    '# Netscape HTTP Cookie File extra\n',
    MOZ + 'x.com\tFALSE\t/\tFALSE\t4000000000\ta\tb\r\n',
    MOZ + 'x.com\tFALSE\t/\tFALSE\t4000000000\ta\tb',
    MOZ + 'x.com\tFALSE\t/\tFALSE\t4000000000\ta\n',
    MOZ + 'x.com FALSE / FALSE 4000000000 a b\n',
    MOZ + 'x.com\tFALSE\t/\tFALSE\tabc\ta\tb\n',
    MOZ + 'x.com\tTRUE\t/\tTRUE\t4000000000\ta\tb\n',
    MOZ + '.x.com\tTRUE\t/p\tTRUE\t4000000000\t\tb\n',
    MOZ + '# comment\n$ dollar\n\n   \n  x.com\tFALSE\t/\tFALSE\t4000000000\ta\tb  \n',
    MOZ + '#HttpOnly_x.com\tFALSE\t/\tFALSE\t4000000000\ta\tb\n',
    MOZ + '#httponly_x.com\tFALSE\t/\tFALSE\t4000000000\ta\tb\n',
    MOZ + 'X.COM\tfalse\t/\ttrue\t4000000000\ta\t b c \n',
    MOZ + 'x.com\tFALSE\t/\tFALSE\t\ta\tb\n',
    MOZ + 'x.com\tFALSE\t/\tFALSE\t100\ta\tb\n',
    MOZ + 'x.com\tFALSE\t/\tFALSE\t4000000000\ta\tb\nx.com\tFALSE\t/\tFALSE\t4000000000\ta\tc\n',
]
for text in SAMPLES:
    with open('in.txt', 'w', newline='') as f:
        f.write(text)
    for flags in [(False, False), (True, True)]:
        jar = cj.MozillaCookieJar()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                jar.load('in.txt', *flags)
                outcome = 'ok'
            except cj.LoadError as exc:
                outcome = 'LoadError: %s' % exc
        print(repr(text[-40:]), flags, outcome, [str(w.message).splitlines()[0] for w in caught])
        describe(jar)

print('===== LWP parsing')
LWP = '#LWP-Cookies-2.0\n'
LINES = [
    'Set-Cookie3: a=b; path="/"; domain="x.com"; path_spec; expires="2096-10-02 07:06:40Z"; version=0',
    'Set-Cookie3: a=b; path="/"; domain="x.com"; expires="2096-10-02 07:06:40Z"',
    'Set-Cookie3: a=b',
    'Set-Cookie3: a=b; domain=x.com; path=/',
    'Set-Cookie3: a=b; domain=x.com; path=/; expires="1971-01-01 00:00:00Z"',
    'Set-Cookie3: a=b; domain=x.com; path=/; expires="garbage"',
    'Set-Cookie3: a=b; domain=x.com; path=/; expires="2096-10-02 07:06:40Z"; version=x',
    'Set-Cookie3: a=b; domain=x.com; path=/; expires="2096-10-02 07:06:40Z"; version=1; port="80"; port_spec; secure; comment=c; commenturl=u; domain_dot; foo; Bar=baz',
    'Set-Cookie3: a=b; Domain=x.com; PATH=/; EXPIRES="2096-10-02 07:06:40Z"; VERSION=1; Secure; Path_Spec',
    'set-cookie3: a=b; domain=x.com; path=/; expires="2096-10-02 07:06:40Z"',
    'Set-Cookie3:a=c; domain=x.com; path=/; expires="2096-10-02 07:06:40Z"',
    'Set-Cookie3: a=b, c=d; domain=x.com; path=/; expires="2096-10-02 07:06:40Z"',
    'Set-Cookie3: a=b; domain=x.com; path=/; expires="2096-10-02 07:06:40Z"; expires="1990-01-01"',
    'Set-Cookie3: a=b; domain=.x.com; path=/; expires="2096-10-02 07:06:40Z"',
    'Set-Cookie3: a=b; domain=x.com; path=/; port; expires="2096-10-02 07:06:40Z"',
    'Other: x',
]
for magic in ('#LWP-Cookies-2.0', '#LWP-Cookies-1.0', ' #LWP-Cookies-2.0', 'garbage'):
    with open('in.lwp', 'w') as f:
        f.write(magic + '\n' + LINES[0] + '\n')
    try:
        jar = cj.LWPCookieJar('in.lwp')
        jar.load()
        print(repr(magic), 'ok', len(jar))
    except cj.LoadError as exc:
        print(repr(magic), 'LoadError:', exc)
for line in LINES:
    with open('in.lwp', 'w') as f:
        f.write(LWP + line + '\n')
    for flags in [(False, False), (True, True)]:
        jar = cj.LWPCookieJar()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                jar.load('in.lwp', *flags)
                outcome = 'ok'
            except cj.LoadError as exc:
                outcome = 'LoadError: %s' % exc
        print(repr(line[:50]), flags, outcome, len(caught))
        describe(jar)

print('===== round trip through a request')
jar = cj.LWPCookieJar('session.lwp')


class Response:
    def __init__(self, headers):
        self.msg = email.message.Message()
        for k, v in headers:
            self.msg[k] = v

    def info(self):
        return self.msg


req = Request('http://www.example.com/app/page')
jar.extract_cookies(Response([('Set-Cookie', 'sid=1; expires=Wed, 09-Feb-2094 22:23:32 GMT; path=/'),
                              ('Set-Cookie', 'tmp=2'),
                              ('Set-Cookie', 'dom=3; domain=.example.com; expires=Wed, 09-Feb-2094 22:23:32 GMT')]), req)
jar.save()
show_file('session.lwp')
jar.save(ignore_discard=True)
show_file('session.lwp')
moz = cj.MozillaCookieJar('session.txt')
for c in jar:
    moz.set_cookie(c)
moz.save(ignore_discard=True)
show_file('session.txt')
back = cj.MozillaCookieJar()
back.load('session.txt', ignore_discard=True)
req = Request('http://www.example.com/app/other')
back.add_cookie_header(req)
print('Cookie header after reload:', req.get_header('Cookie'))
print(sorted(n for n in os.listdir('.') if n.endswith(('.txt', '.lwp'))))
for n in ('cookies.txt', 'cookies.lwp', 'garbage.txt', 'in.txt', 'in.lwp', 'session.lwp', 'session.txt'):
    os.remove(n)
print(sorted(n for n in os.listdir('.') if n.endswith(('.txt', '.lwp'))))
