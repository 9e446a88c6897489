"""Printing and taking apart tracebacks (CPython's traceback module, written for pyrs).

A full report comes from the interpreter itself (`_traceback`), so it is the text pyrs prints
for an uncaught exception, position markers included; frame summaries are built here from
traceback and frame objects.
"""

import linecache
import sys

import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_NOTHING = object()


def _out(file):
    return sys.stderr if file is None else file


def _emit(chunks, file):
    stream = _out(file)
    for chunk in chunks:
        stream.write(chunk)


class FrameSummary:
    """One entry of a stack: where (file, line, function) and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_text', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._text = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._text is None:
            if self.lineno is None:
                return None
            self._text = linecache.getline(self.filename, self.lineno)
        return self._text.strip()

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self._fields() == other._fields() and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, index):
        return self._fields()[index]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


def walk_tb(tb):
    """(frame, line) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_positions(tb):
    # (frame, (line, end line, column, end column)) for each entry of a traceback: the
    # columns of its instruction when its code has them for the entry's line.
    while tb is not None:
        where = tb.tb_lineno
        lasti = tb.tb_lasti
        if lasti >= 0:
            for index, position in enumerate(tb.tb_frame.f_code.co_positions()):
                if index == lasti // 2:
                    if position[0] == where and None not in position:
                        where = position
                    break
        yield tb.tb_frame, where
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line) from `f` (default: the caller's caller) out to the module level."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary entries that can format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        pairs = list(frame_gen)
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        summary = klass()
        for frame, where in pairs:
            # `where` is a line, or (line, end line, column, end column) from a traceback.
            lineno, end_lineno, colno, end_colno = (
                where if isinstance(where, tuple) else (where, None, None, None))
            code = frame.f_code
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        summary = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                summary.append(item)
            else:
                filename, lineno, name, line = item
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, ' \
               f'in {frame_summary.name}\n'
        if frame_summary.line:
            text += f'    {frame_summary.line}\n'
            colno, end_colno = frame_summary.colno, frame_summary.end_colno
            if colno is not None and end_colno is not None:
                one_line = frame_summary.end_lineno == frame_summary.lineno
                text += _traceback.carets(frame_summary._text.rstrip('\r\n'), colno, end_colno,
                                          one_line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += f'    {name} = {value}\n'
        return text

    def format(self):
        chunks = []
        last = None
        repeats = 0
        for entry in self:
            here = (entry.filename, entry.lineno, entry.name)
            if here == last:
                repeats += 1
                if repeats > 3:
                    continue
            else:
                if repeats > 3:
                    chunks.append(_repeat_note(repeats - 3))
                last = here
                repeats = 1
            chunks.append(self.format_frame_summary(entry))
        if repeats > 3:
            chunks.append(_repeat_note(repeats - 3))
        return chunks


def _repeat_note(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def extract_tb(tb, limit=None):
    return StackSummary.extract(_walk_tb_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _emit(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _emit(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    _emit(format_stack(f, limit), file)


def _exception_of(exc, value):
    # The 3.10+ form passes the exception alone; the old one (type, value, tb).
    if value is _NOTHING:
        return exc
    return value


def _split_report(text):
    # One item per frame entry (its file line with the lines under it), one per other line.
    items = []
    for line in text.splitlines(keepends=True):
        if line.startswith('    ') and items and items[-1].startswith('  File '):
            items[-1] += line
        else:
            items.append(line)
    return items


def _note_items(value):
    # One item per line of the notes, as the interpreter prints them.
    notes = getattr(value, '__notes__', None)
    if notes is None:
        return []
    if not isinstance(notes, (list, tuple)):
        try:
            return [f'{notes!r}\n']
        except Exception:
            return ['<__notes__ repr() failed>\n']
    items = []
    for note in notes:
        if not isinstance(note, str):
            try:
                note = str(note)
            except Exception:
                note = '<note str() failed>'
        items.extend(line + '\n' for line in note.split('\n'))
    return items


def _type_label(value):
    kind = type(value)
    module = kind.__module__
    if module in ('builtins', '__main__'):
        return kind.__qualname__
    if not isinstance(module, str):
        module = '<unknown>'
    return f'{module}.{kind.__qualname__}'


def _syntax_error_items(value):
    # The location block a line an item, then `Type: message (file)`.
    items = []
    suffix = ''
    if value.lineno is not None:
        items.append(f'  File "{value.filename or "<string>"}", line {value.lineno}\n')
    elif value.filename is not None:
        suffix = f' ({value.filename})'
    source = value.text
    if source is not None:
        stripped = source.rstrip('\n')
        shown = stripped.lstrip(' \n\f')
        items.append(f'    {shown}\n')
        start = value.offset
        # Columns count from 1 in the text as given, indentation included.
        column = None if start is None else start - 1 - (len(stripped) - len(shown))
        if column is not None and column >= 0:
            stop = value.end_offset
            if not stop or stop < 0 or stop == start:
                width = 1
            else:
                width = max(stop - start, 0)
            # Tabs stay tabs so the marks line up under the text.
            lead = ''.join(ch if ch.isspace() else ' ' for ch in shown[:column])
            items.append(f'    {lead}{"^" * width}\n')
    items.append(f'{_type_label(value)}: {value.msg or "<no detail available>"}{suffix}\n')
    return items


def _exception_items(value, with_tb):
    # format_exception_only's list for an exception object: its `Type: message` (however
    # many lines) is one item, each note line another.
    notes = _note_items(value)
    if isinstance(value, SyntaxError):
        return _syntax_error_items(value) + notes
    text = _traceback.format_exception_only(value, with_tb)
    tail = ''.join(notes)
    if not text.endswith(tail) or len(text) == len(tail):
        return text.splitlines(keepends=True)
    return [text[:len(text) - len(tail)]] + notes


def _frame_items(value):
    # The `File ...` entries of the interpreter's report of this exception alone.
    text = _frames_text(value)
    tail = _traceback.format_exception_only(value, True)
    if text.endswith(tail):
        text = text[:len(text) - len(tail)]
    return [item for item in _split_report(text)
            if item.startswith('  File ') or item.startswith('  [')]


def format_exception_only(exc, /, value=_NOTHING):
    value = _exception_of(exc, value)
    if value is None or not isinstance(value, BaseException):
        text = _traceback.format_exception_only(value)
        if not text:
            name = type(value).__name__ if value is not None else 'NoneType'
            return [f'{name}: {value}\n' if value is not None else 'NoneType: None\n']
        return _split_report(text)
    return _exception_items(value, False)


def format_exception(exc, /, value=_NOTHING, tb=_NOTHING, limit=None, chain=True):
    value = _exception_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if limit is None and getattr(sys, 'tracebacklimit', None) is not None:
        limit = max(sys.tracebacklimit, 0)
    if tb is not _NOTHING and tb is not value.__traceback__ or limit is not None or not chain:
        return list(TracebackException(type(value), value, value.__traceback__ if tb is _NOTHING
                                       else tb, limit=limit).format(chain=chain))
    if isinstance(value, BaseExceptionGroup):
        return _split_report(_traceback.format_exception(value, linecache.getline))
    return _chained_items(value, {id(value)})


def _chained_items(value, seen):
    items = []
    cause, context = value.__cause__, value.__context__
    if cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        items += _chained_items(cause, seen)
        items.append('\nThe above exception was the direct cause of the following exception:\n\n')
    elif (cause is None and context is not None and not value.__suppress_context__
          and id(context) not in seen):
        seen.add(id(context))
        items += _chained_items(context, seen)
        items.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    if value.__traceback__ is not None:
        items.append('Traceback (most recent call last):\n')
        items += _frame_items(value)
    return items + _exception_items(value, True)


def print_exception(exc, /, value=_NOTHING, tb=_NOTHING, limit=None, file=None, chain=True):
    _emit(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    last = getattr(sys, 'last_exc', None) or getattr(sys, 'last_value', None)
    if last is None:
        raise ValueError('no last exception')
    print_exception(last, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """CPython drops the frames' locals; pyrs frames are snapshots already: nothing to do."""


class TracebackException:
    """An exception taken apart for formatting later: its type, frames and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._with_tb = exc_traceback is not None
        # How many entries of the exception's own traceback the one given leaves out (None:
        # not a part of it), so the interpreter's report with its carets can be used.
        own = getattr(exc_value, '__traceback__', None)
        self._skip = 0
        while own is not None and own is not exc_traceback:
            own = own.tb_next
            self._skip += 1
        if own is None and exc_traceback is not None:
            self._skip = None
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = StackSummary.extract(_walk_tb_positions(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self._limit = limit
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end) if end is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = bool(exc_value.__suppress_context__) if exc_value else False
        if exc_value is not None:
            def follow(other):
                if other is None or id(other) in seen:
                    return None
                return TracebackException(type(other), other, other.__traceback__, limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals, _seen=seen)
            self.__cause__ = follow(exc_value.__cause__)
            if not (compact and (self.__cause__ is not None or self.__suppress_context__)):
                self.__context__ = follow(exc_value.__context__)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        if isinstance(self._value, BaseException):
            yield from _exception_items(self._value, self._with_tb)
        else:
            yield from format_exception_only(self._value)

    def format(self, *, chain=True, _ctx=None):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield ('\nThe above exception was the direct cause '
                       'of the following exception:\n\n')
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield '\nDuring handling of the above exception, another exception occurred:\n\n'
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            limit = self._limit
            if limit is None and getattr(sys, 'tracebacklimit', None) is not None:
                limit = max(sys.tracebacklimit, 0)
            items = None
            if self._value is not None and self._skip is not None:
                # The interpreter's entries carry CPython's position markers.
                items = _frame_items(self._value)
                cut = self._skip or limit is not None
                if cut and any(item.startswith('  [') for item in items):
                    items = None
                else:
                    items = items[self._skip:]
                    if limit is not None:
                        items = items[:limit] if limit >= 0 else items[limit:]
            if items is not None:
                yield from items
            else:
                yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        _emit(self.format(chain=chain), file)


def _frames_text(exc):
    # The interpreter's report of this exception alone: its chain hidden for the moment.
    saved = exc.__cause__, exc.__context__, exc.__suppress_context__
    try:
        exc.__cause__ = None
        exc.__context__ = None
        return _traceback.format_exception(exc, linecache.getline)
    finally:
        exc.__cause__, exc.__context__, exc.__suppress_context__ = saved


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
