"""Errors raised by the urllib package.

Every one of them is a URLError, itself an OSError.  An HTTPError also
works as the (error) response it reports: it can be read like the body
and carries the status code, the headers and the URL.
"""

import io
import urllib.response

__all__ = [
    "URLError",
    "HTTPError",
    "ContentTooShortError",
]


class URLError(OSError):
    # Its only argument (args) is the reason; a filename is optional.

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error status, usable as the response that carried it."""

    def __init__(self, url, code, msg, hdrs, fp):
        # The body stays readable: an empty one stands in for a missing fp.
        body = io.BytesIO() if fp is None else fp
        urllib.response.addinfourl.__init__(self, body, hdrs, url, code)
        self.msg = msg
        self.filename = url

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, value):
        self.hdrs = value


class ContentTooShortError(URLError):
    """A download ended before the announced Content-Length was reached."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
