"""The `codecs` module (written for pyrs): codec look-up with CPython's name normalisation,
`encode`/`decode`, `CodecInfo`, the BOM constants and the error-handler registry.

The codecs themselves are pyrs's own (`str.encode`/`bytes.decode`); `_codecs.lookup_name`
finds a codec's canonical name. On top of the one-shot functions this module builds the
incremental encoders/decoders and the stream readers/writers of every codec.
"""

import _codecs
import builtins

BOM_UTF8 = bytes.fromhex('efbbbf')
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = BOM_UTF16_LE + bytes(2)
BOM_UTF32_BE = bytes(2) + BOM_UTF16_BE
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """What `lookup()` returns: (encode, decode, reader, writer) with named attributes."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        info = super().__new__(cls, (encode, decode, streamreader, streamwriter))
        vars(info).update(name=name, encode=encode, decode=decode,
                          incrementalencoder=incrementalencoder,
                          incrementaldecoder=incrementaldecoder,
                          streamwriter=streamwriter, streamreader=streamreader)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

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
    enc_cls, dec_cls, reader_cls, writer_cls = _codec_classes(name, encode)
    return CodecInfo(encode, decode, reader_cls, writer_cls, enc_cls, dec_cls, name=name)


_searchers = []


def _search_name(encoding):
    """The name search functions get: lower-case ASCII letters, digits and '.', with each run
    of anything else turned into one '_' (none at either end)."""
    words = []
    word = []
    for ch in encoding.lower():
        if ch.isascii() and (ch.isalnum() or ch == '.'):
            word.append(ch)
        elif word:
            words.append(''.join(word))
            word = []
    if word:
        words.append(''.join(word))
    return '_'.join(words)


def register(search_function):
    """Adds a search function: called with a normalised name, it returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _searchers.append(search_function)


def unregister(search_function):
    """Removes a search function added by `register` and forgets the codecs already found."""
    if search_function in _searchers:
        _searchers.remove(search_function)
        _cache.clear()


def _search(key):
    import encodings
    found = encodings._find_codec(key)
    if found is not None:
        return found
    for search_function in list(_searchers):
        found = search_function(key)
        if found is None:
            continue
        if not isinstance(found, tuple) or len(found) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        return found
    return None


def lookup(encoding):
    """The CodecInfo of `encoding`; LookupError for an unknown one."""
    if not isinstance(encoding, str):
        kind = 'None' if encoding is None else type(encoding).__name__
        raise TypeError(f'lookup() argument must be str, not {kind}')
    if '\0' in encoding:
        raise ValueError('embedded null character')
    try:
        name = _codecs.lookup_name(encoding)
    except LookupError:
        name = None
    if name is not None:
        info = _cache.get(name)
        if info is None:
            info = _cache[name] = _make_info(name)
        return info
    key = _search_name(encoding)
    info = _cache.get((key,))
    if info is None and encoding:
        info = _search(key)
        if info is not None:
            _cache[(key,)] = info
    if info is None:
        raise LookupError(f'unknown encoding: {encoding}')
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes `obj` with the codec registered for `encoding`."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes `obj` with the codec registered for `encoding`."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    info = lookup(encoding)
    return info.encode


def getdecoder(encoding):
    info = lookup(encoding)
    return info.decode


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


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    import unicodedata
    parts = []
    for ch in exc.object[exc.start:exc.end]:
        title = unicodedata.name(ch, None)
        if title is not None:
            parts.append('\\N{%s}' % title)
        else:
            parts.append(ch.encode('ascii', 'backslashreplace').decode('ascii'))
    return ''.join(parts), exc.end


def _utf_flavour(encoding):
    """('utf-8' | 'utf-16-le' | ... ) for an encoding name the surrogatepass handler serves."""
    label = encoding.lower().replace('_', '-')
    if label in ('utf-8', 'utf8'):
        return 'utf-8'
    for width in ('16', '32'):
        if label.startswith('utf-' + width) or label.startswith('utf' + width):
            return 'utf-%s-%s' % (width, 'be' if label.endswith('be') else 'le')
    return None


def _surrogatepass_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        flavour = _utf_flavour(exc.encoding)
        piece = exc.object[exc.start:exc.end]
        if flavour is None or not all('\ud800' <= ch <= '\udfff' for ch in piece):
            raise exc
        out = bytearray()
        for ch in piece:
            code = ord(ch)
            if flavour == 'utf-8':
                out += bytes((0xE0 | code >> 12, 0x80 | (code >> 6) & 0x3F, 0x80 | code & 0x3F))
            else:
                size = 2 if '16' in flavour else 4
                out += code.to_bytes(size, 'big' if flavour.endswith('be') else 'little')
        return bytes(out), exc.end
    if isinstance(exc, UnicodeDecodeError):
        flavour = _utf_flavour(exc.encoding)
        data = exc.object
        at = exc.start
        if flavour == 'utf-8':
            chunk = data[at:at + 3]
            if (len(chunk) == 3 and chunk[0] & 0xF0 == 0xE0 and chunk[1] & 0xC0 == 0x80
                    and chunk[2] & 0xC0 == 0x80):
                code = (chunk[0] & 0x0F) << 12 | (chunk[1] & 0x3F) << 6 | chunk[2] & 0x3F
                if 0xD800 <= code <= 0xDFFF:
                    return chr(code), at + 3
        elif flavour is not None:
            size = 2 if '16' in flavour else 4
            chunk = data[at:at + size]
            if len(chunk) == size:
                code = int.from_bytes(chunk, 'big' if flavour.endswith('be') else 'little')
                if 0xD800 <= code <= 0xDFFF:
                    return chr(code), at + size
        raise exc
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def _surrogateescape_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        piece = exc.object[exc.start:exc.end]
        if not all('\udc80' <= ch <= '\udcff' for ch in piece):
            raise exc
        return bytes(ord(ch) - 0xDC00 for ch in piece), exc.end
    if isinstance(exc, UnicodeDecodeError):
        piece = exc.object[exc.start:exc.end]
        if any(byte < 0x80 for byte in piece):
            raise exc
        return ''.join(chr(0xDC00 + byte) for byte in piece), exc.end
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogateescape_errors,
    'surrogatepass': _surrogatepass_errors,
}


def register_error(name, handler):
    """Registers an error handler under `name` for codecs.lookup_error and the Python codecs."""
    if not callable(handler):
        raise TypeError('handler must be callable')
    _handlers[name] = handler


def lookup_error(name):
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError(f'unknown error handler name {name!r}') from None


# --- Codec base classes --------------------------------------------------------------------

class Codec:
    """Stateless encode/decode pair; subclasses supply both methods."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes text handed over in pieces, keeping whatever state the codec needs."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the text `_buffer_encode` could not use yet."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ''

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def reset(self):
        super().reset()
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    """Decodes bytes handed over in pieces, keeping whatever state the codec needs."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes `_buffer_decode` could not use yet."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        text, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return text

    def reset(self):
        super().reset()
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# --- Partial decoding: how much of a byte string can be decoded now -------------------------

def _utf8_incomplete(data):
    """Length of a trailing UTF-8 sequence that is valid so far but not finished (else 0)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        lead = data[n - back]
        if 0x80 <= lead <= 0xBF:
            continue
        if 0xC2 <= lead <= 0xDF:
            need = 2
        elif 0xE0 <= lead <= 0xEF:
            need = 3
        elif 0xF0 <= lead <= 0xF4:
            need = 4
        else:
            return 0
        if back >= need:
            return 0
        if back > 1:
            second = data[n - back + 1]
            low, high = {0xE0: (0xA0, 0xBF),
                         0xF0: (0x90, 0xBF), 0xF4: (0x80, 0x8F)}.get(lead, (0x80, 0xBF))
            if not low <= second <= high:
                return 0
        return back
    return 0


def _usable_length(name, data):
    """How many leading bytes of `data` the codec `name` can decode without more input."""
    n = len(data)
    if name == 'utf-8':
        return n - _utf8_incomplete(data)
    if name in ('utf-16-le', 'utf-16-be'):
        n -= n % 2
        if n >= 2:
            unit = data[n - 1] if name == 'utf-16-le' else data[n - 2]
            if 0xD8 <= unit <= 0xDB:
                n -= 2
        return n
    if name in ('utf-32-le', 'utf-32-be'):
        return n - n % 4
    return n


def _decode_some(name, data, errors, final):
    """Decodes what can be decoded: returns (text, number of bytes used)."""
    data = bytes(data)
    used = len(data) if final else _usable_length(name, data)
    try:
        return data[:used].decode(name, errors), used
    except UnicodeDecodeError as err:
        if used == len(data):
            raise
        raise _shifted(err, data, 0) from None


def _shifted(exc, data, offset):
    """`exc` re-made so that its positions refer to `data`, which has `offset` extra bytes."""
    return UnicodeDecodeError(exc.encoding, data, exc.start + offset, exc.end + offset, exc.reason)


# --- Per-codec classes ------------------------------------------------------------------------

def _module_name(name):
    if name == 'iso8859-1':
        return 'encodings.latin_1'
    return 'encodings.' + name.replace('-', '_')


def _bom_codec_classes(name, bom, le_bom, be_bom, label):
    """Incremental classes of utf-16/utf-32: BOM written once, byte order taken from the BOM."""
    width = len(bom)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._want_bom = True

        def encode(self, input, final=False):
            if self._want_bom:
                self._want_bom = False
                return input.encode(name, self.errors)
            return input.encode(name + '-le', self.errors)

        def reset(self):
            super().reset()
            self._want_bom = True

        def getstate(self):
            return 2 if self._want_bom else 0

        def setstate(self, state):
            self._want_bom = bool(state)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._order = None

        def _buffer_decode(self, input, errors, final):
            if self._order is not None:
                return _decode_some(name + self._order, input, errors, final)
            if len(input) < width:
                if not final:
                    return '', 0
                return _decode_some(name + '-le', input, errors, final)
            if input[:width] == le_bom:
                self._order = '-le'
            elif input[:width] == be_bom:
                self._order = '-be'
            else:
                raise UnicodeError(f'{label} stream does not start with BOM')
            try:
                text, used = _decode_some(name + self._order, input[width:], errors, final)
            except UnicodeDecodeError as err:
                raise _shifted(err, bytes(input), width) from None
            return text, used + width

        def reset(self):
            super().reset()
            self._order = None

        def getstate(self):
            flag = {None: 2, '-le': 0, '-be': 1}[self._order]
            return (self.buffer, flag)

        def setstate(self, state):
            self.buffer = state[0]
            self._order = {0: '-le', 1: '-be'}.get(state[1])

    return Encoder, Decoder


def _utf8_sig_classes():
    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._want_bom = True

        def encode(self, input, final=False):
            out = input.encode('utf-8', self.errors)
            if self._want_bom:
                self._want_bom = False
                out = BOM_UTF8 + out
            return out

        def reset(self):
            super().reset()
            self._want_bom = True

        def getstate(self):
            return 1 if self._want_bom else 0

        def setstate(self, state):
            self._want_bom = bool(state)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._at_start = True

        def _buffer_decode(self, input, errors, final):
            if not self._at_start:
                return _decode_some('utf-8', input, errors, final)
            if len(input) < 3 and BOM_UTF8.startswith(input):
                return '', 0
            self._at_start = False
            if input[:3] != BOM_UTF8:
                return _decode_some('utf-8', input, errors, final)
            text, used = _decode_some('utf-8', input[3:], errors, final)
            return text, used + 3

        def reset(self):
            super().reset()
            self._at_start = True

        def getstate(self):
            return (self.buffer, 1 if self._at_start else 0)

        def setstate(self, state):
            self.buffer = state[0]
            self._at_start = bool(state[1])

    return Encoder, Decoder


def _codec_classes(name, encode):
    """The IncrementalEncoder, IncrementalDecoder, StreamReader and StreamWriter of `name`."""
    if name == 'utf-16':
        enc_base, dec_base = _bom_codec_classes(name, BOM_UTF16, BOM_UTF16_LE, BOM_UTF16_BE, 'UTF-16')
    elif name == 'utf-32':
        enc_base, dec_base = _bom_codec_classes(name, BOM_UTF32, BOM_UTF32_LE, BOM_UTF32_BE, 'UTF-32')
    elif name == 'utf-8-sig':
        enc_base, dec_base = _utf8_sig_classes()
    else:
        class enc_base(IncrementalEncoder):
            def encode(self, input, final=False):
                return encode(input, self.errors)[0]

        if name in ('utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be'):
            class dec_base(BufferedIncrementalDecoder):
                def _buffer_decode(self, input, errors, final):
                    return _decode_some(name, input, errors, final)
        else:
            class dec_base(IncrementalDecoder):
                def decode(self, input, final=False):
                    return bytes(input).decode(name, self.errors)

    stateful = name in ('utf-16', 'utf-32', 'utf-8-sig')
    buffered = issubclass(dec_base, BufferedIncrementalDecoder)

    # The stream classes keep their state in vars(self): plain attribute look-ups of
    # missing names would be forwarded to the stream.
    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            if not stateful:
                return encode(input, errors)
            coder = enc_base(errors)
            coder.setstate(vars(self).get('_bom_next', True))
            vars(self)['_bom_next'] = False
            return coder.encode(input), len(input)

        def reset(self):
            vars(self).pop('_bom_next', None)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            if not buffered:
                data = bytes(input)
                return data.decode(name, errors), len(data)
            coder = vars(self).get('_coder')
            if coder is None:
                coder = vars(self)['_coder'] = dec_base(errors)
            return coder._buffer_decode(input, errors, False)

        def reset(self):
            super().reset()
            vars(self).pop('_coder', None)

    module = _module_name(name)
    classes = []
    for cls, title in ((enc_base, 'IncrementalEncoder'), (dec_base, 'IncrementalDecoder'),
                       (Reader, 'StreamReader'), (Writer, 'StreamWriter')):
        cls.__name__ = cls.__qualname__ = title
        cls.__module__ = module
        classes.append(cls)
    return classes


def getincrementalencoder(encoding):
    """The incremental encoder class of `encoding`."""
    cls = lookup(encoding).incrementalencoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getincrementaldecoder(encoding):
    """The incremental decoder class of `encoding`."""
    cls = lookup(encoding).incrementaldecoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getreader(encoding):
    info = lookup(encoding)
    return info.streamreader


def getwriter(encoding):
    info = lookup(encoding)
    return info.streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes the strings from `iterator` one by one, yielding the non-empty results."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.encode(piece)
        if out:
            yield out
    out = coder.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes the byte strings from `iterator` one by one, yielding the non-empty results."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.decode(piece)
        if out:
            yield out
    out = coder.decode(b'', True)
    if out:
        yield out


# --- Streams ------------------------------------------------------------------------------------

# Shared by the stream wrappers: unknown attributes come from the stream, `with` closes it.

def _wrapped_getattr(self, name, getattr=getattr):
    inner = self.stream
    return getattr(inner, name)


def _wrapped_enter(self):
    return self


def _wrapped_exit(self, type, value, tb):
    inner = self.stream
    inner.close()


def _wrapped_reduce_ex(self, proto):
    raise TypeError("can't serialize " + self.__class__.__name__)


def _wrapper(cls):
    cls.__getattr__ = _wrapped_getattr
    cls.__enter__ = _wrapped_enter
    cls.__exit__ = _wrapped_exit
    cls.__reduce_ex__ = _wrapped_reduce_ex
    return cls


@_wrapper
class StreamWriter(Codec):
    """Writes text to a binary stream through the codec's `encode`."""

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors

    def write(self, object):
        data = self.encode(object, self.errors)[0]
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence or 0)
        if (offset, whence) == (0, 0):
            self.reset()


@_wrapper
class StreamReader(Codec):
    """Reads text from a binary stream through the codec's `decode`."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors
        self._undecoded = b''
        self._decoded = ''

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _pull(self, size, firstline):
        """Reads once from the stream and decodes; False when the stream had nothing more."""
        fresh = self.stream.read(size) if size >= 0 else self.stream.read()
        pending = self._undecoded + fresh
        if pending:
            try:
                text, used = self.decode(pending, self.errors)
            except UnicodeDecodeError as err:
                if not firstline:
                    raise
                # keep what decodes cleanly if it already holds a whole line
                text, used = self.decode(pending[:err.start], self.errors)
                if len(text.splitlines(True)) < 2:
                    raise
            self._undecoded = pending[used:]
            self._decoded += text
        return bool(fresh)

    def _fill(self, size, chars, firstline):
        """Decodes more input until enough text is buffered; False once the stream ran dry."""
        while True:
            have = len(self._decoded)
            if chars >= 0 and have >= chars:
                return True
            if chars < 0 and size >= 0 and have >= size:
                return True
            if not self._pull(size, firstline):
                return False

    def read(self, size=-1, chars=-1, firstline=False):
        """Up to `chars` characters (all if negative), reading about `size` bytes at a time."""
        self._fill(size, chars, firstline)
        cut = len(self._decoded) if chars < 0 else chars
        out = self._decoded[:cut]
        self._decoded = self._decoded[cut:]
        return out

    def readline(self, size=None, keepends=True):
        """The next line; `size` is only a hint for how much to read at a time."""
        step = size or 72
        while True:
            more = self._fill(step, -1, True)
            if self._decoded[-1:] == '\r':
                # a '\n' may follow
                self._fill(1, len(self._decoded) + 1, False)
            parts = self._decoded.splitlines(True)
            if parts and (len(parts) > 1 or parts[0].splitlines()[0] != parts[0]):
                line = parts[0]
                break
            if not more or size is not None:
                line = self._decoded
                break
            if step < 8000:
                step *= 2
        self._decoded = self._decoded[len(line):]
        if line and not keepends:
            line = line.splitlines()[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._undecoded = b''
        self._decoded = ''

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence or 0)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


@_wrapper
class StreamReaderWriter:
    """A stream that reads through one codec reader and writes through one codec writer."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def read(self, size=-1):
        return self.reader.read(size=size)

    def readline(self, size=None):
        return self.reader.readline(size=size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint=sizehint)

    def __iter__(self):
        return self

    def __next__(self):
        return self.reader.__next__()

    def write(self, data):
        return self.writer.write(object=data)

    def writelines(self, list):
        self.writer.write(''.join(list))

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence or 0)
        self.reader.reset()
        if not offset and not whence:
            self.writer.reset()


@_wrapper
class StreamRecoder:
    """Bytes in one encoding on the outside, another encoding in the underlying stream."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def _outward(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._outward(self.reader.read(size=size))

    def readline(self, size=None):
        return self._outward(self.reader.readline(size=size))

    def readlines(self, sizehint=None):
        return self._outward(self.reader.read()).splitlines(True)

    def __iter__(self):
        return self

    def __next__(self):
        return self._outward(self.reader.__next__())

    def write(self, data):
        text = self.decode(data, self.errors)[0]
        return self.writer.write(text)

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def seek(self, offset, whence=0):
        for side in (self.reader, self.writer):
            side.seek(offset, whence)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Opens `filename` in binary mode, wrapped in a StreamReaderWriter when `encoding` is given."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if 'b' not in mode:
        mode += 'b'
    raw = builtins.open(filename, mode, buffering)
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(raw, info.streamreader, info.streamwriter, errors)
    except BaseException:
        raw.close()
        raise
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wraps `file` so that bytes in `data_encoding` are stored in `file_encoding`."""
    outer = lookup(data_encoding)
    inner = outer if file_encoding is None else lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = data_encoding if file_encoding is None else file_encoding
    return recoder


# --- The low-level functions of `_codecs`: each returns (result, amount consumed) ----------------

def _text_arg(obj, func):
    if not isinstance(obj, str):
        raise TypeError(f'{func}() argument 1 must be str, not {type(obj).__name__}')
    return obj


def _data_arg(obj):
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(obj))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'") from None


def _plain_pair(codec, func):
    def encoder(str, errors=None):
        _text_arg(str, func + '_encode')
        return str.encode(codec, errors or 'strict'), len(str)

    def decoder(data, errors=None, final=False):
        data = _data_arg(data)
        return _decode_some(codec, data, errors or 'strict', final)

    encoder.__name__ = encoder.__qualname__ = func + '_encode'
    decoder.__name__ = decoder.__qualname__ = func + '_decode'
    return encoder, decoder


utf_8_encode, utf_8_decode = _plain_pair('utf-8', 'utf_8')
utf_16_le_encode, utf_16_le_decode = _plain_pair('utf-16-le', 'utf_16_le')
utf_16_be_encode, utf_16_be_decode = _plain_pair('utf-16-be', 'utf_16_be')
utf_32_le_encode, utf_32_le_decode = _plain_pair('utf-32-le', 'utf_32_le')
utf_32_be_encode, utf_32_be_decode = _plain_pair('utf-32-be', 'utf_32_be')
latin_1_encode, _latin_1_partial = _plain_pair('latin-1', 'latin_1')
ascii_encode, _ascii_partial = _plain_pair('ascii', 'ascii')


def latin_1_decode(data, errors=None):
    return _latin_1_partial(data, errors, True)


def ascii_decode(data, errors=None):
    return _ascii_partial(data, errors, True)


def _bom_encoder(codec, func):
    def encoder(str, errors=None, byteorder=0):
        _text_arg(str, func)
        suffix = '' if byteorder == 0 else ('-le' if byteorder < 0 else '-be')
        return str.encode(codec + suffix, errors or 'strict'), len(str)
    encoder.__name__ = encoder.__qualname__ = func
    return encoder


utf_16_encode = _bom_encoder('utf-16', 'utf_16_encode')
utf_32_encode = _bom_encoder('utf-32', 'utf_32_encode')


def _bom_decode(codec, width, data, errors, byteorder, final):
    """(text, consumed, byte order found) for utf-16/utf-32 data."""
    data = _data_arg(data)
    head = 0
    if byteorder == 0:
        if len(data) < width and not final and (BOM_UTF16_LE if width == 2 else BOM_UTF32_LE)[:len(data)] == data:
            return '', 0, 0
        little = BOM_UTF16_LE if width == 2 else BOM_UTF32_LE
        big = BOM_UTF16_BE if width == 2 else BOM_UTF32_BE
        if data[:width] == little:
            byteorder, head = -1, width
        elif data[:width] == big:
            byteorder, head = 1, width
    side = '-be' if byteorder > 0 else '-le'
    try:
        text, used = _decode_some(codec + side, data[head:], errors or 'strict', final)
    except UnicodeDecodeError as err:
        raise _shifted(err, data, head) from None
    return text, used + head, byteorder


def utf_16_decode(data, errors=None, final=False):
    return _bom_decode('utf-16', 2, data, errors, 0, final)[:2]


def utf_32_decode(data, errors=None, final=False):
    return _bom_decode('utf-32', 4, data, errors, 0, final)[:2]


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _bom_decode('utf-16', 2, data, errors, byteorder, final)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _bom_decode('utf-32', 4, data, errors, byteorder, final)


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _data_arg(data)
    return data, len(data)


def _python_codec(module, func):
    def forward(*args, **kwargs):
        target = __import__('encodings.' + module, fromlist=[func])
        return getattr(target, func)(*args, **kwargs)
    forward.__name__ = forward.__qualname__ = func
    return forward


unicode_escape_encode = _python_codec('_escapes', 'unicode_escape_encode')
unicode_escape_decode = _python_codec('_escapes', 'unicode_escape_decode')
raw_unicode_escape_encode = _python_codec('_escapes', 'raw_unicode_escape_encode')
raw_unicode_escape_decode = _python_codec('_escapes', 'raw_unicode_escape_decode')
escape_encode = _python_codec('_escapes', 'escape_encode')
escape_decode = _python_codec('_escapes', 'escape_decode')
utf_7_encode = _python_codec('_escapes', 'utf_7_encode')
utf_7_decode = _python_codec('_escapes', 'utf_7_decode')
charmap_encode = _python_codec('_charmaps', 'charmap_encode')
charmap_decode = _python_codec('_charmaps', 'charmap_decode')
charmap_build = _python_codec('_charmaps', 'charmap_build')
