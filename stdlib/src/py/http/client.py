"""HTTP protocol constants and classes (CPython's http.client module, written for pyrs).

pyrs runs on WASI, which has no sockets: the status-code constants, the default
ports, the `responses` table and the exceptions are all here, and the classes
exist (code may test `isinstance` against them), but a connection cannot be
opened: connecting raises OSError.
"""

import io as _io
import socket as _socket
from http import HTTPStatus as _Status

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPException', 'NotConnected',
           'UnknownProtocol', 'UnknownTransferEncoding', 'UnimplementedFileMode',
           'IncompleteRead', 'InvalidURL', 'ImproperConnectionState',
           'CannotSendRequest', 'CannotSendHeader', 'ResponseNotReady',
           'BadStatusLine', 'LineTooLong', 'RemoteDisconnected', 'error',
           'responses']

HTTP_PORT = 80
HTTPS_PORT = 443

# Every status code is also a module constant (OK, NOT_FOUND, ...).
globals().update(_Status.__members__)

# Status code -> reason phrase.
responses = {status: status.phrase for status in _Status}


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            e = ', %i more expected' % self.expected
        else:
            e = ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__,
                                        len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                                     % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException
_MAXLINE = 65536
_UNKNOWN = 'UNKNOWN'


class HTTPResponse(_io.BufferedIOBase):
    """A response read from a socket's makefile("rb"); there is no socket to read on WASI,
    so it has no status line or headers to read either."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = self.status = self.reason = _UNKNOWN
        self.chunked = self.chunk_left = self.length = self.will_close = _UNKNOWN

    def readable(self):
        return True

    def close(self):
        super().close()
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()

    def isclosed(self):
        return self.fp is None

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers.get(name, default)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def getcode(self):
        return self.status


class HTTPConnection:
    """An HTTP connection: WASI has no sockets, so connecting raises OSError."""

    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=_socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        self.host, self.port = host, port

    def connect(self):
        self.sock = _socket.create_connection((self.host, self.port), self.timeout,
                                              self.source_address)

    def close(self):
        sock, self.sock = self.sock, None
        if sock is not None:
            sock.close()

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        if self.sock is None:
            self.connect()


class HTTPSConnection(HTTPConnection):
    default_port = HTTPS_PORT
