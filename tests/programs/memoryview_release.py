# memoryview.release, errors after release, and the context manager protocol.
m = memoryview(b'abc')
print(repr(m).startswith('<memory at'), m.tobytes())
m.release()
print(repr(m).startswith('<released memory at'))
m.release()
print('second release ok')
for expr in ['len(m)', 'm[0]', 'm.tobytes()', 'm.tolist()', 'm.hex()', 'm.nbytes', 'm.format', 'm.readonly',
             'bytes(m)', 'm.cast("B")', 'm == b"abc"', 'm == m', 'list(m)', 'm[0:1]', 'hash(m)']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(m.obj if False else 'obj-skip')
ba = bytearray(b'xyz')
with memoryview(ba) as v:
    print(type(v).__name__, v.tobytes())
    v[0] = 88
    try:
        ba.extend(b'!')
    except Exception as e:
        print(type(e).__name__, e)
try:
    v[0]
except Exception as e:
    print(type(e).__name__, e)
ba.extend(b'!')
print(ba)
with memoryview(b'q') as v2:
    pass
print(v2.__enter__ if False else 'entered')
try:
    with v2:
        pass
except Exception as e:
    print(type(e).__name__, e)
outer = memoryview(bytearray(b'12'))
inner = outer[:]
outer.release()
print(inner.tobytes())
inner.release()
ba2 = bytearray(b'12')
a1 = memoryview(ba2)
a2 = memoryview(ba2)
a1.release()
try:
    ba2.append(0)
except Exception as e:
    print(type(e).__name__, e)
a2.release()
ba2.append(51)
print(ba2)
c = memoryview(bytearray(4))
d = c.cast('H')
try:
    c.release()
    print('released parent')
except Exception as e:
    print(type(e).__name__, e)
print(d.tolist())
d.release()
c.release()
print('all released')
