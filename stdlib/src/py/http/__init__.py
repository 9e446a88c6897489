"""HTTP status codes and request methods (CPython's http module, written for pyrs)."""

from enum import IntEnum, StrEnum

__all__ = ['HTTPStatus', 'HTTPMethod']


# One line per status code: code|reason phrase|longer explanation (may be
# empty).  The texts are those of the RFCs listed in HTTPStatus's docstring.
_STATUS_TEXT = """

100|Continue|Request received, please continue
101|Switching Protocols|Switching to new protocol; obey Upgrade header
102|Processing|
103|Early Hints|
200|OK|Request fulfilled, document follows
201|Created|Document created, URL follows
202|Accepted|Request accepted, processing continues off-line
203|Non-Authoritative Information|Request fulfilled from cache
204|No Content|Request fulfilled, nothing follows
205|Reset Content|Clear input form for further input
206|Partial Content|Partial content follows
207|Multi-Status|
208|Already Reported|
226|IM Used|
300|Multiple Choices|Object has several resources -- see URI list
301|Moved Permanently|Object moved permanently -- see URI list
302|Found|Object moved temporarily -- see URI list
303|See Other|Object moved -- see Method and URL list
304|Not Modified|Document has not changed since given time
305|Use Proxy|You must use proxy specified in Location to access this resource
307|Temporary Redirect|Object moved temporarily -- see URI list
308|Permanent Redirect|Object moved permanently -- see URI list
400|Bad Request|Bad request syntax or unsupported method
401|Unauthorized|No permission -- see authorization schemes
402|Payment Required|No payment -- see charging schemes
403|Forbidden|Request forbidden -- authorization will not help
404|Not Found|Nothing matches the given URI
405|Method Not Allowed|Specified method is invalid for this resource
406|Not Acceptable|URI not available in preferred format
407|Proxy Authentication Required|You must authenticate with this proxy before proceeding
408|Request Timeout|Request timed out; try again later
409|Conflict|Request conflict
410|Gone|URI no longer exists and has been permanently removed
411|Length Required|Client must specify Content-Length
412|Precondition Failed|Precondition in headers is false
413|Request Entity Too Large|Entity is too large
414|Request-URI Too Long|URI is too long
415|Unsupported Media Type|Entity body in unsupported format
416|Requested Range Not Satisfiable|Cannot satisfy request range
417|Expectation Failed|Expect condition could not be satisfied
418|I'm a Teapot|Server refuses to brew coffee because it is a teapot.
421|Misdirected Request|Server is not able to produce a response
422|Unprocessable Entity|
423|Locked|
424|Failed Dependency|
425|Too Early|
426|Upgrade Required|
428|Precondition Required|The origin server requires the request to be conditional
429|Too Many Requests|The user has sent too many requests in a given amount of time ("rate limiting")
431|Request Header Fields Too Large|The server is unwilling to process the request because its header fields are too large
451|Unavailable For Legal Reasons|The server is denying access to the resource as a consequence of a legal demand
500|Internal Server Error|Server got itself in trouble
501|Not Implemented|Server does not support this operation
502|Bad Gateway|Invalid responses from another server/proxy
503|Service Unavailable|The server cannot process the request due to a high load
504|Gateway Timeout|The gateway server did not receive a timely response
505|HTTP Version Not Supported|Cannot fulfill request
506|Variant Also Negotiates|
507|Insufficient Storage|
508|Loop Detected|
510|Not Extended|
511|Network Authentication Required|The client needs to authenticate to gain network access
"""

_STATUS_INFO = {}
for _line in _STATUS_TEXT.strip().splitlines():
    _code, _phrase, _explained = _line.split('|')
    _STATUS_INFO[int(_code)] = (_phrase, _explained)
del _line, _code, _phrase, _explained


def _row(code):
    """The member value for status `code`: (code, phrase, description)."""
    return (code,) + _STATUS_INFO[code]


def _in_class(hundreds):
    """A property telling whether a status belongs to class `hundreds`xx."""
    def check(self):
        return self // 100 == hundreds
    check.__doc__ = 'Whether this is a %dxx status.' % hundreds
    return property(check)


class HTTPStatus(IntEnum):
    """The HTTP status codes, each with its reason phrase and a short
    description.

    Codes are taken from RFC 7231 (which obsoletes RFC 2616), RFC 6585,
    RFC 3229, RFC 4918 (obsoleting RFC 2518), RFC 5842, RFC 7238, RFC 2295,
    RFC 2774, RFC 7725, RFC 7540, RFC 2324, RFC 8297 and RFC 8470.
    """

    def __new__(cls, code, phrase, description=''):
        member = int.__new__(cls, code)
        member._value_ = code
        member.phrase = phrase
        member.description = description
        return member

    is_informational = _in_class(1)
    is_success = _in_class(2)
    is_redirection = _in_class(3)
    is_client_error = _in_class(4)
    is_server_error = _in_class(5)


    # 1xx: informational
    CONTINUE = _row(100)
    SWITCHING_PROTOCOLS = _row(101)
    PROCESSING = _row(102)
    EARLY_HINTS = _row(103)

    # 2xx: success
    OK = _row(200)
    CREATED = _row(201)
    ACCEPTED = _row(202)
    NON_AUTHORITATIVE_INFORMATION = _row(203)
    NO_CONTENT = _row(204)
    RESET_CONTENT = _row(205)
    PARTIAL_CONTENT = _row(206)
    MULTI_STATUS = _row(207)
    ALREADY_REPORTED = _row(208)
    IM_USED = _row(226)

    # 3xx: redirection
    MULTIPLE_CHOICES = _row(300)
    MOVED_PERMANENTLY = _row(301)
    FOUND = _row(302)
    SEE_OTHER = _row(303)
    NOT_MODIFIED = _row(304)
    USE_PROXY = _row(305)
    TEMPORARY_REDIRECT = _row(307)
    PERMANENT_REDIRECT = _row(308)

    # 4xx: client error
    BAD_REQUEST = _row(400)
    UNAUTHORIZED = _row(401)
    PAYMENT_REQUIRED = _row(402)
    FORBIDDEN = _row(403)
    NOT_FOUND = _row(404)
    METHOD_NOT_ALLOWED = _row(405)
    NOT_ACCEPTABLE = _row(406)
    PROXY_AUTHENTICATION_REQUIRED = _row(407)
    REQUEST_TIMEOUT = _row(408)
    CONFLICT = _row(409)
    GONE = _row(410)
    LENGTH_REQUIRED = _row(411)
    PRECONDITION_FAILED = _row(412)
    REQUEST_ENTITY_TOO_LARGE = _row(413)
    REQUEST_URI_TOO_LONG = _row(414)
    UNSUPPORTED_MEDIA_TYPE = _row(415)
    REQUESTED_RANGE_NOT_SATISFIABLE = _row(416)
    EXPECTATION_FAILED = _row(417)
    IM_A_TEAPOT = _row(418)
    MISDIRECTED_REQUEST = _row(421)
    UNPROCESSABLE_ENTITY = _row(422)
    LOCKED = _row(423)
    FAILED_DEPENDENCY = _row(424)
    TOO_EARLY = _row(425)
    UPGRADE_REQUIRED = _row(426)
    PRECONDITION_REQUIRED = _row(428)
    TOO_MANY_REQUESTS = _row(429)
    REQUEST_HEADER_FIELDS_TOO_LARGE = _row(431)
    UNAVAILABLE_FOR_LEGAL_REASONS = _row(451)

    # 5xx: server error
    INTERNAL_SERVER_ERROR = _row(500)
    NOT_IMPLEMENTED = _row(501)
    BAD_GATEWAY = _row(502)
    SERVICE_UNAVAILABLE = _row(503)
    GATEWAY_TIMEOUT = _row(504)
    HTTP_VERSION_NOT_SUPPORTED = _row(505)
    VARIANT_ALSO_NEGOTIATES = _row(506)
    INSUFFICIENT_STORAGE = _row(507)
    LOOP_DETECTED = _row(508)
    NOT_EXTENDED = _row(510)
    NETWORK_AUTHENTICATION_REQUIRED = _row(511)


_METHOD_TEXT = {
    'CONNECT': 'Establish a connection to the server.',
    'DELETE': 'Remove the target.',
    'GET': 'Retrieve the target.',
    'HEAD': 'Same as GET, but only retrieve the status line and header section.',
    'OPTIONS': 'Describe the communication options for the target.',
    'PATCH': 'Apply partial modifications to a target.',
    'POST': 'Perform target-specific processing with the request payload.',
    'PUT': 'Replace the target with the request payload.',
    'TRACE': 'Perform a message loop-back test along the path to the target.',
}


def _verb(name):
    """The member value for request method `name`: (name, description)."""
    return name, _METHOD_TEXT[name]


class HTTPMethod(StrEnum):
    """The HTTP request methods, each with a short description.

    Methods are taken from RFC 7231 (which obsoletes RFC 2616) and RFC 5789
    (PATCH).
    """

    def __new__(cls, name, description):
        member = str.__new__(cls, name)
        member._value_ = name
        member.description = description
        return member

    def __repr__(self):
        return '<%s.%s>' % (type(self).__name__, self._name_)

    CONNECT = _verb('CONNECT')
    DELETE = _verb('DELETE')
    GET = _verb('GET')
    HEAD = _verb('HEAD')
    OPTIONS = _verb('OPTIONS')
    PATCH = _verb('PATCH')
    POST = _verb('POST')
    PUT = _verb('PUT')
    TRACE = _verb('TRACE')


del _row, _verb, _in_class
