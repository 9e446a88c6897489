"""Differential checks for logging's direct path: the level methods and log()
finding the caller themselves, the isEnabledFor cache, filters handing back
records, StreamHandler.flush, and every override that must turn the direct
path off (subclasses, instance attributes, monkeypatched classes, _srcfile)."""

import io
import logging
import os
import sys


def show(label, value):
    print('%s: %r' % (label, value))


def attempt(label, func, *args, **kwargs):
    try:
        show(label, func(*args, **kwargs))
    except Exception as exc:
        print('%s: %s %s' % (label, type(exc).__name__, exc))


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def where(record):
    return '%s:%s:%s:%s' % (os.path.basename(record.pathname), record.lineno,
                            record.funcName, record.module)


box = Collect()
log = logging.getLogger('fast2')
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(box)
stream = io.StringIO()
text = logging.StreamHandler(stream)
text.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s'))
log.addHandler(text)


def last():
    return where(box.records[-1]), box.records[-1].getMessage()


# ---------------------------------------------------------------- call sites

log.debug('module level %s', 1)
show('module debug', last())
log.info('info')
show('module info', last())
log.warning('warning %d%%', 50)
show('module warning', last())
log.error('error %(x)s', {'x': 'mapped'})
show('module error', last())
log.critical('critical')
show('module critical', last())
log.fatal('fatal')
show('module fatal', last())
log.log(25, 'log at 25 %s', 'args')
show('module log', last())
show('levelname 25', box.records[-1].levelname)


def plain_function():
    log.warning('in function')
    return last()


show('function', plain_function())


def nested():
    def inner():
        log.info('in inner')
        return last()
    return inner()


show('nested', nested())
show('lambda', (lambda: (log.info('in lambda'), last())[1])())
show('comprehension', [(log.info('comp %d', i), last())[1] for i in range(2)])
show('generator', list((log.info('gen %d', i), last())[1] for i in range(2)))
show('map', list(map(log.info, ['via map'])))
show('map record', last())
show('sorted key', sorted([2, 1], key=lambda v: (log.debug('key %s', v), v)[1]))
show('sorted record', last())


class Body:
    log.info('class body')
    here = last()


show('class body', Body.here)


def gen_fn():
    log.info('generator body')
    yield last()


show('generator body', next(gen_fn()))


class WithMethod:
    def method(self):
        log.warning('from method')
        return last()

    @property
    def prop(self):
        log.warning('from property')
        return last()


show('method', WithMethod().method())
show('property', WithMethod().prop)

# module-level functions go through the root logger
root_box = Collect()
logging.root.addHandler(root_box)
logging.root.setLevel(logging.DEBUG)


def module_functions():
    logging.warning('module warning %s', 'fn')
    logging.info('module info')
    logging.log(15, 'module log')
    return [(where(r), r.getMessage()) for r in root_box.records[-3:]]


show('module functions', module_functions())

# keywords still go the general way
log.warning('with extra', extra={'colour': 'red'})
show('extra', (last(), box.records[-1].colour))
log.warning('stacklevel 2', stacklevel=2)
show('stacklevel 2 at module', last())


def helper():
    log.warning('stacklevel from helper', stacklevel=2)


def calls_helper():
    helper()
    return last()


show('stacklevel caller', calls_helper())
try:
    {}['missing']
except KeyError:
    log.exception('caught')
    show('exception', (last(), box.records[-1].exc_info[0].__name__))
log.info('stack', stack_info=True)
show('stack_info', box.records[-1].stack_info.splitlines()[0])
show('stack_info last', box.records[-1].stack_info.splitlines()[-1].strip())
attempt('bad keyword', log.warning, 'x', colour='red')
attempt('log bad keyword', log.log, 30, 'x', colour='red')
attempt('log level str', log.log, 'WARNING', 'x')
attempt('log level None', log.log, None, 'x')
attempt('log level float', log.log, 30.0, 'x')
log.log(True, 'bool level')       # True is an int: level 1, below DEBUG
show('bool level dropped', box.records[-1].getMessage())
log.setLevel(1)
log.log(True, 'bool level')
show('bool level kept', (box.records[-1].levelno, box.records[-1].levelname))
log.setLevel(logging.DEBUG)

# ---------------------------------------------------------------- record fields

log.warning('fields %s %s', 'a', 'b')
rec = box.records[-1]
show('vars order', list(vars(rec)))
show('types', [type(getattr(rec, k)).__name__ for k in (
    'name', 'msg', 'args', 'levelname', 'levelno', 'pathname', 'filename', 'module',
    'exc_info', 'exc_text', 'stack_info', 'lineno', 'funcName', 'created', 'msecs',
    'relativeCreated', 'thread', 'threadName', 'processName', 'process', 'taskName')])
show('values', (rec.name, rec.msg, rec.args, rec.levelname, rec.levelno, rec.filename,
                rec.exc_info, rec.exc_text, rec.stack_info, rec.threadName,
                rec.processName, rec.taskName, rec.process == os.getpid()))
show('msecs', 0 <= rec.msecs < 1000 and rec.msecs == int(rec.msecs))
show('stream text', stream.getvalue().splitlines()[-1])
attempt('bad format args', log.warning, 'needs %d', 'text')
show('bad format record', box.records[-1].args)

# ---------------------------------------------------------------- overrides


class OwnLog(logging.Logger):
    def _log(self, level, msg, args, **kwargs):
        print('OwnLog._log', level, msg, args, sorted(kwargs))


own = OwnLog('own.log')
own.warning('via subclass _log %s', 1)
own.log(20, 'log via subclass _log')
own.info('with keyword', stacklevel=1)


class OwnCaller(logging.Logger):
    def findCaller(self, stack_info=False, stacklevel=1):
        return ('elsewhere.py', 99, 'somewhere', None)


oc = OwnCaller('own.caller')
oc.addHandler(box)
oc.warning('custom caller')
show('subclass findCaller', last())
oc.log(30, 'custom caller log')
show('subclass findCaller log', last())


class OwnRecord(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        record = super().makeRecord(*args, **kwargs)
        record.made_by = 'OwnRecord'
        return record


orl = OwnRecord('own.record')
orl.addHandler(box)
orl.error('custom record')
show('subclass makeRecord', (last(), box.records[-1].made_by))


class OwnHandle(logging.Logger):
    def handle(self, record):
        print('OwnHandle.handle', where(record), record.getMessage())


OwnHandle('own.handle').critical('custom handle')

# instance attributes
inst = logging.getLogger('inst')
inst.propagate = False
inst.addHandler(box)
inst._log = lambda level, msg, args, **kw: print('instance _log', level, msg, args)
inst.warning('instance override %s', 'x')
inst.log(40, 'instance override log')
del inst._log
inst.findCaller = lambda stack_info=False, stacklevel=1: ('inst.py', 5, 'inst_fn', None)
inst.warning('instance findCaller')
show('instance findCaller', last())
del inst.findCaller
inst.warning('instance restored')
show('instance restored', last())
inst.makeRecord = lambda *a: logging.makeLogRecord({'msg': 'made by instance', 'levelno': 30})
inst.warning('ignored text')
show('instance makeRecord', box.records[-1].getMessage())
del inst.makeRecord
inst.handle = lambda record: print('instance handle', where(record))
inst.warning('instance handle')
del inst.handle
inst.isEnabledFor = lambda level: level >= 40
inst.warning('refused by instance isEnabledFor')
inst.error('accepted by instance isEnabledFor')
show('instance isEnabledFor', last())
del inst.isEnabledFor

# monkeypatched class
saved = logging.Logger.findCaller
logging.Logger.findCaller = lambda self, stack_info=False, stacklevel=1: ('patched.py', 1, 'patched', None)
log.warning('patched class')
show('patched findCaller', last())
logging.Logger.findCaller = saved
log.warning('unpatched')
show('unpatched', last())
saved_log = logging.Logger._log
logging.Logger._log = lambda self, level, msg, args, **kw: print('patched _log', self.name, level, msg)
log.info('patched _log')
logging.Logger._log = saved_log

# no caller look-up at all
logging._srcfile = None
log.warning('no srcfile')
show('no srcfile', last())
log.log(30, 'no srcfile log')
show('no srcfile log', last())
show('findCaller anyway', log.findCaller()[2])
logging._srcfile = os.path.normcase(logging.getLevelName.__code__.co_filename)
log.warning('srcfile back')
show('srcfile back', last())

# a record factory
previous = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = previous(*args, **kwargs)
    record.custom = 'factory'
    return record


logging.setLogRecordFactory(factory)
log.warning('from factory')
show('factory', (last(), box.records[-1].custom))
logging.setLogRecordFactory(previous)

# ---------------------------------------------------------------- isEnabledFor

lvl = logging.getLogger('lvl.child')
parent = logging.getLogger('lvl')
show('enabled default', [lvl.isEnabledFor(n) for n in (5, 10, 20, 30, 40)])
parent.setLevel(logging.ERROR)
show('after parent setLevel', [lvl.isEnabledFor(n) for n in (5, 10, 20, 30, 40)])
lvl.setLevel('INFO')
show('after own setLevel', [lvl.isEnabledFor(n) for n in (5, 10, 20, 30, 40)])
logging.disable(logging.WARNING)
show('after disable', [lvl.isEnabledFor(n) for n in (5, 10, 20, 30, 40)])
logging.disable(logging.NOTSET)
show('after disable off', [lvl.isEnabledFor(n) for n in (5, 10, 20, 30, 40)])
lvl.disabled = True
show('disabled', [lvl.isEnabledFor(n) for n in (5, 10, 20, 30, 40)])
lvl.disabled = False
show('enabled again', [lvl.isEnabledFor(n) for n in (5, 10, 20, 30, 40)])
attempt('unhashable level', lvl.isEnabledFor, [30])
attempt('str level', lvl.isEnabledFor, 'INFO')
try:
    lvl.isEnabledFor('INFO')
except TypeError as exc:
    show('str level context', type(exc.__context__).__name__)
attempt('str level again', lvl.isEnabledFor, 'INFO')


class Level:
    # compares like an int, but hands back non-bool answers
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return self.n == getattr(other, 'n', other)

    def __ge__(self, other):
        return 'ge' if self.n >= getattr(other, 'n', other) else ''

    def __le__(self, other):
        return 'le' if self.n <= getattr(other, 'n', other) else ''

    def __gt__(self, other):
        return 'gt' if self.n > getattr(other, 'n', other) else ''

    def __lt__(self, other):
        return 'lt' if self.n < getattr(other, 'n', other) else ''


show('odd level objects', [lvl.isEnabledFor(Level(n)) for n in (5, 20, 45)])
show('odd levels', [lvl.isEnabledFor(n) for n in (25.5, True, 10 ** 20, -1)])
parent.setLevel(logging.NOTSET)
lvl.setLevel(logging.NOTSET)
show('reset', [lvl.isEnabledFor(n) for n in (5, 10, 20, 30, 40)])

# ---------------------------------------------------------------- filters


class Swap(logging.Filter):
    def filter(self, record):
        clone = logging.makeLogRecord(record.__dict__)
        clone.msg = 'swapped: ' + str(record.msg)
        return clone


class Falsy(logging.Filter):
    def filter(self, record):
        return 0


class Truthy(logging.Filter):
    def filter(self, record):
        return 'yes'


flog = logging.getLogger('filters')
flog.propagate = False
fbox = Collect()
flog.addHandler(fbox)
flog.addFilter(Swap())
flog.warning('logger filter')
show('logger swap', (fbox.records[-1].getMessage(), where(fbox.records[-1])))
fbox.addFilter(Truthy())
flog.warning('handler truthy')
show('handler truthy', fbox.records[-1].getMessage())
fbox.addFilter(Swap())
flog.warning('handler swap')
show('handler swap', fbox.records[-1].getMessage())
fbox.addFilter(Falsy())
flog.warning('refused')
show('handler refused', fbox.records[-1].getMessage())
show('handle verdict', fbox.handle(logging.makeLogRecord({'msg': 'direct'})))
fbox.filters.clear()
show('handle verdict plain', type(fbox.handle(logging.makeLogRecord({'msg': 'direct'}))).__name__)
flog.filters.clear()
flog.addFilter(lambda record: None)
flog.warning('callable refused')
show('callable refused', fbox.records[-1].getMessage())

# ---------------------------------------------------------------- StreamHandler


class NoFlush:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


class NoneFlush(NoFlush):
    flush = None


class CountFlush(NoFlush):
    flushes = 0

    def flush(self):
        self.flushes += 1


class PropFlush(NoFlush):
    @property
    def flush(self):
        raise AttributeError('no flush here')


slog = logging.getLogger('streams')
slog.propagate = False
for kind in (NoFlush, NoneFlush, CountFlush, PropFlush):
    target = kind()
    handler = logging.StreamHandler(target)
    slog.addHandler(handler)
    errors = io.StringIO()
    real_stderr, sys.stderr = sys.stderr, errors
    slog.warning('to %s', kind.__name__)
    sys.stderr = real_stderr
    show('errors ' + kind.__name__, errors.getvalue().splitlines()[-2:])
    slog.removeHandler(handler)
    attempt('flush ' + kind.__name__, handler.flush)
    show(kind.__name__, (target.parts, getattr(target, 'flushes', None)))
    handler.stream = io.StringIO()


class BadFlush(NoFlush):
    def flush(self):
        raise OSError('flush failed')


errors = io.StringIO()
real_stderr, sys.stderr = sys.stderr, errors
handler = logging.StreamHandler(BadFlush())
slog.addHandler(handler)
slog.warning('flush fails')
slog.removeHandler(handler)
sys.stderr = real_stderr
report = errors.getvalue().splitlines()
show('flush error report', (report[0], report[-2:]))
attempt('direct flush error', handler.flush)


class Locked(logging.Handler):
    def emit(self, record):
        print('emit holds lock', self.lock._is_owned())


lh = Locked()
slog.addHandler(lh)
slog.warning('lock check')
show('lock after', lh.lock._is_owned())
slog.removeHandler(lh)
lh.lock = None
slog.addHandler(lh)
attempt('no lock emit', slog.warning, 'x')
slog.removeHandler(lh)

# closed stream: the error is reported, not raised
closed = io.StringIO()
handler = logging.StreamHandler(closed)
closed.close()
errors = io.StringIO()
sys.stderr = errors
slog.addHandler(handler)
slog.warning('to closed stream')
slog.removeHandler(handler)
sys.stderr = real_stderr
show('closed stream report', (errors.getvalue().splitlines()[0], errors.getvalue().splitlines()[-2:]))

# terminators and formatters
handler = logging.StreamHandler(io.StringIO())
handler.terminator = '<END>'
handler.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
slog.addHandler(handler)
slog.error('braces %s', 'ok')
slog.removeHandler(handler)
show('terminator', handler.stream.getvalue())
handler = logging.StreamHandler(io.StringIO())
handler.setFormatter(logging.Formatter('%(asctime)s %(message)s', datefmt='%Y'))
slog.addHandler(handler)
slog.error('dated')
slog.removeHandler(handler)
show('datefmt', handler.stream.getvalue()[4:])
show('done', len(box.records))
