"""IPv4/IPv6 addresses, networks and interfaces (CPython's ipaddress module,
written for pyrs)."""

import functools

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """An address string or number could not be understood."""


class NetmaskValueError(ValueError):
    """A netmask or prefix length could not be understood."""


# -- text <-> integer ----------------------------------------------------------

_HEX = frozenset('0123456789abcdefABCDEF')


def _v4_from_text(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    fields = text.split('.')
    if len(fields) != 4:
        raise AddressValueError('Expected 4 octets in %r' % text)
    value = 0
    for field in fields:
        if not field:
            raise AddressValueError('Empty octet not permitted in %r' % text)
        if not (field.isascii() and field.isdigit()):
            problem = 'Only decimal digits permitted in %r' % field
        elif len(field) > 3:
            problem = 'At most 3 characters permitted in %r' % field
        elif len(field) > 1 and field[0] == '0':
            problem = 'Leading zeros are not permitted in %r' % field
        elif int(field) > 255:
            problem = 'Octet %d (> 255) not permitted' % int(field)
        else:
            value = (value << 8) | int(field)
            continue
        raise AddressValueError('%s in %r' % (problem, text))
    return value


def _v4_to_text(value):
    return '.'.join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))


def _v6_from_text(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    groups = text.split(':')
    if len(groups) < 3:
        raise AddressValueError('At least 3 parts expected in %r' % text)
    if '.' in groups[-1]:
        try:
            low = _v4_from_text(groups[-1])
        except AddressValueError as exc:
            raise AddressValueError('%s in %r' % (exc, text)) from None
        groups[-1:] = ['%x' % (low >> 16), '%x' % (low & 0xFFFF)]
    if len(groups) > 9:
        raise AddressValueError('At most 8 colons permitted in %r' % text)
    holes = [i for i in range(1, len(groups) - 1) if not groups[i]]
    if len(holes) > 1:
        raise AddressValueError("At most one '::' permitted in %r" % text)
    if holes:
        gap = holes[0]
        head, tail = groups[:gap], groups[gap + 1:]
        if head == ['']:
            head = []
        if tail == ['']:
            tail = []
        if head and not head[0]:
            raise AddressValueError(
                "Leading ':' only permitted as part of '::' in %r" % text)
        if tail and not tail[-1]:
            raise AddressValueError(
                "Trailing ':' only permitted as part of '::' in %r" % text)
        if len(head) + len(tail) > 7:
            raise AddressValueError(
                "Expected at most 7 other parts with '::' in %r" % text)
        groups = head + ['0'] * (8 - len(head) - len(tail)) + tail
    else:
        if len(groups) != 8:
            raise AddressValueError(
                "Exactly 8 parts expected without '::' in %r" % text)
        if not groups[0]:
            raise AddressValueError(
                "Leading ':' only permitted as part of '::' in %r" % text)
        if not groups[-1]:
            raise AddressValueError(
                "Trailing ':' only permitted as part of '::' in %r" % text)
    value = 0
    for group in groups:
        if not _HEX.issuperset(group):
            raise AddressValueError(
                'Only hex digits permitted in %r in %r' % (group, text))
        if len(group) > 4:
            raise AddressValueError(
                'At most 4 characters permitted in %r in %r' % (group, text))
        value = (value << 16) | int(group, 16)
    return value


def _v6_groups(value):
    return ['%x' % ((value >> shift) & 0xFFFF) for shift in range(112, -1, -16)]


def _v6_to_text(value):
    groups = _v6_groups(value)
    # Longest run (at least two) of zero groups; the first one wins ties.
    best_at, best_len, run_at, run_len = -1, 1, 0, 0
    for pos, group in enumerate(groups):
        if group == '0':
            if run_len == 0:
                run_at = pos
            run_len += 1
            if run_len > best_len:
                best_at, best_len = run_at, run_len
        else:
            run_len = 0
    if best_at < 0:
        return ':'.join(groups)
    left = ':'.join(groups[:best_at])
    right = ':'.join(groups[best_at + best_len:])
    return left + '::' + right


def _v6_to_full_text(value):
    return ':'.join('%04x' % ((value >> shift) & 0xFFFF)
                    for shift in range(112, -1, -16))


def _ones(width, count):
    """Integer whose `count` leading bits (of `width`) are set."""
    return ((1 << count) - 1) << (width - count)


def _prefix_of_mask(width, mask):
    """Prefix length of a contiguous netmask, or None."""
    zeros = (~mask & (mask - 1)).bit_length() if mask else width
    count = width - zeros
    return count if mask == _ones(width, count) else None


# -- shared behaviour ----------------------------------------------------------

class _IPObject:
    """Things common to addresses, networks and interfaces."""

    __slots__ = ()

    @property
    def exploded(self):
        """The long form of the text representation."""
        return self._long_text()

    @property
    def compressed(self):
        """The short form of the text representation."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the reverse DNS PTR record."""
        if self.version == 4:
            return '.'.join(reversed(self.exploded.split('.'))) + '.in-addr.arpa'
        return '.'.join(reversed(self.exploded.replace(':', ''))) + '.ip6.arpa'

    @property
    def max_prefixlen(self):
        return self._width

    @property
    def version(self):
        return self._ver

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))


class _V4Traits:
    __slots__ = ()
    _ver = 4
    _width = IPV4LENGTH

    @staticmethod
    def _parse(text):
        return _v4_from_text(text)

    @staticmethod
    def _render(value):
        return _v4_to_text(value)

    @staticmethod
    def _render_full(value):
        return _v4_to_text(value)

    @classmethod
    def _text_mask(cls, text):
        try:
            value = _v4_from_text(text)
        except AddressValueError:
            raise NetmaskValueError('%r is not a valid netmask' % text) from None
        for candidate in (value, value ^ 0xFFFFFFFF):
            found = _prefix_of_mask(32, candidate)
            if found is not None:
                return found
        raise NetmaskValueError('%r is not a valid netmask' % text)


class _V6Traits:
    __slots__ = ()
    _ver = 6
    _width = IPV6LENGTH

    @staticmethod
    def _parse(text):
        return _v6_from_text(text)

    @staticmethod
    def _render(value):
        return _v6_to_text(value)

    @staticmethod
    def _render_full(value):
        return _v6_to_full_text(value)

    @classmethod
    def _text_mask(cls, text):
        raise NetmaskValueError('%r is not a valid netmask' % text)


def _prefix_from(traits, mask):
    """Validated prefix length for an int, a digit string or (IPv4) a
    dotted netmask or hostmask."""
    if isinstance(mask, int):
        if 0 <= mask <= traits._width:
            return mask
        raise NetmaskValueError('%r is not a valid netmask' % mask)
    if mask.isascii() and mask.isdigit():
        count = int(mask)
        if count <= traits._width:
            return count
    return traits._text_mask(mask)


def _split_spec(cls, spec):
    """(address argument, mask argument) of a network or interface spec."""
    if isinstance(spec, (int, bytes)):
        return spec, cls._width
    if isinstance(spec, tuple):
        return spec[0], (spec[1] if len(spec) > 1 else cls._width)
    pieces = str(spec).split('/')
    if len(pieces) > 2:
        raise AddressValueError("Only one '/' permitted in %r" % spec)
    return pieces[0], (pieces[1] if len(pieces) == 2 else cls._width)


# -- addresses -----------------------------------------------------------------

class _AddressCore(_IPObject):
    """Behaviour shared by IPv4Address and IPv6Address."""

    __slots__ = ()

    def _value_from(self, address):
        cls_name = 'IPv%d' % self._ver
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(
                    '%d (< 0) is not permitted as an %s address'
                    % (address, cls_name))
            if address >> self._width:
                raise AddressValueError(
                    '%d (>= 2**%d) is not permitted as an %s address'
                    % (address, self._width, cls_name))
            return address
        if isinstance(address, bytes):
            size = self._width // 8
            if len(address) != size:
                raise AddressValueError(
                    '%r (len %d != %d) is not permitted as an %s address'
                    % (address, len(address), size, cls_name))
            return int.from_bytes(address, 'big')
        return None

    def __int__(self):
        return self._int

    def __eq__(self, other):
        if not isinstance(other, _AddressCore):
            return NotImplemented
        return self._ver == other._ver and self._int == other._int

    def __lt__(self, other):
        if not isinstance(other, _AddressCore):
            return NotImplemented
        if self._ver != other._ver:
            raise TypeError('%s and %s are not of the same version'
                            % (self, other))
        return self._int < other._int

    def __le__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return less or self == other

    def __gt__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return not less and self != other

    def __ge__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return not less

    def __hash__(self):
        return hash(hex(self._int))

    def __add__(self, other):
        if isinstance(other, int):
            return type(self)(self._int + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, int):
            return type(self)(self._int - other)
        return NotImplemented

    def __str__(self):
        return self._render(self._int)

    def __reduce__(self):
        return type(self), (self._int,)

    def _long_text(self):
        return self._render_full(self._int)

    @property
    def packed(self):
        """The address as big-endian bytes."""
        return self._int.to_bytes(self._width // 8, 'big')

    def __format__(self, spec):
        if not spec or spec[-1] == 's':
            return format(str(self), spec)
        pos = 0
        alternate = spec.startswith('#')
        if alternate:
            pos += 1
        grouping = spec[pos:pos + 1] == '_'
        if grouping:
            pos += 1
        kind = spec[pos:]
        if kind not in ('b', 'x', 'X', 'n'):
            return super().__format__(spec)
        if kind == 'n':
            kind = 'b' if self._ver == 4 else 'x'
        digits = self._width if kind == 'b' else self._width // 4
        if grouping:
            digits += digits // 4 - 1
        if alternate:
            digits += 2
        return format(self._int, '%s0%d%s%s' % ('#' if alternate else '', digits,
                                                '_' if grouping else '', kind))

    def _within(self, table):
        return any(net.network_address._int <= self._int <= net._last
                   for net in table)


class IPv4Address(_V4Traits, _AddressCore):
    """A single IPv4 address."""

    __slots__ = ('_int', '__weakref__')

    def __init__(self, address):
        value = self._value_from(address)
        if value is None:
            text = str(address)
            if '/' in text:
                raise AddressValueError("Unexpected '/' in %r" % address)
            value = _v4_from_text(text)
        self._int = value

    @property
    def is_private(self):
        """True if the address is in a private or otherwise non-global
        IANA-registered range."""
        return self._within(_V4_PRIVATE)

    @property
    def is_global(self):
        """True if the address is globally reachable."""
        return not self._within(_V4_SHARED) and not self.is_private

    @property
    def is_multicast(self):
        return self._within(_V4_MULTICAST)

    @property
    def is_reserved(self):
        return self._within(_V4_RESERVED)

    @property
    def is_loopback(self):
        return self._within(_V4_LOOPBACK)

    @property
    def is_link_local(self):
        return self._within(_V4_LINK_LOCAL)

    @property
    def is_unspecified(self):
        return self._int == 0


class IPv6Address(_V6Traits, _AddressCore):
    """A single IPv6 address, possibly with a scope id."""

    __slots__ = ('_int', '_zone', '__weakref__')

    def __init__(self, address):
        self._zone = None
        value = self._value_from(address)
        if value is None:
            text = str(address)
            if '/' in text:
                raise AddressValueError("Unexpected '/' in %r" % address)
            text, mark, scope = text.partition('%')
            if mark:
                if not scope or '%' in scope:
                    raise AddressValueError(
                        'Invalid IPv6 address: %r' % repr(str(address)))
                self._zone = scope
            value = _v6_from_text(text)
        self._int = value

    def __str__(self):
        text = _v6_to_text(self._int)
        if self._zone is not None:
            text += '%' + self._zone
        return text

    def __eq__(self, other):
        same = _AddressCore.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return self._zone == getattr(other, '_zone', None)

    def __hash__(self):
        return hash((self._int, self._zone))

    def __reduce__(self):
        return type(self), (str(self),)

    def _long_text(self):
        if self._zone is not None:
            # The scoped text does not parse back; report it as CPython does.
            _v6_from_text(str(self))
        return _v6_to_full_text(self._int)

    @property
    def scope_id(self):
        """The scope id (RFC 4007) given after '%', or None."""
        return self._zone

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an ::ffff:0:0/96 address, else None."""
        if self._int >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._int & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        """The embedded IPv4 address of a 2002::/16 (6to4) address, else
        None."""
        if self._int >> 112 != 0x2002:
            return None
        return IPv4Address((self._int >> 80) & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a 2001::/32 (Teredo) address,
        else None."""
        if self._int >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._int >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._int & 0xFFFFFFFF))

    @property
    def is_private(self):
        """True if the address is in a private or otherwise non-global
        IANA-registered range."""
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._within(_V6_PRIVATE)

    @property
    def is_global(self):
        """True if the address is globally reachable."""
        return not self.is_private

    @property
    def is_multicast(self):
        return self._int >> 120 == 0xFF

    @property
    def is_reserved(self):
        return self._within(_V6_RESERVED)

    @property
    def is_link_local(self):
        return self._int >> 118 == 0x3FA

    @property
    def is_site_local(self):
        """True for the deprecated fec0::/10 site-local range."""
        return self._int >> 118 == 0x3FB

    @property
    def is_loopback(self):
        return self._int == 1

    @property
    def is_unspecified(self):
        return self._int == 0


# -- networks ------------------------------------------------------------------

class _NetworkCore(_IPObject):
    """Behaviour shared by IPv4Network and IPv6Network."""

    def __init__(self, address, strict=True):
        raw_addr, raw_mask = _split_spec(self, address)
        start = self._addr_type(raw_addr)
        self._plen = _prefix_from(self, raw_mask)
        mask = _ones(self._width, self._plen)
        self.netmask = self._addr_type(mask)
        if start._int & ~mask:
            if strict:
                raise ValueError('%s/%d has host bits set'
                                 % (start, self._plen))
            start = self._addr_type(start._int & mask)
        self.network_address = start

    @property
    def _last(self):
        return self.network_address._int | (~self.netmask._int
                                           & ((1 << self._width) - 1))

    @property
    def broadcast_address(self):
        """The last address of the network."""
        return self._addr_type(self._last)

    @property
    def hostmask(self):
        """The netmask with its bits inverted."""
        return self._addr_type(self.netmask._int ^ ((1 << self._width) - 1))

    @property
    def prefixlen(self):
        return self._plen

    @property
    def num_addresses(self):
        """How many addresses the network holds."""
        return 1 << (self._width - self._plen)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._plen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    def __str__(self):
        return self.with_prefixlen

    def _long_text(self):
        return '%s/%d' % (self.network_address.exploded, self._plen)

    def __hash__(self):
        return hash(self.network_address._int ^ self.netmask._int)

    def __eq__(self, other):
        if not isinstance(other, _NetworkCore):
            return NotImplemented
        return (self._ver == other._ver
                and self.network_address == other.network_address
                and self._plen == other._plen)

    def _order_key(self):
        return (self.network_address._int, self.netmask._int)

    def __lt__(self, other):
        if not isinstance(other, _NetworkCore):
            return NotImplemented
        if self._ver != other._ver:
            raise TypeError('%s and %s are not of the same version'
                            % (self, other))
        return self._order_key() < other._order_key()

    def __le__(self, other):
        less = self.__lt__(other)
        if less is NotImplemented:
            return less
        return less or self == other

    def __gt__(self, other):
        less = self.__lt__(other)
        if less is NotImplemented:
            return less
        return not less and self != other

    def __ge__(self, other):
        less = self.__lt__(other)
        if less is NotImplemented:
            return less
        return not less

    def __format__(self, spec):
        if not spec:
            return str(self)
        return super().__format__(spec)

    def __contains__(self, other):
        if isinstance(other, _NetworkCore) or other._ver != self._ver:
            return False
        return other._int & self.netmask._int == self.network_address._int

    def __iter__(self):
        make = self._addr_type
        for value in range(self.network_address._int, self._last + 1):
            yield make(value)

    def __getitem__(self, index):
        first, last = self.network_address._int, self._last
        if index >= 0:
            if first + index > last:
                raise IndexError('address out of range')
            return self._addr_type(first + index)
        if last + 1 + index < first:
            raise IndexError('address out of range')
        return self._addr_type(last + 1 + index)

    def hosts(self):
        """Iterate over the usable host addresses of the network."""
        make = self._addr_type
        spare = self._width - self._plen
        if spare == 0:
            return iter([self.network_address])
        if spare == 1:
            return iter(self)
        first = self.network_address._int + 1
        stop = self._last if self._ver == 4 else self._last + 1
        return (make(value) for value in range(first, stop))

    def overlaps(self, other):
        """True if the two networks share at least one address."""
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other
                or self.broadcast_address in other)

    def compare_networks(self, other):
        """-1, 0 or 1 by network address, then by netmask."""
        if self._ver != other._ver:
            raise TypeError('%s and %s are not of the same type'
                            % (self, other))
        mine, theirs = self._order_key(), other._order_key()
        return (mine > theirs) - (mine < theirs)

    def subnet_of(self, other):
        """True if this network lies inside `other`."""
        return _inside(self, other)

    def supernet_of(self, other):
        """True if `other` lies inside this network."""
        return _inside(other, self)

    def address_exclude(self, other):
        """Iterate over the networks left after removing `other` from this
        network."""
        if self._ver != other._ver:
            raise TypeError('%s and %s are not of the same version'
                            % (self, other))
        if not isinstance(other, _NetworkCore):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        target = other.network_address._int
        for length in range(self._plen + 1, other._plen + 1):
            base = target & _ones(self._width, length)
            sibling = base ^ (1 << (self._width - length))
            yield type(self)((sibling, length))

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Iterate over the subnets `prefixlen_diff` bits longer (or of
        length `new_prefix`)."""
        if self._plen == self._width:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._plen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._plen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        length = self._plen + prefixlen_diff
        if length > self._width:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (length, self))
        step = 1 << (self._width - length)
        for value in range(self.network_address._int, self._last + 1, step):
            yield type(self)((value, length))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network `prefixlen_diff` bits shorter (or of length
        `new_prefix`) that holds this one."""
        if self._plen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._plen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._plen - new_prefix
        length = self._plen - prefixlen_diff
        if length < 0:
            raise ValueError(
                'current prefixlen is %d, cannot have a prefixlen_diff of %d'
                % (self._plen, prefixlen_diff))
        base = self.network_address._int & _ones(self._width, length)
        return type(self)((base, length))

    def _span_in(self, table):
        first, last = self.network_address._int, self._last
        return any(net.network_address._int <= first and last <= net._last
                   for net in table)

    def _both_ends(self, flag):
        return (getattr(self.network_address, flag)
                and getattr(self.broadcast_address, flag))

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')


def _inside(inner, outer):
    if not (isinstance(inner, _NetworkCore) and isinstance(outer, _NetworkCore)):
        raise TypeError('Unable to test subnet containment between %s and %s'
                        % (inner, outer))
    if inner._ver != outer._ver:
        raise TypeError('%s and %s are not of the same version'
                        % (inner, outer))
    return (outer.network_address._int <= inner.network_address._int
            and inner._last <= outer._last)


class IPv4Network(_V4Traits, _NetworkCore):
    """An IPv4 network: an address prefix and its length."""

    _addr_type = IPv4Address

    @property
    def is_private(self):
        """True if the whole network lies in one private range."""
        return self._span_in(_V4_PRIVATE)

    @property
    def is_global(self):
        """True unless the network is private or shared address space."""
        return not self._span_in(_V4_SHARED) and not self.is_private


class IPv6Network(_V6Traits, _NetworkCore):
    """An IPv6 network: an address prefix and its length."""

    _addr_type = IPv6Address

    @property
    def is_private(self):
        """True if the whole network lies in one private range."""
        return self._span_in(_V6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


# -- interfaces ----------------------------------------------------------------

class _InterfaceCore:
    """An address together with the network it sits on (mixed into the
    address classes)."""

    def _setup(self, spec):
        raw_addr, raw_mask = _split_spec(self, spec)
        self._addr_type.__init__(self, raw_addr)
        self._plen = _prefix_from(self, raw_mask)
        self.network = self._network_class((self._int, self._plen),
                                           strict=False)
        self.netmask = self.network.netmask

    @property
    def ip(self):
        return self._addr_type(self._int)

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self._render(self._int), self._plen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._render(self._int), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._render(self._int), self.hostmask)

    def __str__(self):
        return '%s/%d' % (self._addr_type.__str__(self), self._plen)

    def _long_text(self):
        return '%s/%d' % (self._render_full(self._int), self._plen)

    def __eq__(self, other):
        same = self._addr_type.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        if not isinstance(other, _InterfaceCore):
            return False
        return self.network == other.network

    def __lt__(self, other):
        less = self._addr_type.__lt__(self, other)
        if less is NotImplemented:
            return less
        if not isinstance(other, _InterfaceCore):
            return False
        if self.network == other.network:
            return less
        return self.network < other.network

    def __hash__(self):
        return hash((self._int, self._plen,
                     self.network.network_address._int))

    def __reduce__(self):
        return type(self), (str(self),)


class IPv4Interface(_InterfaceCore, IPv4Address):
    """An IPv4 address with a prefix length, e.g. 192.0.2.5/24."""

    _addr_type = IPv4Address

    def __init__(self, address):
        self._setup(address)

    @property
    def is_unspecified(self):
        # An interface never equals the bare unspecified address.
        return False


class IPv6Interface(_InterfaceCore, IPv6Address):
    """An IPv6 address with a prefix length, e.g. 2001:db8::5/64."""

    _addr_type = IPv6Address

    def __init__(self, address):
        self._setup(address)

    @property
    def is_unspecified(self):
        return self._int == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._int == 1 and self.network.is_loopback


IPv4Interface._network_class = IPv4Network
IPv6Interface._network_class = IPv6Network


def _nets(cls, *specs):
    return tuple(cls(spec) for spec in specs)


_V4_LOOPBACK = _nets(IPv4Network, '127.0.0.0/8')
_V4_LINK_LOCAL = _nets(IPv4Network, '169.254.0.0/16')
_V4_MULTICAST = _nets(IPv4Network, '224.0.0.0/4')
_V4_RESERVED = _nets(IPv4Network, '240.0.0.0/4')
_V4_SHARED = _nets(IPv4Network, '100.64.0.0/10')
_V4_PRIVATE = _nets(
    IPv4Network, '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
    '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
    '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
    '240.0.0.0/4', '255.255.255.255/32')
_V6_PRIVATE = _nets(
    IPv6Network, '::1/128', '::/128', '::ffff:0:0/96', '100::/64',
    '2001::/23', '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7',
    'fe80::/10')
_V6_RESERVED = _nets(
    IPv6Network, '::/8', '100::/8', '200::/7', '400::/6', '800::/5',
    '1000::/4', '4000::/3', '6000::/3', '8000::/3', 'a000::/3', 'c000::/3',
    'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')


# -- factory and helper functions ----------------------------------------------

def _try_families(kinds, args, what):
    for kind in kinds:
        try:
            return kind(*args)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 %s'
                     % (args[0], what))


def ip_address(address):
    """An IPv4Address or IPv6Address built from a string or an integer."""
    return _try_families((IPv4Address, IPv6Address), (address,), 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network built from a string or an integer."""
    return _try_families((IPv4Network, IPv6Network), (address, strict),
                         'network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface built from a string or an integer."""
    return _try_families((IPv4Interface, IPv6Interface), (address,),
                         'interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an integer IPv4 address."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4') from None


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an integer IPv6 address."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6') from None


def _cover(net_class, width, low, high):
    """Yield the fewest networks covering the integers low..high."""
    while low <= high:
        size = (low & -low).bit_length() - 1 if low else width
        while size and low + (1 << size) - 1 > high:
            size -= 1
        yield net_class((low, width - size))
        if low + (1 << size) - 1 >= (1 << width) - 1:
            return
        low += 1 << size


def summarize_address_range(first, last):
    """Iterate over the networks that exactly cover first..last."""
    if not (isinstance(first, _AddressCore) and isinstance(last, _AddressCore)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first._ver != last._ver:
        raise TypeError('%s and %s are not of the same version'
                        % (first, last))
    if first._int > last._int:
        raise ValueError('last IP address must be greater than first')
    net_class = IPv4Network if first._ver == 4 else IPv6Network
    yield from _cover(net_class, first._width, first._int, last._int)


def collapse_addresses(addresses):
    """Iterate over the fewest networks covering the given addresses and
    networks."""
    spans = []
    last_addr = last_net = None
    for item in addresses:
        if isinstance(item, _AddressCore) or item._plen == item._width:
            if last_addr is not None and last_addr._ver != item._ver:
                raise TypeError('%s and %s are not of the same version'
                                % (item, last_addr))
            last_addr = item
            if isinstance(item, _NetworkCore):
                value = item.network_address._int
            else:
                value = item._int
            spans.append((item._ver, value, value))
        else:
            if last_net is not None and last_net._ver != item._ver:
                raise TypeError('%s and %s are not of the same version'
                                % (item, last_net))
            last_net = item
            spans.append((item._ver, item.network_address._int,
                          item._last))
    return iter(_merge_spans(spans))


def _merge_spans(spans):
    if len({version for version, _, _ in spans}) > 1:
        kinds = sorted(spans, key=lambda span: span[0])
        raise TypeError('%s and %s are not of the same version'
                        % (_span_text(kinds[0]), _span_text(kinds[-1])))
    merged = []
    for version, low, high in sorted(spans):
        if merged and low <= merged[-1][2] + 1:
            if high > merged[-1][2]:
                merged[-1][2] = high
        else:
            merged.append([version, low, high])
    result = []
    for version, low, high in merged:
        if version == 4:
            result.extend(_cover(IPv4Network, IPV4LENGTH, low, high))
        else:
            result.extend(_cover(IPv6Network, IPV6LENGTH, low, high))
    return result


def _span_text(span):
    version, low, _ = span
    return str(IPv4Address(low) if version == 4 else IPv6Address(low))


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions
    together."""
    if isinstance(obj, _NetworkCore):
        return (obj._ver, obj.network_address, obj.netmask)
    if isinstance(obj, _AddressCore):
        return (obj._ver, obj)
    return NotImplemented
