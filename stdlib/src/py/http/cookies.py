"""HTTP cookie handling.

Morsel holds one cookie (name, value, attributes); BaseCookie and
SimpleCookie are dictionaries of morsels that can parse a Cookie header
and render Set-Cookie headers.
"""

import string
import time
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# ---------------------------------------------------------------------------
# Value quoting
# ---------------------------------------------------------------------------

# Characters that may appear in a key, or in a value without quotes.
_SAFE = frozenset(string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:")


def _escape_char(char):
    """How one character is written inside a quoted cookie value."""
    if char in '"\\':
        return "\\" + char
    code = ord(char)
    if code < 32 or 127 <= code < 256 or char in ",;":
        return "\\%03o" % code
    return char


def _encode(text):
    """Quote text for a cookie value if it contains unsafe characters."""
    if text and _SAFE.issuperset(text):
        return text
    return '"' + "".join(map(_escape_char, text)) + '"'


def _decode(text):
    """Undo _encode: strip the quotes and resolve backslash escapes."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    body = text[1:-1]
    out = []
    pos = 0
    end = len(body)
    while pos < end:
        slash = body.find("\\", pos)
        if slash < 0 or slash + 1 >= end or body[slash + 1] == "\n":
            stop = end if slash < 0 else slash + 1
            out.append(body[pos:stop])
            pos = stop
            continue
        out.append(body[pos:slash])
        digits = body[slash + 1:slash + 4]
        if (len(digits) == 3 and digits[0] in "0123"
                and all(d in "01234567" for d in digits[1:])):
            out.append(chr(int(digits, 8)))
            pos = slash + 4
        else:
            out.append(body[slash + 1])
            pos = slash + 2
    return "".join(out)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _http_date(offset):
    """GMT timestamp `offset` seconds from now, in cookie format."""
    t = time.gmtime(time.time() + offset)
    return (f"{_DAYS[t.tm_wday]}, {t.tm_mday:02d} {_MONTHS[t.tm_mon]:>3} "
            f"{t.tm_year:4d} {t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} GMT")


# ---------------------------------------------------------------------------
# Morsel
# ---------------------------------------------------------------------------

_SCRIPT = """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        """

_BOOLEAN_ATTRS = frozenset(("secure", "httponly"))


class Morsel(dict):
    """One cookie: its key, real and coded value, and its attributes."""

    # lower-case attribute name -> spelling used in Set-Cookie output
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    def __init__(self):
        self._cookie_name = self._real = self._coded = None
        for attr in self._reserved:
            dict.__setitem__(self, attr, "")

    key = property(lambda self: self._cookie_name)
    value = property(lambda self: self._real)
    coded_value = property(lambda self: self._coded)

    @classmethod
    def _attribute(cls, name):
        lowered = name.lower()
        if lowered not in cls._reserved:
            raise CookieError(f"Invalid attribute {lowered!r}")
        return lowered

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute(key), val)

    def update(self, values):
        checked = {self._attribute(k): v for k, v in dict(values).items()}
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError(f"Attempt to set a reserved key {key!r}")
        if not key or not _SAFE.issuperset(key):
            raise CookieError(f"Illegal key {key!r}")
        self._cookie_name, self._real, self._coded = key, val, coded_val

    def __getstate__(self):
        return {"key": self._cookie_name, "value": self._real,
                "coded_value": self._coded}

    def __setstate__(self, state):
        self._cookie_name = state["key"]
        self._real = state["value"]
        self._coded = state["coded_value"]

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__setstate__(self.__getstate__())
        return twin

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel)
                and self.__getstate__() == morsel.__getstate__())

    def __ne__(self, morsel):
        outcome = self.__eq__(morsel)
        return outcome if outcome is NotImplemented else not outcome

    __hash__ = None

    def _rendered_attribute(self, attr, val):
        """Text for one attribute in OutputString, or None to leave it out."""
        label = self._reserved[attr]
        if attr in _BOOLEAN_ATTRS:
            return label if val else None
        if isinstance(val, int):
            if attr == "expires":
                return f"{label}={_http_date(val)}"
            if attr == "max-age":
                return "%s=%d" % (label, val)
        if attr == "comment" and isinstance(val, str):
            return f"{label}={_encode(val)}"
        return f"{label}={val}"

    def OutputString(self, attrs=None):
        parts = [f"{self._cookie_name}={self._coded}"]
        wanted = self._reserved if attrs is None else attrs
        for attr, val in sorted(self.items()):
            if val == "" or attr not in wanted:
                continue
            text = self._rendered_attribute(attr, val)
            if text is not None:
                parts.append(text)
        return "; ".join(parts)

    def output(self, attrs=None, header="Set-Cookie:"):
        return f"{header} {self.OutputString(attrs)}"

    __str__ = output

    def __repr__(self):
        return f"<{type(self).__name__}: {self.OutputString()}>"

    def js_output(self, attrs=None):
        return _SCRIPT % self.OutputString(attrs).replace('"', '\\"')

    __class_getitem__ = classmethod(types.GenericAlias)


# ---------------------------------------------------------------------------
# Cookie header tokenizer
# ---------------------------------------------------------------------------

_BLANK = " \t\n\r\f\v"
_WORD = string.ascii_letters + string.digits + "_"
_NAME_CHARS = frozenset(_WORD + "!#%&'~`><@,:/$*+-.^|)(?}{=")
_BARE_VALUE_CHARS = _NAME_CHARS | {"[", "]"}


def _skip_blank(text, pos):
    while pos < len(text) and text[pos] in _BLANK:
        pos += 1
    return pos


def _closes_item(text, pos):
    """If an item may end at pos, return where the next one starts."""
    after = _skip_blank(text, pos)
    if after == len(text):
        return after
    if text[after] == ";":
        return after + 1
    if after > pos:
        return after
    return None


def _quoted_span(text, pos):
    """End of a double-quoted string starting at pos, or None."""
    if not text.startswith('"', pos):
        return None
    pos += 1
    while pos < len(text):
        char = text[pos]
        if char == '"':
            return pos + 1
        if char == "\\":
            if pos + 1 >= len(text) or text[pos + 1] == "\n":
                return None
            pos += 2
        else:
            pos += 1
    return None


def _run(text, pos, allowed, low=0, high=None):
    """End positions of runs of allowed characters from pos, longest first."""
    stop = pos
    limit = len(text) if high is None else min(len(text), pos + high)
    while stop < limit and text[stop] in allowed:
        stop += 1
    return range(stop, pos + low - 1, -1)


def _date_spans(text, pos):
    """End positions of an expires-style date ('Wed, 01-Jan-2020 00:00:00 GMT')."""
    ends = []
    digits, blank = set(string.digits), set(_BLANK)
    for head in _run(text, pos, set(_WORD), 3, 3):
        if not text.startswith(",", head) or head + 1 >= len(text) \
                or text[head + 1] not in blank:
            continue
        for middle in _run(text, head + 2, set(_WORD) | blank | {"-"}, 9, 11):
            if middle >= len(text) or text[middle] not in blank:
                continue
            for clock in _run(text, middle + 1, digits | {":"}, 8, 8):
                if clock < len(text) and text[clock] in blank and \
                        text.startswith("GMT", clock + 1):
                    ends.append(clock + 4)
    return ends


def _value_spans(text, pos):
    """Every way a value may extend from pos, in order of preference."""
    quoted = _quoted_span(text, pos)
    if quoted is not None:
        yield quoted
    yield from _date_spans(text, pos)
    yield from _run(text, pos, _BARE_VALUE_CHARS)


def _next_item(text, pos):
    """Parse 'name[=value]' at pos: (name, value or None, next pos) or None."""
    start = _skip_blank(text, pos)
    end = start
    while end < len(text) and text[end] in _NAME_CHARS:
        end += 1
        name = text[start:end]
        equals = _skip_blank(text, end)
        if text.startswith("=", equals):
            # the blanks after '=' may be left for the item separator
            for value_at in range(_skip_blank(text, equals + 1), equals, -1):
                for stop in _value_spans(text, value_at):
                    following = _closes_item(text, stop)
                    if following is not None:
                        return name, text[value_at:stop], following
        following = _closes_item(text, end)
        if following is not None:
            return name, None, following
    return None


def _items(text):
    """All leading name/value items of a Cookie header that parse cleanly."""
    found = []
    pos = 0
    while pos < len(text):
        item = _next_item(text, pos)
        if item is None:
            break
        found.append(item[:2])
        pos = item[2]
    return found


# ---------------------------------------------------------------------------
# Cookie containers
# ---------------------------------------------------------------------------

def _cookie_groups(items, decode):
    """Group tokenized header items by cookie.

    Returns a list of [name, (real, coded), [(attribute, value), ...]],
    each attribute belonging to the cookie named before it, or None when
    the header is malformed.  '$' items keep their raw value (and are
    ignored before the first cookie); attribute values are unquoted.
    """
    groups = []
    for name, raw in items:
        if name[:1] == "$":
            if groups:
                groups[-1][2].append((name[1:], raw))
            continue
        attr = name.lower()
        if attr not in Morsel._reserved:
            if raw is None:
                return None
            groups.append([name, decode(raw), []])
            continue
        if not groups:
            return None
        if raw is None:
            if attr not in _BOOLEAN_ATTRS:
                return None
            value = True
        else:
            value = _decode(raw)
        groups[-1][2].append((attr, value))
    return groups


class BaseCookie(dict):
    """A dictionary of Morsels, keyed by cookie name."""

    def __init__(self, input=None):
        if input:
            self.load(input)

    def load(self, rawdata):
        if not isinstance(rawdata, str):
            for key, value in rawdata.items():
                self[key] = value
            return
        groups = _cookie_groups(_items(rawdata), self.value_decode)
        for name, (real, coded), attributes in groups or ():
            self._store(name, real, coded)
            morsel = self[name]
            for attr, value in attributes:
                morsel[attr] = value

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        text = str(val)
        return text, text

    def _store(self, key, real, coded):
        morsel = self.get(key, Morsel())
        morsel.set(key, real, coded)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            self._store(key, *self.value_encode(value))

    def __repr__(self):
        shown = " ".join(f"{key}={morsel.value!r}"
                         for key, morsel in sorted(self.items()))
        return f"<{type(self).__name__}: {shown}>"

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        return sep.join(morsel.output(attrs, header)
                        for _, morsel in sorted(self.items()))

    __str__ = output

    def js_output(self, attrs=None):
        return "".join(morsel.js_output(attrs)
                       for _, morsel in sorted(self.items()))


class SimpleCookie(BaseCookie):
    """BaseCookie whose values are strings, quoted as needed on output."""

    def value_decode(self, val):
        return _decode(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _encode(text)
