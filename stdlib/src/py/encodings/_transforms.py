"""Bytes-to-bytes and str-to-str transforms for codecs.encode/decode (written for pyrs)."""

from . import _stateless_info

_ROT = {}
for _first in (ord('a'), ord('A')):
    for _offset in range(26):
        _ROT[_first + _offset] = _first + (_offset + 13) % 26


def _only_strict(errors):
    assert errors == 'strict'


def _rot13(input, errors='strict'):
    return str.translate(input, _ROT), len(input)


def _hex_encode(input, errors='strict'):
    _only_strict(errors)
    import binascii
    return binascii.b2a_hex(input), len(input)


def _hex_decode(input, errors='strict'):
    _only_strict(errors)
    import binascii
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    _only_strict(errors)
    import base64
    return base64.encodebytes(input), len(input)


def _base64_decode(input, errors='strict'):
    _only_strict(errors)
    import base64
    return base64.decodebytes(input), len(input)


def _zlib_encode(input, errors='strict'):
    _only_strict(errors)
    import zlib
    return zlib.compress(input), len(input)


def _zlib_decode(input, errors='strict'):
    _only_strict(errors)
    import zlib
    return zlib.decompress(input), len(input)


def _quopri_encode(input, errors='strict'):
    _only_strict(errors)
    import quopri
    return quopri.encodestring(bytes(memoryview(input)), quotetabs=True), len(input)


def _quopri_decode(input, errors='strict'):
    _only_strict(errors)
    import quopri
    return quopri.decodestring(bytes(memoryview(input))), len(input)


def _uu_encode(input, errors='strict', filename='<data>', mode=0o666):
    _only_strict(errors)
    import binascii
    data = bytes(memoryview(input))
    lines = [('begin %o %s\n' % (mode & 0o777, filename)).encode('ascii')]
    for start in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[start:start + 45]))
    lines.append(b' \nend\n')
    return b''.join(lines), len(data)


def _uu_decode(input, errors='strict'):
    _only_strict(errors)
    import binascii
    data = bytes(memoryview(input))
    lines = iter(data.splitlines(True))
    for line in lines:
        if line.startswith(b'begin'):
            break
    else:
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines:
        if not line or line == b'end\n':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # garbage at the end of a line: keep the bytes the count byte promises
            size = ((line[0] - 32) & 63) * 4 // 3 + 3
            out.append(binascii.a2b_uu(line[:size]))
    else:
        raise ValueError('Truncated input data')
    return b''.join(out), len(data)


def _undefined(input, errors='strict'):
    raise UnicodeError('undefined encoding')


def _bz2_pair():
    try:
        import bz2
    except ImportError:
        return None

    def encode(input, errors='strict'):
        _only_strict(errors)
        return bz2.compress(input), len(input)

    def decode(input, errors='strict'):
        _only_strict(errors)
        return bz2.decompress(input), len(input)
    return encode, decode


_PAIRS = {
    'rot_13': ('rot-13', _rot13, _rot13),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
    'zlib_codec': ('zlib', _zlib_encode, _zlib_decode),
    'quopri_codec': ('quopri', _quopri_encode, _quopri_decode),
    'uu_codec': ('uu', _uu_encode, _uu_decode),
}


def make_info(key):
    if key == 'undefined':
        return _stateless_info('undefined', key, _undefined, _undefined)
    if key == 'bz2_codec':
        pair = _bz2_pair()
        if pair is None:
            return None
        return _stateless_info('bz2', key, pair[0], pair[1], text=False)
    name, encode, decode = _PAIRS[key]
    return _stateless_info(name, key, encode, decode, text=False)
