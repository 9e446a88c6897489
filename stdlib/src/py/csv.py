"""CSV file reading and writing.

Read and write tabular data in the comma-separated-values family of formats:
csv.reader / csv.writer do the work, Dialect subclasses describe a format,
DictReader / DictWriter map rows to dictionaries and Sniffer guesses a
format from a sample.
"""

import collections
import io
import itertools
import operator
import re
import types

__version__ = "1.0"

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL", "Error", "Dialect", "__doc__",
           "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

(QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
 QUOTE_STRINGS, QUOTE_NOTNULL) = range(6)


class Error(Exception):
    pass


Error.__module__ = "_csv"


# ---------------------------------------------------------------------------
# Format options
# ---------------------------------------------------------------------------

_OPTION_NAMES = ("delimiter", "quotechar", "escapechar", "doublequote",
                 "skipinitialspace", "lineterminator", "quoting", "strict")

_BASELINE = {
    "delimiter": ",", "quotechar": '"', "escapechar": None,
    "doublequote": True, "skipinitialspace": False,
    "lineterminator": "\r\n", "quoting": QUOTE_MINIMAL, "strict": False,
}


def _one_char(label, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        kind = "string or None" if none_ok else "string"
        raise TypeError(f'"{label}" must be {kind}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{label}" must be a 1-character string')
    return value[0]


def _terminator(value):
    if value is None or isinstance(value, str):
        return value and value[:]
    raise TypeError('"lineterminator" must be a string')


def _quoting_mode(value):
    if type(value) is not int:
        raise TypeError('"quoting" must be an integer')
    if not -2**31 <= value < 2**31:
        raise OverflowError("Python int too large to convert to C int")
    return value


# (option, normaliser) in the order CPython reports problems.
_NORMALISERS = (
    ("delimiter", lambda v: _one_char("delimiter", v, False)),
    ("doublequote", bool),
    ("escapechar", lambda v: _one_char("escapechar", v, True)),
    ("lineterminator", _terminator),
    ("quotechar", lambda v: _one_char("quotechar", v, True)),
    ("quoting", _quoting_mode),
    ("skipinitialspace", bool),
    ("strict", bool),
)


class _Format:
    """Immutable, validated set of reader/writer options."""

    def __init__(self, settings):
        for name in _OPTION_NAMES:
            object.__setattr__(self, name, settings[name])

    def __setattr__(self, name, value):
        self.__delattr__(name)

    def __delattr__(self, name):
        if name in _OPTION_NAMES:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' "
                                 f"objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Dialect' instances")


_Format.__name__ = _Format.__qualname__ = "Dialect"
_Format.__module__ = "_csv"

_registry = {}


def _resolve(dialect, overrides):
    """Merge defaults, a dialect and keyword overrides into a _Format."""
    for key in overrides:
        if key not in _OPTION_NAMES:
            raise TypeError(f"'{key}' is an invalid keyword argument "
                            f"for this function")
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Format) and not overrides:
        return dialect
    given = {}
    for name in _OPTION_NAMES:
        if name in overrides:
            given[name] = overrides[name]
        elif dialect is not None:
            try:
                given[name] = getattr(dialect, name)
            except AttributeError:
                pass
    settings = dict(_BASELINE)
    for name, normalise in _NORMALISERS:
        if name in given:
            settings[name] = normalise(given[name])
    if not QUOTE_MINIMAL <= settings["quoting"] <= QUOTE_NOTNULL:
        raise TypeError('bad "quoting" value')
    if settings["quotechar"] is None:
        if "quoting" not in given:
            settings["quoting"] = QUOTE_NONE
        elif settings["quoting"] != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
    if settings["lineterminator"] is None:
        raise TypeError("lineterminator must be set")
    return _Format(settings)


def _split_call(args, options):
    """Return (first positional, dialect) for reader/writer/register."""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f" expected at most 2 arguments, got {len(args)}")
    if len(args) == 1:
        return args[0], options.pop("dialect", None)
    if "dialect" in options:
        raise TypeError("argument for function given by name ('dialect') "
                        "and position (1)")
    return args


def register_dialect(*args, **options):
    """Register a dialect under a name: register_dialect(name[, dialect], **fmtparams)."""
    name, dialect = _split_call(args, options)
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _resolve(dialect, options)


def unregister_dialect(name):
    """Remove a registered dialect."""
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    """Return the dialect registered under name."""
    try:
        return _registry[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    """Return the names of all registered dialects."""
    return list(_registry)


_limit = [128 * 1024]


def field_size_limit(*args, **kwargs):
    """Set and/or return the maximum field size the reader accepts."""
    for key in kwargs:
        if key != "new_limit":
            raise TypeError(f"'{key}' is an invalid keyword argument "
                            f"for field_size_limit()")
    given = list(args) + list(kwargs.values())
    if len(given) > 1:
        raise TypeError(f"field_size_limit() takes at most 1 argument "
                        f"({len(given)} given)")
    previous = _limit[0]
    if given:
        value = given[0]
        if type(value) is not int:
            raise TypeError("limit must be an integer")
        if not -2**63 <= value < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        _limit[0] = value
    return previous


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------

_NEWLINE_MSG = ("new-line character seen in unquoted field - do you need "
                "to open the file in universal-newline mode?")


_NEXT, _DONE, _BREAK = "next", "done", "break"


class _OutOfData(Exception):
    """Internal: the source ran dry while a record was still open."""


class _Reader:
    """Iterator producing one list of fields per CSV record."""

    __slots__ = ("_source", "_fmt", "_count", "_line", "_at",
                 "_chunks", "_numeric", "_bare_stop", "_quoted_stop")

    def __init__(self, source, fmt):
        put = object.__setattr__
        put(self, "_source", source)
        put(self, "_fmt", fmt)
        put(self, "_count", 0)
        put(self, "_line", "")
        put(self, "_at", 0)
        put(self, "_chunks", [])
        put(self, "_numeric", False)
        bare = "\r\n" + fmt.delimiter + (fmt.escapechar or "")
        inner = (fmt.quotechar or "") + (fmt.escapechar or "")
        put(self, "_bare_stop", re.compile("[" + re.escape(bare) + "]"))
        put(self, "_quoted_stop", re.compile("[" + re.escape(inner) + "]")
            if inner else None)

    @property
    def dialect(self):
        return self._fmt

    @property
    def line_num(self):
        return self._count

    def __setattr__(self, name, value):
        if name in ("dialect", "line_num"):
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'_csv.reader' object has no attribute '{name}'")

    def __iter__(self):
        return self

    # -- input -------------------------------------------------------------

    def _pull(self):
        """Make the next source line current (StopIteration at the end)."""
        text = next(self._source)
        if not isinstance(text, str):
            raise Error(f"iterator should return strings, not "
                        f"{type(text).__name__} (the file should be "
                        f"opened in text mode)")
        object.__setattr__(self, "_count", self._count + 1)
        object.__setattr__(self, "_line", text)
        object.__setattr__(self, "_at", 0)

    def _next_line(self):
        """Move on to another line while a record is still open."""
        try:
            self._pull()
        except StopIteration:
            raise _OutOfData from None

    def _move(self, pos):
        object.__setattr__(self, "_at", pos)

    def _add(self, text):
        chunks = self._chunks
        chunks.append(text)
        limit = _limit[0]
        if sum(map(len, chunks)) > limit:
            raise Error(f"field larger than field limit ({limit})")

    def _only_newlines(self, pos):
        if self._line[pos:].strip("\r\n"):
            raise Error(_NEWLINE_MSG)

    # -- records -----------------------------------------------------------
    # Field scanners return one of: _NEXT (a delimiter follows), _DONE (the
    # line ended) or _BREAK (a newline character ended the record at _at).

    def __next__(self):
        self._pull()
        line = self._line
        if not line or line[0] in "\r\n":
            self._only_newlines(0)
            return []
        row = []
        try:
            while True:
                outcome = self._read_field()
                row.append(self._field_value())
                if outcome is _BREAK:
                    self._only_newlines(self._at)
                if outcome is not _NEXT:
                    return row
        except _OutOfData:
            if self._fmt.strict:
                raise Error("unexpected end of data") from None
            row.append(self._field_value())
            return row

    def _field_value(self):
        text = "".join(self._chunks)
        if self._numeric and self._fmt.quoting == QUOTE_NONNUMERIC:
            return float(text)
        return text

    def _read_field(self):
        """Consume one field and report how it ended."""
        fmt = self._fmt
        object.__setattr__(self, "_chunks", [])
        line, pos = self._line, self._at
        while True:
            first = line[pos:pos + 1]
            if first in ("", "\r", "\n"):
                break
            if first == fmt.quotechar and fmt.quoting != QUOTE_NONE:
                object.__setattr__(self, "_numeric", False)
                self._move(pos + 1)
                if self._inside_quotes():
                    return self._after_quote()
                return self._bare_text()
            if first == " " and fmt.skipinitialspace and first != fmt.escapechar:
                pos += 1
                continue
            break
        self._move(pos)
        object.__setattr__(self, "_numeric", first not in
                           ("", "\r", "\n", fmt.escapechar, fmt.delimiter))
        return self._bare_text()

    def _escape(self, pos):
        """Take the character after an escape at pos-1 (newline at line end).

        Returns True when the escaped character was a CR or LF: the field
        then keeps going past the end of the line.
        """
        line = self._line
        if pos < len(line):
            char = line[pos]
            self._add(char)
            self._move(pos + 1)
            return char in "\r\n"
        self._add("\n")
        self._next_line()
        return False

    def _bare_text(self):
        """Scan unquoted text up to a delimiter or the end of the record."""
        fmt = self._fmt
        spans_lines = False
        while True:
            line, pos = self._line, self._at
            hit = self._bare_stop.search(line, pos)
            stop = len(line) if hit is None else hit.start()
            if stop > pos:
                self._add(line[pos:stop])
            self._move(stop)
            if hit is None:
                if not spans_lines:
                    return _DONE
                self._next_line()
                continue
            char = line[stop]
            if char in "\r\n":
                return _BREAK
            if char == fmt.escapechar:
                spans_lines = self._escape(stop + 1)
                continue
            self._move(stop + 1)
            return _NEXT

    def _inside_quotes(self):
        """Scan quoted text; True when a closing quote was consumed."""
        fmt = self._fmt
        while True:
            line, pos = self._line, self._at
            hit = self._quoted_stop.search(line, pos)
            stop = len(line) if hit is None else hit.start()
            if stop > pos:
                self._add(line[pos:stop])
            if hit is None:
                self._next_line()
                continue
            if line[stop] == fmt.escapechar:
                self._escape(stop + 1)
                continue
            self._move(stop + 1)
            return fmt.doublequote

    def _after_quote(self):
        """Handle what follows a closing quote."""
        fmt = self._fmt
        while True:
            line, pos = self._line, self._at
            if pos >= len(line):
                return _DONE
            char = line[pos]
            if char == fmt.quotechar:
                self._add(char)
                self._move(pos + 1)
                if self._inside_quotes():
                    continue
                return self._bare_text()
            if char == fmt.delimiter:
                self._move(pos + 1)
                return _NEXT
            if char in "\r\n":
                return _BREAK
            if fmt.strict:
                raise Error(f"'{fmt.delimiter}' expected after "
                            f"'{fmt.quotechar}'")
            self._add(char)
            self._move(pos + 1)
            return self._bare_text()


_Reader.__name__ = _Reader.__qualname__ = "reader"
_Reader.__module__ = "_csv"


def reader(*args, **options):
    """Return an iterator of rows (lists of strings) read from an iterable of lines."""
    source, dialect = _split_call(args, options)
    lines = iter(source)
    return _Reader(lines, _resolve(dialect, options))


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

def _is_number(value):
    kind = type(value)
    return (isinstance(value, complex) or hasattr(kind, "__index__")
            or hasattr(kind, "__int__") or hasattr(kind, "__float__"))


class _Writer:
    """Formats rows and hands each finished line to a file-like object."""

    __slots__ = ("_emit", "_fmt", "_special")

    def __init__(self, emit, fmt):
        put = object.__setattr__
        put(self, "_emit", emit)
        put(self, "_fmt", fmt)
        special = {fmt.delimiter, fmt.quotechar, fmt.escapechar}
        special.update(fmt.lineterminator)
        special.discard(None)
        put(self, "_special", frozenset(special))

    @property
    def dialect(self):
        return self._fmt

    def __setattr__(self, name, value):
        if name == "dialect":
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'_csv.writer' object has no attribute '{name}'")

    def _wants_quotes(self, value):
        mode = self._fmt.quoting
        if mode == QUOTE_ALL:
            return True
        if mode == QUOTE_NONNUMERIC:
            return not _is_number(value)
        if mode == QUOTE_STRINGS:
            return isinstance(value, str)
        if mode == QUOTE_NOTNULL:
            return value is not None
        return False

    def _render(self, value):
        """Return the output text for one field value."""
        fmt = self._fmt
        if value is None:
            text = ""
        elif isinstance(value, str):
            text = value
        else:
            text = str(value)
        quoted = self._wants_quotes(value)
        if self._special.isdisjoint(text):
            body = text
        else:
            pieces = []
            for char in text:
                if char in self._special:
                    prefix, forces = self._treatment(char)
                    quoted = quoted or forces
                    pieces.append(prefix)
                pieces.append(char)
            body = "".join(pieces)
        if quoted:
            return fmt.quotechar + body + fmt.quotechar
        return body

    def _treatment(self, char):
        """For a special character: (text to put before it, forces quotes)."""
        fmt = self._fmt
        if fmt.quoting != QUOTE_NONE:
            if char == fmt.quotechar and fmt.doublequote:
                return char, True
            if char != fmt.quotechar and char != fmt.escapechar:
                return "", True
        if fmt.escapechar is None:
            raise Error("need to escape, but no escapechar set")
        return fmt.escapechar, False

    def writerow(self, *args):
        if len(args) != 1:
            raise TypeError(f"writer.writerow() takes exactly one argument "
                            f"({len(args)} given)")
        row = args[0]
        try:
            values = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") \
                from None
        fmt = self._fmt
        cells = [self._render(value) for value in values]
        if len(cells) == 1 and cells[0] == "":
            if fmt.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            cells[0] = fmt.quotechar * 2
        return self._emit(fmt.delimiter.join(cells) + fmt.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"


def writer(*args, **options):
    """Return an object whose writerow()/writerows() write CSV to a file-like object."""
    target, dialect = _split_call(args, options)
    emit = getattr(target, "write", None)
    if not callable(emit):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(emit, _resolve(dialect, options))


# ---------------------------------------------------------------------------
# Dialect classes
# ---------------------------------------------------------------------------

class Dialect:
    """Base class for CSV dialects.

    Subclass it and set the formatting attributes (delimiter, quotechar,
    escapechar, doublequote, skipinitialspace, lineterminator, quoting);
    instantiating checks that they form a usable combination.
    """
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        try:
            _resolve(self, {})
        except TypeError as exc:
            raise Error(str(exc))
        self._valid = True


class excel(Dialect):
    """The format Excel uses for comma-separated files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The format Excel uses for tab-separated files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Comma-separated, every field quoted, lines ending in a bare newline."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------------------
# Dictionary front ends
# ---------------------------------------------------------------------------

def _materialise(names):
    """Turn a one-shot iterator of names into a list; keep anything else."""
    if names is not None and iter(names) is names:
        return list(names)
    return names


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._header = _materialise(fieldnames)
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _ensure_header(self):
        """Read the header row if it is still unknown; sync line_num."""
        if self._header is None:
            self._header = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._header

    fieldnames = property(_ensure_header)

    @fieldnames.setter
    def fieldnames(self, value):
        self._header = value

    def __next__(self):
        if self.line_num == 0:
            self._ensure_header()
        row = next(self.reader)
        # blank rows skipped below leave line_num where this first read put it
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        names = self.fieldnames   # a subclass may present other names
        record = dict(zip(names, row))
        extra = len(row) - len(names)
        if extra > 0:
            record[self.restkey] = row[len(names):]
        elif extra < 0:
            for name in names[len(row):]:
                record[name] = self.restval
        return record

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = _materialise(fieldnames)
        self.restval = restval
        mode = extrasaction.lower()
        if mode not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be "
                             f"'raise' or 'ignore'")
        self.extrasaction = mode
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _ordered(self, rowdict):
        if self.extrasaction == "raise":
            unknown = [key for key in rowdict.keys()
                       if key not in self.fieldnames]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, unknown)))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._ordered(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._ordered(d) for d in rowdicts)

    __class_getitem__ = classmethod(types.GenericAlias)


# ---------------------------------------------------------------------------
# Format guessing
# ---------------------------------------------------------------------------

# Quoted-cell search.  A cell is a quote character, anything, the same
# quote; what surrounds it tells whether a delimiter was seen and whether a
# blank follows that delimiter.  Shapes are tried in this order and the
# first one that occurs anywhere in the sample is the one used.
_CELL = r"""(?P<q>["']).*?(?P=q)"""
_SEPARATOR = r"""(?P<sep>[^\w\n"'])(?P<pad> ?)"""
_SAME_SEPARATOR = r"(?P=sep)"
_LINE_START = r"(?:^|\n)"
_LINE_END = r"(?:$|\n)"
_QUOTED_CELL_SHAPES = [
    re.compile(before + _CELL + after, re.DOTALL | re.MULTILINE)
    for before, after in ((_SEPARATOR, _SAME_SEPARATOR),
                          (_LINE_START, _SEPARATOR),
                          (_SEPARATOR, _LINE_END),
                          (_LINE_START, _LINE_END))]

# Consistency levels tried, strictest first.  Built by repeated subtraction
# so the values match CPython's (probed: a ratio of exactly 0.90 fails).
_LEVELS = tuple(itertools.accumulate([0.01] * 9, operator.sub, initial=1.0))

_LINES_PER_STEP = 10


def _leader(counter):
    """Most frequent key of a Counter, the first inserted on a tie."""
    return max(counter, key=counter.__getitem__)


def _doubled_quote_seen(sample, quote, delimiter):
    """Does some cell hold a quote between its opening and closing quote?"""
    q = re.escape(quote)
    d = re.escape(delimiter)
    outside = f"[^{d}\\n]*"
    cell = rf"\W*{q}{outside}{q}{outside}{q}\W*"
    pattern = f"(?:{d}|^){cell}(?:{d}|$)"
    return re.search(pattern, sample, re.MULTILINE) is not None


def _consistency(lines, char):
    """Yield (mode, score) of char after each step of lines.

    The mode is the commonest per-line count of char so far and the score
    is how many lines show it minus how many do not.
    """
    counts = map(operator.methodcaller("count", char), lines)
    seen = collections.Counter()
    total = 0
    block = list(itertools.islice(counts, _LINES_PER_STEP))
    while block:
        seen.update(block)
        total += len(block)
        mode = _leader(seen)
        yield mode, 2 * seen[mode] - total
        block = list(itertools.islice(counts, _LINES_PER_STEP))


def _best_tier(stats, total):
    """Characters passing the strictest level any of them reaches."""
    usable = {char: pair for char, pair in stats.items()
              if pair[0] > 0 and pair[1] > 0}
    for level in _LEVELS:
        tier = {char: pair for char, pair in usable.items()
                if pair[1] / total >= level}
        if tier:
            return tier
    return {}


class _Guess:
    """What has been worked out so far about a sample's format."""

    def __init__(self):
        self.quotechar = '"'
        self.doublequote = False
        self.delimiter = None
        self.skipinitialspace = False

    def read_quotes(self, sample, allowed):
        """Learn from quoted cells, if the sample has any."""
        for shape in _QUOTED_CELL_SHAPES:
            cells = [match.groupdict() for match in shape.finditer(sample)]
            if cells:
                break
        else:
            return
        quotes = collections.Counter(cell["q"] for cell in cells)
        separators = collections.Counter(
            cell["sep"] for cell in cells
            if cell.get("sep") and (allowed is None or cell["sep"] in allowed))
        self.quotechar = _leader(quotes)
        if separators:
            self.delimiter = _leader(separators)
            padded = sum(1 for cell in cells if cell.get("pad"))
            self.skipinitialspace = padded == separators[self.delimiter]
        self.doublequote = _doubled_quote_seen(
            sample, self.quotechar, self.delimiter or "")

    def read_counts(self, sample, allowed, preferred):
        """Learn the delimiter from characters recurring evenly per line."""
        lines = [line for line in sample.split("\n") if line]
        present = {char for char in "".join(lines) if ord(char) < 127}
        if allowed is not None:
            present = {char for char in present if char in allowed}
        progress = {char: _consistency(lines, char) for char in present}
        tier = {}
        for total in range(_LINES_PER_STEP, len(lines) + _LINES_PER_STEP,
                           _LINES_PER_STEP):
            stats = {char: next(steps) for char, steps in progress.items()}
            tier = _best_tier(stats, min(total, len(lines)))
            if tier:
                break
        if not tier:
            return
        favourite = [char for char in preferred if char in tier]
        if len(tier) == 1:
            (self.delimiter,) = tier
        elif favourite:
            self.delimiter = favourite[0]
        else:
            self.delimiter = max(tier, key=lambda char: (*tier[char], char))
        first = lines[0]
        self.skipinitialspace = (first.count(self.delimiter)
                                 == first.count(self.delimiter + " "))

    def as_dialect(self):
        # key order reproduces vars() of CPython's sniffed class
        return type("dialect", (Dialect,), {
            "__module__": __name__,
            "__qualname__": "Sniffer.sniff.<locals>.dialect",
            "_name": "sniffed",
            "lineterminator": "\r\n",
            "quoting": QUOTE_MINIMAL,
            "__doc__": None,
            "doublequote": self.doublequote,
            "delimiter": self.delimiter,
            "quotechar": self.quotechar,
            "skipinitialspace": self.skipinitialspace,
        })


def _numeric(text):
    try:
        complex(text)
    except ValueError:
        return False
    return True


def _column_vote(title, cells):
    """+1 if the column's cells suggest title is a header, -1 if data, 0 unsure."""
    if not cells:
        return 1
    kinds = {None if _numeric(cell) else len(cell) for cell in cells}
    if len(kinds) != 1:
        return 0
    (kind,) = kinds
    if kind is None:
        looks_like_data = _numeric(title)
    else:
        looks_like_data = len(title) == kind
    return -1 if looks_like_data else 1


class Sniffer:
    """Guess the CSV format of a text sample and whether it has a header."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing the sample's format."""
        guess = _Guess()
        guess.read_quotes(sample, delimiters)
        if not guess.delimiter:
            guess.read_counts(sample, delimiters, self.preferred)
        if not guess.delimiter:
            raise Error("Could not determine delimiter")
        return guess.as_dialect()

    def has_header(self, sample):
        """Guess whether the first row of the sample is a header row."""
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        # 21 rows are examined, but one more is read (and may raise)
        window = list(itertools.islice(rows, 22))[:21]
        body = [row for row in window if len(row) == len(header)]
        columns = list(zip(*body)) if body else [()] * len(header)
        votes = sum(_column_vote(title, cells)
                    for title, cells in zip(header, columns))
        return votes > 0
