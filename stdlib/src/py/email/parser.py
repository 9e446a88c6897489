"""Convenience parsers that read a whole string, bytes or file at once."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser',
           'FeedParser', 'BytesFeedParser']

from io import StringIO, TextIOWrapper

from email.feedparser import FeedParser, BytesFeedParser
from email._policybase import compat32

_BLOCK = 8192


class Parser:
    """Parse text (a str or a text file) into a message object tree."""

    _only_headers = False

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def _consume(self, fp, headersonly):
        feeder = FeedParser(self._class, policy=self.policy)
        if headersonly or self._only_headers:
            feeder._set_headersonly()
        while True:
            block = fp.read(_BLOCK)
            if not block:
                return feeder.close()
            feeder.feed(block)

    def parse(self, fp, headersonly=False):
        """Read fp to its end and return the message."""
        return self._consume(fp, headersonly)

    def parsestr(self, text, headersonly=False):
        """Parse a str and return the message."""
        return self._consume(StringIO(text), headersonly)


class HeaderParser(Parser):
    """A Parser that leaves the body unparsed (as a string payload)."""

    _only_headers = True

    def parse(self, fp, headersonly=True):
        return self._consume(fp, True)

    def parsestr(self, text, headersonly=True):
        return self._consume(StringIO(text), True)


class BytesParser:
    """Parse bytes (or a binary file) into a message object tree."""

    _text_parser = Parser

    def __init__(self, *args, **kw):
        self.parser = self._text_parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        """Read a binary file to its end and return the message."""
        text_fp = TextIOWrapper(fp, encoding='ascii',
                                errors='surrogateescape')
        try:
            return self.parser.parse(text_fp, headersonly)
        finally:
            text_fp.detach()

    def parsebytes(self, text, headersonly=False):
        """Parse a bytes-like object and return the message."""
        as_text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(as_text, headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that leaves the body unparsed."""

    _text_parser = HeaderParser

    def parse(self, fp, headersonly=True):
        return super().parse(fp, True)

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, True)
