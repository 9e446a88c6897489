# Decompress.decompress with max_length: CPython's zlib stops reading input once the output
# limit is reached, so unconsumed_tail keeps the rest; pyrs's inflater (miniz_oxide) may
# take all the input and hold the output back instead (it comes out on the next call).
import zlib

d = zlib.decompressobj()
c = zlib.compress(b'a' * 1000)
first = d.decompress(c, 10)
print(first, len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail)
print(len(first) + len(rest), d.eof, d.flush())

d = zlib.decompressobj()
out = d.decompress(c, 100)
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 100)
out += d.flush()
print(len(out))
