# BaseHTTPRequestHandler driven over in-memory streams: request-line parsing,
# every error path, header limits, keep-alive, Expect: 100-continue, 414/431/501.
import io
import sys
import http.server


class FakeConnection:
    """A request object: makefile() gives the request bytes, sendall() collects output."""

    def __init__(self, data):
        self.data = data
        self.sent = []

    def makefile(self, mode, bufsize=None):
        return io.BytesIO(self.data)

    def sendall(self, chunk):
        self.sent.append(bytes(chunk))


class Handler(http.server.BaseHTTPRequestHandler):
    def date_time_string(self, timestamp=None):
        return 'DATE' if timestamp is None else 'DATE(%r)' % (timestamp,)

    def log_date_time_string(self):
        return 'LOGTIME'

    def version_string(self):
        return 'TestServer/1.0'

    def do_GET(self):
        body = ('path=%s version=%s headers=%s\n'
                % (self.path, self.request_version, self.headers.items())).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        size = int(self.headers.get('Content-Length', 0))
        data = self.rfile.read(size)
        self.send_response(201, 'Stored')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_SLOW(self):
        raise TimeoutError('read timed out')


class Handler11(Handler):
    protocol_version = 'HTTP/1.1'


def run(data, cls=Handler):
    conn = FakeConnection(data)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        handler = cls(conn, ('10.0.0.7', 4242), None)
        state = (handler.close_connection, handler.command,
                 getattr(handler, 'path', '<unset>'), handler.request_version,
                 handler.requestline)
    except Exception as exc:
        state = ('EXC', type(exc).__name__, str(exc))
    log = sys.stderr.getvalue()
    sys.stderr = saved
    shown = data if len(data) < 70 else data[:40] + b'...(%d bytes)' % len(data)
    print('==', cls.__name__, shown)
    out = b''.join(conn.sent)
    if len(out) > 600:
        out = out[:600] + b'...'
    for line in out.split(b'\n'):
        print('   |', line)
    for line in log.splitlines():
        print('   log:', line if len(line) < 160 else line[:160] + '...')
    shown_state = repr(state)
    if len(shown_state) > 200:
        shown_state = shown_state[:200] + '...'
    print('   state:', shown_state)


requests = [
    b'GET / HTTP/1.0\r\n\r\n',
    b'GET /index?q=1 HTTP/1.0\r\nHost: example\r\nX-Multi: a\r\nX-Multi: b\r\n\r\n',
    b'GET /\r\n',
    b'GET HTTP/1.1\r\n',
    b'',
    b'\r\n',
    b'   \r\n',
    b'GET\r\n',
    b'POST /\r\n',
    b'GET / HTTP/2.0\r\n\r\n',
    b'GET / HTTP/3.1\r\nConnection: keep-alive\r\n\r\n',
    b'GET / HTTP/1\r\n\r\n',
    b'GET / HTTP/1.1.1\r\n\r\n',
    b'GET / HTTP/a.b\r\n\r\n',
    b'GET / HTTP/+1.1\r\n\r\n',
    b'GET / HTTP/1.-1\r\n\r\n',
    b'GET / HTTP/\xb2.1\r\n\r\n',
    b'GET / http/1.1\r\n\r\n',
    b'GET / HTTP/1.00000000001\r\n\r\n',
    b'GET / HTTP/1.0000000000\r\n\r\n',
    b'GET / HTTP/01.1\r\n\r\n',
    b'GET / HTTP/0.9\r\n\r\n',
    b'GET / HTTP/1.0 extra\r\n\r\n',
    b'A B C HTTP/1.1\r\n\r\n',
    b'  GET \t /spaced   HTTP/1.0  \r\n\r\n',
    b'GET //double//slash HTTP/1.0\r\n\r\n',
    b'GET ///x HTTP/1.0\r\n\r\n',
    b'GET /caf\xe9 HTTP/1.0\r\nX-Latin: \xe9\r\n\r\n',
    b'GET /ctl\x01\x7f HTTP/1.0\r\n\r\n',
    b'GET / HTTP/1.0\nHost: lf-only\n\n',
    b'GET / HTTP/1.0\r\r\n\r\n',
    b'get / HTTP/1.0\r\n\r\n',
    b'PUT /x HTTP/1.0\r\n\r\n',
    b'HEAD /x HTTP/1.0\r\n\r\n',
    b'SLOW /x HTTP/1.1\r\n\r\n',
    b'POST /p HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello',
    b'GET / HTTP/1.0\r\nFolded: one\r\n  two\r\n\r\n',
    b'GET / HTTP/1.0\r\n' + b'H: v\r\n' * 99 + b'\r\n',
    b'GET / HTTP/1.0\r\n' + b'H: v\r\n' * 100 + b'\r\n',
    b'GET / HTTP/1.0\r\n' + b'H: v\r\n' * 100,
    b'GET / HTTP/1.0\r\nX: ' + b'a' * 65531 + b'\r\n\r\n',
    b'GET / HTTP/1.0\r\nX: ' + b'a' * 65532 + b'\r\n\r\n',
    b'GET /' + b'a' * 65520 + b' HTTP/1.0\r\n\r\n',
    b'GET /' + b'a' * 65521 + b' HTTP/1.0\r\n\r\n',
]

for raw in requests:
    run(raw)

print('###### protocol HTTP/1.1')
persistent = [
    b'GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n',
    b'GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\nGET /c HTTP/1.1\r\n\r\n',
    b'GET /a HTTP/1.0\r\n\r\nGET /b HTTP/1.1\r\n\r\n',
    b'GET /a HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nGET /b HTTP/1.0\r\n\r\n',
    b'GET /a HTTP/1.1\r\nConnection: close\r\nConnection: keep-alive\r\n\r\nGET /b HTTP/1.1\r\n\r\n',
    b'POST /p HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /after HTTP/1.1\r\n\r\n',
    b'GET /e HTTP/1.1\r\nExpect: 100-Continue\r\n\r\n',
    b'GET /e HTTP/1.0\r\nExpect: 100-continue\r\n\r\n',
    b'GET /e HTTP/1.10\r\nExpect: 100-continue\r\n\r\n',
    b'GET /e HTTP/01.1\r\nExpect: 100-continue\r\n\r\n',
    b'GET / HTTP/2.0\r\n\r\nGET /never HTTP/1.1\r\n\r\n',
    b'PUT /x HTTP/1.1\r\n\r\nGET /never HTTP/1.1\r\n\r\n',
    b'SLOW /x HTTP/1.1\r\n\r\nGET /never HTTP/1.1\r\n\r\n',
    b'GET /a HTTP/1.1\r\n\r\n\r\nGET /b HTTP/1.1\r\n\r\n',
]
for raw in persistent:
    run(raw, Handler11)


class Refusing(Handler11):
    def handle_expect_100(self):
        self.send_error(417)
        return False


run(b'POST /big HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 9\r\n\r\n', Refusing)


class Probe(Handler11):
    """Calls parse_request() itself and reports the attributes it set."""

    def handle(self):
        self.close_connection = 'untouched'
        self.raw_requestline = self.rfile.readline(65537)
        result = self.parse_request()
        print('   parse_request ->', result, self.command,
              getattr(self, 'path', '<unset>'), self.request_version,
              self.close_connection, repr(self.requestline),
              getattr(self, 'headers', None) is not None)


for raw in [b'GET / HTTP/1.1\r\n', b'GET / HTTP/2.0\r\n', b'X Y Z HTTP/1.1\r\n',
            b'POST /\r\n', b'\r\n', b'GET / HTTP/1.1\r\n' + b'a: b\r\n' * 101,
            b'GET / HTTP/1.1\r\nConnection: close\r\n\r\n']:
    run(raw, Probe)
