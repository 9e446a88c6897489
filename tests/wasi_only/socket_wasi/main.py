# WASI-only: CPython 3.12 built for WASI is the reference (socket.socket() raises
# "OSError: [Errno 58] Not supported"); pyrs uses Linux errno numbers (ENOTSUP = 95)
# and says which call is unavailable. Expected: socket_wasi.expected.
import errno
import socket

calls = [
    ('socket()', lambda: socket.socket()),
    ('socket(AF_INET, SOCK_STREAM)', lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM)),
    ('socketpair', lambda: socket.socketpair()),
    ('fromfd', lambda: socket.fromfd(0, socket.AF_INET, socket.SOCK_STREAM)),
    ('create_connection', lambda: socket.create_connection(('localhost', 80))),
    ('create_server', lambda: socket.create_server(('', 0))),
    ('getaddrinfo', lambda: socket.getaddrinfo('localhost', 80)),
    ('gethostbyname', lambda: socket.gethostbyname('localhost')),
    ('gethostbyaddr', lambda: socket.gethostbyaddr('127.0.0.1')),
    ('getservbyname', lambda: socket.getservbyname('http')),
]
for name, call in calls:
    try:
        call()
        print(name, 'worked')
    except OSError as e:
        print(name, type(e).__name__, e.errno == errno.ENOTSUP, e)
print(socket.gethostname(), socket.getfqdn(), socket.getfqdn('example.org'))
print(socket.has_ipv6, socket.has_dualstack_ipv6())
print(socket.SocketType is socket.socket, socket.socket.__name__)
