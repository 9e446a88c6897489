"""Text wrapping and filling (CPython's textwrap module, written for pyrs).

Text is cut into chunks: runs of whitespace, words, the parts of a word
that a hyphen between letters joins ("well-" and "known"), and em-dashes
("--") between words.  Lines are then filled with whole chunks; a chunk
wider than a line is broken where it must be.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace of this module: ASCII only, not all that str.isspace knows.
_SPACES = '\t\n\x0b\x0c\r '


# -- chunking ----------------------------------------------------------------

def _is_word_char(c):
    # What \w matches in a str pattern.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return _is_word_char(c) and not c.isdecimal()


def _may_precede_dash(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _after_dashes(text, at):
    """Where a run of two or more hyphens starting at `at` ends, when a word
    character follows it; 0 otherwise."""
    stop = at
    size = len(text)
    while stop < size and text[stop] == '-':
        stop += 1
    if stop - at > 1 and stop < size and _is_word_char(text[stop]):
        return stop
    return 0


def _hyphen_breaks(text, at):
    """Whether a word may be broken after the hyphen at text[at]: two
    letters (or letter, hyphen, letter) lead up to it, and a letter, maybe
    a hyphen, and a letter follow it."""
    two_letters = (at >= 2 and _is_letter(text[at - 1])
                   and _is_letter(text[at - 2]))
    letter_hyphen_letter = (at >= 3 and _is_letter(text[at - 1])
                            and text[at - 2] == '-'
                            and _is_letter(text[at - 3]))
    if not (two_letters or letter_hyphen_letter):
        return False
    ahead = text[at + 1:at + 4]
    if len(ahead) < 2 or not _is_letter(ahead[0]):
        return False
    if _is_letter(ahead[1]):
        return True
    return ahead[1] == '-' and len(ahead) == 3 and _is_letter(ahead[2])


def _word_stop(text, start):
    """Where the word chunk beginning at text[start] (not whitespace) ends:
    at whitespace or the end, just after a hyphen that may break it, or
    before an em-dash."""
    size = len(text)
    at = start + 1
    while at < size:
        c = text[at]
        if c in _SPACES:
            break
        if c == '-':
            if _hyphen_breaks(text, at):
                return at + 1
            if _may_precede_dash(text[at - 1]) and _after_dashes(text, at):
                break
        at += 1
    return at


def _hyphenated_chunks(text):
    chunks = []
    size = len(text)
    start = 0
    while start < size:
        if text[start] in _SPACES:
            stop = start + 1
            while stop < size and text[stop] in _SPACES:
                stop += 1
        else:
            stop = 0
            if start and _may_precede_dash(text[start - 1]):
                stop = _after_dashes(text, start)    # an em-dash
            if not stop:
                stop = _word_stop(text, start)
        chunks.append(text[start:stop])
        start = stop
    return chunks


def _space_chunks(text):
    """Runs of whitespace and runs of anything else."""
    chunks = []
    start = 0
    for at in range(1, len(text) + 1):
        if (at == len(text)
                or (text[at] in _SPACES) != (text[at - 1] in _SPACES)):
            chunks.append(text[start:at])
            start = at
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, '.', '!' or '?', and maybe a quote, end it."""
    if chunk.endswith(('"', "'")):
        chunk = chunk[:-1]
    return (len(chunk) > 1 and chunk[-1] in '.!?'
            and chunk[-2] in 'abcdefghijklmnopqrstuvwxyz')


# -- filling lines -----------------------------------------------------------

def _blank(piece):
    # Blank as str.strip sees it (any Unicode whitespace, or nothing).
    return not piece or piece.isspace()


class _Line:
    """The pieces of one output line and their total width."""

    def __init__(self):
        self.pieces = []
        self.size = 0

    def add(self, piece):
        self.pieces.append(piece)
        self.size += len(piece)

    def pop(self):
        self.size -= len(self.pieces.pop())

    def trim_blank_end(self):
        if self.pieces and _blank(self.pieces[-1]):
            self.pop()

    def text(self):
        return ''.join(self.pieces)


class _Feed:
    """Reads a chunk list front to back; the chunk in front may be replaced
    by what is left of it once a line took its beginning."""

    def __init__(self, chunks):
        self._chunks = chunks
        self._next = 0
        self._head = None

    def peek(self):
        if self._head is not None:
            return self._head
        if self._next < len(self._chunks):
            return self._chunks[self._next]
        return None

    def take(self):
        piece = self.peek()
        if self._head is None:
            self._next += 1
        else:
            self._head = None
        return piece

    def leave(self, remainder):
        # The front chunk is now only `remainder`.
        if self._head is None:
            self._next += 1
        self._head = remainder

    def remaining(self):
        count = len(self._chunks) - self._next
        return count + 1 if self._head is not None else count


class _Filler:
    """Turns chunks into lines for one TextWrapper (see _wrap_chunks)."""

    def __init__(self, wrapper, chunks):
        self.opts = wrapper
        self.feed = _Feed(chunks)
        self.lines = []

    def run(self):
        opts = self.opts
        while self.feed.peek() is not None:
            indent = (opts.subsequent_indent if self.lines
                      else opts.initial_indent)
            room = opts.width - len(indent)
            if self.lines and opts.drop_whitespace and _blank(self.feed.peek()):
                self.feed.take()
            line = self._pack(room)
            if opts.drop_whitespace:
                line.trim_blank_end()
            if not line.pieces:
                continue
            if self._may_emit(line, room):
                self.lines.append(indent + line.text())
            else:
                self._close_with_mark(line, indent, room)
                break
        return self.lines

    def _pack(self, room):
        line = _Line()
        feed = self.feed
        while feed.peek() is not None and line.size + len(feed.peek()) <= room:
            line.add(feed.take())
        front = feed.peek()
        if front is not None and len(front) > room:
            self._cut_long(front, line, room)
        return line

    def _cut_long(self, word, line, room):
        """Puts (part of) a word wider than a line on the line."""
        opts = self.opts
        if not opts.break_long_words:
            if not line.pieces:
                line.add(self.feed.take())
            return
        space = room - line.size if room >= 1 else 1
        cut = space
        if opts.break_on_hyphens and len(word) > space:
            hyphen = word.rfind('-', 0, space)
            if hyphen > 0 and word[:hyphen].strip('-'):
                cut = hyphen + 1
        line.add(word[:cut])
        self.feed.leave(word[cut:])

    def _may_emit(self, line, room):
        # A line is kept as it is unless max_lines ends the output here
        # while text is still to come (or the line is too wide).
        limit = self.opts.max_lines
        if limit is None or len(self.lines) + 1 < limit:
            return True
        if line.size > room:
            return False
        left = self.feed.remaining()
        if left == 0:
            return True
        return (left == 1 and self.opts.drop_whitespace
                and _blank(self.feed.peek()))

    def _close_with_mark(self, line, indent, room):
        mark = self.opts.placeholder
        while line.pieces:
            if not _blank(line.pieces[-1]) and line.size + len(mark) <= room:
                self.lines.append(indent + line.text() + mark)
                return
            line.pop()
        if self.lines:
            previous = self.lines[-1].rstrip()
            if len(previous) + len(mark) <= self.opts.width:
                self.lines[-1] = previous + mark
                return
        self.lines.append(indent + mark.lstrip())


# -- the wrapper -------------------------------------------------------------

class TextWrapper:
    """Wraps and fills text as its attributes say, each also a keyword
    argument of the constructor:

    width (70): the most characters a line may have.
    initial_indent (''), subsequent_indent (''): put before the first line
        and before the others; they count in the width.
    expand_tabs (True): expand tabs first, to columns of tabsize (8).
    replace_whitespace (True): then make each whitespace character a space.
    fix_sentence_endings (False): two spaces after the end of a sentence.
    break_long_words (True): break words longer than a line.
    drop_whitespace (True): drop whitespace at the start and end of lines
        (except at the start of the text).
    break_on_hyphens (True): lines may end after a hyphen in a word.
    max_lines (None): at most this many lines, the last one ending with
        placeholder (' [...]') when text was left out.
    """

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _SPACES}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Line geometry.
        self.width, self.max_lines, self.placeholder = (
            width, max_lines, placeholder)
        self.initial_indent, self.subsequent_indent = (
            initial_indent, subsequent_indent)
        # How chunks are placed on lines.
        self.drop_whitespace, self.break_long_words, self.break_on_hyphens = (
            drop_whitespace, break_long_words, break_on_hyphens)
        # How the text is prepared.
        self.fix_sentence_endings, self.tabsize = fix_sentence_endings, tabsize
        self.expand_tabs, self.replace_whitespace = (
            expand_tabs, replace_whitespace)

    # The steps of wrap(), each one a method that subclasses may replace.

    def _munge_whitespace(self, text):
        """The text with tabs expanded and whitespace made spaces, as the
        options say."""
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """The chunks of text (only whitespace separates them when
        break_on_hyphens is not True)."""
        if self.break_on_hyphens is True:
            return _hyphenated_chunks(text)
        return _space_chunks(text)

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after each sentence two (in place)."""
        for at in range(1, len(chunks)):
            if chunks[at] == ' ' and _ends_sentence(chunks[at - 1]):
                chunks[at] = '  '

    def _wrap_chunks(self, chunks):
        """The lines made from chunks (a list of strings, left unchanged)."""
        width, limit = self.width, self.max_lines
        if 0 >= width:
            raise ValueError("invalid width %r (must be > 0)" % width)
        if limit is not None:
            lead = self.initial_indent if limit <= 1 else self.subsequent_indent
            if width < len(lead) + len(self.placeholder.lstrip()):
                raise ValueError("placeholder too large for max width")
        return _Filler(self, chunks).run()

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to width, without newlines."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The text wrapped to width, as one string of lines."""
        lines = self.wrap(text)
        return '\n'.join(lines)


# -- shortcuts ---------------------------------------------------------------

def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (TextWrapper's options are keyword
    arguments)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Text wrapped to width, its lines joined with newlines (TextWrapper's
    options are keyword arguments)."""
    return '\n'.join(wrap(text, width, **kwargs))


def shorten(text, width, **kwargs):
    """Text with its whitespace collapsed to single spaces, cut to fit on one
    line of width characters, words left out shown by the placeholder."""
    one_line = TextWrapper(width=width, max_lines=1, **kwargs)
    return one_line.fill(' '.join(text.split()))


# -- indentation -------------------------------------------------------------

def dedent(text):
    """Removes the indentation (spaces and tabs, taken literally) that all
    non-blank lines of text share.  Lines of only spaces and tabs become
    empty."""
    lines = text.split('\n')
    indents = []
    for number, line in enumerate(lines):
        rest = line.lstrip(' \t')
        if rest:
            indents.append(line[:len(line) - len(rest)])
        elif line:
            lines[number] = ''
    if indents:
        # What all of them share is what the first and last in sorted
        # order share.
        low, high = min(indents), max(indents)
        shared = 0
        while shared < len(low) and low[shared] == high[shared]:
            shared += 1
        if shared:
            lines = [line[shared:] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Puts prefix before each line of text for which predicate(line) is
    true; by default, before each line that is not all whitespace."""
    wanted = _not_blank if predicate is None else predicate
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if wanted(line) else line)
    return ''.join(out)


def _not_blank(line):
    return line.strip()
