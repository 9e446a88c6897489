# gzip.compress / gzip.decompress: headers, round trips, members and errors
import gzip
import zlib


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


print(gzip.READ, gzip.WRITE, sorted(gzip.__all__))
print(issubclass(gzip.BadGzipFile, OSError))

# headers for mtime=0 (zlib-made, OS byte 3) and explicit mtimes (OS byte 255)
for level in (0, 1, 5, 9, -1):
    for mtime in (0, 0.0, 1, 12345, 1.9):
        out = gzip.compress(b'some data ' * 3, compresslevel=level, mtime=mtime)
        print(level, mtime, out[:10], gzip.decompress(out))
print(gzip.compress(b'')[:4], gzip.decompress(gzip.compress(b'')))
print(gzip.compress(b'abc', 9, mtime=2**32 - 1)[:10])
show(lambda: gzip.compress(b'abc', mtime=2**32))
show(lambda: gzip.compress(b'abc', mtime=-1))
show(lambda: gzip.compress(b'abc', 10))
show(lambda: gzip.compress(b'abc', -2, mtime=0))
show(lambda: gzip.compress('abc'))
show(lambda: gzip.compress('abc', mtime=0))
show(lambda: gzip.compress(b'abc', mtime='x'))

# round trips of various inputs
import random
rng = random.Random(5)
samples = [b'', b'a', b'hello world', bytes(range(256)) * 40,
           bytes(rng.randrange(256) for _ in range(5000)), b'xyz' * 30000]
for s in samples:
    for level in (1, 6, 9):
        back = gzip.decompress(gzip.compress(s, level, mtime=3))
        assert back == s, (len(s), level)
    print(len(s), gzip.decompress(gzip.compress(bytearray(s))) == s,
          gzip.decompress(memoryview(gzip.compress(s, mtime=0))) == s)

# made by CPython's zlib
cp1 = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xe1\xca"
       b"\xc9\xccK5\x02\x93\xc6\x00a/'d\x17\x00\x00\x00")
cp2 = b'\x1f\x8b\x08\x00\x01\x00\x00\x00\x02\xffKLJN\x1cj\x08\x00d55!\xb4\x00\x00\x00'
print(gzip.decompress(cp1))
print(gzip.decompress(cp2))
print(gzip.decompress(cp1 + cp2))
print(gzip.decompress(cp1 + b'\x00' * 7 + cp2 + b'\x00\x00'))
print(gzip.decompress(b''))

# header flags: FEXTRA, FNAME, FCOMMENT, FHCRC
raw = zlib.compress(b'flags!', 9, -15)
body = raw + zlib.crc32(b'flags!').to_bytes(4, 'little') + (6).to_bytes(4, 'little')
hdr = (b'\x1f\x8b\x08' + bytes([4 | 8 | 16 | 2]) + b'\x01\x02\x03\x04\x00\xff'
       + b'\x03\x00abc' + b'name\x00comment\x00' + b'\xaa\xbb')
print(gzip.decompress(hdr + body))
for flag in (4, 8, 16, 2):
    h = b'\x1f\x8b\x08' + bytes([flag]) + b'\x00' * 6
    h += {4: b'\x02\x00zz', 8: b'file\x00', 16: b'note\x00', 2: b'\x00\x00'}[flag]
    print(flag, gzip.decompress(h + body))
for cut in (2, 5, 10, 12, 15, 20, 26, len(hdr)):
    show(lambda: gzip.decompress(hdr[:cut]))

# errors
show(lambda: gzip.decompress(b'xx' + cp1))
show(lambda: gzip.decompress(b'\x1f'))
show(lambda: gzip.decompress(b'\x1f\x8b'))
show(lambda: gzip.decompress(b'\x1f\x8b\x09' + cp1[3:]))
show(lambda: gzip.decompress(cp1[:-1]))
show(lambda: gzip.decompress(cp1[:-8]))
show(lambda: gzip.decompress(cp1[:-9]))
show(lambda: gzip.decompress(cp1[:-8] + b'\x00\x00\x00\x00' + cp1[-4:]))
show(lambda: gzip.decompress(cp1[:-4] + b'\x05\x00\x00\x00'))
show(lambda: gzip.decompress(cp1 + b'x'))
show(lambda: gzip.decompress(cp1 + b'\x00\x00junk'))
show(lambda: gzip.decompress(cp1 + b'\x1f\x8b'))
show(lambda: gzip.decompress('abc'))
try:
    gzip.decompress(b'PK\x03\x04')
except OSError as e:
    print('caught as OSError:', type(e).__name__, e.args)
