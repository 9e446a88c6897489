"""Base64 helpers for MIME bodies and RFC 2047 "B" encoded words."""

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring',
           'header_encode', 'header_length']

import binascii


def header_length(bytearray):
    """Length of the base64 form of some bytes."""
    whole, rest = divmod(len(bytearray), 3)
    return 4 * (whole + (1 if rest else 0))


def header_encode(header_bytes, charset='iso-8859-1'):
    """Wrap bytes (or a str, encoded with charset) in a B encoded word."""
    if not header_bytes:
        return ''
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    text = binascii.b2a_base64(header_bytes, newline=False).decode('ascii')
    return '=?%s?b?%s?=' % (charset, text)


def body_encode(s, maxlinelen=76, eol='\n'):
    """Base64 encode bytes into lines of at most maxlinelen characters."""
    if not s:
        return ''
    step = max(1, maxlinelen * 3 // 4)
    lines = []
    for pos in range(0, len(s), step):
        chunk = binascii.b2a_base64(s[pos:pos + step], newline=False)
        lines.append(chunk.decode('ascii') + eol)
    return ''.join(lines)


def decode(string):
    """Decode base64 text (str or bytes) to bytes."""
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('raw-unicode-escape')
    return binascii.a2b_base64(string)


body_decode = decode
decodestring = decode
