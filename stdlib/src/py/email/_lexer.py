"""A small RFC 5322 lexer shared by the address, parameter, date and
folding code.

scan() turns text into Lexeme objects.  Kinds:
  'word'    run of characters that are neither blanks nor specials
  'quoted'  quoted-string (value unescaped, without the quotes)
  'comment' parenthesised comment (value is its text, nesting flattened)
  'literal' [domain literal] (value includes the brackets)
  'blank'   run of whitespace
  'mark'    one special character
Unterminated quoted strings, comments and literals run to the end of the
text and are flagged with closed=False.
"""

ADDRESS_SPECIALS = '()<>@,:;."[]'


class Lexeme:
    __slots__ = ('kind', 'value', 'raw', 'closed')

    def __init__(self, kind, value, raw, closed=True):
        self.kind = kind
        self.value = value
        self.raw = raw
        self.closed = closed

    def __repr__(self):
        return 'Lexeme(%s, %r)' % (self.kind, self.value)


def delimited(text, pos, close, nests=False):
    """Read from just after an opening delimiter up to close, undoing
    backslash escapes; returns (value, end, closed)."""
    depth = 0
    out = []
    i = pos
    while i < len(text):
        ch = text[i]
        if ch == '\\' and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if ch == '\\':
            i += 1
            continue
        if nests and ch == '(':
            depth += 1
            i += 1
            continue
        if ch == close:
            if depth:
                depth -= 1
                i += 1
                continue
            return ''.join(out), i + 1, True
        out.append(ch)
        i += 1
    return ''.join(out), i, False


def scan(text, specials=ADDRESS_SPECIALS, literals=True):
    """Split text into a list of Lexemes.  With literals=False, '[' and
    ']' come out as plain marks instead of forming 'literal' lexemes."""
    result = []
    pos = 0
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch in ' \t\r\n':
            end = pos
            while end < n and text[end] in ' \t\r\n':
                end += 1
            result.append(Lexeme('blank', text[pos:end], text[pos:end]))
            pos = end
        elif ch == '"':
            value, end, ok = delimited(text, pos + 1, '"', False)
            result.append(Lexeme('quoted', value, text[pos:end], ok))
            pos = end
        elif ch == '(':
            value, end, ok = delimited(text, pos + 1, ')', True)
            result.append(Lexeme('comment', value, text[pos:end], ok))
            pos = end
        elif ch == '[' and literals and '[' in specials:
            end = text.find(']', pos)
            ok = end >= 0
            end = end + 1 if ok else n
            result.append(Lexeme('literal', text[pos:end], text[pos:end], ok))
            pos = end
        elif ch in specials:
            result.append(Lexeme('mark', ch, ch))
            pos += 1
        else:
            end = pos
            while end < n and text[end] not in specials \
                    and text[end] not in ' \t\r\n"(':
                end += 1
            if end == pos:
                end += 1
            result.append(Lexeme('word', text[pos:end], text[pos:end]))
            pos = end
    return result


def split_outside_quotes(text, sep):
    """Split text at sep characters that are not inside a quoted string."""
    parts = []
    current = []
    quoted = False
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == '\\' and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append(''.join(current))
            current = []
            continue
        current.append(ch)
    parts.append(''.join(current))
    return parts
