"""re._compiler (CPython's re compiler, written for pyrs).

Turns the parsed form of a pattern (see re._parser) into the list of code
words that the SRE engine runs, the same words CPython 3.12 produces: an
INFO header that helps searching, then one block of words per item of the
pattern, then SUCCESS.
"""

import _sre
from . import _parser
from ._constants import *
from ._casefix import _EXTRA_CASES

assert _sre.MAGIC == MAGIC, "SRE module mismatch"

_WORD_BITS = 8 * _sre.CODESIZE
MAXCODE = (1 << _WORD_BITS) - 1

# Flags of which a group's own flags replace the enclosing ones as a whole.
_KIND_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE


def _inner_flags(flags, turned_on, turned_off):
    """The flags in force inside a group written (?on-off:...)."""
    if turned_on & _KIND_FLAGS:
        flags &= ~_KIND_FLAGS
    return (flags | turned_on) & ~turned_off


# -- case folding -----------------------------------------------------------

class _Folding:
    """What case-insensitive matching means under some flags: which code
    points have case, what they fold to, and the opcodes used for it."""

    def __init__(self, has_case, fold, alternates, literal_ops, set_op,
                 backref_op):
        self.has_case = has_case        # None when nothing is folded here
        self.fold = fold
        self.alternates = alternates    # more code points folding alike
        self.literal_ops = literal_ops
        self.set_op = set_op
        self.backref_op = backref_op


_NO_FOLDING = _Folding(None, None, None,
                       {LITERAL: LITERAL, NOT_LITERAL: NOT_LITERAL},
                       IN, GROUPREF)
_LOCALE_FOLDING = _Folding(None, None, None, OP_LOCALE_IGNORE,
                           IN_LOC_IGNORE, GROUPREF_LOC_IGNORE)
_ASCII_FOLDING = _Folding(_sre.ascii_iscased, _sre.ascii_tolower, None,
                          OP_IGNORE, IN_IGNORE, GROUPREF_IGNORE)
_UNICODE_FOLDING = _Folding(_sre.unicode_iscased, _sre.unicode_tolower,
                            _EXTRA_CASES, OP_UNICODE_IGNORE, IN_UNI_IGNORE,
                            GROUPREF_UNI_IGNORE)


def _items(seq):
    """The (op, argument) list of a parsed sequence (a SubPattern's data,
    read directly rather than through its list methods)."""
    try:
        return seq.data
    except AttributeError:
        return seq


def _folding(flags):
    if not flags & SRE_FLAG_IGNORECASE:
        return _NO_FOLDING
    if flags & SRE_FLAG_LOCALE:
        return _LOCALE_FOLDING
    if flags & SRE_FLAG_UNICODE:
        return _UNICODE_FOLDING
    return _ASCII_FOLDING


def _locale_folds(flags):
    return flags & SRE_FLAG_IGNORECASE and flags & SRE_FLAG_LOCALE


def _category_for(category, flags):
    if flags & SRE_FLAG_LOCALE:
        return CH_LOCALE[category]
    if flags & SRE_FLAG_UNICODE:
        return CH_UNICODE[category]
    return category


# -- output -----------------------------------------------------------------

class _Words:
    """The code being written.  A block whose first word is its own length
    is started with open(), which returns where that word goes, and
    finished with close()."""

    def __init__(self):
        self.code = []

    def put(self, *words):
        self.code.extend(words)

    def open(self, *head):
        self.code.extend(head)
        self.code.append(0)
        return len(self.code) - 1

    def close(self, where, extra=0):
        self.code[where] = len(self.code) - where + extra


# -- character sets ---------------------------------------------------------

_BMP_TOP = 0xffff
_AS_DIGITS = bytes.maketrans(b'\0\1', b'01')


class _Members:
    """The members of a set below 0x10000, one byte each (1 for a member):
    256 bytes until a code point at 256 or above is met, 65536 after."""

    def __init__(self):
        self.map = bytearray(256)

    def widen(self):
        if len(self.map) == 256:
            self.map.extend(bytes(0x10000 - 256))

    def point(self, c):
        if c > 255:
            self.widen()
        self.map[c] = 1

    def span(self, lo, hi):
        if hi > 255:
            self.widen()
        if lo <= hi:
            self.map[lo:hi + 1] = b'\1' * (hi + 1 - lo)

    def add_folded(self, lo, hi, folding):
        """Adds the folded forms of lo..hi; False when a code point beyond
        the BMP was met (those before it are in)."""
        fold = folding.fold
        extra = folding.alternates or {}
        members = self.map
        for c in range(lo, hi + 1):
            f = fold(c)
            if f > 255 and len(members) == 256:
                self.widen()
            if f > _BMP_TOP:
                return False
            members[f] = 1
            if f in extra:
                for other in extra[f]:
                    if other > 255:
                        self.widen()
                    members[other] = 1
        return True

    def runs(self, most):
        """The members as (lo, hi) runs, or None if there are more than
        `most` runs."""
        members = self.map
        found = []
        lo = members.find(1)
        while lo >= 0:
            if len(found) == most:
                return None
            hi = members.find(0, lo)
            if hi < 0:
                found.append((lo, len(members) - 1))
                break
            found.append((lo, hi - 1))
            lo = members.find(1, hi)
        return found


def _reduce_set(items, folding=None):
    """A set's items in the shortest form the engine takes: at most two
    literals or ranges, else a bitmap (CHARSET) or a bitmap of 256-point
    blocks (BIGCHARSET); categories and code points past the BMP stay as
    they are, after it.  With a folding, its members are folded too.
    Returns (items, whether case matters)."""
    for op, arg in items:
        if op is LITERAL or op is RANGE:
            break
    else:
        # No characters to gather: the items stay as they are.
        return items, False
    members = _Members()
    bitmap = members.map        # (widen() extends this very bytearray)
    negate = []
    kept = []
    case_matters = False
    for op, arg in items:
        if op is NEGATE:
            negate.append((op, arg))
        elif op is LITERAL:
            if folding is None:
                if arg < 256:
                    bitmap[arg] = 1
                elif arg > _BMP_TOP:
                    members.widen()
                    kept.append((op, arg))
                else:
                    members.point(arg)
            elif members.add_folded(arg, arg, folding):
                if not case_matters and folding.has_case(arg):
                    case_matters = True
            else:
                case_matters = True
                kept.append((op, arg))
        elif op is RANGE:
            lo, hi = arg
            if folding is None:
                members.span(lo, min(hi, _BMP_TOP))
                if hi > _BMP_TOP:
                    kept.append((op, arg))
            elif members.add_folded(lo, hi, folding):
                if not case_matters:
                    has_case = folding.has_case
                    case_matters = any(has_case(c)
                                       for c in range(lo, hi + 1))
            else:
                # Past the BMP, a code point and its case variants fold
                # alike one to one, which RANGE_UNI_IGNORE checks.
                case_matters = True
                kept.append((RANGE_UNI_IGNORE, arg))
        else:
            kept.append((op, arg))

    runs = members.runs(2)
    if runs is not None:
        short = negate + [(LITERAL, lo) if lo == hi else (RANGE, (lo, hi))
                          for lo, hi in runs] + kept
        if case_matters or len(short) < len(items):
            return short, case_matters
        return items, case_matters
    if len(members.map) == 256:
        bitmap = (CHARSET, _block_words(members.map))
    else:
        bitmap = (BIGCHARSET, _big_bitmap(members.map))
    return negate + [bitmap] + kept, case_matters


def _block_words(block):
    """The code words of the bitmap of a 256-byte block of the map, lowest
    code points first."""
    bits = int(bytes(block[::-1]).translate(_AS_DIGITS), 2)
    low = (1 << _WORD_BITS) - 1
    return [(bits >> shift) & low for shift in range(0, 256, _WORD_BITS)]


def _big_bitmap(members):
    """BIGCHARSET's words: the number of distinct 256-point blocks, a byte
    per block of the BMP giving its number, then the distinct blocks."""
    numbers = {}
    index = bytearray()
    for start in range(0, 0x10000, 256):
        block = bytes(members[start:start + 256])
        if block not in numbers:
            numbers[block] = len(numbers)
        index.append(numbers[block])
    size = _sre.CODESIZE
    words = [len(numbers)]
    words += [int.from_bytes(index[at:at + size], 'little')
              for at in range(0, len(index), size)]
    for block in numbers:      # in order of numbering
        words += _block_words(block)
    return words


def _put_set(out, items, flags):
    """Writes a set's items and the FAILURE closing it."""
    code = out.code
    for op, arg in items:
        if op is LITERAL:
            code += (op, arg)
        elif op is CATEGORY:
            code += (op, _category_for(arg, flags))
        elif op is RANGE or op is RANGE_UNI_IGNORE:
            code += (op, arg[0], arg[1])
        elif op is CHARSET or op is BIGCHARSET:
            code.append(op)
            code += arg
        elif op is NEGATE:
            code.append(op)
        else:
            raise error("internal: unsupported set operator %r" % (op,))
    code.append(FAILURE)


# -- the items of a pattern ---------------------------------------------------

_ONE_CHARACTER_OPS = frozenset({LITERAL, NOT_LITERAL, ANY, IN})


def _one_character(seq):
    """Whether seq is one item that always takes exactly one character
    (possibly inside non-capturing groups)."""
    seq = _items(seq)
    while len(seq) == 1:
        op, arg = seq[0]
        if op is not SUBPATTERN:
            return op in _ONE_CHARACTER_OPS
        if arg[0] is not None:
            return False
        seq = _items(arg[3])
    return False


def _put_literal(out, op, ch, flags, folding):
    if folding.has_case is None:
        out.put(folding.literal_ops[op], ch)
    elif not folding.has_case(ch):
        out.put(op, ch)
    else:
        low = folding.fold(ch)
        alike = folding.alternates.get(low) if folding.alternates else None
        if alike is None:
            out.put(folding.literal_ops[op], low)
        else:
            # The character folds like others its lowercase form does not
            # show: a small set of all of them.
            at = out.open(IN_UNI_IGNORE)
            if op is NOT_LITERAL:
                out.put(NEGATE)
            out.put(LITERAL, low)
            for other in alike:
                out.put(LITERAL, other)
            out.put(FAILURE)
            out.close(at)


def _put_in(out, op, items, flags, folding):
    if folding.has_case is None:
        # IN, or IN_LOC_IGNORE: the engine folds by the locale itself.
        reduced = _reduce_set(items)[0]
        opcode = folding.set_op
    else:
        reduced, case_matters = _reduce_set(items, folding)
        opcode = folding.set_op if case_matters else IN
    code = out.code
    code += (opcode, 0)
    at = len(code) - 1
    _put_set(out, reduced, flags)
    code[at] = len(code) - at


def _put_any(out, op, arg, flags, folding):
    out.code.append(ANY_ALL if flags & SRE_FLAG_DOTALL else ANY)


# parser's repeat -> (one-character form, general form, general form's end)
_REPEAT_FORMS = {
    MAX_REPEAT: (REPEAT_ONE, REPEAT, MAX_UNTIL),
    MIN_REPEAT: (MIN_REPEAT_ONE, REPEAT, MIN_UNTIL),
    POSSESSIVE_REPEAT: (POSSESSIVE_REPEAT_ONE, POSSESSIVE_REPEAT, SUCCESS),
}


# The writers below that run for most patterns work on out.code directly:
# `code += (op, 0)` then `at = len(code) - 1` is out.open(op), and
# `code[at] = len(code) - at` is out.close(at).

def _put_repeat(out, op, arg, flags, folding):
    if flags & SRE_FLAG_TEMPLATE:
        raise error("internal: unsupported template operator %r" % (op,))
    fewest, most, body = arg
    single, general, until = _REPEAT_FORMS[op]
    code = out.code
    if _one_character(body):
        code += (single, 0, fewest, most)
        at = len(code) - 3
        _put_items(out, body, flags)
        code.append(SUCCESS)
        code[at] = len(code) - at
    else:
        code += (general, 0, fewest, most)
        at = len(code) - 3
        _put_items(out, body, flags)
        code[at] = len(code) - at
        code.append(until)


def _put_group(out, op, arg, flags, folding):
    number, turned_on, turned_off, body = arg
    if number:
        out.code += (MARK, 2 * number - 2)
    if turned_on or turned_off:
        flags = _inner_flags(flags, turned_on, turned_off)
    _put_items(out, body, flags)
    if number:
        out.code += (MARK, 2 * number - 1)


def _put_atomic(out, op, body, flags, folding):
    at = out.open(ATOMIC_GROUP)
    _put_items(out, body, flags)
    out.put(SUCCESS)
    out.close(at)


def _put_bare(out, op, arg, flags, folding):
    out.put(op)


def _put_lookaround(out, op, arg, flags, folding):
    direction, body = arg
    at = out.open(op)
    if direction < 0:
        lo, hi = body.getwidth()
        if lo > MAXCODE:
            raise error("looks too much behind")
        if lo != hi:
            raise error("look-behind requires fixed-width pattern")
        out.put(lo)
    else:
        out.put(0)
    _put_items(out, body, flags)
    out.put(SUCCESS)
    out.close(at)


def _put_at(out, op, where, flags, folding):
    if flags & SRE_FLAG_MULTILINE:
        where = AT_MULTILINE.get(where, where)
    if flags & SRE_FLAG_LOCALE:
        where = AT_LOCALE.get(where, where)
    elif flags & SRE_FLAG_UNICODE:
        where = AT_UNICODE.get(where, where)
    out.code += (AT, where)


def _put_branch(out, op, arg, flags, folding):
    code = out.code
    code.append(BRANCH)
    exits = []
    for alternative in arg[1]:
        at = len(code)
        code.append(0)
        _put_items(out, alternative, flags)
        code += (JUMP, 0)
        exits.append(len(code) - 1)
        code[at] = len(code) - at
    code.append(FAILURE)
    end = len(code)
    for at in exits:
        code[at] = end - at


def _put_category(out, op, category, flags, folding):
    out.code += (CATEGORY, _category_for(category, flags))


def _put_backref(out, op, group, flags, folding):
    out.put(folding.backref_op, group - 1)


def _put_conditional(out, op, arg, flags, folding):
    group, then, otherwise = arg
    out.put(GROUPREF_EXISTS, group - 1)
    at = out.open()
    _put_items(out, then, flags)
    if otherwise:
        jump = out.open(JUMP)
        out.close(at, 1)
        _put_items(out, otherwise, flags)
        out.close(jump)
    else:
        out.close(at, 1)


_WRITERS = {
    LITERAL: _put_literal,
    NOT_LITERAL: _put_literal,
    IN: _put_in,
    ANY: _put_any,
    MAX_REPEAT: _put_repeat,
    MIN_REPEAT: _put_repeat,
    POSSESSIVE_REPEAT: _put_repeat,
    SUBPATTERN: _put_group,
    ATOMIC_GROUP: _put_atomic,
    SUCCESS: _put_bare,
    FAILURE: _put_bare,
    ASSERT: _put_lookaround,
    ASSERT_NOT: _put_lookaround,
    AT: _put_at,
    BRANCH: _put_branch,
    CATEGORY: _put_category,
    GROUPREF: _put_backref,
    GROUPREF_EXISTS: _put_conditional,
}


def _put_items(out, seq, flags):
    folding = _folding(flags) if flags & SRE_FLAG_IGNORECASE else _NO_FOLDING
    seq = _items(seq)
    if folding.has_case is None:
        # Literals need no folding here: written in place.
        code = out.code
        literal = folding.literal_ops[LITERAL]
        for op, arg in seq:
            if op is LITERAL:
                code += (literal, arg)
                continue
            writer = _WRITERS.get(op)
            if writer is None:
                raise error("internal: unsupported operand type %r" % (op,))
            writer(out, op, arg, flags, folding)
        return
    for op, arg in seq:
        writer = _WRITERS.get(op)
        if writer is None:
            raise error("internal: unsupported operand type %r" % (op,))
        writer(out, op, arg, flags, folding)


# -- the INFO header ----------------------------------------------------------

def _scan_prefix(seq, flags, chars, group_start):
    """Appends to chars the characters every match of seq starts with,
    entering groups.  Returns whether all of seq was literal characters,
    and where the first capturing group starts among chars (group_start
    if it was not met here, None if never met)."""
    has_case = _folding(flags).has_case
    for op, arg in _items(seq):
        if op is LITERAL:
            if has_case and has_case(arg):
                return False, group_start
            chars.append(arg)
        elif op is SUBPATTERN:
            number, turned_on, turned_off, body = arg
            inner = _inner_flags(flags, turned_on, turned_off)
            if _locale_folds(inner):
                return False, group_start
            if number is not None and group_start is None:
                group_start = len(chars)
            whole, group_start = _scan_prefix(body, inner, chars, group_start)
            if not whole:
                return False, group_start
        else:
            return False, group_start
    return True, group_start


def _first_character_set(seq, flags):
    """The items of a set holding the first character of every match, when
    one is easily seen and case does not matter for it; else None."""
    while True:
        seq = _items(seq)
        if not len(seq):
            return None
        op, arg = seq[0]
        if op is not SUBPATTERN:
            break
        _, turned_on, turned_off, seq = arg
        flags = _inner_flags(flags, turned_on, turned_off)
        if _locale_folds(flags):
            return None

    has_case = _folding(flags).has_case

    if op is LITERAL:
        if has_case and has_case(arg):
            return None
        return [(op, arg)]
    if op is BRANCH:
        firsts = []
        append = firsts.append
        for alternative in arg[1]:
            alternative = _items(alternative)
            if not alternative:
                return None
            first_op, first_arg = alternative[0]
            if first_op is not LITERAL or (has_case and has_case(first_arg)):
                return None
            append((first_op, first_arg))
        return firsts
    if op is IN:
        if has_case:
            for item_op, item_arg in arg:
                if item_op is LITERAL:
                    if has_case(item_arg):
                        return None
                elif item_op is RANGE:
                    lo, hi = item_arg
                    if hi > _BMP_TOP:
                        return None
                    for c in range(lo, hi + 1):
                        if has_case(c):
                            return None
        return arg
    return None


def _borders(chars):
    """For each i, the length of the longest proper prefix of chars[:i+1]
    that is also its suffix."""
    table = [0] * len(chars)
    size = 0
    for i in range(1, len(chars)):
        c = chars[i]
        while size and chars[size] != c:
            size = table[size - 1]
        if chars[size] == c:
            size += 1
        table[i] = size
    return table


def _put_info(out, pattern, flags):
    lo, hi = pattern.getwidth()
    if hi > MAXCODE:
        hi = MAXCODE
    code = out.code
    if lo == 0:
        code += (INFO, 4, 0, 0, hi)
        return
    prefix = []
    group_start = None
    whole = False
    firsts = None
    if not (flags & SRE_FLAG_IGNORECASE and flags & SRE_FLAG_LOCALE):
        whole, group_start = _scan_prefix(pattern, flags, prefix, None)
        if not prefix:
            firsts = _first_character_set(pattern, flags)
    code += (INFO, 0)
    at = len(code) - 1
    if prefix:
        literal = group_start is None and whole
        code.append(SRE_INFO_PREFIX | (SRE_INFO_LITERAL if literal else 0))
    elif firsts:
        code.append(SRE_INFO_CHARSET)
    else:
        code.append(0)
    if lo >= MAXCODE:
        lo = MAXCODE
        del prefix[MAXCODE:]
    code += (lo, hi)
    if prefix:
        code += (len(prefix), len(prefix) if group_start is None
                 else group_start)
        code += prefix
        code += _borders(prefix)
    elif firsts:
        _put_set(out, _reduce_set(firsts)[0], flags)
    code[at] = len(code) - at


# -- entry points -------------------------------------------------------------

def _code(p, flags):
    """The code words of the parsed pattern p."""
    flags |= p.state.flags
    out = _Words()
    _put_info(out, p, flags)
    _put_items(out, p, flags)
    out.code.append(SUCCESS)
    return out.code


def compile(p, flags=0):
    """Parses p if it is a str or bytes pattern, then compiles it: returns
    (code words, parsed pattern)."""
    if isinstance(p, (str, bytes)):
        p = _parser.parse(p, flags)
    code = _code(p, flags)
    if flags & SRE_FLAG_DEBUG:
        print()
        dis(code)
    return code, p


# -- re.DEBUG listing ---------------------------------------------------------

class _Lister:
    """Prints code words one operation a line, indented by nesting, as
    CPython's re.DEBUG does."""

    def __init__(self, code):
        self.code = code
        self.width = len(str(len(code) - 1))
        self.targets = set()
        self.depth = 0
        self.start = 0

    def line(self, *parts, to=None):
        if to is not None:
            self.targets.add(to)
            parts += ('(to %d)' % to,)
        mark = ':' if self.start in self.targets else '.'
        print('%*d%s ' % (self.width, self.start, mark),
              end='  ' * (self.depth - 1))
        print(*parts)

    def detail(self, *parts):
        print(end=' ' * (self.width + 2 * self.depth))
        print(*parts)

    def words(self, at):
        """The words of a bitmap starting at `at`, in hex."""
        count = 256 // _WORD_BITS
        digits = _sre.CODESIZE * 2 + 2
        return '[%s]' % ', '.join('%#0*x' % (digits, w)
                                  for w in self.code[at:at + count])

    def run(self, at, stop):
        self.depth += 1
        code = self.code
        while at < stop:
            self.start = at
            name = OPCODES[code[at]].name
            at = getattr(self, 'op_' + name, self.plain)(name, at + 1)
        self.depth -= 1

    # Each op_ method prints the operation whose words follow `at` and
    # returns where the next operation starts.

    def plain(self, name, at):
        self.line(name)
        return at

    def character(self, name, at):
        c = self.code[at]
        self.line(name, '%#02x (%r)' % (c, chr(c)))
        return at + 1

    op_LITERAL = op_NOT_LITERAL = character
    op_LITERAL_IGNORE = op_NOT_LITERAL_IGNORE = character
    op_LITERAL_UNI_IGNORE = op_NOT_LITERAL_UNI_IGNORE = character
    op_LITERAL_LOC_IGNORE = op_NOT_LITERAL_LOC_IGNORE = character

    def number(self, name, at):
        self.line(name, self.code[at])
        return at + 1

    op_MARK = op_GROUPREF = op_GROUPREF_IGNORE = number
    op_GROUPREF_UNI_IGNORE = op_GROUPREF_LOC_IGNORE = number

    def op_AT(self, name, at):
        self.line(name, ATCODES[self.code[at]].name[3:])
        return at + 1

    def op_CATEGORY(self, name, at):
        self.line(name, CHCODES[self.code[at]].name[9:])
        return at + 1

    def nested(self, name, at):
        skip = self.code[at]
        self.line(name, skip, to=at + skip)
        self.run(at + 1, at + skip)
        return at + skip

    op_IN = op_IN_IGNORE = op_IN_UNI_IGNORE = op_IN_LOC_IGNORE = nested
    op_ATOMIC_GROUP = nested

    def span(self, name, at):
        lo, hi = self.code[at:at + 2]
        self.line(name, '%#02x %#02x (%r-%r)' % (lo, hi, chr(lo), chr(hi)))
        return at + 2

    op_RANGE = op_RANGE_UNI_IGNORE = span

    def op_CHARSET(self, name, at):
        self.line(name, self.words(at))
        return at + 256 // _WORD_BITS

    def op_BIGCHARSET(self, name, at):
        import sys
        blocks = self.code[at]
        at += 1
        count = 256 // _sre.CODESIZE
        index = []
        for w in self.code[at:at + count]:
            index += w.to_bytes(_sre.CODESIZE, sys.byteorder)
        self.line(name, blocks, index)
        at += count
        self.depth += 1
        for _ in range(blocks):
            self.detail(self.words(at))
            at += 256 // _WORD_BITS
        self.depth -= 1
        return at

    def op_JUMP(self, name, at):
        skip = self.code[at]
        self.line(name, skip, to=at + skip)
        return at + 1

    def op_BRANCH(self, name, at):
        skip = self.code[at]
        self.line(name, skip, to=at + skip)
        while skip:
            self.run(at + 1, at + skip)
            at += skip
            self.start = at
            skip = self.code[at]
            if skip:
                self.line('branch', skip, to=at + skip)
            else:
                self.line(FAILURE.name)
        return at + 1

    def repeat(self, name, at):
        skip, lo, hi = self.code[at:at + 3]
        if hi == MAXREPEAT:
            hi = 'MAXREPEAT'
        self.line(name, skip, lo, hi, to=at + skip)
        self.run(at + 3, at + skip)
        return at + skip

    op_REPEAT = op_REPEAT_ONE = op_MIN_REPEAT_ONE = repeat
    op_POSSESSIVE_REPEAT = op_POSSESSIVE_REPEAT_ONE = repeat

    def op_GROUPREF_EXISTS(self, name, at):
        group, skip = self.code[at:at + 2]
        self.line(name, group, skip, to=at + skip)
        return at + 2

    def lookaround(self, name, at):
        skip, behind = self.code[at:at + 2]
        self.line(name, skip, behind, to=at + skip)
        self.run(at + 2, at + skip)
        return at + skip

    op_ASSERT = op_ASSERT_NOT = lookaround

    def op_INFO(self, name, at):
        skip, bits, lo, hi = self.code[at:at + 4]
        if hi >= MAXREPEAT:
            hi = 'MAXREPEAT'
        self.line(name, skip, bin(bits), lo, hi, to=at + skip)
        rest = at + 4
        if bits & SRE_INFO_PREFIX:
            size, group_start = self.code[rest:rest + 2]
            rest += 2
            chars = self.code[rest:rest + size]
            rest += size
            self.detail('  prefix_skip', group_start)
            self.detail('  prefix',
                        '[%s]' % ', '.join('%#02x' % c for c in chars),
                        '(%r)' % ''.join(map(chr, chars)))
            self.detail('  overlap', self.code[rest:rest + size])
            rest += size
        if bits & SRE_INFO_CHARSET:
            self.depth += 1
            self.detail('in')
            self.run(rest, at + skip)
            self.depth -= 1
        return at + skip


def dis(code):
    """Prints the code words of a compiled pattern as re.DEBUG shows them."""
    _Lister(code).run(0, len(code))
