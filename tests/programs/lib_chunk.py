# chunk: reading IFF chunks; the DeprecationWarning of its import points at the importing line.
import sys, io, struct
import chunk
import warnings
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as wl:
    warnings.simplefilter('always')
    del sys.modules['chunk']
    import chunk
print([(str(w.message), w.category.__name__, w.filename.rsplit('/',1)[-1], w.lineno) for w in wl])
print(chunk.__all__ if hasattr(chunk,'__all__') else None, chunk.Chunk.__module__)
data = b'FORM' + struct.pack('>L', 5) + b'abcde' + b'\0' + b'DATA' + struct.pack('>L', 4) + b'wxyz' + b'ODD!' + struct.pack('>L', 3) + b'123'
f = io.BytesIO(data)
c = chunk.Chunk(f)
print(c.getname(), c.getsize(), c.tell(), c.isatty(), c.seekable, c.offset, c.align)
print(c.read(2), c.tell(), c.read(), c.tell(), c.read(), f.tell())
c.seek(1); print(c.read(2)); c.seek(-1, 2); print(c.read(5)); c.seek(1, 0); c.seek(1, 1); print(c.tell())
for args in [(-1,), (6,), (10, 1)]:
    try: c.seek(*args)
    except Exception as e: print(type(e).__name__, repr(e))
c.close(); print(c.closed, f.tell())
for m, a in [('read', ()), ('tell', ()), ('isatty', ()), ('seek', (0,)), ('skip', ())]:
    try: getattr(c, m)(*a)
    except Exception as e: print(m, type(e).__name__, e)
c.close()
c2 = chunk.Chunk(f); print(c2.getname(), c2.getsize()); c2.skip(); print(f.tell())
c3 = chunk.Chunk(f); print(c3.getname(), c3.read(10), c3.read(), f.tell())
try: chunk.Chunk(f)
except EOFError as e: print('EOF', repr(e))
try: chunk.Chunk(io.BytesIO(b'ABCD\x00\x01'))
except EOFError as e: print('EOF2', repr(e), e.__suppress_context__)
c = chunk.Chunk(io.BytesIO(b'abcd' + struct.pack('<L', 11) + b'xyz'), bigendian=False, inclheader=True)
print(c.getsize(), c.read())
class NS:
    def __init__(self, b): self.b = io.BytesIO(b)
    def read(self, n=-1): return self.b.read(n)
c = chunk.Chunk(NS(b'NSNS' + struct.pack('>L', 3) + b'abc' + b'\0' + b'NEXT' + struct.pack('>L', 0)))
print(c.seekable, c.read(1))
try: c.seek(0)
except OSError as e: print(repr(e))
c.skip(); print(c.tell())
n = chunk.Chunk(c.file); print(n.getname(), n.getsize(), n.read())
c = chunk.Chunk(NS(b'SHRT' + struct.pack('>L', 9) + b'abc'))
try: c.skip()
except EOFError as e: print('EOF3', repr(e))
c = chunk.Chunk(io.BytesIO(b'ODDX' + struct.pack('>L', 3) + b'abcP'), align=False)
print(c.read(), c.file.tell()); c.skip(); print(c.file.tell(), c.tell())
