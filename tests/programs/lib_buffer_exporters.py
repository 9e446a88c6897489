# Objects exporting a buffer (array.array, memoryview) are accepted wherever CPython takes
# a bytes-like object; encoding="locale"; pickle's protocol argument checks.
import array, binascii, hashlib, io, os, pickle, struct, zlib

a = array.array('i', [1, 2, 3])
h = array.array('H', [0x4142, 0x4344])
print(zlib.crc32(a), zlib.adler32(a), zlib.crc32(memoryview(a)))
print(zlib.decompress(zlib.compress(a)) == a.tobytes())
c = zlib.compressobj()
print(zlib.decompress(c.compress(h) + c.flush()))
b = io.BytesIO()
print(b.write(a), b.write(memoryview(b'xy')), b.getvalue())
print(struct.unpack('<3i', a), struct.unpack_from('<H', h, 2))
print(bytes(h), bytearray(h), b'--'.join([b'a', memoryview(b'b')]))
print(b'AB'.startswith(memoryview(b'A')), b'xABCDx'.find(h), bytearray(b'q') + h)
print(binascii.hexlify(h), hashlib.sha256(a).hexdigest()[:16])
name = 'lib_buffer_exporters.tmp'
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, h))
os.close(fd)
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'ab') as f:
    print(f.write(a))
with open(name, 'w', encoding='locale') as f:
    print(f.encoding, f.write('é'))
with open(name, encoding='locale') as f:
    print(f.read())
t = io.TextIOWrapper(io.BytesIO(b'caf\xc3\xa9'), encoding='locale')
print(t.encoding, t.read())
os.remove(name)
for bad in (object(), 'text', 5, [1, 2]):
    for f in (zlib.crc32, zlib.compress, io.BytesIO().write, struct.Struct('b').unpack):
        try:
            f(bad)
        except TypeError as e:
            print(type(bad).__name__, e)
for proto in ('x', 1.5, None, True, -1, 9):
    try:
        print(proto, len(pickle.dumps([1], protocol=proto)) > 0)
    except (TypeError, ValueError) as e:
        print(proto, type(e).__name__, e)
for bad in (7, [1], 'abc', None):
    for f in (zlib.compress, zlib.decompress, zlib.compressobj().compress, zlib.decompressobj().decompress):
        try:
            f(bad)
        except TypeError as e:
            print(e)
print(zlib.decompressobj().decompress(memoryview(zlib.compress(b'mv'))))
