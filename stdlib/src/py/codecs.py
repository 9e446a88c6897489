"""The `codecs` module (written for pyrs): codec look-up with CPython's name normalisation,
`encode`/`decode`, `CodecInfo`, the BOM constants and the error-handler registry.

The codecs themselves are pyrs's own (`str.encode`/`bytes.decode`); `_codecs.lookup_name`
finds a codec's canonical name. Incremental and stream codecs are not provided yet.
"""

import _codecs

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """What `lookup()` returns: (encode, decode, reader, writer) with named attributes."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


_cache = {}


def _function_name(name, what):
    return name.replace('-', '_').replace('iso8859', 'latin') + '_' + what


def _make_info(name):
    encode_name = _function_name(name, 'encode')
    decode_name = _function_name(name, 'decode')

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError(f'{encode_name}() argument 1 must be str, not {type(input).__name__}')
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(input)
        return data.decode(name, errors), len(data)

    encode.__name__ = encode.__qualname__ = encode_name
    decode.__name__ = decode.__qualname__ = decode_name
    return CodecInfo(encode, decode, name=name)


def lookup(encoding):
    """The CodecInfo of `encoding`; LookupError for an unknown one."""
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    if '\0' in encoding:
        raise ValueError('embedded null character')
    name = _codecs.lookup_name(encoding)
    info = _cache.get(name)
    if info is None:
        info = _cache[name] = _make_info(name)
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes `obj` with the codec registered for `encoding`."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes `obj` with the codec registered for `encoding`."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return '', exc.end
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, (UnicodeDecodeError, UnicodeTranslateError)):
        return '\ufffd', exc.end
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return exc.object[exc.start:exc.end].encode('ascii', 'backslashreplace').decode(), exc.end
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
}


def register_error(name, handler):
    """Registers an error handler; pyrs's codecs only use the built-in ones."""
    if not callable(handler):
        raise TypeError('handler must be callable')
    _handlers[name] = handler


def lookup_error(name):
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError(f'unknown error handler name {name!r}') from None
