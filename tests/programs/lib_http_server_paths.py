# SimpleHTTPRequestHandler / CGIHTTPRequestHandler pieces that need no files:
# translate_path, guess_type, is_cgi, is_python; http.server.test() and the
# command line, with socket.getaddrinfo replaced so nothing really listens.
import io
import runpy
import socket
import sys
import http.server

S = http.server.SimpleHTTPRequestHandler
C = http.server.CGIHTTPRequestHandler

h = object.__new__(S)
h.directory = '/srv/www'
for path in ['', '/', '/a', 'a', '/a/', '/a/b/../c', '/../../x', '/a/./b',
             '/a?b/', '/a#b/', '/a/?b', '/a?q#f/', '/%2e%2e/x', '/a%2fb',
             '/a%2F..%2Fb', '/a/ ', '/a/ /', '/a b/', '//x//y//', '/.', '/..',
             '/x/..', '/x/../', '/%ff', '/%c3%a9t%C3%A9', '/%ed%a0%80',
             '\\a\\b', '/a\\..\\b', '/ ./', 'http://h/x/y', '/a;b', '/a+b',
             '/%25', '/a/%3F/b', 'rel/../../up', '../x/..', '/.hidden/./f']:
    print(repr(path), repr(h.translate_path(path)))
h.directory = '/srv/www/'
print(repr(h.translate_path('/a/b')), repr(h.translate_path('/')))
h.directory = 'relative'
print(repr(h.translate_path('/a/b/')), repr(h.translate_path('')))

print('## guess_type')
for path in ['a.gz', 'a.GZ', 'a.Z', 'a.z', 'a.tar.gz', 'a.bz2', 'a.BZ2', 'a.xz',
             'a.py', 'a.PY', 'a', 'a.', '.gz', 'a.gz/', 'a.html', 'a.HTM',
             'x/a.txt', 'a.TXT', 'a.json', 'a.png', 'a.css', 'a.js', 'a.wasm',
             'a.svg', 'a.csv', 'a.gif', 'a.weird', 'dir.d/file', 'a.tar']:
    print(path, h.guess_type(path))
print(sorted(S.extensions_map.items()))


class Mapped(S):
    extensions_map = dict(S.extensions_map, **{'.weird': 'x/weird', '': 'x/none',
                                                '.TXT': 'x/upper-txt'})


m = object.__new__(Mapped)
print(m.guess_type('a.weird'), m.guess_type('a.WEIRD'), m.guess_type('noext'),
      m.guess_type('a.TXT'), m.guess_type('a.txt'))
print(S.index_pages, S.server_version)

print('## CGI')
print(C.cgi_directories, C.rbufsize, C.have_fork == hasattr(__import__('os'), 'fork'))
c = object.__new__(C)
for path in ['/cgi-bin/x.py', '/cgi-bin/', '/cgi-bin', '/htbin/a/b?q=1',
             '/x/cgi-bin/y', '/cgi-bin/../etc/passwd', '/a/../cgi-bin/s.cgi?z',
             '/cgi-bin/sub/dir/s?a=b/c', '//cgi-bin//x', '/cgi-bin/./x',
             '/./cgi-bin/x', 'cgi-bin/x', '', '/', '/cgi-bin/x/../../htbin/y',
             '/CGI-BIN/x', '/cgi-bin%2Fx', '/cgi-bin/x#frag', '/cgi-bin/%2e%2e/x',
             '/..', '/../cgi-bin/x', '/cgi-bin/a/./b/../c/', '/cgi-bin/..',
             '/cgi-bin/x?/../y', '/cgi-bin/a%3Fb/c', '/htbin?x', '/cgi-bin/x?']:
    c.path = path
    c.__dict__.pop('cgi_info', None)
    try:
        result = c.is_cgi()
    except Exception as exc:
        result = '%s: %s' % (type(exc).__name__, exc)
    print(repr(path), result, getattr(c, 'cgi_info', None))


class Nested(C):
    cgi_directories = ['/apps/bin', '/cgi-bin']


n = object.__new__(Nested)
for path in ['/apps/bin/run', '/apps/x', '/apps/bin', '/cgi-bin/y']:
    n.path = path
    print(path, n.is_cgi(), getattr(n, 'cgi_info', None))
print([c.is_python(p) for p in ('a.py', 'a.PYW', 'a.pyc', 'py', 'dir.py/x', '.py')])

print('## test()')
calls = []


def fake_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    calls.append((host, port, family, int(type), proto, int(flags)))
    if host == 'fail':
        raise OSError(-2, 'Name or service not known')
    if host and ':' in host:
        return [(socket.AF_INET6, socket.SOCK_STREAM, 6, '', (host, port, 0, 0))]
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, '', (host or '0.0.0.0', port)),
            (socket.AF_INET6, socket.SOCK_STREAM, 6, '', ('::', port, 0, 0))]


socket.getaddrinfo = fake_getaddrinfo


class FakeListener:
    def __init__(self, address):
        self.address = address

    def getsockname(self):
        return self.address


class FakeServer:
    address_family = None
    stop_with = KeyboardInterrupt

    def __init__(self, address, handler):
        print('   server', address, handler.__name__, handler.protocol_version,
              type(self).address_family == socket.AF_INET6)
        self.socket = FakeListener(address)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print('   closed with', exc[0].__name__ if exc[0] else None)

    def serve_forever(self):
        print('   serving')
        raise self.stop_with()


class Quiet(http.server.BaseHTTPRequestHandler):
    pass


for kwargs in [{}, {'bind': '::1', 'port': 81, 'protocol': 'HTTP/1.1'},
               {'bind': '127.0.0.1', 'port': 0}, {'bind': 'fail'}]:
    print('test', kwargs)
    try:
        http.server.test(Quiet, FakeServer, **kwargs)
    except SystemExit as exc:
        print('   SystemExit', exc.code)
    except OSError as exc:
        print('   OSError', exc.errno, exc.strerror)
FakeServer.stop_with = ValueError
try:
    http.server.test(Quiet, FakeServer)
except ValueError:
    print('   ValueError passed through')
print(calls)

print('## command line')


def refusing_getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    calls.append((host, port))
    raise OSError(97, 'Address family not supported by protocol')


socket.getaddrinfo = refusing_getaddrinfo
saved_argv = sys.argv
for argv in [[], ['-b', '127.0.0.1', '9000'], ['--cgi', '-d', '/tmp', '-p', 'HTTP/1.1', '1234'],
             ['--bind', 'fail'], ['abc'], ['-x'], ['--help'], ['1', '2']]:
    sys.argv = ['server.py'] + argv
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    del calls[:]
    sys.modules.pop('http.server', None)  # avoid runpy's 'found in sys.modules' warning
    try:
        runpy.run_module('http.server', run_name='__main__')
        outcome = 'returned'
    except SystemExit as exc:
        outcome = 'SystemExit %s' % exc.code
    except OSError as exc:
        outcome = 'OSError %s %s' % (exc.errno, exc.strerror)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(argv, outcome, calls)
    for line in out.getvalue().splitlines() + err.getvalue().splitlines():
        print('   |', line)
sys.argv = saved_argv
