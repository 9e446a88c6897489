"""Base16, Base32, Base64 and Base85 data encodings (CPython's base64 module, written for pyrs)."""

# binascii's exception classes are shared with the binascii module, so
# `except binascii.Error` catches what these functions raise.
#
# The bulk work never loops over bits or bytes in Python: the input is split
# into one byte string per position in a group (`data[i::n]`), each output
# position is the sum of a few `bytes.translate` results (added as big
# integers, which never carry because the parts occupy disjoint bits), and
# the output positions are woven back together with extended slice assignment.

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


from binascii import Error, Incomplete


# --- input conversion ---------------------------------------------------------

def _as_encoded(data):
    """Encoded input for the decoders: ASCII text or any bytes-like object."""
    if type(data) is bytes:
        return data
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytearray, bytes)):
        return bytes(data)
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % type(data).__name__) from None
    return view.tobytes()


def _binary(s):
    # What binascii's functions accept: any bytes-like object, not str.
    if type(s) is bytes:
        return s
    if isinstance(s, (bytearray, bytes)):
        return bytes(s)
    try:
        m = memoryview(s)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(s).__name__) from None
    if not m.c_contiguous:
        raise BufferError('memoryview: underlying buffer is not C-contiguous')
    return m.tobytes()


def _buffer(s):
    # What base64's own Python code accepts (through memoryview()).
    if type(s) is bytes:
        return s
    return bytes(s) if isinstance(s, (bytearray, bytes)) else memoryview(s).tobytes()


_ONE_BYTE_FORMATS = frozenset(('B', 'b', 'c'))


def _lines_input(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__) from err
    if m.format not in _ONE_BYTE_FORMATS:
        raise TypeError('expected single byte elements, not %r from %s'
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (m.ndim, s.__class__.__name__))
    return m.tobytes()


# --- bit regrouping -------------------------------------------------------------

def _plan(inbits, nin, outbits, nout, final=None):
    """For each of the nout output symbols of a group, the (input position,
    translate table) pairs whose sum gives it. `final` (an alphabet) is folded
    into single-part tables; multi-part outputs translate through it after
    the sum."""
    if final is not None:
        final = final + bytes(256 - len(final))
    plan = []
    for j in range(nout):
        lo_j, hi_j = j * outbits, (j + 1) * outbits
        parts = []
        for i in range(nin):
            lo = max(lo_j, i * inbits)
            hi = min(hi_j, (i + 1) * inbits)
            if lo >= hi:
                continue
            rshift = (i + 1) * inbits - hi
            mask = (1 << (hi - lo)) - 1
            lshift = hi_j - hi
            parts.append([i, bytes(((v >> rshift) & mask) << lshift for v in range(256))])
        if len(parts) == 1:
            if final is not None:
                parts[0][1] = parts[0][1].translate(final)
            plan.append((parts, None))
        else:
            plan.append((parts, final))
    return plan


def _regroup(src, nin, nout, plan):
    """Re-cut `src` (a whole number of nin-byte groups) into nout-byte groups."""
    m = len(src) // nin
    if not m:
        return bytearray()
    streams = [src] if nin == 1 else [src[i::nin] for i in range(nin)]
    out = bytearray(m * nout)
    frombytes = int.from_bytes
    for j in range(nout):
        parts, final = plan[j]
        if final is None and len(parts) == 1:
            i, table = parts[0]
            out[j::nout] = streams[i].translate(table)
            continue
        acc = 0
        for i, table in parts:
            acc += frombytes(streams[i].translate(table), 'big')
        piece = acc.to_bytes(m, 'big')
        if final is not None:
            piece = piece.translate(final)
        out[j::nout] = piece
    return out


def _decode_table(alphabet):
    # byte -> value of that alphabet symbol (0 for bytes outside it)
    table = bytearray(256)
    for i, c in enumerate(alphabet):
        table[c] = i
    return bytes(table)


def _complement(chars):
    return bytes(c for c in range(256) if c not in chars)


def _marks(chars):
    # byte -> 0 for the bytes in chars, 1 for the others: `s.translate(marks)
    # .find(1)` is where s first leaves chars (faster than deleting chars).
    return bytes(0 if c in chars else 1 for c in range(256))


# --- Base64 -------------------------------------------------------------------

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_ENC = _plan(8, 3, 6, 4, _B64)
_B64_DEC = _plan(6, 4, 8, 3)
_B64_VALUES = _decode_table(_B64)
_B64_MARKS = _marks(_B64)
_B64_PAD_MARKS = _marks(_B64 + b'=')
_B64_JUNK = _complement(_B64 + b'=')
_B64_PAIRS = None   # 12 bits -> two symbols, for short inputs


def _b2a_base64(data, newline=True):
    data = _binary(data)
    n = len(data)
    rem = n % 3
    if rem:
        data = data + bytes(3 - rem)
    if n <= 48:
        # a loop over the groups costs less than _regroup's set-up here
        global _B64_PAIRS
        if _B64_PAIRS is None:
            _B64_PAIRS = [bytes((_B64[i >> 6], _B64[i & 63])) for i in range(4096)]
        pairs = _B64_PAIRS
        it = iter(data)
        out = bytearray().join([pairs[a << 4 | b >> 4] + pairs[(b & 15) << 8 | c]
                                for a, b, c in zip(it, it, it)])
    else:
        out = _regroup(data, 3, 4, _B64_ENC)
    if rem:
        out[rem - 3:] = b'==' if rem == 1 else b'='
    if newline:
        out += b'\n'
    return bytes(out)


def _decode_b64_chars(chars):
    # chars: only alphabet symbols, their count not 1 more than a multiple of 4
    n = len(chars)
    values = chars.translate(_B64_VALUES)
    rem = n % 4
    if rem:
        values += bytes(4 - rem)
    if n <= 64:
        it = iter(values)
        out = bytearray().join([(a << 18 | b << 12 | c << 6 | d).to_bytes(3, 'big')
                                for a, b, c, d in zip(it, it, it, it)])
    else:
        out = _regroup(values, 4, 3, _B64_DEC)
    del out[n * 3 // 4:]
    return bytes(out)


def _bad_count(n):
    return Error('Invalid base64-encoded string: number of data characters (%d) '
                 'cannot be 1 more than a multiple of 4' % n)


def _a2b_base64(s, strict=False):
    body = s.rstrip(b'=')
    npad = len(s) - len(body)
    if body.translate(_B64_MARKS).find(1) < 0:
        # The usual shape: symbols then padding.
        q = len(body) % 4
        if strict and npad and not body:
            raise Error('Leading padding not allowed')
        if q == 1:
            raise _bad_count(len(body))
        if q and npad < 4 - q:
            raise Error('Incorrect padding')
        if strict and q and npad > 4 - q:
            raise Error('Excess data after padding')
        return _decode_b64_chars(body)
    if strict:
        return _a2b_base64_strict(s)
    # Drop what is not base64; a pad sequence completing a quad ends the data.
    s = s.translate(None, b'\n')
    if s.translate(_B64_PAD_MARKS).find(1) >= 0:
        s = s.translate(None, _B64_JUNK)
    parts = []
    quad = 0
    pos = 0
    ended = False
    while True:
        p = s.find(b'=', pos)
        if p < 0:
            parts.append(s[pos:])
            quad = (quad + len(s) - pos) % 4
            break
        parts.append(s[pos:p])
        quad = (quad + p - pos) % 4
        pos = p
        while pos < len(s) and s[pos] == 61:
            pos += 1
        if quad >= 2 and pos - p >= 4 - quad:
            ended = True
            break
    chars = b''.join(parts)
    if not ended and quad:
        if quad == 1:
            raise _bad_count(len(chars))
        raise Error('Incorrect padding')
    return _decode_b64_chars(chars)


def _a2b_base64_strict(s):
    # Only reached for input that is not symbols-then-padding: find the error.
    if s[:1] == b'=':
        raise Error('Leading padding not allowed')
    quad = pads = 0
    padding = False
    for i, c in enumerate(s):
        if c == 61:
            padding = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if i + 1 < len(s):
                        raise Error('Excess data after padding')
                    break
            continue
        if c not in _B64:
            raise Error('Only base64 data is allowed')
        if padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        quad = (quad + 1) % 4
    return _a2b_base64(s, False)


def _alt_table(alt, decoding):
    # a translate table between '+/' and the two alternative symbols
    assert len(alt) == 2, repr(alt)
    if decoding:
        return bytes.maketrans(alt, b'+/')
    return bytes.maketrans(b'+/', alt)


def b64encode(s, altchars=None):
    """Base64 of a bytes-like object, as bytes; altchars replaces '+/'."""
    out = _b2a_base64(s, newline=False)
    if altchars is None:
        return out
    return out.translate(_alt_table(altchars, False))


def b64decode(s, altchars=None, validate=False):
    """Bytes from Base64 (bytes-like or ASCII str); altchars stands for '+/'.
    Other bytes are skipped unless validate is true (then: binascii.Error)."""
    data = _as_encoded(s)
    if altchars is not None:
        data = data.translate(_alt_table(_as_encoded(altchars), True))
    return _a2b_base64(data, validate)


def standard_b64encode(s):
    """b64encode() with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """b64decode() with the standard alphabet."""
    return b64decode(s)


_TO_URL = bytes.maketrans(b'+/', b'-_')
_FROM_URL = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return _b2a_base64(s, newline=False).translate(_TO_URL)


def urlsafe_b64decode(s):
    """Decode Base64 written with '-' and '_' (or '+' and '/')."""
    return _a2b_base64(_as_encoded(s).translate(_FROM_URL))


# --- Base32 -------------------------------------------------------------------

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B32_PADS = (0, 6, 4, 3, 1)            # by input length mod 5
_B32_KEEP = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}  # pad count -> bytes of the last quantum
_b32_tables = {}


def _b32_tables_for(alphabet):
    t = _b32_tables.get(alphabet)
    if t is None:
        t = _b32_tables[alphabet] = (_plan(8, 5, 5, 8, alphabet), _plan(5, 8, 8, 5),
                                     _decode_table(alphabet), _marks(alphabet))
    return t


def _b32encode(alphabet, s):
    s = _buffer(s)
    n = len(s)
    rem = n % 5
    if rem:
        s = s + bytes(5 - rem)
    out = _regroup(s, 5, 8, _b32_tables_for(alphabet)[0])
    npad = _B32_PADS[rem]
    if npad:
        out[-npad:] = b'=' * npad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _as_encoded(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        one = _as_encoded(map01)
        assert len(one) == 1, repr(one)
        s = s.translate(bytes.maketrans(b'0' + b'1', b'O' + one))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    npad = len(s) - len(body)
    _, dec, values, marks = _b32_tables_for(alphabet)
    if body.translate(marks).find(1) >= 0:
        raise Error('Non-base32 digit found')
    keep = _B32_KEEP.get(npad)
    if keep is None:
        raise Error('Incorrect padding')
    v = body.translate(values)
    if npad:
        v += bytes(npad)
    out = _regroup(v, 8, 5, dec)
    if npad:
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Base32 (RFC 4648) of a bytes-like object, as bytes."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Bytes from Base32; casefold accepts lowercase, map01 is the letter
    that the digit 1 stands for (0 stands for O)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the 'extended hex' alphabet 0-9A-V."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Bytes from Base32 written with the alphabet 0-9A-V."""
    return _b32decode(_B32HEX, s, casefold)


# --- Base16 -------------------------------------------------------------------

_B16 = b'0123456789ABCDEF'
_B16_ENC = _plan(8, 1, 4, 2, _B16)
_B16_MARKS = _marks(_B16)


def b16encode(s):
    """Base16 (uppercase hex) of a bytes-like object, as bytes."""
    return bytes(_regroup(_binary(s), 1, 2, _B16_ENC))


def b16decode(s, casefold=False):
    """Bytes from Base16; casefold accepts lowercase digits."""
    s = _as_encoded(s)
    if casefold:
        s = s.upper()
    if s.translate(_B16_MARKS).find(1) >= 0:
        raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


# --- Ascii85 and Base85 ---------------------------------------------------------

_A85_OPEN = b'<~'
_A85_CLOSE = b'~>'
_A85 = bytes(range(33, 118))
_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_A85_MARKS = _marks(_A85 + b'z')
_A85_Y_MARKS = _marks(_A85 + b'zy')
_A85_MINUS33 = bytes((c - 33) & 255 for c in range(256))
_B85_MARKS = _marks(_B85)
_B85_VALUES = _decode_table(_B85)
_M85 = -(-(1 << 39) // 85)   # x // 85 == (x * _M85) >> 39 for 0 <= x < 2**32
_ignore_marks = {}

# Groups of four bytes are turned into five base-85 digits (and back) all at
# once: each group is a lane of one big integer, wide enough that the lanes
# never carry into each other, and the division by 85 is a multiplication by
# its reciprocal.


def _digits85(b):
    """The five digit-value streams of b (whose length is a multiple of 4)."""
    m = len(b) // 4
    lanes = bytearray(9 * m)
    for i in range(4):
        lanes[5 + i::9] = b[i::4]
    w = int.from_bytes(lanes, 'big')
    mask = int.from_bytes(b'\0\0\0\0\x01\xff\xff\xff\xff' * m, 'big')
    digits = [None] * 5
    for j in range(4, 0, -1):
        q = ((w * _M85) >> 39) & mask
        digits[j] = (w - q * 85).to_bytes(9 * m, 'big')[8::9]
        w = q
    digits[0] = w.to_bytes(9 * m, 'big')[8::9]
    return digits


def _words85(values):
    """Decode digit values (length a multiple of 5): (bytes, -1), or
    (None, index of the first group that does not fit in 32 bits)."""
    m = len(values) // 5
    if not m:
        return b'', -1
    lanes = bytearray(5 * m)
    w = 0
    for j in range(5):
        lanes[4::5] = values[j::5]
        w = w * 85 + int.from_bytes(lanes, 'big')
    wb = w.to_bytes(5 * m, 'big')
    high = wb[0::5]
    if high.count(0) != m:
        return None, m - len(high.lstrip(b'\0'))
    out = bytearray(4 * m)
    for i in range(4):
        out[i::4] = wb[i + 1::5]
    return out, -1


def _find_group(out, group, pos):
    # the first occurrence of group at a multiple of 5, from pos on
    while True:
        i = out.find(group, pos)
        if i < 0 or i % 5 == 0:
            return i
        pos = i + 5 - i % 5


def _fold(out, folds):
    """Replace the 5-digit groups in folds ((group, abbreviation) pairs)."""
    found = [_find_group(out, g, 0) for g, _ in folds]
    if max(found) < 0:
        return out
    pieces = []
    start = 0
    while True:
        k = -1
        for idx, i in enumerate(found):
            if i >= 0 and (k < 0 or i < found[k]):
                k = idx
        if k < 0:
            break
        i = found[k]
        pieces.append(out[start:i])
        pieces.append(folds[k][1])
        start = i + 5
        found[k] = _find_group(out, folds[k][0], start)
    pieces.append(out[start:])
    return b''.join(pieces)


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    b = _buffer(b)
    padding = -len(b) % 4
    if padding:
        b = b + bytes(padding)
    if not b:
        return b''
    table = alphabet + bytes(256 - len(alphabet))
    m = len(b) // 4
    out = bytearray(5 * m)
    for j, d in enumerate(_digits85(b)):
        out[j::5] = d.translate(table)
    last = b''
    if padding and not pad:
        last = out[-5:-padding]
        del out[-5:]
    folds = []
    if foldnuls:
        folds.append((alphabet[:1] * 5, b'z'))
    if foldspaces:
        w = 0x20202020
        folds.append((bytes(alphabet[w // 85 ** k % 85] for k in range(4, -1, -1)), b'y'))
    if folds:
        out = _fold(out, folds)
    return bytes(out + last)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of a bytes-like object: zero groups as 'z', with foldspaces
    space groups as 'y', lines of wrapcol characters, the last group padded
    when pad is true, framed by <~ ~> when adobe is true."""
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = _A85_OPEN + result
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [result[i:i + width] for i in range(0, len(result), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85_CLOSE
    return result


def _a85_groups(digits):
    """Decode a run of Ascii85 digits; a partial last group is padded with 'u'."""
    rem = len(digits) % 5
    if rem:
        digits = digits + b'u' * (5 - rem)
    out, bad = _words85(digits.translate(_A85_MINUS33))
    if out is None:
        raise ValueError('Ascii85 overflow')
    if rem:
        del out[rem - 5:]
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Bytes from Ascii85 (see a85encode); bytes of ignorechars are skipped."""
    b = _as_encoded(b)
    if adobe:
        if not b.endswith(_A85_CLOSE):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % (_A85_CLOSE,))
        if b.startswith(_A85_OPEN):
            b = b[2:-2]
        else:
            b = b[:-2]
    special = b'zy' if foldspaces else b'z'
    if ignorechars:
        key = (bytes(ignorechars), foldspaces)
        marks = _ignore_marks.get(key)
        if marks is None:
            # bytes that are digits or abbreviations are never ignored
            ignore = bytes(c for c in key[0] if not (33 <= c <= 117 or c in special))
            marks = _ignore_marks[key] = (ignore, _marks(_complement(ignore)))
        if b.translate(marks[1]).find(1) >= 0:
            b = b.translate(None, marks[0])
    if b.translate(_A85_Y_MARKS if foldspaces else _A85_MARKS).find(1) >= 0:
        return _a85decode_slow(b, foldspaces)
    if b.find(b'z') < 0 and (not foldspaces or b.find(b'y') < 0):
        return bytes(_a85_groups(b))
    # Digit runs separated by the 'z' (and 'y') abbreviations.
    out = []
    start = 0
    while True:
        i = b.find(b'z', start)
        if foldspaces:
            j = b.find(b'y', start)
            if j >= 0 and (i < 0 or j < i):
                i = j
        if i < 0:
            out.append(_a85_groups(b[start:]))
            return b''.join(out)
        run = b[start:i]
        if len(run) % 5:
            _a85_groups(run[:len(run) - len(run) % 5])
            raise ValueError('%c inside Ascii85 5-tuple' % b[i])
        out.append(_a85_groups(run))
        out.append(b'\0\0\0\0' if b[i] == 122 else b'    ')
        start = i + 1


def _a85decode_slow(b, foldspaces):
    # Some byte is not Ascii85: the errors before it come first.
    group = 0
    for i, c in enumerate(b):
        if 33 <= c <= 117:
            group = (group + 1) % 5
        elif c == 122 or (foldspaces and c == 121):
            if group:
                return a85decode(b[:i + 1], foldspaces=foldspaces, ignorechars=b'')
        else:
            a85decode(b[:i - group], foldspaces=foldspaces, ignorechars=b'')
            raise ValueError('Non-Ascii85 digit found: %c' % c)


def b85encode(b, pad=False):
    """Base85 (the git/Mercurial alphabet) of a bytes-like object."""
    return _85encode(b, _B85, pad)


def b85decode(b):
    """Bytes from Base85."""
    b = _as_encoded(b)
    padding = -len(b) % 5
    if padding:
        b = b + b'~' * padding
    limit = b.translate(_B85_MARKS).find(1)
    end = len(b) if limit < 0 else limit - limit % 5
    out, bad = _words85(b[:end].translate(_B85_VALUES))
    if out is None:
        raise ValueError('base85 overflow in hunk starting at byte %d' % (bad * 5))
    if limit >= 0:
        raise ValueError('bad base85 character at position %d' % limit)
    if padding:
        del out[-padding:]
    return bytes(out)


# --- legacy interface ------------------------------------------------------------

def encode(input, output):
    """Base64 of the binary file input, in lines of 76, to the binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(_b2a_base64(s))


def decode(input, output):
    """Decode the Base64 lines of the binary file input to the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(_a2b_base64(_binary(line)))


def encodebytes(s):
    """Base64 in lines of 76 characters, each ending with a newline."""
    s = _lines_input(s)
    if not s:
        return b''
    # MAXBINSIZE is a multiple of 3, so the lines are slices of one encoding.
    enc = _b2a_base64(s, newline=False)
    lines = [enc[i:i + MAXLINESIZE] for i in range(0, len(enc), MAXLINESIZE)]
    lines.append(b'')
    return b'\n'.join(lines)


def decodebytes(s):
    """Bytes from Base64 lines (other bytes are skipped)."""
    return _a2b_base64(_lines_input(s))


_USAGE = """usage: %s [-h|-d|-e|-u] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)"""


def main():
    """Command line: base64 [-h|-d|-e|-u] [file|-]."""
    import sys
    args = sys.argv[1:]
    func = encode
    while args and args[0].startswith('-') and args[0] != '-':
        opt = args.pop(0)
        if opt == '--':
            break
        if opt == '-e':
            func = encode
        elif opt in ('-d', '-u'):
            func = decode
        elif opt == '-h':
            print(_USAGE % sys.argv[0])
            return
        else:
            print('option %s not recognized' % opt, file=sys.stderr)
            print(_USAGE % sys.argv[0], file=sys.stderr)
            sys.exit(2)
    sink = sys.stdout.buffer
    if not args or args[0] == '-':
        func(sys.stdin.buffer, sink)
        return
    with open(args[0], 'rb') as source:
        func(source, sink)


if __name__ == '__main__':
    main()
