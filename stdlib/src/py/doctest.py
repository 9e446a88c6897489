"""Run the interactive examples found in docstrings and text files.

An *example* is a ``>>> `` prompt line (plus ``... `` continuation lines)
followed by the output it is expected to print.  This module collects such
examples, runs them, compares what they print with what was written, and
reports the differences.  Entry points: testmod(), testfile(),
run_docstring_examples(), DocTestSuite() and DocFileSuite().
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    # option flags
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'FAIL_FAST',
    # building blocks
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    # convenience functions
    'testmod',
    'testfile',
    'run_docstring_examples',
    # unittest glue
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    # debugging helpers
    'script_from_examples',
    'testsource',
    'debug_src',
    'debug',
]

import __future__
import builtins
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from io import StringIO
from collections import namedtuple

TestResults = namedtuple('TestResults', ['failed', 'attempted'])


# ---------------------------------------------------------------------------
# Option flags
# ---------------------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Give *name* its own bit (once) and return that bit."""
    known = OPTIONFLAGS_BY_NAME.get(name)
    if known is None:
        known = OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return known


# Flags that change how output is compared ...
_COMPARE_NAMES = ('DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
                  'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP',
                  'IGNORE_EXCEPTION_DETAIL')
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE,
 ELLIPSIS, SKIP, IGNORE_EXCEPTION_DETAIL) = map(register_optionflag,
                                                _COMPARE_NAMES)
COMPARISON_FLAGS = sum(OPTIONFLAGS_BY_NAME[n] for n in _COMPARE_NAMES)

# ... and flags that change how failures are reported.
_REPORT_NAMES = ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
                 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')
(REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE,
 FAIL_FAST) = map(register_optionflag, _REPORT_NAMES)
REPORTING_FLAGS = sum(OPTIONFLAGS_BY_NAME[n] for n in _REPORT_NAMES)

BLANKLINE_MARKER, ELLIPSIS_MARKER = '<BLANKLINE>', '...'

_TB_HEADERS = ('Traceback (most recent call last):',
               'Traceback (innermost last):')


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------

def _pad_lines(text):
    """Indent every non-empty line of *text* by four spaces."""
    return '\n'.join(row and '    ' + row for row in text.split('\n'))


def _format_problem(exc_info):
    """Render a (type, value, traceback) triple the way the interpreter does."""
    sink = StringIO()
    kind, value, tb = exc_info
    if tb is None:
        # raised by compile() itself: no frame to show, but keep the header
        sink.write('Traceback (most recent call last):\n')
    traceback.print_exception(kind, value, tb, file=sink)
    return sink.getvalue()


def _as_comment(line):
    """Turn one line of prose into a Python comment."""
    line = line.rstrip()
    return '# ' + line if line else '#'


def _bare_exception_name(msg):
    """Reduce 'pkg.mod.Error: details' to just 'Error'."""
    head = msg.split('\n', 1)[0]
    head = head.split(':', 1)[0]
    return head.rsplit('.', 1)[-1]


def _unix_newlines(data):
    """Normalise any newline convention to plain '\\n'."""
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _future_compile_flags(globs):
    """Compiler flags for every __future__ feature imported into *globs*."""
    total = 0
    for label in __future__.all_feature_names:
        imported = globs.get(label)
        if imported is not None and imported is getattr(__future__, label):
            total |= imported.compiler_flag
    return total


def _caller_module():
    """The module whose code called into doctest (skipping our own frames)."""
    frame = sys._getframe(1)
    ours = globals()
    while frame is not None and frame.f_globals is ours:
        frame = frame.f_back
    if frame is None:
        return None
    return sys.modules.get(frame.f_globals.get('__name__'))


def _resolve_module(module):
    """Accept a module, a dotted module name, or None (meaning the caller)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        import importlib
        return importlib.import_module(module)
    if module is None:
        return _caller_module()
    raise TypeError("Expected a module, string, or None")


def _locate(module, rel_path):
    """Turn the '/'-separated *rel_path* into a path next to *module*."""
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if rel_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    tail = os.path.join(*rel_path.split('/'))
    # (folder, trusted): a trusted folder is used even if the file is absent
    bases = []
    if hasattr(module, '__file__'):
        bases.append((os.path.dirname(module.__file__), True))
    if module.__name__ == '__main__':
        script = (sys.argv or [''])[0]
        bases.append((os.path.dirname(script) if script else os.curdir, True))
    bases.extend((folder, False) for folder in getattr(module, '__path__', ()))
    for folder, trusted in bases:
        candidate = os.path.join(folder, tail)
        if trusted or os.path.exists(candidate):
            return candidate
    raise ValueError("Can't resolve paths relative to the module "
                     "%r (it has no __file__)" % module.__name__)


def _read_doc_file(path, module, encoding):
    """Text of *path*; files inside archives come from *module*'s loader."""
    try:
        with open(path, encoding=encoding) as handle:
            return handle.read()
    except OSError:
        loader = getattr(getattr(module, '__spec__', None), 'loader', None)
        if not hasattr(loader, 'get_data'):
            raise
    return _unix_newlines(loader.get_data(path).decode(encoding))


class _OutputTrap(StringIO):
    """Stands in for sys.stdout while an example runs."""

    def take(self):
        """Everything written since the last call, ending in a newline."""
        text = self.getvalue()
        self.seek(0)
        self.truncate()
        if text[-1:] not in ('', '\n'):
            text += '\n'
        return text


# ---------------------------------------------------------------------------
# Output comparison helpers
# ---------------------------------------------------------------------------

def _fits_with_ellipsis(want, got):
    """True when *got* fits *want*, where '...' in *want* matches anything."""
    fixed = want.split(ELLIPSIS_MARKER)
    if len(fixed) == 1:
        return want == got
    first, last = fixed[0], fixed[-1]
    lo, hi = len(first), len(got) - len(last)
    if hi < lo or not (got.startswith(first) and got.endswith(last)):
        return False
    for chunk in fixed[1:-1]:
        at = got.find(chunk, lo, hi)
        if at < 0:
            return False
        lo = at + len(chunk)
    return True


def _ascii_escaped(text):
    return text.encode('ascii', 'backslashreplace').decode('ascii')


def _drop_blankline_markers(want):
    rows = want.split('\n')
    for k, row in enumerate(rows):
        if row.startswith(BLANKLINE_MARKER) and not row[len(BLANKLINE_MARKER):].strip():
            rows[k] = ''
    return '\n'.join(rows)


def _empty_whitespace_rows(got):
    return '\n'.join('' if not row.strip() else row for row in got.split('\n'))


def _mark_blank_rows(got):
    rows = got.split('\n')
    for k in range(len(rows) - 1):
        if not rows[k].strip(' '):
            rows[k] = BLANKLINE_MARKER
    return '\n'.join(rows)


_BOOL_SPELLINGS = {'1\n': 'True\n', '0\n': 'False\n'}

_DIFF_STYLES = (
    (REPORT_UDIFF, 'unified diff with -expected +actual'),
    (REPORT_CDIFF, 'context diff with expected followed by actual'),
    (REPORT_NDIFF, 'ndiff with -expected +actual'),
)


def _pick_diff_style(want, got, flags):
    """(bit, description) of the diff to show for a failure, or None."""
    requested = [entry for entry in _DIFF_STYLES if flags & entry[0]]
    if not requested:
        return None
    # ndiff is always shown; the line-based diffs need a few lines to help
    worthwhile = want.count('\n') > 2 and got.count('\n') > 2
    if worthwhile or flags & REPORT_NDIFF:
        return requested[0]
    return None


def _diff_rows(style, old, new):
    if style == REPORT_UDIFF:
        return list(difflib.unified_diff(old, new, n=2))[2:]
    if style == REPORT_CDIFF:
        return list(difflib.context_diff(old, new, n=2))[2:]
    differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
    return list(differ.compare(old, new))


class OutputChecker:
    """Decides whether actual output matches the expected output."""

    def check_output(self, want, got, optionflags):
        """Return True if *got* is an acceptable rendering of *want*."""
        got, want = _ascii_escaped(got), _ascii_escaped(want)
        if got == want:
            return True
        flags = optionflags
        lenient_bools = not flags & DONT_ACCEPT_TRUE_FOR_1
        if lenient_bools and _BOOL_SPELLINGS.get(want) == got:
            return True
        # Each relaxation below builds on the previous ones.
        if not flags & DONT_ACCEPT_BLANKLINE:
            want = _drop_blankline_markers(want)
            got = _empty_whitespace_rows(got)
            if got == want:
                return True
        if flags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if got == want:
                return True
        return bool(flags & ELLIPSIS) and _fits_with_ellipsis(want, got)

    def output_difference(self, example, got, optionflags):
        """Describe how *got* differs from what *example* expected."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _mark_blank_rows(got)
        picked = _pick_diff_style(want, got, optionflags)
        if picked is not None:
            style, label = picked
            rows = _diff_rows(style, want.splitlines(True),
                              got.splitlines(True))
            return 'Differences (%s):\n%s' % (label, _pad_lines(''.join(rows)))
        parts = []
        parts.append('Expected:\n' + _pad_lines(want) if want
                     else 'Expected nothing\n')
        parts.append('Got:\n' + _pad_lines(got) if got else 'Got nothing\n')
        return ''.join(parts)


# ---------------------------------------------------------------------------
# Examples and tests
# ---------------------------------------------------------------------------

def _with_newline(text):
    if text and not text.endswith('\n'):
        return text + '\n'
    return text


class Example:
    """One interactive example: source, expected output and its options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        # source always ends in a newline; want/exc_msg do when non-empty
        self.source = source if source.endswith('\n') else source + '\n'
        self.want = _with_newline(want)
        if exc_msg is not None and exc_msg[-1:] != '\n':
            exc_msg += '\n'
        self.exc_msg = exc_msg
        self.lineno, self.indent = lineno, indent
        self.options = {} if options is None else options

    def _fields(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if type(other) is type(self):
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self):
        fields = self._fields()
        return hash(fields[:4] + fields[5:])


class DocTest:
    """A named collection of examples plus the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise AssertionError("DocTest no longer accepts str; "
                                 "use DocTestParser instead")
        self.examples, self.docstring = examples, docstring
        self.globs = dict(globs)
        self.name, self.filename, self.lineno = name, filename, lineno

    def __repr__(self):
        count = len(self.examples)
        what = {0: 'no examples', 1: '1 example'}.get(count,
                                                      '%d examples' % count)
        return '<%s %s from %s:%s (%s)>' % (
            type(self).__name__, self.name, self.filename, self.lineno, what)

    def _identity(self):
        return (self.docstring, self.name, self.filename, self.lineno)

    def __eq__(self, other):
        if type(other) is type(self):
            return (self._identity() == other._identity()
                    and self.examples == other.examples
                    and self.globs == other.globs)
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())

    def _order(self):
        return (self.name, self.filename, self.lineno, id(self))

    def __lt__(self, other):
        if isinstance(other, DocTest):
            return self._order() < other._order()
        return NotImplemented


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _is_prompt(line):
    return line.lstrip(' ').startswith('>>>')


def _is_continuation(line):
    return line.lstrip(' ').startswith('...')


def _common_margin(text):
    """Smallest indentation of the lines that contain something visible."""
    widths = [_leading_spaces(line) for line in text.split('\n')
              if line.lstrip(' ')[:1] and not line.lstrip(' ')[:1].isspace()]
    return min(widths) if widths else 0


def _only_comment(source):
    """True for sources made of whitespace and at most one comment line."""
    rest = source.lstrip()
    if not rest:
        return True
    if rest[0] != '#':
        return False
    if rest.endswith('\n'):
        rest = rest[:-1]
    return '\n' not in rest


def _directive_text(line):
    """The option words of a '# doctest:' comment on *line*, or None."""
    start = line.find('#')
    while start >= 0:
        tail = line[start + 1:].lstrip()
        if tail.startswith('doctest:'):
            words = tail[len('doctest:'):].lstrip()
            if '"' not in words and "'" not in words:
                return words
        start = line.find('#', start + 1)
    return None


def _first_word_line(rows):
    for k, row in enumerate(rows):
        if row[:1] and (row[0].isalnum() or row[0] == '_'):
            return k
    return None


class DocTestParser:
    """Splits text into prose and Example objects."""

    def parse(self, string, name='<string>'):
        """Return alternating prose strings and Examples found in *string*."""
        string = str.expandtabs(string)
        margin = _common_margin(string)
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        rows = string.split('\n')
        total = len(rows)
        pieces = []
        prose_from = 0
        at = 0
        while at < total:
            if not _is_prompt(rows[at]):
                at += 1
                continue
            src_end = at + 1
            while src_end < total and _is_continuation(rows[src_end]):
                src_end += 1
            out_end = src_end
            while (out_end < total and rows[out_end].strip(' ')
                   and not _is_prompt(rows[out_end])):
                out_end += 1
            pieces.append(''.join(row + '\n' for row in rows[prose_from:at]))
            example = self._build_example(rows[at:src_end],
                                          rows[src_end:out_end],
                                          at, margin, name)
            if example is not None:
                pieces.append(example)
            prose_from = at = out_end
        pieces.append('\n'.join(rows[prose_from:]))
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        """Build a DocTest from the examples in *string*."""
        examples = self.get_examples(string, name)
        return DocTest(examples, globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """Only the Example objects from *string*."""
        return [piece for piece in self.parse(string, name)
                if isinstance(piece, Example)]

    # -- helpers -------------------------------------------------------------

    def _build_example(self, src_rows, want_rows, lineno, margin, name):
        indent = _leading_spaces(src_rows[0])
        complaint = _layout_complaint(src_rows + want_rows, len(src_rows),
                                      indent, lineno, name)
        if complaint:
            raise ValueError(complaint)
        source = '\n'.join(row[indent + 4:] for row in src_rows)
        want = ''.join(row[indent:] + '\n' for row in want_rows)
        options = {}
        for word, flag, enabled in _directive_options(source):
            if flag is None:
                raise ValueError('line %r of the doctest for %s has an '
                                 'invalid option: %r' %
                                 (lineno + 1, name, word))
            options[flag] = enabled
        if _only_comment(source):
            if options:
                raise ValueError('line %r of the doctest for %s has an '
                                 'option directive on a line with no '
                                 'example: %r' % (lineno, name, source))
            return None
        return Example(source, want, self._exception_message(want),
                       lineno=lineno, indent=margin + indent,
                       options=options)

    def _exception_message(self, want):
        rows = want.split('\n')
        if rows[0].rstrip() not in _TB_HEADERS:
            return None
        found = _first_word_line(rows[1:])
        if found is None:
            return None
        return '\n'.join(rows[found + 1:])


def _layout_complaint(rows, source_count, indent, lineno, name):
    """Why the rows of one example are malformed, or '' when they are fine.

    The first *source_count* rows are prompt/continuation rows, the rest are
    expected output.  A missing blank after any prompt outranks indentation
    trouble; among indentation troubles the earliest row wins.
    """
    no_blank = bad_margin = ''
    pad = ' ' * indent
    for k, row in enumerate(rows):
        line = lineno + k + 1
        in_source = k < source_count
        if in_source and len(row) > indent + 3 and row[indent + 3] != ' ':
            no_blank = no_blank or (
                'line %r of the docstring for %s lacks blank after %s: %r'
                % (line, name, row[indent:indent + 3], row))
        if in_source:
            margin = pad + '.'
            line -= 1       # observed: continuation rows are reported one low
        else:
            margin = pad
        if k and row and not bad_margin and not row.startswith(margin):
            bad_margin = ('line %r of the docstring for %s has inconsistent '
                          'leading whitespace: %r' % (line, name, row))
    return no_blank or bad_margin


def _directive_options(source):
    """(word, flag or None, enabled) for each word of '# doctest:' comments."""
    found = []
    for row in source.split('\n'):
        for word in (_directive_text(row) or '').replace(',', ' ').split():
            flag = None
            if word[0] in '+-':
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
            found.append((word, flag, word[0] == '+'))
    return found


# ---------------------------------------------------------------------------
# Finding docstrings
# ---------------------------------------------------------------------------

_QUOTE_START = re.compile(r"(?:.*:)?\s*\w*['\"]")


def _opens_class(row, name):
    """Does *row* read 'class' then *name* (spaces optional), as a whole word?"""
    rest = row.lstrip()
    if not rest.startswith('class'):
        return False
    rest = rest[len('class'):].lstrip()
    if not rest.startswith(name):
        return False
    follower = rest[len(name):len(name) + 1]
    return not (follower.isalnum() or follower == '_')


def _py_path(filename):
    """Point a compiled-file name at its source file."""
    return filename[:-1] if filename.endswith('.pyc') else filename


def _docstring_of(obj):
    if isinstance(obj, str):
        return obj
    try:
        text = obj.__doc__
    except (AttributeError, TypeError):
        return ''
    if text is None:
        return ''
    return text if isinstance(text, str) else str(text)


def _routine_like(obj):
    """isroutine(), looking through __wrapped__ chains (cycles tolerated)."""
    try:
        obj = inspect.unwrap(obj)
    except ValueError:
        pass
    return inspect.isroutine(obj)


def _belongs_to(module, obj):
    """Was *obj* defined in *module*?  (Always true without a module.)"""
    if module is None or isinstance(obj, property):
        return True
    home = inspect.getmodule(obj)
    if home is not None:
        return home is module
    if inspect.isfunction(obj):
        return obj.__globals__ is vars(module)
    owner = getattr(obj, '__objclass__', obj)
    return getattr(owner, '__module__', None) == module.__name__


def _source_lines(obj, module):
    """Lines of the file that defines *obj*, or None when unavailable."""
    try:
        path = inspect.getsourcefile(obj)
        if not path:
            path = inspect.getfile(obj)
            if not (path.startswith('<') and path.endswith('>')):
                return None
    except TypeError:
        return None
    namespace = None if module is None else vars(module)
    return linecache.getlines(path, namespace) or None


def _first_hit(accept, lines, start=0):
    """Index of the first line from *start* on that *accept* likes."""
    return next((index for index in range(start, len(lines))
                 if accept(lines[index])), None)


def _doc_lineno(obj, lines):
    """0-based line on which *obj*'s docstring starts, when it can be told."""
    if inspect.ismodule(obj):
        if obj.__doc__ is None:
            return None
        if not lines:
            return 1
        start = 0
    elif inspect.isclass(obj):
        if obj.__doc__ is None or lines is None:
            return None
        start = _first_hit(lambda row: _opens_class(row, obj.__name__), lines)
    else:
        func = obj.__func__ if inspect.ismethod(obj) else obj
        if not (inspect.isfunction(func) and getattr(func, '__doc__', None)):
            return None
        start = func.__code__.co_firstlineno - 1
        if lines is None:
            return start + 1
    if start is None:
        return None
    return _first_hit(_QUOTE_START.match, lines, start)


def _file_label(module):
    """The filename recorded in the DocTests of *module*'s objects."""
    if module is None:
        return None
    return _py_path(getattr(module, '__file__', None) or module.__name__)


def _test_entries(module_obj, prefix):
    """The (name, value) pairs of a module's __test__ mapping, checked."""
    found = []
    for key, value in getattr(module_obj, '__test__', {}).items():
        if not isinstance(key, str):
            raise ValueError("DocTestFinder.find: __test__ keys must be "
                             "strings: %r" % (type(key),))
        if not (isinstance(value, str) or inspect.isroutine(value)
                or inspect.isclass(value) or inspect.ismodule(value)):
            raise ValueError("DocTestFinder.find: __test__ values must be "
                             "strings, functions, methods, classes, or "
                             "modules: %r" % (type(value),))
        found.append(('%s.__test__.%s' % (prefix, key), value))
    return found


class DocTestFinder:
    """Collects the DocTests reachable from an object (module, class, ...)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._chatty = verbose
        self._doc_parser = parser
        self._descend = recurse
        self._drop_blank = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """Sorted DocTests for *obj* and (if recursing) what it contains."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        lines = _source_lines(obj, module)
        if globs is not None:
            namespace = dict(globs)
        elif module is not None:
            namespace = dict(vars(module))
        else:
            namespace = {}
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')
        tests = []
        walk = _Walk((name, obj))
        while walk.pending:
            label, item = walk.pending.pop()
            self._find(tests, item, label, module, lines, namespace, walk)
        tests.sort()
        return tests

    # -- overridable hooks (pytest's doctest plugin extends these three) -----

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        """Add the DocTest of *obj* to *tests*; queue its members in *seen*."""
        if self._chatty:
            print('Finding tests in %s' % name)
        if not seen.first_visit(obj):
            return
        docstring = _docstring_of(obj)
        if docstring or not self._drop_blank:
            tests.append(self._doc_parser.get_doctest(
                docstring, globs, name, _file_label(module),
                self._find_lineno(obj, source_lines)))
        if self._descend:
            seen.pending.extend(reversed(self._inner(obj, name, module)))

    def _find_lineno(self, obj, source_lines):
        """0-based line of *obj*'s docstring in *source_lines*, or None."""
        return _doc_lineno(obj, source_lines)

    def _from_module(self, module, object):
        """Should *object*, found while searching *module*, be searched?"""
        return _belongs_to(module, object)

    def _inner(self, item, label, module):
        """The (name, member) pairs of *item* that are searched in turn."""
        if inspect.ismodule(item):
            inner = [('%s.%s' % (label, key), value)
                     for key, value in vars(item).items()
                     if (_routine_like(value) or inspect.isclass(value))
                     and self._from_module(module, value)]
            return inner + _test_entries(item, label)
        if not inspect.isclass(item):
            return []
        inner = []
        for key, value in vars(item).items():
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            wanted = (inspect.isroutine(value) or inspect.isclass(value)
                      or isinstance(value, property))
            if wanted and self._from_module(module, value):
                inner.append(('%s.%s' % (label, key), value))
        return inner


class _Walk:
    """State of one DocTestFinder.find() call: objects seen, objects to do."""

    def __init__(self, start):
        self.pending = [start]
        self._ids = set()

    def first_visit(self, obj):
        """True the first time *obj* is offered, False afterwards."""
        fresh = id(obj) not in self._ids
        self._ids.add(id(obj))
        return fresh


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------

def _parse_doctest_filename(filename):
    """Split '<doctest NAME[N]>' into (NAME, N); None for other names."""
    if not (filename.startswith('<doctest ') and filename.endswith(']>')):
        return None
    inner = filename[len('<doctest '):-2]
    label, bracket, number = inner.rpartition('[')
    if not bracket or not label or not number.isdigit():
        return None
    return label, int(number)


def _exception_summary(kind, value):
    """The 'Type: message' part of an exception, as format_exception_only."""
    rows = traceback.format_exception_only(kind, value)
    if issubclass(kind, SyntaxError):
        markers = (kind.__qualname__ + ':',
                   '%s.%s:' % (kind.__module__, kind.__qualname__))
        for k, row in enumerate(rows):
            if row.startswith(markers):
                rows = rows[k:]
                break
    return ''.join(rows)


def _console_writer(stream):
    """A write function for *stream* that never fails on unencodable text."""
    encoding = getattr(stream, 'encoding', None)
    if encoding is None or encoding.lower() == 'utf-8':
        return stream.write

    def write(text):
        stream.write(text.encode(encoding, 'backslashreplace')
                     .decode(encoding))
    return write


def _with_options(flags, options):
    """*flags* with an example's '+NAME' / '-NAME' directives applied."""
    for bit, enabled in options.items():
        flags = flags | bit if enabled else flags & ~bit
    return flags


class _ExampleEnvironment:
    """Redirects stdout, the display hook and linecache while a test runs."""

    def __init__(self, sink, test):
        self.sink = sink
        self.test = test

    def _lines_for(self, filename, module_globals=None):
        parsed = _parse_doctest_filename(filename)
        if parsed is not None and parsed[0] == self.test.name:
            examples = self.test.examples
            if parsed[1] < len(examples):
                return examples[parsed[1]].source.splitlines(True)
        return self.real_getlines(filename, module_globals)

    def __enter__(self):
        self.saved = sys.stdout, sys.displayhook
        self.real_getlines = linecache.getlines
        linecache.getlines = self._lines_for
        sys.stdout, sys.displayhook = self.sink, sys.__displayhook__
        return self

    def __exit__(self, *exc):
        sys.stdout, sys.displayhook = self.saved
        linecache.getlines = self.real_getlines
        return False


class DocTestRunner:
    """Runs DocTests, reports what went wrong and keeps a per-name tally."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._judge = OutputChecker() if checker is None else checker
        self._loud = '-v' in sys.argv if verbose is None else verbose
        self.optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}      # test name -> (failed, attempted)
        self._capture = _OutputTrap()

    # -- reporting hooks (meant to be overridden) ---------------------------

    def report_start(self, out, test, example):
        """Announce an example (verbose mode only)."""
        if not self._loud:
            return
        text = 'Trying:\n' + _pad_lines(example.source)
        if example.want:
            text += 'Expecting:\n' + _pad_lines(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test, example, got):
        """Note a passing example (verbose mode only)."""
        if self._loud:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        """Show how the output differed from the expected one."""
        out(self._heading(test, example) + self._judge.output_difference(
            example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Show an exception nobody asked for."""
        out(self._heading(test, example) + 'Exception raised:\n'
            + _pad_lines(_format_problem(exc_info)))

    def _heading(self, test, example):
        if not test.filename:
            place = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            if test.lineno is None or example.lineno is None:
                line = '?'
            else:
                line = test.lineno + example.lineno + 1
            place = 'File "%s", line %s, in %s' % (test.filename, line,
                                                    test.name)
        return '%s\n%s\nFailed example:\n%s' % (self.DIVIDER, place,
                                                _pad_lines(example.source))

    # -- running -------------------------------------------------------------

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run every example of *test*; return TestResults for this test."""
        if compileflags is None:
            compileflags = _future_compile_flags(test.globs)
        if out is None:
            out = _console_writer(sys.stdout)
        try:
            with _ExampleEnvironment(self._capture, test):
                return self._play(test, compileflags, out)
        finally:
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def _play(self, test, compileflags, out):
        base = self.optionflags
        previous = base         # the quiet decision lags one example behind
        failed = tried = 0
        try:
            for index, example in enumerate(test.examples):
                quiet = failed and previous & REPORT_ONLY_FIRST_FAILURE
                flags = previous = self.optionflags = _with_options(
                    base, example.options)
                if flags & SKIP:
                    continue
                tried += 1
                if not quiet:
                    self.report_start(out, test, example)
                got, problem = self._execute(test, index, example,
                                             compileflags)
                passed, hook, detail = self._verdict(example, got, problem,
                                                     flags)
                if not quiet:
                    hook(out, test, example, detail)
                if not passed:
                    failed += 1
                    if flags & FAIL_FAST:
                        break
        finally:
            self.optionflags = base
        self._book(test.name, failed, tried)
        return TestResults(failed, tried)

    def _execute(self, test, index, example, compileflags):
        """Run one example: (captured text, exc_info or None).

        When the example raised, the formatted traceback ends the text.
        """
        label = '<doctest %s[%d]>' % (test.name, index)
        problem = None
        try:
            code = compile(example.source, label, 'single', compileflags,
                           True)
            exec(code, test.globs)
        except KeyboardInterrupt:
            raise
        except BaseException as caught:
            # drop this frame: reports start at the example's own code
            caught.with_traceback(caught.__traceback__.tb_next)
            problem = (type(caught), caught, caught.__traceback__)
        got = self._capture.take()
        if problem is not None:
            got += _format_problem(problem)
        return got, problem

    def _verdict(self, example, got, problem, flags):
        """(passed, report hook to call, its last argument)."""
        same = self._judge.check_output
        if problem is None:
            passed = same(example.want, got, flags)
        elif example.exc_msg is None:
            return False, self.report_unexpected_exception, problem
        else:
            summary = _exception_summary(*problem[:2])
            passed = same(example.exc_msg, summary, flags) or bool(
                flags & IGNORE_EXCEPTION_DETAIL and same(
                    _bare_exception_name(example.exc_msg),
                    _bare_exception_name(summary), flags))
        if passed:
            return True, self.report_success, got
        return False, self.report_failure, got

    def _book(self, name, failed, tried):
        old_failed, old_tried = self._name2ft.get(name, (0, 0))
        self._name2ft[name] = (old_failed + failed, old_tried + tried)
        self.failures += failed
        self.tries += tried

    # -- totals --------------------------------------------------------------

    def summarize(self, verbose=None):
        """Print a summary of every test run so far; return the totals."""
        if verbose is None:
            verbose = self._loud
        empty, clean, broken = [], [], []
        total_failed = total_tried = 0
        for name in sorted(self._name2ft):
            failed, tried = self._name2ft[name]
            total_failed += failed
            total_tried += tried
            if not tried:
                empty.append(name)
            elif not failed:
                clean.append(' %3d tests in %s' % (tried, name))
            else:
                broken.append(' %3d of %3d in %s' % (failed, tried, name))
        if verbose and empty:
            print(len(empty), 'items had no tests:')
            for name in empty:
                print('   ', name)
        if verbose and clean:
            print(len(clean), 'items passed all tests:')
            print('\n'.join(clean))
        if broken:
            print(self.DIVIDER)
            print(len(broken), 'items had failures:')
            print('\n'.join(broken))
        if verbose:
            print(total_tried, 'tests in', len(self._name2ft), 'items.')
            print(total_tried - total_failed, 'passed and', total_failed,
                  'failed.')
        if total_failed:
            print('***Test Failed***', total_failed, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failed, total_tried)

    def merge(self, other):
        """Add the per-name tallies of runner *other* to this one."""
        for name, (failed, tried) in other._name2ft.items():
            old_failed, old_tried = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (old_failed + failed, old_tried + tried)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output is wrong."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first problem instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        # globs survive a raised problem so that they can be inspected
        outcome = super().run(test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return outcome

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)


# ---------------------------------------------------------------------------
# Convenience entry points
# ---------------------------------------------------------------------------

master = None


def _execute_batch(tests, verbose, optionflags, raise_on_error, report):
    """Run *tests* with one runner, print its summary, feed doctest.master."""
    global master
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Run the docstring examples of module *m* (default: __main__)."""
    target = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(target):
        raise TypeError("testmod: module required; %r" % (target,))
    label = target.__name__ if name is None else name
    tests = DocTestFinder(exclude_empty=exclude_empty).find(
        target, label, globs=globs, extraglobs=extraglobs)
    return _execute_batch(tests, verbose, optionflags, raise_on_error,
                           report)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples held in the text file *filename*."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    if module_relative:
        package = _resolve_module(package)
        path = _locate(package, filename)
    else:
        path = filename
    text = _read_doc_file(path, package, encoding or 'utf-8')
    label = os.path.basename(path) if name is None else name
    namespace = dict(globs or {})
    namespace.update(extraglobs or {})
    namespace.setdefault('__name__', '__main__')
    test = parser.get_doctest(text, namespace, label, path, 0)
    return _execute_batch([test], verbose, optionflags, raise_on_error,
                           report)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples in *f*'s own docstring (members are not searched)."""
    tests = DocTestFinder(verbose=verbose, recurse=False).find(
        f, name, globs=globs)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for one in tests:
        runner.run(one, compileflags=compileflags)


# ---------------------------------------------------------------------------
# unittest integration
# ---------------------------------------------------------------------------

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags used by DocTestCase; returns the old ones."""
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError("Only reporting flags allowed", flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest test case wrapping one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        super().__init__()
        self._dt_test = test
        self._case_flags = optionflags
        self._case_checker = checker
        self._case_hooks = (setUp, tearDown)
        self._case_pristine = dict(test.globs)

    def _settings(self):
        return (self._case_flags, self._case_hooks, self._case_checker)

    def setUp(self):
        before = self._case_hooks[0]
        if before is not None:
            before(self._dt_test)

    def tearDown(self):
        after = self._case_hooks[1]
        if after is not None:
            after(self._dt_test)
        # start the next run from the original namespace
        self._dt_test.globs.clear()
        self._dt_test.globs.update(self._case_pristine)

    def runTest(self):
        flags = self._case_flags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(checker=self._case_checker, verbose=False,
                               optionflags=flags)
        runner.DIVIDER = '-' * 70
        report = StringIO()
        failed, _ = runner.run(self._dt_test, out=report.write,
                               clear_globs=False)
        if failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        """The assertion message for a failed run whose report is *err*."""
        test = self._dt_test
        where = 'unknown line number' if test.lineno is None else test.lineno
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, where,
                   test.name.rpartition('.')[2], err))

    def debug(self):
        """Run under a DebugRunner so the first problem propagates."""
        self.setUp()
        DebugRunner(checker=self._case_checker, verbose=False,
                    optionflags=self._case_flags).run(self._dt_test,
                                                      clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._settings() == other._settings())

    def __hash__(self):
        return hash((self._dt_test,) + self._settings())

    def __repr__(self):
        head, _, last = self._dt_test.name.rpartition('.')
        return '%s (%s)' % (last, head)

    __str__ = __repr__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Placeholder for a module whose docstrings were stripped (-OO)."""

    def __init__(self, module):
        self.module = module
        super().__init__(DocTest([], {}, module.__name__, None, None, None))

    def setUp(self):
        self.skipTest('DocTestSuite will not work with -O2 and above')

    def shortDescription(self):
        return 'Skipping tests from %s' % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    """A suite that keeps its tests after running them."""

    _cleanup = False


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite with one DocTestCase per docstring holding examples."""
    module = _resolve_module(module)
    finder = DocTestFinder() if test_finder is None else test_finder
    tests = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            test.filename = _py_path(module.__file__)
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for a text file; named after the file."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return self._dt_test.filename

    __str__ = __repr__

    def format_failure(self, err):
        test = self._dt_test
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            test.name, test.filename, err)


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    """A DocFileCase for the examples in the text file *path*."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    namespace = dict(globs) if globs else {}
    if module_relative:
        package = _resolve_module(package)
        where = _locate(package, path)
    else:
        where = path
    text = _read_doc_file(where, package, encoding or 'utf-8')
    namespace.setdefault('__file__', where)
    test = parser.get_doctest(text, namespace, os.path.basename(where),
                              where, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite holding one DocFileCase per text file in *paths*."""
    if kw.get('module_relative', True):
        kw['package'] = _resolve_module(kw.get('package'))
    suite = _DocTestSuite()
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------------------
# Script conversion and debugging
# ---------------------------------------------------------------------------

def script_from_examples(s):
    """Turn doctest text into a script: prose and outputs become comments."""
    rows = []
    for piece in DocTestParser().parse(s):
        if not isinstance(piece, Example):
            rows += map(_as_comment, piece.split('\n')[:-1])
            continue
        rows.append(piece.source[:-1])
        if piece.want:
            rows.append('# Expected:')
            rows += ['## ' + line for line in piece.want.split('\n')[:-1]]
    first, last = 0, len(rows)
    while last > first and rows[last - 1] == '#':
        last -= 1
    while first < last and rows[first] == '#':
        first += 1
    return '\n'.join(rows[first:last]) + '\n'


def testsource(module, name):
    """Script version of the doctest called *name* in *module*."""
    wanted = [t for t in DocTestFinder().find(_resolve_module(module))
              if t.name == name]
    if not wanted:
        raise ValueError(name, "not found in tests")
    return script_from_examples(wanted[0].docstring)


def debug_src(src, pm=False, globs=None):
    """Debug the examples contained in the string *src*."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Run the script *src* under the Python debugger."""
    import pdb
    scope = dict(globs) if globs else {}
    debugger = pdb.Pdb(nosigint=True)
    if not pm:
        debugger.run('exec(%r)' % src, scope, scope)
        return
    try:
        exec(src, scope, scope)
    except BaseException:
        problem = sys.exc_info()
        print(problem[1])
        debugger.reset()
        debugger.interaction(None, problem[2])


def debug(module, name, pm=False):
    """Debug the doctest called *name* in *module*."""
    found = _resolve_module(module)
    debug_script(testsource(found, name), pm, found.__dict__)


# ---------------------------------------------------------------------------
# Command line: python -m doctest [-v] [-o FLAG] [-f] file...
# ---------------------------------------------------------------------------

def _cli_options():
    import argparse
    # help texts as printed by CPython 3.12's "python -m doctest -h"
    cli = argparse.ArgumentParser(description="doctest runner")
    cli.add_argument('-v', '--verbose', action='store_true', default=False,
                     help='print very verbose output for all tests')
    cli.add_argument('-o', '--option', action='append', default=[],
                     choices=OPTIONFLAGS_BY_NAME.keys(),
                     help='specify a doctest option flag to apply to the test'
                          ' run; may be specified more than once to apply'
                          ' multiple options')
    cli.add_argument('-f', '--fail-fast', action='store_true',
                     help='stop running tests after first failure (this is a'
                          ' shorthand for -o FAIL_FAST, and is in addition to'
                          ' any other -o options)')
    cli.add_argument('file', nargs='+',
                     help='file containing the tests to run')
    return cli.parse_args()


def _main():
    args = _cli_options()
    flags = FAIL_FAST if args.fail_fast else 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    for target in args.file:
        if target.endswith('.py'):
            folder, base = os.path.split(target)
            sys.path.insert(0, folder)
            try:
                module = __import__(base[:-3])
            finally:
                del sys.path[0]
            outcome = testmod(module, verbose=args.verbose,
                              optionflags=flags)
        else:
            outcome = testfile(target, module_relative=False,
                               verbose=args.verbose, optionflags=flags)
        if outcome.failed:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_main())
