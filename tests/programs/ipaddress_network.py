# Networks: construction, masks, iteration, subnetting and predicates.
import ipaddress
from ipaddress import (IPv4Network, IPv6Network, IPv4Address, IPv6Address,
                       IPv4Interface, ip_network)


def show(label, func, *args, **kw):
    try:
        r = func(*args, **kw)
        if hasattr(r, '__next__') or type(r).__name__ == 'list':
            r = list(r)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


def get(obj, name):
    try:
        return getattr(obj, name)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


inputs4 = ['10.0.0.0/8', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255',
           '10.1.2.3/8', '1.2.3.4', '1.2.3.4/32', '0.0.0.0/0', '1.2.3.0/24',
           '1.2.3.0/255.255.255.0', '1.2.3.0/0.0.0.255', '1.2.3.4/33',
           '1.2.3.4/-1', '1.2.3.4/+8', '1.2.3.4/ 8', '1.2.3.4/08', '1.2.3.4/',
           '1.2.3.4/a', '1.2.3.4/255.0.255.0', '1.2.3.4/1.2.3.4',
           '1.2.3.4/24/1', '1.2.3/24', '/24', '', '1.2.3.4/255.255.255.256',
           '0.0.0.0/0.0.0.0', '0.0.0.0/255.255.255.255', '1.2.3.4/٣',
           '1.2.3.4/0.0.0.0', '1.2.3.4/255.255.255.255', '::1/128',
           '10.0.0.0/0255.0.0.0', '1.2.3.4/3_2', '1.2.3.4/0x10']
for s in inputs4:
    show('v4net %r' % s, IPv4Network, s)
    show('v4net %r loose' % s, IPv4Network, s, strict=False)
for arg in [(0x0a000000, 8), ('10.0.0.0', 8), ('10.0.0.0', '8'),
            ('10.0.0.0', '255.0.0.0'), ('10.1.0.0', 8), (b'\n\x00\x00\x00', 8),
            (IPv4Address('10.0.0.0'), 8), ('10.0.0.0',),
            ('10.0.0.0', 33), ('10.0.0.0', -1), ('10.0.0.0', '33'),
            ('10.0.0.0', None), (), 167772160, b'\n\x00\x00\x00', 2**32,
            IPv4Address('1.2.3.4'), IPv4Interface('1.2.3.4/24'),
            ('10.0.0.0', True)]:
    show('v4net %r' % (arg,), IPv4Network, arg)
show('v4net tuple loose', IPv4Network, ('10.1.0.0', 8), False)

inputs6 = ['2001:db8::/32', '2001:db8::1/32', '::/0', '::1', '::1/128',
           '2001:db8::/129', '2001:db8::/-1', '2001:db8::/ffff::',
           '2001:db8::/032', '2001:db8::/', 'fe80::%eth0/64', 'fe80::1%eth0/64',
           '::/1/2', 'x::/8', '2001:db8::/255.255.0.0', '1.2.3.0/24']
for s in inputs6:
    show('v6net %r' % s, IPv6Network, s)
    show('v6net %r loose' % s, IPv6Network, s, strict=False)
for arg in [('2001:db8::', 32), ('2001:db8::1', 32), (1, 128), (2**128, 0),
            ('::', '64'), ('::', 'ff::'), ('::', 200), b'\x00' * 16]:
    show('v6net %r' % (arg,), IPv6Network, arg)

for arg in ['1.2.3.0/24', '1.2.3.4/24', '::/0', '::1/64', 'junk', 1, 2**33,
            ('1.2.3.0', 24), ('::', 16), '1.2.3.4/40', '1.2.3.4/255.0.0.255']:
    show('ip_network %r' % (arg,), ip_network, arg)
    show('ip_network %r loose' % (arg,), ip_network, arg, False)

# attributes
for s in ['192.168.0.0/16', '10.1.2.0/23', '1.2.3.4/32', '1.2.3.4/31',
          '0.0.0.0/0', '2001:db8::/32', '2001:db8::/127', '::1/128',
          'fe80::%eth0/64', '::/0', 'ffff::/16']:
    n = ip_network(s, strict=False)
    print(repr(n), str(n), n.network_address, n.broadcast_address, n.netmask,
          n.hostmask, n.prefixlen, n.num_addresses, n.version, n.max_prefixlen)
    print('  ', n.with_prefixlen, n.with_netmask, n.with_hostmask,
          get(n, 'exploded'), n.compressed, get(n, 'reverse_pointer'))
    print('  ', n[0], n[-1], n[1] if n.num_addresses > 1 else '-',
          n.network_address.scope_id if n.version == 6 else '', hash(n) == hash(ip_network(s, strict=False)))

n = IPv4Network('192.168.1.0/29')
print(list(n), list(n.hosts()))
print([str(x) for x in IPv4Network('10.0.0.0/31').hosts()],
      [str(x) for x in IPv4Network('10.0.0.7/32').hosts()],
      [str(x) for x in IPv6Network('2001:db8::/126').hosts()],
      [str(x) for x in IPv6Network('2001:db8::/127').hosts()],
      [str(x) for x in IPv6Network('2001:db8::/128').hosts()],
      [str(x) for x in IPv4Network('10.0.0.0/30').hosts()])
for idx in [0, 7, 8, -1, -8, -9, 100]:
    show('getitem %d' % idx, lambda i: n[i], idx)
show('getitem str', lambda: n['1'])
show('getitem slice', lambda: n[1:3])
show('len', len, n)
print(IPv4Address('192.168.1.5') in n, IPv4Address('192.168.1.8') in n,
      IPv6Address('::1') in n, IPv4Network('192.168.1.0/30') in n,
      IPv4Interface('192.168.1.1/24') in n)

# subnets / supernet
net = IPv4Network('10.0.0.0/24')
show('subnets()', net.subnets)
show('subnets(2)', net.subnets, 2)
show('subnets(new_prefix=26)', net.subnets, new_prefix=26)
show('subnets(new_prefix=24)', net.subnets, new_prefix=24)
show('subnets(new_prefix=23)', net.subnets, new_prefix=23)
show('subnets(0)', net.subnets, 0)
show('subnets(-1)', net.subnets, -1)
show('subnets(9)', net.subnets, 9)
show('subnets(8)', lambda: len(list(net.subnets(8))))
show('subnets(2, 26)', net.subnets, 2, 26)
show('subnets(1, 26)', net.subnets, 1, 26)
show('subnets /32', IPv4Network('1.1.1.1/32').subnets)
show('subnets /32 diff 5', IPv4Network('1.1.1.1/32').subnets, 5)
show('supernet()', net.supernet)
show('supernet(4)', net.supernet, 4)
show('supernet(new_prefix=16)', net.supernet, new_prefix=16)
show('supernet(new_prefix=25)', net.supernet, new_prefix=25)
show('supernet(new_prefix=24)', net.supernet, new_prefix=24)
show('supernet(25)', net.supernet, 25)
show('supernet(24)', net.supernet, 24)
show('supernet(2, 16)', net.supernet, 2, 16)
show('supernet(1, 16)', net.supernet, 1, 16)
show('supernet(0)', net.supernet, 0)
show('supernet /0', IPv4Network('0.0.0.0/0').supernet)
show('supernet /0 3', IPv4Network('0.0.0.0/0').supernet, 3)
show('v6 subnets', IPv6Network('2001:db8::/62').subnets, new_prefix=64)
show('v6 supernet', IPv6Network('2001:db8::/62').supernet, new_prefix=48)
show('v6 supernet big', IPv6Network('2001:db8::/62').supernet, 70)

# address_exclude, overlaps, subnet_of
a = IPv4Network('192.0.2.0/28')
show('exclude', a.address_exclude, IPv4Network('192.0.2.1/32'))
show('exclude self', a.address_exclude, a)
show('exclude outside', a.address_exclude, IPv4Network('10.0.0.0/8'))
show('exclude bigger', a.address_exclude, IPv4Network('192.0.0.0/16'))
show('exclude v6', a.address_exclude, IPv6Network('::/0'))
show('exclude addr', a.address_exclude, IPv4Address('192.0.2.1'))
show('exclude v6 ok', IPv6Network('2001:db8::/126').address_exclude,
     IPv6Network('2001:db8::2/128'))
print(a.overlaps(IPv4Network('192.0.2.8/29')), a.overlaps(IPv4Network('192.0.2.16/28')),
      a.overlaps(IPv4Network('192.0.0.0/8')), a.overlaps(IPv6Network('::/0')))
for other in [IPv4Network('192.0.2.0/24'), IPv4Network('192.0.2.0/28'),
              IPv4Network('192.0.2.0/30'), IPv4Network('10.0.0.0/8'),
              IPv6Network('::/0'), IPv4Address('1.2.3.4'), 'x']:
    show('subnet_of %s' % (other,), a.subnet_of, other)
    show('supernet_of %s' % (other,), a.supernet_of, other)
for other in [IPv4Network('192.0.2.0/24'), a, IPv4Network('192.0.2.0/29'),
              IPv4Network('192.0.2.0/28').supernet(), IPv6Network('::/0'),
              ]:
    show('compare_networks %s' % (other,), a.compare_networks, other)

# predicates on networks
for s in ['10.0.0.0/8', '100.64.0.0/10', '100.64.0.0/11', '100.0.0.0/8', '127.0.0.0/8',
          '169.254.0.0/16', '224.0.0.0/4', '240.0.0.0/4', '0.0.0.0/32',
          '0.0.0.0/8', '192.0.0.0/24', '1.0.0.0/8', '0.0.0.0/0',
          '::/128', '::1/128', 'fe80::/10', 'fec0::/10', 'ff00::/8',
          '2001:db8::/32', 'fc00::/7', '::/0', '2000::/3', '::ffff:0:0/96']:
    n = ip_network(s)
    print(s, [p for p in ['is_private', 'is_global', 'is_multicast',
                          'is_reserved', 'is_loopback', 'is_link_local',
                          'is_unspecified', 'is_site_local']
              if getattr(n, p, False)])

# ordering, equality, hashing
nets = [ip_network('10.0.0.0/16'), ip_network('10.0.0.0/8'),
        ip_network('9.0.0.0/8'), ip_network('10.0.0.0/24')]
print(sorted(nets))
print(nets[0] == IPv4Network('10.0.0.0/16'), nets[0] != nets[1],
      nets[0] == IPv4Address('10.0.0.0'), nets[0] == '10.0.0.0/16',
      nets[1] < nets[0], nets[0] > nets[3])
print(IPv4Network('1.0.0.0/8') == IPv4Interface('1.0.0.0/8'),
      IPv4Interface('1.0.0.0/8') == IPv4Network('1.0.0.0/8'))
show('net < v6net', lambda: nets[0] < IPv6Network('::/0'))
show('net < addr', lambda: nets[0] < IPv4Address('1.1.1.1'))
show('net < int', lambda: nets[0] < 3)
print(len(set(nets + [ip_network('10.0.0.0/16')])))
print(hash(IPv4Network('10.0.0.0/8')) == hash(IPv4Network('10.0.0.0/255.0.0.0')))
print(IPv6Network('fe80::%1/64') == IPv6Network('fe80::/64'))
show('setattr net', setattr, nets[0], 'extra', 5)
print(getattr(nets[0], 'extra', None))
show('iter v6 big', lambda: [str(x) for x, _ in zip(IPv6Network('::/0'), range(3))])
show('net + 1', lambda: nets[0] + 1)
show('int(net)', int, nets[0])
show('format net', format, nets[0], '')
show('format net s', format, nets[0], '>20s')
