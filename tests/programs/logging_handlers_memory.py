# logging.handlers: BufferingHandler, MemoryHandler, QueueHandler,
# QueueListener (processed when stopped), the network handlers' bookkeeping.
import logging
import logging.handlers as H
import queue
import io
import sys


class ListHandler(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        super().__init__(level)
        self.tag = tag

    def emit(self, record):
        print(self.tag, record.levelname, self.format(record))


def record(msg, level=logging.INFO, args=None):
    return logging.makeLogRecord({'msg': msg, 'args': args, 'levelno': level,
                                  'levelname': logging.getLevelName(level)})


b = H.BufferingHandler(3)
print(b, b.capacity, b.buffer)
for i in range(5):
    b.handle(record('r%d' % i))
    print(i, [r.msg for r in b.buffer], b.shouldFlush(record('q')))
b.close()
print(b.buffer)

target = ListHandler('T')
m = H.MemoryHandler(4, flushLevel=logging.ERROR, target=target)
print(m, m.capacity, m.flushLevel, m.flushOnClose, m.target is target)
for i, level in enumerate([logging.INFO, logging.DEBUG, logging.ERROR,
                           logging.INFO, logging.INFO, logging.INFO,
                           logging.WARNING, logging.INFO]):
    m.handle(record('m%d' % i, level))
    print('held', len(m.buffer))
m.close()
print('closed', m.target, len(m.buffer))

m = H.MemoryHandler(2, flushOnClose=False)
m.handle(record('a'))
m.handle(record('b'))
m.handle(record('c', logging.CRITICAL))
print('no target keeps', [r.msg for r in m.buffer])
m.setTarget(ListHandler('late'))
m.flush()
m.handle(record('d'))
m.close()
print('after close', [r.msg for r in m.buffer])

# through a logger
log = logging.getLogger('mem.demo')
log.propagate = False
log.setLevel(logging.DEBUG)
mh = H.MemoryHandler(10, target=ListHandler('L'))
log.addHandler(mh)
log.debug('first %s', 'arg')
log.info('second')
print('buffered', len(mh.buffer))
log.error('boom %d', 42)
print('buffered', len(mh.buffer))
log.removeHandler(mh)
mh.close()

# queue handler and listener
q = queue.Queue()
qh = H.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
print(qh, qh.queue is q, qh.listener)
original = record('value %d', logging.WARNING, (7,))
qh.handle(original)
got = q.get_nowait()
print(got.msg, got.args, got.message, got.exc_info, got is original, original.msg)
try:
    raise ValueError('bad')
except ValueError:
    qh.handle(logging.makeLogRecord({'msg': 'failed', 'exc_info': sys.exc_info(),
                                     'levelname': 'ERROR', 'levelno': 40}))
got = q.get_nowait()
print(got.msg.splitlines()[0], got.msg.splitlines()[-1], got.exc_info, got.exc_text)

low, high = ListHandler('low'), ListHandler('high', logging.ERROR)
listener = H.QueueListener(q, low, high)
print(listener.handlers == (low, high), listener.respect_handler_level)
listener.start()
for i, level in enumerate([logging.INFO, logging.ERROR]):
    q.put_nowait(record('queued %d' % i, level))
listener.stop()
print('empty', q.empty())
listener = H.QueueListener(q, low, high, respect_handler_level=True)
listener.start()
q.put_nowait(record('only low', logging.INFO))
q.put_nowait(record('both', logging.CRITICAL))
listener.stop()
try:
    listener.stop()
except AttributeError as e:
    print(type(e).__name__, e)

# network handlers can be built; their settings
s = H.SysLogHandler()
print(s.address, s.facility, s.encodePriority('local0', 'err'),
      s.encodePriority(s.LOG_USER, s.LOG_INFO), s.mapPriority('ERROR'),
      s.mapPriority('TRACE'), s.priority_names['warn'], s.facility_names['cron'])
sk = H.SocketHandler('localhost', H.DEFAULT_TCP_LOGGING_PORT)
print(sk.host, sk.port, sk.address, sk.retryStart, sk.retryMax, sk.closeOnError)
print(H.DEFAULT_UDP_LOGGING_PORT, H.DEFAULT_HTTP_LOGGING_PORT,
      H.DEFAULT_SOAP_LOGGING_PORT, H.SYSLOG_UDP_PORT, H.SYSLOG_TCP_PORT)
try:
    H.HTTPHandler('localhost', '/log', method='PUT')
except ValueError as e:
    print(type(e).__name__, e)
try:
    H.HTTPHandler('localhost', '/log', context=object())
except ValueError as e:
    print(type(e).__name__, e)
sm = H.SMTPHandler(('mail', 25), 'me@x', 'you@y', 'Subj', credentials=('u', 'p'))
print(sm.mailhost, sm.mailport, sm.toaddrs, sm.username, sm.getSubject(None))
print(H.NullHandler is logging.NullHandler if hasattr(H, 'NullHandler') else 'n/a')
