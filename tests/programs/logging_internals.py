# logging: placeholders and re-parenting, record attributes, handler and
# formatter corners, basicConfig argument checks, FileHandler output.
import io
import logging
import os
import sys

# a placeholder replaced by a logger adopts the loggers waiting below it
deep = logging.getLogger('p.q.r.s')
mid = logging.getLogger('p.q')
print(deep.parent is mid, mid.parent is logging.root)
top = logging.getLogger('p')
print(mid.parent is top, sorted(logging.root.manager.loggerDict))
ph = logging.root.manager.loggerDict['p.q.r']
print(type(ph).__name__, [l.name for l in ph.loggerMap])
# the prefix test is textual: 'ro' does not adopt 'ro.x' (its parent is 'root')
rox = logging.getLogger('ro.x')
ro = logging.getLogger('ro')
print(rox.parent.name, sorted(l.name for l in logging.root.getChildren() if l.name.startswith(('p', 'ro'))))
print(top.getChild('q.r.s') is deep, top.getChildren() == {mid})

# record attributes in CPython's order
rec = logging.LogRecord('n', logging.WARNING, '/a/b/mod.py', 3, 'hi %s', ('x',), None, 'fn')
print([k for k in vars(rec) if k not in ('created', 'msecs', 'relativeCreated', 'thread', 'process')])
print(rec.threadName, rec.processName, rec.taskName, type(rec.msecs).__name__)
print(logging.LogRecord('n', 20, 'm', 1, '%(a)s', ({'a': 1},), None).args)
print(logging.LogRecord('n', 20, 'm', 1, '%s', ({},), None).args)
print(logging.LogRecord('n', 20, 'm', 1, '%s', ([1],), None).getMessage())

# level method names
print(logging.Logger.debug.__name__, logging.Logger.critical.__qualname__,
      logging.LoggerAdapter.info.__name__, logging.getLevelName(0), logging.getLevelName('WARN'))
print(logging.getLevelName(logging.FATAL), logging.WARN, logging.FATAL)

# style corners
for fmt, style in [('%(a)-10.3f', '%'), ('%(a)*d', '%'), ('%(a).*s', '%'), ('%(a)q', '%'),
                   ('%%(a)s', '%'), ('%(a b)s', '%'), ('{a:>10}', '{'), ('{a:*^+#010,.3f}', '{'),
                   ('{a:{w}}', '{'), ('{a:.{p}e}', '{'), ('{a:.x}', '{'), ('{a[0]}', '{'),
                   ('{a[]}', '{'), ('{a.}', '{'), ('{a!r:>5}', '{'), ('${a}$b $$', '$'),
                   ('$1', '$'), ('${a', '$'), ('$ab_c1', '$'), ('{a:%}', '{'), ('{a:X}', '{')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', repr(fmt))
    except ValueError as e:
        print('ValueError', e)
for fmt, style in [('$asctime', '$'), ('${asctime}', '$'), ('{asctime:>5}', '{'), ('%(asctime)-5s', '%')]:
    print(fmt, logging.Formatter(fmt, style=style).usesTime())
f = logging.Formatter('{levelname}|{extra_field}', style='{', defaults={'extra_field': 'dflt'})
print(f.format(logging.makeLogRecord({'levelname': 'L'})))
f = logging.Formatter('$levelname|$extra_field', style='$', defaults={'extra_field': 'dd'})
print(f.format(logging.makeLogRecord({'levelname': 'L'})))
f = logging.Formatter('%(message)s')
print(repr(f.format(logging.makeLogRecord({'msg': 'ends\n', 'exc_text': 'EXC', 'stack_info': 'STACK'}))))

# handlers
h = logging.StreamHandler(io.StringIO())
print(h, h.setStream(h.stream), type(h.setStream(sys.stdout)).__name__, h)
h.set_name('named')
print(logging.getHandlerByName('named') is h, sorted(logging.getHandlerNames()))
h.close()
print(logging.getHandlerByName('named'), h.name)
try:
    logging.StreamHandler(42).emit(logging.makeLogRecord({}))
except Exception as e:
    print('unexpected', e)
print(logging.StreamHandler[int], logging.LoggerAdapter[str])

fh = logging.FileHandler('internals-test.log', mode='w')
print(os.path.basename(fh.baseFilename), fh.encoding, fh.mode, fh.errors)
lg = logging.getLogger('file')
lg.propagate = False
lg.addHandler(fh)
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg.warning('written %d', 1)
lg.error('written %d', 2)
fh.close()
print(fh.stream)
with open('internals-test.log') as src:
    print(repr(src.read()))
os.remove('internals-test.log')

# basicConfig checks
for kwargs in ({'handlers': [logging.NullHandler()], 'filemode': 'w'},
               {'handlers': [logging.NullHandler()], 'filename': 'x'},
               {'stream': sys.stdout, 'level': 'NOPE'},
               {'stream': sys.stdout, 'format': '{message', 'style': '{'}):
    try:
        logging.basicConfig(force=True, **kwargs)
        print('ok', len(logging.root.handlers))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, force=True, format='%(name)s %(levelname)s %(message)s')
logging.root.setLevel(logging.DEBUG)
logging.fatal('fatal %s', 'msg')
logging.log(5, 'below debug')
logging.log(15, 'between')
logging.getLogger('x.y').log(logging.INFO, 'child')
print(logging.root.manager.disable)
logging.disable()
logging.critical('hidden')
print(logging.root.manager.disable, logging.root.isEnabledFor(60))
logging.disable(0)
logging.critical('visible again')
try:
    logging.root.manager.disable = 'NOPE'
except ValueError as e:
    print('ValueError', e)

# filters that replace the record on a logger
lg2 = logging.getLogger('repl')
def swap(record):
    return logging.makeLogRecord(dict(vars(record), msg='swapped ' + record.msg))
lg2.addFilter(swap)
lg2.warning('original')
lg2.removeFilter(swap)
lg2.addFilter(lambda r: 0)
lg2.warning('dropped')
print(logging.Filterer().filter(rec) is rec)
print('end')
