"""More handlers for the logging package (written for pyrs).

File handlers that rotate by size or by time, one that notices its file
being moved, buffering handlers, queue handlers, and the network handlers.
pyrs runs on WASI, which has no sockets: the network handlers can be built
and inspected, but sending a record fails with the OSError of pyrs's socket
module, reported through handleError.
"""

import io
import os
import re
import sys
import time
import logging

# the usual ports of the receiving ends
(DEFAULT_TCP_LOGGING_PORT, DEFAULT_UDP_LOGGING_PORT,
 DEFAULT_HTTP_LOGGING_PORT, DEFAULT_SOAP_LOGGING_PORT) = range(9020, 9024)
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514

# indexes into an os.stat() tuple
ST_INO, ST_DEV, ST_MTIME = 1, 2, 8

_DAY = 24 * 60 * 60
_base_close = logging.Handler.close
_ON_WASI = sys.platform == 'wasi'
_DATAGRAM = 2      # socket.SOCK_DGRAM (Linux numbering, as pyrs's socket uses)


# === rotation ================================================================

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that, before writing a record, asks shouldRollover()
    and, when told so, calls doRollover().  `namer` and `rotator` let a
    program choose the old files' names and how they are produced."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        super().__init__(filename, mode, encoding, delay, errors)

    def emit(self, record):
        """Roll the file over if due, then write the record."""
        try:
            due = self.shouldRollover(record)
            if due:
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name an old file gets: namer(default_name) when a namer is set."""
        chosen = self.namer
        return chosen(default_name) if callable(chosen) else default_name

    def rotate(self, source, dest):
        """Turn the current file into an old one: rotator(source, dest) when
        set, else a rename (skipped when the source does not exist)."""
        mover = self.rotator
        if callable(mover):
            mover(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _regular_file_missing(self):
        # Rotating /dev/null or a pipe makes no sense: true when the path
        # exists but is not a regular file.
        path = self.baseFilename
        return os.path.exists(path) and not os.path.isfile(path)

    def _drop_stream(self):
        stream, self.stream = self.stream, None
        if stream:
            stream.close()

    def _reopen_unless_delayed(self):
        if not self.delay:
            self._fresh_stream()

    def _fresh_stream(self):
        opened = self._open()
        self.stream = opened
        return opened


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes,
    keeping backupCount old ones as NAME.1 (newest) ... NAME.N (oldest)."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            # truncating on every reopen would lose the records just rotated
            mode = 'a'
        super().__init__(filename, mode,
                         encoding if 'b' in mode else io.text_encoding(encoding),
                         delay, errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def _numbered(self, n):
        return self.rotation_filename('%s.%d' % (self.baseFilename, n))

    def doRollover(self):
        """Shift NAME.i to NAME.i+1 (the oldest is dropped), move the
        current file to NAME.1 and start a fresh one."""
        self._drop_stream()
        if self.backupCount > 0:
            # from the oldest slot down, so that nothing is overwritten
            for n in range(self.backupCount, 1, -1):
                older, newer = self._numbered(n), self._numbered(n - 1)
                if os.path.exists(newer):
                    if os.path.exists(older):
                        os.remove(older)
                    os.rename(newer, older)
            first = self._numbered(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        self._reopen_unless_delayed()

    def shouldRollover(self, record):
        """Would writing the record take the file to maxBytes or more?"""
        stream = self.stream or self._fresh_stream()
        if self.maxBytes <= 0:
            return False
        pending = len('%s\n' % self.format(record))
        if stream.tell() + pending < self.maxBytes:
            return False
        return not self._regular_file_missing()


# when -> (seconds in one unit, strftime suffix, regex of that suffix)
_PERIODS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}'),
    'M': (60, '%Y-%m-%d_%H-%M', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}'),
    'H': (3600, '%Y-%m-%d_%H', r'\d{4}-\d{2}-\d{2}_\d{2}'),
    'D': (_DAY, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
    'MIDNIGHT': (_DAY, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
    'W': (7 * _DAY, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every `interval` units of `when` ('S', 'M', 'H',
    'D', 'MIDNIGHT', or 'W0'..'W6' for a weekday), naming the old file after
    the time its period began."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        super().__init__(filename, 'a', io.text_encoding(encoding), delay, errors)
        unit = self.when = when.upper()
        self.backupCount, self.utc, self.atTime = backupCount, utc, atTime
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError("You must specify a day for weekly rollover "
                                 "from 0 to 6 (0 is Monday): %s" % self.when)
            if unit[1] not in '0123456':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        self._period_kind = unit
        if unit not in _PERIODS:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        seconds, self.suffix, stamp = _PERIODS[unit]
        self.extMatch = re.compile('^' + stamp + r'(\.\w+)?$', re.ASCII)
        self.interval = seconds * interval
        path = self.baseFilename
        start = os.stat(path)[ST_MTIME] if os.path.exists(path) else int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _fields(self, moment):
        return time.gmtime(moment) if self.utc else time.localtime(moment)

    def _dst_gap(self, reference, other):
        # Seconds to add to `other` so that its local wall clock reads as it
        # would under the DST regime in force at `reference`.
        if self.utc:
            return 0
        return 3600 * (time.localtime(reference).tm_isdst - time.localtime(other).tm_isdst)

    def _boundary(self, wall):
        # The wall-clock moment (a naive datetime) of the next rollover for
        # MIDNIGHT / W: first pick the day, then take its atTime, or its end
        # when there is no atTime.  Also returns how many days the weekday
        # rule (W0-W6) added.
        import datetime as dt
        day = wall.date()
        at = self.atTime
        if at is not None:
            at = dt.time(at.hour, at.minute, at.second)
            if dt.datetime.combine(day, at) < wall:
                day += dt.timedelta(days=1)
        skipped = 0
        if self._period_kind == 'W':
            skipped = (self.dayOfWeek - day.weekday()) % 7
            day += dt.timedelta(days=skipped)
        if at is None:
            return dt.datetime.combine(day + dt.timedelta(days=1), dt.time()), skipped
        return dt.datetime.combine(day, at), skipped

    def computeRollover(self, currentTime):
        """The moment of the rollover that follows currentTime."""
        if self._period_kind not in ('MIDNIGHT', 'W'):
            return currentTime + self.interval
        import datetime as dt
        wall = dt.datetime(*self._fields(currentTime)[:6])
        goal, skipped = self._boundary(wall)
        moment = currentTime + (goal - wall) // dt.timedelta(seconds=1)
        if skipped:
            moment += self._dst_gap(currentTime, moment)
        return moment

    def shouldRollover(self, record):
        """Has the rollover moment been reached?"""
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if self._regular_file_missing():
            # nothing to rotate: just move the deadline on
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def _is_old_file(self, name, head, offset):
        if not name.startswith(head):
            return False
        pieces = name[len(head) + offset:].split('.')
        return any(self.extMatch.match(piece) for piece in pieces)

    def getFilesToDelete(self):
        """The old files beyond the backupCount newest, as full paths."""
        folder, base = os.path.split(self.baseFilename)
        if self.namer is None:
            head, offset = base, 1
        else:
            # a namer may have moved the extension after the date
            head, offset = os.path.splitext(base)[0] + '.', 0
        found = sorted(os.path.join(folder, name) for name in os.listdir(folder)
                       if self._is_old_file(name, head, offset))
        surplus = len(found) - self.backupCount
        return found[:surplus] if surplus >= 0 else []

    def doRollover(self):
        """Move the current file to NAME.<start of its period>, prune the old
        files and set the next rollover moment."""
        now = int(time.time())
        began = self.rolloverAt - self.interval
        label = time.strftime(self.suffix, self._fields(began + self._dst_gap(now, began)))
        archive = self.rotation_filename('%s.%s' % (self.baseFilename, label))
        self._drop_stream()
        if os.path.exists(archive):
            os.remove(archive)
        self.rotate(self.baseFilename, archive)
        for old in self.getFilesToDelete() if self.backupCount > 0 else ():
            os.remove(old)
        self._reopen_unless_delayed()
        self.rolloverAt = self._next_after(now)

    def _next_after(self, now):
        # computeRollover(now), moved on by whole intervals until it lies
        # beyond `now`; MIDNIGHT / W moments are then read in now's DST regime.
        moment = self.computeRollover(now)
        if moment <= now and self.interval > 0:
            moment += ((now - moment) // self.interval + 1) * self.interval
        if self._period_kind in ('MIDNIGHT', 'W'):
            moment += self._dst_gap(now, moment)
        return moment


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when the path no longer names
    the file it has open (moved away by log rotation, or deleted)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        super().__init__(filename, mode,
                         encoding if 'b' in mode else io.text_encoding(encoding),
                         delay, errors)
        self.dev = self.ino = -1
        self._remember_identity()

    def _remember_identity(self):
        if self.stream:
            info = os.fstat(self.stream.fileno())
            self.dev, self.ino = info.st_dev, info.st_ino

    def reopenIfNeeded(self):
        """Reopen the file if the path now leads elsewhere (or nowhere)."""
        if self.stream is None:
            return
        try:
            info = os.stat(self.baseFilename)
            same = (info.st_dev, info.st_ino) == (self.dev, self.ino)
        except FileNotFoundError:
            same = False
        if same:
            return
        stale, self.stream = self.stream, None
        stale.flush()
        stale.close()
        opened = self._open()
        self.stream = opened
        self._remember_identity()

    def emit(self, record):
        """Reopen if needed, then write the record."""
        self.reopenIfNeeded()
        super().emit(record)


# === buffering ===============================================================

class BufferingHandler(logging.Handler):
    """Collects records in a list; flush() (here: discard them) runs when
    shouldFlush() says so."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        """True once the buffer is full."""
        return self.capacity <= len(self.buffer)

    def emit(self, record):
        """Keep the record; flush if that was the one that filled us."""
        held = self.buffer
        held.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        """Empty the buffer."""
        with self.lock:
            del self.buffer[:]

    def close(self):
        """Flush, then close."""
        try:
            self.flush()
        finally:
            _base_close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them all to `target` when the buffer is
    full or a record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.target = flushLevel, target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        """Full buffer, or a serious enough record?"""
        return (record.levelno >= self.flushLevel
                or BufferingHandler.shouldFlush(self, record))

    def setTarget(self, target):
        """Send flushed records to `target` from now on."""
        with self.lock:
            self.target = target

    def flush(self):
        """Pass the buffered records to the target (kept while there is none)."""
        with self.lock:
            receiver = self.target
            if receiver:
                waiting, self.buffer = self.buffer, []
                for record in waiting:
                    receiver.handle(record)

    def close(self):
        """Flush if flushOnClose, forget the target, close."""
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                _base_close(self)


# === queues ==================================================================

class QueueHandler(logging.Handler):
    """Puts records on a queue (for a QueueListener, or any consumer)."""

    def __init__(self, queue):
        super().__init__()
        self.queue, self.listener = queue, None

    def enqueue(self, record):
        """Put the record on the queue without waiting."""
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record that travels well: its message is the fully
        formatted text, and arguments, exception and stack are dropped."""
        text = self.format(record)
        import copy
        twin = copy.copy(record)
        twin.message = twin.msg = text
        twin.args = twin.exc_info = twin.exc_text = twin.stack_info = None
        return twin

    def emit(self, record):
        """Queue the prepared record."""
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)


class _Drainer:
    """Stands in for the listener's thread where threads cannot start:
    join() processes what is queued, up to the end marker."""

    def __init__(self, listener):
        self._listener = listener

    def join(self, timeout=None):
        self._listener._consume()


class QueueListener(object):
    """Takes records off a queue and passes them to handlers.  Without
    threads (WASI), the records are processed when stop() is called."""

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers = queue, handlers
        self._worker = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        """The next record from the queue."""
        return self.queue.get(block)

    def start(self):
        """Begin listening: on a thread when one can be started."""
        import threading
        worker = threading.Thread(target=self._consume, daemon=True)
        try:
            worker.start()
        except RuntimeError:
            worker = _Drainer(self)
        self._worker = worker

    def prepare(self, record):
        """Hook to change a record before it is handled."""
        return record

    def handle(self, record):
        """Give the record to each handler (above its level only, when
        respect_handler_level is set)."""
        ready = self.prepare(record)
        picky = self.respect_handler_level
        for target in self.handlers:
            if not picky or ready.levelno >= target.level:
                target.handle(ready)

    def _consume(self):
        source = self.queue
        acknowledge = getattr(source, 'task_done', None)
        while True:
            try:
                item = self.dequeue(True)
            except Exception:
                # the queue went away or cannot be read: stop listening
                return
            try:
                if item is None:
                    return
                self.handle(item)
            finally:
                if acknowledge is not None:
                    acknowledge()

    def enqueue_sentinel(self):
        """Put the end marker on the queue."""
        self.queue.put_nowait(None)

    def stop(self):
        """Ask the listener to finish, wait for it, and forget it; the
        records queued before this call are handled first."""
        self.enqueue_sentinel()
        self._worker.join()
        self._worker = None


# === network handlers ========================================================

def _pickled_record(handler, record):
    # The record's attributes as a length-prefixed pickle: msg is the merged
    # message, an exception travels as its text.
    import pickle
    import struct
    if record.exc_info:
        handler.format(record)          # leaves the traceback in exc_text
    fields = dict(record.__dict__)
    fields['msg'] = record.getMessage()
    fields['args'] = fields['exc_info'] = None
    fields.pop('message', None)
    payload = pickle.dumps(fields, 1)
    return struct.pack('>L', len(payload)) + payload


class SocketHandler(logging.Handler):
    """Sends pickled records over TCP (a Unix socket when port is None).
    A failed connection is retried after a delay that grows up to retryMax."""

    def __init__(self, host, port):
        super().__init__()
        self.host, self.port = host, port
        self.address = (host, port) if port is not None else host
        self.sock = None
        self.closeOnError = False
        # reconnection back-off: retryStart, then times retryFactor, at most retryMax
        self.retryTime = None
        self.retryStart, self.retryMax, self.retryFactor = 1.0, 30.0, 2.0

    def makeSocket(self, timeout=1):
        """A new connected socket (always OSError on WASI)."""
        import socket
        if self.port is None:
            conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            conn.settimeout(timeout)
            try:
                conn.connect(self.address)
            except OSError:
                conn.close()
                raise
            return conn
        return socket.create_connection(self.address, timeout)

    def createSocket(self):
        """Connect, unless a recent failure says to wait a bit longer."""
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            connected = self.makeSocket()
        except OSError:
            if self.retryTime is None:
                pause = self.retryStart
            else:
                pause = min(self.retryMax, self.retryFactor * self.retryPeriod)
            self.retryPeriod = pause
            self.retryTime = now + pause
            if _ON_WASI:
                raise       # no network at all: say so instead of dropping records
        else:
            self.sock, self.retryTime = connected, None

    def send(self, s):
        """Send the bytes, connecting first if needed."""
        if self.sock is None:
            self.createSocket()
        if not self.sock:
            return
        try:
            self.sock.sendall(s)
        except OSError:
            self.sock.close()
            self.sock = None

    def makePickle(self, record):
        """The bytes sent for a record."""
        return _pickled_record(self, record)

    def handleError(self, record):
        """With closeOnError, drop the connection; otherwise report."""
        conn = self.sock
        if conn and self.closeOnError:
            conn.close()
            self.sock = None
        else:
            super().handleError(record)

    def emit(self, record):
        """Pickle and send the record."""
        try:
            packed = self.makePickle(record)
            self.send(packed)
        except Exception:
            self.handleError(record)

    def close(self):
        """Close the connection, then the handler."""
        with self.lock:
            conn, self.sock = self.sock, None
            if conn:
                conn.close()
            _base_close(self)


class DatagramHandler(SocketHandler):
    """Sends pickled records as UDP datagrams (Unix datagrams when port is None)."""

    def __init__(self, host, port):
        super().__init__(host, port)

    def makeSocket(self):
        """A new datagram socket (always OSError on WASI)."""
        import socket
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        """Send the bytes as one datagram."""
        if self.sock is None:
            self.createSocket()
        conn = self.sock
        conn.sendto(s, self.address)


class SysLogHandler(logging.Handler):
    """Sends records to a syslog daemon (UDP by default, TCP with
    socktype=SOCK_STREAM, or a Unix socket when address is a path).  The
    socket is opened when the first record is sent."""

    # priorities and facilities (syslog.h)
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

    # logging level name -> syslog priority name
    priority_map = {'DEBUG': 'debug', 'INFO': 'info', 'WARNING': 'warning',
                    'ERROR': 'error', 'CRITICAL': 'critical'}

    ident = ''          # put before every message
    append_nul = True   # end every message with a NUL byte

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT),
                 facility=LOG_USER, socktype=None):
        super().__init__()
        self.address, self.facility = address, facility
        self.unixsocket = type(address) is str or isinstance(address, str)
        self.socktype = _DATAGRAM if socktype is None else socktype
        self.socket = None

    def createSocket(self):
        """Open the socket to the daemon (always OSError on WASI)."""
        import socket
        if self.unixsocket:
            conn = socket.socket(socket.AF_UNIX, self.socktype)
            conn.connect(self.address)
        elif self.socktype == socket.SOCK_STREAM:
            conn = socket.create_connection(self.address)
        else:
            conn = socket.socket(socket.AF_INET, self.socktype)
        self.socket = conn

    def encodePriority(self, facility, priority):
        """Facility and priority (numbers or names) packed into one number."""
        numbers = [table[value] if isinstance(value, str) else value
                   for value, table in ((facility, self.facility_names),
                                        (priority, self.priority_names))]
        return numbers[0] << 3 | numbers[1]

    def close(self):
        """Close the socket, then the handler."""
        with self.lock:
            conn, self.socket = self.socket, None
            if conn:
                conn.close()
            _base_close(self)

    def mapPriority(self, levelName):
        """The syslog priority name for a logging level name ('warning'
        when unknown)."""
        return self.priority_map.get(levelName, 'warning')

    def emit(self, record):
        """Send '<priority>' + ident + text (+ NUL) to the daemon."""
        try:
            text = self.ident + self.format(record)
            if self.append_nul:
                text += '\000'
            code = self.encodePriority(self.facility, self.mapPriority(record.levelname))
            data = ('<%d>' % code).encode('utf-8') + text.encode('utf-8')
            if self.socket is None:
                self.createSocket()
            if self.unixsocket:
                self.socket.send(data)
            elif self.socktype == _DATAGRAM:
                self.socket.sendto(data, self.address)
            else:
                self.socket.sendall(data)
        except Exception:
            self.handleError(record)


class SMTPHandler(logging.Handler):
    """Mails each record (through smtplib, which pyrs lacks on WASI)."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject,
                 credentials=None, secure=None, timeout=5.0):
        super().__init__()
        pair = (list, tuple)
        host_port = tuple(mailhost) if isinstance(mailhost, pair) else (mailhost, None)
        self.mailhost, self.mailport = host_port
        if isinstance(credentials, pair):
            self.username, self.password = tuple(credentials)
        else:
            self.username = None
        self.fromaddr = fromaddr
        self.toaddrs = toaddrs if not isinstance(toaddrs, str) else [toaddrs]
        self.subject, self.secure, self.timeout = subject, secure, timeout

    def getSubject(self, record):
        """The mail's subject line (override to depend on the record)."""
        return self.subject

    def emit(self, record):
        """Mail the formatted record."""
        try:
            import smtplib
            from email.message import EmailMessage
            import email.utils
            mail = EmailMessage()
            mail['From'] = self.fromaddr
            mail['To'] = ','.join(self.toaddrs)
            mail['Subject'] = self.getSubject(record)
            mail['Date'] = email.utils.localtime()
            mail.set_content(self.format(record))
            port = self.mailport or smtplib.SMTP_PORT
            server = smtplib.SMTP(self.mailhost, port, timeout=self.timeout)
            try:
                if self.username:
                    if self.secure is not None:
                        server.ehlo()
                        server.starttls(*self.secure)
                        server.ehlo()
                    server.login(self.username, self.password)
                server.send_message(mail)
            finally:
                server.quit()
        except Exception:
            self.handleError(record)


class NTEventLogHandler(logging.Handler):
    """Writes to the Windows event log; elsewhere it only says that the
    Win32 extensions are missing and then ignores records."""

    def __init__(self, appname, dllname=None, logtype='Application'):
        super().__init__()
        try:
            import win32evtlogutil as util
            import win32evtlog as kinds
        except ImportError:
            print('The Python Win32 extensions for NT (service, event logging) '
                  'appear not to be available.')
            self._evtlog_util = None
            return
        if not dllname:
            import win32service
            home = os.path.dirname(os.path.dirname(win32service.__file__))
            dllname = os.path.join(home, 'win32service.pyd')
        self.appname, self.dllname, self.logtype = appname, dllname, logtype
        information, warning, failure = (kinds.EVENTLOG_INFORMATION_TYPE,
                                         kinds.EVENTLOG_WARNING_TYPE,
                                         kinds.EVENTLOG_ERROR_TYPE)
        self.deftype = failure
        self.typemap = dict(zip((logging.DEBUG, logging.INFO, logging.WARNING,
                                 logging.ERROR, logging.CRITICAL),
                                (information, information, warning, failure, failure)))
        try:
            util.AddSourceToRegistry(appname, dllname, logtype)
        except Exception as problem:
            if getattr(problem, 'winerror', None) != 5:    # access denied is fine
                raise
        self._evtlog_util = util

    def getMessageID(self, record):
        """The event's message id (1 unless overridden)."""
        return 1

    def getEventCategory(self, record):
        """The event's category (0 unless overridden)."""
        return 0

    def getEventType(self, record):
        """The event type for the record's level."""
        found = self.typemap.get(record.levelno)
        return self.deftype if found is None else found

    def emit(self, record):
        """Report the record as an event, when the extensions exist."""
        util = self._evtlog_util
        if not util:
            return
        try:
            event = (self.getMessageID(record), self.getEventCategory(record),
                     self.getEventType(record))
            util.ReportEvent(self.appname, *event, [self.format(record)])
        except Exception:
            self.handleError(record)

    def close(self):
        """Close the handler (the event source stays registered)."""
        _base_close(self)


class HTTPHandler(logging.Handler):
    """Sends each record's attributes to a web server as a GET query or a
    POST form."""

    def __init__(self, host, url, method='GET', secure=False, credentials=None,
                 context=None):
        super().__init__()
        method = method.upper()
        if method not in ('GET', 'POST'):
            raise ValueError('method must be GET or POST')
        if context is not None and not secure:
            raise ValueError('context parameter only makes sense '
                             'with secure=True')
        self.host, self.url, self.method = host, url, method
        self.secure, self.credentials, self.context = secure, credentials, context

    def mapLogRecord(self, record):
        """The fields sent for a record: its attribute dictionary."""
        return record.__dict__

    def getConnection(self, host, secure):
        """An HTTP(S) connection to `host`."""
        import http.client
        if secure:
            return http.client.HTTPSConnection(host, context=self.context)
        return http.client.HTTPConnection(host)

    def emit(self, record):
        """Send the record to the server."""
        try:
            import urllib.parse
            server = self.host
            conn = self.getConnection(server, self.secure)
            query = urllib.parse.urlencode(self.mapLogRecord(record))
            path = self.url
            if self.method == 'GET':
                path += ('&' if '?' in path else '?') + query
            conn.putrequest(self.method, path)
            colon = server.find(':')
            conn.putheader('Host', server[:colon] if colon >= 0 else server)
            if self.method == 'POST':
                conn.putheader('Content-type', 'application/x-www-form-urlencoded')
                conn.putheader('Content-length', str(len(query)))
            if self.credentials:
                import base64
                token = base64.b64encode(('%s:%s' % self.credentials).encode('utf-8'))
                conn.putheader('Authorization', 'Basic ' + token.strip().decode('ascii'))
            conn.endheaders()
            if self.method == 'POST':
                conn.send(query.encode('utf-8'))
            conn.getresponse()
        except Exception:
            self.handleError(record)
