"""json.encoder (CPython's json.encoder module, written for pyrs).

Two encoders live here. `encode()` without indent builds the whole text at once into a list
of pieces, with an explicit stack instead of recursion; its results, errors and depth limit
are those of CPython's C accelerator. `iterencode()` (and `encode()` with indent) runs a
generator, also stack-based, whose pieces are the ones CPython's pure-Python encoder hands out.
"""

import sys

c_encode_basestring_ascii = None
c_encode_basestring = None
c_make_encoder = None

INFINITY = float('inf')

# JSON escapes of the characters that can never appear raw in a JSON string.
ESCAPE_DCT = {c: '\\' + e for c, e in zip('\\"\b\f\n\r\t', '\\"bfnrt')}
ESCAPE_DCT.update({chr(n): '\\u%04x' % n for n in range(32) if chr(n) not in ESCAPE_DCT})

# (character, escape) for the control characters other than newline, tab and carriage return,
# which _escape_controls handles first because they are the common ones.
_RARE_CONTROLS = tuple((c, e) for c, e in ESCAPE_DCT.items() if c < ' ' and c not in '\n\t\r')

# How many containers may be open at once in the one-shot encoder; one more raises
# RecursionError, as CPython's C encoder does at its default recursion limit.
_DEPTH_CAP = 1497


def __getattr__(name):
    # CPython's module has these compiled patterns; nothing here needs them, so they are
    # only compiled on request.
    if name in ('ESCAPE', 'ESCAPE_ASCII', 'HAS_UTF8'):
        import re
        made = {
            'ESCAPE': re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]'),
            'ESCAPE_ASCII': re.compile(r'([\\"]|[^\ -~])'),
            'HAS_UTF8': re.compile(b'[\x80-\xff]'),
        }
        globals().update(made)
        return made[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---------------------------------------------------------------------------------------------
# Strings

def _plain_str(s, what='first argument must be a string'):
    """`s` as an exact str; TypeError when it is not a str at all."""
    if type(s) is str:
        return s
    if isinstance(s, str):
        return str.__str__(s)
    raise TypeError('%s, not %.80s' % (what, type(s).__name__))


def _escape_controls(s):
    """`s` with every character below U+0020 replaced by its JSON escape."""
    for raw, esc in (('\n', '\\n'), ('\t', '\\t'), ('\r', '\\r')):
        if raw in s:
            s = s.replace(raw, esc)
    if not s.isprintable():
        for raw, esc in _RARE_CONTROLS:
            if raw in s:
                s = s.replace(raw, esc)
    return s


def _surrogate_pair(cp):
    """The two \\u escapes (UTF-16 surrogates) of an astral code point."""
    cp -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff))


def _fix_long_escapes(s):
    """Turn every \\UXXXXXXXX escape of the ASCII text `s` into a surrogate pair."""
    pieces = []
    done = 0
    at = s.find('\\U')
    while at >= 0:
        pieces.append(s[done:at])
        pieces.append(_surrogate_pair(int(s[at + 2:at + 10], 16)))
        done = at + 10
        at = s.find('\\U', done)
    pieces.append(s[done:])
    return ''.join(pieces)


def _ascii_body(s):
    """The JSON escape, in ASCII, of `s`: a piece of string without backslashes."""
    if '"' in s:
        s = s.replace('"', '\\"')
    if not s.isprintable():
        s = _escape_controls(s)
        if '\x7f' in s:
            s = s.replace('\x7f', '\\u007f')
    if s.isascii():
        return s
    if len(s) > 32:
        # Let the codec escape a long piece in one go, then put its escapes in JSON form.
        # Every backslash the codec writes begins \xXX, \uXXXX or \UXXXXXXXX, while those
        # already in `s` are followed by a quote or by one of b f n r t u.
        s = s.encode('ascii', 'backslashreplace').decode('ascii')
        if '\\x' in s:
            s = s.replace('\\x', '\\u00')
        if '\\U' in s:
            s = _fix_long_escapes(s)
        return s
    out = []
    for ch in s:
        if ch < '\x80':
            out.append(ch)
        elif ch <= '\uffff':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(_surrogate_pair(ord(ch)))
    return ''.join(out)


def py_encode_basestring(s):
    """`s` as a quoted JSON string; characters past ASCII are kept as they are."""
    s = _plain_str(s)
    if '\\' in s:
        s = s.replace('\\', '\\\\')
    if '"' in s:
        s = s.replace('"', '\\"')
    if not s.isprintable():
        s = _escape_controls(s)
    return '"' + s + '"'


def py_encode_basestring_ascii(s):
    """`s` as a quoted JSON string in pure ASCII (\\u escapes for everything else)."""
    s = _plain_str(s)
    if not s.isascii():
        if '\\' not in s:
            return '"' + _ascii_body(s) + '"'
        return '"' + '\\\\'.join(map(_ascii_body, s.split('\\'))) + '"'
    if '\\' in s:
        s = s.replace('\\', '\\\\')
    if '"' in s:
        s = s.replace('"', '\\"')
    if not s.isprintable():
        s = _escape_controls(s)
        if '\x7f' in s:
            s = s.replace('\x7f', '\\u007f')
    return '"' + s + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


# ---------------------------------------------------------------------------------------------
# Numbers and keys

def _float_text(x, allow_nan):
    """JSON for the float `x`: its repr, or NaN / Infinity / -Infinity when allowed."""
    r = float.__repr__(x)
    if r[-1] <= '9':
        return r
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(x))
    if r == 'nan':
        return 'NaN'
    return 'Infinity' if r == 'inf' else '-Infinity'


def _key_str(key, allow_nan, skipkeys):
    """The str a dict key stands for in JSON (not yet quoted), or None to leave the member
    out (skipkeys)."""
    if isinstance(key, str):
        return key
    if key is None or key is True or key is False:
        return 'null' if key is None else ('true' if key else 'false')
    if isinstance(key, float):
        return _float_text(key, allow_nan)
    if isinstance(key, int):
        return int.__repr__(key)
    if skipkeys:
        return None
    raise TypeError('keys must be str, int, float, bool or None, not '
                    + key.__class__.__name__)


# The one-shot encoder keeps, for each combination of ensure_ascii and separators, a bounded
# cache from str keys to the text that goes in front of their value: item separator, quoted
# key, key separator.
_PREFIX_CACHES = {}
_PREFIX_CACHE_MAX = 2048
_STANDARD_PREFIXES = _PREFIX_CACHES[(True, ', ', ': ')] = {}


def _prefix_cache(ensure_ascii, item_sep, key_sep):
    which = (ensure_ascii, item_sep, key_sep)
    found = _PREFIX_CACHES.get(which)
    if found is None:
        if len(_PREFIX_CACHES) >= 16:
            _PREFIX_CACHES.clear()
            _PREFIX_CACHES[(True, ', ', ': ')] = _STANDARD_PREFIXES
        found = _PREFIX_CACHES[which] = {}
    return found


def _member_prefix(key, cache, ensure_ascii, quote, item_sep, key_sep, skipkeys, allow_nan):
    """item separator + quoted key + key separator for a dict member, None when it is
    skipped; remembered in `cache` for short exact-str keys."""
    if type(key) is not str:
        text = _key_str(key, allow_nan, skipkeys)
        if text is None:
            return None
        return item_sep + quote(text) + key_sep
    if ('"' in key or '\\' in key or not key.isprintable()
            or (ensure_ascii and not key.isascii())):
        prefix = item_sep + quote(key) + key_sep
    else:
        prefix = item_sep + '"' + key + '"' + key_sep
    if len(key) <= 64:
        if len(cache) >= _PREFIX_CACHE_MAX:
            cache.clear()
        cache[key] = prefix
    return prefix


# ---------------------------------------------------------------------------------------------
# The one-shot encoder (no indent)

def _deep_error():
    return RecursionError('maximum recursion depth exceeded while encoding a JSON object')


def _encode_flat(value, markers, default, quote, ensure_ascii, key_sep, item_sep, sort_keys,
                 skipkeys, allow_nan,
                 type=type, str=str, int=int, float=float, list=list, tuple=tuple, dict=dict,
                 id=id, iter=iter, len=len, isinstance=isinstance,
                 int_repr=int.__repr__, float_repr=float.__repr__, float_text=_float_text,
                 member_prefix=_member_prefix, cap=_DEPTH_CAP):
    """The JSON text of `value` as a list of pieces, the way CPython's C encoder writes it.

    `open_` holds one entry (iterator, what, marker, start) per container being written and
    per object handed to `default` whose replacement is being written. Each item is written
    behind an item separator; when a container closes, the separator of its first item,
    the piece at index `start`, is cut off again."""
    ARRAY, OBJECT, CONVERTED = 0, 1, 2     # what an entry of open_ is for
    out = []
    open_ = []
    push = open_.append
    if ensure_ascii and item_sep == ', ' and key_sep == ': ':
        prefixes = _STANDARD_PREFIXES
    else:
        prefixes = _prefix_cache(ensure_ascii, item_sep, key_sep)
    cut = len(item_sep)
    while True:
        # -- one value: scalars are written out, containers pushed --
        cls = type(value)
        if cls is dict:
            what = OBJECT
        elif cls is list or cls is tuple:
            what = ARRAY
        else:
            what = None
            if cls is str:
                if ((value.isascii() or not ensure_ascii) and value.isprintable()
                        and '"' not in value and '\\' not in value):
                    out += ('"', value, '"')
                else:
                    out.append(quote(value))
            elif cls is int:
                out.append(int_repr(value))
            elif cls is float:
                text = float_repr(value)
                out.append(text if text[-1] <= '9' else float_text(value, allow_nan))
            elif value is None:
                out.append('null')
            elif value is True:
                out.append('true')
            elif value is False:
                out.append('false')
            elif isinstance(value, dict):
                what = OBJECT
            elif isinstance(value, (list, tuple)):
                what = ARRAY
            elif isinstance(value, str):
                out.append(quote(value))
            elif isinstance(value, int):
                out.append(int_repr(value))
            elif isinstance(value, float):
                out.append(float_text(value, allow_nan))
            else:
                marker = None
                if markers is not None:
                    marker = id(value)
                    if marker in markers:
                        raise ValueError('Circular reference detected')
                    markers[marker] = value
                # default is called with two levels of the C recursion budget to spare
                if len(open_) + 2 > cap:
                    raise RecursionError('maximum recursion depth exceeded')
                value = default(value)
                if len(open_) >= cap:
                    raise _deep_error()
                push((None, CONVERTED, marker, 0))
                continue
        if what == OBJECT:
            if len(open_) >= cap:
                raise _deep_error()
            # the real size of the dict, as PyDict_GET_SIZE sees it
            if not (value if cls is dict else dict.__len__(value)):
                out.append('{}')
            else:
                marker = None
                if markers is not None:
                    marker = id(value)
                    if marker in markers:
                        raise ValueError('Circular reference detected')
                    markers[marker] = value
                out.append('{')
                if sort_keys:
                    members = list(value.items())
                    members.sort()
                    push((iter(members), OBJECT, marker, len(out)))
                else:
                    push((iter(value.items()), OBJECT, marker, len(out)))
        elif what == ARRAY:
            if len(open_) >= cap:
                raise _deep_error()
            # like PySequence_Fast, a subclass is iterated into a list first
            items = value if cls is list or cls is tuple else list(value)
            if not items:
                out.append('[]')
            else:
                marker = None
                if markers is not None:
                    marker = id(value)
                    if marker in markers:
                        raise ValueError('Circular reference detected')
                    markers[marker] = value
                out.append('[')
                push((iter(items), ARRAY, marker, len(out)))
        # -- go on with the innermost open container until it yields a value to descend into --
        while open_:
            it, what, marker, start = open_[-1]
            if what == ARRAY:
                for item in it:
                    if item is None:
                        out += (item_sep, 'null')
                        continue
                    cls = type(item)
                    if cls is str:
                        if ((item.isascii() or not ensure_ascii) and item.isprintable()
                                and '"' not in item and '\\' not in item):
                            out += (item_sep, '"', item, '"')
                        else:
                            out += (item_sep, quote(item))
                    elif cls is int:
                        out += (item_sep, int_repr(item))
                    elif cls is float:
                        text = float_repr(item)
                        if text[-1] > '9':
                            text = float_text(item, allow_nan)
                        out += (item_sep, text)
                    elif item is True:
                        out += (item_sep, 'true')
                    elif item is False:
                        out += (item_sep, 'false')
                    else:
                        out.append(item_sep)
                        value = item
                        break
                else:
                    out[start] = out[start][cut:]
                    out.append(']')
                    open_.pop()
                    if marker is not None:
                        del markers[marker]
                    continue
                break
            if what == OBJECT:
                for key, item in it:
                    try:
                        prefix = prefixes[key]
                    except KeyError:
                        prefix = member_prefix(key, prefixes, ensure_ascii, quote, item_sep,
                                               key_sep, skipkeys, allow_nan)
                        if prefix is None:
                            continue
                    if item is None:
                        out += (prefix, 'null')
                        continue
                    cls = type(item)
                    if cls is str:
                        if ((item.isascii() or not ensure_ascii) and item.isprintable()
                                and '"' not in item and '\\' not in item):
                            out += (prefix, '"', item, '"')
                        else:
                            out += (prefix, quote(item))
                    elif cls is int:
                        out += (prefix, int_repr(item))
                    elif cls is float:
                        text = float_repr(item)
                        if text[-1] > '9':
                            text = float_text(item, allow_nan)
                        out += (prefix, text)
                    elif item is True:
                        out += (prefix, 'true')
                    elif item is False:
                        out += (prefix, 'false')
                    else:
                        out.append(prefix)
                        value = item
                        break
                else:
                    if len(out) > start:        # all members may have been skipped
                        out[start] = out[start][cut:]
                    out.append('}')
                    open_.pop()
                    if marker is not None:
                        del markers[marker]
                    continue
                break
            # a replacement from `default` is fully written
            open_.pop()
            if marker is not None:
                del markers[marker]
        else:
            return out


# ---------------------------------------------------------------------------------------------
# The chunk generator (iterencode, indent)

def _scalar_text(v, quote, allow_nan):
    """JSON text of a str, None, bool, int or float `v` (tested in that order, subclasses
    included); None for anything else."""
    if isinstance(v, str):
        return quote(v)
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, int):
        return int.__repr__(v)
    if isinstance(v, float):
        return _float_text(v, allow_nan)
    return None


def _chunks(value, markers, default, quote, indent, key_sep, item_sep, sort_keys, skipkeys,
            allow_nan, scalar_text=_scalar_text, float_text=_float_text, key_str=_key_str,
            int_repr=int.__repr__, isinstance=isinstance, id=id, len=len):
    """Yield the JSON text of `value` in the pieces CPython's pure-Python encoder yields.

    An array's opening bracket (and newline) or the separator in front of an item comes out
    together with a scalar item, on its own before a nested one; an object yields its brace,
    each separator, key and key separator as pieces of their own. Nesting is kept on the
    list `frames` (iterator, kind, marker, separator, closing newline, closing bracket);
    `lead` is the text still owed in front of the next item of the innermost array (the
    separator to write before the next member, for an object)."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    ARRAY, OBJECT, CONVERTED = 0, 1, 2     # the kinds of frames
    newlines = ['\n']
    limit = sys.getrecursionlimit() - 6
    frames = []
    level = 0       # how many arrays and objects are open
    lead = None
    while True:
        # -- write `value`, behind `lead` --
        text = scalar_text(value, quote, allow_nan)
        if text is not None:
            yield text if lead is None else lead + text
        else:
            if lead is not None:
                yield lead
            is_seq = isinstance(value, (list, tuple))
            if not is_seq and not isinstance(value, dict):
                marker = None
                if markers is not None:
                    marker = id(value)
                    if marker in markers:
                        raise ValueError('Circular reference detected')
                    markers[marker] = value
                if len(frames) >= limit:
                    raise RecursionError('maximum recursion depth exceeded')
                value = default(value)
                frames.append((None, CONVERTED, marker, None, None, None))
                lead = None
                continue
            if not value:
                yield '[]' if is_seq else '{}'
                lead = frames[-1][3] if frames else None
            else:
                if len(frames) >= limit:
                    raise RecursionError('maximum recursion depth exceeded')
                marker = None
                if markers is not None:
                    marker = id(value)
                    if marker in markers:
                        raise ValueError('Circular reference detected')
                    markers[marker] = value
                if indent is None:
                    sep = item_sep
                    close_nl = None
                else:
                    if len(newlines) < level + 2:
                        newlines.append(newlines[-1] + indent)
                    close_nl = newlines[level]
                    sep = item_sep + newlines[level + 1]
                level += 1
                if is_seq:
                    frames.append((iter(value), ARRAY, marker, sep, close_nl, ']'))
                    lead = '[' if indent is None else '[' + newlines[level]
                else:
                    yield '{'
                    if indent is not None:
                        yield newlines[level]
                    if sort_keys:
                        members = sorted(value.items())
                    else:
                        members = value.items()
                    frames.append((iter(members), OBJECT, marker, sep, close_nl, '}'))
                    lead = None
        # -- go on with the innermost open container --
        while frames:
            it, kind, marker, sep, close_nl, bracket = frames[-1]
            if kind == ARRAY:
                for item in it:
                    if isinstance(item, str):
                        yield lead + quote(item)
                    elif item is None:
                        yield lead + 'null'
                    elif item is True:
                        yield lead + 'true'
                    elif item is False:
                        yield lead + 'false'
                    elif isinstance(item, int):
                        yield lead + int_repr(item)
                    elif isinstance(item, float):
                        yield lead + float_text(item, allow_nan)
                    else:
                        value = item
                        break
                    lead = sep
                else:
                    frames.pop()
                    level -= 1
                    if close_nl is not None:
                        yield close_nl
                    yield bracket
                    if marker is not None:
                        del markers[marker]
                    if frames:
                        lead = frames[-1][3]
                    continue
                break
            if kind == OBJECT:
                for key, item in it:
                    if type(key) is not str:
                        key = key_str(key, allow_nan, skipkeys)
                        if key is None:
                            continue
                    if lead is not None:
                        yield lead
                    lead = sep
                    yield quote(key)
                    yield key_sep
                    if isinstance(item, str):
                        yield quote(item)
                    elif item is None:
                        yield 'null'
                    elif item is True:
                        yield 'true'
                    elif item is False:
                        yield 'false'
                    elif isinstance(item, int):
                        yield int_repr(item)
                    elif isinstance(item, float):
                        yield float_text(item, allow_nan)
                    else:
                        value = item
                        break
                else:
                    frames.pop()
                    level -= 1
                    if close_nl is not None:
                        yield close_nl
                    yield bracket
                    if marker is not None:
                        del markers[marker]
                    if frames:
                        lead = frames[-1][3]
                    continue
                lead = None
                break
            frames.pop()
            if marker is not None:
                del markers[marker]
            if frames:
                lead = frames[-1][3]
        else:
            return


# ---------------------------------------------------------------------------------------------

class JSONEncoder(object):
    """Turns Python values into JSON text.

    dict becomes an object, list and tuple an array, str a string, int and float numbers,
    True/False/None true/false/null. For anything else `default` is asked for a value that
    can be encoded instead: override it in a subclass, or pass default=...
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Store the options; json.dumps describes each of them."""
        self.skipkeys = skipkeys
        self.ensure_ascii, self.check_circular = ensure_ascii, check_circular
        self.allow_nan, self.sort_keys = allow_nan, sort_keys
        self.indent = indent
        if separators is None:
            if indent is not None:
                self.item_separator = ','
        else:
            between_items, after_key = separators
            self.item_separator = between_items
            self.key_separator = after_key
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for `o`; this base version refuses with TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o` as a single str."""
        if isinstance(o, str):
            quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return quote(o)
        pieces = self.iterencode(o, _one_shot=True)
        if type(pieces) is not list and not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        """Produce the JSON text of `o` as an iterable of str pieces."""
        markers = {} if self.check_circular else None
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if not _one_shot or self.indent is not None:
            return _chunks(o, markers, self.default, quote, self.indent, self.key_separator,
                           self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)
        key_sep = _plain_str(self.key_separator, 'make_encoder() argument 5 must be str')
        item_sep = _plain_str(self.item_separator, 'make_encoder() argument 6 must be str')
        return _encode_flat(o, markers, self.default, quote, bool(self.ensure_ascii), key_sep,
                           item_sep, bool(self.sort_keys), bool(self.skipkeys),
                           bool(self.allow_nan))
