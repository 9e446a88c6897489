"""Parameter lists of MIME headers (Content-Type, Content-Disposition).

A ParamList holds the header's leading value and its parameters as
(name, value) pairs exactly as written (values still quoted); rendering
turns such pairs back into header text.
"""

import binascii

from email import utils
from email import errors
from email._lexer import split_outside_quotes

# Characters that force a parameter value into quotes.
_MUST_QUOTE = set('()<>@,;:\\"/[]?= ')


class ParamList:
    """The ';'-separated pieces of a header value."""

    def __init__(self, pairs):
        self.pairs = pairs

    @classmethod
    def parse(cls, text):
        pairs = []
        for piece in split_outside_quotes(text, ';'):
            name, eq, value = piece.partition('=')
            if eq:
                pairs.append((name.strip().lower(), value.strip()))
            else:
                pairs.append((piece.strip(), ''))
        # A trailing ';' does not create an empty parameter.
        if len(pairs) > 1 and pairs[-1] == ('', ''):
            pairs.pop()
        return cls(pairs)

    def decoded(self):
        """Pairs with RFC 2231 pieces merged; values stay quoted."""
        return utils.decode_params(self.pairs)

    def find(self, name, unquote_values=True):
        for key, value in self.decoded():
            if key.lower() == name.lower():
                return strip_quotes(value) if unquote_values else value
        return _ABSENT

    def __repr__(self):
        return 'ParamList(%r)' % (self.pairs,)


class _Absent:
    def __bool__(self):
        return False


_ABSENT = _Absent()


def strip_quotes(value):
    if isinstance(value, tuple):
        return (value[0], value[1], utils.unquote(value[2]))
    return utils.unquote(value)


def render_param(name, value, force_quotes=True):
    """name=value text, RFC 2231 encoded when needed."""
    if value is None or (not isinstance(value, tuple) and not value):
        return name
    if isinstance(value, tuple):
        return '%s*=%s' % (name, utils.encode_rfc2231(value[2], value[0],
                                                        value[1]))
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return "%s*=%s" % (name, utils.encode_rfc2231(value, 'utf-8', ''))
    if force_quotes or _MUST_QUOTE.intersection(value):
        return '%s="%s"' % (name, utils.quote(value))
    return '%s=%s' % (name, value)


def join_params(pieces):
    return '; '.join(pieces)


_B64_ALPHABET = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                          b'0123456789+/')


def lenient_b64(data):
    """Decode base64 bytes; returns (bytes, [defect instances])."""
    try:
        return binascii.a2b_base64(data, strict_mode=True), []
    except binascii.Error:
        pass
    found = []
    kept = bytes(c for c in data if c in _B64_ALPHABET or c == 61)
    if kept != data:
        found.append(errors.InvalidBase64CharactersDefect())
    core = kept.rstrip(b'=')
    if len(core) % 4 == 1:
        return data, [errors.InvalidBase64LengthDefect()]
    padded = core + b'=' * (-len(core) % 4)
    if b'=' in core or kept != padded:
        if not found and (b'=' in core or len(kept) > len(padded)):
            found.append(errors.InvalidBase64CharactersDefect())
        elif len(kept) < len(padded):
            found.append(errors.InvalidBase64PaddingDefect())
    core = core.replace(b'=', b'')
    return binascii.a2b_base64(core + b'=' * (-len(core) % 4)), found
