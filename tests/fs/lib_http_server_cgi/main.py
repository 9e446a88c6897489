# CGIHTTPRequestHandler without processes: subprocess.Popen is replaced by a
# recorder, and the handler runs in its pipe mode (have_fork = False).  Checks
# the script location walk, the 403/404/501 answers, argv, the CGI
# environment (RFC 3875 meta-variables layered over os.environ), the POST
# body handed to the script, the relayed output and the log lines.
import base64
import io
import os
import subprocess
import sys
import http.server

# Python scripts run under sys.executable; give it a fixed value.
sys.executable = '/opt/python/bin/python3'
os.makedirs('site/cgi-bin/sub/deeper')
os.makedirs('site/cgi-bin/d.py')
os.makedirs('site/cgi-bin/a b')
os.makedirs('site/htbin')
for name in ['env.sh', 'sub/deep.sh', 'sub/deeper/x.cgi', 'x.py', 'a b/s p.cgi', 'q?z', 'tool.pyw']:
    with open(os.path.join('site/cgi-bin', name), 'w') as f:
        f.write('#!/bin/sh\n')

# Inherited variables: some survive when the request lacks them.
for key in ['HTTP_COOKIE', 'CONTENT_LENGTH', 'AUTH_TYPE', 'REMOTE_USER', 'HTTP_REFERER',
            'REMOTE_HOST', 'HTTP_ACCEPT', 'CONTENT_TYPE', 'PATH_INFO', 'QUERY_STRING',
            'HTTP_USER_AGENT', 'HTTP_HOST', 'SERVER_NAME']:
    os.environ[key] = 'outer-' + key.lower()
OUTER = dict(os.environ)


class FakeStream:
    """Pipe end of the fake process (closing it is not part of the check)."""

    def __init__(self, name):
        self.name = name

    def close(self):
        pass


class FakeProcess:
    outcome = (b'Content-Type: text/plain\r\n\r\nscript output\n', b'', 0)

    def __init__(self, argv, **options):
        print('   Popen', argv, sorted(k for k in options if k != 'env'))
        env = options['env']
        changed = sorted((k, v) for k, v in env.items() if OUTER.get(k) != v)
        print('   env', changed)
        print('   env removed', sorted(k for k in OUTER if k not in env))
        if env.get('QUERY_STRING') == 'refuse':
            raise OSError(8, 'Exec format error')
        self.stdout, self.stderr = FakeStream('stdout'), FakeStream('stderr')

    def communicate(self, data=None):
        print('   communicate', data)
        out, err, self.returncode = FakeProcess.outcome
        return out, err


subprocess.Popen = FakeProcess
READY_FD = os.open('main.py', os.O_RDONLY)


class Connection:
    def __init__(self, data):
        self.data = data
        self.sent = []

    def makefile(self, mode, bufsize=None):
        stream = io.BytesIO(self.data)
        stream._sock = self
        return stream

    def sendall(self, chunk):
        self.sent.append(bytes(chunk))

    def fileno(self):
        return READY_FD

    def recv(self, size):
        return b''


class Server:
    server_name = 'cgi.example'
    server_port = 8080


class Scripts(http.server.CGIHTTPRequestHandler):
    have_fork = False

    def version_string(self):
        return 'Scripts/1'

    def date_time_string(self, timestamp=None):
        return 'NOW'

    def log_message(self, format, *args):
        print('   log:', format % args)

    def is_executable(self, path):
        print('   is_executable', path)
        return not path.endswith('.cgi')

    def is_python(self, path):
        answer = super().is_python(path)
        print('   is_python', path, answer)
        return answer


def fetch(line, headers=(), body=b'', cls=Scripts):
    raw = (line + '\r\n').encode('latin-1')
    raw += b''.join(('%s: %s\r\n' % pair).encode('latin-1') for pair in headers)
    raw += b'\r\n' + body
    conn = Connection(raw)
    print('==', line, list(headers))
    try:
        cls(conn, ('192.0.2.9', 40000), Server(), directory='site')
    except Exception as exc:
        print('   raised %s: %s' % (type(exc).__name__, exc))
    data = b''.join(conn.sent)
    head, sep, rest = data.partition(b'\r\n\r\n')
    for item in head.split(b'\r\n'):
        print('   |', item)
    if rest:
        print('   >', rest[:80])


def b64(text):
    return base64.b64encode(text.encode('latin-1')).decode('ascii')


print('###### scripts and environment')
fetch('GET /cgi-bin/env.sh HTTP/1.0')
fetch('GET /cgi-bin/env.sh/p%2541/q%20r?x+y HTTP/1.1')
fetch('POST /cgi-bin/env.sh?a=b HTTP/1.0', [('Content-Length', '5'), ('Content-Type', '')], b'hello-and-more')
fetch('post /cgi-bin/env.sh HTTP/1.0', [('Content-Length', '3')], b'abc')
for length in ['abc', '-3', '', '0', ' 4 ']:
    fetch('POST /cgi-bin/env.sh HTTP/1.0', [('Content-Length', length)], b'body')
fetch('GET /cgi-bin/env.sh HTTP/1.0', [('Content-Length', '4')], b'body')
fetch('GET /cgi-bin/env.sh HTTP/1.0', [('Content-Type', 'a/b'), ('Content-Type', 'c/d')])
fetch('GET /cgi-bin/env.sh HTTP/1.0', [('Referer', ''), ('User-Agent', ''), ('Cookie', ''), ('Accept', '')])
fetch('GET /cgi-bin/env.sh HTTP/1.0', [('Accept', 'a'), ('Accept', ''), ('Accept', 'b, c'),
                                       ('Cookie', 'x=1'), ('Cookie', ''), ('Cookie', 'y=2'),
                                       ('Referer', 'http://r/'), ('User-Agent', 'UA/1'),
                                       ('Host', 'h'), ('X-Other', 'o')])
print('###### credentials')
for auth in ['Basic ' + b64('u:p'), 'Basic ' + b64('u:'), 'Basic ' + b64(':p'), 'Basic ' + b64(':'),
             'Basic ' + b64('u:p:q'), 'Basic ' + b64('u'), 'Basic abc', 'Basic \xe9',
             'Basic ' + b64('\xe9:p'), 'BASIC ' + b64('u:p'), 'basic ' + b64('u:p'), 'Basic',
             'Basic  ' + b64('x:y') + '  ', 'Negotiate abc', 'A B C', '', 'Basic !!!!']:
    fetch('GET /cgi-bin/env.sh HTTP/1.0', [('Authorization', auth)])
print('###### locating the script')
for path in ['/cgi-bin/sub/deep.sh', '/cgi-bin/sub/deeper/x.cgi/more?q', '/cgi-bin/sub?x/deep.sh',
             '/cgi-bin/x.py', '/cgi-bin/x%252Epy', '/cgi-bin/tool.pyw?1+2',
             '/cgi-bin/a%20b/s%20p.cgi/i%20j?k%20l', '/cgi-bin/q%3Fz', '/cgi-bin/q%253Fz',
             '/cgi-bin/env.sh?a?b', '/cgi-bin/env.sh?', '/cgi-bin/sub/../env.sh', '/htbin/sub/x',
             '/cgi-bin/sub/deeper', '/cgi-bin/env.sh%3Fx', '/cgi-bin/env.sh/', '/cgi-bin/env.sh//x',
             '/cgi-bin//env.sh', '/cgi-bin/d.py', '/cgi-bin/d.py/x', '/cgi-bin/', '/cgi-bin/sub/',
             '/cgi-bin/missing/x', '/cgi-bin/env.sh?a/b/../c', '/cgi-bin/sub/deeper/x.cgi?q/r']:
    fetch('GET ' + path + ' HTTP/1.0')
fetch('HEAD /cgi-bin/env.sh HTTP/1.0')
fetch('PUT /cgi-bin/env.sh HTTP/1.0')
fetch('POST /nocgi HTTP/1.0')
fetch('POST /cgi-bin HTTP/1.0')
print('###### outcomes')
for outcome in [(b'', b'', 0), (b'partial', b'oops\n', 3), (b'x', b'', -9), (b'', b'only errors', 0)]:
    FakeProcess.outcome = outcome
    fetch('GET /cgi-bin/env.sh HTTP/1.0')
fetch('GET /cgi-bin/env.sh?refuse HTTP/1.0')


class Server11(Scripts):
    protocol_version = 'HTTP/1.1'


fetch('GET /cgi-bin/env.sh HTTP/1.1', cls=Server11)
os.close(READY_FD)
