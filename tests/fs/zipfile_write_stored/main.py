"""Write stored archives with fixed dates: the bytes must equal CPython's."""
import hashlib
import io
import zipfile

D = (2021, 2, 3, 4, 5, 6)


def show(data):
    print(len(data), hashlib.sha256(data).hexdigest()[:32])


buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    print(repr(zf).split(' at ')[0])
    zf.writestr(zipfile.ZipInfo('hello.txt', D), b'Hello, world!\n')
    info = zipfile.ZipInfo('sub/text.txt', D)
    info.external_attr = 0o644 << 16
    info.comment = b'a member comment'
    zf.writestr(info, 'text in utf-8: \u00e9\n')
    zf.mkdir('sub/empty')
    zf.writestr(zipfile.ZipInfo('\u00fcber.txt', D), b'unicode name')
    with zf.open(zipfile.ZipInfo('stream.bin', D), 'w') as w:
        print(w.write(b'abc'), w.write(bytearray(b'def')), w.write(memoryview(b'ghi')))
    with zf.open(zipfile.ZipInfo('forced64.bin', D), 'w', force_zip64=True) as w:
        w.write(b'zip64 local header')
    zf.comment = b'archive comment'
    for info in zf.infolist():
        print(info, info.header_offset, info.extract_version, info.flag_bits)
data = buf.getvalue()
show(data)
print(data[:64].hex())
print(data[-40:])
print(repr(zf))

# an empty archive is just the end record
empty = io.BytesIO()
zipfile.ZipFile(empty, 'w').close()
print(empty.getvalue().hex())

# a stream that cannot seek gets data descriptors
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

    def flush(self):
        pass


sink = Sink()
with zipfile.ZipFile(sink, 'w') as zf:
    zf.writestr(zipfile.ZipInfo('a.txt', D), b'aaaa')
    zf.writestr(zipfile.ZipInfo('b.txt', D), b'bbbb')
raw = b''.join(sink.parts)
show(raw)
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print([(i.filename, i.flag_bits, i.CRC) for i in zf.infolist()], zf.read('b.txt'))

# appending
with zipfile.ZipFile(buf, 'a') as zf:
    zf.writestr(zipfile.ZipInfo('added.txt', D), b'appended')
show(buf.getvalue())
with zipfile.ZipFile(buf) as zf:
    print(zf.namelist(), zf.comment)

# more than 65535 members needs the ZIP64 end records
many = io.BytesIO()
with zipfile.ZipFile(many, 'w') as zf:
    for n in range(65536):
        zf.writestr(zipfile.ZipInfo('%x' % n, D), b'')
show(many.getvalue())
print(many.getvalue()[-98:].hex())
with zipfile.ZipFile(many) as zf:
    print(len(zf.infolist()), zf.infolist()[-1].header_offset)
try:
    with zipfile.ZipFile(io.BytesIO(), 'w', allowZip64=False) as zf:
        for n in range(65536):
            zf.writestr(zipfile.ZipInfo('%x' % n, D), b'')
except zipfile.LargeZipFile as e:
    print('LargeZipFile:', e)
