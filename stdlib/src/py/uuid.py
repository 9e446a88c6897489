"""uuid (CPython's uuid module, written for pyrs)."""

import operator
import os
import time as _clock
from enum import Enum

# UUID() takes parameters named int and bytes; keep the builtins reachable.
int_ = int
bytes_ = bytes

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


class SafeUUID(Enum):
    """Whether the platform generated a UUID in a multiprocess-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


# Bit positions inside the 128-bit integer (most significant first).
_VARIANT_MASK = 0b11 << 62
_VARIANT_RFC = 0b10 << 62
_VERSION_MASK = 0xF << 76
_NODE_MASK = (1 << 48) - 1

# (width in bits) of the six fields, in the order of UUID.fields.
_FIELD_BITS = (32, 16, 16, 8, 8, 48)

# 100-ns ticks between the Gregorian reform (1582-10-15) and 1970-01-01.
_GREGORIAN_OFFSET = 0x01B21DD213814000


def _hex_text_to_int(text):
    """Decode the textual forms UUID(hex=...) accepts."""
    digits = text.replace('urn:', '').replace('uuid:', '')
    digits = digits.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(digits, 16)


def _swap_le(raw):
    """Reverse the byte order of the first three fields (an involution)."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _sixteen(raw, label):
    if len(raw) != 16:
        raise ValueError('%s is not a 16-char string' % label)


def _fields_to_int(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    values = tuple(fields)
    for pos, (value, width) in enumerate(zip(values, _FIELD_BITS), 1):
        if not 0 <= value < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (pos, article, width))
    low, mid, hi_version, seq_hi, seq_low, node = values
    seq = (seq_hi << 8) | seq_low
    return low << 96 | mid << 80 | hi_version << 64 | seq << 48 | node


def _int_comparison(name, op):
    """Build a rich comparison that compares the 128-bit values."""
    def compare(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return op(self.int, other.int)
    compare.__name__ = name
    compare.__qualname__ = 'UUID.' + name
    return compare


# UUID forbids ordinary attribute assignment; its own code stores through this.
_store = object.__setattr__


class UUID:
    """An immutable, hashable UUID as described by RFC 4122.

    Build one from exactly one of: hex (a string such as
    '12345678-1234-5678-1234-567812345678', braces and a 'urn:uuid:'
    prefix allowed), bytes (16 bytes, big-endian), bytes_le (16 bytes
    with the first three fields little-endian), fields (six integers of
    32, 16, 16, 8, 8 and 48 bits) or int (a 128-bit integer).  Passing
    version (1-5) overwrites the variant and version bits accordingly.

    str() gives the canonical dashed form; the read-only properties
    expose the individual fields, the 60-bit time, the 14-bit clock
    sequence, the variant and the version.  is_safe is a SafeUUID.
    """

    __slots__ = 'int', 'is_safe', '__weakref__'

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        sources = (hex, bytes, bytes_le, fields, int)
        if sum(src is not None for src in sources) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _hex_text_to_int(hex)
        elif fields is not None:
            value = _fields_to_int(fields)
        elif int is not None:
            if not 0 <= int < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
            value = int
        else:
            if bytes_le is not None:
                _sixteen(bytes_le, 'bytes_le')
                bytes = _swap_le(bytes_le)
            _sixteen(bytes, 'bytes')
            if not isinstance(bytes, bytes_):
                raise AssertionError(repr(bytes))
            value = int_.from_bytes(bytes, 'big')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            value &= ~_VARIANT_MASK
            value |= _VARIANT_RFC
            value &= ~_VERSION_MASK
            value |= version << 76
        _store(self, 'int', value)
        _store(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe is not SafeUUID.unknown:
            # Store the plain value so pickles do not depend on the enum.
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        _store(self, 'int', state['int'])
        if 'is_safe' in state:
            safety = SafeUUID(state['is_safe'])
        else:
            safety = SafeUUID.unknown
        _store(self, 'is_safe', safety)

    __eq__ = _int_comparison('__eq__', operator.eq)
    __lt__ = _int_comparison('__lt__', operator.lt)
    __gt__ = _int_comparison('__gt__', operator.gt)
    __le__ = _int_comparison('__le__', operator.le)
    __ge__ = _int_comparison('__ge__', operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        names = ('time_low', 'time_mid', 'time_hi_version',
                 'clock_seq_hi_variant', 'clock_seq_low', 'node')
        return tuple(getattr(self, n) for n in names)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        high = self.time_hi_version & 0x0FFF
        return (high << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & _NODE_MASK

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:%s' % self

    @property
    def variant(self):
        # The variant is a prefix code in the top bits of clock_seq_hi.
        if not self.int & (1 << 63):
            return RESERVED_NCS
        if not self.int & (1 << 62):
            return RFC_4122
        if not self.int & (1 << 61):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs carry a version number.
        if self.variant != RFC_4122:
            return None
        return (self.int >> 76) & 0xF


_cached_node = None


def getnode():
    """Return this host's 48-bit node id as an int.

    WASI exposes no network hardware address, so (like CPython when it
    finds none) a random number with the multicast bit set is used; it
    stays the same for the life of the process.
    """
    global _cached_node
    if _cached_node is None:
        _cached_node = int_.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _cached_node


_previous_stamp = None


def uuid1(node=None, clock_seq=None):
    """Make a time-based UUID (version 1) from the clock, clock_seq, node.

    A random 14-bit clock sequence is used when clock_seq is None, and
    getnode() when node is None.
    """
    global _previous_stamp
    # time.time() rather than time_ns(): pyrs's time_ns() is not epoch-based.
    stamp = int_(_clock.time() * 10_000_000) + _GREGORIAN_OFFSET
    # Never hand out the same timestamp twice, even if the clock stalls.
    if _previous_stamp is not None and stamp <= _previous_stamp:
        stamp = _previous_stamp + 1
    _previous_stamp = stamp
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), 'big') >> 2
    seq_low = clock_seq & 0xFF
    seq_hi = (clock_seq >> 8) & 0x3F
    if node is None:
        node = getnode()
    parts = (stamp & 0xFFFFFFFF, (stamp >> 32) & 0xFFFF,
             (stamp >> 48) & 0x0FFF, seq_hi, seq_low, node)
    return UUID(fields=parts, version=1)


def _name_based(namespace, name, hasher, version):
    if isinstance(name, str):
        name = bytes_(name, 'utf-8')
    digest = hasher(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """Make a UUID (version 3) from the MD5 of a namespace UUID and a name."""
    import hashlib
    return _name_based(namespace, name, hashlib.md5, 3)


def uuid4():
    """Make a random UUID (version 4)."""
    noise = os.urandom(16)
    return UUID(bytes=noise, version=4)


def uuid5(namespace, name):
    """Make a UUID (version 5) from the SHA-1 of a namespace UUID and a name."""
    import hashlib
    return _name_based(namespace, name, hashlib.sha1, 5)


def main():
    """Command-line entry point: print one freshly generated UUID."""
    import argparse
    makers = {'uuid1': uuid1, 'uuid3': uuid3, 'uuid4': uuid4, 'uuid5': uuid5}
    known_spaces = {'@dns': NAMESPACE_DNS, '@url': NAMESPACE_URL,
                    '@oid': NAMESPACE_OID, '@x500': NAMESPACE_X500}
    cli = argparse.ArgumentParser(
        description='Generates a uuid using the selected uuid function.')
    cli.add_argument('-u', '--uuid', choices=list(makers), default='uuid4',
                     help='The function to use to generate the uuid. '
                          'By default uuid4 function is used.')
    cli.add_argument('-n', '--namespace',
                     help="The namespace is a UUID, or '@ns' where 'ns' "
                          'is a well-known predefined UUID addressed by '
                          'namespace name. Such as @dns, @url, @oid, and '
                          '@x500. Only required for uuid3/uuid5 functions.')
    cli.add_argument('-N', '--name',
                     help='The name used as part of generating the uuid. '
                          'Only required for uuid3/uuid5 functions.')
    opts = cli.parse_args()
    make = makers[opts.uuid]
    if opts.uuid in ('uuid3', 'uuid5'):
        if not (opts.namespace and opts.name):
            cli.error('Incorrect number of arguments. %s requires a '
                      'namespace and a name. '
                      "Run 'python -m uuid -h' for more information."
                      % opts.uuid)
        space = known_spaces.get(opts.namespace)
        if space is None:
            space = UUID(opts.namespace)
        print(make(space, opts.name))
    else:
        print(make())


# The namespaces predefined by RFC 4122, appendix C.
# They differ only in the last digit of time_low.
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = [
    UUID('6ba7b81%d-9dad-11d1-80b4-00c04fd430c8' % last) for last in (0, 1, 2, 4)]


if __name__ == '__main__':
    main()
