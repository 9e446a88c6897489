"""HTTP cookie state management (CPython's http.cookies module, written for pyrs).

SimpleCookie maps cookie names to Morsel objects. It can read the value
of a Cookie: header with load() and write Set-Cookie: headers with
output(); values that are not plain tokens are written inside double
quotes, with special characters as backslash escapes.
"""

import re
import string
import time
import types

__all__ = ['CookieError', 'BaseCookie', 'SimpleCookie']


class CookieError(Exception):
    """A cookie name, attribute or value was not acceptable."""


# --- quoting ----------------------------------------------------------------

# A cookie name may only use these characters; a value made of them only
# is written without quotes.
_TOKEN_CHARS = frozenset(string.ascii_letters + string.digits
                         + "!#$%&'*+-.:^_`|~")
# These force a value into quotes but appear inside them unchanged.
_QUOTED_AS_IS = _TOKEN_CHARS | frozenset(' ()/<=>?@[]{}')


def _needs_no_quotes(text):
    for ch in text:
        if ch not in _TOKEN_CHARS:
            return False
    return True


def _escaped(ch):
    if ch in _QUOTED_AS_IS:
        return ch
    if ch in '"\\':
        return '\\' + ch
    code = ord(ch)
    if code > 0xff:
        return ch
    return '\\%03o' % code


def _quote_value(text):
    """`text` as it goes into a header: unchanged when it is a plain token,
    otherwise (the empty string too) in double quotes with escapes."""
    if text and _needs_no_quotes(text):
        return text
    return '"' + ''.join(map(_escaped, text)) + '"'


_BACKSLASHED = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _from_backslash(found):
    digits = found.group(1)
    if digits is not None:
        return chr(int(digits, 8))
    return found.group(2)


def _unquote_value(text):
    """Undo _quote_value(): a value in double quotes loses them and its
    escapes; anything else is returned unchanged."""
    if text is None or len(text) < 2:
        return text
    if text[0] != '"' or text[-1] != '"':
        return text
    return _BACKSLASHED.sub(_from_backslash, text[1:-1])


# --- dates for the "expires" attribute -------------------------------------

_DAY_NAMES = 'Mon Tue Wed Thu Fri Sat Sun'.split()
_MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def _expiry_date(seconds_from_now):
    """The HTTP date `seconds_from_now` seconds from the current time."""
    when = time.gmtime(time.time() + seconds_from_now)
    return '%s, %02d %3s %4d %02d:%02d:%02d GMT' % (
        _DAY_NAMES[when.tm_wday], when.tm_mday, _MONTH_NAMES[when.tm_mon - 1],
        when.tm_year, when.tm_hour, when.tm_min, when.tm_sec)


# --- Morsel -----------------------------------------------------------------

# Attribute names (lower case) and how output() spells them.
_ATTR_SPELLING = {
    'expires': 'expires',
    'path': 'Path',
    'comment': 'Comment',
    'domain': 'Domain',
    'max-age': 'Max-Age',
    'secure': 'Secure',
    'httponly': 'HttpOnly',
    'version': 'Version',
    'samesite': 'SameSite',
}
# Attributes written as a bare word when they are set.
_BARE_ATTRS = frozenset(('secure', 'httponly'))

_JS_TEMPLATE = '''
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        '''


class Morsel(dict):
    """One cookie: its name (key), its value, the value as written in a
    header (coded_value), and its attributes as a dict whose keys are the
    attribute names (expires, path, comment, domain, max-age, secure,
    httponly, version, samesite)."""

    def __init__(self):
        self._cookie_name = self._cookie_value = self._cookie_coded = None
        for name in _ATTR_SPELLING:
            dict.__setitem__(self, name, '')

    @property
    def key(self):
        return self._cookie_name

    @property
    def value(self):
        return self._cookie_value

    @property
    def coded_value(self):
        return self._cookie_coded

    def _attribute_name(self, name):
        lowered = name.lower()
        if lowered not in _ATTR_SPELLING:
            raise CookieError('Invalid attribute %r' % (lowered,))
        return lowered

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute_name(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute_name(key), val)

    def __eq__(self, other):
        if not isinstance(other, Morsel):
            return NotImplemented
        return (dict.__eq__(self, other)
                and (self._cookie_name, self._cookie_value, self._cookie_coded)
                == (other._cookie_name, other._cookie_value, other._cookie_coded))

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    __hash__ = None

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def update(self, values):
        checked = {}
        for name, val in dict(values).items():
            checked[self._attribute_name(name)] = val
        dict.update(self, checked)

    def isReservedKey(self, K):
        """Whether `K` names a cookie attribute rather than a cookie."""
        return K.lower() in _ATTR_SPELLING

    def set(self, key, val, coded_val):
        """Give the morsel its name, value and header form of the value."""
        if key.lower() in _ATTR_SPELLING:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not key or not _needs_no_quotes(key):
            raise CookieError('Illegal key %r' % (key,))
        self._cookie_name = key
        self._cookie_value = val
        self._cookie_coded = coded_val

    def __getstate__(self):
        return {'key': self._cookie_name, 'value': self._cookie_value,
                'coded_value': self._cookie_coded}

    def __setstate__(self, state):
        self._cookie_name, self._cookie_value, self._cookie_coded = (
            state['key'], state['value'], state['coded_value'])

    def output(self, attrs=None, header='Set-Cookie:'):
        """A header line setting this cookie."""
        return '%s %s' % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        """A <script> element setting this cookie from JavaScript."""
        return _JS_TEMPLATE % self.OutputString(attrs).replace('"', '\\"')

    def OutputString(self, attrs=None):
        """The cookie as written after 'Set-Cookie:'; `attrs`, when given,
        limits which attributes appear."""
        pieces = ['%s=%s' % (self._cookie_name, self._cookie_coded)]
        for name, val in sorted(self.items()):
            if val == '':
                continue
            if attrs is not None and name not in attrs:
                continue
            spelled = _ATTR_SPELLING[name]
            if name in _BARE_ATTRS:
                if val:
                    pieces.append(spelled)
            elif name == 'expires' and isinstance(val, int):
                pieces.append('%s=%s' % (spelled, _expiry_date(val)))
            elif name == 'max-age' and isinstance(val, int):
                pieces.append('%s=%d' % (spelled, val))
            elif name == 'comment' and isinstance(val, str):
                pieces.append('%s=%s' % (spelled, _quote_value(val)))
            else:
                pieces.append('%s=%s' % (spelled, val))
        return '; '.join(pieces)

    __class_getitem__ = classmethod(types.GenericAlias)


# --- reading Cookie: headers --------------------------------------------------

# Characters of a name, and of a value written without quotes (ASCII only).
_NAME_SET = r"\w!#$%&'()*+,\-./:<=>?@^`{|}~"
_WORD_SET = _NAME_SET + r'\[\]'
_ONE_COOKIE = re.compile(
    r'\s*(?P<name>[' + _NAME_SET + r']+?)'
    r'(?:\s*=\s*(?P<val>'
    r'"(?:[^\\"]|\\.)*"'                                  # quoted
    r'|\w{3},\s[\w\s-]{9,11}\s[\d:]{8}\s\w{3}'           # an expiry date
    r'|[' + _WORD_SET + r']*'                            # a bare word
    r'))?\s*(?:\s+|;|$)', re.ASCII)


def _scan_header(text, decode):
    """The cookies and attributes of a Cookie: header, as a list of
    (name, value pair) entries for cookies and (attribute, value, None)
    for attributes; None when the header is malformed."""
    found = []
    have_cookie = False
    pos = 0
    while pos < len(text):
        step = _ONE_COOKIE.match(text, pos)
        if step is None:
            break       # what remains is ignored
        name, val = step.group('name', 'val')
        pos = step.end()
        if name.startswith('$'):
            # "$Path" and the like, from RFC 2109 headers
            if have_cookie:
                found.append((name[1:], val, None))
        elif name.lower() in _ATTR_SPELLING:
            if not have_cookie:
                return None
            if val is not None:
                found.append((name, _unquote_value(val), None))
            elif name.lower() in _BARE_ATTRS:
                found.append((name, True, None))
            else:
                return None
        elif val is not None:
            found.append((name, decode(val)))
            have_cookie = True
        else:
            return None
    return found


# --- the cookie jars ----------------------------------------------------------

class BaseCookie(dict):
    """A dict of Morsels, keyed by cookie name. Values are stored as given
    (converted to str); subclasses choose how they are written in headers
    by overriding value_decode() and value_encode()."""

    def value_decode(self, val):
        """(real value, header form) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, header form) for a value assigned in Python."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        return morsel

    def __setitem__(self, key, value):
        if not isinstance(value, Morsel):
            value = self._store(key, *self.value_encode(value))
        dict.__setitem__(self, key, value)

    def output(self, attrs=None, header='Set-Cookie:', sep='\r\n'):
        """One header line per cookie, joined by `sep`."""
        return sep.join(morsel.output(attrs, header)
                        for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ' '.join('%s=%r' % (key, morsel.value)
                         for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (type(self).__name__, shown)

    def js_output(self, attrs=None):
        """<script> elements setting every cookie from JavaScript."""
        return ''.join(morsel.js_output(attrs)
                       for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Add cookies from a Cookie: header string, or from a mapping of
        names to values. A malformed header adds nothing."""
        if isinstance(rawdata, str):
            entries = _scan_header(rawdata, self.value_decode)
            if entries is None:
                return
            current = None
            for entry in entries:
                if len(entry) == 3:
                    current[entry[0]] = entry[1]
                else:
                    name, (real, coded) = entry
                    current = self._store(name, real, coded)
                    dict.__setitem__(self, name, current)
        else:
            for name, given in rawdata.items():
                self[name] = given


class SimpleCookie(BaseCookie):
    """A BaseCookie whose values are strings, quoted in headers when they
    are not plain tokens."""

    def value_decode(self, val):
        return _unquote_value(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote_value(text)
