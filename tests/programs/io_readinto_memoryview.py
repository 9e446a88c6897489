# readinto() of BytesIO and files into a memoryview over a bytearray (whole or sliced),
# and the error for a read-only view.
import io
import os

buf = bytearray(4)
print(io.BytesIO(b'ab').readinto(memoryview(buf)), buf)
view = memoryview(buf)[1:3]
print(io.BytesIO(b'xyz').readinto(view), buf)
with open('io_readinto_memoryview.tmp', 'wb') as f:
    f.write(b'hello world')
b2 = bytearray(5)
with open('io_readinto_memoryview.tmp', 'rb') as f:
    print(f.readinto(memoryview(b2)), b2)
    try:
        f.readinto(memoryview(b2)[::2])
    except TypeError as e:
        print('strided:', e)
with open('io_readinto_memoryview.tmp', 'rb', buffering=0) as f:
    print(f.readinto(memoryview(b2)[2:]), b2)
os.remove('io_readinto_memoryview.tmp')
for target in (memoryview(b'xx'), b'xx', 'xx'):
    try:
        io.BytesIO(b'a').readinto(target)
    except TypeError as e:
        print(type(target).__name__, e)
