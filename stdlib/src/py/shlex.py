"""A lexical analyser for shell-like syntaxes (CPython's shlex module, written for pyrs)."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

# The letters are in CPython's (slightly shuffled) order: the attribute is visible.
_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_SHELL_PUNCT = '();<>|&'

# Lexer states besides a quote or escape character.
_BLANK = ' '
_WORD = 'a'
_PUNCT = 'c'


def _as_stream(source):
    return StringIO(source) if isinstance(source, str) else source


class shlex:
    """Splits text from a string or stream into tokens the way a shell would."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = _as_stream(instream), infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace, self.whitespace_split = ' \t\r\n', False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _BLANK
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCT
        self._punct = punctuation_chars or ''
        if self._punct:
            # Characters read one too far while scanning punctuation.
            self._carry = deque()
            extended = self.wordchars + '~-./*?='
            self.wordchars = ''.join(ch for ch in extended
                                     if ch not in self._punct)

    @property
    def punctuation_chars(self):
        return self._punct  # read-only after construction

    def push_token(self, tok):
        """Make `tok` the next token get_token() returns."""
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        """Read from `newstream` (named `newfile`) until it is exhausted."""
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.insert(0, saved)
        self.infile, self.instream = newfile, _as_stream(newstream)
        self.lineno = 1

    def pop_source(self):
        """Close the current input and resume the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = _BLANK

    def get_token(self):
        """The next token: a pushed-back one, else one read from the input."""
        if self.pushback:
            return self.pushback.popleft()
        tok = self.read_token()
        # A `source` keyword switches input to the file named after it.
        while self.source is not None and tok == self.source:
            found = self.sourcehook(self.read_token())
            if found:
                self.push_source(found[1], found[0])
            tok = self.get_token()
        # At the end of an included source, go back to the one below it.
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        return tok

    def _next_char(self):
        if self._punct and self._carry:
            return self._carry.pop()
        return self.instream.read(1)

    def _finish(self):
        # Whether the token collected so far is worth returning.
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        self._quoted = False
        self._resume = _BLANK       # state to go back to after an escape
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            st = self.state
            if st is None:
                self.token = ''
                break
            if st == _BLANK:
                done = self._step_blank(ch)
            elif st in self.quotes:
                done = self._step_quoted(ch, st)
            elif st in self.escape:
                done = self._step_escape(ch, st)
            elif st == _WORD or st == _PUNCT:
                done = self._step_word(ch, st)
            else:
                done = False
            if done:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        return result

    def _step_blank(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            return self._finish()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._resume = _WORD
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = _WORD
        elif ch in self._punct:
            self.token = ch
            self.state = _PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, _WORD
        else:
            # A lone character that forms a token by itself.
            self.token = ch
            return self._finish()
        return False

    def _step_quoted(self, ch, quote_char):
        self._quoted = True
        if not ch:
            raise ValueError("No closing quotation")
        if ch == quote_char:
            if not self.posix:
                self.token += ch
                self.state = _BLANK
                return True
            self.state = _WORD
        elif (self.posix and ch in self.escape
              and quote_char in self.escapedquotes):
            self._resume = quote_char
            self.state = ch
        else:
            self.token += ch
        return False

    def _step_escape(self, ch, esc):
        if not ch:
            raise ValueError("No escaped character")
        # Inside quotes, an escape only escapes the quote or itself.
        back = self._resume
        if back in self.quotes and ch != esc and ch != back:
            self.token += esc
        self.token += ch
        self.state = back
        return False

    def _step_word(self, ch, st):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self.state = _BLANK
            return self._finish()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BLANK
                return self._finish()
            return False
        if st == _PUNCT:
            if ch in self._punct:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._carry.append(ch)
            self.state = _BLANK
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._resume = _WORD
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punct)):
            self.token += ch
        else:
            # This character starts the next token: give it back.
            if self._punct:
                self._carry.append(ch)
            else:
                self.pushback.appendleft(ch)
            self.state = _BLANK
            return self._finish()
        return False

    def sourcehook(self, newfile):
        """Open the file a `source` keyword names: (name, open file)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # Relative names are taken from the directory of the current file.
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(here), newfile)
        return newfile, open(newfile)

    def error_leader(self, infile=None, lineno=None):
        """The '"file", line N: ' prefix for an error message."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """The words of command line `s`, as a POSIX shell would see them."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """A command line whose words are the items of `split_command`."""
    return ' '.join([quote(word) for word in split_command])


_needs_quoting = re.compile(r'[^A-Za-z0-9_@%+=:,./-]').search


def quote(s):
    """`s` quoted, when needed, so that a shell reads it as one word."""
    if not s:
        return "''"
    if _needs_quoting(s) is None:
        return s
    # Single quotes protect everything but a single quote, which is closed,
    # written double-quoted, and reopened.
    body = s.replace("'", "'\"'\"'")
    return f"'{body}'"
