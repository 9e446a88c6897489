# memoryview.cast to common formats with little-endian data laid out explicitly.
raw = bytes([1, 0, 0, 0, 255, 255, 255, 255, 0, 1, 0, 0, 128, 0, 0, 0])
m = memoryview(raw)
for fmt in ['B', 'b', 'c', 'H', 'h', 'I', 'i', 'Q', 'q', 'L' if False else 'B']:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.tolist())
d = memoryview(bytes([0, 0, 0, 0, 0, 0, 248, 63, 0, 0, 0, 0, 0, 0, 4, 192])).cast('d')
print(d.format, d.itemsize, d.tolist(), d[1], len(d))
f = memoryview(bytes([0, 0, 192, 63])).cast('f')
print(f.tolist(), f[0])
h = m.cast('H')
print(h[0], h[2], h[-1], h[1:3].tolist(), h[::2].tolist(), type(h[1:3]).__name__, h[1:3].format)
c = m.cast('c')
print(c[0], c[4], c[1:3].tolist())
i = m.cast('i')
print(i.tolist(), i[1], i.hex(), i.tobytes() == raw)
back = i.cast('B')
print(back.format, back.tolist() == list(raw))
shaped = m.cast('B', shape=[4, 4])
print(shaped.ndim, shaped.shape, shaped.strides, shaped.tolist())
shaped2 = m.cast('H', [2, 4])
print(shaped2.shape, shaped2.tolist())
for args in [('x',), ('H', [3]), ('B', [5, 5]), ('d',)]:
    try:
        r = memoryview(b'abc').cast(*args)
        print(args, r.tolist())
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    m.cast('H').cast('I')
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(8)
w = memoryview(ba).cast('I')
w[0] = 258
w[1] = 0xFFFFFFFF
print(ba, w.tolist())
for stmt in ['w[0] = -1', 'w[0] = 2**32', 'w[0] = 1.5', 'w[0] = b"a"']:
    try:
        exec(stmt)
        print(stmt, ba)
    except Exception as e:
        print(stmt, type(e).__name__, e)
wb = memoryview(bytearray(2)).cast('b')
wb[0] = -1
wb[1] = 127
print(wb.tolist(), wb.obj)
try:
    wb[0] = 128
except Exception as e:
    print(type(e).__name__, e)
wc = memoryview(bytearray(2)).cast('c')
wc[0] = b'Z'
print(wc.tolist(), wc.obj)
print(m.cast('B') == m, m.cast('H') == m, m.cast('b') == m, memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00').cast('h'))
