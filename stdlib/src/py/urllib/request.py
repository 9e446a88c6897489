"""Open URLs through a chain of handlers (urllib.request, written for pyrs).

An OpenerDirector passes each Request through the handlers registered for
its scheme: <scheme>_request methods preprocess it, <scheme>_open methods
try to open it, <scheme>_response methods postprocess the answer, and
http_error_<code> methods deal with HTTP error statuses.  file: and data:
URLs are served locally; network schemes go through http.client (or, when
it has no connection classes, a plain socket connection attempt), and a
failure to connect is reported as URLError.
"""

import base64
import email.message
import email.utils
import hashlib
import http.client
import io
import mimetypes
import os
import re
import secrets
import socket
import string
import sys
import tempfile
from collections import Counter
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, unwrap, quote,
                          unquote, unquote_to_bytes, urlunparse)
from urllib.response import addinfourl

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'HTTPCookieProcessor', 'ProxyHandler',
    'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',
    'HTTPPasswordMgrWithPriorAuth', 'AbstractBasicAuthHandler',
    'HTTPBasicAuthHandler', 'ProxyBasicAuthHandler',
    'AbstractDigestAuthHandler', 'HTTPDigestAuthHandler',
    'ProxyDigestAuthHandler', 'HTTPHandler', 'FileHandler', 'FTPHandler',
    'CacheFTPHandler', 'DataHandler', 'UnknownHandler', 'HTTPErrorProcessor',
    'urlopen', 'install_opener', 'build_opener', 'pathname2url',
    'url2pathname', 'getproxies', 'urlretrieve', 'urlcleanup',
    'HTTPSHandler',
]

# Version string sent in the User-agent header.
__version__ = '%d.%d' % sys.version_info[:2]

# Marker meaning "use the socket layer's default timeout".
_NO_TIMEOUT = object()

# Block size used when copying a download to a file.
_CHUNK = 8192

_DEFAULT_PORTS = {'http': 80, 'https': 443}

def _drop_port(authority):
    """'host:123' -> 'host'; anything else is returned unchanged."""
    head, colon, tail = authority.rpartition(':')
    if colon and tail and all(c in string.digits for c in tail):
        return head
    return authority


def request_host(request):
    """The lower-cased host (no port) the request was made to."""
    where = urlparse(request.full_url)[1] or request.host or ''
    return _drop_port(where).lower()


def _hname(key):
    # Header names are stored as 'Xxxx-yyyy'.
    return key.capitalize()


def _reopen(handler, req):
    """Send req through the handler's opener again (retry or redirect)."""
    return handler.parent.open(req, None, req.timeout)


def _basic_credentials(user, password):
    token = base64.b64encode(('%s:%s' % (user, password)).encode())
    return 'Basic ' + token.decode('ascii')


# ---------------------------------------------------------------- Request

class Request:
    """One URL request: the URL, an optional body, headers and a method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers, self.unredirected_hdrs = {}, {}
        self._body = self._tunnel = None
        self.data = data
        self.headers.update((_hname(k), v) for k, v in headers.items())
        self.unverifiable = unverifiable
        self.origin_req_host = (request_host(self) if origin_req_host is None
                                else origin_req_host)
        if method is not None:
            self.method = method

    # The URL ------------------------------------------------------------

    @property
    def full_url(self):
        if self.fragment:
            return self._url + '#' + self.fragment
        return self._url

    @full_url.setter
    def full_url(self, url):
        url = unwrap(url if isinstance(url, str) else str(url))
        base, hash_sign, frag = url.partition('#')
        self._url = base
        self.fragment = frag if hash_sign else None
        self._adopt_url()

    @full_url.deleter
    def full_url(self):
        self._url = None
        self.fragment = None
        self.selector = ''

    def _adopt_url(self):
        scheme, colon, rest = self._url.partition(':')
        if not colon or not scheme or '/' in scheme:
            raise ValueError('unknown url type: %r' % self.full_url)
        self.type = scheme.lower()
        if rest.startswith('//'):
            after = rest[2:]
            cut = len(after)
            for stop in '/?#':
                pos = after.find(stop)
                if pos != -1:
                    cut = min(cut, pos)
            self.host = unquote(after[:cut])
            self.selector = after[cut:]
            if self.selector and not self.selector.startswith('/'):
                self.selector = '/' + self.selector
        else:
            self.host = None
            self.selector = rest

    def get_full_url(self):
        return self.full_url

    # The body -----------------------------------------------------------

    @property
    def data(self):
        return self._body

    @data.setter
    def data(self, value):
        if value != self._body:
            self._body = value
            # A stale length would describe the previous body.
            self.remove_header('Content-length')

    @data.deleter
    def data(self):
        self.data = None

    def get_method(self):
        chosen = getattr(self, 'method', None)
        if chosen is not None:
            return chosen
        return 'GET' if self.data is None else 'POST'

    # Proxies ------------------------------------------------------------

    def set_proxy(self, host, type):
        if self._tunnel or self.type != 'https':
            self.type, self.selector = type, self.full_url
        else:
            self._tunnel = self.host
        self.host = host

    def has_proxy(self):
        return self.full_url == self.selector

    # Headers ------------------------------------------------------------

    def add_header(self, key, val):
        self.headers[_hname(key)] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[_hname(key)] = val

    def has_header(self, header_name):
        return any(header_name in table
                   for table in (self.headers, self.unredirected_hdrs))

    def get_header(self, header_name, default=None):
        for table in (self.headers, self.unredirected_hdrs):
            if header_name in table:
                return table[header_name]
        return default

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


# --------------------------------------------------------- OpenerDirector

# Method names that look like hooks but are helpers.
_NOT_HOOKS = frozenset(['redirect_request', 'do_open', 'proxy_open'])


def _hooks_of(handler):
    """Yield (stage, scheme, key, method name) for each hook method."""
    for name in dir(handler):
        if name in _NOT_HOOKS or name.startswith('_'):
            continue
        scheme, sep, what = name.partition('_')
        if not sep:
            continue
        if what in ('open', 'request', 'response'):
            yield what, scheme, None, name
        elif what.startswith('error_'):
            key = what[6:]
            yield 'error', scheme, int(key) if key.isdigit() else key, name
        elif what == 'error':
            yield 'error', scheme, None, name


class OpenerDirector:
    """Runs requests through the handlers added to it."""

    def __init__(self):
        self.addheaders = [("User-agent", "Python-urllib/%s" % __version__)]
        self.handlers, self._table = [], {}

    def add_handler(self, handler):
        if not hasattr(handler, 'add_parent'):
            raise TypeError('expected BaseHandler instance, got %r'
                            % type(handler))
        hooks = list(_hooks_of(handler))
        if not hooks:
            return
        if all(h is not handler for h in self.handlers):
            self.handlers = sorted(self.handlers + [handler],
                                   key=_order_of)
        handler.add_parent(self)
        self._rebuild()

    def _rebuild(self):
        table = {}
        for handler in self.handlers:
            for stage, scheme, key, name in _hooks_of(handler):
                table.setdefault((stage, scheme, key), []).append(
                    getattr(handler, name))
        self._table = table

    def _first_answer(self, stage, scheme, key, *args):
        for method in self._table.get((stage, scheme, key), ()):
            answer = method(*args)
            if answer is not None:
                return answer
        return None

    def close(self):
        pass

    def open(self, fullurl, data=None, timeout=_NO_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        scheme = req.type
        for prepare in self._table.get(('request', scheme, None), ()):
            req = prepare(req)
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit('urllib.Request', req.full_url, req.data, req.headers,
                  req.get_method())
        response = None
        for target in ('default', scheme, 'unknown'):
            response = self._first_answer('open', target, None, req)
            if response is not None:
                break
        for finish in self._table.get(('response', scheme, None), ()):
            response = finish(req, response)
        return response

    def error(self, proto, *args):
        if proto in ('http', 'https'):
            code = args[2]
            answer = self._first_answer('error', 'http', code, *args)
            if answer is None:
                answer = self._first_answer('error', 'http', 'default', *args)
            return answer
        return self._first_answer('error', proto, None, *args)


# ---------------------------------------------------------------- Handlers

def _order_of(handler):
    return handler.handler_order


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        theirs = getattr(other, 'handler_order', None)
        return theirs is None or self.handler_order < theirs


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


class HTTPErrorProcessor(BaseHandler):
    """Hands every non-2xx HTTP response to the opener's error hooks."""
    handler_order = 1000

    def http_response(self, request, response):
        status = response.code
        if status < 200 or status >= 300:
            response = self.parent.error(
                'http', request, response, status, response.msg,
                response.info())
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that "
               "would lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        method = req.get_method()
        safe_method = method in ('GET', 'HEAD')
        if not ((code in (301, 302, 303, 307, 308) and safe_method)
                or (code in (301, 302, 303) and method == 'POST')):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        # The body does not follow a redirect, nor do headers describing it.
        kept = {name: value for name, value in req.headers.items()
                if name.lower() not in ('content-length', 'content-type')}
        return Request(newurl.replace(' ', '%20'), headers=kept,
                       origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if 'location' in headers:
            target = headers['location']
        elif 'uri' in headers:
            target = headers['uri']
        else:
            return None
        parts = urlparse(target)
        if not parts.path and parts.netloc:
            target = urlunparse(parts._replace(path='/'))
        if parts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(
                target, code,
                "%s - Redirection to url '%s' is not allowed" % (msg, target),
                headers, fp)
        target = quote(target, safe=string.punctuation, encoding='iso-8859-1')
        target = urljoin(req.full_url, target)
        follow = self.redirect_request(req, fp, code, msg, headers, target)
        if follow is None:
            return None
        seen = Counter(getattr(req, '_visited', ()))
        if (seen[target] >= self.max_repeats
                or len(seen) >= self.max_redirections):
            raise HTTPError(req.full_url, code, self.inf_msg + msg,
                            headers, fp)
        seen[target] += 1
        follow._visited = seen
        # Drain the old response so its connection can be reused.
        fp.read()
        fp.close()
        follow.timeout = req.timeout
        return _reopen(self, follow)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = \
        http_error_302


# ------------------------------------------------------------ Local files

def pathname2url(pathname):
    """Quote a local path for use in a file: URL."""
    return quote(pathname)


def url2pathname(pathname):
    """Turn the path part of a file: URL into a local path."""
    return unquote(pathname)


def _loose_resolve(host):
    """Address of host; without a resolver only obvious names resolve."""
    try:
        return socket.gethostbyname(host)
    except OSError:
        pass
    if host.lower() == 'localhost':
        return '127.0.0.1'
    pieces = host.split('.')
    if len(pieces) == 4 and all(p.isdigit() and int(p) < 256 for p in pieces):
        return host
    return None


class FileHandler(BaseHandler):
    """Serves file: URLs from the local file system."""
    names = None

    def get_names(self):
        if FileHandler.names is None:
            found = {'127.0.0.1'}
            for name in ('localhost', None):
                try:
                    if name is None:
                        name = socket.gethostname()
                    found.update(socket.gethostbyname_ex(name)[2])
                except OSError:
                    pass
            FileHandler.names = tuple(sorted(found))
        return FileHandler.names

    def open_local_file(self, req):
        host = req.host
        path = url2pathname(req.selector)
        try:
            info = os.stat(path)
        except OSError as exc:
            raise URLError(exc)
        if host and _loose_resolve(host) not in self.get_names():
            raise URLError('file not on local host')
        try:
            stream = open(path, 'rb')
        except OSError as exc:
            raise URLError(exc)
        kind, _ = mimetypes.guess_type(path)
        headers = _make_headers([
            ('Content-type', kind or 'text/plain'),
            ('Content-length', str(info.st_size)),
            ('Last-modified', email.utils.formatdate(info.st_mtime,
                                                     usegmt=True)),
        ])
        return addinfourl(stream, headers, 'file://' + (host or '')
                          + req.selector)

    file_open = open_local_file


def _make_headers(pairs):
    message = email.message.Message()
    for name, value in pairs:
        message[name] = value
    return message


class DataHandler(BaseHandler):
    """Serves data: URLs (RFC 2397)."""

    def data_open(self, req):
        url = req.full_url
        rest = url.partition(':')[2]
        kind, comma, payload = rest.partition(',')
        if not comma:
            raise ValueError('not enough values to unpack (expected 2, got 1)')
        body = unquote_to_bytes(payload)
        if kind.endswith(';base64'):
            body = base64.decodebytes(body)
            kind = kind[:-len(';base64')]
        if not kind:
            kind = 'text/plain;charset=US-ASCII'
        headers = _make_headers([('Content-type', kind),
                                 ('Content-length', str(len(body)))])
        return addinfourl(io.BytesIO(body), headers, url)


# ---------------------------------------------------------- Network access

def _connect_or_fail(host, default_port, timeout):
    """Try to reach host; raise URLError when that is impossible."""
    name, port = host, default_port
    trimmed = _drop_port(host)
    if trimmed != host:
        name, port = trimmed, int(host[len(trimmed) + 1:])
    if timeout is _NO_TIMEOUT:
        timeout = None
    try:
        link = socket.create_connection((name.strip('[]'), port), timeout)
    except OSError as exc:
        raise URLError(exc)
    link.close()
    raise URLError('no HTTP client available')


class AbstractHTTPHandler(BaseHandler):
    """Shared request preparation and transport for http and https."""

    def __init__(self, debuglevel=None):
        self._debuglevel = 0 if debuglevel is None else debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        if not request.host:
            raise URLError('no host given')
        # Headers the request gets unless it already carries them; they are
        # "unredirected" so that a redirect recomputes them.
        fallback = []
        body = request.data
        if body is not None:
            if isinstance(body, str):
                raise TypeError(
                    'POST data should be bytes, an iterable of bytes, or a '
                    'file object. It cannot be of type str.')
            fallback.append(("Content-type",
                             "application/x-www-form-urlencoded"))
            if not request.has_header("Transfer-encoding"):
                size = _body_size(body)
                fallback.append(("Transfer-encoding", "chunked") if size is None
                                else ("Content-length", "%d" % size))
        server = request.host
        if request.has_proxy():
            server = urlsplit(request.selector).netloc or server
        fallback.append(("Host", server))
        fallback.extend((_hname(n), v) for n, v in self.parent.addheaders)
        for name, value in fallback:
            if not request.has_header(name):
                if name == "Transfer-encoding" and request.has_header(
                        "Content-length"):
                    continue
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        if not req.host:
            raise URLError('no host given')
        if http_class is None:
            _connect_or_fail(req.host, _DEFAULT_PORTS.get(req.type, 80),
                             req.timeout)
        if req.timeout is not _NO_TIMEOUT:
            http_conn_args['timeout'] = req.timeout
        conn = http_class(req.host, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        origin, tunnel = _outgoing_headers(req)
        if req._tunnel:
            conn.set_tunnel(req._tunnel, headers=tunnel)
        reply = _exchange(conn, req, origin)
        # The reply has its own file object; drop the connection's socket
        # so that only the reply keeps the stream open.
        _release_socket(conn)
        reply.msg = reply.reason
        reply.url = req.full_url
        return reply


def _outgoing_headers(req):
    """(headers for the origin server, headers for a CONNECT tunnel)."""
    merged = {}
    # Per-hop (unredirected) headers override the ones kept on redirect.
    for name, value in [*req.headers.items(), *req.unredirected_hdrs.items()]:
        merged[name.title()] = value
    merged['Connection'] = 'close'
    tunnel = {}
    # Through a CONNECT tunnel the proxy credentials belong to the proxy
    # only; a plain forwarding proxy sees them in the ordinary headers.
    if req._tunnel and 'Proxy-Authorization' in merged:
        tunnel['Proxy-Authorization'] = merged.pop('Proxy-Authorization')
    return merged, tunnel


def _exchange(conn, req, headers):
    """Send req over conn and return the response object."""
    sent = False
    try:
        conn.request(req.get_method(), req.selector, req.data, headers,
                     encode_chunked=req.has_header('Transfer-encoding'))
        sent = True
        return conn.getresponse()
    except BaseException as exc:
        conn.close()
        # Only a failure while sending is reported as URLError; errors
        # reading the reply propagate unchanged.
        if not sent and isinstance(exc, OSError):
            raise URLError(exc)
        raise


def _release_socket(conn):
    sock = getattr(conn, 'sock', None)
    conn.sock = None
    if sock is not None:
        sock.close()


def _body_size(body):
    """Length of a bytes-like body; None (sent chunked) for anything else."""
    try:
        return memoryview(body).nbytes
    except TypeError:
        return None


class HTTPHandler(AbstractHTTPHandler):
    def http_open(self, req):
        return self.do_open(getattr(http.client, 'HTTPConnection', None), req)

    http_request = AbstractHTTPHandler.do_request_


class HTTPSHandler(AbstractHTTPHandler):
    def __init__(self, debuglevel=None, context=None, check_hostname=None):
        super().__init__(debuglevel)
        self._context = context
        self._check_hostname = check_hostname

    def https_open(self, req):
        extra = {}
        if self._context is not None:
            extra['context'] = self._context
        return self.do_open(getattr(http.client, 'HTTPSConnection', None),
                            req, **extra)

    https_request = AbstractHTTPHandler.do_request_


class FTPHandler(BaseHandler):
    """ftp: URLs; there is no FTP client, so only the connection is tried."""

    def ftp_open(self, req):
        if not req.host:
            raise URLError('ftp error: no host given')
        return self.connect_ftp(req)

    def connect_ftp(self, req):
        _connect_or_fail(req.host, 21, req.timeout)


class CacheFTPHandler(FTPHandler):
    """FTPHandler whose connection limits can be tuned.

    connect_ftp never produces a connection here, so nothing is ever
    cached: the limits are only recorded and clear_cache has nothing to do.
    """

    def __init__(self):
        self._limits = {'idle_seconds': 60, 'connections': 16}

    def setTimeout(self, t):
        self._limits['idle_seconds'] = t

    def setMaxConns(self, m):
        self._limits['connections'] = m

    def clear_cache(self):
        pass


class HTTPCookieProcessor(BaseHandler):
    def __init__(self, cookiejar=None):
        if cookiejar is None:
            from http.cookiejar import CookieJar
            cookiejar = CookieJar()
        self.cookiejar = cookiejar

    def http_request(self, request):
        jar = self.cookiejar
        jar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        jar = self.cookiejar
        jar.extract_cookies(response, request)
        return response

    https_request, https_response = http_request, http_response


# ---------------------------------------------------------------- Proxies

def _pick_proxy(candidates, cgi_http):
    """Resolve one scheme's (suffix-is-lowercase, value) candidates.

    A variable spelled with a lowercase '_proxy' suffix is authoritative
    (the last such one; empty means no proxy).  Otherwise the last
    non-empty variable counts, unless the scheme is http under CGI, where
    HTTP_PROXY may have been injected by a client's Proxy header.
    """
    exact = [value for lower, value in candidates if lower]
    if exact:
        return exact[-1] or None
    if cgi_http:
        return None
    loose = [value for _, value in candidates if value]
    return loose[-1] if loose else None


def getproxies_environment():
    """Map scheme -> proxy URL from the *_proxy environment variables."""
    per_scheme = {}
    for name, value in os.environ.items():
        stem, suffix = name[:-6], name[-6:]
        if suffix.lower() == '_proxy':
            per_scheme.setdefault(stem.lower(), []).append(
                (suffix == '_proxy', value))
    under_cgi = 'REQUEST_METHOD' in os.environ
    chosen = {}
    for scheme, candidates in per_scheme.items():
        proxy = _pick_proxy(candidates, under_cgi and scheme == 'http')
        if proxy is not None:
            chosen[scheme] = proxy
    return chosen


getproxies = getproxies_environment


def proxy_bypass_environment(host, proxies=None):
    """True when host is listed in the no_proxy setting."""
    if proxies is None:
        proxies = getproxies_environment()
    listed = proxies.get('no', '')
    if listed == '*':
        return True
    host = host.lower()
    bare = _drop_port(host)
    for entry in listed.split(','):
        entry = entry.strip().lstrip('.').lower()
        if not entry:
            continue
        for candidate in (bare, host):
            if candidate == entry or candidate.endswith('.' + entry):
                return True
    return False


proxy_bypass = proxy_bypass_environment


def _split_proxy(proxy):
    """'scheme://user:pw@host:port/' -> (scheme, user, password, host:port)."""
    match = re.match(r'([A-Za-z][A-Za-z0-9+.-]*):(.*)\Z', proxy, re.S)
    if match and match.group(2).startswith('/'):
        scheme, rest = match.groups()
        if not rest.startswith('//'):
            raise ValueError('proxy URL with no authority: %r' % proxy)
        authority = rest[2:].split('/', 1)[0]
    else:
        scheme, authority = None, proxy
    userinfo, at, hostport = authority.rpartition('@')
    if not at:
        return scheme, None, None, hostport
    user, colon, password = userinfo.partition(':')
    return scheme, user, (password if colon else None), hostport


class ProxyHandler(BaseHandler):
    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        if not hasattr(proxies, 'keys'):
            raise AssertionError('proxies must be a mapping')
        self.proxies = proxies
        for scheme, url in proxies.items():
            setattr(self, scheme.lower() + '_open', self._opener_for(url, scheme))

    def _opener_for(self, url, scheme):
        return lambda req: self.proxy_open(req, url, scheme)

    def proxy_open(self, req, proxy, type):
        wanted = req.type
        via, user, password, hostport = _split_proxy(proxy)
        via = via or wanted
        if req.host and proxy_bypass(host=req.host):
            return None
        if user and password:
            req.add_header('Proxy-authorization', _basic_credentials(
                unquote(user), unquote(password)))
        req.set_proxy(unquote(hostport), via)
        if via == wanted or wanted == 'https':
            return None
        return _reopen(self, req)


# ------------------------------------------------------ Password managers

class HTTPPasswordMgr:
    """Remembers (user, password) per realm and URI prefix."""

    def __init__(self):
        self._records = []

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else list(uri)
        reduced = {self.reduce_uri(u, flag)
                   for u in uris for flag in (True, False)}
        self._records.append((realm, reduced, user, passwd))

    def find_user_password(self, realm, authuri):
        for flag in (True, False):
            wanted = self.reduce_uri(authuri, flag)
            for owner, reduced, user, passwd in reversed(self._records):
                if owner != realm:
                    continue
                if any(self.is_suburi(base, wanted) for base in reduced):
                    return user, passwd
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) for uri, the port made explicit if asked."""
        parts = urlsplit(uri)
        if parts.netloc:
            authority, path = parts.netloc, parts.path or '/'
            scheme = parts.scheme
        else:
            authority, path, scheme = uri, '/', None
        port = _DEFAULT_PORTS.get(scheme)
        if default_port and port and _drop_port(authority) == authority:
            authority = '%s:%d' % (authority, port)
        return authority, path

    def is_suburi(self, base, test):
        """Whether test (authority, path) lies under base."""
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        root = base[1] if base[1].endswith('/') else base[1] + '/'
        return test[1].startswith(root)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    def find_user_password(self, realm, authuri):
        answer = super().find_user_password(realm, authuri)
        if answer[0] is None:
            answer = super().find_user_password(None, authuri)
        return answer


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.authenticated = {}

    def add_password(self, realm, uri, user, passwd, is_authenticated=False):
        self.update_authenticated(uri, is_authenticated)
        # Prior authentication needs the credentials without a realm too.
        for where in {None, realm}:
            HTTPPasswordMgr.add_password(self, where, uri, user, passwd)

    def update_authenticated(self, uri, is_authenticated=False):
        uris = [uri] if isinstance(uri, str) else list(uri)
        for flag in (True, False):
            for one in uris:
                self.authenticated[self.reduce_uri(one, flag)] = is_authenticated

    def is_authenticated(self, authuri):
        for flag in (True, False):
            wanted = self.reduce_uri(authuri, flag)
            for base, state in self.authenticated.items():
                if self.is_suburi(base, wanted):
                    return state
        return None


# ------------------------------------------------------------ Basic auth

def _challenges(values):
    """Yield (scheme, realm) from WWW-Authenticate style header values."""
    for value in values:
        for piece in parse_http_list(value):
            words = piece.split(None, 1)
            if not words:
                continue
            if '=' in words[0]:
                continue
            realm = None
            if len(words) == 2:
                params = parse_keqv_list(
                    [p.strip() for p in parse_http_list(words[1])
                     if '=' in p])
                realm = params.get('realm')
            yield words[0], realm


class AbstractBasicAuthHandler:
    def __init__(self, password_mgr=None):
        self.passwd = HTTPPasswordMgr() if password_mgr is None else password_mgr
        self.add_password = self.passwd.add_password

    def http_error_auth_reqed(self, authreq, host, req, headers):
        values = headers.get_all(authreq) or []
        saw_basic = False
        for scheme, realm in _challenges(values):
            if scheme.lower() != 'basic':
                continue
            saw_basic = True
            if realm is not None:
                return self.retry_http_basic_auth(host, req, realm)
        if saw_basic:
            raise ValueError('Basic Auth Realm was unquoted')
        return None

    def retry_http_basic_auth(self, host, req, realm):
        user, secret = self.passwd.find_user_password(realm, host)
        if secret is not None:
            return self._send_with(req, _basic_credentials(user, secret))
        return None

    def _send_with(self, req, value):
        # Retrying with credentials the server already refused is pointless.
        if value != req.get_header(self.auth_header):
            req.add_unredirected_header(self.auth_header, value)
            return _reopen(self, req)
        return None

    def http_request(self, req):
        checker = getattr(self.passwd, 'is_authenticated', None)
        if (checker is not None and checker(req.full_url)
                and not req.has_header('Authorization')):
            found = self.passwd.find_user_password(None, req.full_url)
            req.add_unredirected_header('Authorization',
                                        _basic_credentials(*found))
        return req

    def http_response(self, req, response):
        record = getattr(self.passwd, 'update_authenticated', None)
        if record is not None and hasattr(self.passwd, 'is_authenticated'):
            record(req.full_url, response.code in range(200, 300))
        return response

    https_request, https_response = http_request, http_response


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Authorization"

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('www-authenticate', req.full_url,
                                          req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Proxy-authorization"

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed('proxy-authenticate', req.host,
                                          req, headers)


# ----------------------------------------------------------- Digest auth

def _qop_mode(qop):
    """'auth' when the server offers qop=auth, None when it sent no qop."""
    if qop is None:
        return None
    # The offered tokens are taken as sent: CPython 3.12 does not strip blanks
    # after the commas, so ' auth' is not 'auth'.
    if 'auth' in qop.split(','):
        return 'auth'
    raise URLError("qop '%s' is not supported." % qop)


class AbstractDigestAuthHandler:
    """HTTP Digest authentication (RFC 2617/7616, MD5 and SHA variants)."""

    def __init__(self, passwd=None):
        self.passwd = HTTPPasswordMgr() if passwd is None else passwd
        self.add_password = self.passwd.add_password
        self.retried = self.nonce_count = 0
        self.last_nonce = None

    def reset_retry_count(self):
        self.retried = 0

    def http_error_auth_reqed(self, auth_header, host, req, headers):
        challenge = headers.get(auth_header, None)
        if self.retried > 5:
            raise HTTPError(req.full_url, 401, 'digest auth failed',
                            headers, None)
        self.retried += 1
        if not challenge:
            return None
        scheme = challenge.split(None, 1)[0]
        kind = scheme.lower()
        if kind == 'digest':
            return self.retry_http_digest_auth(req, challenge)
        if kind != 'basic':
            raise ValueError("AbstractDigestAuthHandler does not support"
                             " the following scheme: '%s'" % scheme)
        return None

    def retry_http_digest_auth(self, req, auth):
        params = parse_keqv_list(
            [p for p in parse_http_list(auth.split(' ', 1)[1]) if '=' in p])
        value = self.get_authorization(req, params)
        if not value:
            return None
        value = 'Digest ' + value
        # Deliberately looks only at req.headers (where CPython looks too):
        # the header we add is unredirected, so an unchanged answer is
        # retried until the retry limit raises 'digest auth failed'.
        if req.headers.get(self.auth_header) == value:
            return None
        req.add_unredirected_header(self.auth_header, value)
        return _reopen(self, req)

    def get_cnonce(self, nonce):
        return secrets.token_hex(8)

    def get_algorithm_impls(self, algorithm):
        # Names are matched exactly (case-sensitively), as CPython 3.12 does.
        makers = {'MD5': hashlib.md5, 'SHA': hashlib.sha1}
        if algorithm not in makers:
            raise ValueError("Unsupported digest authentication algorithm %r"
                             % algorithm)
        maker = makers[algorithm]

        def digest(text):
            return maker(text.encode()).hexdigest()

        return digest, (lambda secret, data: digest('%s:%s' % (secret, data)))

    def _next_nc(self, nonce):
        """Nonce count for this use of nonce, as 8 hex digits."""
        if nonce == self.last_nonce:
            self.nonce_count += 1
        else:
            self.last_nonce, self.nonce_count = nonce, 1
        return '%08x' % self.nonce_count

    def get_authorization(self, req, chal):
        if 'realm' not in chal or 'nonce' not in chal:
            return None
        realm, nonce = chal['realm'], chal['nonce']
        algorithm = chal.get('algorithm') or 'MD5'
        digest, keyed = self.get_algorithm_impls(algorithm)
        user, pw = self.passwd.find_user_password(realm, req.full_url)
        if user is None:
            return None
        qop = chal.get('qop')
        mode = _qop_mode(qop)
        uri = req.selector
        secret = digest('%s:%s:%s' % (user, realm, pw))
        target = digest('%s:%s' % (req.get_method(), uri))
        fields = [('username', user, True), ('realm', realm, True),
                  ('nonce', nonce, True), ('uri', uri, True)]
        if mode == 'auth':
            nc, cnonce = self._next_nc(nonce), self.get_cnonce(nonce)
            signed = [nonce, nc, cnonce, 'auth', target]
            trailer = [('qop', 'auth', False), ('nc', nc, False),
                       ('cnonce', cnonce, True)]
        else:
            signed, trailer = [nonce, target], []
        fields.append(('response', keyed(secret, ':'.join(signed)), True))
        if chal.get('opaque'):
            fields.append(('opaque', chal['opaque'], True))
        fields.append(('algorithm', algorithm, True))
        return ', '.join(('%s="%s"' if quoted else '%s=%s') % (name, value)
                         for name, value, quoted in fields + trailer)


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = "Authorization"
    handler_order = 490

    def http_error_401(self, req, fp, code, msg, headers):
        where = urlparse(req.full_url)[1]
        answer = self.http_error_auth_reqed('www-authenticate', where,
                                            req, headers)
        self.reset_retry_count()
        return answer


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = "Proxy-Authorization"
    handler_order = 490

    def http_error_407(self, req, fp, code, msg, headers):
        answer = self.http_error_auth_reqed('proxy-authenticate', req.host,
                                            req, headers)
        self.reset_retry_count()
        return answer


# ----------------------------------------------------- Header list parsing

def parse_http_list(s):
    """Split a comma-separated header value, respecting quoted strings."""
    items = []
    current = []
    in_quotes = False
    chars = iter(s)
    for ch in chars:
        if in_quotes:
            if ch == '\\':
                ch = next(chars, '')
            elif ch == '"':
                in_quotes = False
            current.append(ch)
        elif ch == ',':
            items.append(''.join(current))
            current = []
        else:
            if ch == '"':
                in_quotes = True
            current.append(ch)
    if current:
        items.append(''.join(current))
    return [item.strip() for item in items]


def parse_keqv_list(l):
    """Turn ['k=v', 'k2="v2"'] into a dict, unquoting quoted values."""
    result = {}
    for item in l:
        pair = item.split('=', 1)
        if len(pair) != 2:
            raise ValueError('not enough values to unpack (expected 2, got 1)')
        key, value = pair
        if value[:1] == '"' and value[-1:] == '"':
            value = value[1:-1]
        result[key] = value
    return result


# ---------------------------------------------------------- Module level

_installed = None
_temp_files = []

_STANDARD_HANDLERS = (
    ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
    HTTPRedirectHandler, FTPHandler, FileHandler, HTTPErrorProcessor,
    DataHandler, HTTPSHandler,
)


def build_opener(*handlers):
    """An OpenerDirector with the standard handlers plus the given ones.

    A standard handler is left out when one of the given handlers is an
    instance or a subclass of it.
    """
    given_classes = [h if isinstance(h, type) else type(h) for h in handlers]
    chosen = [cls() for cls in _STANDARD_HANDLERS
              if not any(issubclass(g, cls) for g in given_classes)]
    chosen += [h() if isinstance(h, type) else h for h in handlers]
    director = OpenerDirector()
    for handler in chosen:
        director.add_handler(handler)
    return director


def install_opener(opener):
    global _installed
    _installed = opener


def urlopen(url, data=None, timeout=_NO_TIMEOUT, *, cafile=None,
            capath=None, cadefault=False, context=None):
    """Open url (a string or a Request) and return a file-like response."""
    global _installed
    if cafile or capath or cadefault:
        import warnings
        warnings.warn('cafile, capath and cadefault are deprecated, use a '
                      'custom context instead.', DeprecationWarning, 2)
        if context is not None:
            raise ValueError("You can't pass both context and any of "
                             "cafile, capath, and cadefault")
        raise URLError('SSL support is not available')
    if context is not None:
        opener = build_opener(HTTPSHandler(context=context, check_hostname=None))
    else:
        if _installed is None:
            _installed = build_opener()
        opener = _installed
    return opener.open(url, data, timeout)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at url to a file; return (filename, headers).

    A file: URL without a target filename is not copied: its local path
    is returned.  Without a filename the copy goes to a temporary file
    removed by urlcleanup().
    """
    scheme, colon, rest = url.partition(':')
    with urlopen(url, data) as source:
        headers = source.info()
        if colon and scheme.lower() == 'file' and not filename:
            return os.path.normpath(rest), headers
        if not filename:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _temp_files.append(filename)
        else:
            target = open(filename, mode='wb')
        with target:
            expected = -1
            announced = headers.get('Content-Length')
            if announced is not None:
                expected = int(announced)
            copied = 0
            count = 0
            if reporthook:
                reporthook(count, _CHUNK, expected)
            while True:
                block = source.read(_CHUNK)
                if not block:
                    break
                copied += len(block)
                target.write(block)
                count += 1
                if reporthook:
                    reporthook(count, _CHUNK, expected)
    if 0 <= expected and copied < expected:
        raise ContentTooShortError(
            'retrieval incomplete: got only %i out of %i bytes'
            % (copied, expected), (filename, headers))
    return filename, headers


def urlcleanup():
    """Remove urlretrieve()'s temporary files and forget the opener."""
    global _installed
    for leftover in _temp_files:
        try:
            os.remove(leftover)
        except OSError:
            pass
    _temp_files.clear()
    _installed = None
