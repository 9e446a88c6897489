# logging: Formatter styles, LogRecord attributes, exceptions, adapters.
import io
import logging
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
log = logging.getLogger('fmt')
log.propagate = False
log.addHandler(handler)
log.setLevel(logging.DEBUG)


def flush(title):
    print('==', title)
    print(stream.getvalue(), end='')
    stream.seek(0)
    stream.truncate()


def use(fmt, **kwargs):
    handler.setFormatter(logging.Formatter(fmt, **kwargs))


use('%(levelname)-8s|%(name)s|%(message)s|%(levelno)03d')
log.debug('plain')
log.info('args %s and %d', 'text', 42)
log.warning('dict args %(a)s/%(b)s', {'a': 1, 'b': 2})
log.error('percent literal 100%%')
log.critical(12345)
log.info(['not', 'a', 'string'])
flush('percent style')


def where():
    log.info('inside a function')


use('%(filename)s|%(module)s|%(funcName)s|%(lineno)d|%(pathname)s|%(message)s')
log.info('at module level')
where()
flush('caller information')

use('{levelname:>8}|{name!r}|{message}|{levelno:#x}', style='{')
log.warning('brace style %s', 'arg')
use('${levelname}/$name: ${message} $$5', style='$')
log.warning('dollar style')
use('%(levelname)s %(custom)s %(message)s', defaults={'custom': 'default-value'})
log.info('uses defaults')
flush('other styles')

for fmt, style in [('%(message)', '%'), ('no fields here', '%'), ('{message', '{'),
                   ('{}', '{'), ('text', '{'), ('{message!z}', '{'), ('{message:qq}', '{'),
                   ('{bad-name}', '{'), ('{message}}', '{'), ('$', '$'), ('plain', '$'),
                   ('{a.b[c]} {0}', '{'), ('${message', '$'), ('%(x)s', '#')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', repr(fmt))
    except ValueError as e:
        print('ValueError', e)
print(logging.Formatter('{x}', style='{', validate=False)._fmt)

use('%(message)s %(missing)s')
try:
    handler.format(logging.makeLogRecord({'msg': 'm'}))
except ValueError as e:
    print('ValueError', e)

# asctime with a fixed time tuple
fmt = logging.Formatter('%(asctime)s %(message)s')
fmt.converter = lambda secs: (2024, 3, 9, 14, 5, 7, 5, 69, 0)
rec = logging.makeLogRecord({'msg': 'timed', 'created': 0.0, 'msecs': 123.0})
print(fmt.format(rec))
fmt2 = logging.Formatter('[%(asctime)s] %(message)s', datefmt='%d/%m/%y %H:%M:%S %p %j %b %B %a %A')
fmt2.converter = fmt.converter
print(fmt2.format(rec))
fmt3 = logging.Formatter('{asctime}|{message}', style='{')
fmt3.converter = fmt.converter
fmt3.default_msec_format = '%s.%03d'
print(fmt3.format(rec), fmt3.usesTime(), logging.Formatter('%(message)s').usesTime())

# LogRecord
r = logging.LogRecord('rec', logging.INFO, '/some/path/file.py', 7, 'value=%s', ('x',), None, 'func')
print(r, r.getMessage(), r.filename, r.module, r.funcName, r.levelname, r.args)
r2 = logging.LogRecord('rec', 15, 'noext', 1, 'd=%(k)s', ({'k': 'v'},), None)
print(r2.getMessage(), r2.args, r2.levelname, r2.module)
mr = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'extra_attr': 5})
print(mr.getMessage(), mr.extra_attr, mr.levelno, mr.name)

# exceptions
use('%(levelname)s:%(message)s')


def fail(n):
    return 10 // n


try:
    fail(0)
except ZeroDivisionError:
    log.exception('division failed for %d', 0)
try:
    raise KeyError('missing')
except KeyError as exc:
    log.error('caught %r', exc, exc_info=True)
    log.warning('caught as instance', exc_info=exc)
log.error('no exception', exc_info=True)
log.info('explicit tuple', exc_info=(ValueError, ValueError('tuple'), None))
flush('exceptions')

# extra and LoggerAdapter
use('%(levelname)s [%(user)s] %(message)s')
log.info('with extra', extra={'user': 'alice'})
try:
    log.info('bad extra', extra={'message': 'x'})
except KeyError as e:
    print('KeyError', e)
try:
    log.info('bad extra', extra={'levelname': 'x'})
except KeyError as e:
    print('KeyError', e)
adapter = logging.LoggerAdapter(log, {'user': 'bob'})
adapter.info('adapter info %s', 'arg')
adapter.debug('adapter debug')
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.name)


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '<%s> %s' % (self.extra['user'], msg), kwargs


use('%(levelname)s %(message)s')
Prefixed(log, {'user': 'carol'}).warning('custom process')
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception('adapter exception')
flush('extra and adapters')

# BufferingFormatter
records = [logging.makeLogRecord({'msg': 'rec %d' % i}) for i in range(3)]


class Lines(logging.BufferingFormatter):
    def formatHeader(self, records):
        return 'start(%d);' % len(records)

    def formatFooter(self, records):
        return ';end'


print(logging.BufferingFormatter().format(records))
print(Lines(logging.Formatter('%(message)s,')).format(records))
print(repr(logging.BufferingFormatter().format([])))
