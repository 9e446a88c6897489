# zlib: checksums, round trips in every framing, CPython-made streams, stream objects, errors.
# (Compressed bytes themselves may differ between deflate implementations, so only their
# decompression is printed.)
import zlib

print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')))
print(zlib.crc32(b'hello world'), zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40 + 5))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'world', zlib.adler32(b'hello ')))
print(zlib.adler32(bytearray(b'x' * 10000)), zlib.crc32(memoryview(b'abcdef')[2:]))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_FINISH)

samples = [b'', b'a', b'hello world ' * 20, bytes(range(256)) * 40, b'\x00' * 100000]
for data in samples:
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, -15, 31, 9, -9, 25):
            c = zlib.compress(data, level, wbits)
            back = zlib.decompress(c, wbits)
            assert back == data, (len(data), level, wbits)
            if wbits == 31:
                assert zlib.decompress(c, 47) == data
                print(level, c[:10])
            elif wbits == 15:
                assert zlib.decompress(c, 47) == data
                assert zlib.decompress(c, 0) == data
    print(len(data), 'round trips ok')

made = {
    15: b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\x18\x01l\x00UvY\xb1',
    31: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xaf\x00\x00\xdetE\xb7\x13\x00\x00\x00',
    -15: b'+J,WHI,IT\xc8H-J\x05\x00',
}
for wbits, c in made.items():
    print(wbits, zlib.decompress(c, wbits))
print(zlib.decompress(made[15] + b'extra'))

# Streams.
co = zlib.compressobj(9, zlib.DEFLATED, 31)
parts = [co.compress(b'line %d\n' % i) for i in range(500)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b'after sync'))
parts.append(co.flush())
stream = b''.join(parts)
try:
    co.compress(b'more')
except zlib.error as e:
    print('error', e)
d = zlib.decompressobj(31)
out = b''
for i in range(0, len(stream), 37):
    out += d.decompress(stream[i:i + 37])
print(len(out), out[-20:], d.eof, d.unused_data, d.unconsumed_tail)

c = zlib.compress(b'a' * 1000)
d = zlib.decompressobj()
print(d.decompress(c + b'tail'), d.unused_data, d.eof)
print(d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj()
half = d.decompress(c[:5])
twin = d.copy()
print(len(half + d.decompress(c[5:])), len(half + twin.decompress(c[5:])))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

# Errors.
bad = [b'abc', b'x\x9c', b'x\x9cKLJ\x06\x00', made[15][:-1], made[15][:-2] + b'zz',
       b'\x00\x01garbage', made[31][:-3], made[31][:-8] + b'\x00' * 8]
for data in bad:
    for wbits in (15, 31, 47):
        try:
            print(zlib.decompress(data, wbits))
        except zlib.error as e:
            print(wbits, 'error', e)
for call in [lambda: zlib.compress('text'), lambda: zlib.decompress('text'),
             lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', wbits=7),
             lambda: zlib.decompress(b'x', wbits=7), lambda: zlib.crc32('x'),
             lambda: zlib.decompressobj().decompress(b'x', -1),
             lambda: zlib.decompressobj().flush(0), lambda: zlib.crc32(b'x', 'y')]:
    try:
        call()
    except (zlib.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
