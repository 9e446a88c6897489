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

_DIFF_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF

BLANKLINE_MARKER, ELLIPSIS_MARKER = '<BLANKLINE>', '...'

_TB_HEADERS = ('Traceback (most recent call last):',
               'Traceback (innermost last):')


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------

def _indent(s, indent=4):
    """Prefix every non-empty line of *s* with *indent* spaces."""
    pad = ' ' * indent
    return '\n'.join(pad + row if row else row for row in s.split('\n'))


def _exception_traceback(exc_info):
    """Render a (type, value, traceback) triple the way the interpreter does."""
    sink = StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=sink)
    return sink.getvalue()


def _comment_line(line):
    """Turn one line of prose into a Python comment."""
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """Reduce 'pkg.mod.Error: details' to just 'Error'."""
    head = msg.split('\n', 1)[0]
    head = head.split(':', 1)[0]
    return head.rsplit('.', 1)[-1]


def _newline_convert(data):
    """Normalise any newline convention to plain '\\n'."""
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _extract_future_flags(globs):
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


def _normalize_module(module, depth=2):
    """Accept a module, a dotted module name, or None (meaning the caller)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        import importlib
        return importlib.import_module(module)
    if module is None:
        return _caller_module()
    raise TypeError("Expected a module, string, or None")


def _module_relative_path(module, test_path):
    """Interpret a '/'-separated path as relative to *module*'s location."""
    if inspect.ismodule(module) is False:
        raise TypeError('Expected a module: %r' % module)
    if test_path[:1] == '/':
        raise ValueError('Module-relative files may not have absolute paths')
    local = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        return os.path.join(os.path.dirname(module.__file__), local)
    if module.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        base = os.path.dirname(script) if script else os.curdir
        return os.path.join(base, local)
    candidates = [os.path.join(folder, local)
                  for folder in getattr(module, '__path__', ())]
    for candidate in filter(os.path.exists, candidates):
        return candidate
    raise ValueError("Can't resolve paths relative to the module "
                     "%r (it has no __file__)" % module.__name__)


def _package_loader(package):
    found = vars(package).get('__loader__')
    if found is None:
        found = getattr(getattr(package, '__spec__', None), 'loader', None)
    return found


def _load_testfile(filename, package, module_relative, encoding):
    """Return (text, resolved_path) of a doctest text file."""
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        fetch = getattr(_package_loader(package), 'get_data', None)
        if fetch is not None:
            return _newline_convert(fetch(filename).decode(encoding)), filename
    with open(filename, encoding=encoding) as handle:
        return handle.read(), filename


class _SpoofOut(StringIO):
    """Captures example output; always ends what it returns with a newline."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and text[-1] != '\n':
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


# ---------------------------------------------------------------------------
# Output comparison helpers
# ---------------------------------------------------------------------------

def _ellipsis_match(want, got):
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


def _to_ascii(text):
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


def _diff_rows(style, old, new):
    if style == REPORT_UDIFF:
        return list(difflib.unified_diff(old, new, n=2))[2:]
    if style == REPORT_CDIFF:
        return list(difflib.context_diff(old, new, n=2))[2:]
    differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
    return list(differ.compare(old, new))


class OutputChecker:
    """Decides whether actual output matches the expected output."""

    def _to_ascii(self, text):
        return _to_ascii(text)

    def check_output(self, want, got, optionflags):
        """Return True if *got* is an acceptable rendering of *want*."""
        got, want = _to_ascii(got), _to_ascii(want)
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
        return bool(flags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        wanted = optionflags & _DIFF_FLAGS
        if wanted == 0:
            return False
        if wanted & REPORT_NDIFF:
            return True
        # unified/context diffs only pay off for longer outputs
        return min(want.count('\n'), got.count('\n')) > 2

    def output_difference(self, example, got, optionflags):
        """Describe how *got* differs from what *example* expected."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _mark_blank_rows(got)
        if self._do_a_fancy_diff(want, got, optionflags):
            for style, label in _DIFF_STYLES:
                if optionflags & style:
                    break
            rows = _diff_rows(style, want.splitlines(True),
                              got.splitlines(True))
            return 'Differences (%s):\n%s' % (label, _indent(''.join(rows)))
        parts = []
        parts.append('Expected:\n' + _indent(want) if want
                     else 'Expected nothing\n')
        parts.append('Got:\n' + _indent(got) if got else 'Got nothing\n')
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
        for k, row in enumerate(src_rows):
            if len(row) >= indent + 4 and row[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + k + 1, name,
                                  row[indent:indent + 3], row))
        self._check_prefix(src_rows[1:], ' ' * indent + '.', name, lineno)
        self._check_prefix(want_rows, ' ' * indent, name,
                           lineno + len(src_rows))
        source = '\n'.join(row[indent + 4:] for row in src_rows)
        want = ''.join(row[indent:] + '\n' for row in want_rows)
        options = self._find_options(source, name, lineno)
        if _only_comment(source):
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

    def _find_options(self, source, name, lineno):
        options = {}
        for row in source.split('\n'):
            words = _directive_text(row)
            if words is None:
                continue
            for word in words.replace(',', ' ').split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[0] not in '+-' or flag is None:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r' %
                                     (lineno + 1, name, word))
                options[flag] = word[0] == '+'
        if options and _only_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _check_prefix(self, rows, prefix, name, lineno):
        for k, row in enumerate(rows):
            if row and not row.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + k + 1, name, row))


# ---------------------------------------------------------------------------
# Finding docstrings
# ---------------------------------------------------------------------------

_QUOTE_START = re.compile(r"(?:.*:)?\s*\w*['\"]")


def _class_line_matcher(name):
    return re.compile(r'\s*class\s*' + re.escape(name) + r'\b')


class DocTestFinder:
    """Collects the DocTests reachable from a module, class or function."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser, self._verbose = parser, verbose
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """Return a sorted list of the DocTests for *obj* and its members."""
        if name is None:
            try:
                name = obj.__name__
            except AttributeError:
                name = None
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is None:
            module = inspect.getmodule(obj)
        elif module is False:
            module = None

        source_lines = self._source_lines_for(obj, module)

        if globs is None:
            globs = {} if module is None else vars(module)
        namespace = dict(globs)
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')

        found = []
        self._find(found, obj, name, module, source_lines, namespace, {})
        return sorted(found)

    def _source_lines_for(self, obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            path = inspect.getfile(obj)
            if not (path[:1] == '<' and path[-2:] == ']>'):
                return None
        if module is not None:
            lines = linecache.getlines(path, module.__dict__)
        else:
            lines = linecache.getlines(path)
        return lines or None

    def _from_module(self, module, thing):
        """Whether *thing* was defined in *module* (always so if unknown)."""
        if module is None:
            return True
        home = inspect.getmodule(thing)
        if home is not None:
            return home is module
        if inspect.isfunction(thing):
            return thing.__globals__ is module.__dict__
        if inspect.ismethoddescriptor(thing) or inspect.ismethodwrapper(thing):
            owner = getattr(thing, '__objclass__', None)
            if owner is not None:
                return owner.__module__ == module.__name__
            if hasattr(thing, '__module__'):
                return thing.__module__ == module.__name__
            return True
        if inspect.isclass(thing) or hasattr(thing, '__module__'):
            return thing.__module__ == module.__name__
        if isinstance(thing, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, thing):
        try:
            thing = inspect.unwrap(thing)
        except ValueError:
            pass
        return inspect.isroutine(thing)

    def _children(self, obj, name, module):
        """Yield (qualified name, member) pairs worth searching under *obj*."""
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    yield '%s.%s' % (name, key), value
            extra = getattr(obj, '__test__', {})
            for key, value in extra.items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(key),))
                if not (isinstance(value, str) or inspect.isroutine(value)
                        or inspect.isclass(value) or inspect.ismodule(value)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" %
                                     (type(value),))
                yield '%s.__test__.%s' % (name, key), value
        elif inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                wanted = (inspect.isroutine(value) or inspect.isclass(value)
                          or isinstance(value, property))
                if wanted and self._from_module(module, value):
                    yield '%s.%s' % (name, key), value

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in ' + name)
        key = id(obj)
        if key in seen:
            return
        seen[key] = 1
        made = self._get_test(obj, name, module, globs, source_lines)
        if made is not None:
            tests.append(made)
        if self._recurse:
            for child_name, child in self._children(obj, name, module):
                self._find(tests, child, child_name, module, source_lines,
                           globs, seen)

    def _docstring_of(self, obj):
        if isinstance(obj, str):
            return obj
        try:
            text = obj.__doc__
        except (AttributeError, TypeError):
            return ''
        if text is None:
            return ''
        return text if isinstance(text, str) else str(text)

    def _get_test(self, obj, name, module, globs, source_lines):
        docstring = self._docstring_of(obj)
        where = self._find_lineno(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        path = None
        if module is not None:
            path = getattr(module, '__file__', None) or module.__name__
            if path[-4:] == '.pyc':
                path = path[:-1]
        return self._parser.get_doctest(docstring, globs, name, path, where)

    def _find_lineno(self, obj, source_lines):
        """Best guess (0-based) of where *obj*'s docstring starts, or None."""
        start = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if inspect.ismodule(obj) and has_doc:
            start = 0
        if inspect.isclass(obj) and has_doc:
            if source_lines is None:
                return None
            header = _class_line_matcher(getattr(obj, '__name__', '-'))
            for k, text in enumerate(source_lines):
                if header.match(text):
                    start = k
                    break
        code = _code_behind(obj)
        if code is not None:
            start = code.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        for k in range(start, len(source_lines)):
            if _QUOTE_START.match(source_lines[k]):
                return k
        return None


def _code_behind(obj):
    """The code object an object's definition line can be read from."""
    if inspect.ismethod(obj):
        obj = obj.__func__
    if inspect.isfunction(obj):
        # functions without a docstring are not located
        return obj.__code__ if getattr(obj, '__doc__', None) else None
    if inspect.istraceback(obj):
        obj = obj.tb_frame
    if inspect.isframe(obj):
        obj = obj.f_code
    return obj if inspect.iscode(obj) else None


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


_SUCCESS, _FAILURE, _BOOM = 'success', 'failure', 'boom'


class DocTestRunner:
    """Runs DocTests, reports failures and keeps a tally per test name."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = OutputChecker() if checker is None else checker
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = 0
        # per test name: (failures, attempts)
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # -- reporting hooks -----------------------------------------------------

    def report_start(self, out, test, example):
        """Announce an example (verbose mode only)."""
        if not self._verbose:
            return
        text = 'Trying:\n' + _indent(example.source)
        if example.want:
            text += 'Expecting:\n' + _indent(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test, example, got):
        """Note a passing example (verbose mode only)."""
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        """Describe an example whose output did not match."""
        detail = self._checker.output_difference(example, got,
                                                 self.optionflags)
        out(''.join([self._failure_header(test, example), detail]))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Describe an example that raised when no exception was expected."""
        detail = _indent(_exception_traceback(exc_info))
        out(''.join([self._failure_header(test, example),
                     'Exception raised:\n', detail]))

    def _failure_header(self, test, example):
        if not test.filename:
            place = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            known = None not in (test.lineno, example.lineno)
            where = test.lineno + example.lineno + 1 if known else '?'
            place = 'File "%s", line %s, in %s' % (test.filename, where,
                                                    test.name)
        return '\n'.join([self.DIVIDER, place, 'Failed example:',
                          _indent(example.source)])

    # -- execution -----------------------------------------------------------

    def __run(self, example, fname, flags, globs):
        # Kept as one statement so the frame shows a single, stable line.
        try:
            exec(compile(example.source, fname, 'single', flags, True), globs)
        except KeyboardInterrupt:
            raise
        except BaseException:
            return sys.exc_info()
        return None

    def _judge(self, example, got, failure, quiet):
        """Return (outcome, got) for one executed example."""
        flags = self.optionflags
        same = self._checker.check_output
        if failure is None:
            return (_SUCCESS if same(example.want, got, flags)
                    else _FAILURE), got
        if not quiet:
            got += _exception_traceback(failure)
        actual = _exception_summary(failure[0], failure[1])
        expected = example.exc_msg
        if expected is None:
            return _BOOM, got
        if same(expected, actual, flags):
            return _SUCCESS, got
        if flags & IGNORE_EXCEPTION_DETAIL:
            if same(_strip_exception_details(expected),
                    _strip_exception_details(actual), flags):
                return _SUCCESS, got
        return _FAILURE, got

    def _apply_options(self, example):
        for flag, enabled in example.options.items():
            if enabled:
                self.optionflags |= flag
            else:
                self.optionflags &= ~flag

    def _run_one(self, test, number, example, compileflags, out, quiet):
        """Run one example and report it; returns True when it failed."""
        if not quiet:
            self.report_start(out, test, example)
        fname = '<doctest %s[%d]>' % (test.name, number)
        failure = self.__run(example, fname, compileflags, test.globs)
        captured = self._fakeout.getvalue()
        self._fakeout.truncate(0)
        outcome, captured = self._judge(example, captured, failure, quiet)
        if quiet:
            pass
        elif outcome == _SUCCESS:
            self.report_success(out, test, example, captured)
        elif outcome == _FAILURE:
            self.report_failure(out, test, example, captured)
        else:
            self.report_unexpected_exception(out, test, example, failure)
        return outcome != _SUCCESS

    def _run_examples(self, test, compileflags, out):
        base_flags = self.optionflags
        failed = attempted = 0
        try:
            for number, example in enumerate(test.examples):
                # note: uses the flags left over from the previous example
                quiet = failed > 0 and bool(self.optionflags &
                                            REPORT_ONLY_FIRST_FAILURE)
                self.optionflags = base_flags
                self._apply_options(example)
                if self.optionflags & SKIP:
                    continue
                attempted += 1
                if self._run_one(test, number, example, compileflags,
                                 out, quiet):
                    failed += 1
                if failed and self.optionflags & FAIL_FAST:
                    break
        finally:
            self.optionflags = base_flags
        self._record(test.name, failed, attempted)
        return TestResults(failed, attempted)

    def _record(self, name, failed, attempted):
        self._bump(name, failed, attempted)
        self.failures += failed
        self.tries += attempted

    def _bump(self, name, failed, attempted):
        old_f, old_t = self._name2ft.get(name, (0, 0))
        self._name2ft[name] = (old_f + failed, old_t + attempted)

    def _patched_getlines(self, filename, module_globals=None):
        parsed = _parse_doctest_filename(filename)
        if parsed is None or parsed[0] != self.test.name:
            return self.save_linecache_getlines(filename, module_globals)
        return self.test.examples[parsed[1]].source.splitlines(True)

    def _writer_for(self, stream):
        charset = getattr(stream, 'encoding', None)
        if charset is None or charset.lower() == 'utf-8':
            return stream.write

        def write(text):
            stream.write(text.encode(charset, 'backslashreplace')
                         .decode(charset))
        return write

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run every example of *test*; returns TestResults(failed, attempted)."""
        self.test = test
        flags = compileflags
        if flags is None:
            flags = _extract_future_flags(test.globs)
        real_stdout, real_hook = sys.stdout, sys.displayhook
        real_getlines = linecache.getlines
        if out is None:
            out = self._writer_for(real_stdout)
        self.save_linecache_getlines = real_getlines
        sys.stdout, sys.displayhook = self._fakeout, sys.__displayhook__
        linecache.getlines = self._patched_getlines
        try:
            return self._run_examples(test, flags, out)
        finally:
            sys.stdout, sys.displayhook = real_stdout, real_hook
            linecache.getlines = real_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print a tally of all tests run so far; return the totals."""
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        total_tries = total_fails = 0
        for name, (fails, tries) in self._name2ft.items():
            total_tries += tries
            total_fails += fails
            if not tries:
                empty.append(name)
            elif not fails:
                clean.append((name, tries))
            else:
                broken.append((name, fails, tries))
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                for name in sorted(empty):
                    print('   ', name)
            if clean:
                print(len(clean), 'items passed all tests:')
                for name, tries in sorted(clean):
                    print(' %3d tests in %s' % (tries, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), 'items had failures:')
            for name, fails, tries in sorted(broken):
                print(' %3d of %3d in %s' % (fails, tries, name))
        if verbose:
            print(total_tries, 'tests in', len(self._name2ft), 'items.')
            print(total_tries - total_fails, 'passed and', total_fails,
                  'failed.')
        if total_fails:
            print('***Test Failed***', total_fails, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_fails, total_tries)

    def merge(self, other):
        """Fold the per-name tallies of another runner into this one."""
        for name, pair in other._name2ft.items():
            self._bump(name, *pair)


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
    """A runner that stops at the first problem by raising an exception."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# Convenience entry points
# ---------------------------------------------------------------------------

master = None


def _merge_into_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _run_and_report(tests, verbose, optionflags, raise_on_error, report):
    """Shared tail of testmod/testfile: run, summarize, merge into master."""
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(failed=runner.failures, attempted=runner.tries)


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
    return _run_and_report(tests, verbose, optionflags, raise_on_error,
                           report)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples held in the text file *filename*."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, path = _load_testfile(filename, package, module_relative,
                                encoding or 'utf-8')
    label = os.path.basename(path) if name is None else name
    namespace = dict(globs or {})
    namespace.update(extraglobs or {})
    namespace.setdefault('__name__', '__main__')
    test = parser.get_doctest(text, namespace, label, path, 0)
    return _run_and_report([test], verbose, optionflags, raise_on_error,
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
        self._dt_test, self._dt_checker = test, checker
        self._dt_optionflags = optionflags
        self._dt_setUp, self._dt_tearDown = setUp, tearDown

    def setUp(self):
        # remember the namespace so tearDown can put it back
        self._dt_globs = dict(self._dt_test.globs)
        hook = self._dt_setUp
        if hook is not None:
            hook(self._dt_test)

    def tearDown(self):
        hook = self._dt_tearDown
        if hook is not None:
            hook(self._dt_test)
        namespace = self._dt_test.globs
        namespace.clear()
        namespace.update(self._dt_globs)

    def _effective_flags(self):
        flags = self._dt_optionflags
        if flags & REPORTING_FLAGS == 0:
            flags |= _unittest_reportflags
        return flags

    def runTest(self):
        report = StringIO()
        runner = DocTestRunner(checker=self._dt_checker, verbose=False,
                               optionflags=self._effective_flags())
        runner.DIVIDER = '-' * 70
        saved = sys.stdout
        try:
            outcome = runner.run(self._dt_test, out=report.write,
                                 clear_globs=False)
        finally:
            sys.stdout = saved
        if outcome.failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = 'unknown line number' if test.lineno is None else test.lineno
        short = test.name.rsplit('.', 1)[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, where, short, err))

    def debug(self):
        """Run the test without collecting results; problems propagate."""
        self.setUp()
        DebugRunner(checker=self._dt_checker, verbose=False,
                    optionflags=self._dt_optionflags).run(
            self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def _settings(self):
        return (self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                self._dt_checker)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._settings() == other._settings())

    def __hash__(self):
        return hash(self._settings())

    def __repr__(self):
        owner, _, leaf = self._dt_test.name.rpartition('.')
        return '%s (%s)' % (leaf, owner)

    __str__ = object.__str__

    def shortDescription(self):
        return 'Doctest: %s' % self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands in for a module whose docstrings were stripped (-OO)."""

    def __init__(self, module):
        self.module = module
        super().__init__(None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % (self.module.__name__,)

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # keep the cases around after they ran
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite with one test case per docstring in *module*."""
    finder = DocTestFinder() if test_finder is None else test_finder
    module = _normalize_module(module)
    found = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not found and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    for test in sorted(found):
        if not test.examples:
            continue
        if not test.filename:
            path = module.__file__
            test.filename = path[:-1] if path.endswith('.pyc') else path
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A unittest test case for a doctest text file."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            self._dt_test.name, self._dt_test.filename, err)


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    """Wrap the doctest text file *path* in a DocFileCase."""
    namespace = dict(globs or {})
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, where = _load_testfile(path, package, module_relative,
                                 encoding or 'utf-8')
    namespace.setdefault('__file__', where)
    test = parser.get_doctest(text, namespace, os.path.basename(where),
                              where, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case per doctest text file."""
    settings = dict(kw)
    if settings.get('module_relative', True):
        settings['package'] = _normalize_module(settings.get('package'))
    suite = _DocTestSuite()
    suite.addTests([DocFileTest(one, **settings) for one in paths])
    return suite


# ---------------------------------------------------------------------------
# Script conversion and debugging
# ---------------------------------------------------------------------------

def script_from_examples(s):
    """Turn doctest text into a script: prose and outputs become comments."""
    rows = []
    for piece in DocTestParser().parse(s):
        if not isinstance(piece, Example):
            rows += map(_comment_line, piece.split('\n')[:-1])
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
    wanted = [t for t in DocTestFinder().find(_normalize_module(module))
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
    found = _normalize_module(module)
    debug_script(testsource(found, name), pm, found.__dict__)


# ---------------------------------------------------------------------------
# Command line: python -m doctest [-v] [-o FLAG] [-f] file...
# ---------------------------------------------------------------------------

def _cli_options():
    import argparse
    cli = argparse.ArgumentParser(
        description="Run the doctests found in Python modules or text files.")
    cli.add_argument('-v', '--verbose', action='store_true', default=False,
                     help='report every example, not only failures')
    cli.add_argument('-o', '--option', action='append', default=[],
                     choices=OPTIONFLAGS_BY_NAME.keys(),
                     help='turn on an option flag (repeatable)')
    cli.add_argument('-f', '--fail-fast', action='store_true',
                     help='stop at the first failure (same as -o FAIL_FAST)')
    cli.add_argument('file', nargs='+',
                     help='a .py module or a text file holding examples')
    return cli.parse_args()


def _test():
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
    sys.exit(_test())
