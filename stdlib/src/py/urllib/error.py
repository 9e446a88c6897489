"""Exceptions raised by urllib.

URLError (a subclass of OSError) is the base of the others.  HTTPError is
also a response object (addinfourl): an HTTP error still carries a status
code, headers and a body that can be read.  pyrs has no http.client or email
packages, so HTTPError keeps its headers exactly as passed in.
"""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    # reason is usually a str or a wrapped exception; filename is optional.

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % (self.reason,)


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error status; also usable as the (error) response itself."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        urllib.response.addinfourl.__init__(
            self, io.BytesIO() if fp is None else fp, hdrs, url, code)

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
    """The body received was shorter than its announced Content-Length."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
