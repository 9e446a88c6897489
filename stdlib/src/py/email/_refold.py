"""Header folding for EmailPolicy.

A _Filler lays out text into lines no wider than the policy allows.  It is
fed plain words (written as they are) and words that must be sent as RFC
2047 encoded words.  An encoded word stays "open" until the line ends:
when another word needing encoding arrives on the same line, everything
from the start of the open encoded word on is re-encoded as one encoded
word (so ASCII words between two non-ASCII ones end up inside it).
Plain words that do not fit move to the next line together with the
blank before them; a word too long for any line is encoded so that it can
be split.
"""

import re
import sys

from email import base64mime, quoprimime
from email.errors import HeaderParseError

_PIECES = re.compile(r'([ \t]*)([^ \t]+|$)')
_EW = re.compile(r'=\?([^?\s]*)\?([qQbB])\?([^?\s]*)\?=')


def _needs_encoding(text, utf8):
    if utf8:
        return False
    return not text.isascii()


def _label_for(text):
    return 'unknown-8bit' if any('\udc80' <= ch <= '\udcff' for ch in text) \
        else 'utf-8'


def _as_bytes(text, charset):
    codec = 'ascii' if charset == 'unknown-8bit' else charset
    return text.encode(codec, 'surrogateescape')


def _b_wins(q_size, b_size):
    # Base64 is used only when it is at least five characters shorter.
    return q_size - b_size >= 5


def encoded_word(text, charset='utf-8'):
    """A Q encoded word for text, or B when that saves 5+ characters."""
    data = _as_bytes(text, charset)
    if not data:
        return '=?%s?q??=' % charset
    q = quoprimime.header_encode(data, charset)
    b = base64mime.header_encode(data, charset)
    return b if _b_wins(len(q), len(b)) else q


class _EncodedSizes:
    """Payload sizes of encoded words for any slice of one text."""

    def __init__(self, text, charset):
        self.q_sum = [0]        # Q payload size of text[:i]
        self.byte_sum = [0]     # byte count of text[:i]
        for ch in text:
            data = _as_bytes(ch, charset)
            self.q_sum.append(self.q_sum[-1] + quoprimime.header_length(data))
            self.byte_sum.append(self.byte_sum[-1] + len(data))

    def between(self, start, stop):
        q_size = self.q_sum[stop] - self.q_sum[start]
        b_size = 4 * -(-(self.byte_sum[stop] - self.byte_sum[start]) // 3)
        return b_size if _b_wins(q_size, b_size) else q_size


# ------------------------------------------------------------ decoding

def _decode_word(match):
    label, kind, payload = match.groups()
    label = label.split('*')[0] or 'us-ascii'
    if kind in 'qQ':
        data = quoprimime.header_decode(payload).encode('latin-1')
    else:
        try:
            data = base64mime.decode(payload + '=' * (-len(payload) % 4))
        except Exception:
            return ''
    try:
        return data.decode(label, 'surrogateescape')
    except LookupError:
        return data.decode('ascii', 'surrogateescape')


def decode_words(text):
    """text with its RFC 2047 encoded words decoded; blanks that only
    separate two encoded words are dropped."""
    out = []
    pos = 0
    after_word = False
    for match in _EW.finditer(text):
        between = text[pos:match.start()]
        if not (after_word and between.strip(' \t\r\n') == ''):
            out.append(between)
        out.append(_decode_word(match))
        pos = match.end()
        after_word = True
    out.append(text[pos:])
    return ''.join(out)


# ------------------------------------------------------------- filling

class _Filler:
    """Accumulates folded lines for one header."""

    def __init__(self, name, policy):
        self.width = policy.max_line_length or sys.maxsize
        self.utf8 = policy.utf8
        self.lines = [name + ':']
        self.open_at = None     # column of the open encoded word
        self.open_raw = ''      # unencoded text behind lines[-1][open_at:]
        self.open_label = None

    def _room(self):
        return self.width - len(self.lines[-1])

    def _new_line(self, start=' '):
        self.lines.append(start)
        self.open_at = None

    def _write(self, text, raw=None):
        self.lines[-1] += text
        if self.open_at is not None:
            self.open_raw += text if raw is None else raw

    def word(self, blank, text):
        """Add one word (after its blank), choosing how to send it."""
        if _needs_encoding(text, self.utf8):
            self.encoded(blank, text)
        else:
            self.plain(blank, text)

    def plain(self, blank, text):
        piece = blank + text
        if len(piece) <= self._room():
            self._write(piece)
        elif blank and len(piece) <= self.width:
            self._new_line(piece)
        elif len(text) + 1 > self.width and not self.utf8:
            # Encoded only so that it can be split; it stays open like
            # any other encoded word.
            self.encoded(blank, text)
        elif blank:
            self._new_line(piece)
        else:
            self._write(piece)

    def unit(self, blank, text):
        """Add text that should stay on one line when at all possible;
        False when it does not fit even on a line of its own.  A final
        list separator may overhang the line end."""
        piece = blank + text
        if len(piece.rstrip(',')) <= self._room():
            self._write(piece)
            return True
        if len(' ' + text) <= self.width:
            self._new_line(' ' + text)
            return True
        return False

    def encoded(self, blank, text):
        label = _label_for(text)
        if self.open_at is not None and label == self.open_label:
            text = self.open_raw + blank + text
            self.lines[-1] = self.lines[-1][:self.open_at]
        else:
            if blank:
                if self._room() <= 0:
                    self.lines.append(blank)
                else:
                    self.lines[-1] += blank
            self.open_at = len(self.lines[-1])
        self.open_label = label
        self._emit(text, label)

    def _emit(self, text, label):
        # Lay text out as encoded words, each holding the longest prefix
        # of what is left whose encoded form fits the current line.
        # Sizes come from per-character costs, so nothing is encoded twice.
        shell = len(encoded_word('', label))
        if self.width <= shell + 1:
            raise HeaderParseError("max_line_length is too small to fit "
                                   "an encoded word")
        sizes = _EncodedSizes(text, label)
        start = 0
        while True:
            room = self._room()
            if room > shell:
                most = min(len(text) - start, room - shell)
                take = max(n for n in range(most + 1)
                           if shell + sizes.between(start, start + n) <= room)
                if take == 0 and self.lines[-1] == ' ':
                    # Not one character fits even a fresh line: stop rather than loop.
                    raise HeaderParseError("max_line_length is too small to fit "
                                           "an encoded word")
                chunk = text[start:start + take]
                self.lines[-1] += encoded_word(chunk, label)
                self.open_raw = chunk
                start += take
                if start == len(text):
                    return
            self.lines.append(' ')
            self.open_at = 1

    def close(self, linesep):
        return linesep.join(self.lines) + linesep


def fold_unstructured(name, text, policy):
    """Folded 'name: text' for free text."""
    if not text:
        return name + ':' + policy.linesep
    filler = _Filler(name, policy)
    first = True
    for blank, word in _PIECES.findall(text):
        if first:
            blank = ' ' + blank
            first = False
        if word:
            filler.word(blank, word)
        elif blank:
            filler.lines[-1] += blank
    return filler.close(policy.linesep)


def _top_level_pieces(text):
    """Split an address list at commas outside quotes, comments and
    angle brackets (each piece keeps its own blanks)."""
    pieces, start, depth, quoted, escaped, angle = [], 0, 0, False, False, False
    for pos, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == '\\':
            escaped = quoted or depth > 0
        elif quoted:
            quoted = ch != '"'
        elif ch == '"':
            quoted = True
        elif ch == '(':
            depth += 1
        elif ch == ')' and depth:
            depth -= 1
        elif depth:
            pass
        elif ch in '<>':
            angle = ch == '<'
        elif ch == ',' and not angle:
            pieces.append(text[start:pos])
            start = pos + 1
    pieces.append(text[start:])
    return pieces


_NAMED_BOX = re.compile(r'(\s*)(.*?)(\s*<.*)', re.S)


def _sendable_piece(piece, utf8):
    """The list member with a non-ASCII display name turned into an
    encoded word (None when it has no separable display name)."""
    if utf8 or piece.isascii():
        return piece
    found = _NAMED_BOX.fullmatch(piece)
    if not found or found.group(2).isascii():
        return piece
    lead, phrase, rest = found.groups()
    if len(phrase) > 1 and phrase[0] == phrase[-1] == '"':
        phrase = phrase[1:-1].replace('\\"', '"').replace('\\\\', '\\')
    return lead + encoded_word(phrase, _label_for(phrase)) + rest


def fold_address_text(name, text, policy):
    """Folded address header from its source text: the list members are
    kept whole (with their original spacing) whenever they fit."""
    if not text:
        return name + ':' + policy.linesep
    filler = _Filler(name, policy)
    pieces = _top_level_pieces(text)
    for index, piece in enumerate(pieces):
        comma = ',' if index < len(pieces) - 1 else ''
        member = _sendable_piece(piece, policy.utf8) + comma
        body = member.lstrip(' \t')
        blank = member[:len(member) - len(body)]
        if index == 0:
            blank = ' ' + blank
        if filler.unit(blank, body):
            continue
        _spread(filler, piece, comma, policy.utf8)
    return filler.close(policy.linesep)


def _spread(filler, piece, comma, utf8):
    # A member too long for a line of its own: the display name may be
    # split (as encoded words), the address itself goes on a new line.
    found = _NAMED_BOX.fullmatch(piece)
    if found and found.group(2):
        phrase = found.group(2)
        if _needs_encoding(phrase, utf8):
            filler.encoded(' ', phrase)
            filler.open_at = None
        else:
            for gap, word in _PIECES.findall(phrase):
                if word:
                    filler.plain(' ', word)
        tail = found.group(3).strip() + comma
    else:
        tail = piece.strip() + comma
    if len(' ' + tail) <= filler._room():
        filler.lines[-1] += ' ' + tail
    else:
        filler._new_line(' ' + tail)
