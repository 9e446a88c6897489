# binascii: hexlify/unhexlify with separators, crc32, crc_hqx, errors
import binascii
from array import array


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__name__, binascii.Incomplete.__name__, binascii.b2a_hex is binascii.hexlify or 'alias')
data = bytes(range(0, 256, 37))
print(binascii.hexlify(data), binascii.b2a_hex(b''), binascii.hexlify(bytearray(b'\x00\xff')))
print(binascii.hexlify(memoryview(b'xyz')))
for sep in ['-', b':', ' ']:
    for n in [1, 2, 3, -1, -2, -3, 0, 7, 100]:
        print(repr(sep), n, binascii.hexlify(b'abcdefg', sep, n))
print(binascii.b2a_hex(b'ab', sep='.'), binascii.hexlify(b'abc', '|', bytes_per_sep=2))
print(binascii.hexlify(b'abc', '-', True), binascii.hexlify(b'', '-', 2))
show(lambda: binascii.hexlify('ab'))
show(lambda: binascii.hexlify(5))
show(lambda: binascii.hexlify(b'ab', '::'))
show(lambda: binascii.hexlify(b'ab', ''))
show(lambda: binascii.hexlify(b'ab', 5))
show(lambda: binascii.hexlify(b'ab', None))
show(lambda: binascii.hexlify(b'ab', [1]))
show(lambda: binascii.hexlify(b'ab', bytearray(b'-')))
show(lambda: binascii.hexlify(b'ab', '\u0141'))
show(lambda: binascii.hexlify(b'ab', ':', 'x'))
show(lambda: binascii.hexlify(b'ab', ':', 2**70))

print(binascii.unhexlify(b'01abFF'), binascii.a2b_hex('deadBEEF'), binascii.unhexlify(''))
print(binascii.unhexlify(bytearray(b'4142')), binascii.unhexlify(memoryview(b'43')))
show(lambda: binascii.unhexlify('01a'))
show(lambda: binascii.unhexlify('0g'))
show(lambda: binascii.unhexlify('gg0'))
show(lambda: binascii.unhexlify(b'0 '))
show(lambda: binascii.unhexlify('ab cd'))
show(lambda: binascii.unhexlify('\xe91'))
show(lambda: binascii.unhexlify(5))
show(lambda: binascii.unhexlify(None))
try:
    binascii.unhexlify('zz')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
for d in [b'', b'a', b'hello', b'hello world' * 5, bytes(range(256))]:
    print(binascii.hexlify(d)[:20], binascii.unhexlify(binascii.hexlify(d)) == d)

# checksums
for d in [b'', b'a', b'hello', b'The quick brown fox jumps over the lazy dog', bytes(range(256))]:
    print(binascii.crc32(d), binascii.crc32(d, 1), binascii.crc32(d, -1),
          binascii.crc32(d, 2**40 + 5), binascii.crc_hqx(d, 0),
          binascii.crc_hqx(d, 0xFFFF), binascii.crc_hqx(d, -1), binascii.crc_hqx(d, 2**20 + 3))
crc = 0
for piece in [b'hel', b'lo ', b'world']:
    crc = binascii.crc32(piece, crc)
print(crc, crc == binascii.crc32(b'hello world'))
h = 0
for piece in [b'hel', b'lo ', b'world']:
    h = binascii.crc_hqx(piece, h)
print(h, h == binascii.crc_hqx(b'hello world', 0))
print(binascii.crc32(bytearray(b'abc'), 5), binascii.crc32(memoryview(b'abc')), binascii.crc32(b'a', True))
print(binascii.crc32(array('B', [97, 98, 99])), binascii.hexlify(array('B', [1, 2])))
show(lambda: binascii.crc32('abc'))
show(lambda: binascii.crc32(b'a', 1.5))
show(lambda: binascii.crc32(b'a', None))
show(lambda: binascii.crc_hqx('hello', 0))
show(lambda: binascii.crc_hqx(b'a', None))
