# struct: every format code in each byte order, sizes and alignment, Struct, errors.
import struct

for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'e', 'f', 'd', '?', 'c', 'x',
            '5s', '5p', 'n', 'N', 'P', 'bi', 'ib', 'bq', 'hd', '3h2b', 'i i', '0s', '@', '']:
    for order in ['', '@', '=', '<', '>', '!']:
        try:
            print(repr(order + fmt), struct.calcsize(order + fmt))
        except struct.error as e:
            print(repr(order + fmt), 'error', e)

values = {'b': -5, 'B': 250, 'h': -1234, 'H': 60000, 'i': -123456, 'I': 4000000000,
          'l': -2**40, 'L': 2**40, 'q': -2**62, 'Q': 2**64 - 1, 'n': -7, 'N': 7, 'P': 4096,
          'e': 1.5, 'f': 0.1, 'd': 0.1, '?': True, 'c': b'z'}
for code, v in values.items():
    for order in ['<', '>', '=', '@']:
        try:
            packed = struct.pack(order + code, v)
        except struct.error as e:
            print(order + code, 'error', e)
            continue
        print(order + code, packed.hex(), struct.unpack(order + code, packed))

print(struct.pack('<bhiq', 1, 2, 3, 4).hex(), struct.pack('@bhiq', 1, 2, 3, 4).hex())
print(struct.unpack('<3s2x5p', b'abc\x00\x00\x03hell'))
print(struct.pack('5p', b'abcdefg'), struct.pack('3s', b'a'), struct.pack('1p', b'xyz'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('?', b'\x07'))

for x in [0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-05, 5.96e-08, 1e-9, 0.333333,
          float('inf'), float('-inf'), float('nan')]:
    h = struct.pack('<e', x)
    print('e', x, h.hex(), struct.unpack('<e', h))
for x in [3.4e38, 1e-45, 1e-50, 0.1]:
    print('f', x, struct.pack('>f', x).hex(), struct.unpack('>f', struct.pack('>f', x)))

bad = [('b', 200), ('B', -1), ('h', 70000), ('i', 2**40), ('<l', 2**40), ('<L', -1),
       ('Q', -1), ('q', 2**70), ('b', 1.5), ('i', 'x'), ('f', 'x'), ('d', 2**2000),
       ('<f', 1e300), ('<e', 1e10), ('<e', 65520.0), ('c', b'ab'), ('c', 1), ('s', 1),
       ('p', 'x')]
for fmt, v in bad:
    try:
        struct.pack(fmt, v)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)

for fmt in ['3', 'z', '<n', '<P', '=ZZ', '10000000000000000000000i']:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), e)

def attempt(f, *args):
    try:
        print(f(*args))
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)

attempt(struct.pack, 'ii', 1)
attempt(struct.unpack, 'ii', b'1234')
attempt(struct.unpack_from, 'ii', b'1234', 2)
attempt(struct.unpack_from, 'ii', b'1234', -20)
attempt(struct.unpack_from, '<h', b'\x01\x02\x03\x04', 2)
attempt(struct.unpack_from, '<h', b'\x01\x02\x03\x04', -2)
ba = bytearray(8)
attempt(struct.pack_into, '<ii', ba, 0, 1, 2)
print(ba.hex())
attempt(struct.pack_into, '<h', ba, -2, -1)
print(ba.hex())
attempt(struct.pack_into, 'i', bytearray(4), 2, 1)
attempt(struct.unpack, 'i', 'abcd')
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
attempt(struct.iter_unpack, 'ii', b'12345')
attempt(struct.iter_unpack, '', b'')

s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2).hex(), s.unpack(b'\x01\x00\x02\x00\x00\x00'))
print(struct.Struct(b'>q').format, struct.Struct(b'>q').size)
print(s.unpack_from(b'\x00\x01\x00\x02\x00\x00\x00', 1), list(s.iter_unpack(bytes(12))))
print(struct.error.__module__, struct.error.__mro__)

class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()), struct.pack('<d', Idx()))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
print(struct.pack('>3h', 1, 2, 3), struct.unpack(b'>3h', b'\x00\x01\x00\x02\x00\x03'))
# Offsets beyond a 32-bit size are past the end, not wrapped.
attempt(struct.unpack_from, '<h', b'\x01\x02\x03\x04', 2**32)
attempt(struct.unpack_from, '<h', b'\x01\x02\x03\x04', -2**32)
attempt(struct.pack_into, '<h', bytearray(4), 2**32 + 1, 7)
