"""Message objects: Message (compat32 API), MIMEPart and EmailMessage."""

__all__ = ['Message', 'EmailMessage']

import binascii
import quopri
from io import BytesIO, StringIO

from email import utils
from email import errors
from email._policybase import compat32
from email import charset as _charset
from email._params import (ParamList, render_param, join_params,
                           strip_quotes, lenient_b64, _ABSENT)


def _leading_token(value):
    # The part of a header value before its first ';'.
    head, _, _ = str(value).partition(';')
    return head.strip()


# ------------------------------------------------ transfer decoding

def _from_uuencode(data):
    """Decode uuencoded bytes; ValueError when there is no begin line."""
    rows = iter(data.split(b'\n'))
    for row in rows:
        if row.startswith(b'begin'):
            break
    else:
        raise ValueError('no uuencode start line')
    decoded = bytearray()
    for row in rows:
        row = row.rstrip(b'\r')
        if row.strip() == b'end':
            return bytes(decoded)
        if row:
            try:
                decoded += binascii.a2b_uu(row)
            except binascii.Error:
                # Some encoders emit extra garbage after the data.
                usable = ((row[0] - 32) & 63) * 4 // 3 + 3
                decoded += binascii.a2b_uu(row[:usable])
    raise ValueError('uuencoded data ends before its end line')


def _from_b64(msg, data):
    value, problems = lenient_b64(b''.join(data.splitlines()))
    for problem in problems:
        msg.policy.handle_defect(msg, problem)
    return value


def _from_uu(msg, data):
    try:
        return _from_uuencode(data)
    except ValueError:
        return data


_DECODERS = {
    'quoted-printable': lambda msg, data: quopri.decodestring(data),
    'base64': _from_b64,
    'x-uuencode': _from_uu, 'uuencode': _from_uu,
    'uue': _from_uu, 'x-uue': _from_uu,
}


def _text_to_bytes(text):
    # Payload str -> bytes: surrogate escapes and latin-1 both survive.
    if utils._has_surrogates(text):
        return text.encode('ascii', 'surrogateescape')
    try:
        return text.encode('ascii')
    except UnicodeError:
        return text.encode('raw-unicode-escape')


def _rfc2231_text(triple):
    # (charset, language, text) -> text decoded with its charset, or the
    # undecoded text when the charset is unknown or does not fit.
    label, _, text = triple
    try:
        return text.encode('raw-unicode-escape').decode(label or 'us-ascii')
    except (LookupError, UnicodeError):
        return text


class Message:
    """A message: an ordered list of headers plus a payload, which is a
    string or, for multiparts, a list of Message objects."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    # ---------------------------------------------------------- output

    def __str__(self):
        return self.as_string()

    def __bytes__(self):
        return self.as_bytes()

    def _flattened(self, gen_class, sink, unixfrom, policy, **kw):
        chosen = self.policy if policy is None else policy
        gen_class(sink, mangle_from_=False, policy=chosen,
                  **kw).flatten(self, unixfrom=unixfrom)
        return sink.getvalue()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message flattened to a str."""
        from email.generator import Generator
        return self._flattened(Generator, StringIO(), unixfrom, policy,
                               maxheaderlen=maxheaderlen)

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message flattened to bytes."""
        from email.generator import BytesGenerator
        return self._flattened(BytesGenerator, BytesIO(), unixfrom, policy)

    # ---------------------------------------------------------- payload

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Add a subpart, making the payload a list if it was empty."""
        if self._payload is None:
            self._payload = []
        if not isinstance(self._payload, list):
            raise TypeError("Attach is not valid on a message with"
                            " a non-multipart payload")
        self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        """The payload, the i-th subpart, or the transfer-decoded bytes."""
        body = self._payload
        if isinstance(body, list):
            if decode:
                return None
            return body if i is None else body[i]
        if i is not None:
            raise TypeError('Expected list, got %s' % type(body))
        if not isinstance(body, str):
            return body
        if not decode:
            if not utils._has_surrogates(body):
                return body
            raw = body.encode('ascii', 'surrogateescape')
            try:
                return raw.decode(self.get_param('charset', 'ascii'),
                                  'replace')
            except LookupError:
                return raw.decode('ascii', 'replace')
        raw = _text_to_bytes(body)
        cte = str(self.get('content-transfer-encoding', '')).lower()
        decoder = _DECODERS.get(cte)
        return raw if decoder is None else decoder(self, raw)

    def set_payload(self, payload, charset=None):
        """Replace the payload; with a charset, also set the MIME headers
        and apply the charset's body encoding."""
        if charset is not None and not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        if isinstance(payload, str) and charset is not None:
            payload = payload.encode(charset.output_charset,
                                     'surrogateescape')
        if hasattr(payload, 'decode'):
            payload = payload.decode('ascii', 'surrogateescape')
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Record the payload charset, adding the MIME headers it implies."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        self._charset = charset
        self._label_charset(charset)
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            self._label_transfer(charset)

    def _label_charset(self, charset):
        label = charset.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' in self:
            self.set_param('charset', label)
        else:
            self.add_header('Content-Type', 'text/plain', charset=label)

    def _label_transfer(self, charset):
        how = charset.get_body_encoding()
        if callable(how):           # encode_7or8bit labels by itself
            how(self)
            return
        if self._payload:
            raw = self._payload
            try:
                raw = raw.encode('ascii', 'surrogateescape')
            except UnicodeError:
                raw = raw.encode(charset.output_charset)
            self._payload = charset.body_encode(raw)
        self.add_header('Content-Transfer-Encoding', how)

    def get_charset(self):
        return self._charset

    # ---------------------------------------------------------- headers

    def _slots(self, name):
        """Indexes of the stored headers called name (any case)."""
        key = name.lower()
        return [n for n, (k, _) in enumerate(self._headers)
                if k.lower() == key]

    def _fetch(self, slot):
        name, value = self._headers[slot]
        return self.policy.header_fetch_parse(name, value)

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        most = self.policy.header_max_count(name)
        if most and len(self._slots(name)) >= most:
            raise ValueError("There may be at most {} {} headers "
                             "in a message".format(most, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        for slot in reversed(self._slots(name)):
            del self._headers[slot]

    def __contains__(self, name):
        return bool(self._slots(name))

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        return [pair[0] for pair in self._headers]

    def values(self):
        return [self._fetch(n) for n in range(len(self._headers))]

    def items(self):
        return [(self._headers[n][0], self._fetch(n))
                for n in range(len(self._headers))]

    def get(self, name, failobj=None):
        """First value of the named header, or failobj."""
        slots = self._slots(name)
        return self._fetch(slots[0]) if slots else failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(list(self._headers))

    def get_all(self, name, failobj=None):
        """Every value of the named header, or failobj if none."""
        return [self._fetch(n) for n in self._slots(name)] or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header, with keyword arguments as its parameters."""
        pieces = [render_param(key.replace('_', '-'), value)
                  for key, value in _params.items()]
        if _value is not None:
            pieces.insert(0, _value)
        self[_name] = join_params(pieces)

    def replace_header(self, _name, _value):
        """Replace the first header of that name, keeping its position."""
        slots = self._slots(_name)
        if not slots:
            raise KeyError(_name)
        stored_name = self._headers[slots[0]][0]
        self._headers[slots[0]] = self.policy.header_store_parse(
            stored_name, _value)

    # ----------------------------------------------------- content type

    def get_content_type(self):
        """The lowercased maintype/subtype, or the default type."""
        value = self.get('content-type')
        if value is None:
            return self._default_type
        ctype = _leading_token(value).lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().partition('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().partition('/')[2]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _plist(self, header):
        value = self.get(header)
        return None if value is None else ParamList.parse(str(value))

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The header's parameters as (name, value) pairs."""
        plist = self._plist(header)
        if plist is None:
            return failobj
        found = plist.decoded()
        return [(k, strip_quotes(v)) for k, v in found] if unquote else found

    def get_param(self, param, failobj=None, header='content-type',
                  unquote=True):
        """The value of one parameter, or failobj."""
        plist = self._plist(header)
        found = _ABSENT if plist is None else plist.find(param, unquote)
        return failobj if found is _ABSENT else found

    def _store_rendered(self, header, entries, requote, replace=False):
        text = join_params([render_param(k, v, requote) for k, v in entries])
        if text == self.get(header):
            return
        if replace:
            self.replace_header(header, text)
            return
        del self[header]
        self[header] = text

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Add or change one parameter of a header."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        if self.get_param(param, header=header):
            entries = [(param, value) if k.lower() == param.lower() else (k, v)
                       for k, v in self.get_params(header=header,
                                                   unquote=requote)]
        else:
            current = self.get(header)
            if current is None and header.lower() == 'content-type':
                current = 'text/plain'
            entries = [(current, '')] if current else []
            entries.append((param, value))
        self._store_rendered(header, entries, requote, replace)

    def del_param(self, param, header='content-type', requote=True):
        """Drop one parameter from a header."""
        if header in self:
            kept = [(k, v) for k, v in self.get_params(header=header,
                                                       unquote=requote)
                    if k.lower() != param.lower()]
            self._store_rendered(header, kept, requote)

    def set_type(self, type, header='Content-Type', requote=True):
        """Change the maintype/subtype, keeping the parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        old = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for key, value in (old or [])[1:]:
            self.set_param(key, value, header, requote)

    def get_filename(self, failobj=None):
        """filename parameter of Content-Disposition (or name of
        Content-Type), decoded."""
        for param, header in (('filename', 'content-disposition'),
                              ('name', 'content-type')):
            found = self.get_param(param, _ABSENT, header)
            if found is not _ABSENT:
                return utils.collapse_rfc2231_value(found).strip()
        return failobj

    def get_boundary(self, failobj=None):
        """The multipart boundary, or failobj."""
        found = self.get_param('boundary', _ABSENT)
        if found is _ABSENT:
            return failobj
        return utils.collapse_rfc2231_value(found).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter of the Content-Type header."""
        plist = self._plist('content-type')
        if plist is None:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        pairs = [('boundary', quoted) if k.lower() == 'boundary' else (k, v)
                 for k, v in plist.decoded()]
        if ('boundary', quoted) not in pairs:
            pairs.append(('boundary', quoted))
        # Values are written as they are (no re-quoting, tuples included).
        text = '; '.join('%s=%s' % (k, v) if v != '' else k
                         for k, v in pairs)
        for slot in self._slots('content-type'):
            name = self._headers[slot][0]
            self._headers[slot] = self.policy.header_store_parse(name, text)

    def get_content_charset(self, failobj=None):
        """Lowercased charset parameter of Content-Type, or failobj."""
        found = self.get_param('charset', _ABSENT)
        if isinstance(found, tuple):
            found = _rfc2231_text(found)
        if found is _ABSENT or not found.isascii():
            return failobj
        return found.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        return None if value is None else _leading_token(value).lower()

    from email.iterators import walk


# Content types that may serve as the body of a MIMEPart.
_BODY_KINDS = (('text', 'plain'), ('text', 'html'),
               ('multipart', 'related'), ('multipart', 'alternative'))

# How deeply each multipart kind nests: a part may only be wrapped into a
# kind that sits further out (related < alternative < mixed).
_NESTING = {'related': 0, 'alternative': 1, 'mixed': 2}


def _related_root(part):
    """The start part of a multipart/related (its first part when there is
    no start parameter), or None."""
    members = part.get_payload()
    start = part.get_param('start')
    if start:
        for member in members:
            if member.get('content-id') == start:
                return member
    return members[0] if members else None


def _best_body(part, prefs):
    """(rank, part) for the most preferred body inside part, or None.
    Among equally ranked candidates the first in document order wins."""
    if part.is_attachment():
        return None
    major, minor = part.get_content_type().split('/')
    if major == 'text':
        return (prefs.index(minor), part) if minor in prefs else None
    if major != 'multipart' or not part.is_multipart():
        return None
    if minor == 'related':
        found = [(prefs.index(minor), part)] if minor in prefs else []
        root = _related_root(part)
        if root is not None:
            found.append(_best_body(root, prefs))
    else:
        found = [_best_body(member, prefs) for member in part.iter_parts()]
    found = [item for item in found if item is not None]
    return min(found, key=lambda item: item[0]) if found else None


class MIMEPart(Message):
    """A message part using the modern (EmailPolicy) API."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default as policy
        Message.__init__(self, policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        chosen = self.policy if policy is None else policy
        width = chosen.max_line_length if maxheaderlen is None \
            else maxheaderlen
        return Message.as_string(self, unixfrom, width, chosen)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        return self.get_content_disposition() == 'attachment'

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The best candidate for the message body, or None."""
        choice = _best_body(self, list(preferencelist))
        return None if choice is None else choice[1]

    def iter_attachments(self):
        """Parts of a multipart that are not the body candidates."""
        maintype, subtype = self.get_content_type().split('/')
        members = self.get_payload()
        if maintype != 'multipart' or subtype == 'alternative' or \
                not isinstance(members, list):
            return
        members = list(members)
        if subtype == 'related':
            root = _related_root(self)
            if root is not None and self.get_param('start'):
                yield from (m for m in members if m is not root)
                return
            yield from members[1:]
            return
        used = set()
        for member in members:
            kind = tuple(member.get_content_type().split('/'))
            if (kind in _BODY_KINDS and kind not in used
                    and not member.is_attachment()):
                used.add(kind)
            else:
                yield member

    def iter_parts(self):
        """Direct subparts of a multipart."""
        if self.is_multipart():
            yield from self.get_payload()

    def _manager(self, given):
        return self.policy.content_manager if given is None else given

    def get_content(self, *args, content_manager=None, **kw):
        return self._manager(content_manager).get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        self._manager(content_manager).set_content(self, *args, **kw)

    def _wrap_into(self, kind, boundary=None):
        """Turn this part into multipart/kind; its current content (if any)
        moves into a new first subpart."""
        if self.get_content_maintype() == 'multipart':
            current = self.get_content_subtype()
            if _NESTING.get(current, -1) >= _NESTING[kind]:
                raise ValueError("Cannot convert {} to {}".format(current,
                                                                  kind))
        moving, staying = [], []
        for item in self._headers:
            is_content = item[0].lower().startswith('content-')
            (moving if is_content else staying).append(item)
        inner = None
        if moving:
            inner = type(self)(policy=self.policy)
            inner._headers, inner._payload = moving, self._payload
        self._headers = staying
        self._payload = [] if inner is None else [inner]
        self['Content-Type'] = 'multipart/' + kind
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._wrap_into('related', boundary)

    def make_alternative(self, boundary=None):
        self._wrap_into('alternative', boundary)

    def make_mixed(self, boundary=None):
        self._wrap_into('mixed', boundary)

    def _add_member(self, kind, disposition, args, kw):
        if self.get_content_type() != 'multipart/' + kind:
            self._wrap_into(kind)
        member = type(self)(policy=self.policy)
        member.set_content(*args, **kw)
        if disposition and 'content-disposition' not in member:
            member['Content-Disposition'] = disposition
        self.attach(member)

    def add_related(self, *args, **kw):
        self._add_member('related', 'inline', args, kw)

    def add_alternative(self, *args, **kw):
        self._add_member('alternative', None, args, kw)

    def add_attachment(self, *args, **kw):
        self._add_member('mixed', 'attachment', args, kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [h for h in self._headers
                         if not h[0].lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A complete message (adds MIME-Version when content is set)."""

    def set_content(self, *args, **kw):
        MIMEPart.set_content(self, *args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
