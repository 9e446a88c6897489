# logging: basicConfig, module-level functions, lastResort, handleError, warnings.
import io
import logging
import sys
import warnings

# lastResort prints bare WARNING+ messages to sys.stderr when nothing is configured
saved_stderr = sys.stderr
sys.stderr = sys.stdout
logging.getLogger('nobody').warning('last resort %s', 'warning')
logging.getLogger('nobody').info('info is dropped')
logging.getLogger('nobody').error('last resort error')
saved_last = logging.lastResort
logging.lastResort = None
logging.getLogger('nobody').error('no handlers at all')
logging.getLogger('nobody').error('reported once only')
logging.lastResort = saved_last
sys.stderr = saved_stderr

# basicConfig on stdout
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s:%(name)s:%(message)s')
print(logging.root.handlers, logging.root.level)
logging.info('module-level info %d', 1)
logging.debug('module-level debug')
logging.warning('module-level warning')
logging.log(logging.ERROR, 'module-level log')
logging.getLogger('child.of.root').info('propagated to root')
# basicConfig does nothing once the root logger has handlers
logging.basicConfig(format='IGNORED %(message)s')
logging.error('still the first format')
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('module-level exception')

# force=True replaces the handlers; style and the default formats
logging.basicConfig(stream=sys.stdout, force=True, style='{')
logging.warning('default brace format')
logging.basicConfig(stream=sys.stdout, force=True, style='$', format='$levelname - $message')
logging.critical('dollar format')
logging.basicConfig(stream=sys.stdout, force=True)
logging.error('BASIC_FORMAT %s', logging.BASIC_FORMAT)

buf = io.StringIO()
h1 = logging.StreamHandler(buf)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('h2 has its own: %(message)s'))
logging.basicConfig(handlers=[h1, h2], force=True, format='%(levelname)s %(message)s', level='DEBUG')
logging.debug('to both handlers')
print(repr(buf.getvalue()))

for kwargs in ({'stream': sys.stdout, 'filename': 'x.log'},
               {'handlers': [h1], 'stream': sys.stdout},
               {'style': '?'},
               {'unknown': 1, 'other': 2}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print('ValueError', e)
print(len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, force=True, format='%(message)s', level=logging.INFO)

# handleError: formatting errors go to sys.stderr, the program goes on
err = io.StringIO()
sys.stderr = err
logging.info('%d is not a number', 'abc')
logging.info('two args %s %s', 'only one')
sys.stderr = saved_stderr
lines = err.getvalue().splitlines()
print(lines[0])
print([l for l in lines if l.startswith(('TypeError', 'Message', 'Arguments', 'Call stack'))])
logging.raiseExceptions = False
logging.info('%d silent', 'abc')
logging.raiseExceptions = True
logging.info('after the errors')

# NullHandler and FileHandler without a file
lib = logging.getLogger('library')
lib.addHandler(logging.NullHandler())
lib.propagate = False
lib.error('swallowed by NullHandler')
fh = logging.FileHandler('never-written.log', mode='w', delay=True)
print(fh, fh.stream, fh.mode, fh.delay)
fh.close()

# captureWarnings
logging.captureWarnings(True)
pyw = logging.getLogger('py.warnings')
pyw.propagate = False
wh = logging.StreamHandler(sys.stdout)
wh.setFormatter(logging.Formatter('captured %(levelname)s %(name)s: %(message)s'))
pyw.addHandler(wh)
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('a user warning')
    warnings.warn('deprecated thing', DeprecationWarning)
logging.captureWarnings(False)
print(warnings.showwarning.__name__)

# warn is deprecated
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    logging.getLogger('old').warn('old style warn')
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

logging.shutdown()
print('done')
