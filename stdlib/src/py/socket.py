"""Socket constants, errors and address helpers (CPython's socket); WASI has no sockets. Written for pyrs."""

import errno as _errno

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


# pyrs on WASI (preview 1) can neither create nor resolve anything.
has_ipv6 = False

_NO_SOCKETS = "WASI has no sockets: {} is not available"

# The default `timeout` of create_connection and the http clients: "the global default".
_GLOBAL_DEFAULT_TIMEOUT = object()


def _unsupported(what):
    return OSError(_errno.ENOTSUP, _NO_SOCKETS.format(what))


# Address families (Linux numbers).
AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_AX25 = 3
AF_IPX = 4
AF_APPLETALK = 5
AF_NETROM = 6
AF_BRIDGE = 7
AF_ATMPVC = 8
AF_X25 = 9
AF_INET6 = 10
AF_ROSE = 11
AF_DECnet = 12
AF_NETBEUI = 13
AF_SECURITY = 14
AF_KEY = 15
AF_NETLINK = 16
AF_ROUTE = 16
AF_PACKET = 17
AF_ASH = 18
AF_ECONET = 19
AF_ATMSVC = 20
AF_RDS = 21
AF_SNA = 22
AF_IRDA = 23
AF_PPPOX = 24
AF_WANPIPE = 25
AF_LLC = 26
AF_CAN = 29
AF_TIPC = 30
AF_ALG = 38
AF_VSOCK = 40
AF_QIPCRTR = 42

# Socket types.
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOCK_RDM = 4
SOCK_SEQPACKET = 5
SOCK_NONBLOCK = 0o4000
SOCK_CLOEXEC = 0o2000000

# Option levels.
SOL_IP = 0
SOL_SOCKET = 1
SOL_TCP = 6
SOL_UDP = 17

# Socket-level options.
SO_DEBUG = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_DONTROUTE = 5
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_OOBINLINE = 10
SO_PRIORITY = 12
SO_LINGER = 13
SO_REUSEPORT = 15
SO_PASSCRED = 16
SO_PEERCRED = 17
SO_RCVLOWAT = 18
SO_SNDLOWAT = 19
SO_RCVTIMEO = 20
SO_SNDTIMEO = 21
SO_BINDTODEVICE = 25
SO_ACCEPTCONN = 30
SO_PROTOCOL = 38
SO_DOMAIN = 39
SOMAXCONN = 4096
SCM_RIGHTS = 1
SCM_CREDENTIALS = 2

# Protocols.
IPPROTO_IP = 0
IPPROTO_HOPOPTS = 0
IPPROTO_ICMP = 1
IPPROTO_IGMP = 2
IPPROTO_IPIP = 4
IPPROTO_TCP = 6
IPPROTO_EGP = 8
IPPROTO_PUP = 12
IPPROTO_UDP = 17
IPPROTO_IDP = 22
IPPROTO_TP = 29
IPPROTO_IPV6 = 41
IPPROTO_ROUTING = 43
IPPROTO_FRAGMENT = 44
IPPROTO_RSVP = 46
IPPROTO_GRE = 47
IPPROTO_ESP = 50
IPPROTO_AH = 51
IPPROTO_ICMPV6 = 58
IPPROTO_NONE = 59
IPPROTO_DSTOPTS = 60
IPPROTO_PIM = 103
IPPROTO_SCTP = 132
IPPROTO_UDPLITE = 136
IPPROTO_RAW = 255

# IP-level options.
IP_TOS = 1
IP_TTL = 2
IP_HDRINCL = 3
IP_OPTIONS = 4
IP_RECVOPTS = 6
IP_RECVRETOPTS = 7
IP_RETOPTS = 7
IP_PKTINFO = 8
IP_RECVTOS = 13
IP_MULTICAST_IF = 32
IP_MULTICAST_TTL = 33
IP_MULTICAST_LOOP = 34
IP_ADD_MEMBERSHIP = 35
IP_DROP_MEMBERSHIP = 36
IP_DEFAULT_MULTICAST_TTL = 1
IP_DEFAULT_MULTICAST_LOOP = 1
IP_MAX_MEMBERSHIPS = 20
IPV6_UNICAST_HOPS = 16
IPV6_MULTICAST_IF = 17
IPV6_MULTICAST_HOPS = 18
IPV6_MULTICAST_LOOP = 19
IPV6_JOIN_GROUP = 20
IPV6_LEAVE_GROUP = 21
IPV6_V6ONLY = 26
IPV6_RECVPKTINFO = 49
IPV6_PKTINFO = 50
IPV6_TCLASS = 67

# TCP-level options.
TCP_NODELAY = 1
TCP_MAXSEG = 2
TCP_CORK = 3
TCP_KEEPIDLE = 4
TCP_KEEPINTVL = 5
TCP_KEEPCNT = 6
TCP_SYNCNT = 7
TCP_LINGER2 = 8
TCP_DEFER_ACCEPT = 9
TCP_WINDOW_CLAMP = 10
TCP_INFO = 11
TCP_QUICKACK = 12
TCP_CONGESTION = 13
TCP_USER_TIMEOUT = 18
TCP_FASTOPEN = 23
TCP_NOTSENT_LOWAT = 25

# send()/recv() flags.
MSG_OOB = 1
MSG_PEEK = 2
MSG_DONTROUTE = 4
MSG_CTRUNC = 8
MSG_TRUNC = 0x20
MSG_DONTWAIT = 0x40
MSG_EOR = 0x80
MSG_WAITALL = 0x100
MSG_CONFIRM = 0x800
MSG_ERRQUEUE = 0x2000
MSG_NOSIGNAL = 0x4000
MSG_MORE = 0x8000
MSG_CMSG_CLOEXEC = 0x40000000

# shutdown() directions.
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2

# getaddrinfo() / getnameinfo() flags and errors.
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_V4MAPPED = 8
AI_ALL = 0x10
AI_ADDRCONFIG = 0x20
AI_NUMERICSERV = 0x400
NI_NUMERICHOST = 1
NI_NUMERICSERV = 2
NI_NOFQDN = 4
NI_NAMEREQD = 8
NI_DGRAM = 16
NI_MAXHOST = 1025
NI_MAXSERV = 32
EAI_BADFLAGS = -1
EAI_NONAME = -2
EAI_AGAIN = -3
EAI_FAIL = -4
EAI_NODATA = -5
EAI_FAMILY = -6
EAI_SOCKTYPE = -7
EAI_SERVICE = -8
EAI_ADDRFAMILY = -9
EAI_MEMORY = -10
EAI_SYSTEM = -11
EAI_OVERFLOW = -12

# Well-known IPv4 addresses.
INADDR_ANY = 0
INADDR_BROADCAST = 0xffffffff
INADDR_NONE = 0xffffffff
INADDR_LOOPBACK = 0x7f000001
INADDR_UNSPEC_GROUP = 0xe0000000
INADDR_ALLHOSTS_GROUP = 0xe0000001
INADDR_MAX_LOCAL_GROUP = 0xe00000ff


# CPython groups these constants in IntEnum classes; here they are plain
# namespaces whose attributes are the same ints.

class AddressFamily:
    AF_UNSPEC = AF_UNSPEC
    AF_UNIX = AF_UNIX
    AF_INET = AF_INET
    AF_INET6 = AF_INET6
    AF_NETLINK = AF_NETLINK
    AF_PACKET = AF_PACKET


class SocketKind:
    SOCK_STREAM = SOCK_STREAM
    SOCK_DGRAM = SOCK_DGRAM
    SOCK_RAW = SOCK_RAW
    SOCK_RDM = SOCK_RDM
    SOCK_SEQPACKET = SOCK_SEQPACKET
    SOCK_NONBLOCK = SOCK_NONBLOCK
    SOCK_CLOEXEC = SOCK_CLOEXEC


# Socket objects cannot exist; the class is here for isinstance() and subclassing.

class socket:
    """A socket object: WASI has no sockets, so creating one raises OSError."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        raise _unsupported("socket.socket")


SocketType = socket


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Create a pair of connected sockets (not available on WASI)."""
    raise _unsupported("socket.socketpair")


def fromfd(fd, family, type, proto=0):
    """Create a socket from a file descriptor (not available on WASI)."""
    raise _unsupported("socket.fromfd")


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    """Connect to a TCP service (not available on WASI)."""
    raise _unsupported("socket.create_connection")


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Create a listening TCP socket (not available on WASI)."""
    raise _unsupported("socket.create_server")


def has_dualstack_ipv6():
    """Return False: there is no IPv6 (nor any) socket support."""
    return False


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve a host and port (not available on WASI)."""
    raise _unsupported("socket.getaddrinfo")


def getnameinfo(sockaddr, flags):
    """Resolve a socket address (not available on WASI)."""
    raise _unsupported("socket.getnameinfo")


def gethostbyname(hostname):
    """Resolve a host name to an IPv4 address (not available on WASI)."""
    raise _unsupported("socket.gethostbyname")


def gethostbyname_ex(hostname):
    """Resolve a host name (not available on WASI)."""
    raise _unsupported("socket.gethostbyname_ex")


def gethostbyaddr(ip_address):
    """Resolve an IP address to a host name (not available on WASI)."""
    raise _unsupported("socket.gethostbyaddr")


def getservbyname(servicename, protocolname=None):
    """Look up a service's port (not available on WASI)."""
    raise _unsupported("socket.getservbyname")


def getservbyport(port, protocolname=None):
    """Look up a port's service (not available on WASI)."""
    raise _unsupported("socket.getservbyport")


def getprotobyname(protocolname):
    """Look up a protocol's number (not available on WASI)."""
    raise _unsupported("socket.getprotobyname")


def if_nameindex():
    """List the network interfaces (not available on WASI)."""
    raise _unsupported("socket.if_nameindex")


def if_nametoindex(if_name):
    """Network interface index of a name (not available on WASI)."""
    raise _unsupported("socket.if_nametoindex")


def if_indextoname(if_index):
    """Network interface name of an index (not available on WASI)."""
    raise _unsupported("socket.if_indextoname")


def sethostname(name):
    """Set the host name (not available on WASI)."""
    raise _unsupported("socket.sethostname")


def gethostname():
    """Return the host name: WASI gives none, so 'localhost'."""
    return 'localhost'


def getfqdn(name=''):
    """Return a fully qualified domain name for `name` (no resolver: `name` itself)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        return gethostname()
    return name


def close(fd):
    """Close a socket file descriptor (there are none on WASI)."""
    raise _unsupported("socket.close")


_default_timeout = None


def getdefaulttimeout():
    """Return the default timeout in seconds for new sockets (None: no timeout)."""
    return _default_timeout


def setdefaulttimeout(timeout):
    """Set the default timeout in seconds for new sockets (None: no timeout)."""
    global _default_timeout
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError(f"'{type(timeout).__name__}' object cannot be "
                            "interpreted as an integer")
        if timeout < 0:
            raise ValueError("Timeout value out of range")
        timeout = float(timeout)
    _default_timeout = timeout


# Byte order: network order is big-endian, wasm32 (like x86) little-endian.

def _index(x):
    if not isinstance(x, int):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted "
                        "as an integer")
    return int(x)


def _swap16(x, name):
    x = _index(x)
    if not -(1 << 63) <= x < 1 << 63:
        raise OverflowError("Python int too large to convert to C long")
    if x >= 1 << 31:
        raise OverflowError("signed integer is greater than maximum")
    if x < -(1 << 31):
        raise OverflowError("signed integer is less than minimum")
    if x < 0:
        raise OverflowError(f"{name}: can't convert negative Python int to "
                            "C 16-bit unsigned integer")
    if x > 0xffff:
        raise OverflowError(f"{name}: Python int too large to convert to "
                            "C 16-bit unsigned integer")
    return ((x & 0xff) << 8) | (x >> 8)


def _swap32(x):
    if not isinstance(x, int):
        raise TypeError(f"expected int, {type(x).__name__} found")
    x = int(x)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if x > 0xffffffff:
        raise OverflowError("int larger than 32 bits")
    return ((x & 0xff) << 24 | (x >> 8 & 0xff) << 16 | (x >> 16 & 0xff) << 8
            | x >> 24)


def htons(x):
    """Convert a 16-bit unsigned integer from host to network byte order."""
    return _swap16(x, 'htons')


def ntohs(x):
    """Convert a 16-bit unsigned integer from network to host byte order."""
    return _swap16(x, 'ntohs')


def htonl(x):
    """Convert a 32-bit unsigned integer from host to network byte order."""
    return _swap32(x)


def ntohl(x):
    """Convert a 32-bit unsigned integer from network to host byte order."""
    return _swap32(x)


# Text and packed forms of IP addresses.

def _pack(value, size):
    """`value` as `size` big-endian bytes."""
    return bytes([value >> (8 * i) & 0xff for i in range(size - 1, -1, -1)])


def _need_str(value, func, argnum):
    if not isinstance(value, str):
        raise TypeError(f"{func}() argument {argnum} must be str, "
                        f"not {type(value).__name__}")
    if '\0' in value:
        raise ValueError("embedded null character")


def _need_bytes(value):
    if isinstance(value, bytes):
        return value
    if type(value).__name__ in ('bytearray', 'memoryview'):
        return bytes(value)
    raise TypeError("a bytes-like object is required, "
                    f"not '{type(value).__name__}'")


def _aton_number(text):
    """One part of an inet_aton() address: decimal, 0octal or 0xhex; None if invalid."""
    base = 10
    digits = text
    if text[:2] in ('0x', '0X'):
        base, digits = 16, text[2:]
    elif text[:1] == '0':
        base, digits = 8, text[1:]
        if not digits:
            return 0
    if not digits:
        return None
    allowed = '0123456789abcdefABCDEF'[:base if base != 16 else 22]
    if any(c not in allowed for c in digits):
        return None
    return int(digits, base)


def _aton(text):
    """inet_aton()'s parser (1 to 4 parts, the last filling the rest); None if invalid."""
    end = len(text)
    for i, char in enumerate(text):
        if char in ' \t\n\v\f\r':
            end = i
            break
    parts = text[:end].split('.')
    if len(parts) > 4:
        return None
    numbers = []
    for part in parts:
        if not part:
            return None
        number = _aton_number(part)
        if number is None:
            return None
        numbers.append(number)
    last = numbers.pop()
    if any(n > 0xff for n in numbers) or last >= 1 << (8 * (4 - len(numbers))):
        return None
    value = 0
    for n in numbers:
        value = value << 8 | n
    value <<= 8 * (4 - len(numbers))
    return _pack(value | last, 4)


def inet_aton(ip_string):
    """Convert an IPv4 address in dotted form to 4 packed bytes."""
    _need_str(ip_string, 'inet_aton', 1)
    packed = _aton(ip_string)
    if packed is None:
        raise OSError("illegal IP address string passed to inet_aton")
    return packed


def inet_ntoa(packed_ip):
    """Convert 4 packed bytes to an IPv4 address in dotted form."""
    packed = _need_bytes(packed_ip)
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return '.'.join(str(b) for b in packed)


def _pton4(text):
    """Strict dotted-quad parser of inet_pton(AF_INET); None if invalid."""
    parts = text.split('.')
    if len(parts) != 4:
        return None
    out = []
    for part in parts:
        if not part or len(part) > 3 or not all(c in '0123456789' for c in part):
            return None
        if len(part) > 1 and part[0] == '0':
            return None
        value = int(part)
        if value > 255:
            return None
        out.append(value)
    return bytes(out)


def _hex_group(text):
    if not 1 <= len(text) <= 4:
        return None
    if not all(c in '0123456789abcdefABCDEF' for c in text):
        return None
    return int(text, 16)


def _groups(text):
    """Parses colon-separated hex groups, a dotted IPv4 tail allowed; None if invalid."""
    if not text:
        return []
    pieces = text.split(':')
    groups = []
    for i, piece in enumerate(pieces):
        if '.' in piece and i == len(pieces) - 1:
            v4 = _pton4(piece)
            if v4 is None:
                return None
            groups.append(v4[0] << 8 | v4[1])
            groups.append(v4[2] << 8 | v4[3])
            continue
        value = _hex_group(piece)
        if value is None:
            return None
        groups.append(value)
    return groups


def _pton6(text):
    """Parser of inet_pton(AF_INET6); None if invalid."""
    head, sep, tail = text.partition('::')
    if sep and '::' in tail:
        return None
    left = _groups(head)
    right = _groups(tail) if sep else []
    if left is None or right is None:
        return None
    if sep and '.' in head:
        return None
    missing = 8 - len(left) - len(right)
    if (sep and missing < 1) or (not sep and missing != 0):
        return None
    groups = left + [0] * missing + right
    return b''.join(_pack(g, 2) for g in groups)


def inet_pton(address_family, ip_string):
    """Convert an IP address string to its packed binary form."""
    _need_str(ip_string, 'inet_pton', 2)
    if address_family == AF_INET:
        packed = _pton4(ip_string)
    elif address_family == AF_INET6:
        packed = _pton6(ip_string)
    else:
        raise OSError(_errno.EAFNOSUPPORT,
                      "Address family not supported by protocol")
    if packed is None:
        raise OSError("illegal IP address string passed to inet_pton")
    return packed


def _longest_zero_run(groups):
    """(start, length) of the first longest run of 2+ zero groups, or (-1, 0)."""
    best = (-1, 0)
    start = None
    for i, g in enumerate(groups + [1]):
        if g == 0 and start is None:
            start = i
        elif g != 0 and start is not None:
            if i - start > best[1] and i - start >= 2:
                best = (start, i - start)
            start = None
    return best


def _ntop6(packed):
    groups = [packed[i] << 8 | packed[i + 1] for i in range(0, 16, 2)]
    start, length = _longest_zero_run(groups)
    # IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d) forms.
    if start == 0 and (length == 6 or (length == 5 and groups[5] == 0xffff)):
        prefix = '::ffff:' if length == 5 else '::'
        return prefix + '.'.join(str(b) for b in packed[12:])
    if start < 0:
        return ':'.join(f'{g:x}' for g in groups)
    left = ':'.join(f'{g:x}' for g in groups[:start])
    right = ':'.join(f'{g:x}' for g in groups[start + length:])
    return f'{left}::{right}'


def inet_ntop(address_family, packed_ip):
    """Convert a packed IP address to its string form."""
    packed = _need_bytes(packed_ip)
    if address_family == AF_INET:
        if len(packed) != 4:
            raise ValueError("invalid length of packed IP address string")
        return '.'.join(str(b) for b in packed)
    if address_family == AF_INET6:
        if len(packed) != 16:
            raise ValueError("invalid length of packed IP address string")
        return _ntop6(packed)
    raise ValueError(f"unknown address family {address_family}")
