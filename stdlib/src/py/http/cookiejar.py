"""Client-side HTTP cookie handling.

Cookies arrive in Set-Cookie (Netscape) and Set-Cookie2 (RFC 2965)
response headers, are kept in a CookieJar, and are sent back in the Cookie
header of later requests when the jar's policy allows it.  FileCookieJar
subclasses persist a jar in the Mozilla "cookies.txt" format or in
libwww-perl's Set-Cookie3 format.
"""

import contextlib
import copy
import datetime
import os
import re
import threading
import time
import traceback
import urllib.parse
import warnings

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy',
           'FileCookieJar', 'LWPCookieJar', 'LoadError', 'MozillaCookieJar']


class LoadError(OSError):
    """A cookies file could not be understood."""


def _report_internal_error():
    # Called from an ``except`` block: turn an unexpected failure into a
    # warning carrying the traceback instead of letting it escape.
    warnings.warn('http.cookiejar bug!\n' + traceback.format_exc(),
                  stacklevel=3)


# ===================================================================== dates

_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_KEYS = tuple(name.lower() for name in _MONTHS)
# Indexed by datetime.weekday() (Monday first).
_WEEKDAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_WEEKDAY_KEYS = frozenset(name.lower() for name in _WEEKDAYS)
_DIGITS = '0123456789'
_BLANKS = ' \t\n\r\f\v'
_UTC_NAMES = frozenset(('GMT', 'UTC', 'UT', 'Z'))
_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
# Accepted ranges of year, month, day, hour, minute, second.
_FIELD_LIMITS = ((1970, 9999), (1, 12), (1, 31), (0, 24), (0, 59), (0, 61))


def _utc_seconds(*fields):
    """Seconds since the epoch for (year, month, day, hour, minute, second)
    in UTC, or None when a field is out of range.  A day past the end of
    its month runs on into the next month."""
    for value, (low, high) in zip(fields, _FIELD_LIMITS):
        if not low <= value <= high:
            return None
    year, month, day, hour, minute, second = fields
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL
    return ((days + day - 1) * 24 + hour) * 3600 + minute * 60 + second


def _expand_year(year):
    """Years below 1000 are taken as within 50 years of the current one."""
    if year >= 1000:
        return year
    this_year = time.gmtime().tm_year
    guess = this_year - this_year % 100 + year
    if guess > this_year + 50:
        return guess - 100
    if guess < this_year - 50:
        return guess + 100
    return guess


def _month_number(text):
    """1-12 for a month abbreviation or number, else None."""
    key = text.lower()
    if key in _MONTH_KEYS:
        return _MONTH_KEYS.index(key) + 1
    try:
        number = int(text)
    except ValueError:
        return None
    return number if 1 <= number <= 12 else None


def _zone_offset(zone):
    """Seconds east of UTC for a zone already shaped by a reader (a name,
    or an optional sign, digits and colons); None if unusable."""
    if zone[-1] not in _DIGITS + ':':
        return 0 if zone.upper() in _UTC_NAMES else None
    sign = -1 if zone[0] == '-' else 1
    hours, colon, minutes = zone.lstrip('+-').partition(':')
    if not colon and len(hours) > 2:
        # Without a colon the minutes are the last two digits.
        hours, minutes = hours[:-2], hours[-2:]
    if minutes and not _all_digits(minutes):
        return None
    return sign * (int(hours) * 3600 + int(minutes or '0') * 60)


def _fields_to_epoch(fields):
    """Epoch seconds for the text fields a date reader found (year, month,
    day, hour, minute, second, zone), or None."""
    year = _expand_year(int(fields['year']))
    month = _month_number(fields['month'])
    if month is None:
        return None
    # int() may raise here ("29.5"); CPython raises too, even when the
    # zone turns out to be unusable.
    clock = [int(fields[part]) for part in ('hour', 'minute', 'second')]
    offset = _zone_offset(fields['zone']) if fields['zone'] else 0
    stamp = _utc_seconds(year, month, int(fields['day']), *clock)
    if offset is None or stamp is None:
        return None
    return stamp - offset


def _all_digits(text):
    return text != '' and all(char in _DIGITS for char in text)


def _two_digits(text, where):
    """Whether text has exactly two digits at where (more may follow)."""
    return len(text) >= where + 2 and _all_digits(text[where:where + 2])


# The RFC 1123 form, position by position: 'A' an upper-case weekday
# initial, 'B' an upper-case month initial, 'a' a lower-case ASCII letter,
# '0' an ASCII digit; any other character stands for itself.
_RFC1123_TEMPLATE = 'Aaa, 00 Baa 0000 00:00:00 GMT'
_TEMPLATE_CLASSES = {'A': 'SMTWF', 'B': 'JFMASOND',
                     'a': 'abcdefghijklmnopqrstuvwxyz', '0': _DIGITS}


def _fits_rfc1123(text):
    if len(text) != len(_RFC1123_TEMPLATE):
        return False
    return all(char in _TEMPLATE_CLASSES.get(want, want)
               for char, want in zip(text, _RFC1123_TEMPLATE))


_DATE_PIECE = re.compile(r'[0-9]+|[A-Za-z]+|[ \t\n\r\f\v]+|.', re.DOTALL)


class _PieceCursor:
    """Walks the pieces of a date: digit runs ('num'), letter runs
    ('word'), blank runs ('blank') and single characters (their own kind)."""

    def __init__(self, text):
        self.pieces = _DATE_PIECE.findall(text)
        self.index = 0

    def kind(self, ahead=0):
        where = self.index + ahead
        if where >= len(self.pieces):
            return 'end'
        first = self.pieces[where][0]
        if first in _DIGITS:
            return 'num'
        if first in _BLANKS:
            return 'blank'
        if first.isascii() and first.isalpha():
            return 'word'
        return first

    def skip_spaces(self):
        """Pass over whitespace pieces of any kind (Unicode included)."""
        while self.index < len(self.pieces) and \
                self.pieces[self.index].isspace():
            self.index += 1

    def take(self):
        self.index += 1
        return self.pieces[self.index - 1]

    def take_if(self, *kinds):
        """The next piece when it is of one of the kinds, else ''."""
        return self.take() if self.kind() in kinds else ''

    def take_word(self):
        """Letters, digits and underscores up to the next other piece."""
        word = ''
        while self.kind() in ('num', 'word', '_'):
            word += self.take()
        return word


def _read_clock(cursor):
    """(hour, minute, second, leftover digits) from the cursor, which sits
    on 'h:mm' or 'h:mm:ss'; None when the clock is malformed."""
    hour = cursor.take_if('num')
    if not 0 < len(hour) <= 2 or not cursor.take_if(':'):
        return None
    run = cursor.take_if('num')
    if len(run) < 2:
        return None
    minute, run = run[:2], run[2:]
    second = '0'
    if not run and cursor.take_if(':'):
        run = cursor.take_if('num')
        if len(run) < 2:
            return None
        second, run = run[:2], run[2:]
    return hour, minute, second, run


def _read_loose_date(cursor):
    """The fields of 'day month year [clock] [zone] [(comment)]', after an
    optional weekday, or None."""
    if cursor.kind() == 'word' and \
            cursor.pieces[cursor.index][:3].lower() in _WEEKDAY_KEYS:
        cursor.take()
        cursor.take_if(',')
        cursor.take_if('blank')
    day = cursor.take_if('num')
    if not 0 < len(day) <= 2 or not cursor.take_if('blank', '-', '/'):
        return None
    month = cursor.take_word()
    if not month or not cursor.take_if('blank', '-', '/'):
        return None
    year = cursor.take_if('num')
    if not year:
        return None
    clock = ('0', '0', '0', '')
    if cursor.kind() == ':' or (cursor.kind() == 'blank'
                                and cursor.kind(1) == 'num'
                                and cursor.kind(2) == ':'):
        cursor.take()
        clock = _read_clock(cursor)
        if clock is None:
            return None
    hour, minute, second, zone = clock
    # Digits running on after the clock are already the zone.
    cursor.take_if('blank')
    if not zone:
        zone = cursor.take_if('word')
        if zone.lower() in ('am', 'pm'):
            # Never a zone; the date is unreadable (so a huge year is not
            # even converted: probed).
            return None
    if not zone:
        if cursor.kind() in ('+', '-') and cursor.kind(1) == 'num':
            zone = cursor.take()
        zone += cursor.take_if('num')
    if _all_digits(zone[-1:]) and not 2 <= len(zone.lstrip('+-')) <= 4:
        return None
    cursor.take_if('blank')
    if cursor.take_if('('):
        if not cursor.take_word() or not cursor.take_if(')'):
            return None
        cursor.take_if('blank')
    if cursor.kind() != 'end':
        return None
    return {'year': year, 'month': month, 'day': day, 'hour': hour,
            'minute': minute, 'second': second, 'zone': zone}


def http2time(text):
    """Seconds since the epoch for an HTTP date string, or None.

    Besides RFC 1123 dates this accepts RFC 850 dates, the dash-separated
    Netscape cookie form, numeric months and an optional zone or comment.
    """
    # Scanning first also rejects non-strings the way CPython does.
    cursor = _PieceCursor(text)
    exact = text[:-1] if text.endswith('\n') else text
    if _fits_rfc1123(exact):
        month_key = exact[8:11].lower()
        if month_key not in _MONTH_KEYS:
            raise ValueError('%r is not in list' % month_key)
        # Seconds are read as a float here, so the result is a float.
        return _utc_seconds(int(exact[12:16]),
                            _MONTH_KEYS.index(month_key) + 1,
                            int(exact[5:7]), int(exact[17:19]),
                            int(exact[20:22]), float(exact[23:25]))
    cursor.skip_spaces()
    fields = _read_loose_date(cursor)
    return None if fields is None else _fields_to_epoch(fields)


def _char_at(text, where):
    return text[where:where + 1]


def _after_optional(text, where, chars):
    """where, moved past one of chars if one is there."""
    char = _char_at(text, where)
    return where + 1 if char and char in chars else where


def _after_blanks(text, where):
    return len(text) - len(text[where:].lstrip(_BLANKS))


def _one_or_two_digits(text, where):
    """(digits, end) for two and then one digit at where, when present."""
    for width in (2, 1):
        chunk = text[where:where + width]
        if len(chunk) == width and _all_digits(chunk):
            yield chunk, where + width


def _iso_clock_options(text, where):
    """(hour, minute, second, end) readings of the optional ISO clock
    starting at where, best first; the last one is "no clock"."""
    lead = _char_at(text, where)
    if lead and lead in '-:Tt':
        start = where + 1
    else:
        start = _after_blanks(text, where)
    if start > where:
        for hour, end in _one_or_two_digits(text, start):
            end = _after_optional(text, end, ':')
            if not _two_digits(text, end):
                continue
            minute = text[end:end + 2]
            end += 2
            second_at = _after_optional(text, end, ':')
            if _two_digits(text, second_at):
                second = text[second_at:second_at + 2]
                stop = second_at + 2
                if _char_at(text, stop) != '.':
                    yield hour, minute, second, stop
                else:
                    # A fraction keeps its digits greedily, giving them
                    # back one by one if what follows does not fit.
                    fraction = text[stop + 1:]
                    run = len(fraction) - len(fraction.lstrip(_DIGITS))
                    for kept in range(run, -1, -1):
                        yield (hour, minute, text[second_at:stop + 1 + kept],
                               stop + 1 + kept)
            yield hour, minute, '0', end
    yield '0', '0', '0', where


def _iso_zone(text, where):
    """The zone when text[where:] is an optional ISO zone between blanks:
    '' for none, None when something else is there."""
    begin = _after_blanks(text, where)
    if begin == len(text):
        return ''
    if text[begin] in 'Zz':
        candidates = [begin + 1]
    else:
        candidates = []
        hours_at = _after_optional(text, begin, '+-')
        for _, end in _one_or_two_digits(text, hours_at):
            end = _after_optional(text, end, ':')
            # Minutes may have a colon of their own (so '+01::30' reads as
            # a zone, which then fails to convert: probed).
            minutes_at = _after_optional(text, end, ':')
            if _two_digits(text, minutes_at):
                candidates.append(minutes_at + 2)
            candidates.append(end)
    for end in candidates:
        if _after_blanks(text, end) == len(text):
            return text[begin:end]
    return None


_ISO_YEAR = re.compile('[0-9]{4}')


def iso2time(text):
    """Seconds since the epoch for an ISO 8601 style date, or None."""
    text = text.lstrip()
    if not _ISO_YEAR.match(text):
        return None
    year = text[:4]
    month_at = _after_optional(text, 4, '-/')
    for month, month_end in _one_or_two_digits(text, month_at):
        day_at = _after_optional(text, month_end, '-/')
        for day, day_end in _one_or_two_digits(text, day_at):
            for hour, minute, second, end in _iso_clock_options(text,
                                                                day_end):
                zone = _iso_zone(text, end)
                if zone is not None:
                    return _fields_to_epoch({
                        'year': year, 'month': month, 'day': day,
                        'hour': hour, 'minute': minute, 'second': second,
                        'zone': zone})
    return None


def _utc_datetime(t):
    if t is None:
        return datetime.datetime.now(datetime.timezone.utc)
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc)


def time2isoz(t=None):
    """Seconds since the epoch (default: now) as 'YYYY-MM-DD hh:mm:ssZ'."""
    moment = _utc_datetime(t)
    return '%04d-%02d-%02d %02d:%02d:%02dZ' % (
        moment.year, moment.month, moment.day,
        moment.hour, moment.minute, moment.second)


def time2netscape(t=None):
    """Format seconds since the epoch (default: now) the way Netscape
    cookies write expiry dates: Wdy, DD-Mon-YYYY HH:MM:SS GMT."""
    moment = _utc_datetime(t)
    return '%s, %02d-%s-%04d %02d:%02d:%02d GMT' % (
        _WEEKDAYS[moment.weekday()], moment.day, _MONTHS[moment.month - 1],
        moment.year, moment.hour, moment.minute, moment.second)


# ============================================================== header words

# One step of the attribute scanner: an attribute (with an optional quoted
# or bare value), a comma ending the current group, or a stray separator.
_WORD_STEP = re.compile(r'''\s*(?:
      (?P<key>[^=\s;,]+)
      (?:\s*=\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<bare>[^\s;,]*)))?
    | (?P<comma>,)
    | [=;]
)''', re.VERBOSE)
_BACKSLASHED = re.compile(r'\\(.)')
_PLAIN_WORD = re.compile(r'\w+$')
_NEEDS_BACKSLASH = re.compile(r'([\\"])')


def split_header_words(header_values):
    """Parse header values into lists of (key, value) pairs.

    Each comma-separated element of a header becomes one list; keys without
    a value get None; quoted values are unquoted and unescaped.
    """
    if isinstance(header_values, str):
        raise AssertionError
    groups = []
    for text in header_values:
        current = []
        position = 0
        while True:
            step = _WORD_STEP.match(text, position)
            if step is None:
                break
            position = step.end()
            if step['key'] is not None:
                if step['quoted'] is not None:
                    value = _BACKSLASHED.sub(r'\1', step['quoted'])
                else:
                    value = step['bare']
                current.append((step['key'], value))
            elif step['comma'] and current:
                groups.append(current)
                current = []
        if current:
            groups.append(current)
    return groups


def join_header_words(lists):
    """The inverse of split_header_words (values quoted when needed)."""
    elements = []
    for pairs in lists:
        words = []
        for key, value in pairs:
            if value is not None:
                if not _PLAIN_WORD.match(value):
                    value = '"%s"' % _NEEDS_BACKSLASH.sub(r'\\\1', value)
                key = '%s=%s' % (key, value)
            words.append(key)
        if words:
            elements.append('; '.join(words))
    return ', '.join(elements)


def _unquote_ends(text):
    """text without one leading and one trailing double quote (each only
    when present)."""
    return text[text.startswith('"'):len(text) - text.endswith('"')]


def _ns_expiry(text):
    return http2time(_unquote_ends(text))


# Netscape attribute names that are folded to lower case, with the
# conversion (if any) applied to their values.
_NETSCAPE_VALUE_FIXERS = {
    'expires': _ns_expiry, 'version': _unquote_ends, 'domain': None,
    'path': None, 'secure': None, 'port': None, 'max-age': None}


def _ns_record(chunk):
    """(key, value) of one ';'-separated piece; value None without '='."""
    parts = chunk.split('=', 1)
    value = parts[1].strip() if len(parts) > 1 else None
    return parts[0].strip(), value


def _ns_attribute(key, value):
    lowered = key.lower()
    if lowered not in _NETSCAPE_VALUE_FIXERS:
        return key, value
    fixer = _NETSCAPE_VALUE_FIXERS[lowered]
    if fixer is not None and value is not None:
        value = fixer(value)
    return lowered, value


def parse_ns_headers(ns_headers):
    """Parse Netscape Set-Cookie header values into lists of pairs.

    Unlike split_header_words, commas are not separators (they occur in
    expiry dates), known attribute names are lower-cased, expires values
    become epoch seconds and a ("version", "0") pair is added when the
    header names no version.
    """
    parsed = []
    for header in ns_headers:
        records = [_ns_record(chunk) for chunk in header.split(';')]
        cookie, attributes = records[0], records[1:]
        if not cookie[0]:
            # No cookie name: the whole header is ignored.
            continue
        pairs = [_ns_attribute(key, value)
                 for key, value in attributes if key]
        if 'version' not in dict(pairs):
            pairs.append(('version', '0'))
        parsed.append([cookie] + pairs)
    return parsed


# ============================================================ hosts and URLs

_NUMERIC_TAIL = re.compile(r'\.\d+$', re.ASCII)
_PORT_SUFFIX = re.compile(r':\d+$', re.ASCII)
_HEX_ESCAPE = re.compile(r'%([0-9a-fA-F][0-9a-fA-F])')
# Characters left alone when escaping a path (besides quote()'s own).
_PATH_KEEP = "/%!$&'()*+,;=:@~"
_DEFAULT_PORT = '80'


def _numeric_host(text):
    return _NUMERIC_TAIL.search(text) is not None


def is_HDN(text):
    """True for a host domain name: not an IP address, not empty, and
    neither starting nor ending with a dot."""
    if _numeric_host(text) or not text:
        return False
    return not (text.startswith('.') or text.endswith('.'))


def liberal_is_HDN(text):
    """Like is_HDN, but only rules out IP addresses."""
    return not _numeric_host(text)


def domain_match(A, B):
    """RFC 2965 domain matching (case-insensitive)."""
    A = A.lower()
    B = B.lower()
    if A == B:
        return True
    if not is_HDN(A) or A.rfind(B) <= 0:
        return False
    return B.startswith('.') and is_HDN(B[1:])


def user_domain_match(A, B):
    """Domain matching for user-supplied lists such as blocked domains:
    a leading dot on B matches any suffix, otherwise names must be equal."""
    A = A.lower()
    B = B.lower()
    if B.startswith('.') and liberal_is_HDN(A) and liberal_is_HDN(B):
        return A.endswith(B)
    return A == B


def request_host(request):
    """Lower-cased host of the request URL (the Host header when the URL
    has none), without any port number."""
    netloc = urllib.parse.urlparse(request.get_full_url())[1]
    if not netloc:
        netloc = request.get_header('Host', '')
    return _PORT_SUFFIX.sub('', netloc, 1).lower()


def eff_request_host(request):
    """(request host, effective host); a dotless host gets '.local'."""
    host = request_host(request)
    if '.' in host:
        return host, host
    return host, host + '.local'


def escape_path(path):
    """Percent-escape a URL path the way cookie paths are compared."""
    escaped = urllib.parse.quote(path, _PATH_KEEP)
    return _HEX_ESCAPE.sub(lambda hit: '%' + hit.group(1).upper(), escaped)


def request_path(request):
    """The escaped path of the request URL, always starting with '/'."""
    path = escape_path(urllib.parse.urlsplit(request.get_full_url())[2])
    if path.startswith('/'):
        return path
    return '/' + path


def request_port(request):
    """The port of the request's host as a string ('80' when absent), or
    None when what follows the colon is not a number."""
    host = request.host
    colon = host.find(':')
    if colon < 0:
        return _DEFAULT_PORT
    port = host[colon + 1:]
    try:
        int(port)
    except ValueError:
        return None
    return port


def reach(h):
    """The domain a host 'reaches': drop its first label when what remains
    is still a multi-label name (or 'local')."""
    first_dot = h.find('.')
    if first_dot >= 0 and is_HDN(h):
        parent = h[first_dot + 1:]
        if '.' in parent or parent == 'local':
            return '.' + parent
    return h


def is_third_party(request):
    """True when the request goes outside the reach of the host the user
    originally asked for (request.origin_req_host)."""
    return not domain_match(request_host(request),
                            reach(request.origin_req_host))


# ==================================================================== Cookie

_COOKIE_FIELDS = ('version', 'name', 'value', 'port', 'port_specified',
                  'domain', 'domain_specified', 'domain_initial_dot', 'path',
                  'path_specified', 'secure', 'expires', 'discard', 'comment',
                  'comment_url')


class Cookie:
    """A single cookie record (Netscape, RFC 2109 or RFC 2965).

    Attributes mirror the constructor arguments; attributes outside the
    standard set live in a private dict reached through the
    *_nonstandard_attr methods.  Apart from coercing version and expires to
    int, almost nothing is checked.
    """

    def __init__(self, version, name, value,
                 port, port_specified,
                 domain, domain_specified, domain_initial_dot,
                 path, path_specified,
                 secure, expires, discard, comment, comment_url,
                 rest, rfc2109=False):
        if version is not None:
            version = int(version)
        if expires is not None:
            expires = int(float(expires))
        if port_specified is True and port is None:
            raise ValueError('if port is None, port_specified must be false')
        given = (version, name, value, port, port_specified, domain.lower(),
                 domain_specified, domain_initial_dot, path, path_specified,
                 secure, expires, discard, comment, comment_url)
        self.__dict__.update(zip(_COOKIE_FIELDS, given))
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if self.expires is None:
            return False
        if now is None:
            now = time.time()
        return self.expires <= now

    def __str__(self):
        where = self.domain
        if self.port is not None:
            where += ':' + self.port
        shown = self.name if self.value is None else '%s=%s' % (self.name,
                                                                 self.value)
        return '<Cookie %s for %s>' % (shown, where + self.path)

    def __repr__(self):
        fields = ['%s=%r' % (field, getattr(self, field))
                  for field in _COOKIE_FIELDS]
        fields.append('rest=%r' % (self._rest,))
        fields.append('rfc2109=%r' % (self.rfc2109,))
        return 'Cookie(%s)' % ', '.join(fields)


# ================================================================== policies

class CookiePolicy:
    """Interface of the objects deciding which cookies a jar accepts and
    which ones it returns.  set_ok and return_ok must be overridden; the
    two shortcut tests may stay permissive."""

    def set_ok(self, cookie, request):
        """Whether the server may set this cookie."""
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        """Whether this cookie may be sent to the server."""
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        """Cheap pre-filter: False means no cookie of this domain is sent."""
        return True

    def path_return_ok(self, path, request):
        """Cheap pre-filter: False means no cookie of this path is sent."""
        return True


# Second-level labels that, under a two-letter top-level domain, name a
# registry rather than a site (checked when strict_domain is on).
_REGISTRY_LABELS = frozenset((
    'co', 'ac', 'com', 'edu', 'org', 'net', 'gov', 'mil', 'int', 'aero',
    'biz', 'cat', 'coop', 'info', 'jobs', 'mobi', 'museum', 'name', 'pro',
    'travel', 'eu'))


def _registry_like(domain):
    """True for domains shaped like '.co.uk'."""
    labels = domain.split('.')
    return (len(labels) == 3 and labels[0] == '' and len(labels[2]) == 2
            and labels[1].lower() in _REGISTRY_LABELS)


def _tuple_or_none(items):
    return None if items is None else tuple(items)


def _with_dot(domain):
    if domain and not domain.startswith('.'):
        return '.' + domain
    return domain


class DefaultCookiePolicy(CookiePolicy):
    """The standard acceptance and return rules for Netscape and RFC 2965
    cookies, tunable through the constructor's flags."""

    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainRFC2965Match = 4
    DomainLiberal = 0
    DomainStrict = DomainStrictNonDomain | DomainStrictNoDots

    def __init__(self,
                 blocked_domains=None,
                 allowed_domains=None,
                 netscape=True,
                 rfc2965=False,
                 rfc2109_as_netscape=None,
                 hide_cookie2=False,
                 strict_domain=False,
                 strict_rfc2965_unverifiable=True,
                 strict_ns_unverifiable=False,
                 strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False,
                 strict_ns_set_path=False,
                 secure_protocols=('https', 'wss')):
        # Public switches first, then the two domain lists (as tuples).
        vars(self).update(
            netscape=netscape, rfc2965=rfc2965,
            rfc2109_as_netscape=rfc2109_as_netscape,
            hide_cookie2=hide_cookie2, strict_domain=strict_domain,
            strict_rfc2965_unverifiable=strict_rfc2965_unverifiable,
            strict_ns_unverifiable=strict_ns_unverifiable,
            strict_ns_domain=strict_ns_domain,
            strict_ns_set_initial_dollar=strict_ns_set_initial_dollar,
            strict_ns_set_path=strict_ns_set_path,
            secure_protocols=secure_protocols)
        self._blocked_domains = tuple(blocked_domains or ())
        self._allowed_domains = _tuple_or_none(allowed_domains)

    # -- domain lists ------------------------------------------------------

    def blocked_domains(self):
        """The sequence of blocked domains, as a tuple."""
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, entry)
                   for entry in self._blocked_domains)

    def allowed_domains(self):
        """None (everything allowed) or the tuple of allowed domains."""
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        self._allowed_domains = _tuple_or_none(allowed_domains)

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        return not any(user_domain_match(domain, entry)
                       for entry in self._allowed_domains)

    # -- the two decisions -------------------------------------------------

    def set_ok(self, cookie, request):
        """Accept a cookie the server tries to set?"""
        return not (self._version_refused(cookie, False)
                    or self._unverifiable_refused(cookie, request)
                    or self._origin_refused(cookie, request))

    def return_ok(self, cookie, request):
        """Send a stored cookie with this request?"""
        return not (self._version_refused(cookie, True)
                    or self._unverifiable_refused(cookie, request)
                    or self._destination_refused(cookie, request))

    def domain_return_ok(self, domain, request):
        host, effective = eff_request_host(request)
        wanted = _with_dot(domain)
        if not (_with_dot(host).endswith(wanted)
                or _with_dot(effective).endswith(wanted)):
            return False
        return not (self.is_blocked(domain) or self.is_not_allowed(domain))

    def path_return_ok(self, path, request):
        target = request_path(request)
        if target == path:
            return True
        if not target.startswith(path):
            return False
        return path.endswith('/') or target[len(path):len(path) + 1] == '/'

    # -- rule groups (True means "reject") ---------------------------------

    def _version_refused(self, cookie, outgoing):
        version = cookie.version
        if version is None and not outgoing:
            return True
        if version > 0:
            return not self.rfc2965
        return version == 0 and not self.netscape

    def _unverifiable_refused(self, cookie, request):
        if not (request.unverifiable and is_third_party(request)):
            return False
        if cookie.version > 0:
            return bool(self.strict_rfc2965_unverifiable)
        if cookie.version == 0:
            return bool(self.strict_ns_unverifiable)
        return False

    def _origin_refused(self, cookie, request):
        """Domain, port, name and path rules for an incoming cookie."""
        domain = cookie.domain
        if self.is_blocked(domain) or self.is_not_allowed(domain):
            return True
        if cookie.domain_specified and self._claim_refused(cookie, request):
            return True
        if cookie.port_specified and not _port_listed(cookie.port, request):
            return True
        netscape = cookie.version == 0
        if (netscape and self.strict_ns_set_initial_dollar
                and cookie.name.startswith('$')):
            return True
        path_rules = (cookie.version > 0
                      or (netscape and self.strict_ns_set_path))
        return bool(cookie.path_specified and path_rules
                    and not self.path_return_ok(cookie.path, request))

    def _claim_refused(self, cookie, request):
        """Whether a domain named by the server does not fit the request."""
        domain = cookie.domain
        host, effective = eff_request_host(request)
        bare = domain[1:] if domain.startswith('.') else domain
        if '.' not in bare and not effective.endswith('.local'):
            return True
        if self.strict_domain and _registry_like(domain):
            return True
        rfc_rules = cookie.version > 0
        if rfc_rules or self.strict_ns_domain & self.DomainStrictNoDots:
            # The host may not have dots in front of the domain.
            if '.' in host[:-len(domain)] and not _numeric_host(host):
                return True
        if ((rfc_rules or self.strict_ns_domain & self.DomainRFC2965Match)
                and not domain_match(effective, domain)):
            return True
        return cookie.version == 0 and not (
            effective.startswith('.')
            or ('.' + effective).endswith(domain)
            or effective.endswith(bare + '.local'))

    def _destination_refused(self, cookie, request):
        """Domain, port, transport and expiry rules for an outgoing cookie."""
        effective = eff_request_host(request)[1]
        domain = cookie.domain
        if cookie.version > 0 and not domain_match(effective, domain):
            return True
        if cookie.version == 0:
            if (self.strict_ns_domain & self.DomainStrictNonDomain
                    and not cookie.domain_specified and domain != effective):
                return True
            if not ('.' + effective).endswith(_with_dot(domain)):
                return True
        if cookie.port:
            here = request_port(request) or _DEFAULT_PORT
            if here not in cookie.port.split(','):
                return True
        if cookie.secure and request.type not in self.secure_protocols:
            return True
        return cookie.is_expired(self._now)


def _port_listed(ports, request):
    """Whether the request's port is in a comma-separated port list whose
    entries up to the match are all numbers."""
    here = request_port(request) or _DEFAULT_PORT
    for listed in ports.split(','):
        try:
            int(listed)
        except ValueError:
            return False
        if listed == here:
            return True
    return False


# ================================================================= CookieJar

_NON_WORD = re.compile(r'\W')
_ESCAPABLE = re.compile(r'(["\\])')


def _cookie_header_items(cookies):
    """The '; '-separated items of a Cookie header for these cookies,
    most specific (longest) paths first."""
    ordered = sorted(cookies, key=lambda cookie: -len(cookie.path))
    items = []
    if ordered and ordered[0].version > 0:
        items.append('$Version=%s' % ordered[0].version)
    for cookie in ordered:
        rfc = cookie.version > 0
        value = cookie.value
        if value is None:
            items.append(cookie.name)
        else:
            if rfc and _NON_WORD.search(value):
                value = _ESCAPABLE.sub(r'\\\1', value)
            items.append('%s=%s' % (cookie.name, value))
        if not rfc:
            continue
        if cookie.path_specified:
            items.append('$Path="%s"' % cookie.path)
        if cookie.domain.startswith('.'):
            shown = cookie.domain
            if not cookie.domain_initial_dot:
                shown = shown[1:]
            items.append('$Domain="%s"' % shown)
        if cookie.port is not None:
            if cookie.port_specified:
                items.append('$Port="%s"' % cookie.port)
            else:
                items.append('$Port')
    return items


_NOT_GIVEN = object()


def _default_cookie_path(request, version):
    """The path a cookie gets when the server names none: the request
    path up to its last '/', which Netscape cookies do not keep."""
    path = request_path(request)
    directory = path[:path.rfind('/') + 1]
    if version == 0:
        directory = directory[:-1]
    return directory or '/'


class _IncomingCookie:
    """Builds one cookie from a parsed Set-Cookie / Set-Cookie2 element.

    feed() is given the attribute pairs in order; a handler from
    _ATTRIBUTE_HANDLERS fills the matching field (for most attributes only
    the first occurrence counts).  A handler may veto the cookie, after
    which nothing more is looked at.  make() then completes the fields
    from the request and returns a Cookie, or None.
    """

    def __init__(self, name, value, now):
        self.name = name
        self.value = value
        self.now = now
        self.vetoed = False
        self.given = set()
        self.extra = {}
        self.version = None
        self.path = ''
        self.domain = None
        self.port = _NOT_GIVEN
        self.expires = None
        self.secure = False
        self.discard = False
        self.comment = None
        self.comment_url = None

    def feed(self, key, value):
        if self.vetoed:
            return
        handler = _ATTRIBUTE_HANDLERS.get(key.lower())
        if handler is None:
            self.extra[key] = value
        else:
            handler(self, value)

    def _first(self, attribute):
        """True only for the first occurrence of a standard attribute."""
        if attribute in self.given:
            return False
        self.given.add(attribute)
        return True

    def _needs_value(self, value):
        """False (and the cookie vetoed) when a required value is missing."""
        if value is None:
            self.vetoed = True
            return False
        return True

    def _on_version(self, value):
        if self._first('version') and self._needs_value(value):
            self.version = value

    def _on_path(self, value):
        if self._first('path') and self._needs_value(value):
            self.path = value

    def _on_domain(self, value):
        if self._first('domain') and self._needs_value(value):
            self.domain = value.lower()

    def _on_port(self, value):
        # A bare "port" means the request's port; a list loses its blanks.
        if self._first('port'):
            self.port = value if value is None else ''.join(value.split())

    def _on_comment(self, value):
        if self._first('comment'):
            self.comment = value

    def _on_comment_url(self, value):
        if self._first('commenturl'):
            self.comment_url = value

    def _on_secure(self, value):
        if self._first('secure'):
            self.secure = True if value is None else value

    def _on_discard(self, value):
        if self._first('discard'):
            self.discard = True if value is None else value

    def _on_expires(self, value):
        # An empty expires is passed over; max-age always takes precedence.
        if value is not None and self._first('expires'):
            self.expires = value

    def _on_max_age(self, value):
        try:
            lifetime = int(value)
        except ValueError:
            self.vetoed = True
            return
        self.given.add('expires')
        self.expires = self.now + lifetime

    def make(self, jar, request):
        if self.vetoed:
            return None
        version = self.version
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None
        if self.domain is None:
            domain = eff_request_host(request)[1]
        elif self.domain.startswith('.'):
            domain = self.domain
        else:
            domain = '.' + self.domain
        if self.path:
            path = escape_path(self.path)
        else:
            path = _default_cookie_path(request, version)
        port, port_specified = None, False
        if self.port is None:
            port = request_port(request)
        elif self.port is not _NOT_GIVEN:
            port, port_specified = self.port, True
        discard = self.discard
        if self.expires is None:
            discard = True
        elif self.expires <= self.now:
            # An expiry in the past deletes the stored cookie, if any.
            with contextlib.suppress(KeyError):
                jar.clear(domain, path, self.name)
            return None
        return Cookie(version, self.name, self.value,
                      port, port_specified,
                      domain, self.domain is not None,
                      bool(self.domain and self.domain.startswith('.')),
                      path, bool(self.path),
                      self.secure, self.expires, discard,
                      self.comment, self.comment_url, self.extra)


_ATTRIBUTE_HANDLERS = {
    'version': _IncomingCookie._on_version,
    'path': _IncomingCookie._on_path,
    'domain': _IncomingCookie._on_domain,
    'port': _IncomingCookie._on_port,
    'comment': _IncomingCookie._on_comment,
    'commenturl': _IncomingCookie._on_comment_url,
    'secure': _IncomingCookie._on_secure,
    'discard': _IncomingCookie._on_discard,
    'expires': _IncomingCookie._on_expires,
    'max-age': _IncomingCookie._on_max_age,
}


class CookieJar:
    """A collection of cookies, with the logic to pick up cookies from
    responses and to add a Cookie header to requests."""

    def __init__(self, policy=None):
        if policy is None:
            policy = DefaultCookiePolicy()
        self._policy = policy
        self._cookies_lock = threading.RLock()
        # domain -> path -> name -> Cookie; insertion order is the
        # iteration order.
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _tick(self):
        now = int(time.time())
        self._now = self._policy._now = now

    # -- sending -------------------------------------------------------------

    def _returnable(self, request):
        policy = self._policy
        chosen = []
        for domain, by_path in self._cookies.items():
            if not policy.domain_return_ok(domain, request):
                continue
            for path, by_name in by_path.items():
                if not policy.path_return_ok(path, request):
                    continue
                chosen.extend(cookie for cookie in by_name.values()
                              if policy.return_ok(cookie, request))
        return chosen

    def add_cookie_header(self, request):
        """Add the Cookie (and maybe Cookie2) header the request deserves."""
        with self._cookies_lock:
            self._tick()
            chosen = self._returnable(request)
            items = _cookie_header_items(chosen)
            if items and not request.has_header('Cookie'):
                request.add_unredirected_header('Cookie', '; '.join(items))
            policy = self._policy
            if (policy.rfc2965 and not policy.hide_cookie2
                    and not request.has_header('Cookie2')
                    and any(cookie.version != 1 for cookie in chosen)):
                request.add_unredirected_header('Cookie2', '$Version="1"')
        self.clear_expired_cookies()

    # -- receiving -----------------------------------------------------------

    def _cookies_from(self, parsed, request):
        # Every element's attributes are read before any cookie is made:
        # an error in a later element must come before the effects
        # (deleting expired cookies) and errors of making an earlier one.
        builders = []
        for pairs in parsed:
            incoming = _IncomingCookie(pairs[0][0], pairs[0][1], self._now)
            for key, value in pairs[1:]:
                incoming.feed(key, value)
            builders.append(incoming)
        made = [incoming.make(self, request) for incoming in builders]
        return [cookie for cookie in made if cookie is not None]

    def _guarded(self, parser, lines, request):
        try:
            return self._cookies_from(parser(lines), request)
        except Exception:
            _report_internal_error()
            return []

    def make_cookies(self, response, request):
        """The Cookie objects a response's headers ask for (unchecked)."""
        headers = response.info()
        rfc_lines = headers.get_all('Set-Cookie2', [])
        ns_lines = headers.get_all('Set-Cookie', [])
        self._tick()
        policy = self._policy
        made = []
        if rfc_lines and (policy.rfc2965 or (ns_lines and policy.netscape)):
            made = self._guarded(split_header_words, rfc_lines, request)
        if not (ns_lines and policy.netscape):
            return made
        extra = self._guarded(parse_ns_headers, ns_lines, request)
        for cookie in extra:
            if cookie.version == 1:
                # RFC 2109 cookie sent in a Netscape header.
                cookie.rfc2109 = True
                as_netscape = policy.rfc2109_as_netscape
                if as_netscape is None:
                    as_netscape = not policy.rfc2965
                if as_netscape:
                    cookie.version = 0
        if policy.rfc2965:
            taken = {(c.domain, c.path, c.name) for c in made}
            extra = [c for c in extra
                     if (c.domain, c.path, c.name) not in taken]
        return made + extra

    def set_cookie_if_ok(self, cookie, request):
        """Store the cookie if the policy accepts it for this request."""
        with self._cookies_lock:
            self._tick()
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        """Store the cookie unconditionally (replacing any namesake)."""
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_path.setdefault(cookie.path, {})[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Store the acceptable cookies a response sets."""
        with self._cookies_lock:
            for cookie in self.make_cookies(response, request):
                if self._policy.set_ok(cookie, request):
                    self.set_cookie(cookie)

    # -- removal -------------------------------------------------------------

    def clear(self, domain=None, path=None, name=None):
        """Remove all cookies, or those of a domain, a domain+path, or the
        single cookie domain+path+name (KeyError when nothing matches)."""
        if name is not None:
            if domain is None or path is None:
                raise ValueError('domain and path must be given to remove '
                                 'a cookie by name')
            del self._cookies[domain][path][name]
        elif path is not None:
            if domain is None:
                raise ValueError('domain must be given to remove cookies '
                                 'by path')
            del self._cookies[domain][path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def _remove_where(self, doomed):
        with self._cookies_lock:
            for cookie in [c for c in self if doomed(c)]:
                self.clear(cookie.domain, cookie.path, cookie.name)

    def clear_session_cookies(self):
        """Remove cookies marked to be discarded at the end of a session."""
        self._remove_where(lambda cookie: cookie.discard)

    def clear_expired_cookies(self):
        """Remove cookies whose expiry time has passed."""
        now = time.time()
        self._remove_where(lambda cookie: cookie.is_expired(now))

    # -- container protocol --------------------------------------------------

    def __iter__(self):
        for by_path in self._cookies.values():
            for by_name in by_path.values():
                yield from by_name.values()

    def __len__(self):
        return sum(len(by_name) for by_path in self._cookies.values()
                   for by_name in by_path.values())

    def __repr__(self):
        return '<%s[%s]>' % (type(self).__name__,
                             ', '.join(repr(cookie) for cookie in self))

    def __str__(self):
        return '<%s[%s]>' % (type(self).__name__,
                             ', '.join(str(cookie) for cookie in self))


# ================================================================ file jars

_NO_FILENAME = ('a filename was not supplied (nor was the CookieJar '
                'instance initialised with one)')


def _private_writer(filename):
    """A text file opened for writing, created readable by the owner only."""
    descriptor = os.open(filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC,
                         0o600)
    return os.fdopen(descriptor, 'w')


def _keeps(cookie, now, ignore_discard, ignore_expires):
    if cookie.discard and not ignore_discard:
        return False
    return ignore_expires or not cookie.is_expired(now)


class FileCookieJar(CookieJar):
    """A CookieJar that can be loaded from and saved to a file; the file
    format is up to subclasses."""

    def __init__(self, filename=None, delayload=False, policy=None):
        super().__init__(policy)
        self.filename = None if filename is None else os.fspath(filename)
        self.delayload = bool(delayload)

    def _file_for(self, filename):
        if filename is not None:
            return filename
        if self.filename is None:
            raise ValueError(_NO_FILENAME)
        return self.filename

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Write the cookies to a file (subclasses implement this)."""
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Add the cookies found in a file to the jar."""
        filename = self._file_for(filename)
        with open(filename) as stream:
            self._really_load(stream, filename, ignore_discard,
                               ignore_expires)

    def revert(self, filename=None,
               ignore_discard=False, ignore_expires=False):
        """Replace the jar's cookies with those of the file; on an OSError
        (including LoadError) the previous cookies are restored."""
        filename = self._file_for(filename)
        with self._cookies_lock:
            previous = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard, ignore_expires)
            except OSError:
                self._cookies = previous
                raise

    def _read_lines(self, stream, filename, parse_line, complaint):
        """Store what parse_line yields for each remaining line.

        parse_line receives a one-item list holding the line and may replace
        it with the text an error message should quote.
        """
        current = ['']
        try:
            for line in stream:
                current[0] = line
                for cookie in parse_line(current):
                    self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _report_internal_error()
            raise LoadError(complaint % (filename, current[0]))


def lwp_cookie_str(cookie):
    """One cookie in the Set-Cookie3 notation of libwww-perl."""
    pairs = [(cookie.name, cookie.value),
             ('path', cookie.path),
             ('domain', cookie.domain)]
    if cookie.port is not None:
        pairs.append(('port', cookie.port))
    for flag, label in ((cookie.path_specified, 'path_spec'),
                        (cookie.port_specified, 'port_spec'),
                        (cookie.domain_initial_dot, 'domain_dot'),
                        (cookie.secure, 'secure')):
        if flag:
            pairs.append((label, None))
    if cookie.expires:
        pairs.append(('expires', time2isoz(float(cookie.expires))))
    if cookie.discard:
        pairs.append(('discard', None))
    if cookie.comment:
        pairs.append(('comment', cookie.comment))
    if cookie.comment_url:
        pairs.append(('commenturl', cookie.comment_url))
    extra = cookie._rest
    pairs.extend((key, str(extra[key])) for key in sorted(extra))
    pairs.append(('version', str(cookie.version)))
    return join_header_words([pairs])


_LWP_MAGIC = re.compile(r'#LWP-Cookies-\d+\.\d+', re.ASCII)
_LWP_PREFIX = 'Set-Cookie3:'
# Set-Cookie3 attributes: those that are flags (present or not), those with values.
_LWP_FLAGS = frozenset({'path_spec', 'domain_dot', 'port_spec', 'secure', 'discard'})
_LWP_VALUES = frozenset({'path', 'domain', 'port', 'expires', 'version', 'comment',
                         'commenturl'})


class LWPCookieJar(FileCookieJar):
    """Cookies stored as libwww-perl "Set-Cookie3" lines.

    Unlike the Mozilla format this keeps every cookie attribute, including
    RFC 2965 ones.
    """

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        """The Set-Cookie3 lines (newline-terminated) of the kept cookies."""
        now = time.time()
        lines = ['Set-Cookie3: %s\n' % lwp_cookie_str(cookie)
                 for cookie in self
                 if _keeps(cookie, now, ignore_discard, ignore_expires)]
        return ''.join(lines)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_for(filename)
        with _private_writer(filename) as out:
            out.write('#LWP-Cookies-2.0\n')
            out.write(self.as_lwp_str(ignore_discard, ignore_expires))

    def _really_load(self, stream, filename, ignore_discard, ignore_expires):
        if not _LWP_MAGIC.match(stream.readline()):
            raise LoadError('%r does not look like a Set-Cookie3 (LWP) '
                            'format file' % filename)
        now = time.time()

        def parse_line(holder):
            if not holder[0].startswith(_LWP_PREFIX):
                return
            holder[0] = holder[0][len(_LWP_PREFIX):].strip()
            for pairs in split_header_words(holder):
                cookie = self._lwp_cookie(pairs)
                if _keeps(cookie, now, ignore_discard, ignore_expires):
                    yield cookie

        self._read_lines(stream, filename, parse_line,
                         'invalid Set-Cookie3 format file %r: %r')

    @staticmethod
    def _lwp_cookie(pairs):
        name, value = pairs[0]
        known = dict.fromkeys(_LWP_FLAGS, False)
        other = {}
        for key, val in pairs[1:]:
            lowered = key.lower()
            if lowered in _LWP_FLAGS:
                known[lowered] = True if val is None else val
            elif lowered in _LWP_VALUES:
                known[lowered] = val
            else:
                other[key] = val
        expires = known.get('expires')
        if expires is not None:
            expires = iso2time(expires)
        discard = known['discard'] if expires is not None else True
        domain = known.get('domain')
        return Cookie(known.get('version'), name, value,
                      known.get('port'), known['port_spec'],
                      domain, domain.startswith('.'), known['domain_dot'],
                      known.get('path'), known['path_spec'], known['secure'],
                      expires, discard, known.get('comment'),
                      known.get('commenturl'), other)


_MOZILLA_MAGIC = re.compile(r'#( Netscape)? HTTP Cookie File')
_MOZILLA_BANNER = ('# Netscape HTTP Cookie File\n'
                   '# http://curl.haxx.se/rfc/cookie_spec.html\n'
                   '# This is a generated file!  Do not edit.\n\n')
_HTTPONLY_MARK = '#HttpOnly_'
_HTTPONLY_KEY = 'HTTPOnly'


class MozillaCookieJar(FileCookieJar):
    """Cookies in the tab-separated "cookies.txt" format of Netscape and
    Mozilla browsers (also written by curl and wget).

    The format has no room for RFC 2965 details, so those are lost when a
    jar is saved; cookies marked "#HttpOnly_" are read back with an
    HTTPOnly non-standard attribute.
    """

    def _really_load(self, stream, filename, ignore_discard, ignore_expires):
        if not _MOZILLA_MAGIC.match(stream.readline()):
            raise LoadError('%r does not look like a Netscape format '
                            'cookies file' % filename)
        now = time.time()

        def parse_line(holder):
            line = holder[0]
            if line.endswith('\n'):
                line = holder[0] = line[:-1]
            extra = {}
            if line.startswith(_HTTPONLY_MARK):
                extra[_HTTPONLY_KEY] = ''
                line = holder[0] = line[len(_HTTPONLY_MARK):]
            content = line.strip()
            if not content or content[0] in '#$':
                return
            (domain, dot_flag, path, secure_flag,
             expires, name, value) = line.split('\t')
            if (dot_flag == 'TRUE') != domain.startswith('.'):
                raise ValueError('domain flag disagrees with domain')
            if name == '':
                name, value = value, None
            discard = expires == ''
            cookie = Cookie(0, name, value, None, False,
                            domain, dot_flag == 'TRUE', domain.startswith('.'),
                            path, False, secure_flag == 'TRUE',
                            None if discard else expires, discard,
                            None, None, extra)
            if _keeps(cookie, now, ignore_discard, ignore_expires):
                yield cookie

        self._read_lines(stream, filename, parse_line,
                         'invalid Netscape format cookies file %r: %r')

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._file_for(filename)
        now = time.time()
        with _private_writer(filename) as out:
            out.write(_MOZILLA_BANNER)
            for cookie in self:
                if not _keeps(cookie, now, ignore_discard, ignore_expires):
                    continue
                name, value = cookie.name, cookie.value
                if value is None:
                    name, value = '', name
                where = cookie.domain
                if cookie.has_nonstandard_attr(_HTTPONLY_KEY):
                    where = _HTTPONLY_MARK + where
                fields = (where,
                          'TRUE' if cookie.domain.startswith('.') else 'FALSE',
                          cookie.path,
                          'TRUE' if cookie.secure else 'FALSE',
                          ('' if cookie.expires is None
                           else str(cookie.expires)),
                          name, value)
                out.write('\t'.join(fields) + '\n')
