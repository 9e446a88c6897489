"""Codecs of pyrs that are written in Python, and the search over them (written for pyrs).

`codecs.lookup` asks here after pyrs's built-in codecs and before the search functions
registered with `codecs.register`.
"""

from . import aliases

# canonical codec key -> (submodule of this package, what it builds)
_GROUPS = {
    'unicode_escape': '_escapes', 'raw_unicode_escape': '_escapes', 'utf_7': '_escapes',
    'idna': '_idna', 'punycode': '_idna',
    'rot_13': '_transforms', 'hex_codec': '_transforms', 'base64_codec': '_transforms',
    'zlib_codec': '_transforms', 'quopri_codec': '_transforms', 'uu_codec': '_transforms',
    'bz2_codec': '_transforms', 'undefined': '_transforms',
}


def normalize_encoding(encoding):
    """Collapses each run of characters other than letters, digits and '.' into one '_';
    non-ASCII letters and digits are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    pieces = []
    gap = False
    for ch in encoding:
        if not (ch == '.' or ch.isalnum()):
            gap = True
            continue
        if gap and pieces:
            pieces.append('_')
        gap = False
        if ch.isascii():
            pieces.append(ch)
    return ''.join(pieces)


def _codec_key(name):
    table = aliases.aliases
    found = table.get(name)
    if found is None:
        found = table.get(name.replace('.', '_'), name)
    return found


def _find_codec(name):
    """The CodecInfo of the already normalised `name`, or None when pyrs has no Python codec."""
    key = _codec_key(name)
    from . import _charmap_tables
    if key in _charmap_tables.TABLES:
        from . import _charmaps
        return _charmaps.make_info(key)
    group = _GROUPS.get(key)
    if group is None:
        return None
    module = __import__('encodings.' + group, fromlist=['make_info'])
    return module.make_info(key)


def _stateless_info(name, module, encode, decode, text=True):
    """A CodecInfo whose incremental and stream classes just call `encode`/`decode`."""
    import codecs

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors)

    return _finish_info(name, module, encode, decode, IncrementalEncoder, IncrementalDecoder,
                        StreamReader, StreamWriter, text)


def _finish_info(name, module, encode, decode, enc_cls, dec_cls, reader, writer, text=True):
    import codecs
    for cls in (enc_cls, dec_cls, reader, writer):
        cls.__module__ = 'encodings.' + module
        cls.__qualname__ = cls.__name__
    extra = {} if text else {'_is_text_encoding': False}
    return codecs.CodecInfo(encode, decode, reader, writer, enc_cls, dec_cls, name=name, **extra)
