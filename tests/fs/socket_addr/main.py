# socket: constants, error classes, byte-order helpers and IP address conversions.
import socket

for name in ['AF_UNSPEC', 'AF_UNIX', 'AF_INET', 'AF_INET6', 'SOCK_STREAM',
             'SOCK_DGRAM', 'SOCK_RAW', 'SOL_SOCKET', 'SO_REUSEADDR',
             'SO_KEEPALIVE', 'SO_BROADCAST', 'IPPROTO_TCP', 'IPPROTO_UDP',
             'IPPROTO_IP', 'IPPROTO_IPV6', 'TCP_NODELAY', 'SHUT_RD', 'SHUT_WR',
             'SHUT_RDWR', 'MSG_PEEK', 'MSG_DONTWAIT', 'AI_PASSIVE',
             'NI_NUMERICHOST', 'EAI_NONAME', 'INADDR_ANY', 'INADDR_LOOPBACK',
             'SOMAXCONN']:
    print(name, int(getattr(socket, name)))
print(int(socket.AddressFamily.AF_INET6), int(socket.SocketKind.SOCK_DGRAM))
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
for bad in [-1, 'x']:
    try:
        socket.setdefaulttimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(socket.htons(1), socket.ntohs(0x0102), socket.htonl(1), socket.ntohl(0x01020304))
print(socket.htons(0), socket.htons(0xffff), socket.htonl(0xffffffff), socket.htons(True))
for func, value in [(socket.htons, 65536), (socket.htons, -1), (socket.ntohs, 2**31),
                    (socket.htons, 1.5), (socket.htonl, 2**32), (socket.htonl, -1),
                    (socket.ntohl, 'x')]:
    try:
        print(func.__name__, func(value))
    except (OverflowError, TypeError) as e:
        print(func.__name__, type(e).__name__, e)

for text in ['1.2.3.4', '127.1', '10.1.2', '3', '0x7f.0.0.1', '010.0.0.1',
             '255.255.255.255', '4294967295', '1.2.3.4 trailing', '256.0.0.1',
             '1.2.3.4.5', '', ' 1.2.3.4', '1..2', '08', '0x', '1.16777216']:
    try:
        print(repr(text), socket.inet_aton(text))
    except OSError as e:
        print(repr(text), type(e).__name__, e)
for packed in [b'\x7f\x00\x00\x01', b'\xff\xfe\xfd\xfc', b'\x01']:
    try:
        print(socket.inet_ntoa(packed))
    except OSError as e:
        print(type(e).__name__, e)
for bad in [(socket.inet_aton, b'1.2.3.4'), (socket.inet_ntoa, '1234')]:
    try:
        bad[0](bad[1])
    except TypeError as e:
        print(type(e).__name__, e)

A4, A6 = socket.AF_INET, socket.AF_INET6
for text in ['1.2.3.4', '0.0.0.0', '01.2.3.4', '1.2.3', '1.2.3.256']:
    try:
        print(repr(text), socket.inet_pton(A4, text))
    except OSError as e:
        print(repr(text), type(e).__name__, e)
for text in ['::', '::1', '1::', 'fe80::1', '2001:db8::8a2e:370:7334',
             '1:0:0:2:0:0:0:3', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::',
             '::ffff:192.0.2.1', '::192.0.2.1', '64:ff9b::1.2.3.4',
             'ABCD:EF01::', '0:0:1:0:0:0:0:0', '1:0:1:0:1:0:1:0',
             '1::2::3', '12345::', ':1::', '1:2:3:4:5:6:7:8:9', '::1.2.3', '']:
    try:
        packed = socket.inet_pton(A6, text)
        print(repr(text), packed.hex(), socket.inet_ntop(A6, packed))
    except OSError as e:
        print(repr(text), type(e).__name__, e)
print(socket.inet_ntop(A4, b'\xc0\xa8\x00\x01'))
for family, packed in [(A4, b'\x01'), (A6, b'\x00' * 4), (99, b'1234')]:
    try:
        socket.inet_ntop(family, packed)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    socket.inet_pton(99, '::')
except OSError as e:
    print(type(e).__name__, e.errno, e)
