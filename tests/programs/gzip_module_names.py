# gzip's other module-level names: constants, write32u, the header helpers
# and main (the command line).
import gzip
import io
import sys

print(gzip.READ_BUFFER_SIZE, gzip._COMPRESS_LEVEL_FAST,
      gzip._COMPRESS_LEVEL_TRADEOFF, gzip._COMPRESS_LEVEL_BEST,
      gzip._WRITE_BUFFER_SIZE)
print(gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT,
      gzip.READ, gzip.WRITE)
print(callable(gzip.main), gzip.sys is sys, gzip.__all__)

out = io.BytesIO()
gzip.write32u(out, 0x12345678)
gzip.write32u(out, 0xFFFFFFFF)
print(out.getvalue())
for bad in (-1, 1 << 32):
    try:
        gzip.write32u(out, bad)
    except Exception as e:
        print(type(e).__name__, e)

for level in (0, 1, 6, 9):
    print(level, gzip._create_simple_gzip_header(level, 1700000000))
print(gzip._create_simple_gzip_header(9, 0.9), len(gzip._create_simple_gzip_header(5)))

print(gzip._read_exact(io.BytesIO(b'abcdef'), 4))
try:
    gzip._read_exact(io.BytesIO(b'ab'), 4)
except EOFError as e:
    print('EOFError', e)

full = gzip.compress(b'payload', mtime=123456)
fp = io.BytesIO(full)
print(gzip._read_gzip_header(fp), fp.tell())
print(gzip._read_gzip_header(io.BytesIO(b'')))
head = (b'\x1f\x8b\x08' + bytes([gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT | gzip.FHCRC])
        + (99).to_bytes(4, 'little') + b'\x00\xff')
fp = io.BytesIO(head + b'\x03\x00xyz' + b'name\x00' + b'comment\x00' + b'\xaa\xbb' + b'rest')
print(gzip._read_gzip_header(fp), fp.read())
# a name cut off by the end of the data ends the header quietly
fp = io.BytesIO(b'\x1f\x8b\x08\x08' + bytes(6) + b'unterminated')
print(gzip._read_gzip_header(fp), fp.read())
for bad in (b'PK\x03\x04', b'\x1f\x8b\x07\x00' + bytes(6), b'\x1f\x8b\x08'):
    try:
        print(gzip._read_gzip_header(io.BytesIO(bad)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    gzip.decompress(b'\x1f\x8b\x08\x08' + bytes(6) + b'unterminated')
except EOFError as e:
    print('EOFError', e)

sys.argv = ['gzip.py', '--help']
try:
    gzip.main()
except SystemExit as e:
    print('SystemExit', e.code)
