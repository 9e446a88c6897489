"""A tolerant HTML tokenizer (CPython's html.parser module, written for pyrs)."""

import re
from html import unescape

__all__ = ['HTMLParser']


# --- the patterns the tokenizer is built from --------------------------------

# A tag name runs up to whitespace, '/', '>' or NUL.
_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
# Between attributes: whitespace, and slashes that do not close the tag.
_GAP = r'(?:\s|/(?!>))*'
# An attribute name must follow a quote, whitespace or a slash.
_ATTR = r"""(?<=['"\s/])[^\s/>][^\s/=>]*"""
# A quoted value, or a bare one (which may not start with a quote).
_VALUE = r"""(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)"""

# How far a start tag reaches (used to see if all of it has arrived).
_TAG_EXTENT = re.compile(
    '<' + _NAME + r'(?:[\s/]*(?:' + _ATTR + r'(?:\s*=+\s*' + _VALUE + r'\s*)?'
    + _GAP + r')*)?\s*')
_TAG_HEAD = re.compile('(' + _NAME + ')' + _GAP)
_ONE_ATTR = re.compile('(' + _ATTR + r')(\s*=+\s*(' + _VALUE + '))?' + _GAP)

_TAG_OPENER = re.compile('<[a-zA-Z]')
_CLEAN_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

# Character references, as reported when convert_charrefs is false: the
# character after the reference must have arrived too.
_NAMED_REF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_NUMBER_REF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_REF_START = re.compile('&[a-zA-Z#]')

_LT_OR_AMP = re.compile('[&<]')
_REF_FINISHED = re.compile(r'[\s;]')

_COMMENT_END = re.compile(r'--\s*>')
_SECTION_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_SECTION_END = re.compile(r']\s*]\s*>')
_CONDITIONAL_END = re.compile(r']\s*>')
_SECTION_KINDS = {'temp': _SECTION_END, 'cdata': _SECTION_END,
                  'ignore': _SECTION_END, 'include': _SECTION_END,
                  'rcdata': _SECTION_END, 'if': _CONDITIONAL_END,
                  'else': _CONDITIONAL_END, 'endif': _CONDITIONAL_END}

# With convert_charrefs, text ending in an unfinished '&...' is held back
# while the reference could still be this long.
_LONGEST_REF = 34


class HTMLParser:
    """Splits HTML into start tags, end tags, text, comments and so on,
    calling one handle_* method for each.

    Subclass it and override the handlers; feed() it text in pieces of any
    size, then close() it. With convert_charrefs true (the default) character
    references in text are replaced before handle_data() sees it; otherwise
    they are passed to handle_entityref() and handle_charref()."""

    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    _open_tag_source = None

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all pending input and start again."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _LT_OR_AMP
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Take more input and report whatever is complete."""
        self.rawdata += data
        self.goahead(0)

    def close(self):
        """Report everything still buffered, as text if it is incomplete."""
        self.goahead(1)

    # --- position -----------------------------------------------------------

    def getpos(self):
        """(line, column) of the start of the construct being reported."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Move the position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        text = self.rawdata
        breaks = text.count('\n', i, j)
        if breaks:
            self.lineno += breaks
            self.offset = j - text.rindex('\n', i, j) - 1
        else:
            self.offset += j - i
        return j

    def get_starttag_text(self):
        """The source of the start tag reported last."""
        return self._open_tag_source

    # --- raw text elements --------------------------------------------------

    def set_cdata_mode(self, elem):
        """Treat what follows as raw text, up to the end tag of `elem`."""
        name = self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*' + name + r'\s*>', re.IGNORECASE)

    def clear_cdata_mode(self):
        self.interesting = _LT_OR_AMP
        self.cdata_elem = None

    # --- the main loop ------------------------------------------------------

    def _unescaping(self):
        # True when text is reported with its references replaced.
        return bool(self.convert_charrefs and not self.cdata_elem)

    def _text(self, chunk):
        self.handle_data(unescape(chunk) if self._unescaping() else chunk)

    def _text_stop(self, text, pos):
        """Where the text starting at `pos` ends, or -1 to wait for more."""
        if self._unescaping():
            stop = text.find('<', pos)
            if stop >= 0:
                return stop
            amp = text.rfind('&', max(pos, len(text) - _LONGEST_REF))
            if amp >= 0 and not _REF_FINISHED.search(text, amp):
                return -1
            return len(text)
        found = self.interesting.search(text, pos)
        if found:
            return found.start()
        return -1 if self.cdata_elem else len(text)

    def goahead(self, end):
        """Report what rawdata holds; when `end` is true, everything."""
        text = self.rawdata
        pos = 0
        size = len(text)
        while pos < size:
            stop = self._text_stop(text, pos)
            if stop < 0:
                break
            if stop > pos:
                self._text(text[pos:stop])
            pos = self.updatepos(pos, stop)
            if pos == size:
                break
            if text[pos] == '<':
                pos, go_on = self._markup(text, pos, end)
            else:
                pos, go_on = self._reference(text, pos, end)
            if not go_on:
                break
        if end and pos < size and not self.cdata_elem:
            self._text(text[pos:])
            pos = self.updatepos(pos, size)
        self.rawdata = text[pos:]

    def _markup(self, text, pos, end):
        """Handle the construct opened by '<' at `pos`: (new pos, go on?)."""
        if _TAG_OPENER.match(text, pos):
            after = self.parse_starttag(pos)
        elif text.startswith('</', pos):
            after = self.parse_endtag(pos)
        elif text.startswith('<!--', pos):
            after = self.parse_comment(pos)
        elif text.startswith('<?', pos):
            after = self.parse_pi(pos)
        elif text.startswith('<!', pos):
            after = self.parse_html_declaration(pos)
        elif pos + 1 < len(text):
            self.handle_data('<')
            after = pos + 1
        else:
            return pos, False
        if after < 0:
            if not end:
                return pos, False
            # Unfinished at the end of input: report a piece of it as text.
            after = text.find('>', pos + 1)
            if after >= 0:
                after += 1
            else:
                after = text.find('<', pos + 1)
                if after < 0:
                    after = pos + 1
            self._text(text[pos:after])
        return self.updatepos(pos, after), True

    def _reference(self, text, pos, end):
        """Handle the '&' at `pos` (convert_charrefs is false)."""
        if text.startswith('&#', pos):
            found = _NUMBER_REF.match(text, pos)
            if not found:
                if ';' in text[pos:]:
                    # give up on it: '&#' is text
                    self.handle_data('&#')
                    pos = self.updatepos(pos, pos + 2)
                return pos, False
            self.handle_charref(found.group()[2:-1])
        else:
            found = _NAMED_REF.match(text, pos)
            if not found:
                if _REF_START.match(text, pos):
                    if end and pos + 2 == len(text):
                        # input ends with '&' and one letter: drop the '&'
                        pos = self.updatepos(pos, pos + 1)
                    return pos, False
                if pos + 1 >= len(text):
                    return pos, False
                self.handle_data('&')
                return self.updatepos(pos, pos + 1), True
            self.handle_entityref(found.group(1))
        after = found.end()
        if text[after - 1] != ';':
            after -= 1      # the character after the reference is not part of it
        return self.updatepos(pos, after), True

    # --- tags ---------------------------------------------------------------

    def check_for_whole_start_tag(self, i):
        """Where the start tag at `i` ends, or -1 if more input is needed."""
        text = self.rawdata
        found = _TAG_EXTENT.match(text, i)
        if not found:
            raise AssertionError("we should not get here!")
        j = found.end()
        following = text[j:j + 1]
        if following == '>':
            return j + 1
        if following == '/':
            if text.startswith('/>', j):
                return j + 2
            return -1
        if not following:
            return -1
        if following.isascii() and (following.isalpha() or following in '=/'):
            # the input stops inside the tag (or between '/' and '>')
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        """Report the start tag at `i`; returns where it ends (or -1)."""
        self._open_tag_source = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        text = self.rawdata
        self._open_tag_source = text[i:stop]
        head = _TAG_HEAD.match(text, i + 1)
        elem = self.lasttag = head.group(1).lower()
        attrs = []
        pos = head.end()
        while pos < stop:
            found = _ONE_ATTR.match(text, pos)
            if not found:
                break
            name, has_value, value = found.groups()
            if not has_value:
                value = None
            elif value[:1] in ('"', "'"):
                value = value[1:-1]     # a quoted value (always closed)
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            pos = found.end()
        closing = text[pos:stop].strip()
        if closing == '/>':
            self.handle_startendtag(elem, attrs)
        elif closing == '>':
            self.handle_starttag(elem, attrs)
            if elem in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(elem)
        else:
            # not a tag after all
            self.handle_data(text[i:stop])
        return stop

    def parse_endtag(self, i):
        """Report the end tag at `i`; returns where it ends (or -1)."""
        text = self.rawdata
        gt = text.find('>', i + 1)
        if gt < 0:
            return -1
        stop = gt + 1
        clean = _CLEAN_END_TAG.match(text, i)
        raw_elem = self.cdata_elem
        if raw_elem is None and clean:
            self.handle_endtag(clean.group(1).lower())
            return stop
        if raw_elem is not None:
            # inside <script> or <style> only their own end tag counts
            if clean and clean.group(1).lower() == raw_elem:
                self.handle_endtag(raw_elem)
                self.clear_cdata_mode()
            else:
                self.handle_data(text[i:stop])
            return stop
        head = _TAG_HEAD.match(text, i + 2)
        if not head:
            return i + 3 if text.startswith('</>', i) else self.parse_bogus_comment(i)
        # Anything between the name and the next '>' is ignored.
        self.handle_endtag(head.group(1).lower())
        return text.find('>', head.end()) + 1

    # --- comments, declarations, processing instructions ---------------------

    def parse_comment(self, i, report=1):
        """Report the '<!--' comment at `i`; returns where it ends (or -1)."""
        text = self.rawdata
        if not text.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        close = _COMMENT_END.search(text, i + 4)
        if not close:
            return -1
        if report:
            self.handle_comment(text[i + 4:close.start()])
        return close.end()

    def parse_bogus_comment(self, i, report=1):
        """Report '<!...>' or '</...>' that is no real markup as a comment."""
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(text[i + 2:gt])
        return gt + 1

    def parse_html_declaration(self, i):
        """Handle the '<!' construct at `i`; returns where it ends (or -1)."""
        text = self.rawdata
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt >= 0:
                self.handle_decl(text[i + 2:gt])
                return gt + 1
            return -1
        if text.startswith('<!--', i):
            parse = self.parse_comment
        elif text.startswith('<![', i):
            parse = self.parse_marked_section
        else:
            parse = self.parse_bogus_comment
        return parse(i)

    def parse_marked_section(self, i, report=1):
        """Report '<![keyword[ ... ]]>' (or '<![if ...]>') at `i`."""
        text = self.rawdata
        start = i + 3
        word = _SECTION_NAME.match(text, start)
        if not word:
            if start == len(text):
                return -1
            self.updatepos(i, start)
            raise AssertionError('expected name token at %r' % text[i:i + 20])
        if word.end() == len(text):
            return -1
        closer = _SECTION_KINDS.get(word.group().strip().lower())
        if closer is None:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % text[start:word.end()])
        close = closer.search(text, start)
        if not close:
            return -1
        if report:
            self.unknown_decl(text[start:close.start()])
        return close.end()

    def parse_pi(self, i):
        """Report the '<?...>' processing instruction at `i`."""
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(text[i + 2:gt])
        return gt + 1

    # --- handlers: override these -------------------------------------------

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag such as <br/>: by default reported as a start
        tag followed by an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        """A start tag: `tag` in lower case, `attrs` a list of (name, value)."""

    def handle_endtag(self, tag):
        """An end tag, `tag` in lower case."""

    def handle_charref(self, name):
        """A numeric reference &#NN; (only without convert_charrefs)."""

    def handle_entityref(self, name):
        """A named reference &name; (only without convert_charrefs)."""

    def handle_data(self, data):
        """Text between markup."""

    def handle_comment(self, data):
        """A comment; `data` is what lies between '<!--' and '-->'."""

    def handle_decl(self, decl):
        """A declaration such as '<!DOCTYPE html>'; `decl` leaves out '<!'
        and '>'."""

    def handle_pi(self, data):
        """A processing instruction; `data` leaves out '<?' and '>'."""

    def unknown_decl(self, data):
        """A marked section such as '<![CDATA[...]]>'."""
