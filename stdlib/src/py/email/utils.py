"""Assorted helpers: addresses, dates, message ids and RFC 2231 values."""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
    'encode_rfc2231', 'formataddr', 'formatdate', 'format_datetime',
    'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
    'parsedate_tz', 'parsedate_to_datetime', 'unquote',
]

import calendar
import datetime
import os
import random
import time
import urllib.parse

from email._lexer import delimited, scan


def _has_surrogates(s):
    """True if s holds surrogate-escaped bytes."""
    try:
        s.encode()
    except UnicodeEncodeError:
        return True
    return False


def _sanitize(string):
    # Turn surrogate escapes back into visible replacement characters.
    raw = string.encode('utf-8', 'surrogateescape')
    return raw.decode('utf-8', 'replace')


# --------------------------------------------------------------- quoting

def quote(str):
    """Backslash-escape backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Remove one level of "quotes" or <angle brackets>."""
    if len(str) > 1:
        if str[0] == '"' and str[-1] == '"':
            inner = str[1:-1]
            return inner.replace('\\\\', '\\').replace('\\"', '"')
        if str[0] == '<' and str[-1] == '>':
            return str[1:-1]
    return str


# ------------------------------------------------------------- addresses

_NEEDS_QUOTES = set('()<>@,:;".[]\\')


def formataddr(pair, charset='utf-8'):
    """Inverse of parseaddr: ('Name', 'addr') -> 'Name <addr>'."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        from email.charset import Charset
        if isinstance(charset, str):
            charset = Charset(charset)
        return '%s <%s>' % (charset.header_encode(name), address)
    if _NEEDS_QUOTES.intersection(name):
        name = '"%s"' % quote(name)
    return '%s <%s>' % (name, address)


class _AddressReader:
    """Reads a comma separated address list from a token stream."""

    def __init__(self, text):
        self.toks = scan(text)
        self.pos = 0

    def peek(self):
        while self.pos < len(self.toks) and self.toks[self.pos].kind == 'blank':
            self.pos += 1
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def is_mark(self, tok, chars):
        return tok is not None and tok.kind == 'mark' and tok.value in chars

    def take_comments(self, notes):
        tok = self.peek()
        while tok is not None and tok.kind == 'comment':
            notes.append(tok.value)
            self.pos += 1
            tok = self.peek()
        return tok

    def addr_spec(self, first_parts, notes):
        # local-part ["@" domain]; first_parts were already consumed.
        local = list(first_parts)
        tok = self.take_comments(notes)
        while self.is_mark(tok, '.'):
            self.pos += 1
            local.append('.')
            tok = self.take_comments(notes)
            if tok is not None and tok.kind in ('word', 'quoted'):
                local.append(self.word_text(tok))
                self.pos += 1
                tok = self.take_comments(notes)
        text = ''.join(local)
        if not self.is_mark(tok, '@'):
            return text
        self.pos += 1
        return text + '@' + self.domain(notes)

    def word_text(self, tok):
        if tok.kind == 'quoted':
            return '"%s"' % quote(tok.value)
        return tok.value

    def domain(self, notes):
        parts = []
        tok = self.take_comments(notes)
        while tok is not None:
            if tok.kind in ('word', 'literal'):
                parts.append(tok.value)
            elif self.is_mark(tok, '.'):
                parts.append('.')
            else:
                break
            self.pos += 1
            tok = self.take_comments(notes)
        return ''.join(parts)

    def angle(self, notes):
        # After '<': optional route, addr-spec, '>'.
        tok = self.take_comments(notes)
        if self.is_mark(tok, '>'):
            self.pos += 1
            return ''
        if self.is_mark(tok, '@'):
            # A source route: skipped up to its ':'.
            self.pos += 1
            self.domain(notes)
            tok = self.peek()
            if self.is_mark(tok, ':'):
                self.pos += 1
            tok = self.peek()
        first = []
        if tok is not None and tok.kind in ('word', 'quoted'):
            first.append(self.word_text(tok))
            self.pos += 1
        addr = self.addr_spec(first, notes)
        tok = self.peek()
        if self.is_mark(tok, '>'):
            self.pos += 1
        return addr

    def one(self):
        """Parse one address (or group); returns a list of pairs."""
        notes = []
        phrase = []
        raw_words = []
        while True:
            tok = self.peek()
            if tok is None:
                break
            if tok.kind in ('word', 'quoted'):
                phrase.append(tok.value)
                raw_words.append(self.word_text(tok))
                self.pos += 1
            elif tok.kind == 'comment':
                notes.append(tok.value)
                phrase.append('(%s)' % tok.value)
                self.pos += 1
            elif tok.kind == 'literal':
                phrase.append(tok.value)
                raw_words.append(tok.value)
                self.pos += 1
            else:
                break
        tok = self.peek()
        if tok is None or self.is_mark(tok, ',;'):
            if tok is not None:
                self.pos += 1
            if raw_words:
                return [(' '.join(notes), raw_words[0])]
            return [('', '')]
        if self.is_mark(tok, ':'):
            self.pos += 1
            found = []
            while True:
                tok = self.peek()
                if tok is None:
                    break
                if self.is_mark(tok, ';'):
                    self.pos += 1
                    break
                if self.is_mark(tok, ','):
                    self.pos += 1
                    continue
                found.extend(self.one())
            return found
        if self.is_mark(tok, '<'):
            self.pos += 1
            addr = self.angle(notes)
            name = ' '.join(phrase)
            self.skip_to_separator()
            return [(name, addr)]
        if self.is_mark(tok, '@.'):
            first = raw_words[-1:] if raw_words else []
            addr = self.addr_spec(first, notes)
            self.take_comments(notes)
            name = ' '.join(notes)
            self.skip_to_separator()
            return [(name, addr)]
        self.pos += 1
        return [('', '')]

    def skip_to_separator(self):
        tok = self.peek()
        if self.is_mark(tok, ','):
            self.pos += 1

    def all(self):
        found = []
        while self.peek() is not None:
            found.extend(self.one())
        return found


# The classic getaddresses()/parseaddr() reading.  It is deliberately
# lenient: every piece of input ends up in some (name, address) pair, and
# its odd results for broken input are part of the observable API, so
# the rules below mirror what callers actually get.
#
# The text is lexed once (brackets as plain marks).  Each list member
# starts with a "run": words, quoted strings, dots, comments and blanks.
# The mark that ends the run decides how the run is read:
#   '@'   the run is a local part, a domain follows
#   '<'   the run is a display name, an angle address follows
#   ':'   a group: members up to ';'
#   else  the first word of the run is the address (no name)

_RUN_KINDS = ('word', 'quoted', 'comment', 'blank')


class _TokenCursor:
    """Position in a lexed address list; can re-lex from any offset."""

    def __init__(self, text):
        self.text = text
        self._relex(0)

    def _relex(self, offset):
        self.toks = scan(self.text[offset:], literals=False)
        self.starts = []
        for tok in self.toks:
            self.starts.append(offset)
            offset += len(tok.raw)
        self.i = 0

    def tok(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def at_mark(self, chars):
        tok = self.tok()
        return tok is not None and tok.kind == 'mark' and tok.value in chars

    def step(self):
        self.i += 1

    def done(self):
        return self.i >= len(self.toks)

    def pass_gaps(self, notes):
        """Move over blanks and comments, noting the comments."""
        tok = self.tok()
        while tok is not None and tok.kind in ('blank', 'comment'):
            if tok.kind == 'comment':
                notes.append(tok.value)
            self.i += 1
            tok = self.tok()

    def take_run(self):
        """Tokens up to the next mark other than '.' (or the end)."""
        first = self.i
        tok = self.tok()
        while tok is not None and (tok.kind in _RUN_KINDS or tok.value == '.'):
            self.i += 1
            tok = self.tok()
        return self.toks[first:self.i]

    def bracketed(self):
        """Read a [domain literal] starting at the current '[' mark."""
        value, end, _ = delimited(self.text, self.starts[self.i] + 1, ']')
        self._relex(end)
        return '[%s]' % value

    def drop_char(self):
        """Discard one character of input (a whole blank run is fine)."""
        tok = self.tok()
        if tok is None:
            return
        if tok.kind == 'blank' or len(tok.raw) == 1:
            self.i += 1
        else:
            self._relex(self.starts[self.i] + 1)


def _run_words(run, notes):
    """Display-name words of a run: atoms may contain dots, and quoted
    strings count as single words."""
    words = []
    glued = False           # is the previous token part of an atom?
    for tok in run:
        if tok.kind == 'comment':
            notes.append(tok.value)
        joins = tok.kind == 'word' or tok.kind == 'mark'
        if joins and glued:
            words[-1] += tok.value
        elif joins or tok.kind == 'quoted':
            words.append(tok.value)
        glued = joins
    return words


def _run_local_part(run, notes, followed):
    """A run read as a local part.  Quoted words are re-quoted, blanks
    between two words survive (minus line breaks), blanks next to dots
    vanish, and so do trailing blanks when a mark follows the run."""
    text = []
    gap = ''
    last = None             # kind of the last piece written
    for tok in run:
        if tok.kind == 'blank':
            gap += tok.value.replace('\r', '').replace('\n', '')
        elif tok.kind == 'comment':
            notes.append(tok.value)
        elif tok.kind == 'mark':
            text.append('.')
            last, gap = '.', ''
        else:
            if gap and last == 'word':
                text.append(gap)
            text.append('"%s"' % quote(tok.value)
                        if tok.kind == 'quoted' else tok.value)
            last, gap = 'word', ''
    if last == 'word' and gap and not followed:
        text.append(gap)
    return ''.join(text)


def _domain_part(cur, notes):
    """Domain after an '@'; '' when another '@' spoils it."""
    cur.pass_gaps(notes)
    pieces = []
    while True:
        tok = cur.tok()
        if tok is None:
            break
        if tok.kind == 'blank':
            if '\r' in tok.value or '\n' in tok.value:
                break
        elif tok.kind == 'comment':
            notes.append(tok.value)
        elif tok.kind == 'word' or cur.at_mark('.'):
            pieces.append(tok.value)
        elif cur.at_mark('['):
            pieces.append(cur.bracketed())
            continue
        elif cur.at_mark('@'):
            return ''
        else:
            break
        cur.step()
    return ''.join(pieces)


def _finish_address(cur, local, notes):
    """local '@' domain, when an '@' follows; a spoilt domain gives ''."""
    if not cur.at_mark('@'):
        return local
    cur.step()
    domain = _domain_part(cur, notes)
    return '%s@%s' % (local, domain) if domain else ''


def _inside_angles(cur, notes):
    """Address text after '<'; source-route hops are thrown away and
    one character after the address is eaten (normally the '>')."""
    while True:
        cur.pass_gaps(notes)
        tok = cur.tok()
        if tok is None or cur.at_mark('>'):
            cur.step()
            return ''
        if cur.at_mark(':'):
            cur.step()
        elif cur.at_mark('@'):
            cur.step()
            _domain_part(cur, notes)
        else:
            run = cur.take_run()
            local = _run_local_part(run, notes, not cur.done())
            address = _finish_address(cur, local, notes)
            cur.drop_char()
            return address


def _classic_member(cur):
    """Pairs for one list member: usually one, a group gives several,
    and a member with nothing usable gives none."""
    notes = []
    cur.pass_gaps(notes)
    run = cur.take_run()
    words = _run_words(run, notes)
    tok = cur.tok()
    found = []
    if cur.at_mark('@'):
        # The run was an addr-spec after all; its comments count twice.
        local = _run_local_part(run, notes, True)
        address = _finish_address(cur, local, notes)
        found.append((' '.join(notes), address))
    elif cur.at_mark('<'):
        cur.step()
        address = _inside_angles(cur, notes)
        name = ' '.join(words)
        if notes:
            name = '%s (%s)' % (name, ' '.join(notes))
        found.append((name, address))
    elif cur.at_mark(':'):
        cur.step()
        while True:
            cur.pass_gaps([])
            if cur.done():
                break
            if cur.at_mark(';'):
                cur.step()
                break
            found.extend(_classic_member(cur))
    elif words:
        found.append((' '.join(notes), words[0]))
    elif tok is not None:
        cur.step()
    cur.pass_gaps([])
    if cur.at_mark(','):
        cur.step()
    return found


def _classic_pairs(text):
    cur = _TokenCursor(text)
    pairs = []
    while not cur.done():
        pairs.extend(_classic_member(cur) or [('', '')])
    return pairs


def getaddresses(fieldvalues):
    """All (realname, address) pairs found in a list of header values."""
    return _classic_pairs(', '.join(map(str, fieldvalues)))


def parseaddr(addr):
    """Split one address into (realname, address); ('', '') on failure."""
    if not addr:
        return '', ''
    pairs = _classic_pairs(addr)
    return pairs[0] if pairs else ('', '')


# ----------------------------------------------------------------- dates

_WEEKDAYS = ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')
_MONTHS = ('jan', 'feb', 'mar', 'apr', 'may', 'jun',
           'jul', 'aug', 'sep', 'oct', 'nov', 'dec')
_MONTH_WORDS = {}
for _num, _full in enumerate(('january february march april may june july '
                              'august september october november december')
                             .split(), 1):
    _MONTH_WORDS[_full] = _MONTH_WORDS[_full[:3]] = _num
# Named zones of RFC 822 (plus UTC and Z), in hours east of Greenwich.
_NAMED_ZONES = dict(UT=0, UTC=0, GMT=0, Z=0, AST=-4, ADT=-3, EST=-5, EDT=-4,
                    CST=-6, CDT=-5, MST=-7, MDT=-6, PST=-8, PDT=-7)


def _word_kind(word):
    """Rough shape of one date word: 'month', 'clock' or ''."""
    if word.lower() in _MONTH_WORDS:
        return 'month'
    if ':' in word[1:]:
        return 'clock'
    return ''


def _date_slots(text):
    """The five date words (day and month in either order, then year,
    clock and zone in some order), or None.  A leading weekday goes
    away, 'dd-mon-yy hh:mm zone' (RFC 850) and 'hh:mm+zone' are pulled
    apart, and a four word date gets an empty zone."""
    words = text.split()
    if words:
        head = words[0]
        if head.endswith(',') or head.lower() in _WEEKDAYS:
            words = words[1:]
        else:
            words[0] = head.rpartition(',')[2]
    if len(words) == 3 and words[0].count('-') == 2:
        words = words[0].split('-') + words[1:]
    elif len(words) == 4:
        last = words.pop()
        sign = '+' if '+' in last else '-'
        cut = last.find(sign)
        if cut > 0:
            words += [last[:cut], last[cut:]]
        else:
            words += [last, '']
    if len(words) < 5 or not all(words[:3]):
        return None
    return words[:5]


# Where the year, clock and zone sit among the last three slots, chosen
# by (third slot is clock shaped, year candidate starts with a digit).
_TAIL_LAYOUT = {
    (False, True): (0, 1, 2),
    (True, True): (1, 0, 2),
    (False, False): (2, 1, 0),
    (True, False): (2, 0, 1),
}


def _read_clock(text):
    """[hour, minute, second] from h:m[:s] or h.m[.s]; None if unusable."""
    pieces = text.split(':') if ':' in text else text.split('.')
    if len(pieces) not in (2, 3):
        return None
    try:
        return [int(p) for p in pieces] + [0] * (3 - len(pieces))
    except ValueError:
        return None


def _offset_of(zone):
    """Seconds east of UTC; None for unknown zones and for -0000."""
    hours = _NAMED_ZONES.get(zone.upper())
    if hours is not None:
        return hours * 3600
    try:
        value = int(zone)
    except ValueError:
        return None
    if value == 0 and zone.startswith('-'):
        return None
    minutes = abs(value) // 100 * 60 + abs(value) % 100
    return 60 * minutes if value >= 0 else -60 * minutes


def _parsedate_tz(data):
    """Parse a date into a 10-item list (last item: UTC offset in seconds
    or None); None when the text cannot be understood."""
    if not data:
        return None
    slots = _date_slots(data)
    if slots is None:
        return None
    kinds = [_word_kind(w) for w in slots]
    if kinds[1] == 'month':
        day, month = slots[0], slots[1]
    elif kinds[0] == 'month':
        day, month = slots[1], slots[0]
    else:
        return None
    tail = slots[2:]
    clock_first = kinds[2] == 'clock'
    candidate = 1 if clock_first else 0
    tail[candidate] = tail[candidate].removesuffix(',')
    if not tail[candidate]:
        return None
    digit_led = tail[candidate][0].isdigit()
    year, clock, zone = (tail[i] for i in
                         _TAIL_LAYOUT[clock_first, digit_led])
    hms = _read_clock(clock.removesuffix(','))
    if hms is None:
        return None
    try:
        year = int(year)
        day = int(day.removesuffix(','))
    except ValueError:
        return None
    if year < 100:
        # Two digit years: 69..99 are 19xx, 00..68 are 20xx.
        year += 1900 if year > 68 else 2000
    return [year, _MONTH_WORDS[month.lower()], day] + hms + \
        [0, 1, -1, _offset_of(zone)]


def parsedate_tz(data):
    """Like parsedate, plus the UTC offset (0 when unknown)."""
    found = _parsedate_tz(data)
    if found is None:
        return None
    offset = found.pop()
    return tuple(found) + (offset or 0,)


def parsedate(data):
    """Parse a date into a 9-tuple usable with time.mktime, or None."""
    found = _parsedate_tz(data)
    return None if found is None else tuple(found[:9])


def mktime_tz(data):
    """POSIX timestamp of a 10-tuple from parsedate_tz."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """A datetime for an RFC 5322 date; naive when the zone is -0000."""
    found = _parsedate_tz(data)
    if found is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = found[9]
    zone = None if offset is None else \
        datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*found[:6], tzinfo=zone)


_DATE_LAYOUT = '{wd}, {t.tm_mday:02d} {mon} {t.tm_year:04d} ' \
               '{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} {zone}'


def format_datetime(dt, usegmt=False):
    """RFC 5322 date text for a datetime (naive means -0000)."""
    stamp = dt.timetuple()
    if not usegmt:
        zone = '-0000' if dt.tzinfo is None else dt.strftime('%z')
    elif dt.tzinfo is not None and dt.tzinfo == datetime.timezone.utc:
        zone = 'GMT'
    else:
        raise ValueError("usegmt option requires a UTC datetime")
    return _DATE_LAYOUT.format(
        t=stamp, zone=zone, wd=_WEEKDAYS[stamp.tm_wday].title(),
        mon=_MONTHS[stamp.tm_mon - 1].title())


def formatdate(timeval=None, localtime=False, usegmt=False):
    """RFC 5322 date text for a POSIX timestamp (default: now)."""
    seconds = time.time() if timeval is None else timeval
    moment = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)
    if localtime:
        return format_datetime(moment.astimezone())
    if usegmt:
        return format_datetime(moment, True)
    return format_datetime(moment.replace(tzinfo=None))


def localtime(dt=None, isdst=None):
    """Aware local datetime for dt (default: now)."""
    if dt is None:
        dt = datetime.datetime.now(datetime.timezone.utc)
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID such as <1.2.3@host>."""
    fields = [int(time.time() * 100),
              os.getpid() if hasattr(os, 'getpid') else 1,
              random.getrandbits(64)]
    if idstring is not None:
        fields.append(idstring)
    if domain is None:
        import socket
        domain = socket.getfqdn()
    return '<{}@{}>'.format('.'.join(map(str, fields)), domain)


# -------------------------------------------------------------- RFC 2231

def decode_rfc2231(s):
    """Split charset'language'text; not enough quotes -> (None, None, s)."""
    charset, _, rest = s.partition("'")
    language, found, text = rest.partition("'")
    if not found:
        return None, None, s
    return [charset, language, text]


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode s, prefixing charset'language' when either given."""
    escaped = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return escaped
    return "'".join([str(charset), language or '', escaped])


def _continuation_key(name):
    """For 'title*', 'title*0', 'title*1*': (base, number, encoded);
    None for names that are not RFC 2231 parameter names."""
    base, star, tail = name.partition('*')
    if not star or not base.isascii() or \
            not all(c.isalnum() or c == '_' for c in base):
        return None
    if not tail:
        return base, None, True
    encoded = tail.endswith('*')
    digits = tail[:-1] if encoded else tail
    if not (digits.isascii() and digits.isdigit()):
        return None
    return base, int(digits), encoded


def _assemble(pieces):
    # Join the pieces of one parameter in number order (mixing numbered
    # and unnumbered pieces cannot be ordered and raises TypeError).
    pieces.sort()
    texts = [urllib.parse.unquote(text, encoding='latin-1') if enc else text
             for _, text, enc in pieces]
    joined = quote(''.join(texts))
    if not any(enc for _, _, enc in pieces):
        return '"%s"' % joined
    charset, language, body = decode_rfc2231(joined)
    return (charset, language, '"%s"' % body)


def decode_params(params):
    """Merge RFC 2231 continuations and decode extended values.

    params is a list of (name, value) with values still quoted; the
    first item is passed through unchanged and plain parameters come
    before the merged ones."""
    plain = [params[0]]
    split = {}
    for name, value in params[1:]:
        key = _continuation_key(name)
        if key is None:
            plain.append((name, '"%s"' % quote(unquote(value))))
        else:
            split.setdefault(key[0], []).append(
                (key[1], unquote(value), key[2]))
    return plain + [(base, _assemble(pieces)) for base, pieces in split.items()]


def collapse_rfc2231_value(value, errors='replace',
                           fallback_charset='us-ascii'):
    """Turn an RFC 2231 (charset, language, text) triple into a str."""
    if isinstance(value, tuple) and len(value) == 3:
        charset, _, text = value
        if charset is None:
            charset = fallback_charset
        try:
            return text.encode('raw-unicode-escape').decode(charset, errors)
        except LookupError:
            return unquote(text)
    return unquote(value)
