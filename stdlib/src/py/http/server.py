"""HTTP servers and request handlers (pyrs's http.server).

BaseHTTPRequestHandler parses requests and writes responses; the do_<METHOD>
methods of a subclass produce the content.  SimpleHTTPRequestHandler serves
files below a directory, CGIHTTPRequestHandler also runs CGI scripts.

pyrs runs on WASI: servers cannot listen (the socket module raises OSError)
and CGI scripts cannot run (no processes), but handlers work over any
stream-like request object.
"""

__version__ = "0.6"

__all__ = [
    "HTTPServer", "ThreadingHTTPServer",
    "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler", "CGIHTTPRequestHandler",
]

import contextlib
import datetime
import email.message
import email.parser
import email.utils
import html
import io
import math
import mimetypes
import os
import posixpath
import re
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse

from http import HTTPStatus

try:
    from http.client import HTTPMessage as _HeaderType
except ImportError:
    # pyrs's http.client has no HTTPMessage yet: stand in with one that looks
    # the same from outside.
    class _HeaderType(email.message.Message):
        """Parsed request headers."""

    _HeaderType.__name__ = _HeaderType.__qualname__ = 'HTTPMessage'
    _HeaderType.__module__ = 'http.client'


DEFAULT_ERROR_MESSAGE = (
    '<!DOCTYPE HTML>\n'
    '<html lang="en">\n'
    '    <head>\n'
    '        <meta charset="utf-8">\n'
    '        <title>Error response</title>\n'
    '    </head>\n'
    '    <body>\n'
    '        <h1>Error response</h1>\n'
    '        <p>Error code: %(code)d</p>\n'
    '        <p>Message: %(message)s.</p>\n'
    '        <p>Error code explanation: %(code)s - %(explain)s.</p>\n'
    '    </body>\n'
    '</html>\n'
)

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

# Limits on what a client may send before the handler gives up.
_MAX_LINE = 65536
_MAX_HEADER_LINES = 100

_HTTP_VERSION = re.compile(r'HTTP/([0-9]{1,10})\.([0-9]{1,10})')
_CONTROL_CHARS = re.compile('[\x00-\x1f\x7f-\x9f]')

_LISTING_PAGE = (
    '<!DOCTYPE HTML>\n'
    '<html lang="en">\n'
    '<head>\n'
    '<meta charset="{charset}">\n'
    '<title>{title}</title>\n'
    '</head>\n'
    '<body>\n'
    '<h1>{title}</h1>\n'
    '<hr>\n'
    '<ul>\n'
    '{items}'
    '</ul>\n'
    '<hr>\n'
    '</body>\n'
    '</html>\n'
)


class HTTPServer(socketserver.TCPServer):
    """TCP server that also records its host name and port once bound."""

    allow_reuse_address = 1

    def server_bind(self):
        super().server_bind()
        self.server_name = socket.getfqdn(self.server_address[0])
        self.server_port = self.server_address[1]


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


class _Refusal(Exception):
    """A request the handler answers with an error status instead of serving it.

    `version` is the request version to adopt before answering (None: keep the
    default) and `keep_open` the connection persistence decided so far.
    """

    def __init__(self, code, message, explain=None, version=None, keep_open=False):
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.explain = explain
        self.version = version
        self.keep_open = keep_open


def _version_tuple(text):
    """(major, minor) of an 'HTTP/x.y' token, or None when malformed."""
    found = _HTTP_VERSION.fullmatch(text)
    if found is None:
        return None
    return int(found.group(1)), int(found.group(2))


def _inspect_request_line(line, server_protocol):
    """Validate a request line.

    Returns (command, path, version or None, keep_open), or None for a blank
    line; raises _Refusal.
    """
    words = line.split()
    if not words:
        return None
    version = None
    keep_open = False
    if len(words) >= 3:
        claimed = words[-1]
        number = _version_tuple(claimed)
        if number is None:
            raise _Refusal(HTTPStatus.BAD_REQUEST,
                           "Bad request version (%r)" % claimed)
        keep_open = number >= (1, 1) and server_protocol >= "HTTP/1.1"
        if number >= (2, 0):
            raise _Refusal(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                           "Invalid HTTP version (%s)" % claimed[len("HTTP/"):],
                           keep_open=keep_open)
        version = claimed
    if len(words) not in (2, 3):
        raise _Refusal(HTTPStatus.BAD_REQUEST,
                       "Bad request syntax (%r)" % line,
                       version=version, keep_open=keep_open)
    command, path = words[0], words[1]
    if version is None:
        keep_open = False
        if command != 'GET':
            raise _Refusal(HTTPStatus.BAD_REQUEST,
                           "Bad HTTP/0.9 request type (%r)" % command)
    if path.startswith('//'):
        # A leading '//' would read as a network location; keep one slash.
        path = '/' + path.lstrip('/')
    return command, path, version, keep_open


def _read_header_block(rfile):
    """Read header lines up to the blank line (or EOF), as latin-1 text."""
    lines = []
    while True:
        line = rfile.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE:
            raise _Refusal(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                           "Line too long",
                           "got more than %d bytes when reading header line"
                           % _MAX_LINE)
        lines.append(line)
        if len(lines) > _MAX_HEADER_LINES:
            raise _Refusal(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                           "Too many headers",
                           "got more than %d headers" % _MAX_HEADER_LINES)
        if line in (b'\r\n', b'\n', b''):
            return b''.join(lines).decode('iso-8859-1')


def _escape_controls(text):
    """Show control characters as \\xNN so log lines stay on one line."""
    return _CONTROL_CHARS.sub(lambda m: '\\x%02x' % ord(m.group()), text)


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses HTTP requests and dispatches them to do_<COMMAND>() methods.

    After parsing, the request is described by command, path,
    request_version and headers; rfile holds any body and responses go to
    wfile through send_response()/send_header()/end_headers().
    """

    sys_version = f"Python/{sys.version.split()[0]}"
    server_version = f"BaseHTTP/{__version__}"
    error_message_format, error_content_type = DEFAULT_ERROR_MESSAGE, DEFAULT_ERROR_CONTENT_TYPE

    # Version assumed for a request line without one, and the version we
    # answer with; "HTTP/1.1" enables persistent connections (responses then
    # need a Content-Length).
    default_request_version, protocol_version = "HTTP/0.9", "HTTP/1.0"

    MessageClass = _HeaderType

    # Status code -> (short reason, longer explanation).
    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus}

    weekdayname = 'Mon Tue Wed Thu Fri Sat Sun'.split()
    monthname = [None] + 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()

    # Reading requests.

    def parse_request(self):
        """Parse raw_requestline and the headers; False if an error was sent."""
        self.command, self.request_version = None, self.default_request_version
        self._expect_close()
        self.requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        try:
            outcome = _inspect_request_line(self.requestline, self.protocol_version)
            if outcome is None:
                return False
            self.command, self.path, version, keep_open = outcome
            self._adopt(version, keep_open)
            block = _read_header_block(self.rfile)
        except _Refusal as refusal:
            if self.command is None:
                self._adopt(refusal.version, refusal.keep_open)
            self.send_error(refusal.code, refusal.message, refusal.explain)
            return False
        self.headers = email.parser.Parser(_class=self.MessageClass).parsestr(block)

        modern = self.protocol_version >= "HTTP/1.1"
        persistence = self.headers.get('Connection', '').lower()
        if persistence == 'close' or (persistence == 'keep-alive' and modern):
            self.close_connection = persistence == 'close'

        expectation = self.headers.get('Expect', '').lower()
        if (expectation == '100-continue' and modern
                and self.request_version >= "HTTP/1.1"):
            return bool(self.handle_expect_100())
        return True

    def _adopt(self, version, keep_open):
        """Record what the request line decided about version and persistence."""
        if version is not None:
            self.request_version = version
        self.close_connection = not keep_open

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue'; return False to refuse the body."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read, parse and dispatch one request."""
        try:
            self._exchange()
        except TimeoutError as exc:
            self.log_error("Request timed out: %r", exc)
            self._expect_close()

    def _expect_close(self):
        self.close_connection = True

    def _exchange(self):
        """One request/response (nothing but a close when the client hung up)."""
        line = self.raw_requestline = self.rfile.readline(_MAX_LINE + 1)
        if not line:
            self._expect_close()
        elif len(line) > _MAX_LINE:
            self.requestline = self.request_version = self.command = ''
            self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
        elif self.parse_request():
            handler = 'do_' + self.command
            if hasattr(self, handler):
                getattr(self, handler)()
                self.wfile.flush()
            else:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Unsupported method (%r)" % self.command)

    def handle(self):
        """Serve requests until the connection is to be closed."""
        self._expect_close()
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    # Writing responses.

    def send_error(self, code, message=None, explain=None):
        """Send an error status, headers and (for most codes) an HTML page."""
        short, detail = self.responses.get(code, ('???', '???'))
        message = short if message is None else message
        explain = detail if explain is None else explain
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        extra = []
        page = b''
        # 1xx, 204, 205 and 304 answers carry no body.
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT,
                                         HTTPStatus.RESET_CONTENT,
                                         HTTPStatus.NOT_MODIFIED):
            fields = {'code': code,
                      'message': html.escape(message, quote=False),
                      'explain': html.escape(explain, quote=False)}
            page = (self.error_message_format % fields).encode('UTF-8', 'replace')
            extra += [("Content-Type", self.error_content_type),
                      ("Content-Length", str(len(page)))]
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if page and self.command != 'HEAD':
            self.wfile.write(page)

    def send_response(self, code, message=None):
        """Log the request, queue the status line and the Server/Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        for name, produce in (('Server', self.version_string),
                              ('Date', self.date_time_string)):
            self.send_header(name, produce())

    def send_response_only(self, code, message=None):
        """Queue the status line alone."""
        if self._speaks_headers():
            if message is None:
                message = self.responses[code][0] if code in self.responses else ''
            self._enqueue("%s %d %s\r\n" % (self.protocol_version, code, message))

    def send_header(self, keyword, value):
        """Queue one header line; a Connection header also sets close_connection."""
        if self._speaks_headers():
            self._enqueue("%s: %s\r\n" % (keyword, value))
        if keyword.lower() == 'connection' and value.lower() in ('close', 'keep-alive'):
            self.close_connection = value.lower() == 'close'

    def end_headers(self):
        """Terminate the header block and write it out."""
        if self._speaks_headers():
            self._pending_head.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        """Write whatever status/header lines are queued."""
        queued = self.__dict__.get('_pending_head')
        if queued is not None:
            self._pending_head = []
            self.wfile.write(b"".join(queued))

    def _speaks_headers(self):
        # HTTP/0.9 responses are the bare body.
        return self.request_version != 'HTTP/0.9'

    def _enqueue(self, line):
        self.__dict__.setdefault('_pending_head', []).append(
            line.encode('latin-1', 'strict'))

    # Logging.

    def log_request(self, code='-', size='-'):
        """Log an accepted request with its status code."""
        shown = code.value if isinstance(code, HTTPStatus) else code
        self.log_message('"%s" %s %s', self.requestline, str(shown), str(size))

    def log_error(self, format, *args):
        """Log an error (same channel as log_message)."""
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write 'client - - [time] message' to stderr."""
        text = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(),
                                               self.log_date_time_string(),
                                               _escape_controls(text)))

    def version_string(self):
        """Value of the Server header."""
        return f"{self.server_version} {self.sys_version}"

    def date_time_string(self, timestamp=None):
        """An RFC 7231 date for a Date/Last-Modified header (now by default)."""
        when = time.time() if timestamp is None else timestamp
        return email.utils.formatdate(when, usegmt=True)

    def log_date_time_string(self):
        """Local time for log lines, like 01/Jan/2024 12:00:00."""
        now = time.localtime(time.time())
        return '%02d/%3s/%04d %02d:%02d:%02d' % (
            now.tm_mday, self.monthname[now.tm_mon], now.tm_year,
            now.tm_hour, now.tm_min, now.tm_sec)

    def address_string(self):
        """The client's address as shown in the log."""
        host = self.client_address[0]
        return host


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from the files below self.directory."""

    server_version = f"SimpleHTTP/{__version__}"
    index_pages = ("index.html", "index.htm")
    extensions_map = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        """Send the headers, then the content."""
        content = self.send_head()
        if content:
            try:
                self.copyfile(content, self.wfile)
            finally:
                content.close()

    def do_HEAD(self):
        """Send the headers only."""
        content = self.send_head()
        if content:
            content.close()

    def _respond(self, code, *fields):
        """Status line, Server/Date, the given (name, value) headers, blank line."""
        self.send_response(code)
        for name, value in fields:
            self.send_header(name, value)
        self.end_headers()

    def send_head(self):
        """Send the response headers; return a file to copy out, or None."""
        target = self.translate_path(self.path)
        if os.path.isdir(target):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.endswith('/'):
                # Relative links in the page need the trailing slash.
                moved = urllib.parse.urlunsplit(url._replace(path=url.path + '/'))
                self._respond(HTTPStatus.MOVED_PERMANENTLY,
                              ("Location", moved), ("Content-Length", "0"))
                return None
            index = self._index_file(target)
            if index is None:
                return self.list_directory(target)
            target = index
        kind = self.guess_type(target)
        content = None
        if not target.endswith('/'):
            try:
                content = open(target, 'rb')
            except OSError:
                pass
        if content is None:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            info = os.fstat(content.fileno())
            if self._not_modified(info.st_mtime):
                self._respond(HTTPStatus.NOT_MODIFIED)
                content.close()
                return None
            self._respond(HTTPStatus.OK,
                          ("Content-type", kind),
                          ("Content-Length", str(info.st_size)),
                          ("Last-Modified", self.date_time_string(info.st_mtime)))
            return content
        except BaseException:
            content.close()
            raise

    def _index_file(self, folder):
        for name in self.index_pages:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                return candidate
        return None

    def _not_modified(self, mtime):
        """True when If-Modified-Since (without If-None-Match) is not older than mtime."""
        stamp = self.headers.get("If-Modified-Since")
        if stamp is None or "If-None-Match" in self.headers:
            return False
        try:
            since = email.utils.parsedate_to_datetime(stamp)
        except (ValueError, TypeError, IndexError, OverflowError):
            return False
        # Only dates in UTC (or without a zone, taken as UTC) are compared.
        offset = since.utcoffset()
        if offset is not None and offset != datetime.timedelta(0):
            return False
        epoch = datetime.datetime(1970, 1, 1)
        since_seconds = (since.replace(tzinfo=None) - epoch).total_seconds()
        return math.floor(mtime) <= since_seconds

    def list_directory(self, path):
        """Send a 200 with an HTML index of `path`; return it as a file."""
        try:
            names = sorted(os.listdir(path), key=str.lower)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        charset = sys.getfilesystemencoding()
        items = []
        for name in names:
            entry = os.path.join(path, name)
            link = label = name
            if os.path.isdir(entry):
                link = label = name + '/'
            if os.path.islink(entry):
                label = name + '@'
            items.append('<li><a href="%s">%s</a></li>\n'
                         % (urllib.parse.quote(link, errors='surrogatepass'),
                            html.escape(label, quote=False)))
        heading = html.escape(_unquote_lenient(self.path), quote=False)
        page = _LISTING_PAGE.format(charset=charset,
                                    title='Directory listing for ' + heading,
                                    items=''.join(items))
        data = page.encode(charset, 'surrogateescape')
        self._respond(HTTPStatus.OK,
                      ("Content-type", "text/html; charset=%s" % charset),
                      ("Content-Length", str(len(data))))
        return io.BytesIO(data)

    def translate_path(self, path):
        """Map a URL path onto the file system below self.directory.

        Query and fragment are dropped, %-escapes decoded; '.', '..' and
        empty segments never leave the directory.
        """
        path = path.split('?', 1)[0].split('#', 1)[0]
        trailing = path.rstrip().endswith('/')
        parts = []
        for segment in _unquote_lenient(path).split('/'):
            if segment == os.pardir:
                if parts:
                    parts.pop()
            elif segment and segment != os.curdir:
                parts.append(segment)
        result = os.path.join(self.directory, *parts)
        return result + '/' if trailing else result

    def copyfile(self, source, outputfile):
        """Copy file object `source` to `outputfile`."""
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """MIME type from the extension: extensions_map first, then mimetypes."""
        suffix = posixpath.splitext(path)[1]
        for key in (suffix, suffix.lower()):
            if key in self.extensions_map:
                return self.extensions_map[key]
        return mimetypes.guess_type(path)[0] or 'application/octet-stream'


def _unquote_lenient(text):
    """%-decode as UTF-8 keeping lone surrogates; invalid UTF-8 becomes U+FFFD."""
    try:
        return urllib.parse.unquote(text, errors='surrogatepass')
    except UnicodeDecodeError:
        return urllib.parse.unquote(text)


# CGI support (RFC 3875).

def _collapse_cgi_path(path):
    """Normalise the path of a URL for the CGI directory test.

    The part before '?' is %-decoded and split on '/'.  In one pass over the
    segments '..' drops the last kept one (IndexError when none is left) and
    '' and '.' disappear.  The result is '/' + kept folders + '/' + final name,
    the name being empty when the path ended in '/', '.' or '..'; a non-empty
    query is appended unchanged.
    """
    location, _, query = path.partition('?')
    segments = urllib.parse.unquote(location).split('/')
    stack = []
    for segment in segments:
        if segment == '..':
            stack.pop()
        elif segment not in ('', '.'):
            stack.append(segment)
    leaf = '' if segments[-1] in ('', '.', '..') else stack.pop()
    collapsed = '/%s/%s' % ('/'.join(stack), leaf)
    return collapsed + '?' + query if query else collapsed


nobody = None


def nobody_uid():
    """uid of user 'nobody' (or one above the highest uid); -1 without pwd."""
    global nobody
    if nobody is None:
        found = _lookup_nobody()
        if found == -1:
            return found
        nobody = found
    return nobody


def _lookup_nobody():
    # The password database decides; without one there is no uid to give.
    try:
        import pwd
    except ImportError:
        return -1
    known = {entry.pw_name: entry.pw_uid for entry in pwd.getpwall()}
    if 'nobody' in known:
        return known['nobody']
    return max(known.values()) + 1


def executable(path):
    """Whether `path` may be executed."""
    return os.access(path, os.X_OK)


class CGIHTTPRequestHandler(SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler that also runs scripts found below one of
    cgi_directories (for GET, HEAD and POST)."""

    # True: the script is started attached to the connection; False: it talks
    # to us through pipes (and Python scripts need not be executable).
    have_fork = hasattr(os, 'fork')

    # Unbuffered reads: an attached script reads the body from the socket.
    rbufsize = 0

    cgi_directories = ['/cgi-bin', '/htbin']

    def do_POST(self):
        """POST works for CGI scripts only."""
        if not self.is_cgi():
            self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Can only POST to CGI scripts")
            return
        self.run_cgi()

    def send_head(self):
        return self.run_cgi() if self.is_cgi() else super().send_head()

    def is_cgi(self):
        """Whether the path lies in a CGI directory; sets cgi_info = (dir, rest)."""
        tidy = _collapse_cgi_path(self.path)
        for cut, char in enumerate(tidy):
            if cut and char == '/' and tidy[:cut] in self.cgi_directories:
                self.cgi_info = tidy[:cut], tidy[cut + 1:]
                return True
        return False

    def is_executable(self, path):
        return executable(path)

    def is_python(self, path):
        return os.path.splitext(path)[1].lower() in (".py", ".pyw")

    def run_cgi(self):
        """Run the script that cgi_info names, or answer why not."""
        url, script_file, path_info, query = self._cgi_target()
        refusal = self._cgi_refusal(url, script_file)
        if refusal is not None:
            self.send_error(*refusal)
            return
        env = self._cgi_variables(url, path_info, query)
        self.send_response(HTTPStatus.OK, "Script output follows")
        self.flush_headers()
        self._launch_cgi(url, script_file, query, env)

    def _cgi_target(self):
        """(script URL, script file, extra path, query) for cgi_info.

        Leading pieces of the remainder that are existing directories belong
        to the script's folder (the walk sees the query too); then the query
        is split off, the next piece is the script and the rest, still
        %-encoded, is the extra path.
        """
        folder, remainder = self.cgi_info
        pieces = remainder.split('/')
        depth = 0
        while depth + 1 < len(pieces):
            candidate = '/'.join([folder] + pieces[:depth + 1])
            if not os.path.isdir(self.translate_path(candidate)):
                break
            depth += 1
        folder = '/'.join([folder] + pieces[:depth])
        rest, _, query = '/'.join(pieces[depth:]).partition('?')
        script, slash, extra = rest.partition('/')
        url = folder + '/' + script
        return url, self.translate_path(url), slash + extra, query

    def _cgi_refusal(self, url, script_file):
        """(status, message) explaining why the script cannot run, or None."""
        if not os.path.exists(script_file):
            return HTTPStatus.NOT_FOUND, "No such CGI script (%r)" % url
        if not os.path.isfile(script_file):
            return HTTPStatus.FORBIDDEN, "CGI script is not a plain file (%r)" % url
        # Only a Python script run through pipes may lack the execute bit.
        needs_exec_bit = not self.is_python(url) or self.have_fork
        if needs_exec_bit and not self.is_executable(script_file):
            return HTTPStatus.FORBIDDEN, "CGI script is not executable (%r)" % url
        return None

    def _cgi_variables(self, url, path_info, query):
        """The script's environment: ours plus the RFC 3875 meta-variables."""
        software = self.version_string()
        fields = self.headers
        path_info = urllib.parse.unquote(path_info)
        env = dict(os.environ)
        env.update({
            'CONTENT_TYPE': fields.get('content-type', fields.get_content_type()),
            'GATEWAY_INTERFACE': 'CGI/1.1',
            'HTTP_ACCEPT': ','.join(fields.get_all('accept', ())),
            'PATH_INFO': path_info,
            'PATH_TRANSLATED': self.translate_path(path_info),
            'QUERY_STRING': query,
            'REMOTE_ADDR': self.client_address[0],
            'REQUEST_METHOD': self.command,
            'SCRIPT_NAME': url,
            'SERVER_NAME': self.server.server_name,
            'SERVER_PORT': str(self.server.server_port),
            'SERVER_PROTOCOL': self.protocol_version,
            'SERVER_SOFTWARE': software,
        })
        env.update(self._cgi_credentials())
        # Taken from the request when it has a value; otherwise an inherited
        # value survives, else the variable is empty.
        maybe = {
            'CONTENT_LENGTH': fields.get('content-length'),
            'HTTP_REFERER': fields.get('referer'),
            'HTTP_USER_AGENT': fields.get('user-agent'),
            'HTTP_COOKIE': ', '.join(filter(None, fields.get_all('cookie', ()))),
            'REMOTE_HOST': None,
        }
        for name, value in maybe.items():
            if value:
                env[name] = value
            else:
                env.setdefault(name, '')
        return env

    def _cgi_credentials(self):
        """AUTH_TYPE, and REMOTE_USER for readable Basic credentials."""
        words = (self.headers.get('authorization') or '').split()
        if len(words) != 2:
            return {}
        scheme, token = words
        found = {'AUTH_TYPE': scheme}
        if scheme.lower() == 'basic':
            import base64
            import binascii
            try:
                pair = base64.b64decode(token.encode('ascii')).decode('ascii')
            except (binascii.Error, UnicodeError):
                pair = ''
            if pair.count(':') == 1:
                found['REMOTE_USER'] = pair.partition(':')[0]
        return found

    def _launch_cgi(self, url, script_file, query, env):
        """Run the script and wait for it.

        Attached (have_fork): stdin/stdout are the connection, the query
        (with '+' read as space) is the argument unless it holds '=', and
        the script runs as nobody when we are root.  Piped: the POST body
        is fed to stdin, stdout is relayed, stderr and the exit status are
        logged, and Python scripts run under this interpreter.
        """
        import subprocess
        attached = self.have_fork
        argv = [script_file]
        if '=' not in query:
            argv.append(query.replace('+', ' ') if attached else query)
        if attached:
            argv[0] = url.rpartition('/')[2]
            # Signal dispositions are inherited as by a plain fork + exec.
            options = {'executable': script_file, 'restore_signals': False,
                       'stdin': self.rfile, 'stdout': self.wfile}
            uid = nobody_uid()
            if uid >= 0 and os.geteuid() == 0:
                options['user'] = uid
            body = None
            self.wfile.flush()
        else:
            if self.is_python(script_file):
                argv[:0] = [sys.executable, '-u']
            self.log_message("command: %s", subprocess.list2cmdline(argv))
            body = self._posted_body()
            options = dict.fromkeys(('stdin', 'stdout', 'stderr'), subprocess.PIPE)
        script = subprocess.Popen(argv, env=env, **options)
        output, errors = script.communicate(body)
        self._discard_unread()
        if output:
            self.wfile.write(output)
        if errors:
            self.log_error('%s', errors)
        status = script.returncode
        if attached:
            if status:
                self.log_error(f"CGI script exit code {status}")
        elif status:
            self.log_error("CGI script exit status %#x", status)
        else:
            self.log_message("CGI script exited OK")

    def _posted_body(self):
        """The body of a POST with a positive Content-Length, else None."""
        if self.command.lower() != 'post':
            return None
        try:
            size = int(self.headers.get('content-length'))
        except (TypeError, ValueError):
            return None
        return self.rfile.read(size) if size > 0 else None

    def _discard_unread(self):
        """Drop request bytes nobody read, so closing does not reset the
        connection under the client's feet."""
        try:
            import select
        except ImportError:     # no sockets on this platform: nothing pending
            return
        conn = self.connection
        while select.select([conn], [], [], 0)[0] and conn.recv(4096):
            pass


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0",
         port=8000, bind=None):
    """Serve HTTP with HandlerClass on `port` (on `bind`, else every interface)."""
    found = socket.getaddrinfo(bind, port, type=socket.SOCK_STREAM,
                               flags=socket.AI_PASSIVE)
    family, address = found[0][0], found[0][4]
    ServerClass.address_family = family
    HandlerClass.protocol_version = protocol
    with ServerClass(address, HandlerClass) as httpd:
        bound = httpd.socket.getsockname()
        host, port = bound[0], bound[1]
        shown_host = '[%s]' % host if ':' in host else host
        print(f"Serving HTTP on {host} port {port} "
              f"(http://{shown_host}:{port}/) ...")
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            sys.stdout.write("\nKeyboard interrupt received, exiting.\n")
            sys.exit(0)


class _CommandLineServer(ThreadingHTTPServer):
    """Server of `python -m http.server`: handlers serve the folder `root`;
    bound to an IPv6 address it takes IPv4 clients too."""

    root = None

    def server_bind(self):
        if self.address_family == socket.AF_INET6:
            with contextlib.suppress(AttributeError, OSError):
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()

    def finish_request(self, request, client_address):
        handler_class = self.RequestHandlerClass
        handler_class(request, client_address, self, directory=self.root)


def _command_line():
    import argparse

    options = argparse.ArgumentParser()
    options.add_argument('--cgi', action='store_true', help='run as CGI server')
    options.add_argument('-b', '--bind', metavar='ADDRESS',
                         help='bind to this address (default: all interfaces)')
    options.add_argument('-d', '--directory', default=os.getcwd(),
                         help='serve this directory (default: current directory)')
    options.add_argument('-p', '--protocol', metavar='VERSION', default='HTTP/1.0',
                         help='conform to this HTTP version (default: %(default)s)')
    options.add_argument('port', nargs='?', type=int, default=8000,
                         help='bind to this port (default: %(default)s)')
    args = options.parse_args()
    handler = CGIHTTPRequestHandler if args.cgi else SimpleHTTPRequestHandler
    # A subclass per run: test() sets address_family on the class it gets.
    server = type('_CommandLineServer', (_CommandLineServer,), {'root': args.directory})
    test(HandlerClass=handler, ServerClass=server, port=args.port,
         bind=args.bind, protocol=args.protocol)


if __name__ == '__main__':
    _command_line()
