"""Read and write Apple property list files (XML and binary formats).

Implemented for pyrs from the documented behaviour of the standard module:
load(), loads(), dump(), dumps(), UID, InvalidFileException and the
PlistFormat members FMT_XML / FMT_BINARY.
"""

__all__ = [
    "InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump",
    "loads", "dumps", "UID",
]

import binascii
import codecs
import datetime
import enum
import re
import struct
from io import BytesIO

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))

    def __reduce__(self):
        return self.__class__, (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---------------------------------------------------------------------------
# A small XML scanner (enough for property lists).
# ---------------------------------------------------------------------------

try:
    from xml.parsers.expat import ExpatError as _ExpatError
except Exception:  # pyrs ships no expat
    class _ExpatError(Exception):
        pass
    _ExpatError.__name__ = 'ExpatError'
    _ExpatError.__qualname__ = 'ExpatError'
    _ExpatError.__module__ = 'xml.parsers.expat'


def _xml_error(msg, text, pos):
    line = text.count('\n', 0, pos) + 1
    col = pos - (text.rfind('\n', 0, pos) + 1)
    err = _ExpatError('%s: line %d, column %d' % (msg, line, col))
    err.lineno = line
    err.offset = col
    err.code = 0
    return err


_NAME_RE = re.compile(r'[^\s/>=<&"\'!?]+')
_PREDEF = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_DECL_ENC_RE = re.compile(r'''^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']''')


def _decode_xml_bytes(data):
    for bom, enc in ((codecs.BOM_UTF8, 'utf-8'),
                     (codecs.BOM_UTF32_BE, 'utf-32-be'),
                     (codecs.BOM_UTF32_LE, 'utf-32-le'),
                     (codecs.BOM_UTF16_BE, 'utf-16-be'),
                     (codecs.BOM_UTF16_LE, 'utf-16-le')):
        if data.startswith(bom):
            return data[len(bom):].decode(enc)
    head = data[:200]
    try:
        h = head.decode('latin-1')
    except Exception:
        h = ''
    m = _DECL_ENC_RE.match(h)
    enc = m.group(1) if m else 'utf-8'
    return data.decode(enc)


def _expand_refs(s, text, base):
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find('&', i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        k = s.find(';', j)
        if k < 0:
            raise _xml_error('not well-formed (invalid token)', text, base + j)
        name = s[j + 1:k]
        if name.startswith('#'):
            try:
                if name[1:2] in ('x', 'X'):
                    cp = int(name[2:], 16)
                else:
                    cp = int(name[1:], 10)
                out.append(chr(cp))
            except (ValueError, OverflowError):
                raise _xml_error('reference to invalid character number',
                                 text, base + j)
        elif name in _PREDEF:
            out.append(_PREDEF[name])
        else:
            raise _xml_error('undefined entity', text, base + j)
        i = k + 1
    return ''.join(out)


def _scan_xml(text, handler):
    """Scan *text* calling handler.start(name, attrs, pos),
    handler.end(name, pos) and handler.data(str)."""
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    n = len(text)
    i = 0
    stack = []
    seen_root = False
    while i < n:
        if text[i] != '<':
            j = text.find('<', i)
            if j < 0:
                j = n
            chunk = text[i:j]
            if not stack:
                if chunk.strip():
                    if seen_root:
                        raise _xml_error('junk after document element', text, i)
                    raise _xml_error('syntax error', text, i)
            else:
                handler.data(_expand_refs(chunk, text, i))
            i = j
            continue
        if text.startswith('<!--', i):
            j = text.find('-->', i + 4)
            if j < 0:
                raise _xml_error('unclosed token', text, i)
            i = j + 3
            continue
        if text.startswith('<![CDATA[', i):
            if not stack:
                raise _xml_error('syntax error', text, i)
            j = text.find(']]>', i + 9)
            if j < 0:
                raise _xml_error('unclosed CDATA section', text, i)
            handler.data(text[i + 9:j])
            i = j + 3
            continue
        if text.startswith('<?', i):
            j = text.find('?>', i + 2)
            if j < 0:
                raise _xml_error('unclosed token', text, i)
            i = j + 2
            continue
        if text.startswith('<!DOCTYPE', i):
            j = i + 9
            depth = 0
            quote = None
            while j < n:
                c = text[j]
                if quote:
                    if c == quote:
                        quote = None
                elif c in '"\'':
                    quote = c
                elif c == '[':
                    depth += 1
                elif c == ']':
                    depth -= 1
                elif c == '>' and depth <= 0:
                    break
                j += 1
            if j >= n:
                raise _xml_error('unclosed token', text, i)
            i = j + 1
            continue
        if text.startswith('</', i):
            m = _NAME_RE.match(text, i + 2)
            if not m:
                raise _xml_error('not well-formed (invalid token)', text, i + 2)
            name = m.group(0)
            j = m.end()
            while j < n and text[j] in ' \t\n':
                j += 1
            if j >= n:
                raise _xml_error('unclosed token', text, i)
            if text[j] != '>':
                raise _xml_error('not well-formed (invalid token)', text, j)
            if not stack or stack[-1] != name:
                raise _xml_error('mismatched tag', text, i + 2)
            stack.pop()
            handler.end(name, text, i)
            i = j + 1
            continue
        # start tag
        if stack == [] and seen_root:
            raise _xml_error('junk after document element', text, i)
        m = _NAME_RE.match(text, i + 1)
        if not m:
            raise _xml_error('not well-formed (invalid token)', text, i + 1)
        name = m.group(0)
        j = m.end()
        attrs = {}
        while True:
            k = j
            while j < n and text[j] in ' \t\n':
                j += 1
            if j >= n:
                raise _xml_error('unclosed token', text, i)
            c = text[j]
            if c == '>':
                empty = False
                j += 1
                break
            if c == '/':
                if text.startswith('/>', j):
                    empty = True
                    j += 2
                    break
                raise _xml_error('not well-formed (invalid token)', text, j)
            if k == j:
                raise _xml_error('not well-formed (invalid token)', text, j)
            am = _NAME_RE.match(text, j)
            if not am:
                raise _xml_error('not well-formed (invalid token)', text, j)
            aname = am.group(0)
            j = am.end()
            while j < n and text[j] in ' \t\n':
                j += 1
            if j >= n or text[j] != '=':
                raise _xml_error('not well-formed (invalid token)', text, j)
            j += 1
            while j < n and text[j] in ' \t\n':
                j += 1
            if j >= n or text[j] not in '"\'':
                raise _xml_error('not well-formed (invalid token)', text, j)
            q = text[j]
            e = text.find(q, j + 1)
            if e < 0:
                raise _xml_error('unclosed token', text, i)
            raw = text[j + 1:e]
            if '<' in raw:
                raise _xml_error('not well-formed (invalid token)', text,
                                 j + 1 + raw.index('<'))
            if aname in attrs:
                raise _xml_error('duplicate attribute', text, am.start())
            raw = raw.replace('\t', ' ').replace('\n', ' ')
            attrs[aname] = _expand_refs(raw, text, j + 1)
            j = e + 1
        seen_root = True
        handler.start(name, attrs, text, i)
        if empty:
            handler.end(name, text, j)
        else:
            stack.append(name)
        i = j
    if stack or not seen_root:
        raise _xml_error('no element found', text, n)


# ---------------------------------------------------------------------------
# XML reading
# ---------------------------------------------------------------------------

_DATE_RE = re.compile(
    r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z",
    re.ASCII)


def _date_from_string(s):
    fields = _DATE_RE.match(s).groupdict()
    kw = {}
    for k, v in fields.items():
        if v is None:
            continue
        kw[k] = int(v)
    return datetime.datetime(**kw)


def _date_to_string(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", re.ASCII)


def _escape(text):
    if _CONTROL_RE.search(text) is not None:
        raise ValueError("strings can't contain control characters; "
                         "use bytes instead")
    text = text.replace("\r\n", "\n")
    text = text.replace("\r", "\n")
    text = text.replace("&", "&amp;")
    text = text.replace("<", "&lt;")
    text = text.replace(">", "&gt;")
    return text


class _XmlPlistReader:
    """Turns scanner events into Python objects."""

    def __init__(self, dict_type):
        self._dict_type = dict_type
        self._containers = []      # open dicts / arrays
        self._key = None           # pending dict key
        self._result = None
        self._chars = []
        self._text = ''
        self._where = 0

    def parse(self, fileobj):
        raw = fileobj.read()
        try:
            text = _decode_xml_bytes(raw)
        except UnicodeDecodeError as exc:
            head = raw[:exc.start]
            line = head.count(b'\n') + 1
            col = exc.start - (head.rfind(b'\n') + 1)
            raise _ExpatError('not well-formed (invalid token): line %d, '
                              'column %d' % (line, col)) from None
        _scan_xml(text, self)
        return self._result

    def _lineno(self):
        return self._text.count('\n', 0, self._where) + 1

    # --- scanner callbacks ---
    def start(self, name, attrs, text, pos):
        self._chars = []
        if name == 'dict':
            self._open(self._dict_type())
        elif name == 'array':
            self._open([])

    def end(self, name, text, pos):
        self._text, self._where = text, pos
        handler = self._closers.get(name)
        if handler is not None:
            handler(self)

    def data(self, s):
        self._chars.append(s)

    # --- helpers ---
    def _take_text(self):
        s = ''.join(self._chars)
        self._chars = []
        return s

    def _store(self, value):
        if self._key is not None:
            target = self._containers[-1]
            if not isinstance(target, dict):
                raise ValueError("unexpected element at line %d"
                                 % self._lineno())
            target[self._key] = value
            self._key = None
        elif self._containers:
            target = self._containers[-1]
            if not isinstance(target, list):
                raise ValueError("unexpected element at line %d"
                                 % self._lineno())
            target.append(value)
        else:
            self._result = value

    def _open(self, container):
        self._store(container)
        self._containers.append(container)

    def _close_dict(self):
        if self._key:
            raise ValueError("missing value for key '%s' at line %d"
                             % (self._key, self._lineno()))
        self._containers.pop()

    def _close_array(self):
        self._containers.pop()

    def _close_key(self):
        if self._key or not isinstance(self._containers[-1], dict):
            raise ValueError("unexpected key at line %d" % self._lineno())
        self._key = self._take_text()

    def _close_integer(self):
        raw = self._take_text()
        if raw[:2] in ('0x', '0X'):
            self._store(int(raw, 16))
        else:
            self._store(int(raw))

    _closers = {
        'dict': _close_dict,
        'array': _close_array,
        'key': _close_key,
        'true': lambda self: self._store(True),
        'false': lambda self: self._store(False),
        'integer': _close_integer,
        'real': lambda self: self._store(float(self._take_text())),
        'string': lambda self: self._store(self._take_text()),
        'data': lambda self: self._store(
            binascii.a2b_base64(self._take_text().encode('utf-8'))),
        'date': lambda self: self._store(
            _date_from_string(self._take_text())),
    }


# ---------------------------------------------------------------------------
# XML writing
# ---------------------------------------------------------------------------

_XML_PROLOGUE = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
    b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
)


class _XmlPlistEmitter:
    """Writes the XML flavour: one element per line, tab indentation."""

    def __init__(self, file, sort_keys=True, skipkeys=False):
        self._out = file
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys
        self._depth = 0

    def _emit(self, line):
        if isinstance(line, str):
            line = line.encode('utf-8')
        if line:
            self._out.write(b'\t' * self._depth + line)
        self._out.write(b'\n')

    def _leaf(self, tag, text=None):
        if text is None:
            self._emit('<%s/>' % tag)
        else:
            self._emit('<%s>%s</%s>' % (tag, _escape(text), tag))

    def write(self, value):
        self._out.write(_XML_PROLOGUE)
        self._emit('<plist version="1.0">')
        self._value(value)
        self._emit('</plist>')

    def _value(self, value):
        if isinstance(value, str):
            self._leaf('string', value)
        elif isinstance(value, bool):
            self._leaf('true' if value else 'false')
        elif isinstance(value, int):
            if not -(1 << 63) <= value < (1 << 64):
                raise OverflowError(value)
            self._leaf('integer', str(int(value)))
        elif isinstance(value, float):
            self._leaf('real', repr(value))
        elif isinstance(value, dict):
            self._dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self._data(value)
        elif isinstance(value, datetime.datetime):
            self._leaf('date', _date_to_string(value))
        elif isinstance(value, (list, tuple)):
            self._array(value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def _data(self, blob):
        self._emit('<data>')
        # tabs count as 8 columns; keep lines within 76 columns (min 16)
        width = max(16, 76 - 8 * self._depth)
        step = (width // 4) * 3
        for start in range(0, len(blob), step):
            self._emit(binascii.b2a_base64(bytes(blob[start:start + step]),
                                           newline=False))
        self._emit('</data>')

    def _container(self, tag, body):
        self._emit('<%s>' % tag)
        self._depth += 1
        body()
        self._depth -= 1
        self._emit('</%s>' % tag)

    def _dict(self, d):
        if not d:
            self._leaf('dict')
            return
        pairs = sorted(d.items()) if self._sort_keys else d.items()

        def body():
            for k, v in pairs:
                if not isinstance(k, str):
                    if self._skipkeys:
                        continue
                    raise TypeError("keys must be strings")
                self._leaf('key', k)
                self._value(v)
        self._container('dict', body)

    def _array(self, seq):
        if not seq:
            self._leaf('array')
            return

        def body():
            for item in seq:
                self._value(item)
        self._container('array', body)


def _looks_like_xml(header):
    starts = ('<?xml', '<plist')
    if header.startswith(tuple(s.encode('ascii') for s in starts)):
        return True
    for bom, enc in ((codecs.BOM_UTF8, 'utf-8'),
                     (codecs.BOM_UTF16_BE, 'utf-16-be'),
                     (codecs.BOM_UTF16_LE, 'utf-16-le'),
                     (codecs.BOM_UTF32_BE, 'utf-32-be'),
                     (codecs.BOM_UTF32_LE, 'utf-32-le')):
        if header.startswith(bom):
            body = header[len(bom):]
            if any(body.startswith(s.encode(enc)) for s in starts):
                return True
    return False


# ---------------------------------------------------------------------------
# Binary format ("bplist00")
# ---------------------------------------------------------------------------

_EPOCH_2001 = datetime.datetime(2001, 1, 1)
_MISSING = object()
_WIDTH_CODES = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}


def _width_for(n):
    """Smallest of 1, 2, 4, 8 bytes able to hold the unsigned value n."""
    for w in (1, 2, 4):
        if n < 1 << (8 * w):
            return w
    return 8


class _BinaryPlistReader:
    def __init__(self, dict_type):
        self._dict_type = dict_type

    def parse(self, fp):
        try:
            return self._parse(fp)
        except (OSError, IndexError, struct.error, OverflowError,
                ValueError, TypeError, KeyError, AttributeError,
                RecursionError):
            raise InvalidFileException()

    def _parse(self, fp):
        self._fp = fp
        fp.seek(-32, 2)
        tail = fp.read(32)
        if len(tail) != 32:
            raise InvalidFileException()
        off_width, self._ref_width, count, root, table_at = \
            struct.unpack('>6xBBQQQ', tail)
        fp.seek(table_at)
        self._offsets = self._uints(count, off_width)
        self._cache = [_MISSING] * count
        return self._object(root)

    def _read(self, n):
        chunk = self._fp.read(n)
        if len(chunk) != n:
            raise InvalidFileException()
        return chunk

    def _uints(self, count, width):
        if width <= 0:
            raise InvalidFileException()
        raw = self._read(count * width)
        return [int.from_bytes(raw[i:i + width], 'big')
                for i in range(0, len(raw), width)]

    def _length(self, low):
        if low != 0xF:
            return low
        marker = self._read(1)[0] & 0x3
        return int.from_bytes(self._read(1 << marker), 'big',
                              signed=marker >= 3)

    def _object(self, ref):
        cached = self._cache[ref]
        if cached is not _MISSING:
            return cached
        self._fp.seek(self._offsets[ref])
        marker = self._read(1)[0]
        high, low = marker >> 4, marker & 0xF
        if marker in (0x00, 0x08, 0x09, 0x0F):
            value = {0x00: None, 0x08: False, 0x09: True, 0x0F: b''}[marker]
        elif high == 0x1:
            value = int.from_bytes(self._fp.read(1 << low), 'big',
                                   signed=low >= 3)
        elif marker == 0x22:
            value = struct.unpack('>f', self._fp.read(4))[0]
        elif marker == 0x23:
            value = struct.unpack('>d', self._fp.read(8))[0]
        elif marker == 0x33:
            secs = struct.unpack('>d', self._fp.read(8))[0]
            value = _EPOCH_2001 + datetime.timedelta(seconds=secs)
        elif high == 0x4:
            value = self._read(self._length(low))
        elif high == 0x5:
            value = self._read(self._length(low)).decode('ascii')
        elif high == 0x6:
            value = self._read(self._length(low) * 2).decode('utf-16be')
        elif high == 0x8:
            value = UID(int.from_bytes(self._fp.read(low + 1), 'big'))
        elif high == 0xA:
            refs = self._uints(self._length(low), self._ref_width)
            value = []
            self._cache[ref] = value
            value.extend(self._object(r) for r in refs)
        elif high == 0xD:
            n = self._length(low)
            key_refs = self._uints(n, self._ref_width)
            val_refs = self._uints(n, self._ref_width)
            value = self._dict_type()
            self._cache[ref] = value
            for kr, vr in zip(key_refs, val_refs):
                value[self._object(kr)] = self._object(vr)
        else:
            raise InvalidFileException()
        self._cache[ref] = value
        return value


# value types that are shared by equality (everything else by identity)
_BY_VALUE = (str, int, float, datetime.datetime, bytes)


class _BinaryPlistEmitter:
    def __init__(self, fp, sort_keys, skipkeys):
        self._out = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    # --- object table ---
    @staticmethod
    def _identity(value):
        if isinstance(value, _BY_VALUE):
            if isinstance(value, float) and value != value:
                return ('nan', id(value))
            return ('v', type(value), value)
        return ('id', id(value))

    def _pairs(self, d):
        items = sorted(d.items()) if self._sort_keys else d.items()
        out = []
        for k, v in items:
            if not isinstance(k, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            out.append((k, v))
        return out

    def _collect(self, value):
        """Depth-first numbering: container, then its keys, then values."""
        ident = self._identity(value)
        if ident in self._index:
            return
        self._index[ident] = len(self._table)
        self._table.append(value)
        if isinstance(value, dict):
            pairs = self._pairs(value)
            for k, _ in pairs:
                self._collect(k)
            for _, v in pairs:
                self._collect(v)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self._collect(item)

    def _ref(self, value):
        return self._index[self._identity(value)]

    # --- output ---
    def write(self, value):
        self._table = []
        self._index = {}
        self._collect(value)
        count = len(self._table)
        self._ref_width = _width_for(count)
        offsets = []
        self._out.write(b'bplist00')
        for obj in self._table:
            offsets.append(self._out.tell())
            self._encode(obj)
        table_at = self._out.tell()
        off_width = _width_for(table_at)
        code = _WIDTH_CODES[off_width]
        self._out.write(struct.pack('>%d%s' % (count, code), *offsets))
        self._out.write(struct.pack('>6xBBQQQ', off_width, self._ref_width,
                                    count, self._ref(value), table_at))

    def _header(self, kind, n):
        if n < 15:
            self._out.write(bytes([kind | n]))
        else:
            w = _width_for(n)
            self._out.write(bytes([kind | 0xF, 0x10 | {1: 0, 2: 1, 4: 2,
                                                       8: 3}[w]]))
            self._out.write(n.to_bytes(w, 'big'))

    def _refs(self, items):
        code = _WIDTH_CODES[self._ref_width]
        self._out.write(struct.pack('>%d%s' % (len(items), code),
                                    *[self._ref(x) for x in items]))

    def _encode(self, value):
        w = self._out.write
        if value is None:
            w(b'\x00')
        elif value is False:
            w(b'\x08')
        elif value is True:
            w(b'\x09')
        elif isinstance(value, int):
            if value < 0:
                if value < -(1 << 63):
                    raise OverflowError(value)
                w(b'\x13' + value.to_bytes(8, 'big', signed=True))
            elif value < 1 << 63:
                n = _width_for(value)
                w(bytes([0x10 | {1: 0, 2: 1, 4: 2, 8: 3}[n]]) +
                  value.to_bytes(n, 'big'))
            elif value < 1 << 64:
                w(b'\x14' + value.to_bytes(16, 'big', signed=True))
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            w(b'\x23' + struct.pack('>d', value))
        elif isinstance(value, datetime.datetime):
            w(b'\x33' + struct.pack(
                '>d', (value - _EPOCH_2001).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._header(0x40, len(value))
            w(bytes(value))
        elif isinstance(value, str):
            if value.isascii():
                self._header(0x50, len(value))
                w(value.encode('ascii'))
            else:
                units = value.encode('utf-16be')
                self._header(0x60, len(units) // 2)
                w(units)
        elif isinstance(value, UID):
            n = _width_for(value.data)
            w(bytes([0x80 | (n - 1)]) + value.data.to_bytes(n, 'big'))
        elif isinstance(value, (list, tuple)):
            self._header(0xA0, len(value))
            self._refs(value)
        elif isinstance(value, dict):
            pairs = self._pairs(value)
            self._header(0xD0, len(pairs))
            self._refs([k for k, _ in pairs])
            self._refs([v for _, v in pairs])
        else:
            raise TypeError(value)


def _looks_binary(header):
    return header[:8] == b'bplist00'


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

_FORMATS = {
    FMT_XML: (_looks_like_xml, _XmlPlistReader, _XmlPlistEmitter),
    FMT_BINARY: (_looks_binary, _BinaryPlistReader, _BinaryPlistEmitter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """Read a .plist file from a binary file object and return the
    unpacked root object."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for detect, reader, _ in _FORMATS.values():
            if detect(header):
                break
        else:
            raise InvalidFileException()
    else:
        reader = _FORMATS[fmt][1]
    return reader(dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Read a .plist from a bytes object and return the unpacked root
    object."""
    fp = BytesIO(value)
    return load(fp, fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write *value* to a .plist binary file object."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt][2](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """Return a bytes object with the contents of a .plist file."""
    fp = BytesIO()
    dump(value, fp, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return fp.getvalue()
