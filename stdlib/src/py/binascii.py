"""Conversions between binary data and ASCII (CPython's binascii module, written for pyrs)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_NO_SEP = object()
_HEX = b'0123456789abcdef'
_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# byte -> 6-bit value, or -1 for bytes outside the alphabet
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
# byte -> value of a hex digit, or -1
_HEX_VALUE = [-1] * 256
for _i, _c in enumerate(b'0123456789abcdef'):
    _HEX_VALUE[_c] = _i
    _HEX_VALUE[b'0123456789ABCDEF'[_i]] = _i
del _i, _c


def _buffer(data):
    """Bytes of a bytes-like argument (what b2a_* functions accept)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if not isinstance(data, str) and hasattr(type(data), '__buffer__'):
        return bytes(memoryview(data.__buffer__(0)))
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def _ascii(data):
    """Bytes of an a2b_* argument: bytes-like or a str of ASCII characters."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError(
                'string argument should contain only ASCII characters')
        return data.encode('ascii')
    try:
        return _buffer(data)
    except TypeError:
        raise TypeError('argument should be bytes, buffer or ASCII string, '
                        "not '%s'" % type(data).__name__) from None


def _c_int(n):
    n = _index(n)
    if n < -2147483648 or n > 2147483647:
        raise OverflowError('Python int too large to convert to C int')
    return n


def _index(n):
    if not hasattr(type(n), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    return type(n).__index__(n)


# --- hexadecimal -----------------------------------------------------------

def hexlify(data, sep=_NO_SEP, bytes_per_sep=1):
    """Hexadecimal representation of binary data.

    sep, a single character or byte, is put between groups of bytes_per_sep
    bytes (counted from the right when positive, from the left when negative).
    """
    data = _buffer(data)
    out = bytearray()
    for b in data:
        out.append(_HEX[b >> 4])
        out.append(_HEX[b & 15])
    if sep is _NO_SEP:
        return bytes(out)
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if isinstance(sep, str):
        if ord(sep) > 255:
            raise ValueError('sep must be ASCII.')
        sep_byte = ord(sep)
    elif isinstance(sep, bytes):
        sep_byte = sep[0]
    else:
        raise TypeError('sep must be str or bytes.')
    group = _c_int(bytes_per_sep)
    if group == 0 or len(data) <= abs(group):
        return bytes(out)
    width = 2 * abs(group)
    text = bytes(out)
    pieces = []
    if group > 0:
        # full groups are counted from the right end
        first = len(text) % width
        if first:
            pieces.append(text[:first])
        for start in range(first, len(text), width):
            pieces.append(text[start:start + width])
    else:
        for start in range(0, len(text), width):
            pieces.append(text[start:start + width])
    return bytes([sep_byte]).join(pieces)


def b2a_hex(data, sep=_NO_SEP, bytes_per_sep=1):
    """Hexadecimal representation of binary data (same as hexlify)."""
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation (an even number of digits)."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for pos in range(0, len(data), 2):
        hi = _HEX_VALUE[data[pos]]
        lo = _HEX_VALUE[data[pos + 1]]
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation (same as unhexlify)."""
    return unhexlify(hexstr)


# --- base64 ----------------------------------------------------------------

def b2a_base64(data, /, *, newline=True):
    """Base64-code a line of data, ending it with a newline if asked."""
    data = _buffer(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for pos in range(0, full, 3):
        v = (data[pos] << 16) | (data[pos + 1] << 8) | data[pos + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63]]) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63],
                      _B64[(v >> 6) & 63]]) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data.

    Without strict_mode, characters outside the alphabet are skipped and
    decoding stops at the padding that completes a group.
    """
    data = _ascii(data)
    strict = bool(strict_mode)
    out = bytearray()
    acc = 0           # bits not yet written out
    nbits = 0
    quad = 0          # position inside the current group of four
    count = 0         # data characters seen
    pads = 0          # '=' seen since the last data character
    padded = False    # strict mode: padding has begun
    finished = False
    for ch in data:
        if finished:
            # only strict mode gets here: the padding closed the data
            raise Error('Excess data after padding')
        if ch == 61:  # '='
            if strict and not count:
                raise Error('Leading padding not allowed')
            padded = True
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if not strict:
                    break
                finished = True
            continue
        v = _B64_VALUE[ch]
        if v < 0:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padded:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        quad = (quad + 1) & 3
        acc = ((acc << 6) | v) & 0xFFFFFF
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 255)
    else:
        if finished:
            pass
        elif quad == 1:
            raise Error('Invalid base64-encoded string: number of data '
                        'characters (%d) cannot be 1 more than a multiple '
                        'of 4' % count)
        elif quad:
            raise Error('Incorrect padding')
    return bytes(out)


# --- uuencode --------------------------------------------------------------

def b2a_uu(data, /, *, backtick=False):
    """Uuencode one line of at most 45 bytes."""
    data = _buffer(data)
    n = len(data)
    if n > 45:
        raise Error('At most 45 bytes at once')
    zero = 96 if backtick else 32

    def char(v):
        return v + 32 if v else zero

    out = bytearray([char(n)])
    for pos in range(0, n, 3):
        chunk = data[pos:pos + 3]
        v = chunk[0] << 16
        if len(chunk) > 1:
            v |= chunk[1] << 8
        if len(chunk) > 2:
            v |= chunk[2]
        out += bytes([char(v >> 18), char((v >> 12) & 63),
                      char((v >> 6) & 63), char(v & 63)])
    out.append(10)
    return bytes(out)


def a2b_uu(data, /):
    """Decode one line of uuencoded data."""
    data = _ascii(data)
    size = ((data[0] if data else 0) - 32) & 63
    out = bytearray()
    acc = 0
    nbits = 0
    pos = 1
    while len(out) < size:
        if pos < len(data):
            ch = data[pos]
            pos += 1
            if ch == 10 or ch == 13:
                v = 0
            elif 32 <= ch <= 96:
                v = (ch - 32) & 63
            else:
                raise Error('Illegal char')
        else:
            v = 0  # a short line is completed with zeros
        acc = ((acc << 6) | v) & 0xFFFF
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 255)
    for ch in data[pos:]:
        if ch not in (32, 96, 10, 13):
            raise Error('Trailing garbage')
    return bytes(out)


# --- quoted-printable ------------------------------------------------------

def a2b_qp(data, header=False):
    """Decode quoted-printable data ('_' means a space when header is true)."""
    data = _ascii(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i < n:
        ch = data[i]
        if ch == 61:  # '='
            if i + 1 >= n:
                break
            nxt = data[i + 1]
            if nxt == 10 or nxt == 13:
                # soft line break: drop everything up to the newline
                end = data.find(b'\n', i + 1)
                if end < 0:
                    break
                i = end + 1
                continue
            if nxt == 61:
                out.append(61)
                i += 2
                continue
            if i + 2 < n:
                hi = _HEX_VALUE[nxt]
                lo = _HEX_VALUE[data[i + 2]]
                if hi >= 0 and lo >= 0:
                    out.append(hi * 16 + lo)
                    i += 3
                    continue
            out.append(61)
            i += 1
            continue
        if ch == 95 and header:  # '_'
            out.append(32)
        else:
            out.append(ch)
        i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode data as quoted-printable.

    Tabs and spaces are always quoted when quotetabs is true, otherwise only
    at the end of a line; istext keeps line breaks as they are; header
    writes spaces as '_' (and quotes '_').
    """
    data = _buffer(data)
    quotetabs = bool(quotetabs)
    istext = bool(istext)
    header = bool(header)
    n = len(data)
    # text with CRLF at its first line break keeps CRLF line breaks
    first_nl = data.find(b'\n')
    crlf = first_nl > 0 and data[first_nl - 1] == 13
    eol = b'\r\n' if crlf else b'\n'
    soft = b'=' + eol
    out = bytearray()
    line = 0
    i = 0

    def newline_at(k):
        # length of the newline starting at k (0 when there is none)
        if k >= n:
            return 0
        if data[k] == 10:
            return 1
        if data[k] == 13 and k + 1 < n and data[k + 1] == 10:
            return 2
        return 0

    def line_break_at(k):
        return newline_at(k) if istext else 0

    while i < n:
        brk = line_break_at(i)
        if brk:
            out += eol
            line = 0
            i += brk
            continue
        ch = data[i]
        at_end = i + 1 >= n
        before_break = at_end or line_break_at(i + 1) > 0
        # the soft line break check only looks for a raw b'\n' next
        before_newline = at_end or data[i + 1] == 10
        if ch == 32 or ch == 9:
            if quotetabs or at_end or (before_break and
                                       (ch == 9 or not header)):
                token = b'=20' if ch == 32 else b'=09'
                quoted = quotetabs or at_end
            else:
                token = b'_' if (ch == 32 and header) else bytes([ch])
                quoted = False
        elif (ch > 126 or ch == 61 or (ch == 95 and header)
              or (ch == 46 and line == 0
                  and (at_end or data[i + 1] in (0, 10, 13)))
              or (ch < 32 and ch != 13 and ch != 10)
              or (not istext and (ch == 13 or ch == 10))):
            token = b'=' + bytes([_HEX[ch >> 4], _HEX[ch & 15]]).upper()
            quoted = True
        else:
            token = bytes([ch])
            quoted = False
        if quoted:
            if line + 3 >= 76:
                out += soft
                line = 0
        elif line + 1 >= 76 and not before_newline:
            out += soft
            line = 0
        out += token
        line += len(token)
        i += 1
    return bytes(out)


# --- checksums -------------------------------------------------------------

def _crc32_table():
    table = []
    for byte in range(256):
        c = byte
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _crc_hqx_table():
    table = []
    for byte in range(256):
        c = byte << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32 = _crc32_table()
_CRC_HQX = _crc_hqx_table()


def crc32(data, crc=0, /):
    """Compute the CRC-32 of data, continuing from crc."""
    data = _buffer(data)
    c = (_index(crc) & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32
    for b in data:
        c = table[(c ^ b) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """Compute the CRC-CCITT (as used by binhex4) of data, starting at crc."""
    data = _buffer(data)
    c = _index(crc) & 0xFFFF
    table = _CRC_HQX
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c
