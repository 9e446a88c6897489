"""General functions for HTML manipulation (CPython's html module, written for pyrs)."""

import re as _re
from html.entities import html5 as _named_refs

__all__ = ['escape', 'unescape']


# Replacements made by escape(): '&' must come first so that the
# references inserted afterwards are not escaped again.
_MARKUP = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_QUOTES = (('"', "&quot;"), ("'", "&#x27;"))


def escape(s, quote=True):
    """`s` with &, < and > written as character references, and also the
    quote characters " and ' unless `quote` is false."""
    for plain, ref in _MARKUP + _QUOTES if quote else _MARKUP:
        s = s.replace(plain, ref)
    return s


# What numeric references in the C1 range stand for (as in windows-1252);
# the five positions windows-1252 leaves undefined stand for themselves.
_C1_TEXT = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021'
            '\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
            '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
            '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')


def _dropped(cp):
    """Code points a numeric reference may not produce: they give ''."""
    if cp < 0x20:
        return cp not in (0x9, 0xa, 0xc, 0xd) and cp != 0
    if 0x7f <= cp <= 0x9f or 0xfdd0 <= cp <= 0xfdef:
        return True
    return (cp & 0xfffe) == 0xfffe


def _from_number(digits, base):
    cp = int(digits, base)
    if cp == 0:
        return '\ufffd'
    if 0x80 <= cp <= 0x9f:
        return _C1_TEXT[cp - 0x80]
    if cp > 0x10ffff or 0xd800 <= cp <= 0xdfff:
        return '\ufffd'
    if _dropped(cp):
        return ''
    return chr(cp)


def _from_name(name):
    text = _named_refs.get(name)
    if text is not None:
        return text
    # Legacy references may be followed directly by other text: take the
    # longest known name that starts the reference.
    for cut in range(len(name) - 1, 1, -1):
        text = _named_refs.get(name[:cut])
        if text is not None:
            return text + name[cut:]
    return '&' + name


_REFERENCE = _re.compile(
    r'&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([^\t\n\f <&#;]{1,32};?))')


def _substitute(match):
    hexa, deci, name = match.groups()
    if hexa is not None:
        return _from_number(hexa, 16)
    if deci is not None:
        return _from_number(deci, 10)
    return _from_name(name)


def unescape(s):
    """Replace the named and numeric character references in `s`
    (e.g. &gt;, &#62;, &#x3e;) by the characters they stand for,
    following the HTML5 rules for invalid and unterminated references.
    """
    if '&' not in s:
        return s
    return _REFERENCE.sub(_substitute, s)
