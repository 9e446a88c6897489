# BytesIO.getbuffer() returns a memoryview, which waits on issue 5.
import io

b = io.BytesIO(b'buf')
view = b.getbuffer()
print(bytes(view), len(view), view[0])
view[0] = ord('B')
print(b.getvalue())
del view
b.write(b'more')
print(b.getvalue())
