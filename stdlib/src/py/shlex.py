"""Lexical analysis for shell-like syntaxes (split, quote, join, shlex)."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = ("abcdfeghijklmnopqrstuvwxyz"
               "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_LATIN1_WORD = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
_DEFAULT_PUNCT = "();<>|&"
_PUNCT_EXTRA_WORD = "~-./*?="

# Lexer modes.
_IDLE, _WORD, _PUNCT, _QUOTED, _ESCAPED = range(5)

# Character classes produced by the per-mode classifiers.
(_C_END, _C_SPACE, _C_COMMENT, _C_ESCAPE, _C_QUOTE, _C_WORD, _C_PUNCT,
 _C_OTHER, _C_CLOSE, _C_TEXT, _C_REQUOTE) = range(11)

# Results of a transition: keep reading, or hand back the buffer.
_MORE, _EMIT, _EMIT_IF_ANY = range(3)


class _Source:
    """One entry on the include stack: a stream plus its name and line."""

    __slots__ = ("stream", "name", "line")

    def __init__(self, stream, name, line):
        self.stream = stream
        self.name = name
        self.line = line


class shlex:
    """Split text from a string or stream into shell-like tokens."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        self.instream = sys.stdin if instream is None else instream
        self.infile = infile if instream is not None else None
        self.posix = posix
        self.eof = None if posix else ""
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else "")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.commenters = "#"
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.lineno = 1
        self.token = ""
        self.source = None
        self.debug = 0
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCT
        elif not punctuation_chars:
            punctuation_chars = ""
        self._punct = punctuation_chars
        if punctuation_chars:
            self.wordchars = "".join(
                ch for ch in self.wordchars + _PUNCT_EXTRA_WORD
                if ch not in punctuation_chars)
        self._mode = _IDLE
        self._after_escape = _WORD
        self._quote_char = ""
        self._escape_char = ""
        self._seen_quote = False
        self._pending_tokens = []
        self._pending_chars = []
        self._sources = deque()

    @property
    def punctuation_chars(self):
        return self._punct

    # -- include files -------------------------------------------------

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it is exhausted, then resume."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self._sources.append(_Source(self.instream, self.infile, self.lineno))
        self.instream = newstream
        self.infile = newfile
        self.lineno = 1

    def pop_source(self):
        """Close the current input and go back to the enclosing one."""
        self.instream.close()
        outer = self._sources.pop()
        self.instream, self.infile, self.lineno = (
            outer.stream, outer.name, outer.line)
        self._mode = _IDLE

    def sourcehook(self, newfile):
        """Map the word after the source keyword to (name, open stream)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(here), newfile)
        return newfile, open(newfile, "r")

    def error_leader(self, infile=None, lineno=None):
        """A '"file", line N: ' prefix for error messages."""
        name = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (name, line)

    # -- token level ---------------------------------------------------

    def push_token(self, tok):
        """Make tok the next token returned by get_token()."""
        self._pending_tokens.append(tok)

    def get_token(self):
        """Next token, honouring pushed tokens and source inclusion."""
        if self._pending_tokens:
            return self._pending_tokens.pop()
        tok = self.read_token()
        while self.source is not None and tok == self.source:
            found = self.sourcehook(self.read_token())
            if found:
                name, stream = found
                self.push_source(stream, name)
            tok = self.get_token()
        if tok == self.eof and self._sources:
            self.pop_source()
            return self.get_token()
        return tok

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok

    # -- character level -----------------------------------------------

    def _getc(self):
        if self._pending_chars:
            ch = self._pending_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Scan one raw token (no pushback or source handling)."""
        self._seen_quote = False
        self.token = ""
        while True:
            mode = self._mode
            ch = self._getc()
            cls = _CLASSIFY[mode](self, ch)
            outcome = _TABLE[mode, cls](self, ch)
            if outcome is _MORE:
                continue
            if outcome is _EMIT_IF_ANY and not (
                    self.token or (self.posix and self._seen_quote)):
                continue
            break
        tok = self.token
        self.token = ""
        if self.posix and not tok and not self._seen_quote:
            return self.eof
        return tok

    # classifiers: map a character to a class, given the current mode

    def _class_open(self, ch):
        if not ch:
            return _C_END
        if ch in self.whitespace:
            return _C_SPACE
        if ch in self.commenters:
            return _C_COMMENT
        return None

    def _class_idle(self, ch):
        cls = self._class_open(ch)
        if cls is not None:
            return cls
        if self.posix and ch in self.escape:
            return _C_QUOTE if ch in self.quotes else _C_ESCAPE
        if ch in self.wordchars:
            return _C_WORD
        if ch in self._punct:
            return _C_PUNCT
        if ch in self.quotes:
            return _C_QUOTE
        if self.whitespace_split:
            return _C_WORD
        return _C_OTHER

    def _class_word(self, ch):
        cls = self._class_open(ch)
        if cls is not None:
            return cls
        if self.posix:
            if ch in self.quotes:
                return _C_QUOTE
            if ch in self.escape:
                return _C_ESCAPE
        if (ch in self.wordchars or ch in self.quotes
                or (self.whitespace_split and ch not in self._punct)):
            return _C_WORD
        return _C_OTHER

    def _class_punct(self, ch):
        cls = self._class_open(ch)
        if cls is not None:
            return cls
        return _C_PUNCT if ch in self._punct else _C_OTHER

    def _class_quoted(self, ch):
        if not ch:
            return _C_END
        if ch == self._quote_char:
            return _C_CLOSE
        if (self.posix and ch in self.escape
                and self._quote_char in self.escapedquotes):
            # An escape character that is also a quote character acts
            # as the opening of a new quotation instead.
            return _C_REQUOTE if ch in self.quotes else _C_ESCAPE
        return _C_TEXT

    def _class_escaped(self, ch):
        return _C_TEXT if ch else _C_END

    # actions: update the buffer/mode and say whether a token is complete

    def _finish(self, ch):
        self._mode = _IDLE
        return _EMIT

    def _ignore(self, ch):
        return _MORE

    def _comment_idle(self, ch):
        self._skip_comment()
        return _MORE

    def _comment_in_token(self, ch):
        self._skip_comment()
        if self.posix:
            self._mode = _IDLE
            return _EMIT_IF_ANY
        return _MORE

    def _space_ends(self, ch):
        self._mode = _IDLE
        return _EMIT_IF_ANY

    def _single(self, ch):
        self.token = ch
        return _EMIT

    def _append(self, ch):
        self.token += ch
        return _MORE

    def _open_quote(self, ch):
        if not self.posix:
            self.token += ch
        self._quote_char = ch
        self._mode = _QUOTED
        return _MORE

    def _open_escape(self, ch):
        self._escape_char = ch
        self._after_escape = self._mode
        if self._mode == _IDLE:
            self._after_escape = _WORD
        self._mode = _ESCAPED
        return _MORE

    def _word_stops(self, ch):
        # The stopping character is read again later: as a character in
        # punctuation mode, otherwise as a ready-made one-character token.
        if self._punct:
            self._pending_chars.append(ch)
        else:
            self._pending_tokens.append(ch)
        self._mode = _IDLE
        return _EMIT_IF_ANY

    def _punct_stops(self, ch):
        self._pending_chars.append(ch)
        self._mode = _IDLE
        return _EMIT_IF_ANY

    def _close_quote(self, ch):
        self._seen_quote = True
        if self.posix:
            self._mode = _WORD
            return _MORE
        self.token += ch
        self._mode = _IDLE
        return _EMIT

    def _quoted_text(self, ch):
        self._seen_quote = True
        self.token += ch
        return _MORE

    def _switch_quote(self, ch):
        self._quote_char = ch
        return _MORE

    def _unclosed(self, ch):
        raise ValueError("No closing quotation")

    def _dangling_escape(self, ch):
        raise ValueError("No escaped character")

    def _escaped_text(self, ch):
        back = self._after_escape
        if (back == _QUOTED and ch != self._quote_char
                and ch != self._escape_char):
            self.token += self._escape_char
        self.token += ch
        self._mode = back
        return _MORE


def _starter(mode):
    """Action that opens a token of the given mode with the character."""
    def action(lexer, ch):
        lexer.token = ch
        lexer._mode = mode
        return _MORE
    return action


def _quoted_escape(lexer, ch):
    lexer._seen_quote = True
    return shlex._open_escape(lexer, ch)


_CLASSIFY = {
    _IDLE: shlex._class_idle,
    _WORD: shlex._class_word,
    _PUNCT: shlex._class_punct,
    _QUOTED: shlex._class_quoted,
    _ESCAPED: shlex._class_escaped,
}

_TABLE = {
    (_IDLE, _C_END): shlex._finish,
    (_IDLE, _C_SPACE): shlex._ignore,
    (_IDLE, _C_COMMENT): shlex._comment_idle,
    (_IDLE, _C_ESCAPE): shlex._open_escape,
    (_IDLE, _C_QUOTE): shlex._open_quote,
    (_IDLE, _C_WORD): _starter(_WORD),
    (_IDLE, _C_PUNCT): _starter(_PUNCT),
    (_IDLE, _C_OTHER): shlex._single,

    (_WORD, _C_END): shlex._finish,
    (_WORD, _C_SPACE): shlex._space_ends,
    (_WORD, _C_COMMENT): shlex._comment_in_token,
    (_WORD, _C_ESCAPE): shlex._open_escape,
    (_WORD, _C_QUOTE): shlex._open_quote,
    (_WORD, _C_WORD): shlex._append,
    (_WORD, _C_OTHER): shlex._word_stops,

    (_PUNCT, _C_END): shlex._finish,
    (_PUNCT, _C_SPACE): shlex._space_ends,
    (_PUNCT, _C_COMMENT): shlex._comment_in_token,
    (_PUNCT, _C_PUNCT): shlex._append,
    (_PUNCT, _C_OTHER): shlex._punct_stops,

    (_QUOTED, _C_END): shlex._unclosed,
    (_QUOTED, _C_CLOSE): shlex._close_quote,
    (_QUOTED, _C_ESCAPE): _quoted_escape,
    (_QUOTED, _C_TEXT): shlex._quoted_text,
    (_QUOTED, _C_REQUOTE): shlex._switch_quote,

    (_ESCAPED, _C_END): shlex._dangling_escape,
    (_ESCAPED, _C_TEXT): shlex._escaped_text,
}


def split(s, comments=False, posix=True):
    """Split s into words using shell-like rules."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


_UNSAFE = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Quote s so that a POSIX shell reads it back as one word."""
    if not s:
        return "''"
    if _UNSAFE(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Inverse of split(): quote each word and join with spaces."""
    return " ".join(map(quote, split_command))
