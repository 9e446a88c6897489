# BaseHTTPRequestHandler's response side: send_error for many codes, messages
# and methods, send_response/send_header/end_headers/flush_headers, the log
# format, the responses table and the module-level names.
import io
import sys
import time
import http.server
from http import HTTPStatus


class Sink:
    def __init__(self, data):
        self.data = data
        self.sent = []

    def makefile(self, mode, bufsize=None):
        return io.BytesIO(self.data)

    def sendall(self, chunk):
        self.sent.append(bytes(chunk))


class Handler(http.server.BaseHTTPRequestHandler):
    def date_time_string(self, timestamp=None):
        return 'DATE'

    def log_date_time_string(self):
        return 'LOGTIME'

    def version_string(self):
        return 'Srv/2'

    def do_GET(self):
        for step in STEPS:
            try:
                result = step[0](self, *step[1:])
            except Exception as exc:
                print('   raised', type(exc).__name__, exc)
            else:
                if result is not None:
                    print('   returned', result)
        print('   close_connection', self.close_connection)

    do_HEAD = do_GET


def drive(request, steps, cls=Handler):
    global STEPS
    STEPS = steps
    conn = Sink(request)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        cls(conn, ('192.0.2.1', 80), None)
    finally:
        log = sys.stderr.getvalue()
        sys.stderr = saved
    print('== %r %s' % (request.split(b'\r\n')[0], [s[0].__name__ for s in steps]))
    for chunk in conn.sent:
        print('   sent', chunk)
    for line in log.splitlines():
        print('   log:', line)


B = http.server.BaseHTTPRequestHandler
GET10 = b'GET /x HTTP/1.0\r\n\r\n'
HEAD10 = b'HEAD /x HTTP/1.0\r\n\r\n'
GET09 = b'GET /x\r\n'

for request in (GET10, HEAD10, GET09):
    for args in [(404,), (404, 'Gone fishing'), (404, 'Gone', 'Really gone'),
                 (500, '<b>&amp;</b>', '"quoted" & <tagged>'),
                 (999,), (199,), (100,), (200,), (204,), (205,), (304,),
                 (HTTPStatus.IM_A_TEAPOT,), (418, None, 'custom explain'),
                 (400, '', ''), (403, 'caf\xe9', 'na\xefve \u20ac'),
                 (501, 'line1\r\nline2')]:
        drive(request, [(B.send_error,) + args])

print('###### header plumbing')
drive(GET10, [(B.send_error, 404, '\u20ac')])
drive(GET10, [(B.send_response, 200, '\u20ac')])
drive(GET10, [(B.send_header, 'X', '\u20ac')])
drive(GET10, [(B.send_error, 'x')])
drive(GET10, [(B.send_response, 'x')])
drive(GET10, [(B.send_error, 404.5)])
drive(GET10, [(B.send_header, 'A', 'b'), (B.send_header, 'Connection', 'Keep-Alive'),
              (B.flush_headers,), (B.send_header, 'Num', 5), (B.end_headers,)])
drive(GET10, [(B.send_response, 299), (B.send_response, 200, ''),
              (B.send_response_only, 201), (B.send_response_only, 202, 'Later'),
              (B.end_headers,), (B.end_headers,), (B.flush_headers,)])
drive(GET10, [(B.send_header, 'Connection', 'keep-alive'),
              (B.send_header, 'connection', 'CLOSE'),
              (B.send_header, 'Connection', 'upgrade'), (B.end_headers,)])
drive(GET09, [(B.send_response, 200), (B.send_header, 'Connection', 'keep-alive'),
              (B.end_headers,), (B.flush_headers,)])
drive(GET10, [(B.send_header, 'Connection', 5)])
drive(GET10, [(B.handle_expect_100,), (B.send_response_only, HTTPStatus.OK)])

print('###### logging')
drive(GET10, [(B.log_request,), (B.log_request, 201), (B.log_request, 202, 7),
              (B.log_request, HTTPStatus.NOT_FOUND, 'x'),
              (B.log_error, 'err %s-%d', 'a', 3),
              (B.log_message, 'ctl \x00\x1f\x7f\x80\x9f\xa0\t\n\r\xff\u20ac %s', '\x01'),
              (B.log_message, '100%% plain'),
              (B.log_message, 'no args %s'),
              (B.log_message, '%(a)s', {'a': 1}),
              (B.log_message, '%s %s', 'one')])


class RealLog(http.server.BaseHTTPRequestHandler):
    """Uses the real log_date_time_string with a fixed clock."""

    def log_date_time_string(self):
        real_time = time.time
        time.time = lambda: 1700000000.0 + time.timezone
        try:
            return http.server.BaseHTTPRequestHandler.log_date_time_string(self)
        finally:
            time.time = real_time

    def version_string(self):
        return 'Srv/2'

    def date_time_string(self, timestamp=None):
        return 'DATE'

    def do_GET(self):
        self.send_error(410)


drive(GET10, [], RealLog)

print('###### helpers')
h = object.__new__(B)
h.client_address = ('203.0.113.5', 8080)
print(h.address_string())
print(B.server_version, B.sys_version == 'Python/' + sys.version.split()[0])
print(h.version_string() == B.server_version + ' ' + B.sys_version)
for stamp in (0, 1, 1e9, 1e9 + 0.75, 1700000000, 951782400, -1, 86399.999):
    print(stamp, h.date_time_string(stamp))
print(len(h.date_time_string()), h.date_time_string()[-4:])
logstamp = h.log_date_time_string()
print(len(logstamp), logstamp[2] + logstamp[6] + logstamp[11] + logstamp[14] + logstamp[17],
      logstamp[3:6] in B.monthname)
print(B.weekdayname, B.monthname)
print(B.protocol_version, B.default_request_version, B.error_content_type)
print(B.error_message_format == http.server.DEFAULT_ERROR_MESSAGE)
print(repr(http.server.DEFAULT_ERROR_MESSAGE))
print(http.server.DEFAULT_ERROR_CONTENT_TYPE)
print(len(B.responses), B.responses[200], B.responses[404], B.responses[HTTPStatus.IM_A_TEAPOT])
print(sorted(int(k) for k in B.responses)[:10], all(isinstance(k, HTTPStatus) for k in B.responses))
print(all(v == (k.phrase, k.description) for k, v in B.responses.items()))
print(sorted(http.server.__all__))
print(http.server.__version__)
print(issubclass(B, http.server.socketserver.StreamRequestHandler))
print(B.rbufsize, B.wbufsize, B.timeout, B.disable_nagle_algorithm)
print(http.server.HTTPServer.allow_reuse_address, http.server.ThreadingHTTPServer.daemon_threads)
print([c.__name__ for c in http.server.ThreadingHTTPServer.__mro__])
print(http.server.SimpleHTTPRequestHandler.server_version,
      http.server.CGIHTTPRequestHandler.server_version)


class Custom(Handler):
    error_message_format = '<%(code)d|%(message)s|%(explain)s>'
    error_content_type = 'text/x-custom'
    responses = dict(B.responses)
    responses[404] = ('Nope', 'Nothing to see')
    monthname = B.monthname


drive(GET10, [(B.send_error, 404), (B.send_error, 403)], Custom)


class Broken(Handler):
    error_message_format = '%(code)d %(missing)s'


drive(GET10, [(B.send_error, 404)], Broken)

# end_headers before anything was queued fails (there is no header buffer yet).
h = object.__new__(B)
h.request_version = 'HTTP/1.0'
h.wfile = io.BytesIO()
try:
    h.end_headers()
except AttributeError:
    print('end_headers without headers: AttributeError')
h.flush_headers()
print(h.wfile.getvalue())
