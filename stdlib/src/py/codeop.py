"""Utilities to compile possibly incomplete Python source (pyrs).

pyrs's compile() does not implement PyCF_ALLOW_INCOMPLETE_INPUT or
PyCF_DONT_IMPLY_DEDENT, so incompleteness is detected here by scanning the
source's tail (open brackets, unterminated triple-quoted strings, line
continuations, blocks still open) and by inspecting compile() errors.
"""

import __future__
import warnings

_features = [getattr(__future__, fname)
             for fname in __future__.all_feature_names]

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def _scan(source):
    """Return (depth, in_string, continued, last_indent, last_first_char)
    describing the state of the lexer at the end of source."""
    depth = 0
    quote = None          # current string delimiter ('"', "'", '"""'...)
    continued = False
    i, n = 0, len(source)
    line_start = True
    last_indent = 0
    last_first = ''
    while i < n:
        c = source[i]
        if quote is not None:
            if c == '\\':
                if i + 1 >= n:
                    continued = True
                i += 2
                continue
            if source.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if c == '\n' and len(quote) == 1:
                quote = None   # unterminated single-quoted string
            i += 1
            continue
        continued = False
        if line_start and depth == 0:
            j = i
            while j < n and source[j] in ' \t\f':
                j += 1
            if j < n and source[j] not in '#\r\n':
                last_indent = j - i
                last_first = source[j]
            line_start = False
            i = j
            continue
        if c == '#':
            while i < n and source[i] != '\n':
                i += 1
            continue
        if c == '\\':
            if i + 1 >= n:
                continued = True
                i += 1
                continue
            if source[i + 1] == '\n':
                i += 2
                continue
        if c == '\n':
            line_start = True
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth = max(depth - 1, 0)
        elif c in '"\'':
            if source.startswith(c * 3, i):
                quote = c * 3
                i += 3
                continue
            quote = c
        i += 1
    in_string = quote is not None and len(quote) == 3
    if quote is not None and len(quote) == 1 and continued:
        in_string = True
    return depth, in_string, continued, last_indent, last_first


def _incomplete_error(source, err, symbol):
    msg = str(getattr(err, 'msg', '') or '')
    depth, in_string, continued, indent, first = _scan(source)
    if in_string or continued:
        return True
    if 'was never closed' in msg:
        return True
    if 'unterminated triple-quoted string' in msg:
        return True
    lines = source.rstrip('\n').split('\n')
    lineno = getattr(err, 'lineno', None) or 0
    at_end = lineno >= len(lines)
    if at_end and msg.startswith('expected an indented block'):
        return True
    if at_end and msg.startswith("expected 'except' or 'finally' block"):
        return True
    if (at_end and first == '@' and not source.endswith('\n')
            and symbol != 'eval'):
        return True
    return False


def _maybe_compile(compiler, source, filename, symbol):
    # Only blank lines and comments: compile a 'pass' statement instead.
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
        else:
            # Nothing to evaluate yet: wait for more input.
            return None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError as err:
            if _incomplete_error(source, err, symbol):
                return None
        else:
            if symbol == 'single' and not source.endswith('\n'):
                depth, in_string, continued, indent, first = _scan(source)
                if indent > 0:
                    # A block is still open: more lines may follow.
                    return None
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    flags = 0
    if incomplete_input:
        flags |= PyCF_ALLOW_INCOMPLETE_INPUT
        flags |= PyCF_DONT_IMPLY_DEDENT
    return compile(source, filename, symbol, flags)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile a command; return a code object, or None if the command is
    incomplete.  Raise SyntaxError, ValueError or OverflowError if it is
    invalid."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), but remembers __future__ statements seen so far."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get('incomplete_input', True) is False:
            flags &= ~PyCF_DONT_IMPLY_DEDENT
            flags &= ~PyCF_ALLOW_INCOMPLETE_INPUT
        codeob = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """Like compile_command(), but remembers __future__ statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
