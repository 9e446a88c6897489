"""logging (CPython's logging module, written for pyrs)."""

# logging.handlers and logging.config are separate modules of this package.

import io
import os
import sys
import time
import threading
import weakref
from types import GenericAlias

__all__ = """
    BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler
    Filter Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET
    NullHandler StreamHandler WARN WARNING addLevelName basicConfig
    captureWarnings critical debug disable error exception fatal getLevelName
    getLogger getLoggerClass info log makeLogRecord setLoggerClass shutdown
    warn warning getLogRecordFactory setLogRecordFactory lastResort
    raiseExceptions getLevelNamesMapping getHandlerByName getHandlerNames
""".split()

__version__ = "0.5.1.2"

# Switches a program may turn off (the documented ways to make records cheaper).
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

_IMPORT_TIME = time.time()


# === levels ==================================================================

NOTSET = 0
DEBUG = 10
INFO = 20
WARNING = WARN = 30
ERROR = 40
CRITICAL = FATAL = 50

# number -> name (the name shown in records) and name -> number (what
# setLevel('INFO') accepts); addLevelName updates both.
_names_by_number = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO',
                    10: 'DEBUG', 0: 'NOTSET'}
_numbers_by_name = dict(CRITICAL=50, FATAL=50, ERROR=40, WARN=30, WARNING=30,
                        INFO=20, DEBUG=10, NOTSET=0)


def getLevelNamesMapping():
    """A fresh dict from every level name to its number."""
    return dict(_numbers_by_name)


def getLevelName(level):
    """Name for a level number, number for a registered name, or 'Level N'."""
    found = _names_by_number.get(level)
    if found is None:
        found = _numbers_by_name.get(level)
        if found is None:
            return "Level %s" % level
    return found


def addLevelName(level, levelName):
    """Register `levelName` as the name of the number `level`, and back."""
    with _module_guard:
        _names_by_number[level] = levelName
        _numbers_by_name[levelName] = level


def _level_number(value):
    # What setLevel and friends accept: an int, or a registered name.
    if isinstance(value, int):
        return value
    if str(value) != value:
        raise TypeError("Level not an integer or a valid string: %r" % (value,))
    number = _numbers_by_name.get(value)
    if number is None:
        raise ValueError("Unknown level: %r" % value)
    return number


# === locks ===================================================================

class _SoloLock:
    """A reentrant lock for pyrs's single thread (WASI cannot start another):
    it only counts how deep it is held, so taking it never waits."""

    __slots__ = ('_depth',)

    def __init__(self):
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        self._depth += 1
        return True

    def release(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1

    def __enter__(self):
        self._depth += 1
        return True

    def __exit__(self, *exc):
        self._depth -= 1

    def _is_owned(self):
        return self._depth > 0

    def _at_fork_reinit(self):
        self._depth = 0


# Guards the module's shared tables (loggers, handlers, level names).
_module_guard = _SoloLock()

# CPython's private spellings of the level tables and of the module lock; they are
# not API, but code outside logging uses them, so they name the same objects here.
_levelToName = _names_by_number
_nameToLevel = _numbers_by_name
_lock = _module_guard


def _acquireLock():
    """Take the module lock (release it with _releaseLock())."""
    _module_guard.acquire()


def _releaseLock():
    """Give back the module lock taken by _acquireLock()."""
    _module_guard.release()


# === where a call came from ==================================================

def currentframe():
    """The frame of whoever called this function."""
    return sys._getframe(1)


# Frames whose code lives in this file are logging's own, never "the caller".
# Setting _srcfile to None turns the caller look-up off.
_srcfile = os.path.normcase(getLevelName.__code__.co_filename)

_own_code_files = {}    # co_filename -> is it logging itself (or the import system)?


def _classify_code_file(name):
    path = os.path.normcase(name)
    verdict = path == _srcfile or ('importlib' in path and '_bootstrap' in path)
    _own_code_files[name] = verdict
    return verdict


# === printing tracebacks and stacks ==========================================

_tb_module = None


def _traceback_module():
    # The traceback module when the interpreter has one, else False.
    global _tb_module
    if _tb_module is None:
        try:
            import traceback as found
        except ImportError:
            found = False
        _tb_module = found
    return _tb_module


def _write_exception(kind, exc, tb, out):
    """Print an exception report to `out`, as traceback.print_exception would."""
    tbmod = _traceback_module()
    if tbmod:
        tbmod.print_exception(kind, exc, tb, None, out)
    elif isinstance(exc, BaseException):
        # The interpreter's own report goes to sys.stderr: point that at `out`.
        before, sys.stderr = sys.stderr, out
        try:
            sys.__excepthook__(type(exc), exc, tb)
        finally:
            sys.stderr = before
    else:
        out.write(f'{type(exc).__name__}: {exc}\n')


_file_lines = {}


def _line_of(path, number):
    text = _file_lines.get(path)
    if text is None:
        try:
            with open(path, encoding='utf-8', errors='replace') as src:
                text = src.read().splitlines()
        except Exception:
            text = []
        _file_lines[path] = text
    return text[number - 1].strip() if 0 < number <= len(text) else ''


def _write_stack(frame, out):
    """Print the frames from the outermost one down to `frame`, as
    traceback.print_stack would."""
    tbmod = _traceback_module()
    if tbmod:
        tbmod.print_stack(frame, file=out)
        return
    chain = []
    while frame is not None:
        chain.append(frame)
        frame = frame.f_back
    for entry in reversed(chain):
        code = entry.f_code
        out.write(f'  File "{code.co_filename}", line {entry.f_lineno}, in {code.co_name}\n')
        source = _line_of(code.co_filename, entry.f_lineno)
        if source:
            out.write(f'    {source}\n')


def _stack_text(frame):
    out = io.StringIO()
    out.write('Stack (most recent call last):\n')
    _write_stack(frame, out)
    text = out.getvalue()
    return text[:-1] if text.endswith('\n') else text


# === times ===================================================================
# pyrs's time module has neither localtime() nor strftime(): UTC (WASI has no
# time zones) and a strftime for the usual directives stand in for them.

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'


class _TimeTuple(tuple):
    """A struct_time look-alike: the nine fields, by index or by name."""

    __slots__ = ()
    tm_zone = 'UTC'
    tm_gmtoff = 0
    _slot_of = {name: i for i, name in enumerate(
        'tm_year tm_mon tm_mday tm_hour tm_min tm_sec tm_wday tm_yday tm_isdst'.split())}

    def __getattr__(self, name):
        where = self._slot_of.get(name)
        if where is None:
            raise AttributeError(name)
        return self[where]


_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _utc_time(secs=None):
    """Seconds since the epoch as a UTC time tuple."""
    if secs is None:
        secs = time.time()
    days, secs = divmod(int(secs // 1), 86400)
    weekday = (days + 3) % 7            # 1970-01-01 was a Thursday
    # Count in 400-year cycles starting on a March 1st, so that the leap day
    # falls at the end of each year of the count.
    shifted = days + 719468
    cycle, day_in_cycle = divmod(shifted, 146097)
    year_in_cycle = (day_in_cycle - day_in_cycle // 1460 + day_in_cycle // 36524
                     - day_in_cycle // 146096) // 365
    day_in_year = day_in_cycle - (365 * year_in_cycle + year_in_cycle // 4
                                  - year_in_cycle // 100)
    month_from_march = (5 * day_in_year + 2) // 153
    mday = day_in_year - (153 * month_from_march + 2) // 5 + 1
    month = month_from_march + 3 if month_from_march < 10 else month_from_march - 9
    year = cycle * 400 + year_in_cycle + (month <= 2)
    yday = _DAYS_BEFORE_MONTH[month - 1] + mday + (month > 2 and _leap(year))
    hour, rest = divmod(secs, 3600)
    return _TimeTuple((year, month, mday, hour, rest // 60, rest % 60, weekday, yday, 0))


_DAY_NAMES = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
_MONTH_NAMES = ('January February March April May June July August September '
                'October November December').split()

# One function per directive, from the fields (year, month, mday, hour, minute,
# second, weekday, yday) and the time tuple itself.
_DIRECTIVES = {
    'Y': lambda f, t: str(f[0]),
    'y': lambda f, t: '%02d' % (f[0] % 100),
    'm': lambda f, t: '%02d' % f[1],
    'd': lambda f, t: '%02d' % f[2],
    'e': lambda f, t: '%2d' % f[2],
    'H': lambda f, t: '%02d' % f[3],
    'I': lambda f, t: '%02d' % ((f[3] + 11) % 12 + 1),
    'M': lambda f, t: '%02d' % f[4],
    'S': lambda f, t: '%02d' % f[5],
    'p': lambda f, t: 'PM' if f[3] >= 12 else 'AM',
    'j': lambda f, t: '%03d' % f[7],
    'a': lambda f, t: _DAY_NAMES[f[6]][:3],
    'A': lambda f, t: _DAY_NAMES[f[6]],
    'b': lambda f, t: _MONTH_NAMES[f[1] - 1][:3],
    'h': lambda f, t: _MONTH_NAMES[f[1] - 1][:3],
    'B': lambda f, t: _MONTH_NAMES[f[1] - 1],
    'w': lambda f, t: str((f[6] + 1) % 7),
    'u': lambda f, t: str(f[6] + 1),
    'Z': lambda f, t: getattr(t, 'tm_zone', 'UTC'),
    'z': lambda f, t: '+0000',
    '%': lambda f, t: '%',
}
_COMPOSITES = {'F': '%Y-%m-%d', 'T': '%H:%M:%S', 'D': '%m/%d/%y', 'x': '%m/%d/%y',
               'X': '%H:%M:%S', 'c': '%a %b %e %H:%M:%S %Y'}


def _format_time(pattern, when):
    """time.strftime(pattern, when), or a stand-in where pyrs lacks it."""
    native = getattr(time, 'strftime', None)
    if native is not None:
        return native(pattern, when)
    fields = tuple(when)[:8]
    pieces = pattern.split('%')
    out = [pieces[0]]
    i = 1
    while i < len(pieces):
        piece = pieces[i]
        i += 1
        if not piece:
            # '%%' (a literal percent) or a lone '%' at the very end
            if i < len(pieces):
                out.append('%' + pieces[i])
                i += 1
            else:
                out.append('%')
            continue
        code, rest = piece[0], piece[1:]
        if code in _COMPOSITES:
            out.append(_format_time(_COMPOSITES[code], when) + rest)
        elif code in _DIRECTIVES:
            out.append(_DIRECTIVES[code](fields, when) + rest)
        else:
            out.append('%' + piece)
    return ''.join(out)


# === records =================================================================

# pathname -> (filename, module): worked out once per source file.
_split_paths = {}

# Types whose instances are never mappings: a lone argument of one of these
# skips the Mapping check.
_NEVER_MAPPINGS = frozenset((str, int, float, tuple, list, bytes, bool, type(None)))
_Mapping = None


def _lone_mapping(args):
    # log('%(k)s', {'k': 1}) formats with the dict itself: return it, or None.
    global _Mapping
    only = args[0]
    kind = type(only)
    if kind is dict:
        return only or None
    if kind in _NEVER_MAPPINGS:
        return None
    if _Mapping is None:
        from collections.abc import Mapping as _Mapping
    if isinstance(only, _Mapping) and only:
        return only
    return None


def _path_parts(pathname):
    # (file name, module name) of a source path, remembered for str paths.
    try:
        base = os.path.basename(pathname)
        parts = (base, os.path.splitext(base)[0])
    except (AttributeError, TypeError, ValueError):
        return pathname, "Unknown module"
    if type(pathname) is str:
        _split_paths[pathname] = parts
    return parts


def _process_name(multiproc):
    try:
        return multiproc.current_process().name
    except Exception:
        return 'MainProcess'


def _task_name(aio):
    try:
        return aio.current_task().get_name()
    except Exception:
        return None


_thread_id = threading.get_ident
_this_thread = threading.current_thread
_getpid = getattr(os, 'getpid', None)
_loaded = sys.modules


class LogRecord(object):
    """Everything known about one logging call: logger, level, message and
    arguments, source position, time, thread and process."""

    def __init__(self, name, level, pathname, lineno, msg, args,
                 exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        if args and len(args) == 1:
            mapping = _lone_mapping(args)
            if mapping is not None:
                args = mapping
        label = _names_by_number.get(level)
        if label is None:
            label = getLevelName(level)
        parts = _split_paths.get(pathname) if type(pathname) is str else None
        if parts is None:
            parts = _path_parts(pathname)
        # (attributes set in the order CPython sets them: vars(record) shows it)
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname = label
        self.levelno = level
        self.pathname = pathname
        self.filename, self.module = parts
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _IMPORT_TIME) * 1000
        if logThreads:
            self.thread = _thread_id()
            self.threadName = _this_thread().name
        else:
            self.thread = self.threadName = None
        if logMultiprocessing:
            multiproc = _loaded.get('multiprocessing')
            self.processName = 'MainProcess' if multiproc is None else _process_name(multiproc)
        else:
            self.processName = None
        self.process = _getpid() if logProcesses and _getpid else None
        aio = _loaded.get('asyncio') if logAsyncioTasks else None
        self.taskName = _task_name(aio) if aio else None

    def __repr__(self):
        fields = (self.name, self.levelno, self.pathname, self.lineno, self.msg)
        return '<LogRecord: %s, %s, %s, %s, "%s">' % fields

    def getMessage(self):
        """The message text: str(msg), with the arguments %-substituted."""
        text = str(self.msg)
        return text % self.args if self.args else text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    """Build every new record with `factory` (same arguments as LogRecord)."""
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    """What builds new records."""
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes are then overwritten from the dict."""
    made = _record_factory(None, None, "", 0, "", (), None, None)
    made.__dict__.update(dict)
    return made


# === format styles ===========================================================

def _word_end(text, i):
    # End of the run of \w characters starting at i.
    n = len(text)
    while i < n and (text[i].isalnum() or text[i] == '_'):
        i += 1
    return i


def _digits_end(text, i):
    n = len(text)
    while i < n and text[i].isdecimal():
        i += 1
    return i


def _percent_field_ok(fmt, start):
    # Is there a complete '%(name)<flags><width><.precision><type>' at start?
    close = _word_end(fmt, start + 2)
    if close == start + 2 or fmt[close:close + 1] != ')':
        return False
    i = close + 1
    while fmt[i:i + 1] in ('#', '0', '+', ' ', '-'):
        i += 1
    i = i + 1 if fmt[i:i + 1] == '*' else _digits_end(fmt, i)
    if fmt[i:i + 1] == '.':
        after = i + 1
        if fmt[after:after + 1] == '*':
            i = after + 1
        elif _digits_end(fmt, after) > after:
            i = _digits_end(fmt, after)
    kind = fmt[i:i + 1]
    return bool(kind) and kind.lower() in 'diouxefgcrsa%'


def _field_name_ok(name):
    # word, then any number of '.word' and '[anything but ]]' parts
    i = _word_end(name, 0)
    if not i:
        return False
    n = len(name)
    while i < n:
        if name[i] == '.':
            j = _word_end(name, i + 1)
            if j == i + 1:
                return False
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            j += 1
        else:
            return False
        i = j
    return True


def _spec_ok(spec):
    # [[fill]align][sign][#][0][width][,|_][.precision][type], where width and
    # precision may be {word}
    n = len(spec)

    def count(i):
        # a decimal number or a {word} field at i; returns where it ends
        if spec[i:i + 1] == '{':
            close = _word_end(spec, i + 1)
            if close > i + 1 and spec[close:close + 1] == '}':
                return close + 1
            return i
        return _digits_end(spec, i)

    aligns = '<>=^'
    if n > 1 and spec[1] in aligns and spec[0] != '\n':
        i = 2
    elif n and spec[0] in aligns:
        i = 1
    else:
        i = 0
    for optional in ('+ -', '#', '0'):
        if i < n and spec[i] in optional:
            i += 1
    i = count(i)
    if i < n and spec[i] in ',_':
        i += 1
    if spec[i:i + 1] == '.' and count(i + 1) > i + 1:
        i = count(i + 1)
    if i < n and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == n


def _ident_end(text, i):
    # End of an ASCII identifier starting at i (i itself when there is none).
    n = len(text)
    if i < n and (text[i] == '_' or text[i].isascii() and text[i].isalpha()):
        i += 1
        while i < n and (text[i] == '_' or text[i].isascii() and text[i].isalnum()):
            i += 1
    return i


def _dollar_names(fmt):
    # The names a $-template uses; ValueError for a '$' that starts nothing.
    names = []
    at = fmt.find('$')
    while at >= 0:
        after = at + 1
        if fmt[after:after + 1] == '$':
            resume = after + 1
        else:
            end = _ident_end(fmt, after)
            if end > after:
                names.append(fmt[after:end])
                resume = end
            else:
                end = _ident_end(fmt, after + 1)
                if fmt[after:after + 1] != '{' or end == after + 1 or fmt[end:end + 1] != '}':
                    raise ValueError("invalid format: bare '$' not allowed")
                names.append(fmt[after + 1:end])
                resume = end + 1
        at = fmt.find('$', resume)
    return names


class PercentStyle(object):
    """'%(name)s' formats, filled in with the % operator."""

    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'
    _basic = BASIC_FORMAT       # basicConfig's default in this style

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._fallback_fields = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """ValueError unless the format holds at least one complete field."""
        fmt = self._fmt
        start = fmt.find('%(')
        while start >= 0:
            if _percent_field_ok(fmt, start):
                return
            start = fmt.find('%(', start + 1)
        raise ValueError("Invalid format '%s' for '%s' style"
                         % (fmt, self.default_format[0]))

    def _fields(self, record):
        extra = self._fallback_fields
        return extra | record.__dict__ if extra else record.__dict__

    def _render(self, record):
        if self._fallback_fields:
            return self._fmt % self._fields(record)
        return self._fmt % record.__dict__

    def format(self, record):
        try:
            if type(self) is PercentStyle and not self._fallback_fields:
                return self._fmt % record.__dict__      # _render, inlined
            return self._render(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """'{name}' formats, filled in with str.format."""

    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'
    _basic = '{levelname}:{name}:{message}'

    def _render(self, record):
        return self._fmt.format(**self._fields(record))

    def validate(self):
        """ValueError unless the format parses and uses at least one field."""
        import string
        used = False
        try:
            for _, name, spec, conversion in string.Formatter().parse(self._fmt):
                if name:
                    if not _field_name_ok(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    used = True
                if conversion and conversion not in ('r', 's', 'a'):
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _spec_ok(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not used:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """'$name' / '${name}' formats, filled in with string.Template."""

    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'
    _basic = '${levelname}:${name}:${message}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        import string
        self._template = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """ValueError on a stray '$' or when no field is used."""
        if not _dollar_names(self._fmt):
            raise ValueError('invalid format: no fields')

    def _render(self, record):
        return self._template.substitute(**self._fields(record))


_style_table = {'%': PercentStyle, '{': StrFormatStyle, '$': StringTemplateStyle}


def _style_class(style):
    found = _style_table.get(style)
    if found is None:
        raise ValueError('Style must be one of: %s' % ','.join(_style_table))
    return found


# === formatters ==============================================================

class Formatter(object):
    """Turns a record into text through a format string whose fields are
    the record's attributes, plus message and asctime."""

    converter = staticmethod(getattr(time, 'localtime', None) or _utc_time)
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        chosen = _style_class(style)(fmt, defaults=defaults)
        if validate:
            chosen.validate()
        self._style = chosen
        self._fmt = chosen._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time as text (datefmt, or the default with msecs)."""
        when = self.converter(record.created)
        if datefmt:
            return _format_time(datefmt, when)
        text = _format_time(self.default_time_format, when)
        pattern = self.default_msec_format
        return pattern % (text, record.msecs) if pattern else text

    def formatException(self, ei):
        """The report of an (type, value, traceback) triple, no final newline."""
        out = io.StringIO()
        _write_exception(ei[0], ei[1], ei[2], out)
        text = out.getvalue()
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        """Does the format show the time?"""
        style = self._style
        if type(style) is PercentStyle:
            return style.asctime_search in style._fmt   # its usesTime(), inlined
        return bool(style.usesTime())

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """Hook for changing how a record's stack text is shown."""
        return stack_info

    def format(self, record):
        """The record's text, with its traceback and stack (if any) below."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        report = record.exc_text
        if not report and record.exc_info:
            # kept on the record: other handlers reuse it
            report = record.exc_text = self.formatException(record.exc_info)
        if report:
            text = _joined(text, report)
        if record.stack_info:
            text = _joined(text, self.formatStack(record.stack_info))
        return text


def _joined(text, tail):
    # text, then tail on a line of its own
    return text + tail if text.endswith('\n') else text + '\n' + tail


_plain_formatter = Formatter()


class BufferingFormatter(object):
    """Formats a list of records: header, one formatted line each, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _plain_formatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if len(records) == 0:
            return ""
        pieces = [self.formatHeader(records)]
        pieces.extend(self.linefmt.format(r) for r in records)
        pieces.append(self.formatFooter(records))
        return ''.join(pieces)


# === filters =================================================================

class Filter(object):
    """Accepts records from one logger and the loggers below it (all records
    when the name is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """True for a record from `name` or one of its descendants."""
        size = self.nlen
        if size == 0:
            return True
        source = record.name
        if source == self.name:
            return True
        return source[:size] == self.name and source[size:size + 1] == '.'


class Filterer(object):
    """Base of loggers and handlers: holds their filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Add a filter (an object with a filter() method, or a callable)."""
        present = self.filters
        if filter not in present:
            present.append(filter)

    def removeFilter(self, filter):
        """Remove a filter if it is there."""
        present = self.filters
        if filter in present:
            present.remove(filter)

    def filter(self, record):
        """Run the filters: False as soon as one refuses, else the record to
        carry on with (a filter may hand back a replacement record)."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


# === handlers ================================================================

_named_handlers = weakref.WeakValueDictionary()     # name -> handler
_every_handler = []                                 # weak refs, oldest first


def _drop_dead_handler(ref):
    # Weak-reference callback; may run while the module is being torn down.
    refs = _every_handler
    if refs:
        try:
            refs.remove(ref)
        except ValueError:
            pass


def getHandlerByName(name):
    """The live handler called `name`, else None."""
    return _named_handlers.get(name)


def getHandlerNames():
    """The names of the live named handlers."""
    return frozenset(_named_handlers)


_generic_alias = classmethod(GenericAlias)


def _live_frame(handling):
    # The frame on the current stack that runs the code of `handling` (the
    # traceback's frame, which pyrs hands out as a detached copy); the
    # current line and the callers are read from the live one.
    code = handling.f_code
    frame = sys._getframe(1)
    while frame is not None:
        if frame is handling or frame.f_code is code:
            return frame
        frame = frame.f_back
    return handling


def _first_foreign_frame(frame):
    # Walk outwards past the frames of the logging package itself.
    home = os.path.dirname(_srcfile)
    while frame is not None:
        if os.path.dirname(os.path.normcase(frame.f_code.co_filename)) != home:
            break
        frame = frame.f_back
    return frame


def _call_summary(record):
    # The tail of handleError's report: the logging call's message and args.
    try:
        return 'Message: %r\nArguments: %s\n' % (record.msg, record.args)
    except RecursionError:
        raise
    except Exception:
        return ('Unable to print the message and arguments'
                ' - possible formatting error.\nUse the traceback above to help find the error.\n')


def _captured(writer, *args):
    # What writer(*args, out) prints, as a string.
    out = io.StringIO()
    writer(*args, out)
    return out.getvalue()


def _error_report(record, kind, problem, trace):
    # handleError's report, produced piece by piece so that whatever is
    # ready gets written even if a later piece fails.
    yield '--- Logging error ---\n'
    yield _captured(_write_exception, kind, problem, trace)
    yield 'Call stack:\n'
    origin = _first_foreign_frame(_live_frame(trace.tb_frame))
    if origin is None:
        # every frame belongs to logging: name the record's own origin
        yield 'Logged from file %s, line %s\n' % (record.filename, record.lineno)
    else:
        yield _captured(_write_stack, origin)
    yield _call_summary(record)


class Handler(Filterer):
    """Sends records somewhere; subclasses say where by defining emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._handler_name = None
        self.level = _level_number(level)
        self.formatter = None
        self._shut = False
        with _module_guard:
            _every_handler.append(weakref.ref(self, _drop_dead_handler))
        self.createLock()

    def get_name(self):
        return self._handler_name

    def set_name(self, name):
        with _module_guard:
            old = self._handler_name
            if old in _named_handlers:
                del _named_handlers[old]
            self._handler_name = name
            if name:
                _named_handlers[name] = self

    name = property(fget=get_name, fset=set_name)

    def createLock(self):
        """Give the handler its lock (held while a record is emitted)."""
        self.lock = _SoloLock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Ignore records below `level`."""
        self.level = _level_number(level)

    def format(self, record):
        """Text of the record, by this handler's formatter or the plain one."""
        return (self.formatter or _plain_formatter).format(record)

    def emit(self, record):
        """Deliver one record (subclasses implement it)."""
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Filter the record, emit what passes (holding the lock) and return
        the filters' verdict."""
        verdict = self.filter(record)
        if verdict:
            if verdict is not record and isinstance(verdict, LogRecord):
                record = verdict
            lock = self.lock
            if lock is None:
                self.emit(record)
            elif type(lock) is _SoloLock:
                # what `with lock:` does, without its two method calls
                lock._depth += 1
                try:
                    self.emit(record)
                finally:
                    lock._depth -= 1
            else:
                with lock:
                    self.emit(record)
        return verdict

    def setFormatter(self, fmt):
        """Format records with `fmt` from now on."""
        self.formatter = fmt

    def flush(self):
        """Push out buffered output; the base class buffers nothing."""

    def close(self):
        """Tidy up; the handler's name is released."""
        with _module_guard:
            self._shut = True
            name = self._handler_name
            if name and name in _named_handlers:
                del _named_handlers[name]

    def handleError(self, record):
        """Called from emit() inside its except clause: when raiseExceptions
        is set, describe the failure and where the logging call came from on
        sys.stderr.  Only OSError met while writing that report is ignored."""
        sink = sys.stderr
        if not (raiseExceptions and sink):
            return
        try:
            for piece in _error_report(record, *sys.exc_info()):
                sink.write(piece)
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record's text and then `terminator` to a stream."""

    terminator = '\n'

    def __init__(self, stream=None):
        """Log to `stream`, by default sys.stderr."""
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        """Flush the stream, when it has a flush()."""
        stream = self.stream
        if stream:
            try:
                flush = stream.flush
            except AttributeError:
                return
            flush()

    def emit(self, record):
        """Write the record's text and the terminator, then flush."""
        try:
            text = self.format(record) + self.terminator
            self.stream.write(text)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Log to `stream` from now on; returns the stream replaced (None when
        it is the same one)."""
        previous = self.stream
        if stream is previous:
            return None
        with self.lock:
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        shown = str(getattr(self.stream, 'name', ''))
        if shown:
            shown += ' '
        return '<%s %s(%s)>' % (type(self).__name__, shown, getLevelName(self.level))

    __class_getitem__ = _generic_alias


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file it opens itself, at once or (with
    delay) when the first record comes."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        """Log to the file `filename`, opened with mode, encoding and errors."""
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if 'b' in mode else io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._opener = open
        if delay:
            # opened by the first emit()
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, stream=self._open())

    def _open(self):
        """The file, opened as the handler was told."""
        return self._opener(self.baseFilename, self.mode, errors=self.errors,
                            encoding=self.encoding)

    def close(self):
        """Flush and close the file, if it is open."""
        with self.lock:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(stream, 'close'):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def emit(self, record):
        """Open the file if that was put off, then write the record."""
        stream = self.stream
        if stream is None and (self.mode != 'w' or not self._shut):
            stream = self.stream = self._open()
        if stream:
            super().emit(record)

    def __repr__(self):
        shown = (type(self).__name__, self.baseFilename, getLevelName(self.level))
        return '<%s %s (%s)>' % shown


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level=level)

    @property
    def stream(self):
        return sys.stderr


# Used when a record finds no handler at all.
_stderr_fallback = _StderrHandler(WARNING)
lastResort = _stderr_fallback


class NullHandler(Handler):
    """Discards every record. A library attaches one to its top logger so
    that its records stay quiet when the program configures nothing."""

    def handle(self, record):
        """Discard the record."""

    def emit(self, record):
        """Discard the record."""

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# === loggers =================================================================

class PlaceHolder(object):
    """Takes the place, in the manager's table, of a dotted name that has
    loggers below it but none of its own; remembers those loggers."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _require_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Make getLogger() create instances of `klass`, a subclass of Logger."""
    global _logger_class
    _require_logger_class(klass)
    _logger_class = klass


def getLoggerClass():
    """The class getLogger() creates."""
    return _logger_class


def _ancestor_names(name):
    # The dotted prefixes of `name`, longest first ('a.b.c' -> 'a.b', 'a');
    # a leading dot does not make an empty prefix.
    cuts = [at for at, char in enumerate(name) if char == '.' and at]
    return [name[:at] for at in reversed(cuts)]


class Manager(object):
    """Keeps the loggers by name and wires each one to its nearest ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = NOTSET
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None

    @property
    def disable(self):
        return self._floor

    @disable.setter
    def disable(self, value):
        self._floor = _level_number(value)

    def getLogger(self, name):
        """The logger called `name`, made (and wired into the tree) on first
        request; a placeholder standing for that name is replaced."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _module_guard:
            table = self.loggerDict
            current = table.get(name)
            if current is not None and not isinstance(current, PlaceHolder):
                return current
            made = (self.loggerClass or _logger_class)(name)
            made.manager = self
            table[name] = made
            self._hook_up(made, current)
            return made

    def setLoggerClass(self, klass):
        """Make this manager create instances of `klass`."""
        _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        """Remember a record factory for this manager."""
        self.logRecordFactory = factory

    def _hook_up(self, made, replaced):
        # Give `made` its parent (the nearest real logger among its dotted
        # prefixes, the root when none), registering it with the placeholders
        # met on the way; then take over the loggers that waited on the
        # placeholder `made` replaces.
        table = self.loggerDict
        parent = self.root
        for prefix in _ancestor_names(made.name):
            entry = table.get(prefix)
            if entry is None:
                table[prefix] = PlaceHolder(made)
            elif isinstance(entry, PlaceHolder):
                entry.append(made)
            else:
                parent = entry
                break
        made.parent = parent
        if replaced is None:
            return
        # (the test on the old parent's name is textual, as CPython's is)
        for waiting in replaced.loggerMap:
            if not waiting.parent.name.startswith(made.name):
                waiting.parent = made


    def _forget_verdicts(self):
        # Levels or the disable floor changed: every isEnabledFor answer is stale.
        with _module_guard:
            self.root._verdicts.clear()
            for entry in self.loggerDict.values():
                verdicts = getattr(entry, '_verdicts', None)
                if verdicts is not None:
                    verdicts.clear()


def _call_site(frame):
    # findCaller's answer (stacklevel 1, no stack) for a walk that starts at
    # `frame`: the first frame from there outwards whose code is not
    # logging's own, or the outermost one.
    known = _own_code_files
    while True:
        code = frame.f_code
        path = code.co_filename
        ours = known.get(path)
        if ours is None:
            ours = _classify_code_file(path)
        older = frame.f_back
        if not ours or older is None:
            return path, frame.f_lineno, code.co_name
        frame = older


def _level_method(number, name):
    # Logger.debug, .info, ...: the level is tested before anything else, so
    # an unwanted message costs one method call and a dictionary look-up.
    # A call without keywords, on a logger that keeps Logger's own _log and
    # findCaller, does their work right here: pyrs builds a frame object for
    # every frame below the one asking for its caller, so asking from here
    # spares it the frames of _log and of this function.
    def log_at_level(self, msg, *args, **kwargs):
        if self.isEnabledFor(number):
            if kwargs:
                self._log(number, msg, args, **kwargs)
                return
            if _srcfile:
                kind = type(self)
                own = self.__dict__
                if (kind._log is _plain_log and kind.findCaller is _plain_find_caller
                        and '_log' not in own and 'findCaller' not in own):
                    try:
                        frame = sys._getframe(1)
                    except ValueError:
                        frame = None
                    if frame is not None:
                        path, line, func = _call_site(frame)
                        self.handle(self.makeRecord(self.name, number, path, line, msg,
                                                    args, None, func, None, None))
                        return
            self._log(number, msg, args)
    log_at_level.__name__ = name
    log_at_level.__qualname__ = 'Logger.' + name
    log_at_level.__doc__ = 'Log `msg % args` at ' + name.upper() + '.'
    return log_at_level


def _exc_triple(given):
    # exc_info=... as given to a logging call: a triple, an exception, or
    # anything else true for "the exception being handled".
    if isinstance(given, tuple):
        return given
    if isinstance(given, BaseException):
        return type(given), given, given.__traceback__
    return sys.exc_info()


class Logger(Filterer):
    """A named source of records, placed in the dotted-name hierarchy."""

    def __init__(self, name, level=NOTSET):
        """A logger called `name`; at NOTSET its ancestors decide its level."""
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._verdicts = {}     # level -> isEnabledFor's answer

    def setLevel(self, level):
        """Drop records below `level` (a number or a level name)."""
        self.level = _level_number(level)
        self.manager._forget_verdicts()

    debug = _level_method(DEBUG, 'debug')
    info = _level_method(INFO, 'info')
    warning = _level_method(WARNING, 'warning')
    error = _level_method(ERROR, 'error')
    critical = _level_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        return self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at ERROR together with the exception being handled."""
        kwargs['exc_info'] = exc_info
        self.error(msg, *args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Another name of critical()."""
        return self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log `msg % args` at the integer `level`."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            if not kwargs and _srcfile:
                # as in _level_method: _log and findCaller done here
                kind = type(self)
                own = self.__dict__
                if (kind._log is _plain_log and kind.findCaller is _plain_find_caller
                        and '_log' not in own and 'findCaller' not in own):
                    try:
                        frame = sys._getframe(1)
                    except ValueError:
                        frame = None
                    if frame is not None:
                        path, line, func = _call_site(frame)
                        self.handle(self.makeRecord(self.name, level, path, line, msg,
                                                    args, None, func, None, None))
                        return
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(path, line, function, stack text or None) of the stacklevel-th
        frame, counting outwards, that is not logging's own."""
        # Start from this very frame (logging's own) and go outwards until
        # `stacklevel` frames outside logging have been passed, or the
        # outermost frame is reached.
        known = _own_code_files
        frame = None
        if stacklevel > 0:
            # Taking the caller's frame straight away spares pyrs making a
            # frame object for this one.
            try:
                frame = sys._getframe(1)
            except ValueError:
                pass
        if frame is None:
            frame = sys._getframe(0)
            while stacklevel > 0:
                older = frame.f_back
                if older is None:
                    break
                frame = older
                path = frame.f_code.co_filename
                ours = known.get(path)
                if ours is None:
                    ours = _classify_code_file(path)
                if not ours:
                    stacklevel -= 1
        else:
            while True:
                path = frame.f_code.co_filename
                ours = known.get(path)
                if ours is None:
                    ours = _classify_code_file(path)
                if not ours:
                    stacklevel -= 1
                    if stacklevel <= 0:
                        break
                older = frame.f_back
                if older is None:
                    break
                frame = older
        code = frame.f_code
        stack = _stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args,
                   exc_info, func=None, extra=None, sinfo=None):
        """Create the record (a hook for subclasses); `extra`'s items become
        attributes, but may not replace existing ones."""
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            taken = record.__dict__
            for key in extra:
                if key in taken or key == 'message' or key == 'asctime':
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                taken[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        # Find the caller, resolve exc_info, build the record and handle it.
        where = None
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        if where is None:
            where = ("(unknown file)", 0, "(unknown function)", None)
        if exc_info:
            exc_info = _exc_triple(exc_info)
        path, line, func, stack = where
        self.handle(self.makeRecord(self.name, level, path, line, msg, args,
                                    exc_info, func, extra, stack))

    def handle(self, record):
        """Pass the record to the handlers, unless the logger is disabled or
        a filter refuses it."""
        if self.disabled:
            return
        verdict = self.filter(record)
        if verdict:
            if verdict is not record and isinstance(verdict, LogRecord):
                record = verdict
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Attach `hdlr` (once)."""
        with _module_guard:
            attached = self.handlers
            if hdlr not in attached:
                attached.append(hdlr)

    def removeHandler(self, hdlr):
        """Detach `hdlr`, if attached."""
        with _module_guard:
            attached = self.handlers
            if hdlr in attached:
                attached.remove(hdlr)

    def _chain(self):
        # This logger and the ancestors its records propagate to.
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        """Would a record reach at least one handler (here or above)?"""
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        """Offer the record to the handlers of this logger and of the
        ancestors it propagates to, each taking it from its own level up."""
        heard = False
        node = self
        while node:
            for handler in node.handlers:
                heard = True
                if record.levelno >= handler.level:
                    handler.handle(record)
            node = node.parent if node.propagate else None
        if not heard:
            self._unheard(record)

    def _unheard(self, record):
        # No handler anywhere: lastResort takes it, or, when there is no
        # lastResort, stderr gets a single note per manager.
        fallback = lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
            return
        manager = self.manager
        if raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set (not NOTSET) from this logger up to the root."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Would a record at `level` be processed by this logger?"""
        if self.disabled:
            return False
        known = self._verdicts
        try:
            return known[level]
        except KeyError:
            if self.manager.disable >= level:
                verdict = known[level] = False
            else:
                verdict = known[level] = level >= self.getEffectiveLevel()
            return verdict

    def getChild(self, suffix):
        """The logger `suffix` below this one (a dotted suffix goes deeper)."""
        full = suffix if self is self.root else self.name + '.' + suffix
        return self.manager.getLogger(full)

    def getChildren(self):
        """The set of loggers directly below this one."""
        dots = 0 if self is self.manager.root else self.name.count('.') + 1
        with _module_guard:
            return {entry for entry in self.manager.loggerDict.values()
                    if isinstance(entry, Logger) and entry.parent is self
                    and entry.name.count('.') == dots}

    def __repr__(self):
        shown = (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))
        return '<%s %s (%s)>' % shown

    def __reduce__(self):
        if self is not getLogger(self.name):
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return (getLogger, (self.name,))


# What a logger's _log and findCaller must be for the level methods to do
# their work themselves.
_plain_log = Logger._log
_plain_find_caller = Logger.findCaller


class RootLogger(Logger):
    """The top of the hierarchy; its name is 'root'."""

    def __init__(self, level):
        """The root logger, at `level`."""
        super().__init__('root', level)

    def __reduce__(self):
        return getLogger, ()


_logger_class = Logger


def _deprecated_warn(what):
    import warnings
    warnings.warn(f"The 'warn' {what} is deprecated, use 'warning' instead",
                  DeprecationWarning, 3)


def _adapter_method(number, name):
    # LoggerAdapter.debug, .info, ...: all go through the adapter's log().
    def log_at_level(self, msg, *args, **kwargs):
        self.log(number, msg, *args, **kwargs)
    log_at_level.__name__ = name
    log_at_level.__qualname__ = 'LoggerAdapter.' + name
    log_at_level.__doc__ = 'Log at ' + name.upper() + ' through the wrapped logger.'
    return log_at_level


class LoggerAdapter(object):
    """Wraps a logger so that each call also passes `extra`; override
    process() to change the message or the keyword arguments."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The (msg, kwargs) really logged: kwargs with extra set to ours."""
        kwargs['extra'] = self.extra
        return msg, kwargs

    debug = _adapter_method(DEBUG, 'debug')
    info = _adapter_method(INFO, 'info')
    warning = _adapter_method(WARNING, 'warning')
    error = _adapter_method(ERROR, 'error')
    critical = _adapter_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        return self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at ERROR together with the exception being handled."""
        kwargs['exc_info'] = exc_info
        self.log(ERROR, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log at `level` through the wrapped logger, after process()."""
        if self.isEnabledFor(level):
            final_msg, final_kwargs = self.process(msg, kwargs)
            self.logger.log(level, final_msg, *args, **final_kwargs)

    def isEnabledFor(self, level):
        """The wrapped logger's answer."""
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        """Set the wrapped logger's level."""
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        """The wrapped logger's effective level."""
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        """Whether the wrapped logger reaches a handler."""
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        # lets an adapter wrap another adapter
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        shown = (type(self).__name__, inner.name, getLevelName(inner.getEffectiveLevel()))
        return '<%s %s (%s)>' % shown

    __class_getitem__ = _generic_alias


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# === configuration ===========================================================

def _basic_handlers(options, encoding, errors):
    # The handlers basicConfig attaches: the given ones, or one it makes from
    # filename/filemode or stream. Consumes the options it uses.
    given = options.pop('handlers', None)
    if given is not None:
        if 'stream' in options or 'filename' in options:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        return given
    if 'stream' in options and 'filename' in options:
        raise ValueError("'stream' and 'filename' should not be "
                         "specified together")
    path = options.pop('filename', None)
    mode = options.pop('filemode', 'a')
    if not path:
        return [StreamHandler(options.pop('stream', None))]
    if 'b' in mode:
        errors = None
    else:
        encoding = io.text_encoding(encoding)
    return [FileHandler(path, mode, encoding=encoding, errors=errors)]


def basicConfig(**kwargs):
    """Set up the root logger with a handler and a formatter, unless it has
    handlers already (force=True first removes and closes them).

    Keywords: filename, filemode, format, datefmt, style, level, stream,
    handlers, force, encoding, errors."""
    with _module_guard:
        # these three are taken out whether or not anything gets configured
        encoding, errors = kwargs.pop('encoding', None), kwargs.pop('errors', 'backslashreplace')
        if kwargs.pop('force', False):
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = _basic_handlers(kwargs, encoding, errors)
        datefmt = kwargs.pop('datefmt', None)
        style = kwargs.pop('style', '%')
        default_format = _style_class(style)._basic
        shared = Formatter(kwargs.pop('format', default_format), datefmt, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(shared)
            root.addHandler(handler)
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    """The logger called `name` (created if need be); the root logger for
    no name or 'root'."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    # The module-level functions configure the root logger on first use.
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    """Log at CRITICAL on the root logger."""
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Another name of critical()."""
    return critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log at ERROR on the root logger."""
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log at ERROR, with the exception being handled, on the root logger."""
    kwargs['exc_info'] = exc_info
    error(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    """Log at WARNING on the root logger."""
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn('function')
    return warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log at INFO on the root logger."""
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log at DEBUG on the root logger."""
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log at `level` on the root logger."""
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignore every record at `level` or below, whatever the loggers say."""
    manager = root.manager
    manager.disable = level
    manager._forget_verdicts()


def _flush_then_close(handler):
    # Under the handler's lock: flush (unless flushOnClose says not to),
    # then close; the first failure stops the sequence.
    steps = [handler.close]
    if getattr(handler, 'flushOnClose', True):
        steps.insert(0, handler.flush)
    handler.acquire()
    try:
        for step in steps:
            step()
    finally:
        handler.release()


def shutdown(handlerList=_every_handler):
    """Flush and close the handlers (weak references, newest first); run at exit."""
    for ref in list(handlerList)[::-1]:
        try:
            handler = ref()
            if handler:
                _flush_then_close(handler)
        except BaseException as failure:
            # a stream closed behind the handler's back is not worth a fuss;
            # anything else surfaces only when raiseExceptions asks for it
            if raiseExceptions and not isinstance(failure, (OSError, ValueError)):
                raise


import atexit
atexit.register(shutdown)


# === warnings ================================================================

_original_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    # Stands in for warnings.showwarning while warnings are captured: a
    # warning meant for a file still goes there, the others become records.
    if file is not None:
        if _original_showwarning is not None:
            _original_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger('py.warnings')
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning(text)


_warning_to_log.__name__ = '_showwarning'


def captureWarnings(capture):
    """Route warnings to the 'py.warnings' logger (capture true), or put
    warnings.showwarning back (capture false)."""
    import warnings
    global _original_showwarning
    if capture and _original_showwarning is None:
        _original_showwarning = warnings.showwarning
        warnings.showwarning = _warning_to_log
    elif not capture and _original_showwarning is not None:
        warnings.showwarning = _original_showwarning
        _original_showwarning = None
