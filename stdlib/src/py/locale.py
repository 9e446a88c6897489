"""Locale services (CPython's locale module, written for pyrs).

pyrs runs on WASI, whose only locales are "C" (also spelled "POSIX") and
"C.UTF-8".  setlocale() accepts those, as the C library of a system with no
other locale installed would, and raises locale.Error for any other name.
Every category therefore follows the C conventions: '.' as the decimal
point, no digit grouping, no currency, English day and month names.
normalize() knows the usual language and territory names (a subset of the
alias table CPython ships).
"""

import sys
from _collections_abc import Mapping as _Mapping

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_pystr = str   # the built-in, before this module's str() hides it


class Error(Exception):
    """A locale the system does not provide, or a failed locale query."""


CHAR_MAX = 127

# glibc's category numbers; 6 is "all of them"
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

# every category glibc keeps, in the order of its composite names
_CATEGORY_NAMES = {
    0: 'LC_CTYPE', 1: 'LC_NUMERIC', 2: 'LC_TIME', 3: 'LC_COLLATE',
    4: 'LC_MONETARY', 5: 'LC_MESSAGES', 7: 'LC_PAPER', 8: 'LC_NAME',
    9: 'LC_ADDRESS', 10: 'LC_TELEPHONE', 11: 'LC_MEASUREMENT',
    12: 'LC_IDENTIFICATION',
}

# ---------------------------------------------------------------------------
# nl_langinfo() keys (glibc's values) and the C locale's answers

CODESET = 14
RADIXCHAR = 0x10000
THOUSEP = 0x10001
CRNCYSTR = 0x4000F
YESEXPR = 0x50000
NOEXPR = 0x50001
AM_STR = 0x20026
PM_STR = 0x20027
D_T_FMT = 0x20028
D_FMT = 0x20029
T_FMT = 0x2002A
T_FMT_AMPM = 0x2002B
ERA = 0x2002C
ERA_D_FMT = 0x2002E
ALT_DIGITS = 0x2002F
ERA_D_T_FMT = 0x20030
ERA_T_FMT = 0x20031

_WEEKDAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
             'Friday', 'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')

_LANGINFO = {
    RADIXCHAR: '.', THOUSEP: '', CRNCYSTR: '-',
    YESEXPR: '^[yY]', NOEXPR: '^[nN]', AM_STR: 'AM', PM_STR: 'PM',
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '',
    ERA_D_T_FMT: '', ERA_T_FMT: '',
}


def _name_constants():
    # ABDAY_n/DAY_n, ABMON_n/MON_n: consecutive numbers from 0x20000
    space = globals()
    code = 0x20000
    for prefix, names, cut in (('ABDAY_', _WEEKDAYS, 3), ('DAY_', _WEEKDAYS, None),
                               ('ABMON_', _MONTHS, 3), ('MON_', _MONTHS, None)):
        for number, word in enumerate(names, 1):
            space[prefix + '%d' % number] = code
            _LANGINFO[code] = word[:cut] if cut else word
            code += 1


_name_constants()
del _name_constants


def nl_langinfo(key):
    """Return the string the current locale gives for one nl_langinfo key."""
    key = _index(key)
    if key == CODESET:
        return _codeset(_settings[LC_CTYPE])
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError('unsupported langinfo constant') from None


# ---------------------------------------------------------------------------
# the locale settings of this process

def _index(value):
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _no_nul(text):
    if '\0' in text:
        raise ValueError('embedded null character')
    return text


def _codeset(name):
    return 'ANSI_X3.4-1968' if name == 'C' else 'UTF-8'


def _installed(name):
    """The name glibc records for `name` if that locale exists, else None."""
    if name in ('C', 'POSIX'):
        return 'C'
    rest, at, _ = name.partition('@')
    lang, dot, codeset = rest.partition('.')
    if not dot or lang.partition('_')[0] != 'C':
        return None
    if codeset.lower().rstrip(' ') in ('utf-8', 'utf8'):
        return name
    return None


def _environ():
    try:
        import os
    except ImportError:
        return {}
    return os.environ


def _getenv(var):
    if var == 'LC_CTYPE' and _ctype_coerced:
        # CPython's start-up turns a C LC_CTYPE into C.UTF-8 (PEP 538) and
        # records that in the variable LC_CTYPE
        return 'C.UTF-8'
    return _environ().get(var)


def _requested(category_name):
    """The locale name an empty setlocale() argument means for a category."""
    for var in ('LC_ALL', category_name, 'LANG'):
        value = _getenv(var)
        if value:
            return value
    return 'C'


def _start_up():
    # what CPython's start-up leaves: LC_CTYPE from the environment; a C
    # LC_CTYPE (without LC_ALL) is coerced to C.UTF-8, and then every other
    # category is read from the environment too, if all of them exist
    global _ctype_coerced
    ctype = _installed(_requested('LC_CTYPE'))
    if ctype not in (None, 'C') or _environ().get('LC_ALL'):
        _settings[LC_CTYPE] = ctype or 'C'
        return
    _ctype_coerced = True
    _settings[LC_CTYPE] = 'C.UTF-8'
    chosen = _resolve_all('')
    if chosen is not None:
        _settings.update(chosen)


def _summary():
    names = [_settings[c] for c in _CATEGORY_NAMES]
    if names.count(names[0]) == len(names):
        return names[0]
    return ';'.join('%s=%s' % (_CATEGORY_NAMES[c], _settings[c])
                    for c in _CATEGORY_NAMES)


def _resolve_all(text):
    """Per-category names for an LC_ALL request, or None if one is missing."""
    if text == '':
        chosen = {c: _installed(_requested(n)) for c, n in _CATEGORY_NAMES.items()}
    elif ';' in text or '=' in text:
        by_name = {}
        for part in text.split(';'):
            label, eq, value = part.partition('=')
            if not eq:
                return None
            by_name[label] = value
        if sorted(by_name) != sorted(_CATEGORY_NAMES.values()):
            return None
        chosen = {c: _installed(by_name[n]) for c, n in _CATEGORY_NAMES.items()}
    else:
        one = _installed(text)
        chosen = dict.fromkeys(_CATEGORY_NAMES, one)
    if None in chosen.values():
        return None
    return chosen


_settings = dict.fromkeys(_CATEGORY_NAMES, 'C')
_ctype_coerced = False
_start_up()


def _set_or_query(category, locale=None):
    category = _index(category)
    if locale is None:
        if category == LC_ALL:
            return _summary()
        if category not in _settings:
            raise Error('locale query failed')
        return _settings[category]
    if not isinstance(locale, _pystr):
        raise TypeError('setlocale() argument 2 must be str or None, not %s'
                        % type(locale).__name__)
    _no_nul(locale)
    if category == LC_ALL:
        chosen = _resolve_all(locale)
        if chosen is None:
            raise Error('unsupported locale setting')
        _settings.update(chosen)
        return _summary()
    if category not in _settings:
        raise Error('unsupported locale setting')
    if locale == '':
        locale = _requested(_CATEGORY_NAMES[category])
    name = _installed(locale)
    if name is None:
        raise Error('unsupported locale setting')
    _settings[category] = name
    return name


def _join_pair(localetuple):
    """'language.encoding' from a (language, encoding) pair."""
    try:
        lang, codeset = localetuple
        lang = 'C' if lang is None else lang
        return lang if codeset is None else lang + '.' + codeset
    except (TypeError, ValueError):
        pass
    raise TypeError('Locale must be None, a string, or an iterable of '
                    'two strings -- language code, encoding.')


def setlocale(category, locale=None):
    """Set the locale of `category` and return the new setting; with `locale`
    None, only return the current one.

    `locale` may be a name, '' (taken from the LC_ALL, LC_* and LANG
    environment variables) or a (language, encoding) pair.
    """
    if locale and not isinstance(locale, _pystr):
        # a (language, encoding) pair
        return _set_or_query(category, normalize(_join_pair(locale)))
    return _set_or_query(category, locale)


def _split_name(localename):
    """Split a locale name into (language code, encoding)."""
    full = normalize(localename)
    name, at, extra = full.partition('@')
    if at and extra == 'euro' and '.' not in name:
        return name, 'iso-8859-15'
    if '.' in name:
        parts = name.split('.')
        return parts[0], parts[1]
    code = name
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """Return (language code, encoding) for the current setting of
    `category`; (None, None) stands for the C locale."""
    current = _set_or_query(category)
    if category == LC_ALL and ';' in current:
        raise TypeError('category LC_ALL is not supported')
    return _split_name(current)


def _env_default(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    for var in envvars:
        found = _getenv(var)
        if found:
            if var == 'LANGUAGE':
                found = found.split(':')[0]
            break
    else:
        found = 'C'
    return _split_name(found)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Guess the user's (language code, encoding) from the first of
    `envvars` that is set; deprecated."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for "
                  "removal in Python 3.15. Use setlocale(), getencoding() and "
                  "getlocale() instead.", DeprecationWarning, stacklevel=2)
    return _env_default(envvars)


def resetlocale(category=LC_ALL):
    """Set `category` to the environment's default locale; deprecated."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    _set_or_query(category, _join_pair(_env_default()))


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return _codeset(_settings[LC_CTYPE])


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 in UTF-8 mode, else
    the locale's encoding."""
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    return getencoding()


# ---------------------------------------------------------------------------
# conventions, collation, numbers

def localeconv():
    """The C locale's numeric and monetary conventions, as a new dict."""
    unset = CHAR_MAX
    return {
        'int_curr_symbol': '', 'currency_symbol': '',
        'mon_decimal_point': '', 'mon_thousands_sep': '', 'mon_grouping': [],
        'positive_sign': '', 'negative_sign': '',
        'int_frac_digits': unset, 'frac_digits': unset,
        'p_cs_precedes': unset, 'p_sep_by_space': unset,
        'n_cs_precedes': unset, 'n_sep_by_space': unset,
        'p_sign_posn': unset, 'n_sign_posn': unset,
        'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
    }


def _checked_str(value, what):
    if not isinstance(value, _pystr):
        raise TypeError('%s must be str, not %s' % (what, type(value).__name__))
    return _no_nul(value)


def strcoll(os1, os2, /):
    """Compare two strings by the locale's collation (code points here)."""
    a = _checked_str(os1, 'strcoll() argument 1')
    b = _checked_str(os2, 'strcoll() argument 2')
    return (a > b) - (a < b)


def strxfrm(string, /):
    """A key string whose plain comparison matches strcoll()."""
    return _checked_str(string, 'strxfrm() argument')


_MODIFIER_CHARS = frozenset('-#0123456789 +*.hlL')
_CONVERSION_CHARS = frozenset('eEfFgGdiouxXcrs%')


def _numeric_rules(monetary):
    """(decimal point, thousands separator, grouping) of the current locale."""
    conv = localeconv()
    if monetary:
        return conv['mon_decimal_point'], conv['mon_thousands_sep'], conv['mon_grouping']
    return conv['decimal_point'], conv['thousands_sep'], conv['grouping']


_ASCII_DIGITS = frozenset('0123456789')


def _width_plan(pattern):
    """Read a grouping list as (leading widths, width repeated after them).

    The repeat is None when the list ends or hits CHAR_MAX; a 0 repeats the
    width just before it, and is an error in first place.
    """
    widths = []
    for entry in pattern:
        if entry == CHAR_MAX:
            return widths, None
        if entry == 0:
            if not widths:
                raise ValueError('invalid grouping')
            return widths, widths[-1]
        widths.append(entry)
    return widths, None


def _step_back(at, width):
    """Start index of a group of `width` chars ending at index `at`.

    Odd widths act as string slicing would: too wide stops at 0, a negative
    width counts from the front.
    """
    if width > 0:
        return max(at - width, 0)
    return min(at, -width)


def _cut_digits(body, sep, pattern):
    """Put `sep` between the digit groups of the integer text `body`.

    Boundaries are found first (walking from the right end of the non-blank
    part), then the text is rebuilt left to right with the trailing blanks
    put back.  If a boundary would follow a non-digit, the text left of it
    stays in front without a separator.
    """
    if not body:
        raise IndexError('string index out of range')
    widths, repeat = _width_plan(pattern)
    core = body.rstrip(' ')
    marks = [len(core)]          # boundaries, found right to left
    while marks[-1]:
        at = marks[-1]
        taken = len(marks) - 1
        if taken < len(widths):
            width = widths[taken]
        elif repeat is not None:
            width = repeat
        else:
            marks.append(0)      # pattern used up: the rest is one group
            break
        if core[at - 1] not in _ASCII_DIGITS:
            break
        marks.append(_step_back(at, width))
    marks.reverse()
    out = [core[:marks[0]]]
    for i in range(1, len(marks)):
        if i > 1:
            out.append(sep)
        out.append(core[marks[i - 1]:marks[i]])
    out.append(body[len(core):])
    return ''.join(out)


def _shave(text, budget):
    """Drop up to `budget` blanks, from the left end first, then the right;
    a negative budget drops them all (and fails on a text of blanks)."""
    if budget == 0:
        return text
    if budget < 0:
        if not text.strip(' '):
            raise IndexError('string index out of range')
        return text.strip(' ')
    left = len(text) - len(text.lstrip(' '))
    cut = min(left, budget)
    text = text[cut:]
    budget -= cut
    right = len(text) - len(text.rstrip(' '))
    cut = min(right, budget)
    return text[:len(text) - cut]


def _dress(text, grouping, monetary):
    """Put the locale's decimal point (and separators) into a number text."""
    has_point = '.' in text
    point, sep, pattern = _numeric_rules(monetary)
    whole = text
    if has_point:
        whole, frac = text.split('.', 1)
    budget = 0
    if grouping and pattern:
        grouped = _cut_digits(whole, sep, pattern)
        tail = whole.rstrip(' ')
        # Blanks to give back: one per separator char added; when no group
        # forms at all (nothing but blanks, or a first cut after a non-digit)
        # the budget is -len(sep), which strips every blank.
        if tail and (pattern[0] == CHAR_MAX or tail[-1] in _ASCII_DIGITS):
            budget = len(grouped) - len(whole)
        else:
            budget = -len(sep)
        whole = grouped
    if has_point:
        whole += point + frac.replace('.', point)
    return _shave(whole, budget)


def localize(string, grouping=False, monetary=False):
    """Turn a '.'-based number string into the locale's spelling."""
    return _dress(string, grouping, monetary)


def delocalize(string):
    """Turn a number string in the locale's spelling into a '.'-based one."""
    conv = localeconv()
    sep = conv['thousands_sep']
    if sep:
        string = string.replace(sep, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return string


def _next_spec(fmt, at):
    """End of the %-conversion starting at fmt[at] == '%', or -1 if none."""
    size = len(fmt)

    def tail(pos):
        while pos < size and fmt[pos] in _MODIFIER_CHARS:
            pos += 1
        if pos < size and fmt[pos] in _CONVERSION_CHARS:
            return pos + 1
        return -1

    pos = at + 1
    if pos < size and fmt[pos] == '(':
        line_end = fmt.find('\n', pos)
        if line_end < 0:
            line_end = size
        close = fmt.find(')', pos + 1, line_end)
        while close >= 0:
            end = tail(close + 1)
            if end >= 0:
                return end
            close = fmt.find(')', close + 1, line_end)
        return -1
    return tail(pos)


def _stars(spec):
    """How many '*' fields the flags part of a spec has."""
    flags = spec[spec.rfind(')') + 1:] if spec.startswith('%(') else spec
    return flags.count('*')


def format_string(f, val, grouping=False, monetary=False):
    """Like f % val, with numbers written the locale's way (digit groups
    when `grouping`, the monetary conventions when `monetary`)."""
    if not isinstance(f, _pystr):
        try:
            memoryview(f)
        except TypeError:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(f).__name__) from None
        raise TypeError('cannot use a string pattern on a bytes-like object')
    whole = isinstance(val, _Mapping)
    if not whole and not isinstance(val, tuple):
        val = (val,)
    template = []
    pieces = []
    taken = 0
    start = 0
    at = f.find('%')
    while at >= 0:
        end = _next_spec(f, at)
        if end < 0:
            at = f.find('%', at + 1)
            continue
        spec = f[at:end]
        kind = spec[-1]
        template.append(f[start:at])
        template.append('%s')
        start = end
        at = f.find('%', end)
        if kind == '%':
            pieces.append('%')
            continue
        if whole:
            text = spec % val
        else:
            # one item, plus one more per '*' while the tuple lasts
            extra = _stars(spec)
            first = val[taken]
            more = val[taken + 1:taken + 1 + extra]
            text = spec % ((first,) + more if more else first)
            taken += 1 + extra
        if kind in 'eEfFgG':
            text = _dress(text, grouping, monetary)
        elif kind in 'diu' and grouping:
            text = _dress(text, True, monetary)
        pieces.append(text)
    template.append(f[start:])
    return ''.join(template) % tuple(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """Write `val` as an amount of money in the locale's currency style."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    amount = _dress(format(abs(val), '.%sf' % (digits,)), grouping, True)
    side = 'n_' if val < 0 else 'p_'
    sign = conv['negative_sign' if side == 'n_' else 'positive_sign']
    before = after = ''
    if symbol:
        mark = conv['int_curr_symbol' if international else 'currency_symbol']
        gap = ' ' if conv[side + 'sep_by_space'] else ''
        if conv[side + 'cs_precedes']:
            before = mark + gap
        else:
            if international and mark[-1] == ' ':
                mark = mark[:-1]
            after = gap + mark
    where = conv[side + 'sign_posn']
    parts = [before, amount, after]
    if where == 0:
        parts = ['('] + parts + [')']
    elif where == 2:
        parts.append(sign)
    elif where == 3:
        parts = [p.replace('<', sign) for p in parts]
        parts[1] = sign + parts[1]
    elif where == 4:
        parts = [p.replace('>', sign) for p in parts]
        parts[1] += sign
    else:
        parts.insert(0, sign)
    return ''.join(parts).replace('<', '').replace('>', '')


def str(val):
    """Like str() of a float ('%.12g'), with the locale's decimal point."""
    return _dress('%.12g' % val, False, False)


def atof(string, func=float):
    """Read a number written the locale's way, converting it with func."""
    return func(delocalize(string))


def atoi(string):
    """Read an integer written the locale's way."""
    return int(delocalize(string))


# ---------------------------------------------------------------------------
# message catalogues: none exist, so every message translates to itself

_text_domain = ['messages']
_domain_dirs = {}
_domain_codesets = {}


def _domain_arg(value, where, optional=True):
    if value is None and optional:
        return value
    if not isinstance(value, _pystr):
        raise TypeError('%s must be str%s, not %s'
                        % (where, ' or None' if optional else '',
                           type(value).__name__))
    return _no_nul(value)


def gettext(msg, /):
    """Translate `msg` by the current domain's catalogue."""
    return _domain_arg(msg, 'gettext() argument', False)


def dgettext(domain, msg, /):
    """Translate `msg` by the catalogue of `domain`."""
    _domain_arg(domain, 'dgettext() argument 1')
    return _domain_arg(msg, 'dgettext() argument 2', False)


def dcgettext(domain, msg, category, /):
    """Translate `msg` by `domain`'s catalogue for `category`."""
    _domain_arg(domain, 'dcgettext() argument 1')
    msg = _domain_arg(msg, 'dcgettext() argument 2', False)
    _index(category)
    return msg


def textdomain(domain, /):
    """Set the current message domain (unless None); return it."""
    domain = _domain_arg(domain, 'textdomain() argument')
    if domain is not None:
        _text_domain[0] = domain or 'messages'
    return _text_domain[0]


def bindtextdomain(domain, dir, /):
    """Bind `domain` to the catalogue directory `dir` (unless None);
    return the directory bound."""
    domain = _domain_arg(domain, 'bindtextdomain() argument 1', False)
    if not domain:
        raise Error('domain must be a non-empty string')
    if dir is not None:
        import os
        path = os.fspath(dir)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        _domain_dirs[domain] = _no_nul(path)
    return _domain_dirs.get(domain, '/usr/share/locale')


def bind_textdomain_codeset(domain, codeset, /):
    """Set the encoding of `domain`'s messages (unless None); return it."""
    domain = _domain_arg(domain, 'bind_textdomain_codeset() argument 1', False)
    codeset = _domain_arg(codeset, 'bind_textdomain_codeset() argument 2')
    if codeset is not None:
        _domain_codesets[domain] = codeset
    return _domain_codesets.get(domain)


# ---------------------------------------------------------------------------
# locale name normalisation

# Encoding spellings (lower case, words joined by '_') -> the spelling
# locale names use.
locale_encoding_alias = {
    '437': 'C', 'c': 'C', 'en': 'ISO8859-1', 'ascii': 'ISO8859-1',
    'jis': 'JIS7', 'jis7': 'JIS7', 'iso2022_jp': 'JIS7', 'iso2022jp': 'JIS7',
    'ajec': 'eucJP', 'euc_jp': 'eucJP', 'eucjp': 'eucJP',
    'euc_kr': 'eucKR', 'euckr': 'eucKR', 'shift_jis': 'SJIS', 'shiftjis': 'SJIS',
    'utf_8': 'UTF-8', 'utf8': 'UTF-8', 'tactis': 'TACTIS', 'kz1048': 'RK1048',
    'latin_1': 'ISO8859-1', 'latin1': 'ISO8859-1',
}
for _n in ('c', 'r', 't', 'u'):
    locale_encoding_alias['koi8' + _n] = 'KOI8-' + _n.upper()
    if _n != 'c':
        locale_encoding_alias['koi8_' + _n] = 'KOI8-' + _n.upper()
for _n in ('1251', '1255', '1256'):
    locale_encoding_alias['cp' + _n] = 'CP' + _n
    locale_encoding_alias['microsoftcp' + _n] = 'CP' + _n
for _n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16):
    locale_encoding_alias['iso8859_%d' % _n] = 'ISO8859-%d' % _n
    locale_encoding_alias['iso8859%d' % _n] = 'ISO8859-%d' % _n
for _n in (1, 2, 5, 15):
    locale_encoding_alias['8859%d' % _n] = 'ISO8859-%d' % _n
del _n

# Other spellings of codec names (as encodings.normalize_encoding leaves
# them) -> the codec's own name.
_CODEC_NAMES = {
    'utf': 'utf_8', 'u8': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'utf16': 'utf_16', 'u16': 'utf_16',
    'utf32': 'utf_32', 'u32': 'utf_32',
    'latin': 'latin_1', 'latin1': 'latin_1', 'l1': 'latin_1',
    'iso8859': 'latin_1', '8859': 'latin_1', 'iso_8859_1': 'latin_1',
    'iso8859_1': 'latin_1', 'cp819': 'latin_1', 'iso_ir_100': 'latin_1',
    'latin2': 'iso8859_2', 'l2': 'iso8859_2', 'latin3': 'iso8859_3',
    'latin4': 'iso8859_4', 'cyrillic': 'iso8859_5', 'arabic': 'iso8859_6',
    'greek': 'iso8859_7', 'greek8': 'iso8859_7', 'hebrew': 'iso8859_8',
    'latin5': 'iso8859_9', 'l5': 'iso8859_9', 'latin6': 'iso8859_10',
    'thai': 'iso8859_11', 'latin7': 'iso8859_13', 'latin8': 'iso8859_14',
    'latin9': 'iso8859_15', 'l9': 'iso8859_15', 'latin10': 'iso8859_16',
    'us_ascii': 'ascii', 'us': 'ascii', '646': 'ascii', 'iso646_us': 'ascii',
    'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii',
    'eucjp': 'euc_jp', 'ujis': 'euc_jp', 'u_jis': 'euc_jp',
    'euckr': 'euc_kr', 'sjis': 'shift_jis', 's_jis': 'shift_jis',
    'csshiftjis': 'shift_jis', 'iso2022jp': 'iso2022_jp', 'jis': 'iso2022_jp',
    'koi8r': 'koi8_r', 'koi8u': 'koi8_u', 'tis620': 'tis_620',
    'tis_620_0': 'tis_620', 'big5_hkscs': 'big5hkscs', 'hkscs': 'big5hkscs',
    'big5_tw': 'big5', 'csbig5': 'big5', 'windows_1252': 'cp1252',
    'windows_1251': 'cp1251', '1252': 'cp1252', 'pt154': 'ptcp154',
    'cp154': 'ptcp154', 'cyrillic_asian': 'ptcp154',
}

# The alias table, compactly.  A line "ENC: ll_TT ..." maps 'll_tt' to
# 'll_TT.ENC' (and the bare language 'll' too when the entry ends in '*');
# a line "=VALUE: key ..." maps each key to VALUE.
_ALIAS_SOURCE = """
ISO8859-1: af_ZA* br_FR* ca_ES* cy_GB* da_DK* de_AT de_BE de_CH de_DE* de_LU
 en_AU en_CA en_GB en_IE en_IN en_NZ en_US* en_ZA es_AR es_CL es_CO es_ES*
 es_MX es_PE es_US es_VE eu_ES* fo_FO* fr_BE fr_CA fr_CH fr_FR* fr_LU ga_IE*
 gl_ES* gv_GB* id_ID* is_IS* it_CH it_IT* kl_GL* kw_GB* ms_MY* nb_NO* nl_BE
 nl_NL* nn_NO* no_NO* oc_FR* pt_BR pt_PT* sv_FI sv_SE* tl_PH* wa_BE* xh_ZA*
 zu_ZA*
UTF-8: am_ET* bn_IN fa_IR* hy_AM ml_IN* mr_IN* pa_IN* ru_RU* se_NO sr_CS
 sr_RS* te_IN* uz_UZ*
ISO8859-2: bs_BA* cs_CZ* hr_HR* hu_HU* pl_PL* ro_RO* sk_SK* sl_SI* sq_AL*
ISO8859-6: ar_AE ar_EG ar_MA ar_SA
CP1251: be_BY* bg_BG*
ISO8859-7: el_CY el_GR*
ISO8859-3: eo_XX* mt_MT*
ISO8859-15: et_EE* fi_FI*
ISO8859-13: lt_LT* lv_LV*
KOI8-U: ru_UA uk_UA*
ISO8859-9E: az_AZ*
ISO8859-8: he_IL*
ISCII-DEV: hi_IN*
eucJP: ja_JP*
GEORGIAN-ACADEMY: ka_GE*
ptcp154: kk_KZ
eucKR: ko_KR*
ISO8859-5: mk_MK*
TSCII-0: ta_IN*
ISO8859-11: th_TH*
ISO8859-9: tr_TR*
CP1256: ur_PK*
TCVN: vi_VN*
CP1255: yi_US*
gb2312: zh_CN
big5hkscs: zh_HK
GB2312: zh_SG
big5: zh_TW
=C: c c.ascii c.en c_c c_c.c english_united-states.437 posix posix-utf2
=C.UTF-8: c.utf8
=ar_AA.ISO8859-6: ar
=be_BY.UTF-8@latin: be@latin be_by@latin
=ca_ES.ISO8859-1: catalan
=ca_ES.UTF-8@valencia: ca_es@valencia
=cs_CZ.ISO8859-2: czech
=da_DK.ISO8859-1: danish
=de_DE.ISO8859-1: german
=el_GR.ISO8859-7: greek
=en_EN.ISO8859-1: english
=en_US.ISO8859-1: c.iso88591 iso-8859-1 iso8859-1 iso_8859_1
=en_US.ISO8859-15: iso-8859-15 iso8859-15 iso_8859_15
=en_US.UTF-8: universal.utf8@ucs4
=en_US.utf: univ universal
=es_ES.ISO8859-1: spanish
=fi_FI.ISO8859-1: finnish
=fr_FR.ISO8859-1: french
=he_IL.ISO8859-8: hebrew
=hu_HU.ISO8859-2: hungarian
=it_IT.ISO8859-1: italian
=ja_JP.SJIS: ja_jp.mscode ja_jp.pck
=ja_JP.eucJP: japanese jp_jp ja_jp.euc
=ko_KR.eucKR: ko_kr.euc korean
=nb_NO.ISO8859-1: bokmal bokm\xe5l
=nl_NL.ISO8859-1: dutch
=nn_NO.ISO8859-1: nynorsk
=no_NO.ISO8859-1: norwegian
=ny_NO.ISO8859-1: no@nynorsk
=pl_PL.ISO8859-2: polish
=pt_PT.ISO8859-1: portuguese
=ru_RU.KOI8-R: russian
=sr_CS.UTF-8@latin: sr@latn sr_cs@latn
=sr_RS.UTF-8@latin: sr_rs@latn sr_yu
=sr_RS.UTF-8: sr@cyrillic sr_yu.utf8 sr_yu@cyrillic
=sr_ME.UTF-8: sr_me
=sv_SE.ISO8859-1: swedish
=tr_TR.ISO8859-9: turkish
=uz_UZ.UTF-8: uz_uz@cyrillic
=zh_CN.eucCN: chinese-s zh zh_cn.euc
=zh_TW.eucTW: chinese-t zh_tw.euc
"""


def _expand_aliases(source):
    """Build the alias dict from the compact listing above."""
    entries = []                 # [header, words] in source order
    for raw in source.splitlines():
        if raw.startswith(' '):
            entries[-1][1].extend(raw.split())
        elif raw.strip():
            head, _, words = raw.partition(': ')
            entries.append([head, words.split()])
    table = {}
    for head, words in entries:
        if head.startswith('='):
            table.update(dict.fromkeys(words, head[1:]))
            continue
        for word in words:
            code = word.rstrip('*')
            full = code + '.' + head
            table[code.lower()] = full
            if word.endswith('*'):
                table[code.partition('_')[0].lower()] = full
    return table


locale_alias = _expand_aliases(_ALIAS_SOURCE)
del _ALIAS_SOURCE, _expand_aliases

# Windows language identifiers -> locale names (the common ones)
windows_locale = {
    0x0401: 'ar_SA', 0x0402: 'bg_BG', 0x0403: 'ca_ES', 0x0404: 'zh_TW',
    0x0405: 'cs_CZ', 0x0406: 'da_DK', 0x0407: 'de_DE', 0x0408: 'el_GR',
    0x0409: 'en_US', 0x040b: 'fi_FI', 0x040c: 'fr_FR', 0x040d: 'he_IL',
    0x040e: 'hu_HU', 0x0410: 'it_IT', 0x0411: 'ja_JP', 0x0412: 'ko_KR',
    0x0413: 'nl_NL', 0x0414: 'nb_NO', 0x0415: 'pl_PL', 0x0416: 'pt_BR',
    0x0418: 'ro_RO', 0x0419: 'ru_RU', 0x041a: 'hr_HR', 0x041d: 'sv_SE',
    0x041e: 'th_TH', 0x041f: 'tr_TR', 0x0421: 'id_ID', 0x0422: 'uk_UA',
    0x042a: 'vi_VN', 0x0439: 'hi_IN', 0x043e: 'ms_MY', 0x0804: 'zh_CN',
    0x0807: 'de_CH', 0x0809: 'en_GB', 0x080a: 'es_MX', 0x080c: 'fr_BE',
    0x0816: 'pt_PT', 0x0c09: 'en_AU', 0x0c0a: 'es_ES', 0x0c0c: 'fr_CA',
    0x1009: 'en_CA',
}


def _canon_codeset(raw):
    """The spelling a normalized locale name uses for the encoding `raw`."""
    # punctuation runs become one '_' (only between kept text); letters and
    # digits outside ASCII end a run but are left out themselves
    name = ''
    gap = False
    for ch in raw:
        if ch.isalnum() or ch == '.':
            if gap and name:
                name += '_'
            gap = False
            if ch.isascii():
                name += ch
        else:
            gap = True
    codec = _CODEC_NAMES.get(name, name)
    for spelling in (codec, name, name.replace('_', '')):
        if spelling in locale_encoding_alias:
            return locale_encoding_alias[spelling]
    return codec


def _redecorate(found, codeset, modifier):
    """Alias value `found` with the caller's encoding and/or modifier
    (None where the alias itself supplied it); None if they clash."""
    head, at, own_modifier = found.partition('@')
    lang, dot, own_codeset = head.partition('.')
    if codeset is not None:
        own_codeset, dot = codeset, '.'
    if modifier is not None and at:
        if modifier != own_modifier:
            return None
        modifier = None
    if modifier == 'euro':
        if not dot or own_codeset == 'ISO8859-1':
            own_codeset, dot = 'ISO8859-15', '.'
            modifier = None
        elif own_codeset in ('UTF-8', 'ISO8859-15'):
            modifier = None
    text = lang + dot + own_codeset
    if at:
        text += '@' + own_modifier
    elif modifier is not None:
        text += '@' + modifier
    return text


def normalize(localename):
    """Return the canonical spelling of a locale name for setlocale(), using
    the alias tables; names the tables do not know come back unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    body, _, modifier = code.partition('@')
    lang, _, rest = body.partition('.')
    codeset = rest.partition('.')[0]
    key_codeset = codeset.replace('-', '').replace('_', '')
    wanted_codeset = _canon_codeset(codeset) if codeset else None
    modifier = modifier or None
    # most specific key first; each entry: (key, codeset to impose,
    # modifier still to add)
    tries = []
    if codeset:
        if modifier:
            tries.append((lang + '.' + key_codeset + '@' + modifier, None, None))
        tries.append((lang + '.' + key_codeset, None, modifier))
    if modifier:
        tries.append((lang + '@' + modifier, wanted_codeset, None))
    tries.append((lang, wanted_codeset, modifier))
    for key, impose, extra in tries:
        if key in locale_alias:
            result = _redecorate(locale_alias[key], impose, extra)
            return localename if result is None else result
    return localename
