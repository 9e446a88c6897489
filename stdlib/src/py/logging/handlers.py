"""Additional logging handlers (CPython's logging.handlers module, written for pyrs).

WASI offers no sockets and no threads, so:
  * SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler and HTTPHandler
    can be built, but sending a record fails with OSError (reported through
    handleError, like any other failure inside emit());
  * QueueListener runs no thread: the records queued for it are handed to its
    handlers when stop() is called, or at any time by calling _drain().
"""

import copy
import io
import logging
import os
import queue
import re
import time
from stat import ST_DEV, ST_INO, ST_MTIME

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60
_NO_NETWORK = 'network logging is not available on WASI (no sockets)'


# === files that are renamed as they grow or age ===============================

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that, before writing a record, may move the current
    file aside (a "rollover") and start a fresh one. Subclasses decide when
    (shouldRollover) and how (doRollover).

    `namer(default_name)` may choose the names of the old files and
    `rotator(source, dest)` may replace the plain rename."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        super().__init__(filename, mode, encoding, delay, errors)
        # keep what was asked for, not what FileHandler made of it
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        """Roll the file over when it is time, then write the record."""
        try:
            due = self.shouldRollover(record)
            if due:
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name an old file gets: `default_name` unless a namer says
        otherwise."""
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        """Move `source` to `dest` (or let the rotator do it)."""
        rotator = self.rotator
        if callable(rotator):
            rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _shut_stream(self):
        stream, self.stream = self.stream, None
        if stream:
            stream.close()

    def _open_now(self):
        return self._open()

    def _fresh_stream(self):
        # a new file, unless opening was put off (delay)
        if not self.delay:
            self.stream = self._open_now()

    def _is_special_file(self):
        # Something other than a regular file (a device, a pipe) never rolls.
        path = self.baseFilename
        return os.path.exists(path) and not os.path.isfile(path)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes,
    keeping backupCount old ones as NAME.1 (the newest), NAME.2 and so on."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'      # truncating would defeat the size limit
        text_mode = 'b' not in mode
        super().__init__(filename, mode,
                         io.text_encoding(encoding) if text_mode else encoding,
                         delay, errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def _numbered(self, n):
        return self.rotation_filename('%s.%d' % (self.baseFilename, n))

    def doRollover(self):
        """Shift NAME.i to NAME.i+1, the current file to NAME.1, and reopen."""
        self._shut_stream()
        if self.backupCount > 0:
            for n in range(self.backupCount - 1, 0, -1):
                older, newer = self._numbered(n), self._numbered(n + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self._numbered(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        self._fresh_stream()

    def shouldRollover(self, record):
        """True when writing `record` would take the file to maxBytes."""
        if self._is_special_file():
            return False
        if self.stream is None:
            self.stream = self._open_now()
        if self.maxBytes <= 0:
            return False
        line = '%s\n' % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(line) >= self.maxBytes


# when -> (seconds per unit, date suffix of old files, what the suffix looks like)
_PERIODS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}'),
    'M': (60, '%Y-%m-%d_%H-%M', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}'),
    'H': (60 * 60, '%Y-%m-%d_%H', r'\d{4}-\d{2}-\d{2}_\d{2}'),
    'D': (_MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
    'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
    'W': (7 * _MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file at fixed times: every `interval` seconds (S),
    minutes (M), hours (H) or days (D), at midnight (MIDNIGHT) or on a
    weekday (W0 = Monday ... W6). Old files are named after the start of the
    period they cover, and only the newest backupCount are kept."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        super().__init__(filename, 'a', io.text_encoding(encoding), delay, errors)
        self.when = when.upper()
        self.backupCount, self.utc, self.atTime = backupCount, utc, atTime
        kind = self.when
        if kind.startswith('W'):
            if len(kind) != 2:
                raise ValueError('You must specify a day for weekly rollover '
                                 'from 0 to 6 (0 is Monday): %s' % self.when)
            if kind[1] not in '0123456':
                raise ValueError('Invalid day specified for weekly rollover: %s'
                                 % self.when)
            self.dayOfWeek = int(kind[1])
            kind = 'W'
        if kind not in _PERIODS:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        unit, self.suffix, shape = _PERIODS[kind]
        self.extMatch = re.compile(r'^%s(\.\w+)?$' % shape, re.ASCII)
        self.interval = unit * interval
        path = self.baseFilename
        if os.path.exists(path):
            since = int(os.stat(path)[ST_MTIME])
        else:
            since = int(time.time())
        self.rolloverAt = self.computeRollover(since)

    def _clock(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def computeRollover(self, currentTime):
        """When the period that contains `currentTime` ends."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        now = self._clock(currentTime)
        # seconds from now until the next rollover time of day
        at = self.atTime
        target = _MIDNIGHT if at is None else (at.hour * 60 + at.minute) * 60 + at.second
        wait = target - ((now[3] * 60 + now[4]) * 60 + now[5])
        weekday = now[6]
        if wait <= 0:
            # that time of day has passed: it comes again tomorrow
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        moment = currentTime + wait
        if self.when[0] == 'W':
            days = (self.dayOfWeek - weekday) % 7
            if days:
                later = moment + days * _MIDNIGHT
                if not self.utc:
                    # keep the wall-clock time across a DST change
                    shift = now[-1] - time.localtime(later)[-1]
                    if shift:
                        later += 3600 if shift > 0 else -3600
                moment = later
        return moment

    def shouldRollover(self, record):
        """True once the current period is over."""
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if self._is_special_file():
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The old files beyond the newest backupCount."""
        folder, base = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(base)
        lead = stem + '.'
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                if not name.startswith(base):
                    continue
            elif (not name.startswith(base) and name.endswith(ext)
                    and len(name) > len(lead) + 1
                    and not name[len(lead) + 1].isdigit()):
                continue
            if not name.startswith(lead):
                continue
            # the date may be any dot-separated part of the rest
            if any(self.extMatch.match(part)
                   for part in name[len(lead):].split('.')):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        """Rename the file after the period it covers, drop surplus old files
        and schedule the next rollover."""
        self._shut_stream()
        now = int(time.time())
        began = self.rolloverAt - self.interval
        stamp = self._clock(began)
        if not self.utc:
            shift = time.localtime(now)[-1] - stamp[-1]
            if shift:
                stamp = time.localtime(began + (3600 if shift > 0 else -3600))
        target = self.rotation_filename(
            self.baseFilename + '.' + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        self._fresh_stream()
        self.rolloverAt = self.computeRollover(now)


class WatchedFileHandler(logging.FileHandler):
    """A file handler that notices when its file is moved or deleted (say by
    a log rotation tool) and opens the file anew."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        binary = 'b' in mode
        super().__init__(filename, mode,
                         encoding if binary else io.text_encoding(encoding),
                         delay, errors)
        self.dev = self.ino = -1       # nothing open yet
        self._statstream()

    def _statstream(self):
        if self.stream is None:
            return
        info = os.fstat(self.stream.fileno()) if hasattr(os, 'fstat') else \
            os.stat(self.baseFilename)
        self.dev, self.ino = info[ST_DEV], info[ST_INO]

    def reopenIfNeeded(self):
        """Reopen the file if the path no longer leads to the open file."""
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            info = None
        if info is not None and (info[ST_DEV], info[ST_INO]) == (self.dev, self.ino):
            return
        old = self.stream
        if old is None:
            return
        old.flush()
        old.close()
        self.stream = None
        self.stream = self._open()   # the file now at that path
        self._statstream()

    def emit(self, record):
        """Reopen the file if needed, then write the record."""
        self.reopenIfNeeded()
        super().emit(record)


# === handlers that keep records back =========================================

class BufferingHandler(logging.Handler):
    """Collects records in self.buffer; flush() empties it once
    shouldFlush() says so (by default when `capacity` records are held)."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity, self.buffer = capacity, []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        held = self.buffer
        held.append(record)
        full = self.shouldFlush(record)
        if full:
            self.flush()

    def flush(self):
        """Throw the held records away (subclasses send them somewhere)."""
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            super().close()


class MemoryHandler(BufferingHandler):
    """Holds records until `capacity` of them have gathered or one at
    flushLevel or above arrives, then passes them all to `target`."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.flushOnClose = flushLevel, flushOnClose
        self.target = target

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity
                or record.levelno >= self.flushLevel)

    def setTarget(self, target):
        """Send flushed records to `target` from now on."""
        with self.lock:
            self.target = target

    def flush(self):
        """Hand the held records to the target (kept if there is none)."""
        with self.lock:
            receiver = self.target
            if receiver:
                for held in self.buffer:
                    receiver.handle(held)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                super().close()


# === queues ==================================================================

class QueueHandler(logging.Handler):
    """Puts each record, formatted and made safe to pass around, on a queue
    (for a QueueListener to take off)."""

    def __init__(self, queue):
        super().__init__()
        self.queue, self.listener = queue, None

    def enqueue(self, record):
        """Put the record on the queue without waiting."""
        target = self.queue
        target.put_nowait(record)

    def prepare(self, record):
        """A copy of `record` whose message is already formatted, with the
        arguments and exception information dropped."""
        text = self.format(record)
        twin = copy.copy(record)
        twin.message = twin.msg = text
        record = twin
        record.args = None
        record.exc_info = record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)


class _NoThread:
    """Stands in for the listener's thread, which WASI cannot run."""

    def join(self, timeout=None):
        pass


class QueueListener(object):
    """Takes records off a queue and passes them to handlers.

    On pyrs no thread is started: start() only arms the listener, and the
    queued records are handled when stop() is called (or by _drain())."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers = queue, handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level  # checked per record

    def dequeue(self, block):
        source = self.queue
        return source.get(block)

    def start(self):
        self._thread = _NoThread()

    def prepare(self, record):
        return record

    def handle(self, record):
        """Pass `record` to the handlers (only to those whose level it
        reaches, with respect_handler_level)."""
        ready = self.prepare(record)
        picky = self.respect_handler_level
        for target in self.handlers:
            if not picky or ready.levelno >= target.level:
                target.handle(ready)

    def _drain(self):
        """Handle every queued record; False once the sentinel was met."""
        q = self.queue
        counts_tasks = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(False)
            except queue.Empty:
                return True
            finished = record is self._sentinel
            if not finished:
                self.handle(record)
            if counts_tasks:
                q.task_done()
            if finished:
                return False

    def enqueue_sentinel(self):
        target = self.queue
        target.put_nowait(self._sentinel)

    def stop(self):
        """Handle what is queued, then stop."""
        self.enqueue_sentinel()
        if self._thread is not None:
            self._drain()
        # (not started: this fails with AttributeError, as in CPython)
        self._thread.join()
        self._thread = None


# === network handlers (no sockets on WASI) ====================================

class SocketHandler(logging.Handler):
    """Would send pickled records over TCP; on WASI sending fails."""

    def __init__(self, host, port):
        super().__init__()
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        raise OSError(_NO_NETWORK)

    def createSocket(self):
        made = self.makeSocket()
        self.sock = made

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendall(s)

    def makePickle(self, record):
        import pickle
        import struct
        fields = dict(record.__dict__)
        if record.exc_info:
            self.format(record)
        fields['msg'] = record.getMessage()
        fields['args'] = None
        fields['exc_info'] = None
        fields.pop('message', None)
        data = pickle.dumps(fields, 1)
        return struct.pack('>L', len(data)) + data

    def handleError(self, record):
        sock = self.sock
        if self.closeOnError and sock:
            self.sock.close()
            self.sock = None
        else:
            super().handleError(record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
            super().close()


class DatagramHandler(SocketHandler):
    """Would send pickled records over UDP; on WASI sending fails."""

    def __init__(self, host, port):
        super().__init__(host, port)
        self.closeOnError = False


class SysLogHandler(logging.Handler):
    """Would send records to a syslog daemon; on WASI sending fails."""

    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR = 0, 1, 2, 3
    LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = 4, 5, 6, 7

    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON = 0, 1, 2, 3
    LOG_AUTH, LOG_SYSLOG, LOG_LPR, LOG_NEWS = 4, 5, 6, 7
    LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP = 8, 9, 10, 11
    LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON = 12, 13, 14, 15
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3 = 16, 17, 18, 19
    LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = 20, 21, 22, 23

    priority_names = {
        'alert': LOG_ALERT, 'crit': LOG_CRIT, 'critical': LOG_CRIT,
        'debug': LOG_DEBUG, 'emerg': LOG_EMERG, 'err': LOG_ERR,
        'error': LOG_ERR, 'info': LOG_INFO, 'notice': LOG_NOTICE,
        'panic': LOG_EMERG, 'warn': LOG_WARNING, 'warning': LOG_WARNING,
    }
    facility_names = {
        'auth': LOG_AUTH, 'authpriv': LOG_AUTHPRIV, 'console': LOG_CONSOLE,
        'cron': LOG_CRON, 'daemon': LOG_DAEMON, 'ftp': LOG_FTP,
        'kern': LOG_KERN, 'lpr': LOG_LPR, 'mail': LOG_MAIL, 'news': LOG_NEWS,
        'ntp': LOG_NTP, 'security': LOG_SECURITY, 'solaris-cron': LOG_SOLCRON,
        'syslog': LOG_SYSLOG, 'user': LOG_USER, 'uucp': LOG_UUCP,
        'local0': LOG_LOCAL0, 'local1': LOG_LOCAL1, 'local2': LOG_LOCAL2,
        'local3': LOG_LOCAL3, 'local4': LOG_LOCAL4, 'local5': LOG_LOCAL5,
        'local6': LOG_LOCAL6, 'local7': LOG_LOCAL7,
    }
    priority_map = {'DEBUG': 'debug', 'INFO': 'info', 'WARNING': 'warning',
                    'ERROR': 'error', 'CRITICAL': 'critical'}

    ident = ''
    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT),
                 facility=LOG_USER, socktype=None):
        super().__init__()
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.socket = None
        self.unixsocket = isinstance(address, str)

    def createSocket(self):
        raise OSError(_NO_NETWORK)

    def encodePriority(self, facility, priority):
        """The syslog priority number for a facility and a priority, each
        given as a number or a name."""
        fac = self.facility_names[facility] if isinstance(facility, str) else facility
        pri = self.priority_names[priority] if isinstance(priority, str) else priority
        return fac << 3 | pri

    def mapPriority(self, levelName):
        """The syslog priority name for a logging level name."""
        return self.priority_map.get(levelName, 'warning')

    def emit(self, record):
        try:
            if self.socket is None:
                self.createSocket()
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock, self.socket = self.socket, None
            if sock:
                sock.close()
            super().close()


class SMTPHandler(logging.Handler):
    """Would mail each record; on WASI sending fails."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject, credentials=None,
                 secure=None, timeout=5.0):
        super().__init__()
        pair = (list, tuple)
        host_port = tuple(mailhost) if isinstance(mailhost, pair) else (mailhost, None)
        self.mailhost, self.mailport = host_port
        self.username = None
        if isinstance(credentials, pair):
            self.username, self.password = tuple(credentials)
        self.fromaddr = fromaddr
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.subject = subject
        self.secure = secure
        self.timeout = timeout

    def getSubject(self, record):
        return self.subject

    def emit(self, record):
        try:
            raise OSError(_NO_NETWORK)
        except Exception:
            self.handleError(record)


class HTTPHandler(logging.Handler):
    """Would send records to a web server; on WASI sending fails."""

    def __init__(self, host, url, method='GET', secure=False, credentials=None,
                 context=None):
        super().__init__()
        method = method.upper()
        if method not in ('GET', 'POST'):
            raise ValueError('method must be GET or POST')
        if context is not None and not secure:
            raise ValueError('context parameter only makes sense '
                             'with secure=True')
        self.host = host
        self.url = url
        self.method = method
        self.secure, self.credentials, self.context = secure, credentials, context

    def mapLogRecord(self, record):
        return record.__dict__

    def getConnection(self, host, secure):
        raise OSError(_NO_NETWORK)

    def emit(self, record):
        try:
            self.getConnection(self.host, self.secure)
        except Exception:
            self.handleError(record)


class NTEventLogHandler(logging.Handler):
    """Would write to the Windows event log; without the Win32 extensions
    (always, on pyrs) it says so once and then does nothing."""

    def __init__(self, appname, dllname=None, logtype='Application'):
        super().__init__()
        self.appname = appname
        self.dllname = dllname
        self.logtype = logtype
        self._welu = None
        print('The Python Win32 extensions for NT (service, event logging) '
              'appear not to be available.')

    def emit(self, record):
        pass
