# Interfaces, collapse_addresses, summarize_address_range, get_mixed_type_key.
import ipaddress
from ipaddress import (IPv4Network, IPv6Network, IPv4Address, IPv6Address,
                       IPv4Interface, IPv6Interface, ip_interface,
                       collapse_addresses, summarize_address_range,
                       get_mixed_type_key)


def show(label, func, *args, **kw):
    try:
        r = func(*args, **kw)
        if hasattr(r, '__next__'):
            r = list(r)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


for arg in ['192.168.1.5/24', '192.168.1.5', '192.168.1.5/255.255.255.0',
            '192.168.1.5/0.0.0.255', '192.168.1.5/33', '192.168.1.5/x',
            '1.2.3/8', 3232235781, ('192.168.1.5', 24), ('192.168.1.5', '24'),
            (3232235781, 16), b'\xc0\xa8\x01\x05', '1.2.3.4/8/8', '']:
    show('v4if %r' % (arg,), IPv4Interface, arg)
for arg in ['2001:db8::5/64', '2001:db8::5', 'fe80::1%eth0/64', '::/0',
            '2001:db8::5/129', '::1/ff::', ('::1', 64), 1, '1.2.3.4/8']:
    show('v6if %r' % (arg,), IPv6Interface, arg)
for arg in ['10.1.1.1/8', '::1/64', 'x/8', '1.2.3.4/40', 5, ('::1', 120)]:
    show('ip_interface %r' % (arg,), ip_interface, arg)

for s in ['192.168.1.5/24', '10.0.0.1/32', '2001:db8::5/64', 'fe80::1%eth0/64',
          '::1/128', '::/0', '0.0.0.0/0', '127.0.0.1/8', '::ffff:1.2.3.4/96']:
    i = ip_interface(s)
    print(repr(i), str(i), i.ip, repr(i.network), i.netmask, i.hostmask,
          i.with_prefixlen, i.with_netmask, i.with_hostmask, i.compressed)
    print('  ', i.version, i.max_prefixlen, int(i), i.packed.hex(),
          i.reverse_pointer if '%' not in s else '-',
          [p for p in ['is_private', 'is_global', 'is_multicast', 'is_reserved',
                       'is_loopback', 'is_link_local', 'is_unspecified']
           if getattr(i, p)], isinstance(i, (IPv4Address, IPv6Address)))
    show('  exploded', lambda: i.exploded)
    show('  format', format, i, '')
    show('  format x', format, i, 'x')
    show('  reduce', lambda: i.__reduce__()[1])
    show('  plus 1', lambda: i + 1)

a = IPv4Interface('192.168.1.5/24')
b = IPv4Interface('192.168.1.5/16')
c = IPv4Interface('192.168.1.6/24')
print(a == b, a == IPv4Interface('192.168.1.5/255.255.255.0'), a == c,
      a == IPv4Address('192.168.1.5'), IPv4Address('192.168.1.5') == a,
      a != b, a == '192.168.1.5/24')
print(a < b, b < a, a < c, c < a, a <= c, a > b)
print(a < IPv4Address('192.168.1.6'), IPv4Address('192.168.1.4') < a)
show('if < v6if', lambda: a < IPv6Interface('::1/64'))
show('if < net', lambda: a < IPv4Network('1.0.0.0/8'))
print(hash(a) == hash(IPv4Interface('192.168.1.5/24')), len({a, b, c, a}))
print(sorted([c, b, a]))
print(IPv6Interface('::1/64') == IPv6Interface('::1/64'),
      IPv6Interface('fe80::1%a/64') == IPv6Interface('fe80::1%b/64'))
print(IPv6Interface('::/128').is_unspecified, IPv6Interface('::/64').is_unspecified,
      IPv6Interface('::1/128').is_loopback, IPv6Interface('::1/64').is_loopback,
      IPv4Interface('0.0.0.0/8').is_unspecified, IPv4Interface('127.0.0.1/24').is_loopback)
a.extra = 3
print(a.extra)

# collapse_addresses
def col(*items):
    show('collapse %s' % ' '.join(map(str, items)), collapse_addresses, items)

col(IPv4Network('192.0.2.0/25'), IPv4Network('192.0.2.128/25'))
col(IPv4Network('192.0.2.0/24'), IPv4Network('192.0.2.0/25'), IPv4Network('10.0.0.0/8'))
col(IPv4Address('1.1.1.0'), IPv4Address('1.1.1.1'), IPv4Address('1.1.1.2'),
    IPv4Address('1.1.1.3'), IPv4Address('1.1.1.5'))
col(IPv4Address('1.1.1.1'), IPv4Address('1.1.1.1'))
col(IPv4Network('1.1.0.0/24'), IPv4Network('1.1.1.0/24'), IPv4Network('1.1.2.0/24'),
    IPv4Network('1.1.3.0/24'), IPv4Network('1.1.4.0/24'))
col(IPv4Address('1.1.1.0'), IPv4Network('1.1.1.0/30'), IPv4Interface('1.1.1.9/32'))
col(IPv4Interface('1.1.1.9/24'))
col(IPv6Network('2001:db8::/33'), IPv6Network('2001:db8:8000::/33'), IPv6Address('::1'))
col(IPv4Network('1.0.0.0/8'), IPv6Network('::/0'))
col(IPv4Address('1.0.0.0'), IPv6Address('::'))
col()
col(IPv4Network('0.0.0.0/1'), IPv4Network('128.0.0.0/1'))
print(type(collapse_addresses([])).__name__ in ('list_iterator', 'generator'))

# summarize_address_range
def summ(a, b):
    show('summarize %s %s' % (a, b), summarize_address_range, a, b)

summ(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))
summ(IPv4Address('0.0.0.0'), IPv4Address('255.255.255.255'))
summ(IPv4Address('1.1.1.1'), IPv4Address('1.1.1.1'))
summ(IPv4Address('1.1.1.2'), IPv4Address('1.1.1.1'))
summ(IPv4Address('10.0.0.1'), IPv4Address('10.0.1.254'))
summ(IPv6Address('2001:db8::'), IPv6Address('2001:db8::1:ff'))
summ(IPv6Address('::'), IPv6Address('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'))
summ(IPv4Address('1.1.1.1'), IPv6Address('::1'))
summ(IPv4Network('1.1.1.0/24'), IPv4Address('1.1.1.1'))
summ(IPv4Address('1.1.1.0'), IPv4Network('1.1.1.0/24'))
summ(IPv4Interface('1.1.1.4/24'), IPv4Interface('1.1.1.9/24'))

# get_mixed_type_key
items = [IPv6Address('::1'), IPv4Network('1.0.0.0/8'), IPv4Address('1.0.0.0'),
         IPv6Network('::/0'), IPv4Network('1.0.0.0/16'), IPv4Address('0.0.0.1'),
         IPv4Interface('1.0.0.0/8')]
print(sorted(items, key=get_mixed_type_key))
for it in items:
    print(repr(it), get_mixed_type_key(it))
print(get_mixed_type_key('x'), get_mixed_type_key(3))
show('sort mixed plain', sorted, items)

# pickling and copying
import pickle
import copy
for obj in [IPv4Address('1.2.3.4'), IPv6Address('fe80::1%z'),
            IPv4Network('10.0.0.0/8'), IPv6Network('2001:db8::/32'),
            IPv4Interface('10.1.2.3/8'), IPv6Interface('fe80::1%x/64')]:
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back), back == obj, type(back).__name__,
          copy.copy(obj) == obj, copy.deepcopy(obj) == obj)
print(isinstance(IPv4Address.max_prefixlen, property),
      isinstance(IPv6Network.version, property))
print(sorted(n for n in dir(ipaddress) if not n.startswith('_')))
