"""json (CPython's json package, written for pyrs)."""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

import codecs

from _json import dumps_plain as _dumps_plain, loads_plain as _loads_plain
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Shared instances for calls that use no option at all.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _chosen_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                    separators, default, sort_keys, kw):
    """The encoder for these dump/dumps arguments: the shared one when all are defaults."""
    if (cls is None and not kw and indent is None and separators is None
            and default is None and not sort_keys and not skipkeys and ensure_ascii
            and check_circular and allow_nan):
        return _plain_encoder
    return (JSONEncoder if cls is None else cls)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write `obj` as JSON to the text file `fp`, a piece at a time through fp.write.
    The options are those of dumps."""
    encoder = _chosen_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                              indent, separators, default, sort_keys, kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Return `obj` as a str of JSON.

    skipkeys: leave out dict members whose key is not a str, int, float, bool or None
    (instead of raising TypeError). ensure_ascii: escape every non-ASCII character.
    check_circular: raise ValueError on a container that contains itself (without it,
    such a value ends in RecursionError). allow_nan: write NaN and infinities as
    NaN / Infinity / -Infinity (else ValueError). indent: a number of spaces, or a str,
    to pretty-print with one item per line. separators: an (item_separator,
    key_separator) pair. default: called for values of other types, returns something
    encodable or raises TypeError. sort_keys: write dict members in key order.
    cls: a JSONEncoder subclass to use; extra keyword arguments go to it.
    """
    plain = (cls is None and not skipkeys and ensure_ascii and check_circular and allow_nan
             and indent is None and separators is None and default is None
             and not sort_keys and not kw)
    if plain:
        # The native writer takes the common case and declines anything else.
        written = _dumps_plain(obj)
        if written is not None:
            return written[0]
    encoder = _chosen_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                              indent, separators, default, sort_keys, kw)
    return encoder.encode(obj)


def detect_encoding(b):
    """Name the encoding of a JSON document in bytes: from its byte order mark, or else
    from where the zero bytes are among its first (ASCII) characters."""
    if b.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return 'utf-32'
    if b.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return 'utf-16'
    if b.startswith(codecs.BOM_UTF8):
        return 'utf-8-sig'
    size = len(b)
    if size == 2 or size >= 4:
        # The first character of a JSON text is ASCII, so its zero bytes give the width
        # and byte order away.
        pair = size == 2
        if b[0] == 0:
            return 'utf-16-be' if pair or b[1] else 'utf-32-be'
        if b[1] == 0:
            return 'utf-16-le' if pair or b[2] or b[3] else 'utf-32-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Read all of the file `fp` and decode it as JSON; the options are those of loads."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document `s` (str, bytes or bytearray; bytes in UTF-8, -16 or -32).

    object_hook: called with each decoded object as a dict, its result used instead.
    object_pairs_hook: called with each object as a list of (key, value) pairs instead;
    it wins over object_hook. parse_float, parse_int: called with the text of each
    non-integer or integer number. parse_constant: called with 'NaN', 'Infinity' or
    '-Infinity'. cls: a JSONDecoder subclass to use; extra keyword arguments go to it.
    """
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        encoding = detect_encoding(s)
        s = s.decode(encoding, 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    hooks = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    for name, hook in hooks:
        if hook is not None:
            kw[name] = hook
    if cls is None:
        if not kw:
            # The native reader takes the common case; anything it declines (an error
            # included) goes through the Python decoder.
            read = _loads_plain(s)
            if read is not None:
                return read[0]
            return _plain_decoder.decode(s)
        cls = JSONDecoder
    decoder = cls(**kw)
    return decoder.decode(s)
