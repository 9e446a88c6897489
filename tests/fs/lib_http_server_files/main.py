# SimpleHTTPRequestHandler serving a directory tree it creates in the current
# directory: files, directory listings (byte for byte), redirects, index pages,
# If-Modified-Since, HEAD, keep-alive, errors; CGIHTTPRequestHandler's checks.
import io
import os
import sys
import http.server

MTIME = 1000000000  # Sun, 09 Sep 2001 01:46:40 GMT


def write(path, text):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


os.makedirs('site/sub/nested')
os.makedirs('site/empty')
os.makedirs('site/d with space')
os.makedirs('site/cgi-bin/folder')
write('site/hello.txt', 'hello, world\n')
write('site/Page.HTML', '<p>upper-case extension</p>\n')
write('site/sub/index.html', '<h1>sub index</h1>\n')
write('site/sub/nested/index.htm', 'nested htm index\n')
write('site/sub/other.txt', 'other\n')
for name in ['data.json', 'archive.tar.gz', 'x.bz2', 'x.xz', 'x.Z', 'script.py', 'noext',
             'style.css', '<&>"\'.txt', 'caf\xe9.txt', '100%.txt', 'a b#c?.txt', '.hidden',
             'UPPER.TXT', 'mixed.Gz']:
    write(os.path.join('site', name), 'content of ' + name + '\n')
write('site/cgi-bin/plain.cgi', 'not executable\n')
write('site/cgi-bin/tool.py', 'print("hi")\n')
os.symlink('hello.txt', 'site/link.txt')
os.symlink('sub', 'site/linkdir')
for folder, dirs, files in os.walk('site'):
    for name in dirs + files:
        os.utime(os.path.join(folder, name), (MTIME, MTIME), follow_symlinks=False)


class Connection:
    def __init__(self, data):
        self.data = data
        self.sent = []

    def makefile(self, mode, bufsize=None):
        return io.BytesIO(self.data)

    def sendall(self, chunk):
        self.sent.append(bytes(chunk))


class Fixed:
    """Deterministic Server/Date values and log times."""

    def version_string(self):
        return 'Files/1'

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            return 'NOW'
        return http.server.BaseHTTPRequestHandler.date_time_string(self, timestamp)

    def log_date_time_string(self):
        return 'LOGTIME'


class Files(Fixed, http.server.SimpleHTTPRequestHandler):
    pass


class Files11(Files):
    protocol_version = 'HTTP/1.1'


class Scripts(Fixed, http.server.CGIHTTPRequestHandler):
    pass


def fetch(request, cls=Files, directory='site', show_body=True):
    conn = Connection(request)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        cls(conn, ('127.0.0.1', 50000), None, directory=directory)
        outcome = None
    except Exception as exc:
        outcome = '%s: %s' % (type(exc).__name__, exc)
    log = sys.stderr.getvalue()
    sys.stderr = saved
    shown = '<absolute>/' + os.path.relpath(directory) if os.path.isabs(directory) else directory
    print('==', request.split(b'\r\n')[0], cls.__name__, shown)
    data = b''.join(conn.sent)
    head, sep, body = data.partition(b'\r\n\r\n')
    for line in head.split(b'\r\n'):
        print('   |', line)
    if sep and show_body:
        for line in body.split(b'\n'):
            print('   >', line)
    elif sep:
        print('   > (%d body bytes)' % len(body))
    for line in log.splitlines():
        print('   log:', line)
    if outcome:
        print('   raised', outcome)


def get(path, extra=b'', **kw):
    fetch(b'GET ' + path + b' HTTP/1.0\r\n' + extra + b'\r\n', **kw)


for path in [b'/', b'/hello.txt', b'/hello.txt?x=1#frag', b'/hello.txt/', b'/missing',
             b'/sub', b'/sub?q=1', b'/sub/', b'/sub/?q=1', b'/sub//', b'/sub/nested',
             b'/sub/nested/', b'/sub/index.html', b'/empty', b'/empty/', b'/d%20with%20space',
             b'/d%20with%20space/', b'/linkdir/', b'/link.txt', b'/Page.HTML',
             b'/data.json', b'/archive.tar.gz', b'/x.bz2', b'/x.xz', b'/x.Z', b'/mixed.Gz',
             b'/script.py', b'/noext', b'/.hidden', b'/UPPER.TXT', b'/caf%C3%A9.txt',
             b'/caf%E9.txt', b'/100%25.txt', b'/a%20b%23c%3F.txt', b'/%3C%26%3E%22%27.txt',
             b'/../main.py', b'/%2e%2e/main.py', b'/sub/../hello.txt', b'//sub',
             b'/sub%2F', b'http://example.com/hello.txt', b'/cgi-bin/']:
    get(path)

print('###### HEAD')
fetch(b'HEAD /hello.txt HTTP/1.0\r\n\r\n')
fetch(b'HEAD / HTTP/1.0\r\n\r\n')
fetch(b'HEAD /sub HTTP/1.0\r\n\r\n')
fetch(b'HEAD /missing HTTP/1.0\r\n\r\n')
fetch(b'POST /hello.txt HTTP/1.0\r\n\r\n')

print('###### If-Modified-Since')
for stamp in [b'Sun, 09 Sep 2001 01:46:40 GMT', b'Sun, 09 Sep 2001 01:46:39 GMT',
              b'Sun, 09 Sep 2001 01:46:41 GMT', b'Sun, 09 Sep 2001 01:46:40',
              b'Sun, 09 Sep 2001 03:46:40 +0200', b'Sun, 09 Sep 2001 01:46:40 -0000',
              b'Sun, 09 Sep 2001 01:46:40 +0000', b'Mon, 01 Jan 2035 00:00:00 GMT',
              b'garbage', b'', b'Sun, 09 Sep 2001 01:46:40 UTC']:
    get(b'/hello.txt', b'If-Modified-Since: ' + stamp + b'\r\n')
get(b'/hello.txt', b'If-Modified-Since: Mon, 01 Jan 2035 00:00:00 GMT\r\nIf-None-Match: "x"\r\n')
get(b'/sub/', b'If-Modified-Since: Mon, 01 Jan 2035 00:00:00 GMT\r\n')
get(b'/', b'If-Modified-Since: Mon, 01 Jan 2035 00:00:00 GMT\r\n', show_body=False)

print('###### other directories')
get(b'/hello.txt', directory='site/sub')
get(b'/other.txt', directory='site/sub')
get(b'/', directory='site/sub/nested')
get(b'/index.html', directory=os.path.join(os.getcwd(), 'site', 'sub'))

print('###### keep-alive')
fetch(b'GET /hello.txt HTTP/1.1\r\n\r\nGET /sub HTTP/1.1\r\n\r\n'
      b'HEAD /sub/ HTTP/1.1\r\n\r\nGET /missing HTTP/1.1\r\n\r\nGET /never HTTP/1.1\r\n\r\n',
      cls=Files11)

print('###### direct calls')
handler = object.__new__(Files)
handler.directory = 'site'
handler.path = '/gone/'
handler.requestline = 'GET /gone/ HTTP/1.0'
handler.request_version = 'HTTP/1.0'
handler.command = 'GET'
handler.client_address = ('127.0.0.1', 1)
handler.wfile = io.BytesIO()
saved = sys.stderr
sys.stderr = io.StringIO()
print(handler.list_directory('site/not-there'), handler.wfile.getvalue()[:40])
listing = handler.list_directory('site/sub')
sys.stderr = saved
print(type(listing).__name__, listing.read())
target = io.BytesIO()
handler.copyfile(io.BytesIO(b'z' * 70000), target)
print(len(target.getvalue()))
print(handler.guess_type('site/hello.txt'), handler.guess_type('site/archive.tar.gz'))

print('###### CGI checks')
for request in [b'GET /cgi-bin/missing.cgi HTTP/1.0', b'GET /cgi-bin/folder HTTP/1.0',
                b'GET /cgi-bin/folder/x.cgi?q HTTP/1.0', b'POST /cgi-bin/plain.cgi HTTP/1.0',
                b'GET /cgi-bin/tool.py/extra/path?a=1 HTTP/1.0', b'POST /hello.txt HTTP/1.0',
                b'GET /hello.txt HTTP/1.0', b'HEAD /htbin/none HTTP/1.0', b'GET /cgi-bin HTTP/1.0',
                b'GET /cgi-bin/../hello.txt HTTP/1.0']:
    fetch(request + b'\r\n\r\n', cls=Scripts, show_body=False)
