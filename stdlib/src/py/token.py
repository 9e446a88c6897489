"""Token constants."""

# The numbering follows CPython 3.12 (its Grammar/Tokens file); the table is data.
_NAMES = (
    'ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT '
    'LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER '
    'LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL '
    'GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL '
    'MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL '
    'CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL '
    'DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL '
    'EXCLAMATION OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD '
    'FSTRING_START FSTRING_MIDDLE FSTRING_END COMMENT NL ERRORTOKEN ENCODING '
    'N_TOKENS'
).split()

# Operator spellings, in the order of the numbered names from LPAR to EXCLAMATION.
_SPELLINGS = (
    '( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= '
    '*= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... := !'
).split()

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']
__all__.extend(_NAMES)
__all__.append('NT_OFFSET')

tok_name = {}
for _num, _name in enumerate(_NAMES):
    globals()[_name] = _num
    tok_name[_num] = _name
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'

EXACT_TOKEN_TYPES = {
    _text: _NAMES.index('LPAR') + _pos for _pos, _text in enumerate(_SPELLINGS)
}
EXACT_TOKEN_TYPES = dict(sorted(EXACT_TOKEN_TYPES.items()))
del _num, _name, _NAMES, _SPELLINGS


def ISTERMINAL(x):
    """True for token numbers below NT_OFFSET."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """True for grammar-symbol numbers (NT_OFFSET and above)."""
    return x >= NT_OFFSET


def ISEOF(x):
    """True for ENDMARKER."""
    return x == ENDMARKER
