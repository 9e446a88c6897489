# socketserver request handlers over fake connections: the setup/handle/finish
# protocol, StreamRequestHandler's rfile/wfile (buffered and unbuffered), its
# timeout and Nagle options, the unbuffered writer, DatagramRequestHandler.
import array
import io
import socket
import socketserver


class Conn:
    """Records what a handler does to its connection."""

    def __init__(self, data=b'line one\nline two\n', name='conn'):
        self.data = data
        self.name = name

    def makefile(self, mode, bufsize=None):
        print('   makefile', mode, bufsize)
        if 'r' in mode:
            return Reader(self.data)
        self.written = Writer()
        return self.written

    def sendall(self, data):
        print('   sendall', bytes(data))

    def settimeout(self, value):
        print('   settimeout', value)

    def setsockopt(self, level, option, value):
        print('   setsockopt', level == socket.IPPROTO_TCP, option == socket.TCP_NODELAY, value)

    def fileno(self):
        return 42


class Reader(io.BytesIO):
    def close(self):
        print('   rfile.close')
        super().close()


class Writer(io.BytesIO):
    def flush(self):
        print('   wfile.flush')
        super().flush()

    def close(self):
        print('   wfile.close', None if self.closed else self.getvalue())
        super().close()


class Base(socketserver.BaseRequestHandler):
    def setup(self):
        print('   setup', self.request, self.client_address, self.server)

    def handle(self):
        print('   handle')
        if self.request == 'fail':
            raise ValueError('handler failed')

    def finish(self):
        print('   finish')


print('== BaseRequestHandler')
h = Base('req', ('1.2.3.4', 5), 'srv')
print(h.request, h.client_address, h.server)
try:
    Base('fail', ('1.2.3.4', 5), 'srv')
except ValueError as exc:
    print('   propagated', exc)
plain = socketserver.BaseRequestHandler('r', 'a', 's')
print(plain.setup(), plain.handle(), plain.finish())


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        print('   connection is request:', self.connection is self.request)
        first = self.rfile.readline()
        rest = self.rfile.read()
        print('   read', first, rest)
        print('   write returns', self.wfile.write(b'reply:' + first))


print('== StreamRequestHandler defaults')
print(socketserver.StreamRequestHandler.rbufsize, socketserver.StreamRequestHandler.wbufsize,
      socketserver.StreamRequestHandler.timeout,
      socketserver.StreamRequestHandler.disable_nagle_algorithm)
h = Echo(Conn(), ('c', 1), None)
print('   closed', h.rfile.closed, h.wfile.closed, type(h.wfile).__name__)
w = h.wfile
print('   after close: write', w.write(b'late'), 'writable', w.writable(),
      'readable', w.readable(), 'seekable', w.seekable(), 'fileno', w.fileno())
print('   is BufferedIOBase', isinstance(w, io.BufferedIOBase))


class Tuned(Echo):
    rbufsize = 0
    wbufsize = 4096
    timeout = 2.5
    disable_nagle_algorithm = True


print('== StreamRequestHandler tuned')
Tuned(Conn(), ('c', 1), None)


class Various(socketserver.StreamRequestHandler):
    def handle(self):
        for data in (b'abc', bytearray(b'de'), memoryview(b'fgh')[1:],
                     array.array('i', [1, 2]), b''):
            print('   write', type(data).__name__, '->', self.wfile.write(data))
        try:
            self.wfile.write('text')
        except TypeError as exc:
            print('   str rejected:', type(exc).__name__)
        print('   flush', self.wfile.flush())


print('== unbuffered writer')
Various(Conn(), ('c', 1), None)


class ClosesEarly(socketserver.StreamRequestHandler):
    wbufsize = 10

    def handle(self):
        self.wfile.write(b'x')
        self.wfile.close()


print('== wfile closed by the handler')
ClosesEarly(Conn(), ('c', 1), None)


class FailingFlush(io.BytesIO):
    def __init__(self, error):
        super().__init__()
        self.error = error

    def flush(self):
        raise self.error


class FlushConn(Conn):
    def __init__(self, error):
        super().__init__()
        self.error = error

    def makefile(self, mode, bufsize=None):
        return FailingFlush(self.error) if 'w' in mode else io.BytesIO(self.data)


class Silent(socketserver.StreamRequestHandler):
    wbufsize = 1

    def handle(self):
        pass


print('== flush errors in finish')
for error in (OSError('peer gone'), BrokenPipeError(32, 'Broken pipe'), ValueError('other')):
    try:
        h = Silent(FlushConn(error), ('c', 1), None)
        print('   swallowed', type(error).__name__, h.wfile.closed, h.rfile.closed)
    except Exception as exc:
        print('   raised', type(exc).__name__, exc)


class Sock:
    def sendto(self, data, address):
        print('   sendto', data, address)


class UEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        print('   packet', self.packet, 'socket', type(self.socket).__name__)
        data = self.rfile.read()
        self.wfile.write(b'echo:' + data.upper())


print('== DatagramRequestHandler')
h = UEcho((b'ping', Sock()), ('10.0.0.1', 53), None)
print('   rfile', type(h.rfile).__name__, 'wfile', type(h.wfile).__name__, h.wfile.getvalue())


class Quiet(socketserver.DatagramRequestHandler):
    pass


Quiet((b'', Sock()), ('10.0.0.2', 5353), None)
try:
    Quiet((b'only one',), ('x', 1), None)
except ValueError as exc:
    print('   bad request tuple:', type(exc).__name__)
