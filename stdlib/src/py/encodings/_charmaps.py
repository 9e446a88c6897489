"""Single-byte table codecs and the `charmap_*` functions (written for pyrs)."""

from . import _charmap_tables, _handling, _stateless_info

_UNDEFINED = '\ufffe'
_REASON = 'character maps to <undefined>'
_LOW_HALF = ''.join(map(chr, range(128)))
_full_tables = {}
_byte_maps = {}


def full_table(key):
    """The 256 characters of codec `key`, U+FFFE where a byte is undefined."""
    table = _full_tables.get(key)
    if table is None:
        stored = _charmap_tables.TABLES[key]
        table = _full_tables[key] = stored if len(stored) == 256 else _LOW_HALF + stored
    return table


def _byte_map(key):
    found = _byte_maps.get(key)
    if found is None:
        found = {}
        for code, ch in enumerate(full_table(key)):
            if ch != _UNDEFINED:
                found[ch] = bytes((code,))
        _byte_maps[key] = found
    return found


def encode_via(text, errors, find):
    """Encodes `text` with `find(char)` giving bytes or None for an unmapped character."""
    out = bytearray()
    pos, size = 0, len(text)
    while pos < size:
        got = find(text[pos])
        if got is not None:
            out += got
            pos += 1
            continue
        stop = pos + 1
        while stop < size and find(text[stop]) is None:
            stop += 1
        repl, pos, exc = _handling.on_encode_error(errors, 'charmap', text, pos, stop, _REASON)
        if isinstance(repl, bytes):
            out += repl
            continue
        for ch in repl:
            got = find(ch)
            if got is None:
                raise exc
            out += got
    return bytes(out)


def decode_via(data, errors, find):
    """Decodes `data` with `find(byte)` giving a str or None for an undefined byte."""
    pieces = []
    pos, size = 0, len(data)
    while pos < size:
        got = find(data[pos])
        if got is not None:
            pieces.append(got)
            pos += 1
            continue
        repl, pos = _handling.on_decode_error(errors, 'charmap', data, pos, pos + 1, _REASON)
        pieces.append(repl)
    return ''.join(pieces)


def decode_table(data, errors, table):
    """Decodes with a string table, U+FFFE or a missing index meaning undefined."""
    if len(table) >= 256:
        text = ''.join(map(table.__getitem__, data))
        if _UNDEFINED not in text:
            return text
    limit = len(table)

    def find(code):
        if code < limit:
            ch = table[code]
            if ch != _UNDEFINED:
                return ch
        return None
    return decode_via(data, errors, find)


def make_info(key):
    from . import _charmap_tables as tables
    table = full_table(key)
    found = _byte_map(key).get

    def encode(input, errors='strict'):
        _handling.require_str(input, 'charmap_encode')
        return encode_via(input, errors, found), len(input)

    def decode(input, errors='strict'):
        data = _handling.as_bytes(input)
        return decode_table(data, errors, table), len(data)

    return _stateless_info(tables.NAMES[key], key, encode, decode)


# --- The charmap_* functions of the codecs module -------------------------------------------

class EncodingMap:
    """The compact reverse table `charmap_build` makes of a decoding table."""

    def __init__(self, table):
        self._codes = {}
        for code, ch in enumerate(table[:256]):
            if ch != _UNDEFINED:
                self._codes[ch] = code

    def size(self):
        points = [ord(ch) for ch in self._codes]
        middle = len({cp >> 11 for cp in points})
        inner = len({cp >> 7 for cp in points})
        return 63 + 16 * middle + 128 * inner


EncodingMap.__module__ = 'builtins'


def charmap_build(map):
    if not isinstance(map, str):
        raise TypeError(f'charmap_build() argument must be str, not {type(map).__name__}')
    if map and map[0] == '\0' and max(map) <= '\uffff':
        return EncodingMap(map)
    reverse = {}
    for code, ch in enumerate(map[:256]):
        reverse[ord(ch)] = code
    return reverse


def _user_encoder(mapping):
    def find(ch):
        try:
            value = mapping[ord(ch)]
        except LookupError:
            return None
        if value is None:
            return None
        if isinstance(value, int):
            if not 0 <= value < 256:
                raise TypeError('character mapping must be in range(256)')
            return bytes((value,))
        if isinstance(value, bytes):
            return value
        raise TypeError('character mapping must return integer, bytes or None, '
                        f'not {type(value).__name__}')
    return find


def charmap_encode(str, errors=None, mapping=None):
    _handling.require_str(str, 'charmap_encode')
    if mapping is None:
        return str.encode('latin-1', errors or 'strict'), len(str)
    if isinstance(mapping, EncodingMap):
        codes = mapping._codes

        def find(ch):
            code = codes.get(ch)
            return None if code is None else bytes((code,))
    else:
        find = _user_encoder(mapping)
    return encode_via(str, errors, find), len(str)


def charmap_decode(data, errors=None, mapping=None):
    data = _handling.as_bytes(data)
    if mapping is None:
        return data.decode('latin-1', errors or 'strict'), len(data)
    if isinstance(mapping, str):
        return decode_table(data, errors, mapping), len(data)

    def find(code):
        try:
            value = mapping[code]
        except LookupError:
            return None
        if value is None:
            return None
        if isinstance(value, int):
            if not 0 <= value < 0x110000:
                raise TypeError('character mapping must be in range(0x110000)')
            return None if value == 0xFFFE else chr(value)
        if isinstance(value, str):
            return None if value == _UNDEFINED else value
        raise TypeError('character mapping must return integer, None or str')
    return decode_via(data, errors, find), len(data)
