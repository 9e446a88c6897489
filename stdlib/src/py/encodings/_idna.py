"""Punycode (RFC 3492) and IDNA 2003 (RFC 3490) codecs (written for pyrs)."""

import re as _re

from . import _handling

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'
_DOTS = _re.compile('[.\u3002\uff0e\uff61]')
_ACE = 'xn--'


def _bias_after(delta, count, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    shift = 0
    while delta > (_BASE - _TMIN) * _TMAX // 2:
        delta //= _BASE - _TMIN
        shift += _BASE
    return shift + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    return min(max(k - bias, _TMIN), _TMAX)


def punycode_encode(text):
    basic = [ch for ch in text if ord(ch) < 0x80]
    out = bytearray(''.join(basic).encode('ascii'))
    if basic:
        out.append(0x2D)
    points = [ord(ch) for ch in text]
    done = len(basic)
    n, delta, bias = 0x80, 0, 72
    first = True
    while done < len(points):
        nxt = min(cp for cp in points if cp >= n)
        delta += (nxt - n) * (done + 1)
        n = nxt
        for cp in points:
            if cp < n:
                delta += 1
            elif cp == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _bias_after(delta, done + 1, first)
                first = False
                delta = 0
                done += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit_value(code):
    if 0x41 <= code <= 0x5A:
        return code - 0x41
    if 0x61 <= code <= 0x7A:
        return code - 0x61
    if 0x30 <= code <= 0x39:
        return code - 22
    return None


def punycode_decode(data, errors):
    cut = data.rfind(b'-')
    if cut < 0:
        chars, tail = [], data
    else:
        chars, tail = list(str(data[:cut], 'ascii')), data[cut + 1:]
    tail = str(tail, 'ascii').encode('ascii')
    strict = errors == 'strict'
    n, i, bias = 0x80, 0, 72
    pos = 0
    first = True
    while pos < len(tail):
        start_i = i
        weight = 1
        k = _BASE
        while True:
            if pos >= len(tail):
                if strict:
                    raise UnicodeError('incomplete punicode string')
                return ''.join(chars)
            digit = _digit_value(tail[pos])
            pos += 1
            if digit is None:
                if strict:
                    raise UnicodeError("Invalid extended code point '%s'" % chr(tail[pos - 1]))
                return ''.join(chars)
            i += digit * weight
            t = _threshold(k, bias)
            if digit < t:
                break
            weight *= _BASE - t
            k += _BASE
        bias = _bias_after(i - start_i, len(chars) + 1, first)
        first = False
        n += i // (len(chars) + 1)
        i %= len(chars) + 1
        if n > 0x10FFFF:
            if strict:
                raise UnicodeError('Invalid character U+%x' % n)
            chars.insert(i, '?')
        else:
            chars.insert(i, chr(n))
        i += 1
    return ''.join(chars)


# --- IDNA ---------------------------------------------------------------------------------------

_DROPPED = frozenset('\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060\ufeff'
                     + ''.join(map(chr, range(0xFE00, 0xFE10))))


def _nameprep(label):
    import unicodedata
    label = ''.join(ch for ch in label if ch not in _DROPPED)
    label = unicodedata.normalize('NFKC', label.casefold())
    for ch in label:
        if ch.isspace() or unicodedata.category(ch) in ('Cc', 'Co', 'Cs', 'Cn'):
            if ord(ch) >= 0x80:
                raise UnicodeError('Invalid character %r' % ch)
    kinds = [unicodedata.bidirectional(ch) for ch in label]
    if any(kind in ('R', 'AL') for kind in kinds):
        if 'L' in kinds:
            raise UnicodeError('Violation of BIDI requirement 2')
        if kinds[0] not in ('R', 'AL') or kinds[-1] not in ('R', 'AL'):
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _label_to_ascii(label):
    if label.isascii():
        if 0 < len(label) < 64:
            return label.encode('ascii')
        raise UnicodeError('label empty or too long')
    label = _nameprep(label)
    if label.isascii():
        if 0 < len(label) < 64:
            return label.encode('ascii')
        raise UnicodeError('label empty or too long')
    if label.startswith(_ACE):
        raise UnicodeError('Label starts with ACE prefix')
    out = _ACE.encode('ascii') + punycode_encode(label)
    if len(out) < 64:
        return out
    raise UnicodeError('label empty or too long')


def _label_to_unicode(label):
    text = str(label, 'ascii') if isinstance(label, bytes) else label
    if not text.startswith(_ACE):
        return text
    decoded = punycode_decode(text[4:].encode('ascii'), 'strict')
    back = _label_to_ascii(decoded)
    if back.lower() != text.lower().encode('ascii'):
        raise UnicodeError('IDNA does not round-trip', text.encode('ascii'), back)
    return decoded


def idna_encode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError(f'unsupported error handling {errors}')
    if not input:
        return b'', 0
    if not isinstance(input, str):
        input.encode
    if input.isascii():
        labels = input.split('.')
        for label in labels[:-1] if labels[-1] == '' else labels:
            if not label:
                raise UnicodeError('label empty or too long')
            if len(label) >= 64:
                raise UnicodeError('label too long')
        return input.encode('ascii'), len(input)
    labels = _DOTS.split(input)
    trailing = labels[-1] == ''
    if trailing:
        labels.pop()
    out = b'.'.join(_label_to_ascii(label) for label in labels)
    return out + b'.' if trailing else out, len(input)


def idna_decode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError(f'Unsupported error handling {errors}')
    if not input:
        return '', 0
    text = str(bytes(input), 'ascii')
    labels = _DOTS.split(text)
    return '.'.join(_label_to_unicode(label) for label in labels), len(input)


def make_info(key):
    import codecs
    from . import _finish_info, _stateless_info
    if key == 'punycode':
        def encode(input, errors='strict'):
            return punycode_encode(input), len(input)

        def decode(input, errors='strict'):
            if errors not in ('strict', 'replace', 'ignore'):
                raise UnicodeError(f'Unsupported error handling: {errors}')
            if isinstance(input, str):
                input = input.encode('ascii')
            return punycode_decode(bytes(input), errors), len(input)
        return _stateless_info('punycode', 'punycode', encode, decode)

    class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
        def _buffer_encode(self, input, errors, final):
            cut = len(input) if final else max(input.rfind('.') + 1, 0)
            return (idna_encode(input[:cut], errors)[0], cut) if cut else (b'', 0)

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            cut = len(input) if final else bytes(input).rfind(b'.') + 1
            return (idna_decode(bytes(input[:cut]), errors)[0], cut) if cut else ('', 0)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return idna_encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict'):
            return idna_decode(input, errors)

    return _finish_info('idna', 'idna', idna_encode, idna_decode, IncrementalEncoder,
                        IncrementalDecoder, StreamReader, StreamWriter)
