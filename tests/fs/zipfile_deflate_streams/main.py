"""Deflated members: round trips, reading streams, seeking, headers (not the deflate bytes)."""
import io
import os
import zipfile

D = (2024, 12, 31, 23, 59, 58)
text = b''.join(b'line %d: %s\n' % (n, b'xy' * (n % 7)) for n in range(2000))

with zipfile.ZipFile('deflated.zip', 'w', zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
    zf.writestr(zipfile.ZipInfo('text.txt', D), text, zipfile.ZIP_DEFLATED)
    zf.writestr(zipfile.ZipInfo('fast.txt', D), text, zipfile.ZIP_DEFLATED, 1)
    zf.writestr(zipfile.ZipInfo('stored.txt', D), text)
    with open('src.bin', 'wb') as f:
        f.write(bytes(range(256)) * 40)
    zf.write('src.bin', 'copied/src.bin')
    w = zf.open('streamed.txt', 'w')
    for n in range(100):
        w.write(b'%d,' % n)
    w.close()

with open('deflated.zip', 'rb') as f:
    raw = f.read()
print(raw[:4], raw[4:10].hex(), raw[14:18].hex(), raw[22:30].hex())
with zipfile.ZipFile('deflated.zip') as zf:
    for info in zf.infolist():
        kind = {0: 'stored', 8: 'deflated'}[info.compress_type]
        print(info.filename, kind, info.file_size, hex(info.CRC), info.flag_bits,
              info.external_attr >> 16 != 0, info.compress_size < info.file_size)
    print(zf.read('text.txt') == text, zf.read('fast.txt') == text, zf.read('stored.txt') == text)
    print(zf.read('copied/src.bin') == bytes(range(256)) * 40, zf.read('streamed.txt')[-10:])
    with zf.open('text.txt') as f:
        print(f)
        print(f.readline(), f.read(12), f.peek(4)[:4], f.read1(6), f.tell())
        f.seek(1000)
        print(f.tell(), f.read(15))
        f.seek(-20, os.SEEK_END)
        print(f.read())
        f.seek(3, os.SEEK_SET)
        print(f.read(10), f.seekable(), f.readable())
        print(len(f.readlines()), f.read())
    print(f)
    with zf.open('stored.txt') as f:
        print(f, sum(1 for _ in f))
    with io.TextIOWrapper(zf.open('fast.txt'), encoding='ascii') as t:
        print(repr(t.readline()), repr(t.readline()))
    print(zf.testzip())

# a damaged byte makes the CRC check fail
damaged = bytearray(raw)
at = raw.index(b'stored.txt') + len('stored.txt') + 5
damaged[at] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(damaged))) as zf:
    print(zf.testzip())
    try:
        zf.read('stored.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile:', e)

for method in (99, 3):
    try:
        zipfile.ZipFile(io.BytesIO(), 'w', method)
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
