"""string (CPython's string module, written for pyrs)."""

import re as _regex

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
    "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
    "Formatter", "Template",
]

# --- character-set constants ----------------------------------------------------------------

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = f'{ascii_lowercase}{ascii_uppercase}'
digits = '0123456789'
hexdigits = f'{digits}abcdefABCDEF'
octdigits = digits[:8]
# Every printable ASCII character that is neither a letter nor a digit, in code-point order.
punctuation = ''.join(c for c in map(chr, range(0x21, 0x7f)) if not c.isalnum())
printable = ''.join((digits, ascii_letters, punctuation, whitespace))


def capwords(s, sep=None):
    """Capitalize each word of s and glue the words back together.

    Words are separated by sep, or by runs of whitespace when sep is None; the result
    joins them with sep, or with one space when sep is None."""
    joiner = ' ' if sep is None else sep
    return joiner.join([word.capitalize() for word in s.split(sep)])


# --- Template -------------------------------------------------------------------------------

# Default of the positional `mapping` argument: compared by identity to mean "not given".
_NOTHING_PASSED = {}


class _KeywordsFirst:
    """Look keys up in the keyword arguments, falling back to the positional mapping."""

    __slots__ = ('kws', 'fallback')

    def __init__(self, kws, fallback):
        self.kws = kws
        self.fallback = fallback

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        try:
            return self.fallback[key]
        except KeyError:
            pass
        raise KeyError(key)


def _values_source(mapping, kws):
    # Where substitute()/safe_substitute() find placeholder values.
    if mapping is _NOTHING_PASSED:
        return kws
    if kws:
        return _KeywordsFirst(kws, mapping)
    return mapping


def _identifier_of(mo):
    # The placeholder name of a match ($name or ${name}), None for other matches.
    return mo['named'] or mo['braced']


def _pattern_source(delimiter, idpattern, braceidpattern):
    # Verbose-mode source of the default placeholder pattern, one alternative a line.
    delim = _regex.escape(delimiter)
    braced = braceidpattern or idpattern
    return '\n'.join([
        delim + '(?:',
        '  (?P<escaped>' + delim + ')',
        '| (?P<named>' + idpattern + ')',
        r'| \{(?P<braced>' + braced + r')\}',
        '| (?P<invalid>)',
        ')',
    ])


def _compiled_pattern(cls):
    # A class's own `pattern` (a string) or the one built from its delimiter and id
    # patterns, compiled with the class's flags plus VERBOSE.
    if 'pattern' in vars(cls):
        source = cls.pattern
    else:
        source = _pattern_source(cls.delimiter, cls.idpattern, cls.braceidpattern)
    return _regex.compile(source, cls.flags | _regex.VERBOSE)


class Template:
    """Text with $-placeholders: `$name` and `${name}` are replaced, `$$` becomes `$`.

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern`, `flags`, or give a
    whole `pattern` with the groups escaped, named, braced and invalid."""

    delimiter = '$'
    # (?a:...) keeps the case-insensitive match from accepting non-ASCII letters.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _regex.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _compiled_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _matches(self):
        return self.pattern.finditer(self.template)

    def _bad_pattern(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _bad_placeholder(self, mo):
        # Line and column are counted up to and including the delimiter.
        before = self.template[:mo.start('invalid')].splitlines(True)
        line = len(before) or 1
        column = len(before[-1]) if before else 1
        return ValueError(f'Invalid placeholder in string: line {line}, col {column}')

    def _replacement(self, mo, values, strict):
        # What one match turns into; `strict` is substitute(), otherwise safe_substitute().
        ident = _identifier_of(mo)
        if ident is not None:
            if strict:
                return str(values[ident])
            try:
                return str(values[ident])
            except KeyError:
                return mo[0]
        if mo['escaped'] is not None:
            return self.delimiter
        if mo['invalid'] is None:
            raise self._bad_pattern()
        if strict:
            raise self._bad_placeholder(mo)
        return mo[0]

    def substitute(self, mapping=_NOTHING_PASSED, /, **kws):
        """Fill in every placeholder; a missing name raises KeyError and a malformed
        placeholder ValueError."""
        values = _values_source(mapping, kws)
        return self.pattern.sub(lambda mo: self._replacement(mo, values, True),
                                self.template)

    def safe_substitute(self, mapping=_NOTHING_PASSED, /, **kws):
        """Like substitute(), but placeholders that cannot be filled stay as written."""
        values = _values_source(mapping, kws)
        return self.pattern.sub(lambda mo: self._replacement(mo, values, False),
                                self.template)

    def is_valid(self):
        """False if some placeholder is malformed (would make substitute() fail)."""
        for mo in self._matches():
            if mo['invalid'] is not None:
                return False
            if all(mo[group] is None for group in ('named', 'braced', 'escaped')):
                raise self._bad_pattern()
        return True

    def get_identifiers(self):
        """The distinct placeholder names of the template, first occurrence first."""
        names = {}
        for mo in self._matches():
            ident = _identifier_of(mo)
            if ident is not None:
                names.setdefault(ident)
            elif mo['invalid'] is None and mo['escaped'] is None:
                raise self._bad_pattern()
        return list(names)


Template.pattern = _compiled_pattern(Template)


# --- Formatter ------------------------------------------------------------------------------

_NUMBERING_CLASH = ('cannot switch from manual field specification to automatic '
                    'field numbering')
_CONVERSIONS = (('s', str), ('r', repr), ('a', ascii))


class _FieldNumbers:
    """Numbering state of one vformat() call: '{}' fields count up from 0, and may not be
    mixed with explicitly numbered ones such as '{1}'."""

    __slots__ = ('next_auto', 'explicit')

    def __init__(self):
        self.next_auto = 0
        self.explicit = False

    def resolve(self, name):
        if name == '':
            if self.explicit:
                raise ValueError(_NUMBERING_CLASH)
            name = str(self.next_auto)
            self.next_auto += 1
        elif name.isdigit():
            if self.next_auto:
                raise ValueError(_NUMBERING_CLASH)
            self.explicit = True
        return name


class Formatter:
    """The machinery of str.format() as overridable steps: parse, get_field/get_value,
    convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        touched = set()
        text = self._expand(format_string, args, kwargs, touched, _FieldNumbers(), 2)
        self.check_unused_args(touched, args, kwargs)
        return text

    def _expand(self, text, args, kwargs, touched, numbers, levels_left):
        # Format `text`; the format specs of its fields are expanded one level deeper.
        if levels_left < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conversion in self.parse(text):
            if literal:
                out.append(literal)
            if name is None:
                continue
            value, key = self.get_field(numbers.resolve(name), args, kwargs)
            touched.add(key)
            value = self.convert_field(value, conversion)
            spec = self._expand(spec, args, kwargs, touched, numbers, levels_left - 1)
            out.append(self.format_field(value, spec))
        return ''.join(out)

    def get_value(self, key, args, kwargs):
        # Integer keys index the positional arguments, anything else the keywords.
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        # A hook for subclasses; by default unused arguments are fine.
        return None

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # Apply a '!s', '!r' or '!a' conversion (None: leave the value alone).
        if conversion is None:
            return value
        for letter, func in _CONVERSIONS:
            if conversion == letter:
                return func(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) for each piece of
        format_string: the text before a replacement field and that field's parts; all
        but the text are None for trailing text with no field after it."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        # Resolve 'first.attr[key]...': returns the object and the first part's key.
        first, rest = _split_field_name(field_name)
        target = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            target = getattr(target, key) if is_attr else target[key]
        return target, first


_SSIZE_MAX = (1 << 63) - 1


def _as_index(text):
    # The non-negative number that `text` spells in decimal digits (any script's), or -1.
    if not text:
        return -1
    value = 0
    for ch in text:
        if not ch.isdecimal():
            return -1
        digit = int(ch)
        if value > (_SSIZE_MAX - digit) // 10:
            raise ValueError('Too many decimal digits in format string')
        value = value * 10 + digit
    return value


def _parse_format(s):
    if not isinstance(s, str):
        raise TypeError(f'expected str, got {type(s).__name__}')
    return _parse_format_items(s)


def _parse_format_items(s):
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and markup and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if markup and s[pos] == c:
                # '{{' or '}}': a literal brace ends this piece of text.
                pos += 1
                markup = False
            elif markup:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        field_name, format_spec, conversion, pos = _parse_field(s, pos)
        yield (literal, field_name, format_spec, conversion)


def _parse_field(s, pos):
    # Parse a replacement field after its '{'; returns its parts and the position after it.
    n = len(s)
    name_start = pos
    c = ''
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    field_name = s[name_start:pos - 1] if pos > name_start else ''
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[pos]
            pos += 1
            if pos < n:
                c = s[pos]
                pos += 1
                if c == '}':
                    return field_name, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return field_name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, pos


def _split_field_name(name):
    # 'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)); the first part is an int
    # when it is all digits. Errors in the rest are raised while iterating, as CPython does.
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    index = _as_index(first)
    return (index if index != -1 else first), _field_name_rest(name, i)


def _field_name_rest(name, pos):
    n = len(name)
    while pos < n:
        c = name[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < n and name[pos] not in '.[':
                pos += 1
            key = name[start:pos]
            is_attr = True
        elif c == '[':
            start = pos
            while pos < n and name[pos] != ']':
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:pos]
            pos += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError('Empty attribute in format string')
        if not is_attr:
            index = _as_index(key)
            if index != -1:
                key = index
        yield is_attr, key

