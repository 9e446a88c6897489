# logging.config.dictConfig: formatters (with '()' factories), filters,
# handlers (class, level, formatter, filters, kwargs, '.' properties, file
# handlers in the test directory), loggers, root, propagate.
import logging
import logging.config
import logging.handlers
import os
import sys

os.chdir(os.path.dirname(os.path.abspath(__file__)))


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


def make_formatter(fmt, tag='T'):
    f = logging.Formatter(tag + '|' + fmt)
    return f


class OnlyEven(logging.Filter):
    def __init__(self, mod=2):
        super().__init__()
        self.mod = mod

    def filter(self, record):
        return record.args and record.args[0] % self.mod == 0


class Collect(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        super().__init__(level)
        self.tag = tag
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record))


CONFIG = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'braces': {'format': '{levelname} {message}', 'style': '{'},
        'upper': {'()': Upper, 'format': '%(message)s'},
        'fact': {'()': make_formatter, 'fmt': '%(message)s', 'tag': 'F'},
        'withdef': {'format': '%(message)s %(extra)s', 'defaults': {'extra': '-'}},
    },
    'filters': {
        'even': {'()': OnlyEven},
        'by3': {'()': OnlyEven, 'mod': 3},
        'app': {'name': 'app.sub'},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'formatter': 'brief',
                'stream': 'ext://sys.stdout', 'level': 'INFO'},
        'braced': {'class': 'logging.StreamHandler', 'formatter': 'braces',
                   'stream': 'ext://sys.stdout', 'filters': ['even']},
        'file': {'class': 'logging.FileHandler', 'filename': 'lcd_out.log',
                 'mode': 'w', 'formatter': 'upper', '.': {'terminator': ';\n'}},
        'custom': {'()': Collect, 'tag': 'c', 'formatter': 'fact',
                   'filters': ['by3']},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 3,
                'target': 'zfile', 'flushLevel': 40},
        'zfile': {'class': 'logging.handlers.RotatingFileHandler',
                  'filename': 'lcd_rot.log', 'maxBytes': 40, 'backupCount': 1,
                  'formatter': 'withdef'},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['out', 'file'], 'propagate': False},
        'app.sub': {'handlers': ['braced'], 'filters': ['app']},
        'calc': {'level': 10, 'handlers': ['custom', 'mem'], 'propagate': 0},
    },
    'root': {'level': 'WARNING', 'handlers': ['out']},
}

logging.config.dictConfig(CONFIG)
print(sorted(logging.getHandlerNames()))
app = logging.getLogger('app')
print(app.level, app.propagate, [h.name for h in app.handlers])
print(logging.getLogger('app.sub').level, logging.getLogger().level)
app.debug('debug is below the handler level')
app.info('hello %s', 'world')
logging.getLogger('app.sub').warning('sub %d', 4)
logging.getLogger('app.sub').warning('sub %d', 5)
logging.getLogger('other').warning('to root')
logging.getLogger('other').info('not shown')
calc = logging.getLogger('calc')
for i in range(7):
    calc.info('n=%d', i)
calc.error('failure %d', 9)
custom = logging.getHandlerByName('custom')
print(type(custom).__name__, custom.tag, custom.seen)
mem = logging.getHandlerByName('mem')
print(type(mem).__name__, mem.capacity, mem.flushLevel, mem.target.name, len(mem.buffer))
print(logging.getHandlerByName('file').terminator == ';\n')
fmt = logging.getHandlerByName('braced').formatter
print(type(fmt).__name__, fmt._fmt, type(logging.getHandlerByName('file').formatter).__name__)
logging.shutdown()
for name in sorted(os.listdir('.')):
    if name.startswith('lcd_'):
        with open(name) as f:
            print(name, repr(f.read()))
        os.remove(name)

# a second configuration replaces the first; existing loggers are disabled
logging.config.dictConfig({
    'version': 1,
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                       'formatter': 'f'}},
    'formatters': {'f': {'format': '2nd %(name)s %(message)s'}},
    'loggers': {'calc': {'handlers': ['h'], 'level': 'INFO'}},
})
print(sorted(logging.getHandlerNames()))
print(app.disabled, calc.disabled, logging.getLogger('app.sub').disabled)
print(app.handlers, calc.handlers[0].name, logging.getLogger().handlers)
calc.info('calc still works')
app.warning('app is disabled')

# disable_existing_loggers False and child loggers of a configured one
logging.getLogger('calc.deep').setLevel(logging.ERROR)
logging.getLogger('calc.deep').propagate = False
logging.config.dictConfig({
    'version': 1, 'disable_existing_loggers': False,
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                       'formatter': 'f'}},
    'formatters': {'f': {'format': '3rd %(name)s %(message)s'}},
    'loggers': {'calc': {'handlers': ['h']}},
})
deep = logging.getLogger('calc.deep')
print(app.disabled, deep.level, deep.propagate, deep.disabled)
deep.info('deep via calc')
