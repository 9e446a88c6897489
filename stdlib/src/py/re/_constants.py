"""re._constants (CPython's re._constants module, written for pyrs)."""

# Version stamp of the code format; _sre must agree with it.
MAGIC = 20221023

from _sre import MAXREPEAT, MAXGROUPS


def _line_and_column(text, pos):
    """1-based line and column of index pos in text (str or bytes)."""
    eol = '\n' if isinstance(text, str) else b'\n'
    line_start = text.rfind(eol, 0, pos) + 1
    return text.count(eol, 0, pos) + 1, pos - line_start + 1, eol in text


class error(Exception):
    """A pattern (or replacement template) that cannot be compiled.

    msg is the bare message; pattern and pos (an index into it) are None
    when unknown, and so are lineno and colno then.
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        shown = msg
        if pos is not None and pattern is not None:
            shown = f'{msg} at position {pos}'
            self.lineno, self.colno, several = _line_and_column(pattern, pos)
            if several:
                shown = f'{shown} (line {self.lineno}, column {self.colno})'
        Exception.__init__(self, shown)


class _Symbol(int):
    """A numbered code of the engine that shows itself by name."""

    def __new__(cls, number, name):
        code = int.__new__(cls, number)
        code.name = name
        return code

    def __repr__(self):
        return self.name

    __str__ = __repr__


MAXREPEAT = _Symbol(MAXREPEAT, 'MAXREPEAT')


def _number_from(first, names):
    """Symbols first, first+1, ... for the blank-separated names, also
    bound as module globals; returns them as a list."""
    made = []
    for name in names.split():
        made.append(_Symbol(first + len(made), name))
    globals().update((code.name, code) for code in made)
    return made


# Operation codes, in the engine's numbering.
OPCODES = _number_from(0, '''
    FAILURE SUCCESS ANY ANY_ALL ASSERT ASSERT_NOT AT BRANCH CATEGORY
    CHARSET BIGCHARSET GROUPREF GROUPREF_EXISTS IN INFO JUMP LITERAL MARK
    MAX_UNTIL MIN_UNTIL NOT_LITERAL NEGATE RANGE REPEAT REPEAT_ONE
    SUBPATTERN MIN_REPEAT_ONE ATOMIC_GROUP POSSESSIVE_REPEAT
    POSSESSIVE_REPEAT_ONE
    GROUPREF_IGNORE IN_IGNORE LITERAL_IGNORE NOT_LITERAL_IGNORE
    GROUPREF_LOC_IGNORE IN_LOC_IGNORE LITERAL_LOC_IGNORE
    NOT_LITERAL_LOC_IGNORE
    GROUPREF_UNI_IGNORE IN_UNI_IGNORE LITERAL_UNI_IGNORE
    NOT_LITERAL_UNI_IGNORE RANGE_UNI_IGNORE
''')

# The parser's two kinds of repeat; the compiler turns them into engine
# operations, so their numbers (right after the real ones) never run.
MIN_REPEAT, MAX_REPEAT = _number_from(len(OPCODES), 'MIN_REPEAT MAX_REPEAT')

# Arguments of AT.
ATCODES = _number_from(0, '''
    AT_BEGINNING AT_BEGINNING_LINE AT_BEGINNING_STRING
    AT_BOUNDARY AT_NON_BOUNDARY AT_END AT_END_LINE AT_END_STRING
    AT_LOC_BOUNDARY AT_LOC_NON_BOUNDARY AT_UNI_BOUNDARY AT_UNI_NON_BOUNDARY
''')

# Arguments of CATEGORY.
CHCODES = _number_from(0, '''
    CATEGORY_DIGIT CATEGORY_NOT_DIGIT CATEGORY_SPACE CATEGORY_NOT_SPACE
    CATEGORY_WORD CATEGORY_NOT_WORD CATEGORY_LINEBREAK CATEGORY_NOT_LINEBREAK
    CATEGORY_LOC_WORD CATEGORY_LOC_NOT_WORD
    CATEGORY_UNI_DIGIT CATEGORY_UNI_NOT_DIGIT
    CATEGORY_UNI_SPACE CATEGORY_UNI_NOT_SPACE
    CATEGORY_UNI_WORD CATEGORY_UNI_NOT_WORD
    CATEGORY_UNI_LINEBREAK CATEGORY_UNI_NOT_LINEBREAK
''')

_named = {code.name: code for code in OPCODES + ATCODES + CHCODES}


def _respell(codes, old, new):
    """Maps each code to the one whose name has `old` replaced by `new`
    (the code itself where there is no such name)."""
    return {code: _named.get(code.name.replace(old, new, 1), code)
            for code in codes}


# Case-insensitive variants of LITERAL and NOT_LITERAL: plain (ASCII),
# by locale, by Unicode.
OP_IGNORE = {op: _named[op.name + '_IGNORE'] for op in (LITERAL, NOT_LITERAL)}
OP_LOCALE_IGNORE = {op: _named[op.name + '_LOC_IGNORE']
                    for op in (LITERAL, NOT_LITERAL)}
OP_UNICODE_IGNORE = {op: _named[op.name + '_UNI_IGNORE']
                     for op in (LITERAL, NOT_LITERAL)}

# What the anchors become under MULTILINE, LOCALE and UNICODE.
AT_MULTILINE = {AT_BEGINNING: AT_BEGINNING_LINE, AT_END: AT_END_LINE}
AT_LOCALE = _respell((AT_BOUNDARY, AT_NON_BOUNDARY), 'AT_', 'AT_LOC_')
AT_UNICODE = _respell((AT_BOUNDARY, AT_NON_BOUNDARY), 'AT_', 'AT_UNI_')

# What the eight basic categories become under LOCALE (only the word ones
# change) and UNICODE.
CH_LOCALE = _respell(CHCODES[:8], 'CATEGORY_', 'CATEGORY_LOC_')
CH_UNICODE = _respell(CHCODES[:8], 'CATEGORY_', 'CATEGORY_UNI_')

del _named

# Pattern flags (re.I and friends have these values).
SRE_FLAG_TEMPLATE = 1 << 0
SRE_FLAG_IGNORECASE = 1 << 1
SRE_FLAG_LOCALE = 1 << 2
SRE_FLAG_MULTILINE = 1 << 3
SRE_FLAG_DOTALL = 1 << 4
SRE_FLAG_UNICODE = 1 << 5
SRE_FLAG_VERBOSE = 1 << 6
SRE_FLAG_DEBUG = 1 << 7
SRE_FLAG_ASCII = 1 << 8

# Bits of the mask word in an INFO block.
SRE_INFO_PREFIX = 1 << 0
SRE_INFO_LITERAL = 1 << 1
SRE_INFO_CHARSET = 1 << 2
