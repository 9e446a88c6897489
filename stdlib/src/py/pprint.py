"""Pretty-printing of Python data structures (CPython's pprint module, written for pyrs)."""

import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


# ---------------------------------------------------------------------------
# Module-level conveniences

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of object and a newline to stream (sys.stdout if None)."""
    options = dict(compact=compact, sort_dicts=sort_dicts,
                   underscore_numbers=underscore_numbers)
    PrettyPrinter(indent, width, depth, stream, **options).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty form of object as a str."""
    options = dict(compact=compact, sort_dicts=sort_dicts,
                   underscore_numbers=underscore_numbers)
    return PrettyPrinter(indent, width, depth, **options).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dicts keep their insertion order unless asked otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _summary(obj):
    # (text, readable, recursive) as a default printer sees obj.
    return PrettyPrinter()._safe_repr(obj, {}, None, 0)


def saferepr(object):
    """repr(object), but self-containing containers show a recursion marker."""
    return _summary(object)[0]


def isreadable(object):
    """True when eval() of saferepr(object) could rebuild an equal value."""
    return _summary(object)[1]


def isrecursive(object):
    """True when object contains a reference to itself."""
    return _summary(object)[2]


# ---------------------------------------------------------------------------
# Small helpers

class _Ordered:
    """Sort key that falls back on (type name, id) for values that won't compare."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        mine, theirs = self.value, other.value
        try:
            return mine < theirs
        except TypeError:
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _pair_order(pair):
    return _Ordered(pair[0])


# Key types whose own < never raises among themselves: a dict whose keys
# are all str, or all of these numeric types, sorts by plain comparison.
_NUMERIC_KEYS = frozenset({int, bool, float})


def _sorted_pairs(mapping):
    # mapping's items ordered by key as _pair_order orders them.  Keys of a
    # dict are never equal, so comparing (key, value) pairs compares keys.
    if type(mapping) is dict:
        kinds = {type(key) for key in mapping}
        if kinds == _STR_KEYS or kinds <= _NUMERIC_KEYS:
            return sorted(mapping.items())
    return sorted(mapping.items(), key=_pair_order)


_STR_KEYS = {str}


def _loop_marker(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


def _words(line):
    # Cut a non-empty line after each run of whitespace that precedes a
    # non-space character, so every piece is "word + trailing blanks".
    cuts = [0]
    for pos in range(1, len(line)):
        if line[pos - 1].isspace() and not line[pos].isspace():
            cuts.append(pos)
    cuts.append(len(line))
    return [line[a:b] for a, b in zip(cuts, cuts[1:])]


def _fill(pieces, limit, last_limit, out):
    # Greedily join consecutive pieces while the repr of the group fits in
    # limit (last_limit for a group ending with the final piece); append the
    # reprs of the groups to out.
    group = pieces[0][:0]
    final = len(pieces) - 1
    for n, piece in enumerate(pieces):
        room = last_limit if n == final else limit
        grown = group + piece
        if len(repr(grown)) <= room:
            group = grown
            continue
        if group:
            out.append(repr(group))
        group = piece
    if group:
        out.append(repr(group))


def _text_chunks(text, limit, slack):
    # The string literals that together spell text, split at line ends and
    # then between words so each fits in limit (less slack at the very end).
    lines = text.splitlines(True)
    out = []
    for n, line in enumerate(lines):
        room = limit - slack if n == len(lines) - 1 else limit
        whole = repr(line)
        if len(whole) <= room:
            out.append(whole)
        else:
            _fill(_words(line), limit, room, out)
    return out


def _byte_chunks(data, limit, slack):
    # bytes literals of 4-byte groups; the slack only applies when the data
    # ends with a partial group.
    groups = [data[i:i + 4] for i in range(0, len(data), 4)]
    tail = limit - slack if len(data) % 4 else limit
    out = []
    _fill(groups, limit, tail, out)
    return out


def _stacked(write, chunks, col, top):
    # Write literals one per line at column col, parenthesised at top level.
    if top:
        write('(')
    write(('\n' + ' ' * col).join(chunks))
    if top:
        write(')')


def _auto_dataclass_repr(obj):
    # Is obj a dataclass instance still using the __repr__ @dataclass made?
    dc = _sys.modules.get('dataclasses')
    if dc is None or isinstance(obj, type) or not dc.is_dataclass(obj):
        return False
    params = getattr(obj, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    inner = getattr(obj.__repr__, '__wrapped__', None)
    return inner is not None and '__create_fn__' in getattr(inner, '__qualname__', '')


# ---------------------------------------------------------------------------
# Shared line-breaking routines used by the layouts below.  Every layout gets
# (printer, obj, write, col, slack, seen, level): col is the column the output
# starts at, slack the room to keep free after it on its last line, seen the
# ids of the containers being laid out, level the nesting depth.

def _sequence_body(pp, items, write, col, slack, seen, level):
    step = pp._step
    col += step
    write(' ' * (step - 1))
    entries = list(items)
    if not entries:
        return
    newline = ',\n' + ' ' * col
    line_room = pp._width - col + 1
    left = line_room
    joiner = ''
    final = len(entries) - 1
    for n, item in enumerate(entries):
        trailing = 1
        if n == final:
            trailing = slack
            line_room -= slack
            left -= slack
        if pp._pack:
            text = pp._brief(item, seen, level)
            need = len(text) + 2
            if left < need:
                left = line_room
                if joiner:
                    joiner = newline
            if left >= need:
                left -= need
                write(joiner + text)
                joiner = ', '
                continue
        write(joiner)
        joiner = newline
        pp._place(item, write, col, trailing, seen, level)


def _pairs_body(pp, pairs, write, col, slack, seen, level):
    col += pp._step
    final = len(pairs) - 1
    for n, (key, value) in enumerate(pairs):
        if n:
            write(',\n' + ' ' * col)
        label = pp._brief(key, seen, level)
        write(label + ': ')
        pp._place(value, write, col + len(label) + 2,
                  slack if n == final else 1, seen, level)


def _fields_body(pp, fields, write, col, slack, seen, level):
    final = len(fields) - 1
    for n, (name, value) in enumerate(fields):
        if n:
            write(',\n' + ' ' * col)
        write(name + '=')
        if id(value) in seen:
            write('...')
            continue
        pp._place(value, write, col + len(name) + 1,
                  slack if n == final else 1, seen, level)


# ---------------------------------------------------------------------------
# Layouts, one per kind of object, looked up by the type's __repr__.

def _lay_dict(pp, obj, write, col, slack, seen, level):
    write('{' + ' ' * (pp._step - 1))
    if len(obj):
        _pairs_body(pp, pp._dict_pairs(obj), write, col, slack + 1, seen, level)
    write('}')


def _lay_list(pp, obj, write, col, slack, seen, level):
    write('[')
    _sequence_body(pp, obj, write, col, slack + 1, seen, level)
    write(']')


def _lay_tuple(pp, obj, write, col, slack, seen, level):
    close = ',)' if len(obj) == 1 else ')'
    write('(')
    _sequence_body(pp, obj, write, col, slack + len(close), seen, level)
    write(close)


def _lay_set(pp, obj, write, col, slack, seen, level):
    if not len(obj):
        write(repr(obj))
        return
    kind = obj.__class__
    if kind is set:
        close = '}'
        write('{')
    else:
        close = '})'
        write(kind.__name__ + '({')
        col += len(kind.__name__) + 1
    members = sorted(obj, key=_Ordered)
    _sequence_body(pp, members, write, col, slack + len(close), seen, level)
    write(close)


def _lay_str(pp, obj, write, col, slack, seen, level):
    top = level == 1
    if top:
        col += 1
        slack += 1
    chunks = _text_chunks(obj, pp._width - col, slack) if obj else []
    if len(chunks) < 2:
        write(repr(obj))
    else:
        _stacked(write, chunks, col, top)


def _lay_bytes(pp, obj, write, col, slack, seen, level):
    if len(obj) <= 4:
        write(repr(obj))
        return
    top = level == 1
    if top:
        col += 1
        slack += 1
    _stacked(write, _byte_chunks(obj, pp._width - col, slack), col, top)


def _lay_bytearray(pp, obj, write, col, slack, seen, level):
    write('bytearray(')
    _lay_bytes(pp, bytes(obj), write, col + 10, slack + 1, seen, level + 1)
    write(')')


def _lay_mappingproxy(pp, obj, write, col, slack, seen, level):
    write('mappingproxy(')
    pp._place(obj.copy(), write, col + 13, slack + 1, seen, level)
    write(')')


def _lay_namespace(pp, obj, write, col, slack, seen, level):
    if type(obj) is _types.SimpleNamespace:
        name = 'namespace'
    else:
        name = obj.__class__.__name__
    write(name + '(')
    _fields_body(pp, obj.__dict__.items(), write, col + len(name) + 1,
                 slack, seen, level)
    write(')')


def _lay_dataclass(pp, obj, write, col, slack, seen, level):
    name = obj.__class__.__name__
    shown = [(f.name, getattr(obj, f.name))
             for f in _sys.modules['dataclasses'].fields(obj) if f.repr]
    write(name + '(')
    _fields_body(pp, shown, write, col + len(name) + 1, slack, seen, level)
    write(')')


def _lay_ordereddict(pp, obj, write, col, slack, seen, level):
    if not len(obj):
        write(repr(obj))
        return
    name = obj.__class__.__name__
    write(name + '(')
    pp._place(list(obj.items()), write, col + len(name) + 1, slack + 1,
              seen, level)
    write(')')


def _lay_defaultdict(pp, obj, write, col, slack, seen, level):
    if not len(obj):
        write(repr(obj))
        return
    factory = pp._brief(obj.default_factory, seen, level)
    name = obj.__class__.__name__
    col += len(name) + 1
    write(name + '(' + factory + ',\n' + ' ' * col)
    _lay_dict(pp, obj, write, col, slack + 1, seen, level)
    write(')')


def _lay_counter(pp, obj, write, col, slack, seen, level):
    if not len(obj):
        write(repr(obj))
        return
    name = obj.__class__.__name__
    write(name + '({' + ' ' * (pp._step - 1))
    _pairs_body(pp, obj.most_common(), write, col + len(name) + 1,
                slack + 2, seen, level)
    write('})')


def _lay_chainmap(pp, obj, write, col, slack, seen, level):
    layers = obj.maps
    if not len(layers):
        write(repr(obj))
        return
    name = obj.__class__.__name__
    write(name + '(')
    col += len(name) + 1
    final = len(layers) - 1
    for n, layer in enumerate(layers):
        if n:
            write(',\n' + ' ' * col)
        pp._place(layer, write, col, slack + 1 if n == final else 1,
                  seen, level)
    write(')')


def _lay_deque(pp, obj, write, col, slack, seen, level):
    if not len(obj):
        write(repr(obj))
        return
    name = obj.__class__.__name__
    write(name + '([')
    col += len(name) + 1
    if obj.maxlen is None:
        _sequence_body(pp, obj, write, col, slack + 2, seen, level)
        write('])')
        return
    _sequence_body(pp, obj, write, col, 2, seen, level)
    limit = pp._brief(obj.maxlen, seen, level)
    write('],\n' + ' ' * col + 'maxlen=' + limit + ')')


def _lay_wrapped_data(pp, obj, write, col, slack, seen, level):
    # UserDict, UserList and UserString print as the value they wrap.
    pp._place(obj.data, write, col, slack, seen, level - 1)


_LAYOUTS = {
    dict.__repr__: _lay_dict,
    list.__repr__: _lay_list,
    tuple.__repr__: _lay_tuple,
    set.__repr__: _lay_set,
    frozenset.__repr__: _lay_set,
    str.__repr__: _lay_str,
    bytes.__repr__: _lay_bytes,
    bytearray.__repr__: _lay_bytearray,
    _types.MappingProxyType.__repr__: _lay_mappingproxy,
    _types.SimpleNamespace.__repr__: _lay_namespace,
}

# pprint does not import collections itself; its classes join the table the
# first time a layout is looked up after collections has been imported.
_COLLECTION_LAYOUTS = (
    ('OrderedDict', _lay_ordereddict),
    ('defaultdict', _lay_defaultdict),
    ('Counter', _lay_counter),
    ('ChainMap', _lay_chainmap),
    ('deque', _lay_deque),
    ('UserDict', _lay_wrapped_data),
    ('UserList', _lay_wrapped_data),
    ('UserString', _lay_wrapped_data),
)
_collections_added = False


def _layout_of(obj):
    global _collections_added
    if not _collections_added:
        module = _sys.modules.get('collections')
        if module is not None:
            _collections_added = True
            for cls_name, layout in _COLLECTION_LAYOUTS:
                cls = getattr(module, cls_name, None)
                if cls is not None:
                    _LAYOUTS.setdefault(cls.__repr__, layout)
    layout = _LAYOUTS.get(type(obj).__repr__)
    if layout is None and _auto_dataclass_repr(obj):
        layout = _lay_dataclass
    return layout


# Types whose repr is always used as is and always reads back.
_ATOMS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Formats Python values over several indented lines to fit a width."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """indent: extra columns per nesting level; width: the line length to
        aim for; depth: how many levels to show before '...'; stream: where
        pprint() writes (sys.stdout when None); compact: pack several short
        items per line; sort_dicts: order dict entries by key;
        underscore_numbers: group the digits of ints with '_'."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None:
            if depth <= 0:
                raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._width = width
        self._max_depth = depth
        self._out = _sys.stdout if stream is None else stream
        self._pack = bool(compact)
        self._keys_sorted = sort_dicts
        self._grouped_digits = underscore_numbers

    # -- public API --------------------------------------------------------

    def pprint(self, object):
        """Write the pretty form of object and a newline to the stream."""
        if self._out is not None:
            self._place(object, self._out.write, 0, 0, {}, 0)
            self._out.write('\n')

    def pformat(self, object):
        """Return the pretty form of object."""
        buf = _StringIO()
        # Writing to our own buffer runs no outside code, so the one-line
        # texts worked out for nested values may be reused (see _brief).
        # With a depth limit a loop may go unnoticed below it, and a value's
        # text then depends on its enclosing values: no reuse.
        self._memo = None if self._max_depth else {}
        try:
            self._place(object, buf.write, 0, 0, {}, 0)
        finally:
            self.__dict__.pop('_memo', None)
        return buf.getvalue()

    def isrecursive(self, object):
        """True when object contains itself."""
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        """True when the one-line form of object can be eval()ed back."""
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for the one-line form of object.

        context maps the ids of enclosing containers; maxlevels (0 or None
        for no limit) and level bound the nesting.  Override this to change
        how particular values are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- internals ---------------------------------------------------------

    def _place(self, obj, write, col, slack, seen, level):
        # Write obj on one line if it fits, otherwise with its layout.
        key = id(obj)
        if key in seen:
            write(_loop_marker(obj))
            return
        text = self._brief(obj, seen, level)
        if len(text) > self._width - col - slack:
            layout = _layout_of(obj)
            if layout is not None:
                seen[key] = 1
                layout(self, obj, write, col, slack, seen, level + 1)
                del seen[key]
                return
        write(text)

    # (level, id) -> one-line text of a nested list, tuple or dict, while
    # pformat() lays out a value made of nothing but exact lists, tuples,
    # dicts and plain values without loops: then no outside code runs, so
    # nothing can change, and a nested value's text is worked out only once
    # (not again for every enclosing layout, nor for every place the value
    # is shared in).  None when not in use.
    _memo = None

    def _brief(self, obj, seen, level):
        # The one-line text of obj, through the overridable format() -- or
        # straight from _plain_text when neither format() nor _safe_repr()
        # is overridden (the same text, without the per-item method calls).
        if self._stock():
            memo = self._memo
            if memo is not None:
                text = memo.get((level, id(obj)))
                if text is not None:
                    return text
            text = _plain_text(obj, seen.copy(), self._max_depth, level,
                               self._grouped_digits, self._keys_sorted, memo)
            if memo is not None and _IMPURE in memo:
                self._memo = None
            return text
        self._memo = None
        return self.format(obj, seen.copy(), self._max_depth, level)[0]

    def _stock(self):
        # Do format() and _safe_repr() still do what PrettyPrinter's do?
        kind = type(self)
        if kind.format is not _STOCK_FORMAT or kind._safe_repr is not _STOCK_SAFE_REPR:
            return False
        own = self.__dict__
        return 'format' not in own and '_safe_repr' not in own

    def _dict_pairs(self, mapping):
        if self._keys_sorted:
            return _sorted_pairs(mapping)
        return mapping.items()

    def _safe_repr(self, obj, seen, maxlevels, level):
        if self._stock():
            # nested values would come back here through format(): skip the
            # two method calls per value
            return _plain_triple(obj, seen, maxlevels, level, self._grouped_digits,
                                 self._keys_sorted, None if maxlevels else {})
        kind = type(obj)
        if kind in _ATOMS:
            return repr(obj), True, False
        own_repr = getattr(kind, '__repr__', None)
        if own_repr is int.__repr__ and issubclass(kind, int):
            if self._grouped_digits:
                return format(obj, '_d'), True, False
            return repr(obj), True, False

        if own_repr is dict.__repr__ and issubclass(kind, dict):
            if not obj:
                return '{}', True, False
            opening, closing = '{', '}'
        elif own_repr is list.__repr__ and issubclass(kind, list):
            if not obj:
                return '[]', True, False
            opening, closing = '[', ']'
        elif own_repr is tuple.__repr__ and issubclass(kind, tuple):
            if len(obj) == 1:
                opening, closing = '(', ',)'
            elif not obj:
                return '()', True, False
            else:
                opening, closing = '(', ')'
        else:
            text = repr(obj)
            return text, text and text[0] != '<', False

        key = id(obj)
        if maxlevels and level >= maxlevels:
            return opening + '...' + closing, False, key in seen
        if key in seen:
            return _loop_marker(obj), False, True
        seen[key] = 1
        level += 1
        readable = True
        recursive = False
        parts = []
        if opening == '{':
            for k, v in self._dict_pairs(obj):
                k_text, k_ok, k_loop = self.format(k, seen, maxlevels, level)
                v_text, v_ok, v_loop = self.format(v, seen, maxlevels, level)
                parts.append(k_text + ': ' + v_text)
                readable = readable and k_ok and v_ok
                recursive = recursive or bool(k_loop or v_loop)
        else:
            for item in obj:
                text, ok, loop = self.format(item, seen, maxlevels, level)
                parts.append(text)
                if not ok:
                    readable = False
                if loop:
                    recursive = True
        del seen[key]
        return opening + ', '.join(parts) + closing, readable, recursive


_SIMPLE = _ATOMS | {int}      # values whose one-line text is their repr
_STOCK_FORMAT = PrettyPrinter.format
_STOCK_SAFE_REPR = PrettyPrinter._safe_repr


_IMPURE = 'impure'     # memo entry: the value holds more than _plain_text's own kinds


def _plain_text(obj, seen, maxlevels, level, grouped, keys_sorted, memo=None):
    # PrettyPrinter._safe_repr(...)[0] for a printer whose format() and
    # _safe_repr() are PrettyPrinter's own: the nested values are visited in
    # the same order and their reprs taken the same way.  With a memo (see
    # PrettyPrinter._memo), the texts of the lists, tuples and dicts built
    # from their items are recorded in it, and anything else -- another
    # kind of value, or a loop -- marks it _IMPURE.
    kind = type(obj)
    if kind in _ATOMS:
        return repr(obj)
    if kind is int:
        return format(obj, '_d') if grouped else repr(obj)
    if kind is tuple:
        if len(obj) == 1:
            opening, closing = '(', ',)'
        elif not obj:
            return '()'
        else:
            opening, closing = '(', ')'
    elif kind is list:
        if not obj:
            return '[]'
        opening, closing = '[', ']'
    elif kind is dict:
        if not obj:
            return '{}'
        opening, closing = '{', '}'
    else:
        if memo is not None:
            memo[_IMPURE] = True
        own_repr = getattr(kind, '__repr__', None)
        if own_repr is int.__repr__ and issubclass(kind, int):
            return format(obj, '_d') if grouped else repr(obj)
        if own_repr is dict.__repr__ and issubclass(kind, dict):
            if not obj:
                return '{}'
            opening, closing = '{', '}'
        elif own_repr is list.__repr__ and issubclass(kind, list):
            if not obj:
                return '[]'
            opening, closing = '[', ']'
        elif own_repr is tuple.__repr__ and issubclass(kind, tuple):
            if len(obj) == 1:
                opening, closing = '(', ',)'
            elif not obj:
                return '()'
            else:
                opening, closing = '(', ')'
        else:
            return repr(obj)
    key = id(obj)
    if maxlevels and level >= maxlevels:
        return opening + '...' + closing
    if key in seen:
        if memo is not None:
            memo[_IMPURE] = True
        return _loop_marker(obj)
    # An exact list, tuple or dict holding only plain values reads as its own
    # repr (a dict only when its keys already stand in the order shown).
    simple = _ATOMS if grouped else _SIMPLE
    if kind is dict:
        for k, v in obj.items():
            if type(k) not in simple or type(v) not in simple:
                break
        else:
            if not keys_sorted:
                return repr(obj)
            keys = list(obj)
            try:
                # plain values compare without side effects: when no pair
                # refuses, _pair_order would order them just the same
                if sorted(keys) == keys:
                    return repr(obj)
            except TypeError:
                pass
    elif kind is list or kind is tuple:
        for item in obj:
            if type(item) not in simple:
                break
        else:
            return repr(obj)
    if memo is not None and _IMPURE not in memo:
        # nothing outside has run yet: a text already made still holds
        text = memo.get((level, key))
        if text is not None:
            return text
    seen[key] = 1
    inner = level + 1
    if opening == '{':
        pairs = _sorted_pairs(obj) if keys_sorted else obj.items()
        parts = [_plain_text(k, seen, maxlevels, inner, grouped, keys_sorted, memo) + ': ' +
                 _plain_text(v, seen, maxlevels, inner, grouped, keys_sorted, memo)
                 for k, v in pairs]
    else:
        parts = [_plain_text(item, seen, maxlevels, inner, grouped, keys_sorted, memo)
                 for item in obj]
    del seen[key]
    text = opening + ', '.join(parts) + closing
    if memo is not None:
        memo[level, key] = text
    return text


def _plain_triple(obj, seen, maxlevels, level, grouped, keys_sorted, memo=None):
    # PrettyPrinter._safe_repr for a printer whose format() and _safe_repr()
    # are PrettyPrinter's own, recursing into itself directly.  A memo keeps
    # the results for nested lists, tuples and dicts as _plain_text's does.
    kind = type(obj)
    if kind in _ATOMS:
        return repr(obj), True, False
    if kind is int:
        return (format(obj, '_d') if grouped else repr(obj)), True, False
    if kind is tuple:
        if len(obj) == 1:
            opening, closing = '(', ',)'
        elif not obj:
            return '()', True, False
        else:
            opening, closing = '(', ')'
    elif kind is list:
        if not obj:
            return '[]', True, False
        opening, closing = '[', ']'
    elif kind is dict:
        if not obj:
            return '{}', True, False
        opening, closing = '{', '}'
    else:
        if memo is not None:
            memo[_IMPURE] = True
        own_repr = getattr(kind, '__repr__', None)
        if own_repr is int.__repr__ and issubclass(kind, int):
            return (format(obj, '_d') if grouped else repr(obj)), True, False
        if own_repr is dict.__repr__ and issubclass(kind, dict):
            if not obj:
                return '{}', True, False
            opening, closing = '{', '}'
        elif own_repr is list.__repr__ and issubclass(kind, list):
            if not obj:
                return '[]', True, False
            opening, closing = '[', ']'
        elif own_repr is tuple.__repr__ and issubclass(kind, tuple):
            if len(obj) == 1:
                opening, closing = '(', ',)'
            elif not obj:
                return '()', True, False
            else:
                opening, closing = '(', ')'
        else:
            text = repr(obj)
            return text, text and text[0] != '<', False
    key = id(obj)
    if maxlevels and level >= maxlevels:
        return opening + '...' + closing, False, key in seen
    if key in seen:
        if memo is not None:
            memo[_IMPURE] = True
        return _loop_marker(obj), False, True
    # plain values are readable and hold no loops: see _plain_text
    simple = _ATOMS if grouped else _SIMPLE
    if kind is dict:
        for k, v in obj.items():
            if type(k) not in simple or type(v) not in simple:
                break
        else:
            if not keys_sorted:
                return repr(obj), True, False
            keys = list(obj)
            try:
                if sorted(keys) == keys:
                    return repr(obj), True, False
            except TypeError:
                pass
    elif kind is list or kind is tuple:
        for item in obj:
            if type(item) not in simple:
                break
        else:
            return repr(obj), True, False
    if memo is not None and _IMPURE not in memo:
        found = memo.get((level, key))
        if found is not None:
            return found
    seen[key] = 1
    depth = level
    level += 1
    readable = True
    recursive = False
    parts = []
    if opening == '{':
        for k, v in (_sorted_pairs(obj) if keys_sorted else obj.items()):
            k_text, k_ok, k_loop = _plain_triple(k, seen, maxlevels, level, grouped,
                                                 keys_sorted, memo)
            v_text, v_ok, v_loop = _plain_triple(v, seen, maxlevels, level, grouped,
                                                 keys_sorted, memo)
            parts.append(k_text + ': ' + v_text)
            readable = readable and k_ok and v_ok
            recursive = recursive or bool(k_loop or v_loop)
    else:
        for item in obj:
            text, ok, loop = _plain_triple(item, seen, maxlevels, level, grouped,
                                           keys_sorted, memo)
            parts.append(text)
            if not ok:
                readable = False
            if loop:
                recursive = True
    del seen[key]
    result = opening + ', '.join(parts) + closing, readable, recursive
    if memo is not None:
        memo[depth, key] = result
    return result
