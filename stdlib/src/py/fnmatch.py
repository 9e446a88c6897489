"""Shell-style wildcard matching of file names.

    *       any run of characters (possibly empty)
    ?       exactly one character
    [seq]   one character of seq (ranges such as a-z allowed)
    [!seq]  one character not in seq

fnmatch() applies os.path.normcase to both sides first; fnmatchcase() does
not.  translate() gives the equivalent regular expression text.
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the wildcard pattern pat, after both went through
    os.path.normcase (so the test ignores case where the OS does)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Whether name matches the wildcard pattern pat, case included."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The items of names that match pat, in order."""
    test = _matcher(os.path.normcase(pat))
    if os.name == "nt":
        return [name for name in names if test(os.path.normcase(name))]
    return [name for name in names if test(name)]


# Compiled patterns: pattern (str or bytes) -> bound match method.
_matchers = {}
_MATCHERS_LIMIT = 1000


def _matcher(pat):
    found = _matchers.get(pat)
    if found is None:
        if isinstance(pat, bytes):
            text = translate(pat.decode("latin-1")).encode("latin-1")
        else:
            text = translate(pat)
        if len(_matchers) >= _MATCHERS_LIMIT:
            _matchers.clear()
        found = _matchers[pat] = re.compile(text).match
    return found


def translate(pat):
    """The regular expression text (for re.match) equivalent to the shell
    pattern pat: it must match the whole name."""
    # Pieces of regex text split where the pattern has a run of stars.
    runs = [[]]
    for piece in _pieces(pat):
        if piece is None:
            runs.append([])
        else:
            runs[-1].append(piece)
    texts = ["".join(run) for run in runs]
    if len(texts) == 1:
        body = texts[0]
    else:
        # Text between two stars is found lazily, then frozen with an atomic
        # group so that a failed match does not backtrack through every star.
        inner = "".join(f"(?>.*?{text})" for text in texts[1:-1])
        body = f"{texts[0]}{inner}.*{texts[-1]}"
    return f"(?s:{body})\\Z"


def _pieces(pat):
    """Regex text for each pattern element; None for a run of '*'."""
    size = len(pat)
    pos = 0
    while pos < size:
        char = pat[pos]
        pos += 1
        if char == "*":
            while pos < size and pat[pos] == "*":
                pos += 1
            yield None
        elif char == "?":
            yield "."
        elif char == "[":
            close = _closing_bracket(pat, pos)
            if close is None:
                yield "\\["
            else:
                yield _bracket(pat[pos:close])
                pos = close + 1
        else:
            yield re.escape(char)


def _closing_bracket(pat, start):
    # Index of the ']' ending a set whose text begins at start; a ']' first
    # in the set (after an optional '!') belongs to it.
    first = start + 1 if pat.startswith("!", start) else start
    if pat.startswith("]", first):
        first += 1
    close = pat.find("]", first)
    return None if close < 0 else close


# Characters with a meaning inside a regex set that the shell lacks.
_SET_SPECIAL = {"\\": "\\\\", "-": "\\-"}
_SET_OPERATORS = {"&": "\\&", "~": "\\~", "|": "\\|"}


def _bracket(body):
    """Regex for the set [body]."""
    negated = body.startswith("!")
    members = body[1:] if negated else body
    parts = ["!"] if negated else []
    for low, high in _members(members):
        if high is None:
            parts.append(_SET_SPECIAL.get(low, low))
        elif low <= high:  # an empty range such as z-a contributes nothing
            parts.append(f"{_SET_SPECIAL.get(low, low)}-{_SET_SPECIAL.get(high, high)}")
    text = "".join(_SET_OPERATORS.get(c, c) for c in "".join(parts))
    if not text:
        return "(?!)"
    if text == "!":
        return "."
    if text[0] == "!":
        text = "^" + text[1:]
    elif text[0] in "^[":
        text = "\\" + text
    return f"[{text}]"


def _members(text):
    """(low, high) for each range of a set's text, (c, None) for each single
    character."""
    pos, size = 0, len(text)
    while pos < size:
        if pos + 2 < size and text[pos + 1] == "-":
            yield text[pos], text[pos + 2]
            pos += 3
        else:
            yield text[pos], None
            pos += 1
