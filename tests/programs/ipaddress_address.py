# Address properties, formatting, comparison and arithmetic.
import ipaddress
from ipaddress import IPv4Address, IPv6Address, IPv4Network, IPv6Network

PROPS = ['is_private', 'is_global', 'is_multicast', 'is_reserved',
         'is_loopback', 'is_link_local', 'is_unspecified']


def flags(obj, extra=()):
    return ' '.join(p[3:] for p in PROPS + list(extra) if getattr(obj, p))


def show(label, func, *args):
    try:
        r = func(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


def get(obj, name):
    try:
        return getattr(obj, name)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


v4s = ['0.0.0.0', '0.1.2.3', '1.1.1.1', '8.8.8.8', '10.0.0.1', '10.255.255.255',
       '100.64.0.1', '100.127.255.255', '100.128.0.0', '127.0.0.1',
       '169.254.1.1', '172.15.255.255', '172.16.0.0', '172.31.255.255',
       '172.32.0.0', '192.0.0.1', '192.0.0.8', '192.0.0.9', '192.0.0.170',
       '192.0.0.171', '192.0.0.172', '192.0.2.5', '192.88.99.1', '192.168.1.1',
       '198.18.0.1', '198.19.255.255', '198.20.0.0', '198.51.100.7',
       '203.0.113.9', '224.0.0.1', '239.255.255.255', '240.0.0.1',
       '255.255.255.254', '255.255.255.255']
for s in v4s:
    a = IPv4Address(s)
    print(s, int(a), a.packed, a.reverse_pointer, a.exploded, a.compressed,
          a.version, a.max_prefixlen, '[%s]' % flags(a))

v6s = ['::', '::1', '::2', '::ffff:0:0', '::ffff:7f00:1', '::ffff:808:808',
       '100::', '100::ffff', '100::1:0:0:0', '2001::', '2001:1ff:ffff::',
       '2001:200::', '2001:2::1', '2001:3::', '2001:10::1', '2001:20::1',
       '2001:db8::1', '2001:db9::', '2002::', '2002:c000:0204::1', '2400::1',
       'fc00::', 'fd12:3456::1', 'fe80::1', 'febf::', 'fec0::1', 'feff::',
       'ff00::', 'ff02::1', '4000::', '8000::', 'e000::', 'f000::', 'f800::',
       'fe00::', 'fe7f::', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
       '1:0:0:0:0:0:0:0', '0:0:1:0:0:0:0:1', '1:0:0:2:0:0:0:3',
       '1:0:0:2:0:0:3:0', '0:0:0:1:0:0:0:0', '1:2:3:4:5:6:7:0',
       'fe80::1%eth0', '::ffff:10.0.0.1', '64:ff9b::1',
       'fe80::%eth0', 'fe80::1%a.b', 'fe80::1%a:b', '1::%x', '::%x:y:z',
       'fe80::1%1.2.3.4', '::1:2%.', '1:2:3:4:5:6:7:8%s', '1:0:0:0:0:0:0:8%:']
for s in v6s:
    a = IPv6Address(s)
    print(s, '|', str(a), get(a, 'exploded'), a.compressed, int(a), a.packed.hex())
    print('  ', get(a, 'reverse_pointer'), a.scope_id, a.ipv4_mapped, a.sixtofour,
          a.teredo, '[%s]' % flags(a, ['is_site_local']))

# formatting
a4 = IPv4Address('192.168.1.20')
a6 = IPv6Address('2001:db8::1:2')
s6 = IPv6Address('fe80::ab%eth2')
for a in (a4, a6, s6, IPv4Address(0), IPv6Address(0)):
    for spec in ['', 's', '>20', '<20s', '^22', 'b', 'x', 'X', 'n', '#b', '#x',
                 '#X', '#n', '_b', '_x', '_X', '_n', '#_b', '#_x', '#_X', '#_n',
                 'd', 'o', '10b', 'bx', '_', '#', 'xx', ' x', '=s']:
        show('format %s %r' % (a, spec), format, a, spec)
print(f'{a4}|{a4!r}|{a4:b}|{a6:_X}|{s6:x}|{a4:>18s}|')
print('%s %r' % (a6, s6))

# comparisons and hashing
x, y = IPv4Address('1.2.3.4'), IPv4Address('1.2.3.5')
print(x < y, x <= y, x > y, x >= y, x == y, x != y, x == IPv4Address(16909060))
print(hash(x) == hash(IPv4Address('1.2.3.4')), hash(x) == hash(y))
print(hash(IPv6Address('::1')) == hash(IPv6Address(1)))
print(IPv6Address('fe80::1%a') == IPv6Address('fe80::1%a'),
      IPv6Address('fe80::1%a') == IPv6Address('fe80::1%b'),
      IPv6Address('fe80::1%a') == IPv6Address('fe80::1'),
      IPv6Address('fe80::1%a') < IPv6Address('fe80::2'),
      IPv6Address('fe80::1%a') < IPv6Address('fe80::1%b'))
print(hash(IPv6Address('fe80::1%a')) == hash(IPv6Address('fe80::1%a')))
print(x == 16909060, x == '1.2.3.4', x != None, IPv4Address(1) == IPv6Address(1))
print(len({x, IPv4Address('1.2.3.4'), y, IPv6Address('::1'), IPv6Address(1)}))
print(sorted([IPv4Address('10.0.0.1'), IPv4Address('9.255.255.255'),
              IPv4Address('10.0.0.0')]))
for op, fn in [('<', lambda a, b: a < b), ('>=', lambda a, b: a >= b),
               ('<=', lambda a, b: a <= b), ('>', lambda a, b: a > b)]:
    show('v4 %s v6' % op, fn, x, IPv6Address('::1'))
    show('v4 %s int' % op, fn, x, 5)
    show('v4 %s net' % op, fn, x, IPv4Network('1.0.0.0/8'))
    show('v6 %s str' % op, fn, IPv6Address('::1'), '::2')

# arithmetic
print(x + 1, x - 1, x + 0, x - (-3), IPv6Address('::1') + 2**64)
for label, fn in [('v4 max + 1', lambda: IPv4Address('255.255.255.255') + 1),
                  ('v4 0 - 1', lambda: IPv4Address('0.0.0.0') - 1),
                  ('v6 max + 1', lambda: IPv6Address(2**128 - 1) + 1),
                  ('v6 0 - 1', lambda: IPv6Address(0) - 1),
                  ('1 + v4', lambda: 1 + x),
                  ('v4 + v4', lambda: x + y),
                  ('v4 - v4', lambda: y - x),
                  ('v4 + 1.0', lambda: x + 1.0),
                  ('v4 + True', lambda: x + True),
                  ('v4 * 2', lambda: x * 2),
                  ('scoped + 1', lambda: IPv6Address('fe80::1%z') + 1),
                  ('-v4', lambda: -x),
                  ('int(v6 scoped)', lambda: int(IPv6Address('fe80::1%z'))),
                  ('index', lambda: [0, 1, 2][IPv4Address(1)]),
                  ('hex', lambda: hex(IPv4Address(255))),
                  ('bool0', lambda: bool(IPv4Address(0))),
                  ]:
    show(label, fn)

# packing helpers
for n in [0, 1, 2**32 - 1, 2**32, -1]:
    show('v4_int_to_packed %d' % n, ipaddress.v4_int_to_packed, n)
for n in [0, 2**32, 2**128 - 1, 2**128, -1]:
    show('v6_int_to_packed %d' % n, ipaddress.v6_int_to_packed, n)
show('v4_int_to_packed str', ipaddress.v4_int_to_packed, '1')

print(repr(IPv6Address('fe80::1%eth0')), str(IPv6Address('FE80::A%Eth0')))
print(IPv6Address('::ffff:1.2.3.4').ipv4_mapped.is_private,
      IPv6Address('::ffff:127.0.0.1').is_loopback)
print(IPv4Address('1.2.3.4').__reduce__())
print(IPv6Address('fe80::1%x').__reduce__())
import copy
print(copy.copy(s6), copy.deepcopy(x), copy.copy(s6) == s6)
show('setattr', setattr, x, 'foo', 1)
print(hasattr(x, '__dict__'))
