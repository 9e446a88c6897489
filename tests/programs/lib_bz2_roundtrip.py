# bz2 module functions: compress/decompress, levels, multi-stream data,
# trailing garbage, truncated and corrupt input, argument errors.
import bz2
import zlib


def noise(n, seed):
    # deterministic pseudo-random bytes (simple LCG)
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0xFF)
    return bytes(out)


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    if isinstance(r, (bytes, bytearray)) and len(r) > 40:
        r = '<%d bytes crc %08x>' % (len(r), zlib.crc32(r))
    print(label, '->', r)


print(bz2.__all__)
print(bz2.BZ2Compressor.__name__, bz2.BZ2Decompressor.__name__)
print(sorted(n for n in bz2.__all__ if hasattr(bz2, n)))

samples = [b'', b'a', b'hello world\n' * 50, noise(5000, 7), bytes(range(256)) * 40]
for i, s in enumerate(samples):
    c = bz2.compress(s)
    print(i, len(s), c[:4], bz2.decompress(c) == s, c == bz2.compress(s, 9))

# small outputs are byte-exact with libbz2
print(bz2.compress(b''))
print(bz2.compress(b'abc'))
print(bz2.compress(b'abc', 1))
print(bz2.compress(b'x' * 1000, 5).hex())

# every level round-trips; the header names the level
text = b'The quick brown fox jumps over the lazy dog. ' * 200
for level in range(1, 10):
    c = bz2.compress(text, level)
    print(level, c[:4], bz2.decompress(c) == text)

# bytes-like inputs
show('bytearray in', lambda: bz2.decompress(bz2.compress(bytearray(b'xyz'))))
show('memoryview in', lambda: bz2.decompress(memoryview(bz2.compress(b'mv'))))
show('compress kw', lambda: bz2.decompress(bz2.compress(data=b'kw', compresslevel=3)))
show('result types', lambda: (type(bz2.compress(b'1')).__name__, type(bz2.decompress(bz2.compress(b'1'))).__name__))

# concatenated streams are all decoded
multi = bz2.compress(b'first;') + bz2.compress(b'') + bz2.compress(b'second;', 1) + bz2.compress(b'third')
show('multi', lambda: bz2.decompress(multi))
show('multi x3', lambda: bz2.decompress(multi * 3))

# what follows the streams
good = bz2.compress(b'payload')
for tail in [b'', b'\x00', b'\x00' * 100, b'garbage', b'B', b'BZ', b'BZh', b'BZh9', b'BZh0',
             b'Bx', b'BZhX', b'BZh91AY&SY', good[:20], good[:-1], b'junk' + good]:
    show('tail %r' % tail[:12], lambda: bz2.decompress(good + tail))

# bad input
for bad in [b'x', b'garbage', b'BZh', b'BZh9', b'BZh1garbage', good[:10], good[:-1], b'\x00' * 10]:
    show('bad %r' % bad[:12], lambda: bz2.decompress(bad))
corrupt = bytearray(bz2.compress(noise(30000, 3)))
corrupt[len(corrupt) // 2] ^= 0xFF
show('corrupt', lambda: bz2.decompress(bytes(corrupt)))
show('good+corrupt', lambda: bz2.decompress(good + bytes(corrupt)))

# argument errors
show('level 0', lambda: bz2.compress(b'x', 0))
show('level 10', lambda: bz2.compress(b'x', 10))
show('level -1', lambda: bz2.compress(b'x', -1))
show('level str', lambda: bz2.compress(b'x', '5'))
show('level None', lambda: bz2.compress(b'x', None))
show('compress str', lambda: bz2.compress('text'))
show('compress int', lambda: bz2.compress(5))
show('decompress str', lambda: bz2.decompress('text'))
show('decompress empty str', lambda: bz2.decompress(''))
show('decompress None', lambda: bz2.decompress(None))
show('decompress empty', lambda: bz2.decompress(b''))
show('no args', lambda: bz2.compress())

# the re-exported incremental objects
comp = bz2.BZ2Compressor(4)
pieces = [comp.compress(b'part one, '), comp.compress(b'part two'), comp.flush()]
joined = b''.join(pieces)
print('incremental', joined == bz2.compress(b'part one, part two', 4), bz2.decompress(joined))
dec = bz2.BZ2Decompressor()
print(dec.decompress(joined[:10]), dec.eof, dec.needs_input)
print(dec.decompress(joined[10:] + b'extra'), dec.eof, dec.unused_data)
dec = bz2.BZ2Decompressor()
print(dec.decompress(bz2.compress(b'0123456789'), 4), dec.needs_input)
print(dec.decompress(b'', 100), dec.eof)

# larger data, several bzip2 blocks
big = noise(20000, 11) * 60
cbig = bz2.compress(big, 1)
print(len(big), bz2.decompress(cbig) == big, bz2.decompress(cbig + cbig) == big + big)
