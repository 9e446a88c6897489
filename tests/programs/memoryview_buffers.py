# memoryview over subclasses of bytes/bytearray and PEP 688 __buffer__; bytes + memoryview.
class B(bytes):
    pass


class BA(bytearray):
    pass


for v in (B(b'xyz'), BA(b'abc')):
    m = memoryview(v)
    print(bytes(m), m.readonly, len(m), m[0])


class Buf:
    def __buffer__(self, flags):
        return memoryview(b'from buffer')


print(bytes(memoryview(Buf())))


class Bad:
    def __buffer__(self, flags):
        return b'not a view'


try:
    memoryview(Bad())
except TypeError as e:
    print('TypeError', e)
print(b'a' + memoryview(b'b'), bytearray(b'a') + memoryview(b'cd'))
try:
    memoryview(3)
except TypeError as e:
    print('TypeError', e)
