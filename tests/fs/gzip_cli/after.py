# What `python -m gzip --fast data.txt empty.txt sub/nested.bin` left: each
# input kept, and a FILE.gz beside it holding one gzip member.
import gzip
import os
import struct
import time
import zlib

print(sorted(os.listdir('.')), sorted(os.listdir('sub')))
for name in ('data.txt', 'empty.txt', 'sub/nested.bin'):
    with open(name, 'rb') as f:
        original = f.read()
    with open(name + '.gz', 'rb') as f:
        packed = f.read()
    magic, method, flags, mtime, xfl, os_byte = struct.unpack('<2sBBIBB', packed[:10])
    end = packed.index(b'\x00', 10)
    print(name, magic, method, flags, xfl, os_byte, packed[10:end])
    # the header's time is when the file was compressed
    print(abs(mtime - time.time()) < 3600)
    crc, size = struct.unpack('<II', packed[-8:])
    print(crc == zlib.crc32(original), size == len(original))
    print(gzip.decompress(packed) == original, len(original))
    with gzip.open(name + '.gz') as f:
        print(f.read() == original, f.mtime == mtime)
print(gzip.decompress(open('data.txt.gz', 'rb').read()))
