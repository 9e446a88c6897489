"""CSV file reading and writing (CPython's csv module, written for pyrs)."""

import re
import types
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'QUOTE_STRINGS', 'QUOTE_NOTNULL', 'Error', 'Dialect', '__doc__',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter',
           'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
QUOTE_STRINGS, QUOTE_NOTNULL = 4, 5


class Error(Exception):
    pass


Error.__module__ = '_csv'

_limit = 128 * 1024
_registry = {}
_MISSING = object()
_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
           'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _one_char(name, value, default, none_ok):
    if value is _MISSING:
        return default
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if none_ok else '',
                           type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Settings:
    """The frozen, validated parameters used by readers and writers."""

    def __init__(self, source=None, **options):
        for key in options:
            if key not in _PARAMS:
                raise TypeError('%r is an invalid keyword argument for this '
                                'function' % key)
        raw = {}
        for key in _PARAMS:
            val = options.get(key, _MISSING)
            if val is _MISSING and source is not None:
                val = getattr(source, key, _MISSING)
            raw[key] = val
        got = raw['delimiter']
        delim = _one_char('delimiter', got, ',', False)
        dq = raw['doublequote']
        dq = True if dq is _MISSING else bool(dq)
        esc = _one_char('escapechar', raw['escapechar'], None, True)
        term = raw['lineterminator']
        if term is _MISSING:
            term = '\r\n'
        elif term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        qc_given = raw['quotechar']
        qc = _one_char('quotechar', qc_given, '"', True)
        quoting = raw['quoting']
        if quoting is _MISSING:
            quoting_given = False
            quoting = QUOTE_MINIMAL
        else:
            quoting_given = True
            if type(quoting) is not int:
                raise TypeError('"quoting" must be an integer')
        skip = raw['skipinitialspace']
        skip = False if skip is _MISSING else bool(skip)
        strict = raw['strict']
        strict = False if strict is _MISSING else bool(strict)
        if quoting not in (0, 1, 2, 3, 4, 5):
            raise TypeError('bad "quoting" value')
        if qc_given is None and not quoting_given:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and qc is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if term is None:
            raise TypeError('lineterminator must be set')
        d = self.__dict__
        d['delimiter'] = delim
        d['doublequote'] = dq
        d['escapechar'] = esc
        d['lineterminator'] = term
        d['quotechar'] = qc
        d['quoting'] = int(quoting)
        d['skipinitialspace'] = skip
        d['strict'] = strict

    def __setattr__(self, name, value):
        if name in _PARAMS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'"
                             % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)


_Settings.__name__ = _Settings.__qualname__ = 'Dialect'
_Settings.__module__ = '_csv'


def _settings_for(dialect, options):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Settings) and not options:
        return dialect
    return _Settings(dialect, **options)


def register_dialect(name, dialect=None, **fmtparams):
    """Register a dialect (an object or class with the dialect attributes,
    overridden by keyword arguments) under a name."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _registry[name] = _settings_for(dialect, fmtparams)


def unregister_dialect(name):
    """Remove a registered dialect."""
    if name not in _registry:
        raise Error('unknown dialect')
    del _registry[name]


def get_dialect(name):
    """Return the dialect registered under name."""
    try:
        return _registry[name]
    except KeyError:
        raise Error('unknown dialect') from None


def list_dialects():
    """Return the names of all registered dialects."""
    return list(_registry)


def field_size_limit(*args, **kwargs):
    """Return the maximum field size the parser allows; with an argument,
    set a new limit too (the old one is returned)."""
    global _limit
    if len(args) + len(kwargs) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d '
                        'given)' % (len(args) + len(kwargs)))
    old = _limit
    if kwargs:
        if 'new_limit' not in kwargs:
            name = next(iter(kwargs))
            raise TypeError("field_size_limit() got an unexpected keyword "
                            "argument '%s'" % name)
        args = (kwargs['new_limit'],)
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit = int(args[0])
    return old


# parser states
(_REC_START, _FLD_START, _ESC, _IN_FLD, _IN_QUOTED, _ESC_QUOTED,
 _QUOTE_SEEN, _NEWLINE, _AFTER_ESC_NL) = range(9)
_EOL = None


class _Reader:
    """Iterator over the records of CSV input lines."""

    def __init__(self, lines, dialect, options):
        self._lines = iter(lines)
        self.dialect = _settings_for(dialect, options)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._record = []
        self._chars = []
        self._quoted = False
        self._number = False
        self._state = _REC_START
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._chars or self._state == _IN_QUOTED:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._end_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the '
                            'file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for ch in line:
                self._feed(ch)
            self._feed(_EOL)
            if self._state == _REC_START:
                break
        rec = self._record
        self._record = []
        return rec

    def _add(self, ch):
        if len(self._chars) >= _limit:
            raise Error('field larger than field limit (%d)' % _limit)
        self._chars.append(ch)

    def _end_field(self):
        text = ''.join(self._chars)
        self._chars = []
        if self._number:
            self._number = False
            text = float(text)
        self._record.append(text)

    def _line_break(self, ch):
        self._end_field()
        self._state = _REC_START if ch is _EOL else _NEWLINE

    def _feed(self, ch):
        d = self.dialect
        st = self._state
        newline = ch == '\n' or ch == '\r'
        if st == _REC_START:
            if ch is _EOL:
                return
            if newline:
                self._state = _NEWLINE
                return
            st = self._state = _FLD_START
        if st == _FLD_START:
            if newline or ch is _EOL:
                self._line_break(ch)
            elif ch == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED
            elif ch == d.escapechar:
                self._state = _ESC
            elif ch == ' ' and d.skipinitialspace:
                pass
            elif ch == d.delimiter:
                self._end_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._number = True
                self._add(ch)
                self._state = _IN_FLD
        elif st == _ESC:
            if newline:
                self._add(ch)
                self._state = _AFTER_ESC_NL
                return
            self._add('\n' if ch is _EOL else ch)
            self._state = _IN_FLD
        elif st == _IN_FLD or st == _AFTER_ESC_NL:
            if st == _AFTER_ESC_NL and ch is _EOL:
                return
            if newline or ch is _EOL:
                self._line_break(ch)
            elif ch == d.escapechar:
                self._state = _ESC
            elif ch == d.delimiter:
                self._end_field()
                self._state = _FLD_START
            else:
                self._add(ch)
                self._state = _IN_FLD
        elif st == _IN_QUOTED:
            if ch is _EOL:
                pass
            elif ch == d.escapechar:
                self._state = _ESC_QUOTED
            elif ch == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_SEEN if d.doublequote else _IN_FLD
            else:
                self._add(ch)
        elif st == _ESC_QUOTED:
            self._add('\n' if ch is _EOL else ch)
            self._state = _IN_QUOTED
        elif st == _QUOTE_SEEN:
            if d.quoting != QUOTE_NONE and ch == d.quotechar:
                self._add(ch)
                self._state = _IN_QUOTED
            elif ch == d.delimiter:
                self._end_field()
                self._state = _FLD_START
            elif newline or ch is _EOL:
                self._line_break(ch)
            elif not d.strict:
                self._add(ch)
                self._state = _IN_FLD
            else:
                raise Error("'%s' expected after '%s'"
                            % (d.delimiter, d.quotechar))
        elif st == _NEWLINE:
            if newline:
                pass
            elif ch is _EOL:
                self._state = _REC_START
            else:
                raise Error('new-line character seen in unquoted field - do '
                            'you need to open the file in universal-newline '
                            'mode?')


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(csvfile, dialect=None, **fmtparams):
    """Return an iterator over the records (lists of strings) of csvfile,
    any iterable of lines. Without a dialect, the parameters default to
    those of 'excel'."""
    return _Reader(csvfile, dialect, fmtparams)


def _is_number(x):
    return isinstance(x, (int, float, complex)) or (
        not isinstance(x, str) and (hasattr(type(x), '__float__')
                                    or hasattr(type(x), '__index__')))


class _Writer:
    """Writes records as delimited lines to a file-like object."""

    def __init__(self, fileobj, dialect, options):
        out = getattr(fileobj, 'write', None)
        if out is None:
            raise TypeError('argument 1 must have a "write" method')
        self._out = out
        self.dialect = _settings_for(dialect, options)

    def _render(self, text, quote):
        d = self.dialect
        special = d.lineterminator
        pieces = []
        for ch in text:
            if (ch == d.delimiter or ch == d.escapechar or ch == d.quotechar
                    or ch in special):
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif ch == d.quotechar:
                    if d.doublequote:
                        pieces.append(ch)
                    else:
                        escape = True
                elif ch == d.escapechar:
                    escape = True
                if not escape:
                    quote = True
                elif d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                else:
                    pieces.append(d.escapechar)
            pieces.append(ch)
        body = ''.join(pieces)
        if quote:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        """Write one record (an iterable of fields); return what the
        underlying write() returned."""
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s'
                        % type(row).__name__) from None
        mode = d.quoting
        cells = []
        for item in items:
            if mode == QUOTE_ALL:
                quote = True
            elif mode == QUOTE_NONNUMERIC:
                quote = not _is_number(item)
            elif mode == QUOTE_STRINGS:
                quote = isinstance(item, str)
            elif mode == QUOTE_NOTNULL:
                quote = item is not None
            else:
                quote = False
            if item is None:
                text = ''
            elif isinstance(item, str):
                text = item
            else:
                text = str(item)
            cells.append(self._render(text, quote))
        if len(cells) == 1 and cells[0] == '':
            # a lone empty field must be written as "" to be read back
            if mode == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            cells[0] = d.quotechar * 2
        return self._out(d.delimiter.join(cells) + d.lineterminator)

    def writerows(self, rows):
        """Write each record of rows."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(fileobj, dialect=None, **fmtparams):
    """Return an object whose writerow() writes delimited records to
    fileobj (anything with a write() method)."""
    return _Writer(fileobj, dialect, fmtparams)


class Dialect:
    """Base class for dialect descriptions; subclasses set the class
    attributes delimiter, quotechar, escapechar, doublequote,
    skipinitialspace, lineterminator and quoting."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Settings(self)
        except TypeError as exc:
            raise Error(str(exc)) from None


class excel(Dialect):
    """Excel's comma-separated format."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated format."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Comma-separated, every field quoted, lines ending in '\\n'."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


class DictReader:
    """Read records as dicts keyed by fieldnames (by default the first
    record of the input)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._names = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._names is None:
            try:
                self._names = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._names

    @fieldnames.setter
    def fieldnames(self, value):
        self._names = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        extra = len(row) - len(names)
        if extra > 0:
            result[self.restkey] = row[len(names):]
        elif extra < 0:
            for key in names[len(row):]:
                result[key] = self.restval
        return result

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    """Write dicts as records, fields taken in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction.lower()
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write a record made of the field names."""
        return self.writer.writerow(list(self.fieldnames))

    def _as_row(self, mapping):
        if self.extrasaction == 'raise':
            unknown = [k for k in mapping if k not in self.fieldnames]
            if unknown:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join(repr(k) for k in unknown))
        return [mapping.get(k, self.restval) for k in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._as_row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._as_row(r) for r in rowdicts)

    __class_getitem__ = classmethod(types.GenericAlias)


class Sniffer:
    """Guess the dialect of a CSV sample, and whether it starts with a
    header row."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing the sample."""
        quote, dq, delim, skip = self._from_quotes(sample, delimiters)
        if not delim:
            delim, skip = self._from_counts(sample, delimiters)
        if not delim:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = dq
        dialect.delimiter = delim
        dialect.quotechar = quote or '"'
        dialect.skipinitialspace = skip
        return dialect

    def _from_quotes(self, data, delimiters):
        # Look for quoted fields and the character that follows or
        # precedes them; the commonest ones give quotechar and delimiter.
        q = r'(?P<q>["\'])'
        d = r'(?P<d>[^\w\n"\'])'
        shapes = (d + r'(?P<s> ?)' + q + r'.*?(?P=q)(?P=d)',
                  r'(?:^|\n)' + q + r'.*?(?P=q)' + d + r'(?P<s> ?)',
                  d + r'(?P<s> ?)' + q + r'.*?(?P=q)(?:$|\n)',
                  r'(?:^|\n)' + q + r'.*?(?P=q)(?:$|\n)')
        hits = []
        for shape in shapes:
            hits = list(re.finditer(shape, data, re.DOTALL | re.MULTILINE))
            if hits:
                break
        if not hits:
            return '', False, None, 0
        quote_count = {}
        delim_count = {}
        spaced = 0
        for m in hits:
            names = m.re.groupindex
            qc = m.group('q')
            if qc:
                quote_count[qc] = quote_count.get(qc, 0) + 1
            if 'd' not in names:
                continue
            dc = m.group('d')
            if dc and (delimiters is None or dc in delimiters):
                delim_count[dc] = delim_count.get(dc, 0) + 1
            if m.group('s'):
                spaced += 1
        quote = max(quote_count, key=quote_count.get)
        if delim_count:
            delim = max(delim_count, key=delim_count.get)
            skip = delim_count[delim] == spaced
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skip = 0
        # doubled quotes: a field holding a pair of quote characters
        ed = re.escape(delim)
        eq = re.escape(quote)
        pattern = (r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
                   % (ed, eq, ed, eq, ed, eq, ed))
        dq = re.search(pattern, data, re.MULTILINE) is not None
        return quote, dq, delim, skip

    def _from_counts(self, data, delimiters):
        # A delimiter occurs the same number of times on (nearly) every
        # line; measure that consistency over growing chunks of ten lines,
        # relaxing the bar from 100% down to 90%.
        lines = [ln for ln in data.split('\n') if ln]
        top_line = lines[0] if lines else ''

        def answer(ch):
            return ch, top_line.count(ch) == top_line.count(ch + ' ')

        histo = {}
        chunks = 0
        found = {}
        for start in range(0, len(lines), 10):
            chunks += 1
            for ln in lines[start:start + 10]:
                for code in range(127):
                    ch = chr(code)
                    tally = histo.setdefault(ch, {})
                    n = ln.count(ch)
                    tally[n] = tally.get(n, 0) + 1
            modes = {}
            for ch, tally in histo.items():
                pairs = list(tally.items())
                if len(pairs) == 1:
                    if pairs[0][0] != 0:
                        modes[ch] = pairs[0]
                    continue
                top = max(pairs, key=lambda p: p[1])
                others = sum(p[1] for p in pairs) - top[1]
                modes[ch] = (top[0], top[1] - others)
            total = float(min(10 * chunks, len(lines)))
            bar = 1.0
            found = {}
            while not found and bar >= 0.9:
                for ch, (count, weight) in modes.items():
                    if (count > 0 and weight > 0 and weight / total >= bar
                            and (delimiters is None or ch in delimiters)):
                        found[ch] = (count, weight)
                bar -= 0.01
            if len(found) == 1:
                return answer(next(iter(found)))
        if not found:
            return '', 0
        if len(found) > 1:
            for ch in self.preferred:
                if ch in found:
                    return answer(ch)
        return answer(max((v, k) for k, v in found.items())[1])

    def has_header(self, sample):
        """Guess whether the first row of sample is a header: a column
        looks like one when the other rows hold numbers there, or strings
        of one fixed length that the first row's entry does not share."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        seen = 0
        for row in rows:
            if seen > 20:
                break
            seen += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kind != kinds[col]:
                    del kinds[col]
        score = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                score += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    score += 1
                else:
                    score -= 1
        return score > 0
