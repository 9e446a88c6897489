"""Header objects used by the modern (EmailPolicy) API.

Each header is a str subclass carrying its name, the defects found while
parsing it, and attributes specific to its kind (addresses, datetime,
params...).  HeaderRegistry maps header names to these classes.
"""

import re
from types import MappingProxyType

from email import errors
from email import utils
from email import _refold
from email._params import ParamList, strip_quotes


# ------------------------------------------------------------ addresses

_ADDR_SPECIALS = set('()<>@,:;.\\"[]')


def _quote_if_needed(text):
    if _ADDR_SPECIALS.intersection(text) or text != text.strip() or \
            '  ' in text:
        return '"%s"' % utils.quote(text)
    return text


class Address:
    """One email address: display name, username and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        if any('\r' in p or '\n' in p
               for p in (display_name, username, domain, addr_spec or '')):
            raise ValueError("invalid arguments; address parts cannot "
                             "contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            local, at, dom = addr_spec.rpartition('@')
            if not at:
                local, dom = addr_spec, ''
            username = utils.unquote(local) if local.startswith('"') \
                else local
            domain = dom
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        local = self.username
        if local and not all(c not in _ADDR_SPECIALS and c not in ' \t'
                             for c in local.replace('.', 'x')):
            local = '"%s"' % utils.quote(local)
        elif local and ('..' in local or local.startswith('.')
                        or local.endswith('.')):
            local = '"%s"' % utils.quote(local)
        if self.domain:
            return local + '@' + self.domain
        if not local:
            return '<>'
        return local

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            type(self).__name__, self.display_name, self.username,
            self.domain)

    def __str__(self):
        name = self.display_name
        if name:
            spec = '' if self.addr_spec == '<>' else self.addr_spec
            return '{} <{}>'.format(_quote_if_needed(name), spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name, self.username, self.domain) == \
            (other.display_name, other.username, other.domain)


class Group:
    """A named (possibly empty) group of addresses."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            type(self).__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None:
            name = _quote_if_needed(name)
        body = ', '.join(str(a) for a in self.addresses)
        body = ' ' + body if body else body
        return '{}:{};'.format(name, body)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name == other.display_name
                and self.addresses == other.addresses)


# ------------------------------------------------------------- headers

class BaseHeader(str):
    """Common behaviour: a str value plus name, defects and folding."""

    def __new__(cls, name, value):
        info = {'defects': [], 'raw': value if isinstance(value, str) else None}
        cls.parse(value, info)
        if isinstance(info['decoded'], str):
            info['decoded'] = utils._sanitize(info['decoded'])
        self = str.__new__(cls, info.pop('decoded'))
        info['raw'] = info['raw'] if info['raw'] is not None else str(self)
        self.init(name, **info)
        return self

    def init(self, name, *, defects, raw, **extra):
        self._name = name
        self._defects = tuple(defects)
        self._raw = raw

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _fold_source(self):
        return self._raw

    def fold(self, *, policy):
        """The header as folded text for policy."""
        text = ''.join(self._fold_source().splitlines())
        return _refold.fold_unstructured(self.name, text, policy)


class UnstructuredHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        text = _refold.decode_words(str(value))
        kwds['decoded'] = text
        kwds['raw'] = text


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            kwds['raw'] = ''
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect(
                    'Invalid date value or format'))
                kwds['datetime'] = None
                kwds['raw'] = ''
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(value)
        kwds['raw'] = kwds['decoded']

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


def _parse_groups(text):
    """Groups (and lone addresses as unnamed groups) from header text."""
    groups = []
    reader = utils._AddressReader(text)
    while reader.peek() is not None:
        start = reader.pos
        found = reader.one()
        consumed = reader.toks[start:reader.pos]
        marks = [t.value for t in consumed if t.kind == 'mark']
        if ':' in marks:
            label = []
            for t in consumed:
                if t.kind == 'mark' and t.value == ':':
                    break
                if t.kind in ('word', 'quoted'):
                    label.append(t.value)
            groups.append(Group(' '.join(label),
                                [_to_address(n, a) for n, a in found
                                 if a]))
        else:
            for n, a in found:
                if a or n:
                    groups.append(Group(None, [_to_address(n, a)]))
    return groups


def _to_address(name, spec):
    from email.header import decode_header, make_header
    if '=?' in name:
        try:
            name = str(make_header(decode_header(name)))
        except Exception:
            pass
    local, at, dom = spec.rpartition('@')
    if not at:
        local, dom = spec, ''
    if local.startswith('"') and local.endswith('"'):
        local = utils.unquote(local)
    return Address(name, local, dom)


class AddressHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            groups = _parse_groups(value)
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [Group(None, [item]) if not hasattr(item, 'addresses')
                      else item for item in value]
            kwds['raw'] = ', '.join(str(g) for g in groups)
        kwds['groups'] = tuple(groups)
        kwds['decoded'] = ', '.join(str(g) for g in groups)

    def init(self, *args, **kw):
        self._groups = kw.pop('groups')
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    def fold(self, *, policy):
        text = ''.join(self._fold_source().splitlines())
        return _refold.fold_address_text(self.name, text, policy)

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(a for g in self._groups
                                    for a in g.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(("value of single address header {} is not "
                              "a single address").format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        digits = ''.join(ch for ch in value.split('(')[0] if not ch.isspace())
        major = minor = None
        version = None
        parts = digits.split('.')
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            major, minor = int(parts[0]), int(parts[1])
            version = '{}.{}'.format(major, minor)
        else:
            kwds['defects'].append(errors.InvalidHeaderDefect(
                'invalid MIME-Version'))
        kwds['major'], kwds['minor'], kwds['version'] = major, minor, version
        kwds['decoded'] = value

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    version = property(lambda self: self._version)
    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)


class ParameterizedMIMEHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        plist = ParamList.parse(value)
        plist.pairs = [(k, v if v.startswith('"') else
                        re.sub(r'\([^)]*\)', '', v).strip())
                       for k, v in plist.pairs]
        params = {}
        for key, val in plist.decoded()[1:]:
            if not key:
                continue
            val = strip_quotes(val)
            if isinstance(val, tuple):
                val = utils.collapse_rfc2231_value(val)
            params[key] = val
        kwds['params'] = params
        kwds['head'] = value.split(';', 1)[0].lstrip()
        pieces = [kwds['head']]
        for key, val in params.items():
            pieces.append('{}="{}"'.format(key, utils.quote(val)))
        kwds['decoded'] = '; '.join(pieces) if params else value
        kwds['raw'] = kwds['decoded']

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        self._head = kw.pop('head')
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)

    def fold(self, *, policy):
        width = policy.max_line_length or float('inf')
        pieces = [self._head]
        for key, val in self._params.items():
            pieces.extend(_param_pieces(key, val, width, policy.utf8))
        lines = []
        line = self.name + ':'
        for idx, piece in enumerate(pieces):
            text = piece + (';' if idx < len(pieces) - 1 else '')
            if len(line) + 1 + len(text) <= width or line == self.name + ':':
                if len(line) + 1 + len(text) > width and line == self.name + ':' and idx:
                    lines.append(line)
                    line = ' ' + text
                else:
                    line += ' ' + text
            else:
                lines.append(line)
                line = ' ' + text
        lines.append(line)
        return policy.linesep.join(lines) + policy.linesep


def _param_pieces(key, val, width, utf8):
    try:
        val.encode('ascii')
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = utf8
    simple = '{}="{}"'.format(key, utils.quote(val))
    if ascii_ok and len(simple) + 2 <= width:
        return [simple]
    charset = 'us-ascii' if ascii_ok else 'utf-8'
    encoded = utils.encode_rfc2231(val.encode(charset, 'surrogateescape')
                                   .decode('latin-1'), 'latin-1')
    encoded = encoded.split("'", 2)[2]
    if len(key) + len(charset) + len(encoded) + 6 <= width:
        return ["{}*={}''{}".format(key, charset, encoded)]
    out = []
    num = 0
    rest = encoded
    while rest:
        head = '{}*{}*='.format(key, num) + \
            ("{}''".format(charset) if num == 0 else '')
        room = int(width) - 2 - len(head)
        chunk = rest[:room]
        while chunk.endswith('%') or chunk[-2:-1] == '%':
            chunk = chunk[:-1]
        out.append(head + chunk)
        rest = rest[len(chunk):]
        num += 1
    return out


class ContentTypeHeader(ParameterizedMIMEHeader):

    def init(self, *args, **kw):
        super().init(*args, **kw)
        ctype = self._head.strip().lower()
        if ctype.count('/') == 1:
            self._maintype, self._subtype = ctype.split('/')
        else:
            self._maintype, self._subtype = 'text', 'plain'
            self._defects += (errors.InvalidHeaderDefect(
                'invalid Content-Type'),)

    maintype = property(lambda self: self._maintype)
    subtype = property(lambda self: self._subtype)

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):

    def init(self, *args, **kw):
        super().init(*args, **kw)
        head = self._head.strip()
        self._content_disposition = head.lower() if head else None

    content_disposition = property(lambda self: self._content_disposition)


class ContentTransferEncodingHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = value
        kwds['cte'] = value.strip().lower()

    def init(self, *args, **kw):
        self._cte = kw.pop('cte')
        super().init(*args, **kw)

    cte = property(lambda self: self._cte)


class MessageIDHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = value.strip()


_DEFAULT_MAP = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Creates header objects, choosing the class from the header name."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader, use_default_map=True):
        self.registry = dict(_DEFAULT_MAP) if use_default_map else {}
        self.base_class = base_class
        self.default_class = default_class
        self._made = {}

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        spec = self.registry.get(name.lower(), self.default_class)
        made = self._made.get(spec)
        if made is None:
            made = type('_' + spec.__name__, (spec, self.base_class), {})
            self._made[spec] = made
        return made

    def __call__(self, name, value):
        return self[name](name, value)
