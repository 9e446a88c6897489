"""A tolerant, incremental HTML tokenizer that reports what it finds through
overridable handle_* methods (written for pyrs)."""

from html import unescape


__all__ = ['HTMLParser']


_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_DIGITS = frozenset('0123456789')
_HEX = _DIGITS | frozenset('abcdefABCDEF')
_ALNUM = _LETTERS | _DIGITS
# characters that end a tag name in a start tag
_TAG_STOP = frozenset('\t\n\r\f />\x00')
# a well-formed end tag name may use these after its first letter
_END_NAME = _ALNUM | frozenset('-.:_')
# marked-section keywords and the closing form each one takes
_SECTION_KINDS = {'temp': 2, 'cdata': 2, 'ignore': 2, 'include': 2,
                  'rcdata': 2, 'if': 1, 'else': 1, 'endif': 1}
# an unfinished reference is waited for only when this short
_REF_WAIT = 33



def _skip_space(s, k):
    n = len(s)
    while k < n and s[k].isspace():
        k += 1
    return k


# outcomes of the start-tag scanner
_DONE, _SELF, _MORE, _BAD = 'done', 'self', 'more', 'bad'


class _TagScanner:
    """Walks one start tag beginning at '<' + letter, state by state."""

    def __init__(self, text, start):
        self.text = text
        self.at = start + 1
        self.name = ''
        self.attrs = []
        self.pending = None  # name of the attribute being read

    def run(self):
        state = self.tag_name
        while True:
            outcome = state()
            if isinstance(outcome, str):
                return outcome
            state = outcome

    def tag_name(self):
        s, k = self.text, self.at
        n = len(s)
        while k < n and s[k] not in _TAG_STOP:
            k += 1
        self.name = s[self.at:k]
        self.at = k
        if k == n:
            return _MORE
        # NUL may start an attribute only after a space or a quote
        if s[k] == '\x00' and not (s[k - 1].isspace() or s[k - 1] in '"\''):
            return _BAD
        return self.between

    def between(self):
        # separators between attributes: whitespace and stray slashes
        s, k = self.text, self.at
        n = len(s)
        while k < n:
            ch = s[k]
            if ch == '>':
                self.at = k + 1
                return _DONE
            if ch == '/':
                if k + 1 < n and s[k + 1] == '>':
                    self.at = k + 2
                    return _SELF
            elif not ch.isspace():
                self.at = k
                return self.attr_name
            k += 1
        return _MORE

    def attr_name(self):
        s, k = self.text, self.at
        n = len(s)
        k += 1  # the first character is taken whatever it is
        while k < n and s[k] not in '/=>' and not s[k].isspace():
            k += 1
        if k == n:
            return _MORE
        self.pending = s[self.at:k].lower()
        self.at = k
        return self.after_name

    def after_name(self):
        s = self.text
        k = _skip_space(s, self.at)
        if k == len(s):
            return _MORE
        if s[k] == '=':
            self.at = k
            return self.before_value
        self.attrs.append((self.pending, None))
        self.at = k
        return self.between

    def before_value(self):
        s, k = self.text, self.at
        n = len(s)
        while k < n and s[k] == '=':
            k += 1
        gap = _skip_space(s, k)
        if gap == n:
            return _MORE
        ch = s[gap]
        if ch in '"\'':
            close = s.find(ch, gap + 1)
            if close >= 0:
                self.keep(s[gap + 1:close])
                self.at = close + 1
                return self.between
            if gap > k:
                # after a gap the unmatched quote starts the next name
                self.keep('')
                self.at = gap
                return self.between
            if k - self.at > 1:
                # '==' + stray quote: the last '=' opens a bare value
                return self.bare_value(k - 1)
            before = s[self.at - 1]
            if before.isspace() or before in '"\'':
                # no value after all; the '=' begins another name
                self.attrs.append((self.pending, None))
                return self.attr_name
            return _MORE
        if ch == '>':
            self.keep('')
            self.at = gap
            return self.between
        return self.bare_value(gap)

    def bare_value(self, start):
        s = self.text
        end = start
        while end < len(s) and s[end] != '>' and not s[end].isspace():
            end += 1
        if end == len(s):
            return _MORE
        self.keep(s[start:end])
        self.at = end
        return self.between

    def keep(self, value):
        if '&' in value:
            value = unescape(value)
        self.attrs.append((self.pending, value))


def _section_end(s, start, brackets):
    """Start and end of the first ']' [ws ']'] ws '>' at or after start."""
    k = s.find(']', start)
    while k >= 0:
        m = _skip_space(s, k + 1)
        if brackets == 2:
            if m < len(s) and s[m] == ']':
                m = _skip_space(s, m + 1)
            else:
                m = -1
        if 0 <= m < len(s) and s[m] == '>':
            return k, m + 1
        k = s.find(']', k + 1)
    return None


def _comment_end(s, start):
    """Start and end of the first '--' ws '>' at or after start."""
    k = s.find('--', start)
    while k >= 0:
        m = _skip_space(s, k + 2)
        if m < len(s) and s[m] == '>':
            return k, m + 1
        k = s.find('--', k + 1)
    return None


class HTMLParser:
    """Feed markup with feed(); override the handle_* methods to receive
    tags, text, comments, declarations and references.  With
    convert_charrefs true (the default) references in text are decoded
    and delivered as part of the text."""

    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Drop buffered input and return to the initial state."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self._line, self._col = 1, 0
        self._starttag = None

    def feed(self, data):
        """Add text to the buffer and process as much of it as possible."""
        self.rawdata = self.rawdata + data
        self._pump(False)

    def close(self):
        """Treat whatever is still buffered as complete."""
        self._pump(True)

    def getpos(self):
        """(line, column) of the construct being reported."""
        return self._line, self._col

    def get_starttag_text(self):
        """Source text of the most recent start tag."""
        return self._starttag

    # ---- position bookkeeping -------------------------------------

    def _advance_to(self, stop):
        # moves the line/column cursor from self._done to stop
        chunk = self.rawdata[self._done:stop]
        lines = chunk.count('\n')
        if lines:
            self._line += lines
            self._col = len(chunk) - chunk.rindex('\n') - 1
        else:
            self._col += len(chunk)
        self._done = stop

    def _text_out(self, start, stop, decode):
        if stop > start:
            self._advance_to(start)
            piece = self.rawdata[start:stop]
            if decode and '&' in piece:
                piece = unescape(piece)
            self.handle_data(piece)

    # ---- driver ----------------------------------------------------

    def _pump(self, final):
        s = self.rawdata
        self._done = 0
        pos = 0
        while pos < len(s):
            if self.cdata_elem is not None:
                nxt = self._read_raw(pos)
            elif s[pos] == '<':
                nxt = self._read_markup(pos, final)
            elif s[pos] == '&' and not self.convert_charrefs:
                nxt = self._read_ampersand(pos, final)
            else:
                nxt = self._read_text(pos, final)
            if nxt is None:
                break
            if nxt < 0:
                # a reader asked to stop after consuming up to -nxt
                pos = -nxt
                break
            pos = nxt
            s = self.rawdata
        if final and pos < len(s) and self.cdata_elem is None:
            rest = s[pos:]
            if (not self.convert_charrefs and len(rest) == 2
                    and rest[0] == '&' and rest[1] in _LETTERS):
                self._advance_to(pos + 1)
                self.handle_data(rest[1])
            else:
                self._text_out(pos, len(s), self.convert_charrefs)
            pos = len(s)
        self._advance_to(pos)
        self.rawdata = s[pos:]

    # ---- readers ---------------------------------------------------

    def _read_text(self, pos, final):
        s = self.rawdata
        if self.convert_charrefs:
            lt = s.find('<', pos)
            if lt < 0:
                if not final and self._unfinished_ref(s, pos):
                    return None
                lt = len(s)
            self._text_out(pos, lt, True)
            return lt
        stop = pos
        while stop < len(s) and s[stop] not in '<&':
            stop += 1
        self._text_out(pos, stop, False)
        return stop

    @staticmethod
    def _unfinished_ref(s, pos):
        amp = s.rfind('&', pos)
        if amp < 0 or len(s) - amp - 1 > _REF_WAIT:
            return False
        return not any(ch == ';' or ch.isspace() for ch in s[amp + 1:])

    def _read_ampersand(self, pos, final):
        s = self.rawdata
        n = len(s)
        nxt = s[pos + 1] if pos + 1 < n else ''
        if nxt == '#':
            got = self._numeric_ref(s, pos)
            if got is not None:
                return got
            if s.find(';', pos) >= 0:
                self._text_out(pos, pos + 2, False)
                return -(pos + 2)
            return None
        if nxt and nxt in _LETTERS:
            return self._named_ref(s, pos)
        if not nxt and not final:
            return None
        self._text_out(pos, pos + 1, False)
        return pos + 1

    def _numeric_ref(self, s, pos):
        n = len(s)
        k = pos + 2
        digits = _DIGITS
        if k < n and s[k] in 'xX':
            k += 1
            digits = _HEX
        first = k
        while k < n and s[k] in digits:
            k += 1
        if k == first or k == n or s[k] in _HEX:
            return None
        self._advance_to(pos)
        self.handle_charref(s[pos + 2:k])
        return k + 1 if s[k] == ';' else k

    def _named_ref(self, s, pos):
        n = len(s)
        k = pos + 2
        while k < n and (s[k] in _ALNUM or s[k] in '-.'):
            k += 1
        if k == n:
            # no terminator yet: a trailing '-' or '.' can serve as one
            cut = max(s.rfind('-', pos + 2, k), s.rfind('.', pos + 2, k))
            if cut < 0:
                return None
            k = cut
        self._advance_to(pos)
        self.handle_entityref(s[pos + 1:k])
        return k + 1 if s[k] == ';' else k

    def _read_raw(self, pos):
        s = self.rawdata
        elem = self.cdata_elem
        k = s.find('</', pos)
        while k >= 0:
            name_end = k + 2 + len(elem)
            if s[k + 2:name_end].lower() == elem:
                m = _skip_space(s, name_end)
                if m < len(s) and s[m] == '>':
                    self._text_out(pos, k, False)
                    self._advance_to(k)
                    self.cdata_elem = None
                    self.handle_endtag(elem)
                    return m + 1
            k = s.find('</', k + 1)
        return None

    def _read_markup(self, pos, final):
        s = self.rawdata
        nxt = s[pos + 1:pos + 2]
        if nxt and nxt in _LETTERS:
            got = self._start_tag(pos)
        elif nxt == '/':
            got = self._end_tag(pos)
        elif nxt == '!':
            got = self._bang(pos)
        elif nxt == '?':
            close = s.find('>', pos + 2)
            got = None
            if close >= 0:
                self._advance_to(pos)
                self.handle_pi(s[pos + 2:close])
                got = close + 1
        elif not nxt and not final:
            return None
        else:
            self._text_out(pos, pos + 1, False)
            return pos + 1
        if got is None and final:
            # give up on the construct: it becomes text through the next
            # '>', else up to the next '<', else just the '<' itself
            stop = s.find('>', pos + 1) + 1
            if not stop:
                stop = s.find('<', pos + 1)
                if stop < 0:
                    stop = pos + 1
            self._text_out(pos, stop, self.convert_charrefs)
            return stop
        return got

    def _start_tag(self, pos):
        s = self.rawdata
        scan = _TagScanner(s, pos)
        outcome = scan.run()
        if outcome == _MORE:
            return None
        name = scan.name.lower()
        self.lasttag = name
        if outcome == _BAD:
            self._text_out(pos, scan.at, False)
            return scan.at
        self._starttag = s[pos:scan.at]
        self._advance_to(pos)
        if outcome == _SELF:
            self.handle_startendtag(name, scan.attrs)
        else:
            self.handle_starttag(name, scan.attrs)
            if name in self.CDATA_CONTENT_ELEMENTS:
                self.cdata_elem = name
        return scan.at

    def _end_tag(self, pos):
        s = self.rawdata
        close = s.find('>', pos + 2)
        if close < 0:
            return None
        inner = s[pos + 2:close]
        self._advance_to(pos)
        word = inner.strip()
        if (word and word[0] in _LETTERS
                and all(ch in _END_NAME for ch in word)):
            self.handle_endtag(word.lower())
        elif inner and inner[0] in _LETTERS:
            k = 1
            while k < len(inner) and inner[k] not in _TAG_STOP:
                k += 1
            self.handle_endtag(inner[:k].lower())
        elif inner:
            self.handle_comment(inner)
        return close + 1

    def _bang(self, pos):
        s = self.rawdata
        if s.startswith('<!--', pos):
            found = _comment_end(s, pos + 4)
            if found is None:
                return None
            self._advance_to(pos)
            self.handle_comment(s[pos + 4:found[0]])
            return found[1]
        if s.startswith('<![', pos):
            return self._marked_section(pos)
        close = s.find('>', pos + 2)
        if close < 0:
            return None
        body = s[pos + 2:close]
        self._advance_to(pos)
        if body[:7].lower() == 'doctype':
            self.handle_decl(body)
        else:
            self.handle_comment(body)
        return close + 1

    def _marked_section(self, pos):
        s = self.rawdata
        n = len(s)
        k = pos + 3
        if k == n:
            return None
        if s[k] not in _LETTERS:
            raise AssertionError('expected name token at %r' % s[pos:pos + 20])
        while k < n and (s[k] in _ALNUM or s[k] in '-_.'):
            k += 1
        k = _skip_space(s, k)
        if k == n:
            return None
        keyword = s[pos + 3:k]
        kind = _SECTION_KINDS.get(keyword.rstrip().lower())
        if kind is None:
            raise AssertionError(
                'unknown status keyword %r in marked section' % keyword)
        found = _section_end(s, pos + 3, kind)
        if found is None:
            return None
        self._advance_to(pos)
        self.unknown_decl(s[pos + 3:found[0]])
        return found[1]

    # ---- handlers (override these) --------------------------------

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag such as <br/>."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
