# TextIOWrapper over UTF-16 and UTF-32: tell()/seek() after partial reads and readline(),
# chunks that split a code unit or a surrogate pair, and streams without a BOM.
import io
import os

for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    with open('wide.txt', 'w', encoding=enc) as f:
        f.write('line1\nl\xefne2 \U0001f600\nthird line\n')
    with open('wide.txt', encoding=enc) as f:
        first = f.readline()
        pos = f.tell()
        second = f.readline()
        print(enc, repr(first), pos, repr(second), f.tell())
        f.seek(pos)
        print(repr(f.read(4)), f.tell())
        print(repr(f.read()))
    f = io.TextIOWrapper(io.BytesIO('abcd'.encode(enc)), encoding=enc)
    print(repr(f.read(1)), f.tell(), repr(f.read()))

# A surrogate pair split by a small read chunk.
data = ('ab\U0001f600cd' * 3).encode('utf-16-le')
raw = io.BufferedReader(io.BytesIO(data), buffer_size=8)
t = io.TextIOWrapper(raw, encoding='utf-16-le')
t._CHUNK_SIZE = 5
print(t._CHUNK_SIZE)
for bad in [0, -1, "x"]:
    try:
        t._CHUNK_SIZE = bad
    except Exception as e:
        print(type(e).__name__, e)
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(data), encoding='utf-16-le')
print([t.read(3) for _ in range(6)])

# Streams without a byte-order mark.
for enc, data in [('utf-16', b'a\x00b\x00'), ('utf-32', b'a\x00\x00\x00'),
                  ('utf-16', b'\xff\xfea\x00'), ('utf-16', b'\xfe\xff\x00a'),
                  ('utf-32', b'\x00\x00\xfe\xff\x00\x00\x00a'), ('utf-16', b'a')]:
    try:
        print(enc, repr(io.TextIOWrapper(io.BytesIO(data), encoding=enc).read()))
    except Exception as e:
        print(enc, type(e).__name__, e)
print(repr(b'a\x00b\x00'.decode('utf-16')))
os.remove('wide.txt')
