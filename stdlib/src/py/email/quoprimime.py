"""Quoted-printable helpers (RFC 2045 section 6.7 and RFC 2047 "Q")."""

__all__ = [
    'body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
    'header_decode', 'header_encode', 'header_length', 'quote', 'unquote',
]

import re

# Characters that may appear literally in an RFC 2047 encoded word.
_WORD_SAFE = frozenset(b'!*+-/0123456789'
                       b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')


def header_check(octet):
    """True when octet must be escaped inside a Q encoded word."""
    return octet not in _WORD_SAFE


def body_check(octet):
    """True when octet must be escaped in a quoted-printable body."""
    if octet in (9, 32):
        return False
    return not (33 <= octet <= 126) or octet == 61


def header_length(bytearray):
    """Length of the Q encoding of some bytes (without the word chrome)."""
    return sum(1 if (b == 32 or b in _WORD_SAFE) else 3 for b in bytearray)


def body_length(bytearray):
    """Length of the quoted-printable body encoding of some bytes."""
    return sum(3 if body_check(b) else 1 for b in bytearray)


def quote(c):
    return '=%02X' % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    """Wrap bytes into a complete '=?charset?q?...?=' encoded word."""
    if not header_bytes:
        return ''
    pieces = []
    for b in header_bytes:
        if b == 32:
            pieces.append('_')
        elif b in _WORD_SAFE:
            pieces.append(chr(b))
        else:
            pieces.append('=%02X' % b)
    return '=?%s?q?%s?=' % (charset, ''.join(pieces))


_EOL_RE = re.compile(r'\r\n|\r|\n')


def _line_tokens(line):
    # Each token is the printed form of one source character.
    out = []
    for ch in line:
        o = ord(ch)
        out.append('=%02X' % o if o < 256 and body_check(o) else ch)
    if line and line[-1] in ' \t':
        # A final blank keeps its literal form unless it ends the line.
        out[-1] = line[-1]
    return out


def _wrap_tokens(tokens, width, eol):
    blank_end = bool(tokens) and tokens[-1] in (' ', '\t')
    total = sum(len(t) for t in tokens) + (2 if blank_end else 0)
    rows = []
    start = 0
    while total > width:
        used = 0
        stop = start
        while stop < len(tokens) and used + len(tokens[stop]) <= width - 1:
            used += len(tokens[stop])
            stop += 1
        rows.append(''.join(tokens[start:stop]) + '=')
        total -= used
        start = stop
    tail = tokens[start:]
    if tail and blank_end:
        tail = tail[:-1] + ['=%02X' % ord(tail[-1])]
    rows.append(''.join(tail))
    return eol.join(rows)


def body_encode(body, maxlinelen=76, eol='\n'):
    """Quoted-printable encode a str, soft-breaking lines at maxlinelen."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    lines = _EOL_RE.split(body)
    return eol.join(_wrap_tokens(_line_tokens(ln), maxlinelen, eol)
                    for ln in lines)


_HEX = '0123456789abcdefABCDEF'


def _unescape_line(line):
    # Returns (text, soft) where soft means the line ended with '='.
    out = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch != '=':
            out.append(ch)
            i += 1
        elif i == n - 1:
            return ''.join(out), True
        elif i + 2 < n and line[i + 1] in _HEX and line[i + 2] in _HEX:
            out.append(chr(int(line[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(ch)
            i += 1
    return ''.join(out), False


def decode(encoded, eol='\n'):
    """Decode a quoted-printable body; line ends become eol."""
    if not encoded:
        return encoded
    result = []
    for raw in encoded.splitlines():
        text, soft = _unescape_line(raw.rstrip())
        result.append(text)
        if not soft:
            result.append(eol)
    joined = ''.join(result)
    if joined.endswith('\n') and encoded[-1] not in '\r\n':
        joined = joined[:-1]
    return joined


body_decode = decode
decodestring = decode


def header_decode(s):
    """Decode the text of a Q encoded word (underscore means space)."""
    return re.sub(r'=([0-9a-fA-F]{2})',
                  lambda m: chr(int(m.group(1), 16)),
                  s.replace('_', ' '))
