"""Calls of the error handlers on behalf of pyrs's Python codecs (written for pyrs)."""

import codecs


def _checked_position(pos, size, result):
    if pos < 0:
        pos += size
    if pos < 0 or pos > size:
        raise IndexError(f'position {result[1]} from error handler out of bounds')
    return pos


def on_encode_error(errors, encoding, text, start, end, reason):
    """Asks the `errors` handler for a replacement: (str or bytes, resume position, exception)."""
    exc = UnicodeEncodeError(encoding, text, start, end, reason)
    if errors == 'strict' or errors is None:
        raise exc
    result = codecs.lookup_error(errors)(exc)
    if (type(result) is not tuple or len(result) != 2 or
            not isinstance(result[0], (str, bytes)) or not isinstance(result[1], int)):
        raise TypeError('encoding error handler must return (str/bytes, int) tuple')
    return result[0], _checked_position(result[1], len(text), result), exc


def on_decode_error(errors, encoding, data, start, end, reason):
    """Asks the `errors` handler for a replacement: (str, resume position)."""
    exc = UnicodeDecodeError(encoding, data, start, end, reason)
    if errors == 'strict' or errors is None:
        raise exc
    result = codecs.lookup_error(errors)(exc)
    if (type(result) is not tuple or len(result) != 2 or
            not isinstance(result[0], str) or not isinstance(result[1], int)):
        raise TypeError('decoding error handler must return (str, int) tuple')
    return result[0], _checked_position(result[1], len(data), result)


def as_bytes(data):
    """The bytes of a bytes-like argument; TypeError for text."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def require_str(text, func):
    if not isinstance(text, str):
        raise TypeError(f'{func}() argument 1 must be str, not {type(text).__name__}')
    return text
