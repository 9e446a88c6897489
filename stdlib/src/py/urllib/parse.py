"""Split URLs into components, put them back together, resolve relative
references (RFC 3986) and percent-encode or decode text and query strings.

pyrs implementation of the urllib.parse module.
"""

import functools
import re
import types
import warnings
from collections import namedtuple

__all__ = [
    "urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
    "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
    "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
    "SplitResult", "DefragResultBytes", "ParseResultBytes", "SplitResultBytes",
]


# --- scheme tables -------------------------------------------------------

uses_relative = [''] + ('ftp http gopher nntp imap wais file https shttp mms '
                        'prospero rtsp rtsps rtspu sftp svn svn+ssh ws wss').split()
uses_netloc = [''] + ('ftp http gopher nntp telnet imap wais file mms https '
                      'shttp snews prospero rtsp rtsps rtspu rsync svn svn+ssh '
                      'sftp nfs git git+ssh ws wss itms-services').split()
uses_params = [''] + ('ftp hdl prospero http imap https shttp rtsp rtsps rtspu '
                      'sip sips mms sftp tel').split()
non_hierarchical = ('gopher hdl mailto news telnet wais imap snews '
                    'sip sips').split()
uses_query = [''] + ('http wais imap https shttp mms gopher rtsp rtsps rtspu '
                     'sip sips').split()
uses_fragment = [''] + ('ftp hdl http gopher news nntp wais https shttp snews '
                        'file prospero').split()

_LOWER = 'abcdefghijklmnopqrstuvwxyz'
_DIGITS = '0123456789'
scheme_chars = _LOWER + _LOWER.upper() + _DIGITS + '+-.'

# Characters stripped from the start of a URL (C0 controls and space, as in
# the WHATWG URL standard) and characters removed from anywhere in it.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(n) for n in range(0x21))
_UNSAFE_URL_BYTES_TO_REMOVE = list('\t\r\n')
_DROP_TAB_NEWLINE = {ord(ch): None for ch in _UNSAFE_URL_BYTES_TO_REMOVE}


def clear_cache():
    """Forget every cached split result and quoting table."""
    urlsplit.cache_clear()
    _escape_table.cache_clear()


# --- str / bytes handling --------------------------------------------------

def _keep(value):
    return value


def _to_ascii(value):
    return value.encode('ascii', 'strict')


def _unify(*values):
    """Return the values as str, followed by a function that turns a str
    result back into the caller's type (identity for str input)."""
    textual = isinstance(values[0], str)
    for extra in values[1:]:
        if extra and isinstance(extra, str) is not textual:
            raise TypeError("Cannot mix str and non-str arguments")
    if textual:
        return values + (_keep,)
    return tuple(v.decode('ascii', 'strict') if v else '' for v in values) + (_to_ascii,)


# --- result types -----------------------------------------------------------

_GENERIC = classmethod(types.GenericAlias)

class _TextParts:
    """Behaviour of results holding str components."""
    __slots__ = ()
    _AT, _COLON, _LBRACKET, _RBRACKET, _PERCENT, _HASH = '@:[]%#'

    def encode(self, encoding='ascii', errors='strict'):
        return self._other(*[part.encode(encoding, errors) for part in self])


class _ByteParts:
    """Behaviour of results holding bytes components."""
    __slots__ = ()
    _AT, _COLON, _LBRACKET, _RBRACKET, _PERCENT, _HASH = (
        b'@', b':', b'[', b']', b'%', b'#')

    def decode(self, encoding='ascii', errors='strict'):
        return self._other(*[part.decode(encoding, errors) for part in self])


class _AuthorityView:
    """Properties derived from the netloc field."""
    __slots__ = ()
    __class_getitem__ = _GENERIC

    def _userinfo(self):
        info, at, _ = self.netloc.rpartition(self._AT)
        if not at:
            return None, None
        name, colon, secret = info.partition(self._COLON)
        return name, (secret if colon else None)

    def _hostport(self):
        hostport = self.netloc.rpartition(self._AT)[2]
        _, bracket, inside = hostport.partition(self._LBRACKET)
        if bracket:
            host, _, after = inside.partition(self._RBRACKET)
            port = after.partition(self._COLON)[2]
        else:
            host, _, port = hostport.partition(self._COLON)
        return host, (port or None)

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostport()[0]
        if not host:
            return None
        # Lower-case the address but keep an IPv6 zone id as written.
        addr, mark, zone = host.partition(self._PERCENT)
        return addr.lower() + mark + zone

    @property
    def port(self):
        text = self._hostport()[1]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


class _StrAuthority(_AuthorityView, _TextParts):
    __slots__ = ()


class _BytesAuthority(_AuthorityView, _ByteParts):
    __slots__ = ()


# Names other code (and tests) look up on this module.
_NetlocResultMixinStr = ResultBase = _StrAuthority

_DefragFields = namedtuple('DefragResult', 'url fragment')
_SplitFields = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseFields = namedtuple('ParseResult',
                          'scheme netloc path params query fragment')

_DefragFields.__doc__ = ("\nDefragResult(url, fragment)\n\nA 2-tuple that contains the url "
                         "without fragment identifier and the fragment\nidentifier as a "
                         "separate argument.\n")
_SplitFields.__doc__ = ("\nSplitResult(scheme, netloc, path, query, fragment)\n\nA 5-tuple "
                        "that contains the different components of a URL. Similar to\n"
                        "ParseResult, but does not split params.\n")
_ParseFields.__doc__ = ("\nParseResult(scheme, netloc, path, params, query, fragment)\n\n"
                        "A 6-tuple that contains components of a parsed URL.\n")
_FIELD_DOCS = {
    'url': "The URL with no fragment identifier.",
    'scheme': "Specifies URL scheme for the request.",
    'netloc': "\nNetwork location where the request is made to.\n",
    'path': "\nThe hierarchical path, such as the path to a file to download.\n",
    'params': ("\nParameters for last path element used to dereference the URI in order "
               "to provide\naccess to perform some operation on the resource.\n"),
    'query': ("\nThe query component, that contains non-hierarchical data, that along "
              "with data\nin path component, identifies a resource in the scope of "
              "URI's scheme and\nnetwork location.\n"),
    'fragment': ("\nFragment identifier, that allows indirect identification of a "
                 "secondary resource\nby reference to a primary resource and additional "
                 "identifying information.\n"),
}
for _base in (_DefragFields, _SplitFields, _ParseFields):
    for _field in _base._fields:
        _text = _FIELD_DOCS[_field]
        if _base is _DefragFields and _field == 'fragment':
            _text = ("\nFragment identifier separated from URL, that allows indirect "
                     "identification of a\nsecondary resource by reference to a primary "
                     "resource and additional identifying\ninformation.\n")
        try:
            getattr(_base, _field).__doc__ = _text
        except (AttributeError, TypeError):
            pass
del _base, _field, _text


class DefragResult(_DefragFields, _TextParts):
    __slots__ = ()
    __class_getitem__ = _GENERIC

    def geturl(self):
        return self.url + self._HASH + self.fragment if self.fragment else self.url


class SplitResult(_SplitFields, _StrAuthority):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseFields, _StrAuthority):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragFields, _ByteParts):
    __slots__ = ()
    __class_getitem__ = _GENERIC
    geturl = DefragResult.geturl


class SplitResultBytes(_SplitFields, _BytesAuthority):
    __slots__ = ()
    geturl = SplitResult.geturl


class ParseResultBytes(_ParseFields, _BytesAuthority):
    __slots__ = ()
    geturl = ParseResult.geturl


def _pair_up(*classes):
    text_cls, byte_cls = classes
    text_cls._other, byte_cls._other = byte_cls, text_cls


_pair_up(DefragResult, DefragResultBytes)
_pair_up(SplitResult, SplitResultBytes)
_pair_up(ParseResult, ParseResultBytes)


# --- host validation --------------------------------------------------------

_HEXDIGITS = frozenset(_DIGITS + 'abcdefABCDEF')
_IPVFUTURE = re.compile(r'v[0-9a-fA-F]+\..+')


def _dotted_quad_ok(text):
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not (0 < len(octet) <= 3 and octet.isascii() and octet.isdigit()):
            return False
        if (octet[0] == '0' and len(octet) > 1) or int(octet) > 255:
            return False
    return True


def _hextets_ok(groups):
    return all(0 < len(g) <= 4 and _HEXDIGITS.issuperset(g) for g in groups)


def _ipv6_ok(text):
    addr, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    groups = addr.split(':')
    if len(groups) < 3:
        return False
    if '.' in groups[-1]:
        if not _dotted_quad_ok(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    if len(groups) > 9:
        return False
    holes = [n for n in range(1, len(groups) - 1) if groups[n] == '']
    if not holes:
        return len(groups) == 8 and _hextets_ok(groups)
    if len(holes) > 1:
        return False
    hole = holes[0]
    left, right = groups[:hole], groups[hole + 1:]
    if left[0] == '':
        if len(left) != 1:
            return False
        left = []
    if right[-1] == '':
        if len(right) != 1:
            return False
        right = []
    return len(left) + len(right) < 8 and _hextets_ok(left + right)


def _check_bracketed(host):
    if host.startswith('v'):
        if _IPVFUTURE.fullmatch(host) is None:
            raise ValueError("IPvFuture address is invalid")
    elif _dotted_quad_ok(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _ipv6_ok(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_nfkc(netloc):
    # Reject hosts whose compatibility normalisation would introduce URL
    # delimiters (for example U+2100 becoming "a/c").
    if netloc.isascii():
        return
    import unicodedata
    plain = ''.join(ch for ch in netloc if ch not in '@:#?')
    folded = unicodedata.normalize('NFKC', plain)
    if folded != plain and any(ch in folded for ch in '/?#@:'):
        raise ValueError("netloc '" + netloc + "' contains invalid characters "
                         "under NFKC normalization")


# --- splitting --------------------------------------------------------------

_AUTHORITY = re.compile(r'//([^/?#]*)', re.S)


def _scheme_end(url):
    """Index of the colon ending a valid scheme prefix of url, or -1."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return -1
    for ch in url[:colon]:
        if ch not in scheme_chars:
            return -1
    return colon


def _split_str(url, scheme, allow_fragments):
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE).translate(_DROP_TAB_NEWLINE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE).translate(_DROP_TAB_NEWLINE)
    end = _scheme_end(url)
    if end > 0:
        scheme, url = url[:end].lower(), url[end + 1:]
    netloc = ''
    found = _AUTHORITY.match(url)
    if found is not None:
        netloc, url = found.group(1), url[found.end():]
        opened, closed = '[' in netloc, ']' in netloc
        if opened != closed:
            raise ValueError("Invalid IPv6 URL")
        if opened:
            _check_bracketed(netloc.partition('[')[2].partition(']')[0])
    fragment = query = ''
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _check_nfkc(netloc)
    return SplitResult(scheme, netloc, url, query, fragment)


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment).

    The result is a SplitResult (SplitResultBytes for bytes input); params are
    left in the path.  `scheme` is used when the URL names none; with
    allow_fragments false, '#' is not treated specially.
    """
    url, scheme, back = _unify(url, scheme)
    return back(_split_str(url, scheme, allow_fragments))


def _cut_params(path):
    # Parameters belong to the last path segment only.
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment).

    Like urlsplit(), but the ';params' of the last path segment are separated
    for schemes listed in uses_params.
    """
    url, scheme, back = _unify(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _cut_params(path)
    return back(ParseResult(parts.scheme, parts.netloc, path, params,
                            parts.query, parts.fragment))


def urlunsplit(components):
    """Join a 5-item sequence (as returned by urlsplit()) into a URL string."""
    scheme, netloc, path, query, fragment, back = _unify(*components)
    text = path
    if netloc or (scheme and scheme in uses_netloc and path[:2] != '//'):
        if path[:1] not in ('', '/'):
            text = '/' + path
        text = '//' + netloc + text
    pieces = [scheme + ':' if scheme else '', text]
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return back(''.join(pieces))


def urlunparse(components):
    """Join a 6-item sequence (as returned by urlparse()) into a URL string."""
    scheme, netloc, path, params, query, fragment, back = _unify(*components)
    if params:
        path = path + ';' + params
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def urldefrag(url):
    """Remove the fragment from url; return a DefragResult(url, fragment)."""
    url, back = _unify(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    parts = urlparse(url)
    bare = urlunparse(parts[:5] + ('',))
    return back(DefragResult(bare, parts.fragment))


# --- relative references ----------------------------------------------------

def _resolve_path(base_path, ref_path):
    """Merge a relative path with the base path and drop dot segments."""
    segments = ref_path.split('/')
    merged = ref_path[:1] != '/'
    if merged:
        head = base_path.split('/')
        if head[-1]:
            head.pop()
        segments = head + segments
    last = len(segments) - 1
    stack = []
    for index, seg in enumerate(segments):
        if merged and seg == '' and 0 < index < last:
            continue            # a merged path loses its empty inner segments
        if seg == '..':
            if stack:
                stack.pop()
        elif seg != '.':
            stack.append(seg)
    if segments[-1] == '.' or segments[-1] == '..':
        stack.append('')      # keep the trailing slash
    return '/'.join(stack) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url against the base URL and return an absolute URL."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _unify(base, url)
    ref_base = urlparse(base, '', allow_fragments)
    ref = urlparse(url, ref_base.scheme, allow_fragments)
    scheme = ref.scheme
    if scheme != ref_base.scheme or scheme not in uses_relative:
        return back(url)
    netloc = ref.netloc
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse(ref))
        netloc = ref_base.netloc
    path, params, query = ref.path, ref.params, ref.query
    if path or params:
        path = _resolve_path(ref_base.path, path)
    else:
        path, params = ref_base.path, ref_base.params
        query = query or ref_base.query
    return back(urlunparse((scheme, netloc, path, params, query, ref.fragment)))


# --- percent decoding -------------------------------------------------------

_hex_pairs = None


def _pair_table():
    global _hex_pairs
    if _hex_pairs is None:
        digits = _DIGITS + 'abcdefABCDEF'
        _hex_pairs = {(hi + lo).encode(): bytes([int(hi + lo, 16)])
                      for hi in digits for lo in digits}
    return _hex_pairs


def unquote_to_bytes(string):
    """Decode %XX escapes in string (str or bytes) and return bytes."""
    if not string:
        string.split
        return b''
    data = string.encode('utf-8') if isinstance(string, str) else string
    first, *rest = data.split(b'%')
    if not rest:
        return bytes(data)
    table = _pair_table()
    out = [first]
    for chunk in rest:
        try:
            out.append(table[chunk[:2]])
        except KeyError:
            out.append(b'%')
            out.append(chunk)
        else:
            out.append(chunk[2:])
    return b''.join(out)


_ASCII_RUN = re.compile('[\x00-\x7f]+')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %XX escapes in string by the characters they encode.

    Runs of escaped bytes are decoded with `encoding` and `errors`
    (default 'utf-8' and 'replace'); bytes input is accepted too.
    """
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'

    def decode_run(match):
        return unquote_to_bytes(match.group()).decode(encoding, errors)
    return _ASCII_RUN.sub(decode_run, string)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also turn '+' into a space (form decoding)."""
    return unquote(string.replace('+', ' '), encoding, errors)


# --- query strings ----------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs.

    keep_blank_values keeps fields with empty values, strict_parsing raises
    ValueError on malformed fields, max_num_fields bounds the number of
    fields, separator splits fields, encoding/errors decode escapes.
    """
    qs, back = _unify(qs)
    separator = _unify(separator)[0]
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if not qs:
        return []
    if max_num_fields is not None and qs.count(separator) + 1 > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping names to lists of values.

    The options are those of parse_qsl().
    """
    grouped = {}
    options = dict(encoding=encoding, errors=errors,
                   max_num_fields=max_num_fields, separator=separator)
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, **options):
        grouped.setdefault(name, []).append(value)
    return grouped


# --- percent encoding -------------------------------------------------------

# RFC 3986 unreserved characters, never escaped.
_UNRESERVED = frozenset((_LOWER + _LOWER.upper() + _DIGITS + '_.-~').encode())
_ALWAYS_SAFE = _UNRESERVED


@functools.lru_cache()
def _escape_table(safe):
    """Tuple mapping every byte value to its quoted text, given safe bytes."""
    keep = _UNRESERVED.union(safe)
    return tuple(chr(n) if n in keep else '%{:02X}'.format(n) for n in range(256))


def _byte_quoter_factory(safe):
    return _escape_table(safe).__getitem__


class _Quoter(dict):
    """Mapping of byte values to their quoted text, filled on demand."""

    def __init__(self, safe):
        self._keep = _UNRESERVED.union(safe)

    def __repr__(self):
        return '<Quoter %r>' % (dict(self),)

    def __missing__(self, byte):
        text = chr(byte) if byte in self._keep else '%{:02X}'.format(byte)
        self[byte] = text
        return text


def _safe_bytes(safe):
    if isinstance(safe, str):
        return safe.encode('ascii', 'ignore')
    return bytes(n for n in safe if n < 0x80)


def quote_from_bytes(bs, safe='/'):
    """Percent-encode a bytes object, leaving unreserved and `safe` bytes;
    returns str."""
    if not isinstance(bs, bytes) and not isinstance(bs, bytearray):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    table = _escape_table(_safe_bytes(safe))
    return ''.join([table[n] for n in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string for use in a URL.

    Letters, digits, '_.-~' and the characters in `safe` (default '/') are
    kept.  A str is first encoded with `encoding` and `errors` (default
    'utf-8' and 'strict'); these may not be given for bytes input.
    """
    if isinstance(string, str) and not string:
        return string
    if isinstance(string, str):
        string = string.encode('utf-8' if encoding is None else encoding,
                               'strict' if errors is None else errors)
    else:
        for option, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError(f"quote() doesn't support '{option}' for bytes")
    return quote_from_bytes(string, safe=safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but encode spaces as '+' (HTML form style) and by
    default escape '/' too."""
    if isinstance(string, str):
        plain = ' ' not in string
    elif isinstance(string, bytes):
        plain = b' ' not in string
    else:
        plain = False
    if plain:
        return quote(string, safe, encoding=encoding, errors=errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string.

    With doseq true, sequence values produce one field per element.  Each
    key and value is quoted with quote_via (default quote_plus()), passing
    safe, encoding and errors along for str data.
    """
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) > 0 and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from exc

    def one(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(item if isinstance(item, str) else str(item),
                         safe, encoding, errors)

    fields = []
    for key, value in query:
        key = one(key)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(key + '=' + one(value))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(key + '=' + one(value))
        else:
            fields.extend(key + '=' + one(element) for element in value)
    return '&'.join(fields)


# --- legacy helpers (deprecated since 3.8) ---------------------------------

def _to_bytes(url):
    if isinstance(url, str):
        if not url.isascii():
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    """Strip '<...>' and a leading 'URL:' from a URL: '<URL:type://host/path>'
    gives 'type://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


_TYPE_PREFIX = re.compile(r'([^/:]+):(.*)', re.S)
_HOST_PREFIX = re.compile(r'//([^/#?]*)(.*)', re.S)
_PORT_SUFFIX = re.compile(r'(.*):([0-9]*)', re.S)


def _splittype(url):
    found = _TYPE_PREFIX.match(url)
    return (found[1].lower(), found[2]) if found else (None, url)


def _splithost(url):
    found = _HOST_PREFIX.match(url)
    if not found:
        return None, url
    rest = found[2]
    if rest and not rest.startswith('/'):
        rest = '/' + rest
    return found[1], rest


def _splituser(host):
    info, at, rest = host.rpartition('@')
    return (info, rest) if at else (None, rest)


def _splitpasswd(user):
    name, colon, secret = user.partition(':')
    return name, (secret if colon else None)


def _splitport(host):
    found = _PORT_SUFFIX.fullmatch(host)
    if found:
        return found[1], (found[2] or None)
    return host, None


def _splitnport(host, defport=-1):
    head, colon, tail = host.rpartition(':')
    if not colon:
        return tail, defport
    if not tail:
        return head, defport
    return head, (int(tail) if tail.isascii() and tail.isdigit() else None)


def _splitquery(url):
    head, mark, tail = url.rpartition('?')
    return (head, tail) if mark else (url, None)


def _splittag(url):
    head, mark, tail = url.rpartition('#')
    return (head, tail) if mark else (url, None)


def _splitattr(url):
    first, *attrs = url.split(';')
    return first, attrs


def _splitvalue(attr):
    name, eq, value = attr.partition('=')
    return name, (value if eq else None)


def _legacy(public, impl, advice='urlparse'):
    message = f"urllib.parse.{public}() is deprecated as of 3.8"
    if advice:
        message += f", use urllib.parse.{advice}() instead"

    def shim(*args, **kwargs):
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return impl(*args, **kwargs)
    shim.__name__ = shim.__qualname__ = public
    shim.__doc__ = f"Deprecated alias of the private {impl.__name__}()."
    return shim


to_bytes = _legacy('to_bytes', _to_bytes, None)
splittype = _legacy('splittype', _splittype)
splithost = _legacy('splithost', _splithost)
splituser = _legacy('splituser', _splituser)
splitpasswd = _legacy('splitpasswd', _splitpasswd)
splitport = _legacy('splitport', _splitport)
splitnport = _legacy('splitnport', _splitnport)
splitquery = _legacy('splitquery', _splitquery)
splittag = _legacy('splittag', _splittag)
splitattr = _legacy('splitattr', _splitattr)
splitvalue = _legacy('splitvalue', _splitvalue, 'parse_qsl')


def __getattr__(name):
    if name == 'Quoter':
        warnings.warn('Deprecated in 3.11. urllib.parse.Quoter will be removed in '
                      'Python 3.14. It was not intended to be a public API.',
                      category=DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
