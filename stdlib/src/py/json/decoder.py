"""json.decoder (CPython's json.decoder module, written for pyrs).

The scanner is hand-written (there is no regular expression engine underneath) and gives the
results, messages and error positions of CPython's C scanner. It never indexes the document
itself: pyrs indexes a str with non-ASCII characters in time proportional to the index. It
reads an ASCII stand-in instead, the same length, every non-ASCII character turned into '?',
followed by 33 NULs so that no loop needs a bounds check (NUL is neither whitespace, digit
nor quote). Strings whose stand-in text contains '?' are cut from a UTF-32 copy of the
document, whose slices cost only their length.
"""

from json import scanner

c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

# parse_constant's default: the three number-like names JSON itself does not have.
_NAMED_NUMBERS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}

# The character after a backslash, and what the escape stands for (\u aside).
BACKSLASH = dict(zip('"\\/bfnrt', '"\\/\b\f\n\r\t'))

_WS = ' \t\n\r'
WHITESPACE_STR = _WS
_HEX = '0123456789abcdefABCDEF'
# Nesting CPython's C scanner allows at its default recursion limit: 1497 arrays or objects
# inside each other decode, one more raises RecursionError.
_NEST_LIMIT = 1497
_TAIL = '\x00' * 33


class JSONDecodeError(ValueError):
    """The ValueError raised for a document that is not valid JSON.

    Besides the formatted message it keeps `msg` (without the position), `doc` (the text
    being decoded), `pos` (the index in doc) and, from pos, `lineno` and `colno` (1-based).
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        lineno = doc.count('\n', 0, line_start) + 1
        colno = pos - line_start + 1
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def __getattr__(name):
    # CPython's module has these compiled patterns; the scanner does without them, so they
    # are only compiled on request.
    if name in ('FLAGS', 'WHITESPACE', 'STRINGCHUNK'):
        import re
        flags = re.VERBOSE | re.MULTILINE | re.DOTALL
        made = {
            'FLAGS': flags,
            'WHITESPACE': re.compile(r'[ \t\n\r]*', flags),
            'STRINGCHUNK': re.compile(r'(.*?)(["\\\x00-\x1f])', flags),
        }
        globals().update(made)
        return made[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _stand_in(s):
    """(ASCII stand-in of `s` followed by the NUL tail, UTF-32-LE copy of `s` or None when
    `s` is ASCII and is its own stand-in)."""
    if s.isascii():
        return s + _TAIL, None
    return (s.encode('ascii', 'replace').decode('ascii') + _TAIL,
            s.encode('utf-32-le', 'surrogatepass'))


def _utf16_run(groups):
    """The text of consecutive \\u escapes, given as the (up to) four characters after each
    'u'; None when one of them is not four hex digits. Decoding them together as UTF-16
    pairs up surrogates and keeps lone ones, as CPython does."""
    digits = ''.join(groups)
    if len(digits) != 4 * len(groups) or digits.strip(_HEX):
        return None
    return bytes.fromhex(digits).decode('utf-16-be', 'surrogatepass')


def _unescape_body(body):
    """The text a JSON string body (what stands between its quotes) denotes, or None when
    one of its escapes is malformed or it ends in a lone backslash."""
    parts = body.split('\\')
    out = [parts[0]]
    pending = []            # hex groups of \u escapes not decoded yet
    i = 1
    last = len(parts)
    while i < last:
        part = parts[i]
        i += 1
        if not part:
            # two backslashes in a row: an escaped backslash, then plain text
            if i >= last:
                return None
            plain = '\\'
            rest = parts[i]
            i += 1
        elif part[0] == 'u':
            pending.append(part[1:5])
            if len(part) > 5:
                text = _utf16_run(pending)
                if text is None:
                    return None
                out += (text, part[5:])
                pending = []
            continue
        else:
            plain = BACKSLASH.get(part[0])
            if plain is None:
                return None
            rest = part[1:]
        if pending:
            text = _utf16_run(pending)
            if text is None:
                return None
            out.append(text)
            pending = []
        out += (plain, rest)
    if pending:
        text = _utf16_run(pending)
        if text is None:
            return None
        out.append(text)
    return ''.join(out)


def _read_string(t, end, strict, doc, n, orig):
    """Read the JSON string whose body starts at `end` (stand-in `t` of `doc`, which has
    length `n`); return (text, index past the closing quote) or raise CPython's error."""
    # Fast path: find the closing quote, and if the body between is acceptable decode it in
    # one go. Otherwise walk it piece by piece to find the exact error and its position.
    q = t.find('"', end)
    while q > end and t[q - 1] == '\\':
        k = q - 2
        while k >= end and t[k] == '\\':
            k -= 1
        if (q - k) % 2:
            break       # an even number of backslashes: the quote ends the string
        q = t.find('"', q + 1)
    if q >= 0:
        body = t[end:q]
        if not strict or body.isprintable():
            if orig is not None and '?' in body:
                body = orig[4 * end:4 * q].decode('utf-32-le', 'surrogatepass')
            text = _unescape_body(body)
            if text is not None:
                return text, q + 1
    begin = end - 1
    chunks = []
    append = chunks.append
    pos = end
    while True:
        q = t.find('"', pos)
        if q < 0:
            q = n
        b = t.find('\\', pos, q)
        stop = q if b < 0 else b
        seg = t[pos:stop]
        if strict and not seg.isprintable():
            k = 0
            for ch in seg:
                if ch < ' ':
                    raise JSONDecodeError("Invalid control character at", doc, pos + k)
                k += 1
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", doc, begin)
        if seg:
            if orig is not None and '?' in seg:
                seg = orig[4 * pos:4 * stop].decode('utf-32-le', 'surrogatepass')
            append(seg)
        if b < 0:
            return ''.join(chunks), q + 1
        # A backslash at b.
        nxt = b + 1
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", doc, begin)
        c = t[nxt]
        if c != 'u':
            ch = BACKSLASH.get(c)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", doc, b)
            append(ch)
            pos = nxt + 1
            continue
        h = nxt + 1
        e = h + 4
        if e >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", doc, nxt)
        hx = t[h:e]
        if hx.strip(_HEX):
            raise JSONDecodeError("Invalid \\uXXXX escape", doc, nxt)
        code = int(hx, 16)
        if code >> 10 == 0x36 and e + 6 < n and t[e] == '\\' and t[e + 1] == 'u':
            # a high surrogate and another \u escape: one character if that one is low
            hx = t[e + 2:e + 6]
            if hx.strip(_HEX):
                raise JSONDecodeError("Invalid \\uXXXX escape", doc, e + 1)
            low = int(hx, 16)
            if low >> 10 == 0x37:
                code = 0x10000 + ((code & 0x3ff) << 10) + (low & 0x3ff)
                e += 6
        append(chr(code))
        pos = e


def _past_ws(t, idx):
    """Index of the first non-whitespace character after `idx` (itself whitespace)."""
    idx += 1
    if t[idx] not in _WS:
        return idx
    seg = t[idx:idx + 64]
    rest = seg.lstrip(_WS)
    while not rest:
        idx += 64
        seg = t[idx:idx + 64]
        rest = seg.lstrip(_WS)
    return idx + len(seg) - len(rest)


def _need_str(s, name):
    if not isinstance(s, str):
        raise TypeError('%s must be a string, not %.80s' % (name, type(s).__name__))


def scanstring(s, end, strict=True):
    """Decode the JSON string of `s` whose opening quote stands just before index `end`;
    return (text, index past its closing quote). With strict false, raw control characters
    are allowed in it."""
    _need_str(s, 'first argument')
    n = len(s)
    if end < 0 or end > n:
        raise ValueError("end is out of bounds")
    t, orig = _stand_in(s)
    return _read_string(t, end, bool(strict), s, n, orig)


py_scanstring = scanstring


def _build_scanner(context):
    """Make the scan_once function of a decoder (or anything with the same attributes),
    which reads those attributes now, once, as CPython's C scanner does."""
    strict = bool(context.strict)
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    if parse_float is float:
        parse_float = None
    if parse_int is int:
        parse_int = None
    ARR = []        # the `key` of an open array
    NEW_OBJECT = object()       # the `key` of an object before its first member
    ws = _WS
    skip_ws = _past_ws
    pairs = object_pairs_hook is not None
    digits = '0123456789'
    cache = [None, None, None]

    def parse(t, idx, doc, n, orig, mode=0):
        """Decode the value at idx (mode 0), or the rest of an object (mode 1) or an array
        (mode 2) whose bracket is at idx - 1; return (value, index past it).

        No recursion: `cont` is the innermost container being filled (a list for an array;
        a dict, or a list of pairs, for an object), `key` tells which (ARR for an array,
        else the key whose value comes next), and `stack` keeps (cont, key) of the
        containers around it."""
        stack = []
        cont = None
        key = None
        if mode:
            idx -= 1
            c = '{' if mode == 1 else '['
        else:
            c = t[idx]
        while True:
            # ---- one value at idx, whose first character is c ----
            if c == '"':
                q = t.find('"', idx + 1)
                value = t[idx + 1:q]
                if q < 0 or '\\' in value or not value.isprintable():
                    value, idx = _read_string(t, idx + 1, strict, doc, n, orig)
                else:
                    if orig is not None and '?' in value:
                        value = orig[4 * idx + 4:4 * q].decode('utf-32-le', 'surrogatepass')
                    idx = q + 1
            elif c in '-0123456789':
                # a number, with the extent CPython gives it; runs of digits are passed with
                # lstrip over slices of 32 (always full: 33 NULs follow the text)
                start = idx
                if c == '-':
                    if t[idx + 1] == 'I' and t[idx + 1:idx + 9] == 'Infinity':
                        value = parse_constant('-Infinity')
                        idx += 9
                        c = None
                    else:
                        idx += 1
                        c = t[idx]
                if c is None:
                    pass
                else:
                    if c in '123456789':
                        rest = t[idx + 1:idx + 33].lstrip(digits)
                        idx += 33 - len(rest)
                        while not rest:
                            rest = t[idx:idx + 32].lstrip(digits)
                            idx += 32 - len(rest)
                        c = rest[0]
                    elif c == '0':
                        idx += 1
                        c = t[idx]
                    else:
                        raise StopIteration(start)
                    if c in '.eE':
                        is_float = False
                        if c == '.' and t[idx + 1] in digits:
                            is_float = True
                            rest = t[idx + 1:idx + 33].lstrip(digits)
                            idx += 33 - len(rest)
                            while not rest:
                                rest = t[idx:idx + 32].lstrip(digits)
                                idx += 32 - len(rest)
                            c = rest[0]
                        if c == 'e' or c == 'E':
                            e_start = idx
                            idx += 1
                            c = t[idx]
                            if c == '-' or c == '+':
                                idx += 1
                            rest = t[idx:idx + 32].lstrip(digits)
                            idx += 32 - len(rest)
                            while not rest:
                                rest = t[idx:idx + 32].lstrip(digits)
                                idx += 32 - len(rest)
                            if t[idx - 1] in digits:
                                is_float = True
                            else:
                                idx = e_start
                        if is_float:
                            if parse_float is None:
                                value = float(t[start:idx])
                            else:
                                value = parse_float(t[start:idx])
                        elif parse_int is None:
                            value = int(t[start:idx])
                        else:
                            value = parse_int(t[start:idx])
                    elif parse_int is None:
                        value = int(t[start:idx])
                    else:
                        value = parse_int(t[start:idx])
            elif c == '{' or c == '[':
                if mode:
                    mode = 0
                elif cont is not None and len(stack) >= _NEST_LIMIT - 1:
                    raise RecursionError(
                        'maximum recursion depth exceeded while decoding a JSON %s from a '
                        'unicode string' % ('object' if c == '{' else 'array'))
                idx += 1
                if c == '[':
                    c = t[idx]
                    if c in ws:
                        idx = skip_ws(t, idx)
                        c = t[idx]
                    if c == ']':
                        idx += 1
                        value = []
                    else:
                        if cont is not None:
                            stack.append((cont, key))
                        cont = []
                        key = ARR
                        continue
                else:
                    c = t[idx]
                    if c in ws:
                        idx = skip_ws(t, idx)
                        c = t[idx]
                    if c != '}':
                        if c != '"':
                            raise JSONDecodeError(
                                "Expecting property name enclosed in double quotes", doc, idx)
                        if cont is not None:
                            stack.append((cont, key))
                        cont = [] if pairs else {}
                        # nothing to store yet: the loop below goes straight to the first key
                        key = NEW_OBJECT
                    else:
                        idx += 1
                        if object_pairs_hook is not None:
                            value = object_pairs_hook([])
                        elif object_hook is not None:
                            value = object_hook({})
                        else:
                            value = {}
            elif c == 'n' and t[idx:idx + 4] == 'null':
                value = None
                idx += 4
            elif c == 't' and t[idx:idx + 4] == 'true':
                value = True
                idx += 4
            elif c == 'f' and t[idx:idx + 5] == 'false':
                value = False
                idx += 5
            elif c == 'N' and t[idx:idx + 3] == 'NaN':
                value = parse_constant('NaN')
                idx += 3
            elif c == 'I' and t[idx:idx + 8] == 'Infinity':
                value = parse_constant('Infinity')
                idx += 8
            else:
                raise StopIteration(idx)
            # ---- store it in the open containers, closing those that end ----
            while cont is not None:
                if key is ARR:
                    cont.append(value)
                    if t[idx:idx + 2] == ', ':
                        idx += 2
                        c = t[idx]
                        if c in ws:
                            idx = skip_ws(t, idx)
                            c = t[idx]
                        break
                    c = t[idx]
                    if c in ws:
                        idx = skip_ws(t, idx)
                        c = t[idx]
                    if c == ',':
                        idx += 1
                        c = t[idx]
                        if c in ws:
                            idx = skip_ws(t, idx)
                            c = t[idx]
                        break
                    if c != ']':
                        raise JSONDecodeError("Expecting ',' delimiter", doc, idx)
                    idx += 1
                    value = cont
                else:
                    if key is not NEW_OBJECT:
                        if pairs:
                            cont.append((key, value))
                        else:
                            cont[key] = value
                        if t[idx:idx + 3] == ', "':
                            idx += 2
                        else:
                            c = t[idx]
                            if c in ws:
                                idx = skip_ws(t, idx)
                                c = t[idx]
                            if c == '}':
                                idx += 1
                                if object_pairs_hook is not None:
                                    value = object_pairs_hook(cont)
                                elif object_hook is not None:
                                    value = object_hook(cont)
                                else:
                                    value = cont
                                if stack:
                                    cont, key = stack.pop()
                                else:
                                    cont = None
                                continue
                            if c != ',':
                                raise JSONDecodeError("Expecting ',' delimiter", doc, idx)
                            idx += 1
                            c = t[idx]
                            if c in ws:
                                idx = skip_ws(t, idx)
                                c = t[idx]
                            if c != '"':
                                raise JSONDecodeError(
                                    "Expecting property name enclosed in double quotes", doc, idx)
                    # the key, whose opening quote is at idx
                    q = t.find('"', idx + 1)
                    key = t[idx + 1:q]
                    if q < 0 or '\\' in key or not key.isprintable():
                        key, idx = _read_string(t, idx + 1, strict, doc, n, orig)
                    else:
                        if orig is not None and '?' in key:
                            key = orig[4 * idx + 4:4 * q].decode('utf-32-le', 'surrogatepass')
                        idx = q + 1
                    if t[idx:idx + 2] == ': ':
                        idx += 2
                        c = t[idx]
                        if c in ws:
                            idx = skip_ws(t, idx)
                            c = t[idx]
                    else:
                        c = t[idx]
                        if c in ws:
                            idx = skip_ws(t, idx)
                            c = t[idx]
                        if c != ':':
                            raise JSONDecodeError("Expecting ':' delimiter", doc, idx)
                        idx += 1
                        c = t[idx]
                        if c in ws:
                            idx = skip_ws(t, idx)
                            c = t[idx]
                    break
                if stack:
                    cont, key = stack.pop()
                else:
                    cont = None
            else:
                return value, idx

    def scan_once(string, idx):
        if not isinstance(string, str):
            raise TypeError('first argument must be a string, not %.80s'
                            % type(string).__name__)
        idx = idx.__index__()
        if idx < 0:
            raise ValueError('idx cannot be negative')
        n = len(string)
        if idx >= n:
            raise StopIteration(idx)
        if string is cache[0]:
            t = cache[1]
            orig = cache[2]
        else:
            t, orig = _stand_in(string)
            if idx:
                # Decoding from an offset: maybe one of several documents in one string, so
                # keep the view for the next call.
                cache[0] = string
                cache[1] = t
                cache[2] = orig
            elif cache[0] is not None:
                cache[0] = cache[1] = cache[2] = None
        return parse(t, idx, string, n, orig)

    def continue_at(string, idx, mode):
        n = len(string)
        t, orig = _stand_in(string)
        return parse(t, idx, string, n, orig, mode)

    scan_once.continue_at = continue_at
    return scan_once


class _Options:
    """The decoder attributes a scanner reads, for JSONObject and JSONArray."""

    def __init__(self, strict, object_hook, object_pairs_hook):
        self.strict, self.object_hook = strict, object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = float
        self.parse_int = int
        self.parse_constant = _NAMED_NUMBERS.__getitem__


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=None, _ws=WHITESPACE_STR):
    """Decode the rest of an object whose '{' comes just before index s_and_end[1] of
    s_and_end[0]; return (value, index after its '}')."""
    doc, start = s_and_end
    scan = _build_scanner(_Options(strict, object_hook, object_pairs_hook))
    try:
        return scan.continue_at(doc, start, 1)
    except StopIteration as stop:
        raise JSONDecodeError('Expecting value', doc, stop.value) from None


def JSONArray(s_and_end, scan_once, _w=None, _ws=WHITESPACE_STR):
    """Decode the rest of an array whose '[' comes just before index s_and_end[1] of
    s_and_end[0]; return (list, index after its ']')."""
    doc, start = s_and_end
    scan = _build_scanner(_Options(True, None, None))
    try:
        return scan.continue_at(doc, start, 2)
    except StopIteration as stop:
        raise JSONDecodeError('Expecting value', doc, stop.value) from None


class JSONDecoder(object):
    """Turns JSON text into Python values.

    Objects become dicts (or what object_hook or object_pairs_hook make of them), arrays
    lists, strings str, numbers int or float, and true, false, null True, False, None. The
    non-standard NaN, Infinity and -Infinity are accepted as floats as well.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        """Store the hooks and options; json.loads describes each of them."""
        self.object_hook = object_hook
        self.parse_float = parse_float if parse_float else float
        self.parse_int = parse_int if parse_int else int
        self.parse_constant = parse_constant if parse_constant else _NAMED_NUMBERS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object, self.parse_array, self.parse_string = (
            JSONObject, JSONArray, scanstring)
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The value of the JSON document `s`, a str; whitespace may surround it, nothing
        else may."""
        if not isinstance(s, str):
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(s).__name__)
        start = 0
        if s and s[0] in _WS:
            start = len(s) - len(s.lstrip(_WS))
        value, stop = self.raw_decode(s, idx=start)
        size = len(s)
        if stop < size and s[stop] in _WS:
            stop = size - len(s[stop:].lstrip(_WS))
        if stop != size:
            raise JSONDecodeError('Extra data', s, stop)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at index `idx` of the str `s`, ignoring what
        follows it; return (value, index just past it)."""
        try:
            value, stop = self.scan_once(s, idx)
        except StopIteration as missing:
            raise JSONDecodeError('Expecting value', s, missing.value) from None
        return value, stop
