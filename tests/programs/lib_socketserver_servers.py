# socketserver server classes without a network: the BaseServer request
# pipeline (verify/process/handle_error/shutdown_request), handle_request and
# serve_forever over a file descriptor that is always readable, the TCP and
# UDP request plumbing on fake sockets, the mix-ins' attributes and __all__.
import io
import os
import socket
import socketserver
import sys


class Stop(Exception):
    pass


class Req:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Req(%s)' % self.name

    def shutdown(self, how):
        print('   request.shutdown', self.name, how == socket.SHUT_WR)
        if self.name == 'noshut':
            raise OSError('not connected')

    def close(self):
        print('   request.close', self.name)


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        print('   handle', self.request, self.client_address, type(self.server).__name__)
        if self.request.name == 'boom':
            raise ValueError('boom!')
        if self.request.name == 'exit':
            raise SystemExit(3)


# A regular file is always reported readable: it stands for a listening socket.
READY_FD = os.open(__file__, os.O_RDONLY)


class FakeListener:
    def __init__(self, timeout=None):
        self.timeout = timeout

    def gettimeout(self):
        return self.timeout


class Server(socketserver.BaseServer):
    def __init__(self, names, handler=Handler):
        super().__init__(('host', 1), handler)
        self.names = list(names)
        self.socket = FakeListener()
        self.rounds = 0

    def fileno(self):
        return READY_FD

    def get_request(self):
        if not self.names:
            raise OSError('nothing pending')
        name = self.names.pop(0)
        if name == 'oserr':
            raise OSError('accept failed')
        return Req(name), ('peer', len(self.names))

    def verify_request(self, request, client_address):
        print('   verify', request)
        return request.name != 'reject'

    def shutdown_request(self, request):
        print('   shutdown_request', request)
        super().shutdown_request(request)

    def close_request(self, request):
        print('   close_request', request)

    def service_actions(self):
        self.rounds += 1
        print('   service_actions', self.rounds)
        if self.rounds >= 7:
            raise Stop()

    def handle_error(self, request, client_address):
        print('   handle_error', request, client_address, sys.exc_info()[0].__name__)


print('== BaseServer basics')
s = Server([])
print(s.server_address, s.RequestHandlerClass.__name__, s.timeout, socketserver.BaseServer.timeout)
print(s.server_activate(), socketserver.BaseServer.service_actions(s),
      s.handle_timeout(), s.server_close(), s.verify_request(Req('v'), None))
with s as entered:
    print('   entered is server:', entered is s)
print(socketserver.BaseServer.verify_request(s, Req('x'), None),
      socketserver.BaseServer.close_request(s, Req('x')))

print('== process_request / finish_request')
s.process_request(Req('direct'), ('p', 9))
try:
    s.process_request(Req('boom'), ('p', 9))
except ValueError as exc:
    print('   process_request let it through:', exc)
s.finish_request(Req('fin'), ('p', 8))

print('== handle_request')
s = Server(['a', 'reject', 'oserr', 'boom', 'b'])
for _ in range(6):
    print('   ->', s.handle_request())
s = Server(['exit'])
try:
    s.handle_request()
except SystemExit as exc:
    print('   SystemExit', exc.code)

print('== serve_forever')
s = Server(['a', 'reject', 'oserr', 'boom', 'b'])
try:
    s.serve_forever(poll_interval=0.01)
except Stop:
    print('   stopped by service_actions, left:', s.names)
try:
    s.serve_forever(0.01)
except Stop:
    print('   second run stopped, rounds', s.rounds)

print('== handle_error report')
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    raise KeyError('report me')
except KeyError:
    socketserver.BaseServer.handle_error(s, Req('x'), ('198.51.100.7', 4321))
text = sys.stderr.getvalue()
sys.stderr = saved
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[2])
print(lines[-2])
print(lines[-1])

print('== TCP plumbing on fake sockets')
print(socketserver.TCPServer.address_family == socket.AF_INET,
      socketserver.TCPServer.socket_type == socket.SOCK_STREAM,
      socketserver.TCPServer.request_queue_size, socketserver.TCPServer.allow_reuse_address,
      socketserver.TCPServer.allow_reuse_port)
print(socketserver.UDPServer.socket_type == socket.SOCK_DGRAM,
      socketserver.UDPServer.max_packet_size, socketserver.UDPServer.allow_reuse_address)
print(socketserver.UnixStreamServer.address_family == socket.AF_UNIX,
      socketserver.UnixDatagramServer.address_family == socket.AF_UNIX,
      socketserver.UnixDatagramServer.socket_type == socket.SOCK_DGRAM)

tcp = object.__new__(socketserver.TCPServer)
tcp.shutdown_request(Req('t1'))
tcp.shutdown_request(Req('noshut'))
tcp.close_request(Req('t2'))


class ListenSock:
    def __init__(self):
        self.options = []

    def setsockopt(self, level, name, value):
        self.options.append((level == socket.SOL_SOCKET, name, value))

    def bind(self, address):
        print('   bind', address)
        self.address = (address[0], 8080)

    def getsockname(self):
        return self.address

    def listen(self, backlog):
        print('   listen', backlog)

    def accept(self):
        return 'conn', ('client', 1)

    def recvfrom(self, size):
        print('   recvfrom', size)
        return b'datagram', ('client', 2)

    def fileno(self):
        return 7

    def close(self):
        print('   listener closed')


class Reusing(socketserver.TCPServer):
    allow_reuse_address = True
    allow_reuse_port = True


for cls in (socketserver.TCPServer, Reusing):
    srv = object.__new__(cls)
    socketserver.BaseServer.__init__(srv, ('127.0.0.1', 0), Handler)
    srv.socket = ListenSock()
    srv.server_bind()
    srv.server_activate()
    print('  ', cls.__name__, srv.server_address, srv.fileno(), srv.get_request(),
          [(lvl, name == getattr(socket, 'SO_REUSEADDR', None), name == getattr(socket, 'SO_REUSEPORT', None), v)
           for lvl, name, v in srv.socket.options])
    srv.server_close()

udp = object.__new__(socketserver.UDPServer)
udp.socket = ListenSock()
request, address = udp.get_request()
print('  ', request[0], request[1] is udp.socket, address)
print('  ', udp.server_activate(), udp.shutdown_request(Req('u')), udp.close_request(Req('u')))

print('== construction')
for cls in (socketserver.TCPServer, socketserver.UDPServer, socketserver.ThreadingTCPServer):
    srv = cls(('127.0.0.1', 0), Handler, bind_and_activate=False)
    print('  ', cls.__name__, srv.server_address, srv.RequestHandlerClass.__name__)
    srv.server_close()
    with cls(('127.0.0.1', 0), Handler, bind_and_activate=False) as srv:
        print('   in with:', srv.server_address)
try:
    socketserver.TCPServer(('256.0.0.1', 0), Handler)
except OSError as exc:
    print('   binding an impossible address fails with OSError:', isinstance(exc, OSError))

print('== mix-ins')
M = socketserver.ThreadingMixIn
print(M.daemon_threads, M.block_on_close)
F = socketserver.ForkingMixIn
print(F.timeout, F.max_children, F.active_children, F.block_on_close)
for name in ('ThreadingTCPServer', 'ThreadingUDPServer', 'ForkingTCPServer', 'ForkingUDPServer',
             'ThreadingUnixStreamServer', 'ThreadingUnixDatagramServer',
             'ForkingUnixStreamServer', 'ForkingUnixDatagramServer', 'UnixStreamServer',
             'UnixDatagramServer'):
    cls = getattr(socketserver, name)
    print('  ', name, [c.__name__ for c in cls.__mro__])


class Threads(socketserver.ThreadingMixIn, Server):
    pass


t = Threads([])
t.process_request_thread(Req('ok'), ('z', 1))
t.process_request_thread(Req('boom'), ('z', 2))


class Forks(socketserver.ForkingMixIn, Server):
    pass


f = Forks([])
print('   collect with no children:', f.collect_children(), f.collect_children(blocking=True))
f.active_children = set()
print('   collect with an empty set:', f.collect_children(), f.active_children)
f.handle_timeout()
print(sorted(socketserver.__all__))
print(socketserver.__all__)
print(socketserver.__version__)
os.close(READY_FD)
