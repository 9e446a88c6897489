import io

s = io.StringIO("line one\nline two\r\nline three\rlast")
print(s.readline(), repr(s.readline()), s.tell(), repr(s.read(4)), s.readlines())
s.seek(0)
print([l for l in s], s.read(), s.tell())
s = io.StringIO("abc\r\ndef\rghi\n", newline=None)
print(repr(s.read()), s.newlines if hasattr(s, "newlines") else "")
for nl in ("", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
s = io.StringIO()
print(s.write("hello"), s.write(" world"), s.tell(), s.getvalue())
s.seek(6)
s.write("WORLD!!")
print(s.getvalue(), s.tell())
s.seek(20)
s.write("x")
print(repr(s.getvalue()))
s.truncate(5)
print(repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
print(s.tell(), s.seekable(), s.readable(), s.writable(), s.closed, s.isatty())
for bad in (lambda: s.seek(-1), lambda: s.seek(1, io.SEEK_CUR), lambda: s.seek(0, 5), lambda: s.write(b"x"),
            lambda: s.truncate(-1), lambda: io.StringIO(5), lambda: s.fileno(), lambda: s.detach() if False else s.buffer):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
s.close()
for bad in (lambda: s.read(), lambda: s.getvalue(), lambda: s.write("x"), lambda: s.tell()):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(s.closed)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)

b = io.BytesIO(b"0123456789")
print(b.read(3), b.read1(2), b.peek() if hasattr(b, "peek") else "", b.tell())
buf = bytearray(4)
print(b.readinto(buf), buf, b.tell(), b.read(), b.read())
b.seek(-3, io.SEEK_END)
print(b.read(), b.seek(2), b.seek(3, io.SEEK_CUR), b.tell())
b.write(b"XY")
print(b.getvalue(), b.tell())
b.seek(15)
b.write(b"!")
print(b.getvalue())
mv = b.getbuffer()
mv[0] = ord("#")
print(b.getvalue()[:3], len(mv))
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError", e)
try:
    b.truncate(2)
except BufferError as e:
    print("BufferError", e)
mv.release()
b.truncate(4)
print(b.getvalue(), b.tell())
print(io.BytesIO(b"a\nb\nc").readlines(), list(io.BytesIO(b"x\ny")), io.BytesIO(b"a\nbb\nccc").readlines(3))
print(io.BytesIO(b"abc").readline(2), io.StringIO("abcdef\n").readline(3), io.StringIO("a\nb").readlines(1))
for bad in (lambda: io.BytesIO("str"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().read(-5),
            lambda: io.BytesIO(b"x").readinto(b"imm")):
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
bb = io.BytesIO()
print(bb.writelines([b"a", bytearray(b"b"), memoryview(b"c")]), bb.getvalue())

# TextIOWrapper over BytesIO
raw = io.BytesIO()
tw = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
tw.write("héllo\nwörld\n")
tw.flush()
print(raw.getvalue(), tw.encoding, tw.errors, tw.line_buffering)
tw.seek(0)
print(repr(tw.read()))
tw.detach()
raw = io.BytesIO("naïve\r\ncafé\rend".encode("latin-1"))
tr = io.TextIOWrapper(raw, encoding="latin-1")
print(tr.readlines(), tr.newlines)
raw = io.BytesIO(b"bad \xff byte\n")
for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
    raw.seek(0)
    t = io.TextIOWrapper(raw, encoding="utf-8", errors=errors)
    try:
        print(errors, repr(t.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)
    t.detach()
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", errors="xmlcharrefreplace")
t.write("snow ☃ man")
t.flush()
print(raw.getvalue())
t.detach()
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii")
try:
    t.write("é")
    t.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
br = io.BufferedReader(io.BytesIO(b"buffered data here"), buffer_size=4)
print(br.read(3), br.peek(2)[:2], br.read1(10), br.read(), br.raw.tell() >= 0)
bw_raw = io.BytesIO()
bw = io.BufferedWriter(bw_raw, buffer_size=8)
bw.write(b"abc")
print(bw_raw.getvalue(), end=" ")
bw.flush()
print(bw_raw.getvalue())
print(io.DEFAULT_BUFFER_SIZE, issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.UnsupportedOperation.__mro__[1].__name__)
print(repr(io.StringIO("x")).split(" object")[0], type(io.BytesIO()).__name__, io.TextIOWrapper.__name__)
