"""HTTP protocol constants (CPython's http.client module, written for pyrs).

pyrs runs on WASI, which has no sockets: this module only offers the
status-code constants, the default ports and the `responses` table, not
HTTPConnection, HTTPResponse or the exceptions that go with them.
"""

from http import HTTPStatus as _Status

__all__ = ['responses']

HTTP_PORT = 80
HTTPS_PORT = 443

# Every status code is also a module constant (OK, NOT_FOUND, ...).
globals().update(_Status.__members__)

# Status code -> reason phrase.
responses = {status: status.phrase for status in _Status}
