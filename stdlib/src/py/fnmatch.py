"""Unix shell-style filename matching (fnmatch), written for pyrs without re."""

import os
import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

# Characters re.escape() puts a backslash in front of.
_REGEX_SPECIAL = '\t\n\x0b\x0c\r #$&()*+-.?[\\]^{|}~'

# Markers in the list of pattern items built by _items().
_STAR = 'star'
_ANY = 'any'
_NEVER = 'never'
_LITERAL = 'literal'
_CLASS = 'class'


# ------------------------------------------------------------- parsing

def _items(pat):
    """Split a str pattern into items: (_STAR,), (_ANY,), (_NEVER,),
    (_LITERAL, char) or (_CLASS, regex text of the set body)."""
    items = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1][0] != _STAR:
                items.append((_STAR,))
        elif c == '?':
            items.append((_ANY,))
        elif c == '[':
            end = _bracket_end(pat, i)
            if end < 0:
                items.append((_LITERAL, '['))
            else:
                items.append(_bracket_item(pat[i:end]))
                i = end + 1
        else:
            items.append((_LITERAL, c))
    return items


def _bracket_end(pat, start):
    """Index of the ']' closing a set that opened before start, or -1."""
    n = len(pat)
    j = start
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    j = pat.find(']', j)
    return j


def _bracket_item(body):
    """Item for the set whose text between the brackets is body."""
    if '-' in body:
        pieces = _range_pieces(body)
        text = '-'.join(_escape_in_set(p) for p in pieces)
    else:
        text = body.replace('\\', '\\\\')
    text = _escape_set_operators(text)
    if not text:
        return (_NEVER,)
    if text == '!':
        return (_ANY,)
    if text[0] == '!':
        text = '^' + text[1:]
    elif text[0] in '^[':
        text = '\\' + text
    return (_CLASS, text)


def _range_pieces(body):
    """Cut body at the hyphens that make ranges; drop reversed ranges."""
    pieces = []
    piece_start = 0
    # The first character (after a '!') cannot be a range operator, and
    # neither can the two characters after a range operator.
    search_from = 2 if body[:1] == '!' else 1
    while True:
        hyphen = body.find('-', search_from)
        if hyphen < 0:
            break
        pieces.append(body[piece_start:hyphen])
        piece_start = hyphen + 1
        search_from = hyphen + 3
    rest = body[piece_start:]
    if rest:
        pieces.append(rest)
    else:
        pieces[-1] = pieces[-1] + '-'   # a final '-' is an ordinary character
    k = len(pieces) - 1
    while k > 0:
        before, after = pieces[k - 1], pieces[k]
        if before[-1] > after[0]:
            # Range before[-1]-after[0] is empty: remove both ends.
            pieces[k - 1] = before[:-1] + after[1:]
            del pieces[k]
        k -= 1
    return pieces


def _escape_in_set(piece):
    return piece.replace('\\', '\\\\').replace('-', '\\-')


def _escape_set_operators(text):
    out = []
    for ch in text:
        if ch in '&~|':
            out.append('\\')
        out.append(ch)
    return ''.join(out)


# ---------------------------------------------------------- translate

def _item_regex(item):
    kind = item[0]
    if kind == _ANY:
        return '.'
    if kind == _NEVER:
        return '(?!)'
    if kind == _CLASS:
        return '[' + item[1] + ']'
    ch = item[1]
    return '\\' + ch if ch in _REGEX_SPECIAL else ch


def _segments(items):
    """Return (head, middles, tail, starred): the item runs between stars."""
    runs = [[]]
    for item in items:
        if item[0] == _STAR:
            runs.append([])
        else:
            runs[-1].append(item)
    if len(runs) == 1:
        return runs[0], [], [], False
    return runs[0], runs[1:-1], runs[-1], True


def translate(pat):
    if isinstance(pat, bytes) and pat:
        raise TypeError('decoding to str: need a bytes-like object, int found')
    len(pat)
    head, middles, tail, starred = _segments(_items(pat))
    text = ''.join(map(_item_regex, head))
    for run in middles:
        text += '(?>.*?' + ''.join(map(_item_regex, run)) + ')'
    if starred:
        text += '.*' + ''.join(map(_item_regex, tail))
    return '(?s:' + text + ')\\Z'


# ------------------------------------------------------------ matching

class _CharSet:
    """A [...] set, built from the regex text of its body."""

    def __init__(self, text):
        self.negated = text.startswith('^')
        if self.negated:
            text = text[1:]
        self.chars = set()
        self.ranges = []
        i = 0
        n = len(text)
        while i < n:
            low, i = self._char_at(text, i)
            if i + 1 < n and text[i] == '-':
                high, i = self._char_at(text, i + 1)
                self.ranges.append((low, high))
            else:
                self.chars.add(low)

    @staticmethod
    def _char_at(text, i):
        if text[i] == '\\':
            return text[i + 1], i + 2
        return text[i], i + 1

    def contains(self, ch):
        found = ch in self.chars
        if not found:
            for low, high in self.ranges:
                if low <= ch <= high:
                    found = True
                    break
        return found != self.negated


def _tests(run):
    """One test per character: a str (that character), None (any
    character), False (no character) or a _CharSet."""
    tests = []
    for item in run:
        kind = item[0]
        if kind == _LITERAL:
            tests.append(item[1])
        elif kind == _ANY:
            tests.append(None)
        elif kind == _NEVER:
            tests.append(False)
        else:
            tests.append(_CharSet(item[1]))
    return tests


def _matches_at(tests, name, pos):
    for test in tests:
        ch = name[pos]
        pos += 1
        if test is None:
            continue
        if test is False:
            return False
        if test.__class__ is str:
            if ch != test:
                return False
        elif not test.contains(ch):
            return False
    return True


class _Matcher:
    """Matches whole names against one compiled pattern."""

    def __init__(self, pat):
        self.is_bytes = isinstance(pat, bytes)
        if self.is_bytes:
            pat = pat.decode('latin-1')
        head, middles, tail, starred = _segments(_items(pat))
        self.head = _tests(head)
        self.middles = [_tests(run) for run in middles]
        self.tail = _tests(tail)
        self.starred = starred
        self.min_length = (len(self.head) + len(self.tail)
                           + sum(len(run) for run in self.middles))

    def _text(self, name):
        if isinstance(name, str):
            if self.is_bytes:
                raise TypeError('cannot use a bytes pattern on a '
                                'string-like object')
            return name
        if isinstance(name, bytes):
            if not self.is_bytes:
                raise TypeError('cannot use a string pattern on a '
                                'bytes-like object')
            return name.decode('latin-1')
        raise TypeError('expected string or bytes-like object, got '
                        f'{type(name).__name__!r}')

    def __call__(self, name):
        name = self._text(name)
        n = len(name)
        if not self.starred:
            return n == len(self.head) and _matches_at(self.head, name, 0)
        if n < self.min_length or not _matches_at(self.head, name, 0):
            return False
        pos = len(self.head)
        tail_start = n - len(self.tail)
        for run in self.middles:
            # The earliest place a run fits is always the best choice.
            last_start = tail_start - len(run)
            while pos <= last_start and not _matches_at(run, name, pos):
                pos += 1
            if pos > last_start:
                return False
            pos += len(run)
        return _matches_at(self.tail, name, tail_start)


_cache = {}
_CACHE_LIMIT = 32768


def _compile_pattern(pat):
    matcher = _cache.get(pat)
    if matcher is None:
        len(pat)
        matcher = _Matcher(pat)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[pat] = matcher
    return matcher


# ------------------------------------------------------------- public

def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name)


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    result = []
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result
