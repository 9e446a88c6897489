# memoryview over bytes and bytearray: indexing, slicing, attributes, comparisons.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.nbytes, m.itemsize, m.format, m.readonly, m.ndim, m.shape, m.strides)
print(m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[2:]), m.tolist(), m.hex(), m[1:3].hex(':'))
s = m[1:5]
print(type(s).__name__, len(s), s.nbytes, s.obj == b'abcdef', s[0], s.c_contiguous, m[::2].contiguous, m.contiguous)
print(m == b'abcdef', m == bytearray(b'abcdef'), m == memoryview(b'abcdef'), m[:3] == b'abc', m == b'abc', m == 'abcdef')
print(m != b'x', m[::2] == b'ace', list(m[:2]), [x for x in m[4:]], 99 in m, b'c' in bytes(m))
for expr in ['m[6]', 'm[-7]', 'm["a"]', 'm < m', 'hash(memoryview(bytearray(b"x")))', 'm[0] = 1', 'memoryview("str")', 'memoryview(5)']:
    try:
        print(expr, eval(expr) if '=' not in expr.replace('==', '') else exec(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(hash(m) == hash(b'abcdef'), hash(m[1:3]) == hash(b'bc'))
ba = bytearray(b'hello world')
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 72
w[6:11] = b'WORLD'
print(ba)
w[::2] = b'123456'
print(ba)
w[1:3] = memoryview(b'xy')
print(ba, w.tobytes())
for stmt in ['w[0] = 256', 'w[0:2] = b"abc"', 'w[0] = b"a"', 'w[20] = 1', 'del w[0]', 'w[0:1] = [1]']:
    try:
        exec(stmt)
        print(stmt, ba)
    except Exception as e:
        print(stmt, type(e).__name__, e)
ba[0] = 0
print(w[0], w.tolist()[:3], bytes(w[:2]))
try:
    ba.append(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    ba += b'x'
except Exception as e:
    print(type(e).__name__, e)
w.release()
ba.append(33)
print(ba[-1], len(ba))
m2 = memoryview(bytearray(b'ab'))
m3 = m2[:]
print(m3.obj == bytearray(b'ab'), m3.tobytes(), m2.toreadonly().readonly, m2.readonly)
try:
    m2.toreadonly()[0] = 1
except Exception as e:
    print(type(e).__name__, e)
print(memoryview(memoryview(b'zz')).tobytes(), memoryview(b'').tolist(), memoryview(b'').tobytes(), len(memoryview(b'')))
print(memoryview(b'\x00\xff').tobytes('A'), memoryview(b'xy').__len__(), bytes(memoryview(b'q')) == b'q')
