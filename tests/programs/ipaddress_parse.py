# Parsing of addresses: valid forms and exact error messages.
import ipaddress
from ipaddress import (IPv4Address, IPv6Address, ip_address, AddressValueError,
                       NetmaskValueError)


def show(label, func, *args):
    try:
        r = func(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


v4_inputs = [
    '1.2.3.4', '0.0.0.0', '255.255.255.255', '127.0.0.1', '192.168.001.1',
    '1.2.3', '1.2.3.4.5', '', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.256', '1.2.3.999',
    '1.2.3.a', '1.2.3.-1', '1.2.3.+1', '1.2.3.0001', '1.2.3.01', '1.2.3.00',
    '1.2.3.', '.1.2.3', '1..2.3', '1.2.3.4/24', '1.2.3.4/', '1/2/3', '1.2.3.٣',
    '1.2.3.0x1', '1.2.3.1e1', '१.2.3.4', '1.2.3.4%eth0', '...', '1.2.3.1_0',
    '0.0.0.00', '000.0.0.0', 'abc', '1.2.3.4\n',
]
for s in v4_inputs:
    show('v4 %r' % s, IPv4Address, s)

for n in [0, 1, 2**32 - 1, 2**32, -1, 2**64, 3232235777]:
    show('v4 int %d' % n, IPv4Address, n)
for b in [b'\x01\x02\x03\x04', b'\xff' * 4, b'\x01\x02\x03', b'', b'\x00' * 5,
          b'\x00' * 16]:
    show('v4 bytes %r' % b, IPv4Address, b)
show('v4 bytearray', IPv4Address, bytearray(b'\x01\x02\x03\x04'))
show('v4 float', IPv4Address, 1.5)
show('v4 None', IPv4Address, None)
show('v4 from v4', IPv4Address, IPv4Address('9.8.7.6'))
show('v4 True', IPv4Address, True)

v6_inputs = [
    '::', '::1', '1::', '1:2:3:4:5:6:7:8', '2001:db8::1', '2001:DB8::1',
    'fe80::1%eth0', 'fe80::1%1', 'fe80::1%', 'fe80::1%a%b', '::ffff:1.2.3.4',
    '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4',
    '::ffff:1.2.3.256', '::ffff:1.2.3', '1:2', ':', '', '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', ':1::2',
    '1::2:', '1:2:3:4:5:6:7:8::', '::1:2:3:4:5:6:7:8', '1:2:3::4:5:6:7',
    '1:2:3:4::5:6:7:8', '12345::', 'g::', '0x1::', '::/64', '1:2:3:4:5:6:7:8:',
    ':::', '::::', '1:::2', '0000:0000:0000:0000:0000:0000:0000:0001',
    '00000::', ' ::1', '::1 ', '1.2.3.4', '::1.2.3.4.5', '::1.2.3.04',
    'a:b:c:d:e:f:a:b:c', '1:2:3:4:5:6:7:8:9:10', '::%', '::%scope/64',
    '::1%%', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6::8',
    '1::1.2.3.4%x', '::ffff:٣.2.3.4', 'ﬀ::', '-1::', '+1::', '1_0::',
    '1:2:3:4:5:6:7:8:1.2.3.4', '1:2:3:4:5:6:7:8:9:1.2.3.256', 'g::%eth0',
    '1::2::3:1.2.3.4', '1:1.2.3.4', '::x:1.2.3.256', ':1:2:3:4:5:6:7:8',
    '1:2:3:4:5:6:7:8%', '1::2:3:4:5:6:7:8', '1:2:3:4:5:6:7::8', '::12345:',
]
for s in v6_inputs:
    show('v6 %r' % s, IPv6Address, s)

for n in [0, 1, 2**128 - 1, 2**128, -5, 2**32]:
    show('v6 int %d' % n, IPv6Address, n)
for b in [bytes(range(16)), b'\x00' * 15, b'\x01\x02\x03\x04']:
    show('v6 bytes %r' % b, IPv6Address, b)
show('v6 None', IPv6Address, None)

for arg in ['1.2.3.4', '::1', 'fe80::1%eth1', 7, 2**32, 2**128, -1, b'\x01' * 4,
            b'\x02' * 16, b'\x03' * 5, 'hello', '1.2.3.4/32', None, 1.0,
            IPv4Address('4.4.4.4'), '', '::1/128']:
    show('ip_address %r' % (arg,), ip_address, arg)

print(issubclass(AddressValueError, ValueError),
      issubclass(NetmaskValueError, ValueError))
print(AddressValueError.__module__, NetmaskValueError.__module__)
print(ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH)
try:
    IPv4Address('1.2.3.300')
except ValueError as e:
    print('caught as ValueError', type(e).__name__, e.args)
