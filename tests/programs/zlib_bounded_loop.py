import zlib
payload = bytes(range(256)) * 4
data = zlib.compress(payload)
d = zlib.decompressobj()
out = d.decompress(data, 100)
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 100)
print(len(out), d.eof, len(d.unconsumed_tail))
out += d.flush()
print(len(out), d.eof)
g = zlib.compressobj(wbits=31); gz = g.compress(payload) + g.flush()
d = zlib.decompressobj(31)
print(len(d.decompress(gz)), d.eof, d.unconsumed_tail, d.unused_data)
import gzip
for wbits in (15, 31, -15):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    blob = co.compress(payload * 3) + co.flush()
    d = zlib.decompressobj(wbits)
    got = b""
    data = blob + b"TRAILING"
    while data and not d.eof:
        got += d.decompress(data, 77)
        data = d.unconsumed_tail
    print(wbits, len(got), got == payload * 3, d.eof, d.unused_data, len(d.unconsumed_tail))
print(zlib.compress(b"abc", 0).hex(), zlib.decompress(zlib.compress(b"abc" * 50, 0)) == b"abc" * 50)
import zlib
blob = zlib.compress(b"x" * 1000) + b"TRAILING"
for ml in (0, 10000, 5):
    d = zlib.decompressobj()
    data = blob; out = b""
    while not d.eof:
        out += d.decompress(data, ml); data = d.unconsumed_tail
    print(ml, len(out), d.unused_data, d.unconsumed_tail)
for wbits in (31, -15):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits); b2 = co.compress(b"y" * 500) + co.flush() + b"TR"
    for ml in (0, 10000, 7):
        d = zlib.decompressobj(wbits); data = b2; out = b""
        while not d.eof:
            out += d.decompress(data, ml); data = d.unconsumed_tail
        print(wbits, ml, len(out), d.unused_data, d.unconsumed_tail)
