"""re._parser (CPython's re._parser module, written for pyrs)."""

# The parsed form handed to re._compiler is a SubPattern: a list (.data) of
# (opcode, argument) pairs, where the argument is
#   LITERAL, NOT_LITERAL   a code point
#   ANY                    None
#   AT                     an AT_* code
#   IN                     a list of (LITERAL|RANGE|CATEGORY|NEGATE, arg)
#   GROUPREF               a group number
#   SUBPATTERN             (group or None, added flags, removed flags, body)
#   ATOMIC_GROUP           body
#   ASSERT, ASSERT_NOT     (1 ahead or -1 behind, body)
#   MIN_/MAX_REPEAT, POSSESSIVE_REPEAT   (min, max, body)
#   BRANCH                 (None, [alternative, ...])
#   GROUPREF_EXISTS        (group, body if set, body if not set or None)
# with every body itself a SubPattern.

from ._constants import *

# Flags that pick how characters are classified, and those that may only
# apply to the whole pattern.
TYPE_FLAGS = SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII
GLOBAL_FLAGS = SRE_FLAG_TEMPLATE | SRE_FLAG_DEBUG

_DIGIT = frozenset('0123456789')
_OCTAL_DIGIT = frozenset('01234567')
_HEX_DIGIT = frozenset('0123456789abcdefABCDEF')
_ASCII_LETTER = frozenset('abcdefghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
_VERBOSE_BLANK = frozenset(' \t\n\r\v\f')

# Letters allowed in (?...) and (?...:...), with their flags.
_FLAG_LETTERS = {
    'a': SRE_FLAG_ASCII, 'i': SRE_FLAG_IGNORECASE, 'L': SRE_FLAG_LOCALE,
    'm': SRE_FLAG_MULTILINE, 's': SRE_FLAG_DOTALL, 't': SRE_FLAG_TEMPLATE,
    'u': SRE_FLAG_UNICODE, 'x': SRE_FLAG_VERBOSE,
}

# Backslash + letter for one control character (and \\ for itself);
# \b is a backspace only inside [...].
_SIMPLE_CHAR = {'a': 7, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11,
                '\\': 92}
# Backslash + letter for a class of characters, inside or outside [...].
_CLASS_LETTER = {
    'd': CATEGORY_DIGIT, 'D': CATEGORY_NOT_DIGIT,
    's': CATEGORY_SPACE, 'S': CATEGORY_NOT_SPACE,
    'w': CATEGORY_WORD, 'W': CATEGORY_NOT_WORD,
}
# Backslash + letter for a position, outside [...] only.
_ANCHOR_LETTER = {'A': AT_BEGINNING_STRING, 'b': AT_BOUNDARY,
                  'B': AT_NON_BOUNDARY, 'Z': AT_END_STRING}

_QUANTIFIER = {'*': (0, MAXREPEAT), '+': (1, MAXREPEAT), '?': (0, 1)}
_REPEAT_KINDS = frozenset((MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT))
_SINGLE_CHAR_OPS = frozenset((ANY, RANGE, IN, LITERAL, NOT_LITERAL,
                              CATEGORY))

# Tokens that stand for themselves in a sequence, each with its parsed
# item (the items are tuples, so one can be shared): plain characters below
# 256 and backslash escapes of punctuation, of a control character or of a
# position; _sequence() copies runs of them in one go.
_PLAIN_ITEMS = {}
for _code in range(256):
    _c = chr(_code)
    if _c not in '|)[(.^$*+?{\\':
        _PLAIN_ITEMS[_c] = (LITERAL, _code)
    if _code < 128 and not _c.isalnum():
        _PLAIN_ITEMS['\\' + _c] = (LITERAL, _code)
for _c, _code in _SIMPLE_CHAR.items():
    _PLAIN_ITEMS['\\' + _c] = (LITERAL, _code)
for _c, _code in _ANCHOR_LETTER.items():
    _PLAIN_ITEMS['\\' + _c] = (AT, _code)
# ... and those of verbose mode, where blanks and comments are skipped.
_VERBOSE_PLAIN_ITEMS = {token: item for token, item in _PLAIN_ITEMS.items()
                        if token not in _VERBOSE_BLANK and token != '#'}
del _c, _code

# Widths are counted exactly up to here, and saturate there.
_WIDTH_CAP = 1 << 64

# Stands for a backslash that ends the pattern: reading it is an error.
_DANGLING = object()


class _Reader:
    """The pattern as a list of tokens (a single character, or a backslash
    with the character after it) and a cursor on the next token."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.is_str = isinstance(pattern, str)
        # (str() also gives the TypeError for a template that is no string)
        chars = pattern if self.is_str else str(pattern, 'latin-1')
        size = len(chars)
        if '\\' not in chars:
            # One token a character: token i starts at i.
            tokens = list(chars)
            tokens.append(None)
            self.tokens = tokens
            self.starts = range(size + 1)
            self.index = 0
            self.peek = tokens[0]
            return
        tokens = []
        starts = []
        i = 0
        while i < size:
            # Plain characters up to the next backslash, then its escape.
            slash = chars.find('\\', i)
            if slash < 0:
                slash = size
            tokens.extend(chars[i:slash])
            starts.extend(range(i, slash))
            if slash + 1 < size:
                tokens.append(chars[slash:slash + 2])
                starts.append(slash)
            elif slash < size:
                tokens.append(_DANGLING)
                starts.append(slash)
            i = slash + 2
        tokens.append(None)
        starts.append(size)
        self.tokens = tokens
        self.starts = starts
        self.move_to(0)

    def move_to(self, index):
        token = self.tokens[index]
        if token is _DANGLING:
            raise error('bad escape (end of pattern)',
                        self.pattern, len(self.pattern) - 1)
        self.index = index
        self.peek = token

    @property
    def pos(self):
        """Where the next token starts (the pattern's length at its end)."""
        return self.starts[self.index]

    def take(self):
        token = self.peek
        if token is not None:
            self.move_to(self.index + 1)
        return token

    def take_if(self, token):
        if self.peek != token:
            return False
        self.move_to(self.index + 1)
        return True

    def take_many(self, allowed, limit=-1):
        """The following tokens while they are in allowed, at most limit
        of them (no limit when negative), joined."""
        run = ''
        while limit and self.peek in allowed:
            run += self.take()
            limit -= 1
        return run

    def take_name(self, closer, what):
        """The text up to closer, which is consumed; an error when it is
        missing or the text is empty."""
        where = self.pos
        name = ''
        while True:
            token = self.take()
            if token == closer and name:
                return name
            if token is None:
                if name:
                    raise self.fail_at('missing %s, unterminated name'
                                       % closer, where)
                raise self.fail_at('missing ' + what, where)
            if token == closer:
                raise self.fail_at('missing ' + what, where)
            name += token

    def fail_at(self, message, where):
        if not self.is_str:
            # A bytes pattern's characters past ASCII are shown as \xhh.
            message = message.encode('ascii', 'backslashreplace').decode()
        return error(message, self.pattern, where)

    def fail(self, message, back=0):
        """An error located `back` characters before the next token."""
        return self.fail_at(message, self.pos - back)

    def check_group_name(self, name, where):
        if not self.is_str and not name.isascii():
            raise self.fail_at('bad character in group name %a' % name, where)
        if not name.isidentifier():
            raise self.fail_at('bad character in group name %r' % name, where)


class State:
    """What parsing learns about the pattern as a whole: its flags and its
    groups (numbers, names, widths)."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        # (min, max) width of each closed group; None while it is open.
        # Group 0 is the whole match and never closes.
        self.spans = [None]
        # Inside a lookbehind: the number of the first group opened in it.
        self.behind_first = None
        # Numbers used by (?(N)...), each with where it was first seen.
        self.conditions = {}

    @property
    def groups(self):
        return len(self.spans)

    def opengroup(self, name=None):
        number = len(self.spans)
        self.spans.append(None)
        if number > MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            earlier = self.groupdict.get(name)
            if earlier is not None:
                raise error('redefinition of group name %r as group %d; '
                            'was group %d' % (name, number, earlier))
            self.groupdict[name] = number
        return number

    def closegroup(self, gid, p):
        self.spans[gid] = p.getwidth()

    def is_closed(self, number):
        return number < len(self.spans) and self.spans[number] is not None

    def check_reference(self, number, reader):
        """A back reference may not look into the lookbehind it is in."""
        if self.behind_first is None:
            return
        if not self.is_closed(number):
            raise reader.fail('cannot refer to an open group')
        if number >= self.behind_first:
            raise reader.fail('cannot refer to group defined in the same '
                              'lookbehind subpattern')


class SubPattern:
    """A parsed sequence: .data holds (opcode, argument) pairs."""

    def __init__(self, state, data=None):
        self.state = state
        self.data = [] if data is None else data
        self._span = None

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        picked = self.data[index]
        if type(index) is slice:
            picked = SubPattern(self.state, picked)
        return picked

    def __repr__(self):
        return repr(self.data)

    def append(self, item):
        self.data.append(item)

    def getwidth(self):
        """(fewest, most) characters a match can take, saturating."""
        if self._span is None:
            self._span = _measure(self)
        return self._span

    def dump(self, level=0):
        """Prints the tree, as re.DEBUG shows it."""
        lines = []
        _describe(self, level, lines)
        if lines:
            print('\n'.join(lines))


def _measure(sub):
    low = high = 0
    for op, av in sub.data:
        if op is LITERAL or op in _SINGLE_CHAR_OPS:
            low += 1
            high += 1
            continue
        if op is SUBPATTERN:
            a, b = av[3].getwidth()
        elif op is ATOMIC_GROUP:
            a, b = av.getwidth()
        elif op in _REPEAT_KINDS:
            least, most, body = av
            a, b = body.getwidth()
            a *= least
            b = _WIDTH_CAP if b and most == MAXREPEAT else b * most
        elif op is BRANCH:
            arms = av[1]
            if not arms:
                a = min(())     # (the error an empty branch gives)
            a, b = arms[0].getwidth()
            for arm in arms:
                a2, b2 = arm.getwidth()
                if a2 < a:
                    a = a2
                if b2 > b:
                    b = b2
        elif op is GROUPREF:
            a, b = sub.state.spans[av]
        elif op is GROUPREF_EXISTS:
            a, b = av[1].getwidth()
            if av[2] is None:
                a = 0
            else:
                a2, b2 = av[2].getwidth()
                a = min(a, a2)
                b = max(b, b2)
        elif op is SUCCESS:
            break
        else:
            continue
        low += a
        high += b
    return (low if low < _WIDTH_CAP else _WIDTH_CAP,
            high if high < _WIDTH_CAP else _WIDTH_CAP)


def _describe(sub, level, lines):
    """Appends the re.DEBUG lines for sub, indented by level."""
    pad = '  ' * level
    for op, av in sub.data:
        head = pad + op.name
        if op is IN:
            lines.append(head)
            lines.extend('%s  %s %s' % (pad, kind, arg) for kind, arg in av)
        elif op is BRANCH:
            lines.append(head)
            for n, arm in enumerate(av[1]):
                if n:
                    lines.append(pad + 'OR')
                _describe(arm, level + 1, lines)
        elif op is GROUPREF_EXISTS:
            number, yes, no = av
            lines.append('%s %s' % (head, number))
            _describe(yes, level + 1, lines)
            if no:
                lines.append(pad + 'ELSE')
                _describe(no, level + 1, lines)
        elif isinstance(av, SubPattern):
            lines.append(head)
            _describe(av, level + 1, lines)
        elif isinstance(av, (tuple, list)):
            # Plain parts go on the current line; a body starts new lines
            # (and anything after it begins a line of its own).
            text = head
            for part in av:
                if isinstance(part, SubPattern):
                    if text is not None:
                        lines.append(text)
                        text = None
                    _describe(part, level + 1, lines)
                elif text is None:
                    text = str(part)
                else:
                    text = '%s %s' % (text, part)
            if text is not None:
                lines.append(text)
        else:
            lines.append('%s %s' % (head, av))


# --- warnings ---------------------------------------------------------------

def _package_files():
    """File name prefixes of this package, which warnings skip so that they
    point at the caller of re."""
    mine = _package_files.__code__.co_filename
    if mine.startswith('<'):
        # Embedded: "<frozen re>", "<frozen re._parser>", ...
        return ('<frozen re>', '<frozen re.')
    cut = max(mine.rfind('/'), mine.rfind('\\'))
    return (mine[:cut + 1],)


def _future_warning(message):
    import warnings
    warnings.warn(message, FutureWarning, stacklevel=2,
                  skip_file_prefixes=_package_files())


_SET_OPERATION = {'-': 'difference', '&': 'intersection',
                  '~': 'symmetric difference', '|': 'union'}


# --- escapes ----------------------------------------------------------------

def _hex_value(rd, text, at, length):
    text += rd.take_many(_HEX_DIGIT, length)
    if len(text) < length + 2:
        raise rd.fail_at('incomplete escape %s' % text, at)
    return text, int(text[2:], 16)


def _numeric_escape(rd, text, at):
    """The code point of \\x.., \\u...., \\U........ or \\N{name} (the
    last three in str patterns only); None for other escapes."""
    letter = text[1]
    if letter == 'x':
        return _hex_value(rd, text, at, 2)[1]
    if not rd.is_str:
        return None
    if letter == 'u':
        return _hex_value(rd, text, at, 4)[1]
    if letter == 'U':
        text, value = _hex_value(rd, text, at, 8)
        if value > 0x10FFFF:
            raise rd.fail_at('bad escape %s' % text, at)
        return value
    if letter == 'N':
        if not rd.take_if('{'):
            raise rd.fail('missing {')
        name = rd.take_name('}', 'character name')
        import unicodedata
        try:
            return ord(unicodedata.lookup(name))
        except (KeyError, TypeError):
            # Unknown, or a named sequence of several characters.
            raise rd.fail_at('undefined character name %r' % name,
                             at) from None
    return None


def _octal_value(rd, text, at):
    value = int(text[1:], 8)
    if value > 0o377:
        raise rd.fail_at('octal escape value %s outside of range 0-0o377'
                         % text, at)
    return value


def _escape_in_set(rd, text, at):
    """A backslash token inside [...]: (LITERAL, code) or (CATEGORY, c)."""
    letter = text[1]
    if letter == 'b':
        return LITERAL, 8
    if letter in _SIMPLE_CHAR:
        return LITERAL, _SIMPLE_CHAR[letter]
    if letter in _CLASS_LETTER:
        return CATEGORY, _CLASS_LETTER[letter]
    value = _numeric_escape(rd, text, at)
    if value is not None:
        return LITERAL, value
    if letter in _OCTAL_DIGIT:
        text += rd.take_many(_OCTAL_DIGIT, 2)
        return LITERAL, _octal_value(rd, text, at)
    if letter in _DIGIT or letter in _ASCII_LETTER:
        raise rd.fail_at('bad escape %s' % text, at)
    return LITERAL, ord(letter)


def _escape_outside(rd, state, text, at):
    """A backslash token outside [...]: one parsed item."""
    letter = text[1]
    if letter in _ANCHOR_LETTER:
        return AT, _ANCHOR_LETTER[letter]
    if letter in _CLASS_LETTER:
        return IN, [(CATEGORY, _CLASS_LETTER[letter])]
    if letter in _SIMPLE_CHAR:
        return LITERAL, _SIMPLE_CHAR[letter]
    value = _numeric_escape(rd, text, at)
    if value is not None:
        return LITERAL, value
    if letter == '0':
        return LITERAL, int(rd.take_many(_OCTAL_DIGIT, 2) or '0', 8)
    if letter in _DIGIT:
        return _backref_or_octal(rd, state, text, at)
    if letter in _ASCII_LETTER:
        raise rd.fail_at('bad escape %s' % text, at)
    return LITERAL, ord(letter)


def _backref_or_octal(rd, state, text, at):
    """\\1 to \\99 refer to a group; three octal digits are a character."""
    if rd.peek in _DIGIT:
        text += rd.take()
        if (rd.peek in _OCTAL_DIGIT and text[1] in _OCTAL_DIGIT
                and text[2] in _OCTAL_DIGIT):
            text += rd.take()
            return LITERAL, _octal_value(rd, text, at)
    number = int(text[1:])
    if number >= state.groups:
        raise rd.fail_at('invalid group reference %d' % number, at + 1)
    if not state.is_closed(number):
        raise rd.fail_at('cannot refer to an open group', at)
    state.check_reference(number, rd)
    return GROUPREF, number


# --- the grammar ------------------------------------------------------------

def _alternation(rd, state, verbose, top):
    """Alternatives separated by '|', up to ')' or the end."""
    arms = []
    while True:
        arms.append(_sequence(rd, state, verbose, top and not arms))
        if rd.peek != '|':
            break
        rd.move_to(rd.index + 1)
        if top:
            # (?x) at the start of the pattern holds for every alternative.
            verbose = state.flags & SRE_FLAG_VERBOSE
    if len(arms) == 1:
        return arms[0]
    return _combine_arms(state, arms)


def _one_char_members(arm):
    """Set members equivalent to arm when it matches a single character
    from a plain list (a literal or an unnegated set); else None."""
    if len(arm.data) != 1:
        return None
    op, av = arm.data[0]
    if op is LITERAL:
        return [(op, av)]
    if op is IN and av[0][0] is not NEGATE:
        return av
    return None


def _combine_arms(state, arms):
    result = SubPattern(state)
    # Items that begin every alternative are matched once, before them.
    first = arms[0].data
    shared = 0
    while True:
        for arm in arms:
            if len(arm.data) <= shared:
                break
        else:
            item = first[shared]
            for arm in arms:
                if arm.data[shared] != item:
                    break
            else:
                shared += 1
                continue
        break
    if shared:
        result.data.extend(first[:shared])
        for arm in arms:
            del arm.data[:shared]
    # Alternatives of one character each are a set.
    members = []
    for arm in arms:
        these = _one_char_members(arm)
        if these is None:
            result.append((BRANCH, (None, arms)))
            return result
        members.extend(these)
    result.append((IN, list(dict.fromkeys(members))))
    return result


def _sequence(rd, state, verbose, at_start):
    """Items up to '|', ')' or the end."""
    seq = SubPattern(state)
    items = seq.data
    tokens = rd.tokens
    plain = _VERBOSE_PLAIN_ITEMS if verbose else _PLAIN_ITEMS
    grouped = False
    while True:
        token = rd.peek
        item = plain.get(token)
        if item is not None:
            # A run of tokens that stand for themselves.
            items.append(item)
            index = rd.index + 1
            item = plain.get(tokens[index])
            while item is not None:
                items.append(item)
                index += 1
                item = plain.get(tokens[index])
            rd.move_to(index)
            continue
        if token is None or token == '|' or token == ')':
            break
        at = rd.starts[rd.index]
        rd.take()
        if verbose:
            if token in _VERBOSE_BLANK:
                continue
            if token == '#':
                while token is not None and token != '\n':
                    token = rd.take()
                continue
        if len(token) == 2:
            items.append(_escape_outside(rd, state, token, at))
        elif token == '[':
            items.append(_bracket(rd, at))
        elif token == '(':
            verbose = _group(rd, state, items, verbose, at, at_start)
            plain = _VERBOSE_PLAIN_ITEMS if verbose else _PLAIN_ITEMS
            grouped = True
        elif token == '.':
            items.append((ANY, None))
        elif token == '^':
            items.append((AT, AT_BEGINNING))
        elif token == '$':
            items.append((AT, AT_END))
        elif token in _QUANTIFIER or token == '{':
            _repeat(rd, state, items, token, at)
        else:
            items.append((LITERAL, ord(token)))
    # Bare parentheses (?:...) leave their items in place.
    i = len(items) if grouped else 0
    while i:
        i -= 1
        op, av = items[i]
        if op is SUBPATTERN and _is_bare(av):
            items[i:i + 1] = av[3].data
    return seq


def _is_bare(av):
    """Whether a SUBPATTERN argument neither captures nor changes flags."""
    return av[0] is None and not av[1] and not av[2]


def _repeat_count(digits, default):
    if not digits:
        return default
    count = int(digits)
    if count >= MAXREPEAT:
        raise OverflowError('the repetition number is too large')
    return count


def _braces(rd):
    """The bounds of {m,n} after its '{', or None (and nothing consumed)
    when the brace is a plain character."""
    if rd.peek == '}':
        return None
    mark = rd.index
    inside = rd.pos
    low = rd.take_many(_DIGIT)
    high = rd.take_many(_DIGIT) if rd.take_if(',') else low
    if not rd.take_if('}'):
        rd.move_to(mark)
        return None
    low = _repeat_count(low, 0)
    high = _repeat_count(high, MAXREPEAT)
    if high < low:
        raise rd.fail_at('min repeat greater than max repeat', inside)
    return low, high


def _repeat(rd, state, items, token, at):
    if token == '{':
        bounds = _braces(rd)
        if bounds is None:
            items.append((LITERAL, ord('{')))
            return
    else:
        bounds = _QUANTIFIER[token]
    if not items or items[-1][0] is AT:
        raise rd.fail_at('nothing to repeat', at)
    op, av = items[-1]
    if op in _REPEAT_KINDS:
        raise rd.fail_at('multiple repeat', at)
    if op is SUBPATTERN and _is_bare(av):
        body = av[3]
    else:
        body = SubPattern(state, [(op, av)])
    if rd.take_if('?'):
        kind = MIN_REPEAT
    elif rd.take_if('+'):
        kind = POSSESSIVE_REPEAT
    else:
        kind = MAX_REPEAT
    items[-1] = (kind, bounds + (body,))


def _bracket(rd, at):
    """A set [...] after its '[': one parsed item."""
    if rd.peek == '[':
        _future_warning('Possible nested set at position %d' % rd.pos)
    negated = rd.take_if('^')
    members = []
    while True:
        token = rd.take()
        if token is None:
            raise rd.fail_at('unterminated character set', at)
        if token == ']' and members:
            break
        start = rd.pos - len(token)
        if len(token) == 2:
            low = _escape_in_set(rd, token, start)
        else:
            if token in _SET_OPERATION and members and rd.peek == token:
                _future_warning('Possible set %s at position %d'
                                % (_SET_OPERATION[token], start))
            low = (LITERAL, ord(token))
        if not rd.take_if('-'):
            members.append(low)
            continue
        other = rd.take()
        if other is None:
            raise rd.fail_at('unterminated character set', at)
        if other == ']':
            members.append(low)
            members.append((LITERAL, ord('-')))
            break
        if len(other) == 2:
            high = _escape_in_set(rd, other, rd.pos - 2)
        else:
            if other == '-':
                _future_warning('Possible set difference at position %d'
                                % (rd.pos - 2))
            high = (LITERAL, ord(other))
        if (low[0] is not LITERAL or high[0] is not LITERAL
                or high[1] < low[1]):
            raise rd.fail('bad character range %s-%s' % (token, other),
                          len(token) + 1 + len(other))
        members.append((RANGE, (low[1], high[1])))
    members = list(dict.fromkeys(members))
    if len(members) == 1 and members[0][0] is LITERAL:
        return (NOT_LITERAL if negated else LITERAL), members[0][1]
    if negated:
        members.insert(0, (NEGATE, None))
    return IN, members


# --- groups -----------------------------------------------------------------

def _group(rd, state, items, verbose, start, at_start):
    """Whatever begins with the '(' at start; appends its item to items and
    returns verbose, which (?x) at the start of the pattern turns on."""
    if not rd.take_if('?'):
        _capture(rd, state, items, verbose, start, None, 0, 0)
        return verbose
    kind = rd.take()
    if kind is None:
        raise rd.fail('unexpected end of pattern')
    if kind == 'P':
        _python_group(rd, state, items, verbose, start)
    elif kind == ':':
        _capture(rd, state, items, verbose, start, False, 0, 0)
    elif kind == '>':
        _capture(rd, state, items, verbose, start, False, 0, 0,
                 atomic=True)
    elif kind == '#':
        while True:
            if rd.peek is None:
                raise rd.fail_at('missing ), unterminated comment', start)
            if rd.take() == ')':
                break
    elif kind == '=' or kind == '!':
        _lookaround(rd, state, items, verbose, start, kind, 1)
    elif kind == '<':
        kind = rd.take()
        if kind is None:
            raise rd.fail('unexpected end of pattern')
        if kind != '=' and kind != '!':
            raise rd.fail_at('unknown extension ?<' + kind, start + 1)
        _lookaround(rd, state, items, verbose, start, kind, -1)
    elif kind == '(':
        _conditional(rd, state, items, verbose, start)
    elif kind in _FLAG_LETTERS or kind == '-':
        scoped = _flag_letters(rd, state, kind)
        if scoped is not None:
            on, off = scoped
            _capture(rd, state, items, verbose, start, False, on, off)
        elif not at_start or items:
            raise rd.fail_at('global flags not at the start of the '
                             'expression', start)
        else:
            return state.flags & SRE_FLAG_VERBOSE
    else:
        raise rd.fail_at('unknown extension ?' + kind, start + 1)
    return verbose


def _capture(rd, state, items, verbose, start, name, on, off, atomic=False):
    """A group body up to its ')': numbered (and named if name is a str)
    unless name is False."""
    number = None
    if name is not False:
        try:
            number = state.opengroup(name)
        except error as exc:
            raise rd.fail(exc.msg, len(name or '') + 1) from None
    if on & SRE_FLAG_VERBOSE:
        verbose = True
    if off & SRE_FLAG_VERBOSE:
        verbose = False
    body = _alternation(rd, state, verbose, False)
    if not rd.take_if(')'):
        raise rd.fail_at('missing ), unterminated subpattern', start)
    if number is not None:
        state.closegroup(number, body)
    if atomic:
        items.append((ATOMIC_GROUP, body))
    else:
        items.append((SUBPATTERN, (number, on, off, body)))


def _python_group(rd, state, items, verbose, start):
    """(?P<name>...) and (?P=name)."""
    if rd.take_if('<'):
        where = rd.pos
        name = rd.take_name('>', 'group name')
        rd.check_group_name(name, where)
        _capture(rd, state, items, verbose, start, name, 0, 0)
    elif rd.take_if('='):
        where = rd.pos
        name = rd.take_name(')', 'group name')
        rd.check_group_name(name, where)
        number = state.groupdict.get(name)
        if number is None:
            raise rd.fail_at('unknown group name %r' % name, where)
        if not state.is_closed(number):
            raise rd.fail_at('cannot refer to an open group', where)
        state.check_reference(number, rd)
        items.append((GROUPREF, number))
    else:
        token = rd.take()
        if token is None:
            raise rd.fail('unexpected end of pattern')
        raise rd.fail_at('unknown extension ?P' + token, start + 1)


def _lookaround(rd, state, items, verbose, start, kind, direction):
    outermost = direction < 0 and state.behind_first is None
    if outermost:
        state.behind_first = state.groups
    body = _alternation(rd, state, verbose, False)
    if outermost:
        state.behind_first = None
    if not rd.take_if(')'):
        raise rd.fail_at('missing ), unterminated subpattern', start)
    op = ASSERT if kind == '=' else ASSERT_NOT
    items.append((op, (direction, body)))


def _conditional(rd, state, items, verbose, start):
    """(?(group)yes|no)."""
    where = rd.pos
    ref = rd.take_name(')', 'group name')
    if ref.isdecimal() and ref.isascii():
        number = int(ref)
        if number == 0:
            raise rd.fail_at('bad group number', where)
        if number >= MAXGROUPS:
            raise rd.fail_at('invalid group reference %d' % number, where)
        # It may be a group defined later: checked once all are known.
        state.conditions.setdefault(number, where)
    else:
        rd.check_group_name(ref, where)
        number = state.groupdict.get(ref)
        if number is None:
            raise rd.fail_at('unknown group name %r' % ref, where)
    state.check_reference(number, rd)
    yes = _sequence(rd, state, verbose, False)
    no = None
    if rd.take_if('|'):
        no = _sequence(rd, state, verbose, False)
        if rd.peek == '|':
            raise rd.fail('conditional backref with more than two branches')
    if not rd.take_if(')'):
        raise rd.fail_at('missing ), unterminated subpattern', start)
    items.append((GROUPREF_EXISTS, (number, yes, no)))


def _flag_letters(rd, state, letter):
    """The letters after '(?' (letter is the first): for '(?aiLmsux)' adds
    them to state.flags and returns None; for '(?on-off:' returns the
    (on, off) flags of the group."""
    on = off = 0
    if letter != '-':
        while True:
            if rd.is_str:
                if letter == 'L':
                    raise rd.fail("bad inline flags: cannot use 'L' flag "
                                  "with a str pattern")
            elif letter == 'u':
                raise rd.fail("bad inline flags: cannot use 'u' flag "
                              "with a bytes pattern")
            flag = _FLAG_LETTERS[letter]
            on |= flag
            if flag & TYPE_FLAGS and on & TYPE_FLAGS != flag:
                raise rd.fail("bad inline flags: flags 'a', 'u' and 'L' "
                              "are incompatible")
            letter = rd.take()
            if letter is None:
                raise rd.fail('missing -, : or )')
            if letter == ')' or letter == '-' or letter == ':':
                break
            if letter not in _FLAG_LETTERS:
                raise _flag_error(rd, letter, 'missing -, : or )')
        if letter == ')':
            state.flags |= on
            return None
    if on & GLOBAL_FLAGS:
        raise rd.fail('bad inline flags: cannot turn on global flag', 1)
    if letter == '-':
        letter = rd.take()
        if letter is None:
            raise rd.fail('missing flag')
        if letter not in _FLAG_LETTERS:
            raise _flag_error(rd, letter, 'missing flag')
        while True:
            flag = _FLAG_LETTERS[letter]
            if flag & TYPE_FLAGS:
                raise rd.fail("bad inline flags: cannot turn off flags "
                              "'a', 'u' and 'L'")
            off |= flag
            letter = rd.take()
            if letter is None:
                raise rd.fail('missing :')
            if letter == ':':
                break
            if letter not in _FLAG_LETTERS:
                raise _flag_error(rd, letter, 'missing :')
        if off & GLOBAL_FLAGS:
            raise rd.fail('bad inline flags: cannot turn off global flag', 1)
    if on & off:
        raise rd.fail('bad inline flags: flag turned on and off', 1)
    return on, off


def _flag_error(rd, token, expected):
    message = 'unknown flag' if token.isalpha() else expected
    return rd.fail(message, len(token))


# --- entry points -----------------------------------------------------------

def _settle_flags(pattern, flags):
    """Flags checked against the pattern's type; a str pattern is UNICODE
    unless ASCII."""
    want_ascii = flags & SRE_FLAG_ASCII
    locale = flags & SRE_FLAG_LOCALE
    unicode = flags & SRE_FLAG_UNICODE
    if isinstance(pattern, str):
        if locale:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not want_ascii:
            return flags | SRE_FLAG_UNICODE
        if unicode:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    elif unicode:
        raise ValueError('cannot use UNICODE flag with a bytes pattern')
    elif locale and want_ascii:
        raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def parse(text, flags=0, state=None):
    """The SubPattern of the pattern text (str or bytes) under flags."""
    rd = _Reader(text)
    if state is None:
        state = State()
    state.flags = flags
    tree = _alternation(rd, state, flags & SRE_FLAG_VERBOSE, True)
    state.flags = _settle_flags(text, state.flags)
    if rd.peek is not None:
        raise rd.fail('unbalanced parenthesis')
    for number, where in state.conditions.items():
        if number >= state.groups:
            raise error('invalid group reference %d' % number, text, where)
    if flags & SRE_FLAG_DEBUG:
        tree.dump()
    return tree


def parse_template(source, pattern):
    """The replacement template source for the compiled pattern, as a list
    alternating literal text and group numbers, starting and ending with
    literal text (possibly empty)."""
    rd = _Reader(source)
    pieces = []
    text = []

    def group(number, where):
        if number > pattern.groups:
            raise rd.fail_at('invalid group reference %d' % number, where)
        pieces.append(''.join(text))
        pieces.append(number)
        text.clear()

    while True:
        at = rd.pos
        token = rd.take()
        if token is None:
            break
        if len(token) == 1:
            text.append(token)
            continue
        letter = token[1]
        if letter == 'g':
            if not rd.take_if('<'):
                raise rd.fail('missing <')
            where = rd.pos
            name = rd.take_name('>', 'group name')
            if name.isdecimal() and name.isascii():
                number = int(name)
                if number >= MAXGROUPS:
                    raise rd.fail_at('invalid group reference %d' % number,
                                     where)
            else:
                rd.check_group_name(name, where)
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                number = pattern.groupindex[name]
            group(number, where)
        elif letter == '0':
            text.append(chr(int(rd.take_many(_OCTAL_DIGIT, 2) or '0', 8)))
        elif letter in _DIGIT:
            if rd.peek in _DIGIT:
                token += rd.take()
                if (letter in _OCTAL_DIGIT and token[2] in _OCTAL_DIGIT
                        and rd.peek in _OCTAL_DIGIT):
                    token += rd.take()
                    text.append(chr(_octal_value(rd, token, at)))
                    continue
            group(int(token[1:]), at + 1)
        elif letter in _SIMPLE_CHAR:
            text.append(chr(_SIMPLE_CHAR[letter]))
        elif letter == 'b':
            text.append('\b')
        elif letter in _ASCII_LETTER:
            raise rd.fail_at('bad escape %s' % token, at)
        else:
            text.append(token)
    pieces.append(''.join(text))
    if not rd.is_str:
        pieces = [piece.encode('latin-1') if isinstance(piece, str)
                  else piece for piece in pieces]
    return pieces
