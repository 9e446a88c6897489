"""Character set descriptions: how text in a charset is put into headers
and bodies of email messages."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']


import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

QP = 1          # quoted-printable
BASE64 = 2      # base64
SHORTEST = 3    # whichever of the two is shorter (headers only)

DEFAULT_CHARSET = 'us-ascii'
# Characters an encoded word adds around its payload (kept public).
RFC2047_CHROME_LEN = len('=??q??=')
UNKNOWN8BIT = 'unknown-8bit'


def _build_tables():
    # Each row: header encoding, body encoding, output charset, members.
    rows = [
        (QP, QP, None, 'iso-8859-1 iso-8859-2 iso-8859-3 iso-8859-4 '
                       'iso-8859-9 iso-8859-10 iso-8859-13 iso-8859-14 '
                       'iso-8859-15 iso-8859-16 windows-1252 viscii'),
        (None, None, None, 'us-ascii'),
        (BASE64, BASE64, None, 'big5 gb2312'),
        (BASE64, None, 'iso-2022-jp', 'euc-jp shift_jis'),
        (BASE64, None, None, 'iso-2022-jp'),
        (BASE64, BASE64, None, 'koi8-r'),
        (SHORTEST, BASE64, 'utf-8', 'utf-8'),
    ]
    sets = {}
    for hdr, body, out, names in rows:
        for name in names.split():
            sets[name] = (hdr, body, out)
    aliases = {}
    latin = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13),
             (8, 14), (9, 15), (10, 16)]
    for num, part in latin:
        for sep in '_-':
            aliases['latin%s%d' % (sep, num)] = 'iso-8859-%d' % part
    aliases.update(cp949='ks_c_5601-1987', euc_jp='euc-jp',
                   euc_kr='euc-kr', ascii='us-ascii')
    codecs = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}
    return sets, aliases, codecs


CHARSETS, ALIASES, CODEC_MAP = _build_tables()


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how a character set is encoded in headers and bodies."""
    if SHORTEST == body_enc:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Make alias another name for the canonical charset."""
    ALIASES.update({alias: canonical})


def add_codec(charset, codecname):
    """Name the Python codec used for charset."""
    CODEC_MAP.update({charset: codecname})


def _to_bytes(text, codec):
    codec = codec or DEFAULT_CHARSET
    if codec != UNKNOWN8BIT:
        return text.encode(codec)
    return text.encode('ascii', 'surrogateescape')


# Transfer-encoding code -> (module, Content-Transfer-Encoding label)
_TRANSFER = {QP: (email.quoprimime, 'quoted-printable'),
             BASE64: (email.base64mime, 'base64')}


def _shorter_word(data):
    # base64 only when strictly shorter than quoted-printable.
    if email.base64mime.header_length(data) < \
            email.quoprimime.header_length(data):
        return email.base64mime
    return email.quoprimime


# header_encoding -> chooser of the encoded-word module for given bytes
_WORD_ENCODERS = {QP: lambda data: email.quoprimime,
                  BASE64: lambda data: email.base64mime,
                  SHORTEST: _shorter_word}


def _canonical_name(raw):
    if not isinstance(raw, str):
        try:
            raw = str(raw, 'ascii')
        except UnicodeError:
            raise errors.CharsetError(raw)
    if not raw.isascii():
        raise errors.CharsetError(raw)
    lowered = raw.lower()
    return ALIASES.get(lowered, lowered)


class Charset:
    """Describes one character set and the transfer encodings used for it.

    Attributes: input_charset, header_encoding, body_encoding,
    output_charset, input_codec, output_codec.
    """

    def __init__(self, input_charset=DEFAULT_CHARSET):
        name = _canonical_name(input_charset)
        spec = CHARSETS.get(name, (SHORTEST, BASE64, None))
        self.input_charset = name
        self.header_encoding, self.body_encoding, target = spec
        self.output_charset = target or name
        self.input_codec = CODEC_MAP.get(name, name)
        target = self.output_charset
        self.output_codec = CODEC_MAP.get(target, target)

    def __str__(self):
        return self.input_charset.lower()

    __repr__ = __str__
    __hash__ = None

    def __eq__(self, other):
        return str(other).lower() == str(self)

    def get_body_encoding(self):
        """'quoted-printable', 'base64' or the encode_7or8bit function."""
        entry = _TRANSFER.get(self.body_encoding)
        return encode_7or8bit if entry is None else entry[1]

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _word_encoder(self, data):
        """The module (quoprimime or base64mime) making encoded words for
        data, or None when this charset leaves headers unencoded."""
        pick = _WORD_ENCODERS.get(self.header_encoding)
        return pick and pick(data)

    def header_encode(self, string):
        """Return string as one RFC 2047 encoded word (or unchanged when the
        charset needs no header encoding)."""
        label = self.output_codec or DEFAULT_CHARSET
        data = _to_bytes(string, label)
        encoder = self._word_encoder(data)
        return string if encoder is None else encoder.header_encode(data,
                                                                    label)

    def header_encode_lines(self, string, maxlengths):
        """Split string into encoded words, the n-th of which fits in the
        n-th length taken from the maxlengths iterator."""
        label = self.output_codec or DEFAULT_CHARSET
        encoder = self._word_encoder(_to_bytes(string, label))

        def word(text):
            return encoder.header_encode(_to_bytes(text, label), label)
        result = []
        room = next(maxlengths)
        start = 0
        for end in range(1, len(string) + 1):
            if len(word(string[start:end])) <= room:
                continue
            # string[start:end-1] is the longest piece that fitted.
            result.append(word(string[start:end - 1])
                          if end - 1 > start else None)
            start = end - 1
            room = next(maxlengths)
        result.append(word(string[start:]))
        return result

    def body_encode(self, string):
        """Apply the body transfer encoding to a str or bytes payload."""
        if not string:
            return string
        how = self.body_encoding
        if how in (QP, BASE64) and isinstance(string, str):
            string = string.encode(self.output_charset)
        if how == BASE64:
            return email.base64mime.body_encode(string)
        if how == QP:
            return email.quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            return string.encode(self.output_charset).decode('ascii')
        return string
