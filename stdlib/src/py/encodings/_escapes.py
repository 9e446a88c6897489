"""Backslash-escape codecs, the bytes escapes and UTF-7 (written for pyrs)."""

from . import _handling, _stateless_info

_SIMPLE = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a', ord('b'): '\b',
           ord('f'): '\f', ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\v',
           ord('\n'): ''}
_WIDTH = {ord('x'): 2, ord('u'): 4, ord('U'): 8}
_HEXDIGITS = frozenset(b'0123456789abcdefABCDEF')
_OCTDIGITS = frozenset(b'01234567')


def _warn(message, depth=5):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=depth)


def _input_bytes(data):
    if isinstance(data, str):
        return data.encode('utf-8')
    return _handling.as_bytes(data)


def _hex_run(data, start, width):
    stop = start
    limit = min(len(data), start + width)
    while stop < limit and data[stop] in _HEXDIGITS:
        stop += 1
    return stop


def _unescape(data, errors, final, raw):
    """Decodes backslash escapes: (text, bytes consumed)."""
    label = 'rawunicodeescape' if raw else 'unicodeescape'
    pieces = []
    pos, size = 0, len(data)
    while pos < size:
        byte = data[pos]
        if byte != 0x5C:
            nxt = data.find(b'\\', pos)
            if nxt < 0:
                nxt = size
            pieces.append(data[pos:nxt].decode('latin-1'))
            pos = nxt
            continue
        if pos + 1 >= size:
            if not final:
                break
            if raw:
                pieces.append('\\')
                pos += 1
                continue
            repl, pos = _handling.on_decode_error(errors, label, data, pos, pos + 1,
                                                  '\\ at end of string')
            pieces.append(repl)
            continue
        kind = data[pos + 1]
        if raw and kind not in (ord('u'), ord('U')):
            pieces.append('\\')
            pos += 1
            continue
        width = _WIDTH.get(kind)
        if width is not None:
            stop = _hex_run(data, pos + 2, width)
            if stop - pos - 2 < width:
                if stop == size and not final:
                    break
                name = {2: 'xXX', 4: 'uXXXX', 8: 'UXXXXXXXX'}[width]
                repl, pos = _handling.on_decode_error(errors, label, data, pos, stop,
                                                      f'truncated \\{name} escape')
                pieces.append(repl)
                continue
            value = int(data[pos + 2:stop], 16)
            if value > 0x10FFFF:
                reason = '\\Uxxxxxxxx out of range' if raw else 'illegal Unicode character'
                repl, pos = _handling.on_decode_error(errors, label, data, pos, stop, reason)
                pieces.append(repl)
                continue
            pieces.append(chr(value))
            pos = stop
            continue
        if kind == ord('N'):
            text, pos = _named(data, pos, errors, final, label)
            if text is None:
                break
            pieces.append(text)
            continue
        simple = _SIMPLE.get(kind)
        if simple is not None:
            pieces.append(simple)
            pos += 2
            continue
        if kind in _OCTDIGITS:
            stop = pos + 1
            while stop < min(size, pos + 4) and data[stop] in _OCTDIGITS:
                stop += 1
            value = int(data[pos + 1:stop], 8)
            if value > 0o377:
                _warn("invalid octal escape sequence '\\%s'" % data[pos + 1:stop].decode())
            pieces.append(chr(value))
            pos = stop
            continue
        _warn("invalid escape sequence '\\%s'" % chr(kind))
        pieces.append('\\' + chr(kind))
        pos += 2
    return ''.join(pieces), pos


def _named(data, pos, errors, final, label):
    """A \\N{...} escape at `pos`: (text or None when more input is needed, next position)."""
    size = len(data)
    if pos + 2 >= size:
        if not final:
            return None, pos
        stop = size
    elif data[pos + 2] != ord('{'):
        stop = pos + 2
    else:
        close = data.find(b'}', pos + 3)
        if close < 0:
            if not final:
                return None, pos
            stop = size
        elif close == pos + 3:
            stop = pos + 3
        else:
            import unicodedata
            try:
                return unicodedata.lookup(data[pos + 3:close].decode('latin-1')), close + 1
            except KeyError:
                return _handling.on_decode_error(errors, label, data, pos, close + 1,
                                                 'unknown Unicode character name')
    return _handling.on_decode_error(errors, label, data, pos, stop,
                                     'malformed \\N character escape')


def _escape_char(ch, raw):
    code = ord(ch)
    if code < 0x100:
        if raw:
            return ch
        if ch == '\\':
            return '\\\\'
        if ch in '\t\n\r':
            return {'\t': '\\t', '\n': '\\n', '\r': '\\r'}[ch]
        if 0x20 <= code < 0x7F:
            return ch
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def unicode_escape_encode(str, errors=None):
    _handling.require_str(str, 'unicode_escape_encode')
    text = ''.join([_escape_char(ch, False) for ch in str])
    return text.encode('latin-1'), len(str)


def raw_unicode_escape_encode(str, errors=None):
    _handling.require_str(str, 'raw_unicode_escape_encode')
    text = ''.join([_escape_char(ch, True) for ch in str])
    return text.encode('latin-1'), len(str)


def unicode_escape_decode(data, errors=None, final=True):
    return _unescape(_input_bytes(data), errors, final, False)


def raw_unicode_escape_decode(data, errors=None, final=True):
    return _unescape(_input_bytes(data), errors, final, True)


# --- Escapes of bytes literals ------------------------------------------------------------

def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError(f'escape_encode() argument 1 must be bytes, not {type(data).__name__}')
    named = {0x5C: b'\\\\', 0x27: b"\\'", 0x09: b'\\t', 0x0A: b'\\n', 0x0D: b'\\r'}
    out = bytearray()
    for byte in data:
        if byte in named:
            out += named[byte]
        elif 0x20 <= byte < 0x7F:
            out.append(byte)
        else:
            out += b'\\x%02x' % byte
    return bytes(out), len(data)


def escape_decode(data, errors=None):
    data = _input_bytes(data)
    out = bytearray()
    pos, size = 0, len(data)
    while pos < size:
        byte = data[pos]
        if byte != 0x5C:
            out.append(byte)
            pos += 1
            continue
        if pos + 1 >= size:
            raise ValueError('Trailing \\ in string')
        kind = data[pos + 1]
        simple = _SIMPLE.get(kind)
        if simple is not None:
            out += simple.encode('latin-1')
            pos += 2
        elif kind in _OCTDIGITS:
            stop = pos + 1
            while stop < min(size, pos + 4) and data[stop] in _OCTDIGITS:
                stop += 1
            value = int(data[pos + 1:stop], 8)
            if value > 0o377:
                _warn("invalid octal escape sequence '\\%s'" % data[pos + 1:stop].decode())
            out.append(value & 0xFF)
            pos = stop
        elif kind == ord('x'):
            stop = _hex_run(data, pos + 2, 2)
            if stop - pos == 4:
                out.append(int(data[pos + 2:stop], 16))
            elif errors in (None, 'strict'):
                raise ValueError(f'invalid \\x escape at position {pos}')
            elif errors == 'replace':
                out.append(0x3F)
            elif errors != 'ignore':
                raise ValueError(f'decoding error; unknown error handling code: {errors}')
            pos = stop
        else:
            _warn("invalid escape sequence '\\%s'" % chr(kind), 4)
            out += data[pos:pos + 2]
            pos += 2
    return bytes(out), size


# --- UTF-7 ------------------------------------------------------------------------------------

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {code: index for index, code in enumerate(_B64)}
_DIRECT = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
                    b"'(),-./:? \t\n\r!\"#$%&*;<=>@[]^_`{|}")


def _utf16_units(ch):
    code = ord(ch)
    if code < 0x10000:
        return (code,)
    code -= 0x10000
    return (0xD800 | code >> 10, 0xDC00 | code & 0x3FF)


def utf_7_encode(str, errors=None):
    _handling.require_str(str, 'utf_7_encode')
    out = bytearray()
    bits = nbits = 0
    shifted = False
    for index, ch in enumerate(str):
        code = ord(ch)
        if code < 0x80 and code in _DIRECT:
            if shifted:
                if nbits:
                    out.append(_B64[(bits << (6 - nbits)) & 0x3F])
                    bits = nbits = 0
                if code in _B64_VALUE or code == 0x2D:
                    out.append(0x2D)
                shifted = False
            out.append(code)
            continue
        if ch == '+' and not shifted:
            out += b'+-'
            continue
        if not shifted:
            out.append(0x2B)
            shifted = True
        for unit in _utf16_units(ch):
            bits = (bits << 16) | unit
            nbits += 16
            while nbits >= 6:
                nbits -= 6
                out.append(_B64[(bits >> nbits) & 0x3F])
            bits &= (1 << nbits) - 1
    if shifted:
        if nbits:
            out.append(_B64[(bits << (6 - nbits)) & 0x3F])
        out.append(0x2D)
    return bytes(out), len(str)


def utf_7_decode(data, errors=None, final=False):
    data = _handling.as_bytes(data)
    pieces = []
    pos, size = 0, len(data)
    while pos < size:
        byte = data[pos]
        if byte == 0x2B:
            start = pos
            if pos + 1 < size and data[pos + 1] == 0x2D:
                pieces.append('+')
                pos += 2
                continue
            if pos + 1 < size and data[pos + 1] not in _B64_VALUE:
                repl, pos = _handling.on_decode_error(errors, 'utf7', data, start, pos + 2,
                                                      'ill-formed sequence')
                pieces.append(repl)
                continue
            stop = pos + 1
            while stop < size and data[stop] in _B64_VALUE:
                stop += 1
            if stop == size and not final:
                return ''.join(pieces), start
            pos = _shift_run(data, start, stop, errors, pieces)
            continue
        if byte >= 0x80:
            repl, pos = _handling.on_decode_error(errors, 'utf7', data, pos, pos + 1,
                                                  'unexpected special character')
            pieces.append(repl)
            continue
        pieces.append(chr(byte))
        pos += 1
    return ''.join(pieces), size


def _shift_run(data, start, stop, errors, pieces):
    """Decodes the base64 run data[start+1:stop]; returns where decoding resumes."""
    bits = nbits = 0
    units = []
    for code in data[start + 1:stop]:
        bits = (bits << 6) | _B64_VALUE[code]
        nbits += 6
        if nbits >= 16:
            nbits -= 16
            units.append((bits >> nbits) & 0xFFFF)
            bits &= (1 << nbits) - 1
    closed = stop < len(data) and data[stop] == 0x2D
    resume = stop + 1 if closed else stop
    reason = None
    if nbits >= 6:
        reason = 'partial character in shift sequence' if closed else 'unterminated shift sequence'
    elif bits:
        reason = 'non-zero padding bits in shift sequence' if closed else 'unterminated shift sequence'
    text = []
    index = 0
    while index < len(units):
        unit = units[index]
        if 0xD800 <= unit < 0xDC00 and index + 1 < len(units) and 0xDC00 <= units[index + 1] < 0xE000:
            text.append(chr(0x10000 + ((unit - 0xD800) << 10) + (units[index + 1] - 0xDC00)))
            index += 2
            continue
        text.append(chr(unit))
        index += 1
    if reason is not None and units and 0xD800 <= units[-1] < 0xDC00 and text[-1:] == [chr(units[-1])]:
        # a high surrogate still waiting for its partner is lost with the broken run
        text.pop()
    pieces.append(''.join(text))
    if reason is not None:
        end = resume if closed else stop
        if stop == len(data) and not closed:
            end = stop
        repl, resume = _handling.on_decode_error(errors, 'utf7', data, start, end, reason)
        pieces.append(repl)
    return resume


_BUILDERS = {
    'unicode_escape': ('unicode-escape', unicode_escape_encode, unicode_escape_decode),
    'raw_unicode_escape': ('raw-unicode-escape', raw_unicode_escape_encode,
                           raw_unicode_escape_decode),
    'utf_7': ('utf-7', utf_7_encode, utf_7_decode),
}


def make_info(key):
    name, enc, dec = _BUILDERS[key]

    def encode(input, errors='strict'):
        return enc(input, errors)

    def decode(input, errors='strict'):
        return dec(input, errors, True)

    import codecs

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return dec(input, errors, final)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return dec(input, errors, False)

    from . import _finish_info
    return _finish_info(name, key, encode, decode, IncrementalEncoder, IncrementalDecoder,
                        StreamReader, StreamWriter)
