"""ContentManager and raw_data_manager: the get_content/set_content
machinery of EmailMessage."""

import binascii

import email.charset
import email.message
from email import quoprimime


def _type_keys(kind):
    """Names under which a set handler for instances of kind may be
    registered, most specific first."""
    for klass in kind.__mro__:
        yield klass
        yield klass.__qualname__
        yield '%s.%s' % (klass.__module__, klass.__qualname__)
        yield klass.__name__


class ContentManager:
    """Dispatches get_content on the content type and set_content on the
    type of the object being stored."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def get_content(self, msg, *args, **kw):
        full = msg.get_content_type()
        for key in (full, msg.get_content_maintype(), ''):
            found = self.get_handlers.get(key)
            if found is not None:
                return found(msg, *args, **kw)
        raise KeyError(full)

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        handler = next((self.set_handlers[k] for k in _type_keys(type(obj))
                        if k in self.set_handlers),
                       self.set_handlers.get(None))
        if handler is None:
            kind = type(obj)
            raise KeyError('%s.%s' % (kind.__module__, kind.__qualname__))
        msg.clear_content()
        handler(msg, obj, *args, **kw)


raw_data_manager = ContentManager()


# ------------------------------------------------------------- getters

def _read_text(msg, errors='replace'):
    data = msg.get_payload(decode=True)
    return data.decode(msg.get_param('charset', 'ASCII'), errors=errors)


def _read_bytes(msg):
    return msg.get_payload(decode=True)


def _read_message(msg):
    return msg.get_payload(0)


def _read_message_bytes(msg):
    # Other message/* kinds: the enclosed message, serialized.
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler('text', _read_text)
for _key in ('audio', 'image', 'video', 'application'):
    raw_data_manager.add_get_handler(_key, _read_bytes)
raw_data_manager.add_get_handler('message', _read_message_bytes)
for _key in ('message/rfc822', 'message/external-body'):
    raw_data_manager.add_get_handler(_key, _read_message)


# ------------------------------------------------------------- setters

def _begin(msg, ctype, headers):
    # The Content-Type comes first, then any extra headers given.
    msg['Content-Type'] = ctype
    for item in headers or ():
        if not hasattr(item, 'name'):
            label, _, rest = item.partition(':')
            item = msg.policy.header_factory(label, rest.lstrip())
        msg[item.name] = item


def _finish(msg, disposition, filename, cid, params):
    if filename is not None and disposition is None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition',
                      replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    for key, value in (params or {}).items():
        msg.set_param(key, value)


def _base64_lines(data, policy):
    # Whole groups of 3 bytes per line, as many as max_line_length allows;
    # each line ends in a bare newline.
    step = policy.max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[i:i + step]).decode('ascii')
                   for i in range(0, len(data), step))


class _TextBody:
    """The lines of a text body (bytes, split only at CR/LF) and the
    transfer-encoded forms that can be made from them."""

    def __init__(self, rows, policy):
        self.rows = rows
        self.policy = policy

    def plain(self):
        # Lines end in '\n'; the generator applies linesep on output.
        return b''.join(row + b'\n' for row in self.rows)

    def wire(self, count=None):
        # Lines end in the policy's linesep (what base64 has to carry).
        eol = self.policy.linesep.encode('ascii')
        return b''.join(row + eol for row in self.rows[:count])

    def encode(self, cte):
        if cte == '7bit':
            return self.plain().decode('ascii')
        if cte == '8bit':
            return self.plain().decode('ascii', 'surrogateescape')
        if cte == 'quoted-printable':
            return quoprimime.body_encode(self.plain().decode('latin-1'),
                                          self.policy.max_line_length)
        if cte == 'base64':
            return _base64_lines(self.wire(), self.policy)
        raise ValueError('Unknown content transfer encoding {}'.format(cte))

    def best_cte(self):
        """7bit, then 8bit when allowed; otherwise the smaller of
        quoted-printable and base64 over the first ten lines."""
        if max(map(len, self.rows), default=0) <= \
                self.policy.max_line_length:
            if all(row.isascii() for row in self.rows):
                return '7bit'
            if self.policy.cte_type == '8bit':
                return '8bit'
        sample = self.wire(10)
        as_qp = quoprimime.body_encode(sample.decode('latin-1'),
                                       self.policy.max_line_length)
        return 'base64' if len(as_qp) > len(binascii.b2a_base64(sample)) \
            else 'quoted-printable'


def _store_text(msg, string, subtype='plain', charset='utf-8', cte=None,
                disposition=None, filename=None, cid=None, params=None,
                headers=None):
    _begin(msg, 'text/' + subtype, headers)
    label = charset if charset == 'utf-8' else \
        email.charset.Charset(charset).get_output_charset()
    msg.set_param('charset', label, replace=True)
    codec = 'ascii' if charset == 'unknown-8bit' else charset
    rows = string.encode(codec, 'surrogateescape').splitlines()
    body = _TextBody(rows or [b''], msg.policy)   # '' still gets one line
    cte = cte or body.best_cte()
    msg.set_payload(body.encode(cte))
    msg['Content-Transfer-Encoding'] = cte
    _finish(msg, disposition, filename, cid, params)


def _store_message(msg, message, subtype='rfc822', cte=None,
                   disposition=None, filename=None, cid=None, params=None,
                   headers=None):
    allowed = {'rfc822': (None, '7bit', '8bit', 'binary'),
               'external-body': (None, '7bit')}
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message "
                         "objects")
    if subtype in allowed and cte not in allowed[subtype]:
        raise ValueError("message/{} parts do not support cte={}".format(
            subtype, cte))
    if cte is None:
        cte = '8bit' if subtype == 'rfc822' else '7bit'
    _begin(msg, 'message/' + subtype, headers)
    msg.set_payload([message])
    msg['Content-Transfer-Encoding'] = cte
    _finish(msg, disposition, filename, cid, params)


def _store_bytes(msg, data, maintype, subtype, cte='base64',
                 disposition=None, filename=None, cid=None, params=None,
                 headers=None):
    _begin(msg, maintype + '/' + subtype, headers)
    data = bytes(data)
    if cte == 'base64':
        body = _base64_lines(data, msg.policy)
    elif cte == 'quoted-printable':
        # Binary data: line breaks, tabs and spaces are all escaped.
        body = binascii.b2a_qp(data, quotetabs=True,
                               istext=False).decode('ascii')
    elif cte == '7bit':
        body = data.decode('ascii')
    elif cte in ('8bit', 'binary'):
        body = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError('Unknown content transfer encoding {}'.format(cte))
    msg.set_payload(body)
    msg['Content-Transfer-Encoding'] = cte
    _finish(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, _store_text)
raw_data_manager.add_set_handler(email.message.Message, _store_message)
for _kind in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_kind, _store_bytes)
