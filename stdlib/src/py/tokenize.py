"""Tokenization of Python source, as CPython 3.12's tokenize module does it.

A hand-written scanner: it reads physical lines through `readline` and yields
TokenInfo tuples, including the f-string tokens introduced in Python 3.12.
"""

import collections
import io
import itertools
import sys
from builtins import open as _builtin_open
from codecs import BOM_UTF8, lookup
import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo", "open", "TokenError"]
del token

_BaseInfo = collections.namedtuple('TokenInfo', 'type string start end line')


class TokenInfo(_BaseInfo):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# --------------------------------------------------------------------------
# Encoding detection (PEP 263 cookies and the UTF-8 BOM)

# Codec families spelled several ways in cookies; a name equal to a key, or a
# key followed by '-' and anything, stands for the family (after lowering and
# turning '_' into '-').
_FAMILIES = {'utf-8': 'utf-8', 'latin-1': 'iso-8859-1',
             'iso-8859-1': 'iso-8859-1', 'iso-latin-1': 'iso-8859-1'}

# Characters PEP 263 allows in an encoding name.
_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyz'
                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.')


def _family(name):
    pieces = name.lower().replace('_', '-').split('-')
    for count in range(1, len(pieces) + 1):
        known = _FAMILIES.get('-'.join(pieces[:count]))
        if known is not None:
            return known
    return name


def _declared_name(text):
    """The encoding name a PEP 263 comment line declares, else None."""
    body = text.lstrip(' \t\f').partition('\n')[0]
    if not body.startswith('#'):
        return None
    hit = body.find('coding')
    while hit >= 0:
        tail = body[hit + 6:]
        if tail[:1] in (':', '='):
            tail = tail[1:].lstrip(' \t')
            size = 0
            while size < len(tail) and tail[size] in _NAME_CHARS:
                size += 1
            if size:
                return tail[:size]
        hit = body.find('coding', hit + 1)
    return None


def _encoding_error(owner, what, detail=None):
    message = what if owner is None else '%s for %r' % (what, owner)
    if detail is not None:
        message += ': ' + detail
    return SyntaxError(message)


def _leading_lines(readline, owner):
    """Read what detect_encoding needs: (had BOM, raw lines, declared name).

    Stops after a declaration, after a line holding code, at EOF, or after
    two lines; the BOM is removed from the first line."""
    kept = []
    bom = False
    while len(kept) < 2:
        try:
            raw = readline()
        except StopIteration:
            break
        if not kept and raw.startswith(BOM_UTF8):
            bom, raw = True, raw[len(BOM_UTF8):]
        if not raw:
            break
        kept.append(raw)
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            raise _encoding_error(owner, 'invalid or missing encoding declaration')
        name = _declared_name(text)
        if name is not None:
            return bom, kept, name
        if text.lstrip(' \t\f')[:1] not in ('', '#', '\r', '\n'):
            break
    return bom, kept, None


def detect_encoding(readline):
    """Find the encoding of a Python source read through readline (bytes).

    Looks for a UTF-8 BOM and a PEP 263 declaration in the first two lines;
    returns (encoding, lines already read)."""
    owner = getattr(getattr(readline, '__self__', None), 'name', None)
    bom, lines, declared = _leading_lines(readline, owner)
    if declared is None:
        return ('utf-8-sig' if bom else 'utf-8'), lines
    codec = _family(declared)
    try:
        lookup(codec)
    except LookupError:
        raise _encoding_error(owner, 'unknown encoding', codec)
    if not bom:
        return codec, lines
    if codec != 'utf-8':
        raise _encoding_error(owner, 'encoding problem', 'utf-8')
    return 'utf-8-sig', lines


def open(filename):
    """Open a Python source file as text, decoded as its declaration says."""
    binary = _builtin_open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(binary.readline)
        binary.seek(0)
        text = io.TextIOWrapper(binary, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        binary.close()
        raise


# --------------------------------------------------------------------------
# The scanner

_OPERATORS = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)
_STRING_PREFIXES = {'', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'}
_CLOSERS = {')': '(', ']': '[', '}': '{'}


def _is_name_start(ch):
    return ch >= '\x80' or ch == '_' or ch.isalpha()


def _is_name_char(ch):
    return ch >= '\x80' or ch == '_' or ch.isalnum()


class _FString:
    """Bookkeeping for one f-string being scanned."""

    def __init__(self, quote, raw):
        self.quote = quote
        self.raw = raw
        self.in_code = False
        self.in_spec = False
        self.fields = []        # (bracket depth of the field, in_spec before it)


class _Scanner:
    def __init__(self, readline):
        self.readline = readline
        self.lines = []
        self.row = 0
        self.text = ''
        self.pos = 0
        self.brackets = []
        self.fstrings = []
        self.indents = [0]
        # Same margins measured with a tab worth one column (TabError check).
        self.narrow = [0]
        self.out = []

    # -- input -------------------------------------------------------------
    def pull(self):
        try:
            text = self.readline()
        except StopIteration:
            text = ''
        if not isinstance(text, str) and text:
            raise TypeError('readline() returned a non-string object')
        if text:
            text.encode('utf-8')  # lone surrogates are rejected, line by line
            self.lines.append(text)
            self.row += 1
        self.text = text
        self.pos = 0
        return text

    def span(self, srow, erow):
        return ''.join(self.lines[srow - 1:erow])

    def emit(self, kind, string, start, end):
        self.out.append(TokenInfo(kind, string, start, end,
                                  self.span(start[0], end[0])))

    def fail(self, msg, row, col):
        raise TokenError(msg, (row, col))

    # -- driver ------------------------------------------------------------
    def run(self):
        at_line_start = True
        while True:
            if not self.pull():
                break
            if at_line_start and not self.fstrings and not self.brackets:
                try:
                    blank = not self.indentation()
                except IndentationError:
                    yield from self.flush()
                    raise
                if blank:
                    yield from self.flush()
                    continue
            try:
                at_line_start = self.scan_line()
            except (TokenError, IndentationError):
                yield from self.flush()
                raise
            yield from self.flush()
        if self.brackets or self.fstrings or not at_line_start:
            last = self.lines[-1] if self.lines else ''
            self.fail('unexpected EOF in multi-line statement',
                      self.row, len(last) if self.fstrings else 0)
        end = (self.row + 1, 0)
        for _ in self.indents[1:]:
            self.out.append(TokenInfo(DEDENT, '', end, end, ''))
        self.out.append(TokenInfo(ENDMARKER, '', end, end, ''))
        yield from self.flush()

    def flush(self):
        ready, self.out = self.out, []
        return ready

    def indentation(self):
        """Handle the start of a logical line; False if the line is blank."""
        text, col, pos = self.text, 0, 0
        while pos < len(text) and text[pos] in ' \t\f':
            ch = text[pos]
            if ch == ' ':
                col += 1
            elif ch == '\t':
                col = (col // 8 + 1) * 8
            else:
                col = 0
            pos += 1
        narrow = len(text[:pos].rpartition('\f')[2])
        rest = text[pos:]
        if not rest or rest[0] in '#\r\n':
            self.pos = pos
            if rest.startswith('#'):
                self.comment()
            self.line_end(NL)
            return False
        if rest.startswith('\\'):
            self.pos = pos
            return True
        if col < self.indents[-1] and col not in self.indents:
            self.margin_error(IndentationError,
                              'unindent does not match any outer indentation level')
        if col > self.indents[-1]:
            if narrow <= self.narrow[-1]:
                self.margin_error(
                    TabError, 'inconsistent use of tabs and spaces in indentation')
            self.indents.append(col)
            self.narrow.append(narrow)
            self.emit(INDENT, text[:pos], (self.row, 0), (self.row, pos))
        else:
            level = self.indents.index(col)
            if narrow != self.narrow[level]:
                self.margin_error(
                    TabError, 'inconsistent use of tabs and spaces in indentation')
            for _ in self.indents[level + 1:]:
                self.emit(DEDENT, '', (self.row, pos), (self.row, pos))
            del self.indents[level + 1:], self.narrow[level + 1:]
        self.pos = pos
        return True

    def margin_error(self, kind, message):
        # The offset points just past the end of the line (newline excluded).
        shown = self.text.removesuffix('\n')
        raise kind(message, ('<string>', self.row, len(shown) + 1, shown, None, None))

    def comment(self):
        text, start = self.text, self.pos
        end = start
        while end < len(text) and text[end] not in '\r\n':
            end += 1
        self.emit(COMMENT, text[start:end], (self.row, start), (self.row, end))
        self.pos = end

    def line_end(self, kind):
        text, pos = self.text, self.pos
        ending = text[pos:]
        self.emit(kind, ending, (self.row, pos), (self.row, pos + (len(ending) or 1)))
        self.pos = len(text)

    # -- one physical line ---------------------------------------------------
    def scan_line(self):
        """Tokenize the rest of the current line (and any lines it pulls in).

        Returns True when the next line starts a new logical line."""
        while True:
            fs = self.fstrings[-1] if self.fstrings else None
            if fs is not None and not fs.in_code:
                if not self.literal(fs):
                    return False
                continue
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in ' \t\f':
                pos += 1
            self.pos = pos
            if pos >= len(text):
                # The last line lacks a newline character.
                if self.brackets or self.fstrings:
                    return False
                self.emit(NEWLINE, '', (self.row, pos), (self.row, pos + 1))
                return True
            ch = text[pos]
            if ch in '\r\n':
                if self.brackets or self.fstrings:
                    self.line_end(NL)
                    return False
                self.line_end(NEWLINE)
                return True
            if ch == '#':
                self.comment()
                continue
            if ch == '\\':
                after = text[pos + 1:]
                if after in ('\n', '\r\n'):
                    if not self.pull():
                        self.fail('unexpected EOF in multi-line statement', self.row,
                                  len(self.lines[-1]) if pos else 0)
                    continue
                self.fail('unexpected character after line continuation character',
                          self.row, pos + 1)
            if ch.isdigit() or (ch == '.' and text[pos + 1:pos + 2].isdigit()):
                self.number()
            elif _is_name_start(ch):
                self.name_or_string()
            elif ch in '"\'':
                if fs is not None and ch == fs.quote[0] and \
                        self.brackets and len(self.brackets) == fs.fields[-1][0]:
                    self.fail("f-string: expecting '}'", self.row, pos + 1)
                self.string('', pos)
            else:
                self.operator(fs)

    def operator(self, fs):
        text, pos = self.text, self.pos
        for op in _OPERATORS:
            if text.startswith(op, pos):
                break
        else:
            op = text[pos]
        depth = len(self.brackets)
        at_field = fs is not None and fs.fields and fs.fields[-1][0] == depth
        if at_field and op.startswith(':') and fs.in_code:
            op = ':'
        start = (self.row, pos)
        self.pos = pos + len(op)
        self.emit(OP, op, start, (self.row, self.pos))
        if op in '([{':
            self.brackets.append(op)
        elif op in ')]}':
            if at_field and op == '}':
                self.close_field(fs)
            elif self.brackets:
                self.brackets.pop()
        elif op == ':' and at_field:
            fs.in_code = False
            fs.in_spec = True

    def close_field(self, fs):
        self.brackets.pop()
        _, fs.in_spec = fs.fields.pop()
        fs.in_code = False

    def number(self):
        text, start = self.text, self.pos
        pos = start
        second = text[pos + 1:pos + 2].lower()
        kind = 'decimal'
        if text[pos] == '0' and second in ('x', 'o', 'b'):
            kind = {'x': 'hexadecimal', 'o': 'octal', 'b': 'binary'}[second]
            allowed = {'x': '0123456789abcdefABCDEF', 'o': '01234567', 'b': '01'}[second]
            pos += 2
            if text[pos:pos + 1] == '_':
                pos += 1
            if text[pos:pos + 1] not in allowed or pos >= len(text):
                if text[pos:pos + 1].isdigit():
                    self.fail("invalid digit '%s' in %s literal" % (text[pos], kind),
                              self.row, pos + 1)
                self.fail('invalid %s literal' % kind, self.row, pos)
            pos = self.digits(pos, allowed, kind)
            if text[pos:pos + 1].isdigit():
                self.fail("invalid digit '%s' in %s literal" % (text[pos], kind),
                          self.row, pos + 1)
        else:
            if text[pos] != '.':
                pos = self.digits(pos, '0123456789', kind)
            if text[pos:pos + 1] == '.':
                pos += 1
                if text[pos:pos + 1].isdigit():
                    pos = self.digits(pos, '0123456789', kind)
            if text[pos:pos + 1] in ('e', 'E'):
                mark = pos
                pos += 1
                if text[pos:pos + 1] in ('+', '-'):
                    pos += 1
                    if not text[pos:pos + 1].isdigit():
                        self.fail('invalid decimal literal', self.row, pos)
                if text[pos:pos + 1].isdigit():
                    pos = self.digits(pos, '0123456789', kind)
                else:
                    self.pos = mark
                    self.emit(NUMBER, text[start:mark], (self.row, start), (self.row, mark))
                    return
            if text[pos:pos + 1] in ('j', 'J'):
                pos += 1
        self.pos = pos
        self.emit(NUMBER, text[start:pos], (self.row, start), (self.row, pos))

    def digits(self, pos, allowed, kind):
        text = self.text
        while pos < len(text):
            ch = text[pos]
            if ch in allowed:
                pos += 1
            elif ch == '_':
                if text[pos + 1:pos + 2] not in allowed or pos + 1 >= len(text):
                    self.fail('invalid %s literal' % kind, self.row, pos + 1)
                pos += 1
            else:
                break
        return pos

    def name_or_string(self):
        text, start = self.text, self.pos
        pos = start + 1
        while pos < len(text) and _is_name_char(text[pos]):
            pos += 1
        word = text[start:pos]
        if text[pos:pos + 1] in ('"', "'") and word.lower() in _STRING_PREFIXES:
            self.string(word, start)
            return
        self.pos = pos
        self.emit(NAME, word, (self.row, start), (self.row, pos))

    def string(self, prefix, start):
        text = self.text
        qpos = start + len(prefix)
        quote = text[qpos] * 3 if text.startswith(text[qpos] * 3, qpos) else text[qpos]
        body = qpos + len(quote)
        if 'f' in prefix.lower():
            self.emit(FSTRING_START, prefix + quote, (self.row, start), (self.row, body))
            self.fstrings.append(_FString(quote, 'r' in prefix.lower()))
            self.pos = body
            return
        srow = self.row
        parts = []
        pos = body
        while True:
            if pos >= len(text) or (len(quote) == 1 and text[pos] in '\r\n'):
                if len(quote) == 3 and pos >= len(text):
                    parts.append(text[start if not parts else 0:])
                    if self.pull():
                        text, pos = self.text, 0
                        continue
                    self.fail('EOF in multi-line string', srow, start + 1)
                self.fail('unterminated string literal (detected at line %d)' % self.row,
                          srow, start + 1)
            ch = text[pos]
            if ch == '\\':
                if pos + 1 >= len(text):
                    self.fail('unterminated string literal (detected at line %d)' % self.row,
                              srow, start + 1)
                if text[pos + 1:] in ('\n', '\r\n'):
                    parts.append(text[start if not parts else 0:])
                    if not self.pull():
                        self.fail('unterminated string literal (detected at line %d)'
                                  % (self.row), srow, start + 1)
                    text, pos = self.text, 0
                    continue
                pos += 2
                continue
            if text.startswith(quote, pos):
                pos += len(quote)
                break
            pos += 1
        parts.append(text[start if not parts else 0:pos])
        self.pos = pos
        self.emit(STRING, ''.join(parts), (srow, start), (self.row, pos))

    # -- f-string literal text ---------------------------------------------
    def literal(self, fs):
        """Scan literal text of an f-string; False if the line ran out."""
        text, pos = self.text, self.pos
        srow, scol = self.row, pos
        chunk = []

        def middle(extra='', closing=False):
            piece = ''.join(chunk) + extra
            if piece or (closing and fs.in_spec):
                self.emit(FSTRING_MIDDLE, piece, (srow, scol), (self.row, self.pos))

        while True:
            if pos >= len(text) or (len(fs.quote) == 1 and text[pos] in '\r\n'
                                    and not chunk[-1:] == ['\\']):
                if len(fs.quote) == 3 and pos >= len(text):
                    chunk.append(text[scol if srow == self.row else 0:])
                    if self.pull():
                        text, pos = self.text, 0
                        continue
                    self.fail('unterminated triple-quoted f-string literal '
                              '(detected at line %d)' % self.row, srow, scol)
                self.fail('unterminated f-string literal (detected at line %d)' % self.row,
                          self.row, self.fstring_col())
            ch = text[pos]
            if text.startswith(fs.quote, pos) and not fs.in_spec or \
                    (fs.in_spec and text.startswith(fs.quote, pos)):
                self.pos = pos
                chunk.append(text[self.chunk_start(srow, scol):pos])
                middle()
                self.fstrings.pop()
                self.pos = pos + len(fs.quote)
                self.emit(FSTRING_END, fs.quote, (self.row, pos), (self.row, self.pos))
                return True
            if ch == '\\' and pos + 1 < len(text):
                nxt = text[pos + 1]
                if nxt in '{}':
                    pos += 1
                    continue
                if not fs.raw and nxt == 'N' and text[pos + 2:pos + 3] == '{':
                    close = text.find('}', pos)
                    pos = close + 1 if close > 0 else len(text)
                    chunk.append(text[self.chunk_start(srow, scol):pos])
                    self.pos = pos
                    middle()
                    srow, scol, chunk = self.row, pos, []
                    continue
                if nxt in '\r\n' and len(fs.quote) == 1:
                    chunk.append(text[self.chunk_start(srow, scol):])
                    self.pull()
                    text, pos = self.text, 0
                    continue
                pos += 2
                continue
            if ch in '{}':
                doubled = text[pos + 1:pos + 2] == ch
                chunk.append(text[self.chunk_start(srow, scol):pos])
                if doubled and not (fs.in_spec and ch == '}'):
                    self.pos = pos + 1
                    middle(ch)
                    text, pos = self.text, pos + 2
                    srow, scol, chunk = self.row, pos, []
                    continue
                self.pos = pos
                if ch == '{':
                    middle()
                    self.emit(OP, '{', (self.row, pos), (self.row, pos + 1))
                    self.brackets.append('{')
                    fs.fields.append((len(self.brackets), fs.in_spec))
                    fs.in_spec = False
                    fs.in_code = True
                    self.pos = pos + 1
                    return True
                if fs.fields:
                    middle(closing=True)
                    self.emit(OP, '}', (self.row, pos), (self.row, pos + 1))
                    self.pos = pos + 1
                    self.close_field(fs)
                    return True
                self.emit(FSTRING_MIDDLE, ''.join(chunk), (srow, scol), (self.row, pos))
                self.fail("f-string: single '}' is not allowed", self.row, pos + 1)
            pos += 1

    def chunk_start(self, srow, scol):
        return scol if srow == self.row else 0

    def fstring_col(self):
        for tok in reversed(self.out):
            if tok.type == FSTRING_START:
                return tok.start[1] + 1
        return 1


def _generate_tokens_from_c_tokenizer(source, encoding=None, extra_tokens=True):
    """Tokenize a whole source string (a private helper kept for compatibility)."""
    if isinstance(source, bytes):
        source = source.decode(encoding or 'utf-8')
    return _Scanner(io.StringIO(source).readline).run()


def generate_tokens(readline):
    """Tokenize a source whose readline() returns str lines."""
    return _Scanner(readline).run()


def tokenize(readline):
    """Tokenize a byte stream, yielding an ENCODING token first."""
    encoding, consumed = detect_encoding(readline)
    pending = iter(consumed)

    def text_lines():
        for raw in pending:
            return raw.decode(encoding, 'replace')
        try:
            raw = readline()
        except StopIteration:
            return ''
        return raw.decode(encoding, 'replace') if raw else ''

    shown = 'utf-8' if encoding == 'utf-8-sig' else encoding
    yield TokenInfo(ENCODING, shown, (0, 0), (0, 0), '')
    yield from _Scanner(text_lines).run()


# --------------------------------------------------------------------------
# untokenize

def _double_braces(text):
    return text.replace('{', '{{').replace('}', '}}')


def _compat_piece(kind, text, escape):
    """Text for one bare token: names and numbers followed by a space so
    that they cannot run into the next word, f-string text re-escaped when
    `escape` is true (CPython leaves it alone at the start of an indented
    line)."""
    if kind in (NAME, NUMBER):
        text += ' '
    elif kind == FSTRING_MIDDLE and escape:
        text = _double_braces(text)
    return text


def _layout(owner, stream):
    """Yield (start or None, text or None, new position) records for the
    positioned 5-tuples `owner` (an Untokenizer) is given; a bare token ends
    the records and becomes the return value.

    `row` mirrors the row of the last position handed out: a margin keeps
    it and only moves the column."""
    margins = []
    fresh_line = False
    row = owner.prev_row
    for token in stream:
        if len(token) == 2:
            return token
        kind, text, start, end, _ = token
        if kind == ENCODING:
            owner.encoding = text
            continue
        if kind == ENDMARKER:
            return None
        if kind == INDENT:
            margins.append(text)
            continue
        if kind == DEDENT:
            margins.pop()
            row = end[0]
            yield None, None, end
            continue
        if kind in (NEWLINE, NL):
            fresh_line = True
            row = end[0] + 1
            yield start, text, (row, 0)
            continue
        # The first token of an indented line may get the margin; as
        # observed in CPython, f-string text placed there is not re-escaped.
        if fresh_line and margins:
            fresh_line = False
            if start[1] >= len(margins[-1]):
                yield None, margins[-1], (row, len(margins[-1]))
        elif kind == FSTRING_MIDDLE:
            widened = len(text)
            text = _double_braces(text)
            end = (end[0], end[1] + len(text) - widened)
        row = end[0]
        yield start, text, end
    return None


class Untokenizer:
    """Turns a token stream back into source text (see untokenize).

    `tokens` collects the output pieces; (prev_row, prev_col) is where the
    last piece ended."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        """Move from the last end to `start` with escaped newlines and spaces."""
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, self.prev_row, self.prev_col))
        if row != self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col != self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def untokenize(self, iterable):
        """Append the source of `iterable` to tokens and return all of it."""
        stream = iter(iterable)
        records = _layout(self, stream)
        while True:
            try:
                start, text, end = next(records)
            except StopIteration as finished:
                if finished.value is not None:
                    self.compat(finished.value, stream)
                break
            if start is not None:
                self.add_whitespace(start)
            if text is not None:
                self.tokens.append(text)
            self.prev_row, self.prev_col = end
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        """Append bare (type, string) tokens, starting with `token`; spacing
        is guessed from the token kinds since positions are not known."""
        margins = []
        fresh_line = False
        follows_string = False
        for item in itertools.chain((token,), iterable):
            kind, text = item[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            was_string, follows_string = follows_string, kind == STRING
            if kind == INDENT:
                margins.append(text)
            elif kind == DEDENT:
                margins.pop()
            else:
                margin = None
                if kind in (NEWLINE, NL):
                    fresh_line = True
                elif fresh_line and margins:
                    margin, fresh_line = margins[-1], False
                    self.tokens.append(margin)
                piece = _compat_piece(kind, text, margin is None)
                if was_string and kind == STRING:
                    piece = ' ' + piece
                self.tokens.append(piece)


def untokenize(iterable):
    """Rebuild source from tokens; bytes if an ENCODING token was seen.

    With full 5-tuples the result reproduces the input positions; with
    (type, string) pairs only the token sequence is preserved."""
    builder = Untokenizer()
    text = builder.untokenize(iterable)
    if builder.encoding is not None:
        return text.encode(builder.encoding)
    return text


# --------------------------------------------------------------------------
# Command line

def _where_indentation(exc, name):
    detail = exc.args[1]
    return exc.args[0], (name, detail[1], detail[2])


def _where_token(exc, name):
    return exc.args[0], (name,) + tuple(exc.args[1])


# Exception class -> function giving (message, location parts); the most
# derived class found along the exception's MRO wins.
_LOCATORS = {
    IndentationError: _where_indentation,
    TokenError: _where_token,
    SyntaxError: lambda exc, name: (exc, (name,)),
    OSError: lambda exc, name: (exc, ()),
}


def _failure_line(exc, name):
    """The stderr line for an expected failure, or None if unexpected."""
    for klass in type(exc).__mro__:
        locate = _LOCATORS.get(klass)
        if locate is not None:
            message, parts = locate(exc, name)
            text = 'error: %s' % (message,)
            if parts:
                text = ':'.join(map(str, parts)) + ': ' + text
            return text
    return None


def _listing(stream, exact):
    """Render tokens as the command line shows them, one line each."""
    for tok in stream:
        label = tok_name[tok.exact_type if exact else tok.type]
        span = '%d,%d-%d,%d:' % (tok.start + tok.end)
        yield '%-20s%-15s%-15r' % (span, label, tok.string)


def main():
    import argparse
    cli = argparse.ArgumentParser(prog='python -m tokenize')
    cli.add_argument('-e', '--exact', action='store_true',
                     help='display token names using the exact type')
    cli.add_argument('filename', nargs='?', metavar='filename.py',
                     help='the file to tokenize; defaults to stdin')
    opts = cli.parse_args()
    shown = opts.filename or '<stdin>'
    try:
        if opts.filename:
            # A named file is tokenized completely before anything is shown.
            with _builtin_open(opts.filename, 'rb') as source:
                lines = list(_listing(tokenize(source.readline), opts.exact))
        else:
            # Standard input is read as text and shown as it goes.
            lines = _listing(generate_tokens(sys.stdin.readline), opts.exact)
        for line in lines:
            print(line)
    except KeyboardInterrupt:
        print('interrupted\n')
    except Exception as exc:
        complaint = _failure_line(exc, shown)
        if complaint is None:
            sys.stderr.write('unexpected error: %s\n' % (exc,))
            raise
        sys.stderr.write(complaint + '\n')
        sys.exit(1)


if __name__ == '__main__':
    main()
