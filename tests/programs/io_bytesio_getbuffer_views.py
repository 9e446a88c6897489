import io
b = io.BytesIO(b'hello')
v = b.getbuffer()
print(type(v).__name__, bytes(v), len(v), v.readonly, v.format)
v[0] = ord('J')
print(b.getvalue(), b.read())
b.seek(0)
for op in (lambda: b.write(b'XY'), lambda: b.write(b'123456'), lambda: b.truncate(1), lambda: b.close()):
    try:
        op(); print("ok")
    except BufferError as e:
        print("BufferError", e)
print(b.read(2), b.tell())
v.release()
b.seek(0, 2)
b.write(b'123456'); print(b.getvalue())
with b.getbuffer() as w:
    print(bytes(w[1:3]))
    w[1:3] = b'EE'
print(b.getvalue())
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError", e)
