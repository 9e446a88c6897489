"""RFC 2047 encoded headers: the Header class, decode_header and
make_header."""

__all__ = ['Header', 'decode_header', 'make_header']

import binascii
import re

import email.quoprimime
from email import charset as _cs
from email.errors import HeaderParseError

_DEFAULT_WIDTH = 78

# One RFC 2047 encoded word: =?charset?Q-or-B?text?=
_WORD_RE = re.compile(r'=\?([^?]*?)\?([qQbB])\?(.*?)\?=', re.DOTALL)
_EMBEDDED_RE = re.compile(r'\n[^ \t]+:')


def _word_payload(kind, text):
    if kind in 'qQ':
        return email.quoprimime.header_decode(text).encode('latin-1')
    pad = -len(text) % 4
    try:
        return binascii.a2b_base64(text + '=' * pad)
    except binascii.Error:
        raise HeaderParseError('Base64 decoding error')


def _chunk_pairs(header):
    # A Header object's chunks as (bytes, charset name), unmerged.
    pairs = []
    for text, cs in header._chunks:
        label = str(cs)
        pairs.append((_cs._to_bytes(text, label), label))
    return pairs


def decode_header(header):
    """Split a header value into (bytes-or-str, charset) pairs.

    A value with no encoded words comes back unchanged as [(value, None)].
    """
    if isinstance(header, Header):
        return _chunk_pairs(header)
    if not _WORD_RE.search(header):
        return [(header, None)]
    raw = []        # (text-or-bytes, charset-or-None, is_word)
    for line in header.splitlines():
        pos = 0
        pending = line
        seen_word = False
        for m in _WORD_RE.finditer(line):
            text = line[pos:m.start()]
            if not seen_word:
                text = text.lstrip()
            if text and not text.isspace():
                raw.append((text, None, False))
            seen_word = True
            raw.append((_word_payload(m.group(2), m.group(3)),
                         m.group(1).lower(), True))
            pos = m.end()
        tail = line[pos:]
        if not seen_word:
            tail = tail.lstrip()
        if tail:
            raw.append((tail, None, False))
    merged = []
    for value, cs, is_word in raw:
        if not is_word:
            value = value.encode('raw-unicode-escape')
        if merged and merged[-1][1] == cs:
            joiner = b' ' if cs is None else b''
            merged[-1] = (merged[-1][0] + joiner + value, cs)
        else:
            merged.append((value, cs))
    return merged


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """Build a Header from a decode_header()-style list of pairs."""
    result = Header(maxlinelen=maxlinelen, header_name=header_name,
                    continuation_ws=continuation_ws)
    for text, cs in decoded_seq:
        if cs is not None and not isinstance(cs, _cs.Charset):
            cs = _cs.Charset(cs)
        result.append(text, cs)
    return result


def _charset_of(value, default):
    if value is None:
        return default
    return value if isinstance(value, _cs.Charset) else _cs.Charset(value)


def _bytes_to_text(data, cs, errors):
    source = cs.input_codec or 'us-ascii'
    if source == _cs.UNKNOWN8BIT:
        return data.decode('us-ascii', 'surrogateescape')
    return data.decode(source, errors)


def _fitting_charset(text, cs, errors):
    # The chunk keeps cs if its output codec can encode text; plain ASCII
    # chunks that turn out not to be ASCII are promoted to utf-8.
    target = cs.output_codec or 'us-ascii'
    if target == _cs.UNKNOWN8BIT:
        return cs
    try:
        text.encode(target, errors)
    except UnicodeEncodeError:
        if target != 'us-ascii':
            raise
        return _cs.Charset('utf-8')
    return cs


def _is_plain(cs):
    return str(cs) == 'us-ascii'


class Header:
    """A header value made of chunks, each in its own character set."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None, continuation_ws=' ', errors='strict'):
        self._maxlinelen = _DEFAULT_WIDTH if maxlinelen is None else maxlinelen
        # Room taken on the first line by "Name: ".
        self._headerlen = 0 if header_name is None else len(header_name) + 2
        self._continuation_ws = continuation_ws
        self._charset = _charset_of(charset, _cs.Charset('us-ascii'))
        self._chunks = []
        if s is not None:
            self.append(s, self._charset, errors)

    def append(self, s, charset=None, errors='strict'):
        """Add a chunk of text (str, or bytes in charset) to the header."""
        cs = _charset_of(charset, self._charset)
        text = s if isinstance(s, str) else _bytes_to_text(s, cs, errors)
        self._chunks.append((text, _fitting_charset(text, cs, errors)))

    def _normalized(self):
        # Neighbouring chunks in the same charset are joined by a space;
        # the merged list replaces the stored one (decode_header sees it).
        out = []
        for text, cs in self._chunks:
            if out and str(out[-1][1]) == str(cs):
                out[-1] = (out[-1][0] + ' ' + text, cs)
            else:
                out.append((text, cs))
        self._chunks = out
        return out

    def __str__(self):
        pieces = []
        prev = None
        for text, cs in self._normalized():
            if (prev is not None and (_is_plain(prev) or _is_plain(cs))
                    and not pieces[-1][-1:].isspace()
                    and not text[:1].isspace()):
                pieces.append(' ')
            if str(cs) == _cs.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode(
                    'ascii', 'replace')
            pieces.append(text)
            prev = cs
        return ''.join(pieces)

    def __eq__(self, other):
        return str(self) == other

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """Render the header as folded text with encoded words."""
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        # Zero means "never fold".
        width = maxlinelen or float('inf')
        layout = _Layout(width, self._headerlen, splitchars,
                         self._continuation_ws)
        prev = None
        for text, cs in self._normalized():
            plain = cs.header_encoding is None
            if prev is None:
                sep = ''
            elif (prev[1].header_encoding is None
                  and prev[0][-1:].isspace()):
                sep = ''
            elif plain and text[:1].isspace():
                sep = ''
            else:
                sep = ' '
            if plain:
                layout.add_plain(text, sep)
            else:
                layout.add_encoded(text, cs, sep)
            prev = (text, cs)
        value = layout.render(linesep)
        if _EMBEDDED_RE.search(value):
            raise HeaderParseError('header value appears to contain an '
                                   'embedded header: {!r}'.format(value))
        return value


class _Layout:
    """Line builder used by Header.encode.

    Each line is a list of [whitespace, text, rank] items; rank is the
    preference for breaking the line just before the item (lower is
    better, None means no break allowed there).
    """

    def __init__(self, width, name_len, splitchars, cont_ws):
        self.width = width
        self.name_len = name_len
        self.ranks = splitchars
        self.cont_ws = cont_ws
        self.done = []
        self.items = []

    def _used(self):
        used = sum(len(w) + len(t) for w, t, _ in self.items)
        if not self.done:
            used += self.name_len
        return used

    def _rank(self, before, ws):
        best = None
        if before and not before[-1].isspace():
            idx = self.ranks.find(before[-1])
            if idx >= 0:
                best = idx
        if ws:
            idx = self.ranks.find(ws[0])
            if idx >= 0 and (best is None or idx < best):
                best = idx
        return best

    def _newline(self):
        self.done.append(self.items)
        self.items = []

    def _place(self, ws, text):
        before = self.items[-1][1] if self.items else ''
        item = [ws, text, self._rank(before, ws) if self.items else None]
        if not self.items:
            if not self.done and self.name_len and \
                    self.name_len + len(ws) + len(text) > self.width:
                self._newline()
                item[0] = ws or ' '
            self.items.append(item)
            return
        if self._used() + len(ws) + len(text) <= self.width:
            self.items.append(item)
            return
        self.items.append(item)
        best = None
        for pos in range(1, len(self.items)):
            rank = self.items[pos][2]
            if rank is not None and (best is None or rank <= self.items[best][2]):
                best = pos
        if best is not None:
            rest = self.items[best:]
            self.items = self.items[:best]
            self._newline()
            self.items = rest
            self.items[0][2] = None

    def add_plain(self, text, sep):
        for num, line in enumerate(text.splitlines()):
            if num:
                self._newline()
            pieces = re.findall(r'(\s*)(\S+)', line)
            tail = line[len(line.rstrip()):]
            if not pieces:
                if line:
                    self.items.append([sep if num == 0 else '', line, None])
                continue
            for idx, (ws, word) in enumerate(pieces):
                if idx == 0 and num == 0:
                    ws = sep + ws
                self._place(ws, word)
            if tail:
                # Trailing blanks never cause a fold.
                self.items[-1][1] += tail

    def add_encoded(self, text, cs, sep):
        for num, line in enumerate(text.splitlines() or ['']):
            if num:
                self._newline()
                if not line[:1].isspace():
                    line = ' ' + line
            if num:
                gap = self.cont_ws
                room = self.width
            elif self.items or (not self.done and self.name_len):
                gap = sep if self.items else ''
                room = self.width - self._used() - len(gap)
            else:
                gap = self.cont_ws if self.done else ''
                room = self.width - len(gap)
            later = self.width - len(self.cont_ws)

            def widths(first=room, rest=later):
                yield first
                while True:
                    yield rest
            words = cs.header_encode_lines(line, widths())
            first = words[0]
            if first is None:
                self._newline()
            else:
                self.items.append([gap, first, None])
            for word in words[1:]:
                if self.items:
                    self._newline()
                self.items.append([self.cont_ws, word, None])

    def render(self, linesep):
        lines = self.done + [self.items]
        text = [''.join(w + t for w, t, _ in line) for line in lines]
        if not self.name_len and len(text) > 1 and not text[0]:
            text = text[1:]
        return linesep.join(text)
