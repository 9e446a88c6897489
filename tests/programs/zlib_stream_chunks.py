# Decompressing in pieces of every size gives the whole data back (raw, zlib and gzip
# framing, with and without max_length), and compressing in pieces too.
import random
import zlib

rng = random.Random(5)
bad = 0
for trial in range(24):
    n = rng.choice([100, 5000, 70000, 200000])
    if trial % 2:
        data = bytes(rng.choice(b'abcdefgh ') for _ in range(n))
    else:
        data = rng.randbytes(n)
    for wbits in (-15, 15, 31):
        c = zlib.compressobj(rng.choice([1, 6, 9]), zlib.DEFLATED, wbits)
        step = rng.choice([1000, 65536])
        comp = b''.join(c.compress(data[i:i + step]) for i in range(0, len(data), step))
        comp += c.flush()
        size = rng.choice([1, 7, 64, 200, 333, 4096, 100000])
        d = zlib.decompressobj(wbits)
        out = b''.join(d.decompress(comp[i:i + size]) for i in range(0, len(comp), size))
        out += d.flush()
        print(trial, wbits, size, out == data, d.eof, len(d.unused_data))
        d = zlib.decompressobj(wbits)
        out = b''
        buf = comp
        while buf or not d.eof:
            piece = d.decompress(buf, 1000)
            out += piece
            buf = d.unconsumed_tail
            if not piece and not buf:
                break
        out += d.flush()
        print('  limited', out == data, len(out))
