"""Decide whether a piece of interactive input is a finished command.

compile_command() gives back a code object when the text is a complete,
valid command, None when more lines are needed, and raises SyntaxError
(or OverflowError / ValueError) when the text can never become valid.

pyrs's compile() does not understand the "allow incomplete input" flag,
so this module works the question out itself: it scans the text to see
which constructs (brackets, strings, line continuations, blocks) are
still open at its end, and then tries a few plausible continuations.
"""

import __future__
import re
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# Flag values as CPython defines them; pyrs accepts and ignores them.
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_INCOMPLETE_BITS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

# Keywords that begin (a clause of) a compound statement.
_BLOCK_WORDS = frozenset([
    "if", "elif", "else", "while", "for", "try", "except", "finally",
    "with", "def", "class", "async", "@",
])

_CLOSER_OF = {"(": ")", "[": "]", "{": "}"}
_STRING_PREFIX_LETTERS = "rRbBuUfF"

# Messages of indentation problems found by the tokenizer on a later line.
# Beginnings of messages from the tokenizer, which CPython reports ahead of
# parser errors even in 'eval' mode.
_TOKENIZER_MESSAGES = (
    "unterminated", "unmatched", "closing parenthesis", "invalid decimal",
    "invalid hex", "invalid octal", "invalid binary", "invalid digit",
    "invalid character", "invalid non-printable",
)

_LATE_INDENT_MESSAGES = (
    "unexpected indent",
    "unindent does not match any outer indentation level",
)


# A future statement at the start of a logical line.
_FUTURE_STATEMENT = re.compile(
    r"^[ \t]*from[ \t]+__future__[ \t]+import[ \t]+\(?([\w \t,]+)", re.MULTILINE)


def _future_flag_values():
    values = []
    for name in __future__.all_feature_names:
        feature = getattr(__future__, name, None)
        flag = getattr(feature, "compiler_flag", 0)
        if isinstance(flag, int) and not isinstance(flag, bool) and flag:
            values.append(flag)
    return values


# ---------------------------------------------------------------------------
# Scanning the text for constructs left open at its end

class _LogicalLine:
    """One logical line seen by the scanner."""

    def __init__(self, indent_text, word):
        self.indent_text = indent_text
        self.word = word
        self.last = ""

    @property
    def indent(self):
        return len(self.indent_text)


class _Survey:
    """What a left-to-right scan of the source found."""

    def __init__(self):
        self.stack = []          # open brackets and strings, innermost last
        self.lines = []          # _LogicalLine objects in order
        self.trailing = None     # 'linecont' or 'strcont' when text ends in '\\'
        self.broken = False      # a one-line string ran into a newline
        self.comment_at_end = False

    def closing_text(self):
        """Text that would shut every bracket and string still open."""
        return "".join(entry[1] for entry in reversed(self.stack))

    def first_open_bracket(self):
        for entry in self.stack:
            if entry[0] == "bracket":
                return entry[2]
        return None

    def has_open_triple(self):
        return any(e[0] == "string" and len(e[1]) == 3 for e in self.stack)


def _read_word(text, pos):
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[pos:end] if end > pos else text[pos:pos + 1]


def _string_start(text, pos):
    """If a string literal starts at pos, return (prefix_len, quote)."""
    scan = pos
    while scan < len(text) and scan - pos < 3 and text[scan] in _STRING_PREFIX_LETTERS:
        scan += 1
    if scan < len(text) and text[scan] in "'\"":
        if scan > pos and pos > 0:
            before = text[pos - 1]
            if before.isalnum() or before == "_":
                return None
        quote = text[scan] * 3 if text.startswith(text[scan] * 3, scan) else text[scan]
        return scan - pos, quote
    return None


def _survey(text):
    info = _Survey()
    stack = info.stack
    size = len(text)
    pos = 0
    line_begin = 0
    current = None
    while pos < size:
        ch = text[pos]
        top = stack[-1] if stack else None
        if top is not None and top[0] == "string":
            quote, is_f = top[1], top[3]
            if text.startswith(quote, pos):
                stack.pop()
                pos += len(quote)
                continue
            if ch == "\\":
                if pos + 1 == size:
                    info.trailing = "strcont"
                    break
                pos += 2
                continue
            if ch == "\n":
                if len(quote) == 1:
                    info.broken = True
                    stack.pop()
                    continue
                line_begin = pos + 1
            elif is_f and ch == "{":
                if text.startswith("{{", pos):
                    pos += 2
                    continue
                stack.append(("bracket", "}", _position(text, pos)))
            pos += 1
            continue

        # Ordinary code.
        if ch == "#":
            newline = text.find("\n", pos)
            if newline < 0:
                info.comment_at_end = True
                pos = size
            else:
                pos = newline
            continue
        if ch == "\n":
            if not stack and current is not None:
                info.lines.append(current)
                current = None
            pos += 1
            line_begin = pos
            continue
        if ch in " \t\f\r":
            pos += 1
            continue
        if ch == "\\":
            if pos + 1 == size:
                info.trailing = "linecont"
                break
            pos += 2 if text[pos + 1] == "\n" else 1
            continue
        if current is None and not stack:
            current = _LogicalLine(text[line_begin:pos], _read_word(text, pos))
        if current is not None:
            current.last = ch
        found = _string_start(text, pos) if (ch in "'\"" or ch in _STRING_PREFIX_LETTERS) else None
        if found is not None:
            prefix_len, quote = found
            is_f = "f" in text[pos:pos + prefix_len].lower()
            stack.append(("string", quote, _position(text, pos), is_f))
            pos += prefix_len + len(quote)
            continue
        if ch in _CLOSER_OF:
            stack.append(("bracket", _CLOSER_OF[ch], _position(text, pos)))
        elif ch in ")]}":
            if stack and stack[-1][0] == "bracket" and stack[-1][1] == ch:
                stack.pop()
        elif ch.isalnum() or ch == "_":
            pos += len(_read_word(text, pos))
            continue
        pos += 1
    else:
        top = stack[-1] if stack else None
        if top is not None and top[0] == "string" and len(top[1]) == 1:
            info.broken = True
    if current is not None:
        info.lines.append(current)
    return info


def _position(text, index):
    """1-based (line, column) of text[index]."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def _location(err):
    # 'single' and 'eval' input put an error at the end of the input at offset 0.
    if err.offset == 0 and err.lineno:
        return (err.lineno, float('inf'))
    return (err.lineno or 0, err.offset or 0)


# ---------------------------------------------------------------------------
# The decision itself

def _quietly(compiler, source, filename, symbol):
    """Compile with warnings silenced; return (code, error)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return compiler(source, filename, symbol), None
        except SyntaxError as err:
            return None, err


def _only_blank_or_comments(source):
    for row in source.split("\n"):
        row = row.strip()
        if row and not row.startswith("#"):
            return False
    return True


def _waits_for_dedent(source, survey):
    """In 'single' mode a compound statement needs a trailing newline."""
    if source.endswith("\n") or not survey.lines:
        return False
    last = survey.lines[-1]
    if last.indent > 0:
        return True
    top_level = [ln for ln in survey.lines if ln.indent == 0]
    head = top_level[-1] if top_level else last
    if head.word in _BLOCK_WORDS:
        return True
    return head.word in ("match", "case") and head.last == ":"


def _continuations(source, survey):
    """Candidate follow-up lines that could finish an open block."""
    if not survey.lines:
        return []
    lead = "" if source.endswith("\n") else "\n"
    last = survey.lines[-1]
    deeper = last.indent_text + " "
    found = []
    if last.last == ":":
        found.append(deeper + "pass")
        if last.word == "match":
            found.append(deeper + "case _: pass")
    if last.word == "@":
        found.append(last.indent_text + "def _(): pass")
    seen = set()
    for line in survey.lines:
        if line.word == "try" and line.indent_text not in seen:
            seen.add(line.indent_text)
            found.append(line.indent_text + "finally: pass")
    return [source + lead + extra + "\n" for extra in found]


def _is_open_ended(compiler, source, filename, symbol, survey):
    """True when some continuation of source could still be valid.

    Also returns the error met while checking, if any, for reporting.
    """
    if survey.broken:
        return False, None
    if survey.trailing or survey.stack:
        body = source[:-1] if survey.trailing else source
        if survey.trailing and _only_blank_or_comments(body):
            return True, None
        end = _position(source + " ", len(body))
        glue = "\n" if survey.comment_at_end else ""
        patched = body + glue + survey.closing_text()
        code, err = _quietly(compiler, patched, filename, symbol)
        if err is None or _location(err) >= end:
            return True, None
        return False, err
    for attempt in _continuations(source, survey):
        code, err = _quietly(compiler, attempt, filename, symbol)
        if err is None:
            return True, None
    return False, None


def _rebuilt(err, **changes):
    """A copy of a SyntaxError with some location fields replaced."""
    fields = {
        "filename": err.filename, "lineno": err.lineno, "offset": err.offset,
        "text": err.text, "end_lineno": err.end_lineno,
        "end_offset": err.end_offset,
    }
    fields.update(changes)
    where = (fields["filename"], fields["lineno"], fields["offset"],
             fields["text"], fields["end_lineno"], fields["end_offset"])
    return type(err)(err.msg, where)


def _original_text(source, lineno, symbol):
    rows = source.split("\n")
    if not lineno or lineno > len(rows):
        return None
    ending = "\n" if (symbol == "exec" or lineno < len(rows)) else ""
    return rows[lineno - 1] + ending


def _reshape(err, source, symbol):
    """Make pyrs's error details look the way CPython reports them.

    Without a trailing newline, CPython's 'single' and 'eval' modes keep
    the last line's text without a newline, and put a plain SyntaxError
    found beyond the end of that line at column 0.
    """
    if symbol == "exec" or source.endswith("\n"):
        return err
    rows = source.split("\n")
    if err.lineno != len(rows) or not isinstance(err.text, str):
        return err
    text = err.text[:-1] if err.text.endswith("\n") else err.text
    start, stop = err.offset, err.end_offset
    if type(err) is SyntaxError and start is not None and start > len(rows[-1]):
        start = stop = 0
    return _rebuilt(err, text=text, offset=start, end_offset=stop)


def _better_error(compiler, source, filename, symbol, err, probe_err, survey):
    """Choose the error CPython would report for invalid input."""
    if symbol == "eval":
        if not err.msg.startswith(_TOKENIZER_MESSAGES):
            _, statement_err = _quietly(compiler, source, filename, "exec")
            if (statement_err is not None
                    and statement_err.msg.startswith(_TOKENIZER_MESSAGES)
                    and (statement_err.lineno or 0) <= (err.lineno or 0)):
                return statement_err
        opener = survey.first_open_bracket()
        if (probe_err is not None and opener is not None
                and err.msg.endswith("was never closed")
                and _location(probe_err) < opener):
            return _rebuilt(probe_err, text=_original_text(
                source, probe_err.lineno, symbol))
    if (isinstance(err, IndentationError) and err.msg in _LATE_INDENT_MESSAGES
            and (err.lineno or 0) > 1 and symbol != "exec"):
        head = "\n".join(source.split("\n")[:err.lineno - 1])
        if symbol == "eval":
            _, early = _quietly(compiler, head, filename, symbol)
            if early is not None:
                return early
        else:
            head_lines = _survey(head).lines
            flat = all(ln.indent == 0 and ln.word not in _BLOCK_WORDS
                       and ln.last != ":" for ln in head_lines)
            if head_lines and flat:
                _, extra = _quietly(compiler, head + "\npass", filename, symbol)
                if extra is not None and extra.msg.startswith("multiple statements"):
                    return _rebuilt(extra, text=_original_text(
                        source, extra.lineno, symbol))
    return err


def _judge(compiler, source, filename, symbol):
    """Core of compile_command: code object, None, or an exception."""
    if _only_blank_or_comments(source):
        if symbol == "eval":
            return None
        source = "pass"

    survey = _survey(source)
    if symbol == "eval" and survey.lines and survey.lines[0].indent:
        # pyrs's compile() forgives leading blanks in 'eval' mode.
        first = survey.lines[0]
        lineno = source[:source.find(first.indent_text + first.word)].count("\n") + 1
        raise IndentationError("unexpected indent", (
            filename, lineno, first.indent,
            _original_text(source, lineno, symbol), lineno, -1))

    with warnings.catch_warnings(record=True) as noticed:
        warnings.simplefilter("always")
        try:
            code = compiler(source, filename, symbol)
            failure = None
        except SyntaxError as err:
            code = None
            failure = err

    if failure is None:
        if symbol == "single" and _waits_for_dedent(source, survey):
            return None
        if noticed:
            # Compile once more so that warnings go through the normal filters.
            code = compiler(source, filename, symbol)
        return code

    more, probe_err = _is_open_ended(compiler, source, filename, symbol, survey)
    if more:
        return None
    chosen = _better_error(compiler, source, filename, symbol, failure, probe_err, survey)
    raise _reshape(chosen, source, symbol).with_traceback(None)


# ---------------------------------------------------------------------------
# Public interface

def compile_command(source, filename="<input>", symbol="single"):
    """Compile an interactive command, or return None if it is unfinished.

    symbol is 'single' (the default), 'exec' or 'eval'.  Invalid input
    raises SyntaxError, OverflowError or ValueError.
    """
    simple = Compile()
    return _judge(simple._plain, source, filename, symbol)


class Compile:
    """A compile() work-alike that keeps __future__ imports in force.

    Once a compiled text has used a future statement, later texts are
    compiled with that feature enabled too.
    """

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def _plain(self, source, filename, symbol):
        code = compile(source, filename, symbol, self.flags & ~_INCOMPLETE_BITS, True)
        self._note_features(code, source)
        return code

    def _note_features(self, code, source):
        if code is None:
            return
        code_flags = getattr(code, "co_flags", 0)
        for flag in _future_flag_values():
            if code_flags & flag:
                self.flags |= flag
        # pyrs does not mark code objects with the future features they
        # use, so look for the future statements in the text as well.
        if isinstance(source, str) and "__future__" in source:
            for found in _FUTURE_STATEMENT.finditer(source):
                for item in found.group(1).split(","):
                    words = item.split()
                    feature = getattr(__future__, words[0], None) if words else None
                    flag = getattr(feature, "compiler_flag", 0)
                    if isinstance(flag, int) and not isinstance(flag, bool):
                        self.flags |= flag

    def __call__(self, source, filename, symbol, **kwargs):
        extra = kwargs.get("flags", 0)
        wanted = self.flags | extra
        if kwargs.get("incomplete_input", True) is False:
            wanted &= ~_INCOMPLETE_BITS
        if not wanted & PyCF_ALLOW_INCOMPLETE_INPUT:
            code = compile(source, filename, symbol, wanted, True)
            self._note_features(code, source)
            return code

        def plain(text, name, mode):
            return compile(text, name, mode, wanted & ~_INCOMPLETE_BITS, True)

        code = _judge(plain, source, filename, symbol)
        if code is None:
            rows = source.split("\n")
            last = rows[-1] + ("\n" if symbol == "exec" else "")
            raise SyntaxError("incomplete input",
                              (filename, len(rows), len(last), last, len(rows), -1))
        self._note_features(code, source)
        return code


class CommandCompiler:
    """Callable like compile_command(), remembering __future__ imports."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _judge(self.compiler._plain, source, filename, symbol)
