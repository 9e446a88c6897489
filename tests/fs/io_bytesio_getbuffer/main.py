# BytesIO.getbuffer(): a writable view of the stream; writing resumes once it is gone.
import io

b = io.BytesIO(b'buf')
view = b.getbuffer()
print(bytes(view), len(view), view[0])
view[0] = ord('B')
print(b.getvalue())
del view
b.write(b'more')
print(b.getvalue())
