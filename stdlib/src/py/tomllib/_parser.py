"""The TOML 1.0 reader behind tomllib."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone


class TOMLDecodeError(ValueError):
    """The input is not a valid TOML document."""


_SPACE = ' \t'
_BARE_KEY = re.compile(r'[A-Za-z0-9_-]+')
_KEY_START = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"\'')

# Runs of characters that need no special handling inside each kind of string
# (and comments): everything except control characters, quotes and backslash.
_RUN_BASIC = re.compile(r'[^\x00-\x08\x0a-\x1f\x7f"\\]*')
_RUN_BASIC_ML = re.compile(r'[^\x00-\x08\x0b-\x1f\x7f"\\]*')
_RUN_LITERAL = re.compile(r"[^\x00-\x08\x0a-\x1f\x7f']*")
_RUN_LITERAL_ML = re.compile(r"[^\x00-\x08\x0b-\x1f\x7f']*")
_RUN_COMMENT = re.compile(r'[^\x00-\x08\x0a-\x1f\x7f]*')

_SIMPLE_ESCAPES = {
    'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\',
}
_HEX = frozenset('0123456789abcdefABCDEF')

_CLOCK = r'([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?'
_STAMP = re.compile(
    r'([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
    r'(?:[Tt ]' + _CLOCK + r'(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?'
)
_WALL_CLOCK = re.compile(_CLOCK)
_DIGITS = r'[0-9](?:_?[0-9])*'
_NUMERAL = re.compile(
    r'0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|o[0-7](?:_?[0-7])*|b[01](?:_?[01])*)'
    r'|[+-]?(?:0|[1-9](?:_?[0-9])*)((?:\.' + _DIGITS + r')?(?:[eE][+-]?' + _DIGITS + r')?)'
)
_INF_NAN = re.compile(r'[+-]?(?:inf|nan)')


def loads(s: str, /, *, parse_float: ParseFloat = float) -> dict[str, Any]:
    """Read a TOML document from a string and return it as a dict."""
    text = s.replace('\r\n', '\n')
    return _Reader(text, parse_float).document()


def load(fp: BinaryIO, /, *, parse_float: ParseFloat = float) -> dict[str, Any]:
    """Read a TOML document from a file opened in binary mode."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`")
    return loads(text, parse_float=parse_float)


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def convert(text):
        result = parse_float(text)
        if isinstance(result, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return result
    return convert


def _within(marked, key):
    """True when key, or a table containing it, is in the set marked."""
    for n in range(1, len(key) + 1):
        if key[:n] in marked:
            return True
    return False


class _Reader:
    """Position-tracking reader over one normalised document."""

    def __init__(self, src, parse_float):
        self.src = src
        self.end = len(src)
        self.pos = 0
        self.to_float = _checked_float(parse_float)
        self.declared = set()   # tables that may not be declared by a header again
        self.sealed = set()     # inline tables and arrays: nothing may be added
        self.dotted = []        # tables opened by dotted keys in the current section

    # -- errors and low-level scanning

    def error(self, message, pos=None):
        if pos is None:
            pos = self.pos
        src = self.src
        if pos >= self.end:
            where = 'end of document'
        else:
            line = src.count('\n', 0, pos) + 1
            where = f'line {line}, column {pos - src.rfind(chr(10), 0, pos)}'
        return TOMLDecodeError(f'{message} (at {where})')

    def peek(self):
        return self.src[self.pos:self.pos + 1]

    def skip_space(self):
        src, pos, end = self.src, self.pos, self.end
        while pos < end and src[pos] in _SPACE:
            pos += 1
        self.pos = pos

    def skip_comment(self):
        self.pos = _RUN_COMMENT.match(self.src, self.pos + 1).end()
        ch = self.peek()
        if ch and ch != '\n':
            raise self.error(f'Found invalid character {ch!r}')

    def skip_blank(self):
        while True:
            self.skip_space()
            ch = self.peek()
            if ch == '\n':
                self.pos += 1
            elif ch == '#':
                self.skip_comment()
            else:
                return

    # -- statements

    def document(self):
        root = {}
        section = ()
        while True:
            self.skip_space()
            if self.pos >= self.end:
                return root
            ch = self.src[self.pos]
            if ch == '\n':
                self.pos += 1
                continue
            if ch in _KEY_START:
                self.assign(root, section)
            elif ch == '[':
                section = self.header(root)
            elif ch != '#':
                raise self.error('Invalid statement')
            self.skip_space()
            if self.peek() == '#':
                self.skip_comment()
            if self.pos < self.end:
                if self.src[self.pos] != '\n':
                    raise self.error('Expected newline or end of document after a statement')
                self.pos += 1

    def header(self, root):
        is_array = self.src.startswith('[[', self.pos)
        self.pos += 2 if is_array else 1
        key = self.key()
        self.declared.update(self.dotted)
        self.dotted = []
        if is_array:
            self.open_array_table(root, key)
            closer, message = ']]', "Expected ']]' at the end of an array declaration"
        else:
            if key in self.declared or _within(self.sealed, key):
                raise self.error(f'Cannot declare {key} twice')
            self.declared.add(key)
            self.descend(root, key)
            closer, message = ']', "Expected ']' at the end of a table declaration"
        if not self.src.startswith(closer, self.pos):
            raise self.error(message)
        self.pos += len(closer)
        return key

    def open_array_table(self, root, key):
        if _within(self.sealed, key):
            raise self.error(f'Cannot mutate immutable namespace {key}')
        # A fresh element: whatever was recorded below the previous one is void.
        depth = len(key)
        for marks in (self.declared, self.sealed):
            stale = [k for k in marks if len(k) > depth and k[:depth] == key]
            marks.difference_update(stale)
        self.declared.add(key)
        parent = self.descend(root, key[:-1])
        name = key[-1]
        if name not in parent:
            parent[name] = [{}]
        elif isinstance(parent[name], list):
            parent[name].append({})
        else:
            raise self.error('Cannot overwrite a value')

    def assign(self, root, section):
        key, value = self.pair()
        for n in range(1, len(key)):
            table = section + key[:n]
            if table in self.declared:
                raise self.error(f'Cannot redefine namespace {table}')
            self.dotted.append(table)
        owner = section + key[:-1]
        if _within(self.sealed, owner):
            raise self.error(f'Cannot mutate immutable namespace {owner}')
        target = self.descend(root, owner)
        if key[-1] in target:
            raise self.error('Cannot overwrite a value')
        if isinstance(value, (dict, list)):
            self.sealed.add(section + key)
        target[key[-1]] = value

    def descend(self, table, path):
        """Walk (creating tables) down path; arrays of tables lead to their last item."""
        for name in path:
            if name not in table:
                table[name] = {}
            table = table[name]
            if isinstance(table, list):
                table = table[-1]
            if not isinstance(table, dict):
                raise self.error('Cannot overwrite a value')
        return table

    # -- keys

    def pair(self):
        key = self.key()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_space()
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        while self.peek() == '.':
            self.pos += 1
            parts.append(self.key_part())
        return tuple(parts)

    def key_part(self):
        self.skip_space()
        ch = self.peek()
        if ch == '"':
            part = self.basic_string()
        elif ch == "'":
            part = self.literal_string()
        else:
            m = _BARE_KEY.match(self.src, self.pos)
            if m is None:
                raise self.error('Invalid initial character for a key part')
            part = m.group()
            self.pos = m.end()
        self.skip_space()
        return part

    # -- values

    def value(self):
        src, pos = self.src, self.pos
        ch = src[pos:pos + 1]
        if ch == '"':
            if src.startswith('"""', pos):
                return self.multiline_basic()
            return self.basic_string()
        if ch == "'":
            if src.startswith("'''", pos):
                return self.multiline_literal()
            return self.literal_string()
        if ch == '[':
            return self.array()
        if ch == '{':
            return self.inline_table()
        for word, result in (('true', True), ('false', False)):
            if src.startswith(word, pos):
                self.pos = pos + len(word)
                return result
        m = _STAMP.match(src, pos)
        if m:
            try:
                result = _stamp_value(m)
            except ValueError:
                raise self.error('Invalid date or datetime') from None
        else:
            m = _WALL_CLOCK.match(src, pos)
            if m:
                result = time(*_clock_value(m, 1))
            else:
                m = _NUMERAL.match(src, pos)
                if m:
                    text = m.group()
                    if m.group(1):
                        result = self.to_float(text)
                    elif m.group(1) is None:
                        result = int(text, 0)
                    else:
                        result = int(text)
                else:
                    m = _INF_NAN.match(src, pos)
                    if m is None:
                        raise self.error('Invalid value')
                    result = self.to_float(m.group())
        self.pos = m.end()
        return result

    def array(self):
        self.pos += 1
        items = []
        self.skip_blank()
        if self.peek() == ']':
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_blank()
            ch = self.peek()
            if ch == ']':
                self.pos += 1
                return items
            if ch != ',':
                raise self.error('Unclosed array')
            self.pos += 1
            self.skip_blank()
            if self.peek() == ']':
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        sealed = set()
        self.skip_space()
        if self.peek() == '}':
            self.pos += 1
            return table
        while True:
            key, value = self.pair()
            if _within(sealed, key):
                raise self.error(f'Cannot mutate immutable namespace {key}')
            target = self.descend(table, key[:-1])
            if key[-1] in target:
                raise self.error(f'Duplicate inline table key {key[-1]!r}')
            if isinstance(value, (dict, list)):
                sealed.add(key)
            target[key[-1]] = value
            self.skip_space()
            ch = self.peek()
            if ch == '}':
                self.pos += 1
                return table
            if ch != ',':
                raise self.error('Unclosed inline table')
            self.pos += 1
            self.skip_space()

    # -- strings

    def basic_string(self):
        src = self.src
        pos = self.pos + 1
        chunks = []
        while True:
            m = _RUN_BASIC.match(src, pos)
            chunks.append(m.group())
            pos = m.end()
            if pos >= self.end:
                raise self.error('Unterminated string', pos)
            ch = src[pos]
            if ch == '"':
                self.pos = pos + 1
                return ''.join(chunks)
            if ch != '\\':
                raise self.error(f'Illegal character {ch!r}', pos)
            text, pos = self.escape(pos, False)
            chunks.append(text)

    def multiline_basic(self):
        src = self.src
        pos = self.pos + 3
        if src.startswith('\n', pos):
            pos += 1
        chunks = []
        while True:
            m = _RUN_BASIC_ML.match(src, pos)
            chunks.append(m.group())
            pos = m.end()
            if pos >= self.end:
                raise self.error('Unterminated string', pos)
            ch = src[pos]
            if ch == '"':
                if src.startswith('"""', pos):
                    return self.close_multiline(chunks, pos, '"')
                chunks.append(ch)
                pos += 1
            elif ch == '\\':
                text, pos = self.escape(pos, True)
                chunks.append(text)
            else:
                raise self.error(f'Illegal character {ch!r}', pos)

    def close_multiline(self, chunks, pos, quote):
        pos += 3
        # Up to two more quotes still belong to the content.
        for _ in range(2):
            if self.src.startswith(quote, pos):
                chunks.append(quote)
                pos += 1
        self.pos = pos
        return ''.join(chunks)

    def escape(self, pos, multiline):
        src = self.src
        code = src[pos + 1:pos + 2]
        if multiline and code in (' ', '\t', '\n'):
            pos += 1
            while src[pos:pos + 1] in (' ', '\t'):
                pos += 1
            if src[pos:pos + 1] != '\n':
                raise self.error("Unescaped '\\' in a string", pos)
            while pos < self.end and src[pos] in ' \t\n':
                pos += 1
            return '', pos
        if code in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[code], pos + 2
        if code in ('u', 'U'):
            width = 4 if code == 'u' else 8
            start = pos + 2
            digits = src[start:start + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.error('Invalid hex value', start)
            point = int(digits, 16)
            if not (0 <= point <= 0xD7FF or 0xE000 <= point <= 0x10FFFF):
                raise self.error('Escaped character is not a Unicode scalar value',
                                 start + width)
            return chr(point), start + width
        raise self.error("Unescaped '\\' in a string", pos + 2)

    def literal_string(self):
        m = _RUN_LITERAL.match(self.src, self.pos + 1)
        pos = m.end()
        if pos >= self.end:
            raise self.error('Expected "\'"', pos)
        ch = self.src[pos]
        if ch != "'":
            raise self.error(f'Found invalid character {ch!r}', pos)
        self.pos = pos + 1
        return m.group()

    def multiline_literal(self):
        src = self.src
        pos = self.pos + 3
        if src.startswith('\n', pos):
            pos += 1
        chunks = []
        while True:
            m = _RUN_LITERAL_ML.match(src, pos)
            chunks.append(m.group())
            pos = m.end()
            if pos >= self.end:
                raise self.error('Expected "\'\'\'"', pos)
            ch = src[pos]
            if ch != "'":
                raise self.error(f'Found invalid character {ch!r}', pos)
            if src.startswith("'''", pos):
                return self.close_multiline(chunks, pos, "'")
            chunks.append(ch)
            pos += 1


def _clock_value(m, first):
    hour, minute, second, fraction = m.group(first, first + 1, first + 2, first + 3)
    micro = int(fraction.ljust(6, '0')) if fraction else 0
    return int(hour), int(minute), int(second), micro


def _stamp_value(m):
    day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m.group(4) is None:
        return day
    zone = None
    if m.group(8):
        zone = timezone.utc
    elif m.group(9):
        shift = timedelta(hours=int(m.group(10)), minutes=int(m.group(11)))
        if m.group(9) == '-':
            shift = -shift
        zone = timezone.utc if not shift else timezone(shift)
    return datetime(day.year, day.month, day.day, *_clock_value(m, 4), tzinfo=zone)
