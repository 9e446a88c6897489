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
    """The base of the errors of this module."""


error = HTTPException


def _subclass(name, base, doc):
    return type(name, (base,), {"__doc__": doc, "__module__": __name__})


NotConnected = _subclass("NotConnected", HTTPException, "No connection is open.")
InvalidURL = _subclass("InvalidURL", HTTPException, "The host or port is not valid.")
UnknownTransferEncoding = _subclass("UnknownTransferEncoding", HTTPException,
                                    "A transfer encoding this module cannot read.")
UnimplementedFileMode = _subclass("UnimplementedFileMode", HTTPException,
                                  "A file mode this module does not offer.")
ImproperConnectionState = _subclass("ImproperConnectionState", HTTPException,
                                    "The connection cannot do that now.")
CannotSendRequest = _subclass("CannotSendRequest", ImproperConnectionState,
                              "A request cannot be sent now.")
CannotSendHeader = _subclass("CannotSendHeader", ImproperConnectionState,
                             "A header cannot be sent now.")
ResponseNotReady = _subclass("ResponseNotReady", ImproperConnectionState,
                             "No response can be read yet.")
del _subclass


class UnknownProtocol(HTTPException):
    """The server spoke an HTTP version this module does not know."""

    def __init__(self, version):
        super().__init__(version)
        self.version = version


class IncompleteRead(HTTPException):
    """The body ended early: `partial` is what was read."""

    def __init__(self, partial, expected=None):
        super().__init__(partial)
        self.partial, self.expected = partial, expected

    def __repr__(self):
        more = "" if self.expected is None else f", {self.expected} more expected"
        return f"{type(self).__name__}({len(self.partial)} bytes read{more})"

    def __str__(self):
        return repr(self)


class BadStatusLine(HTTPException):
    """The status line of a response could not be read."""

    def __init__(self, line):
        line = line or repr(line)
        super().__init__(line)
        self.line = line


_MAXLINE = 65536
_UNKNOWN = 'UNKNOWN'


class LineTooLong(HTTPException):
    """A line of a response is longer than this module reads."""

    def __init__(self, line_type):
        super().__init__(f"got more than {_MAXLINE} bytes when reading {line_type}")


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before answering."""

    def __init__(self, *args, **kwargs):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *args, **kwargs)


class HTTPResponse(_io.BufferedIOBase):
    """A response read from a socket's makefile("rb"); there is no socket to read on WASI,
    so it has no status line or headers to read either."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel, self._method = debuglevel, method
        self.headers = None
        self.msg = None
        for name in ("version", "status", "reason", "chunked", "chunk_left", "length",
                     "will_close"):
            setattr(self, name, _UNKNOWN)

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def close(self):
        super().close()
        if self.fp is not None:
            stream, self.fp = self.fp, None
            stream.close()

    def _headers_read(self):
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers

    def getheader(self, name, default=None):
        return self._headers_read().get(name, default)

    def getheaders(self):
        return list(self._headers_read().items())

    def getcode(self):
        return self.status


def _split_host(host, default_port):
    """`host[:port]` (an IPv6 address in brackets) as the host and the port number."""
    colon, bracket = host.rfind(':'), host.rfind(']')
    port = default_port
    if colon > bracket:
        host, digits = host[:colon], host[colon + 1:]
        if digits:
            try:
                port = int(digits)
            except ValueError:
                raise InvalidURL(f"nonnumeric port: '{digits}'") from None
    return _unbracket(host), port


def _unbracket(host):
    return host[1:-1] if host[:1] == '[' and host[-1:] == ']' else host


class HTTPConnection:
    """An HTTP connection: WASI has no sockets, so connecting raises OSError."""

    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=_socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout, self.source_address, self.blocksize = timeout, source_address, blocksize
        self.sock = None
        if port is None:
            self.host, self.port = _split_host(host, self.default_port)
        else:
            self.host, self.port = host, port

    def connect(self):
        self.sock = _socket.create_connection((self.host, self.port), self.timeout,
                                              self.source_address)

    def close(self):
        if self.sock is not None:
            sock, self.sock = self.sock, None
            sock.close()

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        if self.sock is None:
            self.connect()


class HTTPSConnection(HTTPConnection):
    default_port = HTTPS_PORT
